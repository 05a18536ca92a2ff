"""Limits that keep reading a hostile pack fast and in bounded memory.

Every number here is far above what a real pack needs (a TD3 page scanned at 1200 dpi is
about 6000 x 4200 pixels, 25 megapixels) and far below what would hurt a desktop machine.
docs/pack-format.md lists them for pack authors.
"""

from __future__ import annotations

from typing import Final

MiB: Final = 1024 * 1024

#: The format version this code reads and writes.
FORMAT_VERSION: Final = 1

#: pack.json, specimen.json and exercise files.
MAX_MANIFEST_BYTES: Final = 4 * MiB
#: All manifests of one pack together (bounds the memory their parsed form takes).
MAX_TOTAL_MANIFEST_BYTES: Final = 64 * MiB
#: Problems listed per file (one more line says that the rest were left out).
MAX_PROBLEMS_PER_FILE: Final = 100
#: Nesting of objects and lists in a manifest.
MAX_JSON_DEPTH: Final = 64
#: Scene files (drawn by the renderer; generated guilloches make them large).
MAX_SCENE_BYTES: Final = 64 * MiB
#: One image file (layer or asset).
MAX_IMAGE_BYTES: Final = 256 * MiB
#: A chip file: an ICAO chip holds tens of kilobytes; 1 MiB leaves room for any real one.
MAX_CHIP_FILE_BYTES: Final = 1 * MiB
#: Pixels of one image, checked from its header before any decoding.
MAX_IMAGE_PIXELS: Final = 64_000_000
#: Largest side of one image, in pixels.
MAX_IMAGE_SIDE: Final = 20_000

MAX_SPECIMENS: Final = 2_000
MAX_EXERCISES: Final = 2_000
MAX_REGIONS: Final = 1_000
MAX_POLYGON_POINTS: Final = 10_000
MAX_ASSETS: Final = 100
#: Pages of a booklet besides its data page (a 64-page passport has 32 leaves).
MAX_PAGES: Final = 80
MAX_TEXT_CHARS: Final = 20_000
#: Largest document side; the largest ICAO format is 125 mm, a page of a booklet spread 250.
MAX_SIZE_MM: Final = 500.0

#: Zip archives: entries, uncompressed sizes, and how much one entry may be compressed.
MAX_ZIP_BYTES: Final = 2048 * MiB
MAX_ZIP_ENTRIES: Final = 10_000
MAX_ZIP_ENTRY_BYTES: Final = MAX_IMAGE_BYTES
MAX_ZIP_TOTAL_BYTES: Final = 2048 * MiB
MAX_ZIP_RATIO: Final = 100
#: Entries smaller than this are exempt from the ratio check (small JSON compresses well).
ZIP_RATIO_EXEMPT_BYTES: Final = 1 * MiB
MAX_ZIP_NAME_CHARS: Final = 512
