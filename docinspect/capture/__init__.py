"""Capture: turning an instructor's own scans and photos into specimens (no Qt widgets).

Importing image files per light (``load_lights``), aligning each light to the white one
(``align_automatic``, ``align_by_points``), cropping and deskewing (``rectify``), painting
material for lights without a capture, redacting personal data, and the studio's draft of a
pack (``DraftFolder``, ``PackDraft``, ``export_pack``, ``merge_pack``).
"""

from docinspect.capture.alignment import (
    Alignment,
    AlignmentError,
    align_automatic,
    align_by_points,
    edge_image,
    warp_to,
)
from docinspect.capture.crop import find_page, rectify, rotated, size_mm_for, size_px_for
from docinspect.capture.draft import (
    DraftError,
    DraftFolder,
    FeatureMissing,
    PackDraft,
    export_pack,
    regions_without_feature,
    unique_id,
    write_atomically,
)
from docinspect.capture.importing import (
    ImportCancelled,
    LoadedLights,
    SpecimenImportError,
    cut_pages,
    load_lights,
    page_size_mm,
)
from docinspect.capture.material import Material, ir_layer, paint, uv_layer
from docinspect.capture.merge import (
    MergeReport,
    merge_pack,
    merge_translations,
    specimen_fingerprint,
)
from docinspect.capture.redaction import (
    Redaction,
    SharingRefused,
    check_shareable,
    is_redacted,
    mark_redacted,
    redact,
    repeats_of_redacted,
    unredacted_personal_data,
)
from docinspect.capture.scans import Scan, ScanError, load_scan

__all__ = [
    "repeats_of_redacted",
    "Alignment",
    "AlignmentError",
    "DraftError",
    "DraftFolder",
    "FeatureMissing",
    "ImportCancelled",
    "LoadedLights",
    "Material",
    "MergeReport",
    "PackDraft",
    "Redaction",
    "Scan",
    "ScanError",
    "SharingRefused",
    "SpecimenImportError",
    "align_automatic",
    "align_by_points",
    "check_shareable",
    "cut_pages",
    "edge_image",
    "export_pack",
    "find_page",
    "ir_layer",
    "is_redacted",
    "load_lights",
    "load_scan",
    "mark_redacted",
    "merge_pack",
    "merge_translations",
    "page_size_mm",
    "paint",
    "rectify",
    "redact",
    "regions_without_feature",
    "rotated",
    "size_mm_for",
    "size_px_for",
    "specimen_fingerprint",
    "unique_id",
    "unredacted_personal_data",
    "uv_layer",
    "warp_to",
    "write_atomically",
]
