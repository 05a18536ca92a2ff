"""Thumbnails for the library list, kept on disk for drawn (synthetic) specimens: preparing a
scene takes about a second, so the second start of the app should not pay it again."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QImage

from docinspect.model import Specimen
from docinspect.packs import Pack
from docinspect.ui.specimen_image import SpecimenPicture, white_light_picture
from docinspect.userdata import data_dir


def thumbnail_dir() -> Path:
    return data_dir() / "thumbnails"


def thumbnail(
    pack: Pack, specimen: Specimen, *, max_side: int, folder: Path | None = None
) -> SpecimenPicture:
    """The specimen's white-light thumbnail: from the disk cache when its files have not
    changed since it was drawn, else drawn now (and cached if it was rendered)."""
    folder = folder if folder is not None else thumbnail_dir()
    cached = folder / f"{_fingerprint(pack, specimen, max_side)}.png"
    if cached.is_file():
        image = QImage(str(cached))
        if not image.isNull():
            return SpecimenPicture(image, rendered=True)
    picture = white_light_picture(pack, specimen, max_side=max_side)
    if picture.rendered and picture.image is not None:
        _save(picture.image, cached)
    return picture


def _fingerprint(pack: Pack, specimen: Specimen, max_side: int) -> str:
    """Changes whenever the specimen's scene or manifest file changes (or the size asked)."""
    folder = Path(pack.specimen_dir(specimen.id))
    parts = [str(folder.resolve()), specimen.id, str(max_side)]
    for name in ("specimen.json", specimen.scene, *specimen.assets):
        if name is None:
            continue
        try:
            stat = (folder / name).stat()
            parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:
            parts.append(f"{name}:missing")
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:32]


def _save(image: QImage, path: Path) -> None:
    # Written aside and renamed: a thumbnail is either whole or absent, even if two windows
    # draw it at once. A cache that cannot be written is only slower, never an error.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(suffix=".png", dir=path.parent)
        os.close(handle)
        if image.save(temp, "PNG"):
            os.replace(temp, path)
        else:
            os.unlink(temp)
    except OSError:
        pass
