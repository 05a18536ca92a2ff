"""A pack being authored in the studio: a folder of images and one ``draft.json``.

Images are written once, when they are imported, painted or redacted; everything typed or drawn
(the specimens' metadata, regions, exercises) lives in ``draft.json``, which is small and is
rewritten atomically on every autosave. Export builds a real pack from it with
``docinspect.packs.write_pack`` (atomic and validated), after checking that a pack marked for
sharing shows no unredacted personal data.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

import numpy as np
from PIL import Image

from docinspect.capture.material import IR_FILE, PAINTED_KEY, UV_FILE, Material, ir_layer, uv_layer
from docinspect.capture.redaction import check_shareable
from docinspect.i18n import LANGUAGES, CatalogueError, updated_po
from docinspect.model import Layer, Light, Specimen
from docinspect.packs import (
    ExerciseFile,
    PackReadError,
    SpecimenFiles,
    specimen_from_dict,
    specimen_to_dict,
    write_pack,
)

DRAFT_FILE: Final = "draft.json"
DRAFT_FORMAT: Final = 1


class DraftError(ValueError):
    """A draft file cannot be read; the message names the file and the reason."""


class FeatureMissing(ValueError):
    """Regions drawn in the studio that were never given a feature: a pack cannot hold them.
    ``regions`` is every one, as (specimen id, specimen title, region id)."""

    def __init__(self, regions: Sequence[tuple[str, str, str]]) -> None:
        self.regions = tuple(regions)
        super().__init__(
            "choose a feature for every region before export; without one: "
            + "; ".join(f"{title} ({sid}), region {rid}" for sid, title, rid in self.regions)
        )


def regions_without_feature(specimens: Sequence[Specimen]) -> list[tuple[str, str, str]]:
    """(specimen id, specimen title, region id) of every region whose feature is not chosen."""
    return [(s.id, s.title, r.id) for s in specimens for r in s.regions if not r.feature]


@dataclass(frozen=True, slots=True)
class PackDraft:
    """Everything an instructor has typed and drawn for one pack. Images live in the folder."""

    pack_id: str = "my-pack"
    title: str = "My pack"
    version: str = "1"
    description: str = ""
    #: Marked for sharing with others: personal data must be redacted before export.
    share: bool = False
    specimens: tuple[Specimen, ...] = ()
    exercises: tuple[Mapping[str, Any], ...] = ()
    #: Where this draft was last exported, "" if never.
    saved_to: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def specimen(self, specimen_id: str) -> Specimen:
        for specimen in self.specimens:
            if specimen.id == specimen_id:
                return specimen
        raise KeyError(specimen_id)

    def with_specimen(self, specimen: Specimen) -> PackDraft:
        """This draft with ``specimen`` replacing the one of the same id, or added."""
        items = list(self.specimens)
        for i, old in enumerate(items):
            if old.id == specimen.id:
                items[i] = specimen
                break
        else:
            items.append(specimen)
        return replace(self, specimens=tuple(items))

    def without_specimen(self, specimen_id: str) -> PackDraft:
        return replace(self, specimens=tuple(s for s in self.specimens if s.id != specimen_id))


def draft_to_dict(draft: PackDraft) -> dict[str, Any]:
    return {
        **draft.extra,
        "format": DRAFT_FORMAT,
        "pack_id": draft.pack_id,
        "title": draft.title,
        "version": draft.version,
        "description": draft.description,
        "share": draft.share,
        "saved_to": draft.saved_to,
        "specimens": [specimen_to_dict(s) for s in draft.specimens],
        "exercises": [dict(e) for e in draft.exercises],
    }


def draft_from_dict(data: Mapping[str, Any], *, source: str = DRAFT_FILE) -> PackDraft:
    """Parse a draft; DraftError naming ``source`` and every problem found."""
    if not isinstance(data, Mapping) or data.get("format") != DRAFT_FORMAT:
        raise DraftError(f"{source}: not a studio draft of format {DRAFT_FORMAT}")
    specimens = []
    problems: list[str] = []
    for i, raw in enumerate(data.get("specimens", [])):
        try:
            # A region drawn but not yet given a feature is work in progress, kept as it is;
            # export refuses it (unnamed_regions).
            specimens.append(specimen_from_dict(raw, feature_optional=True))
        except PackReadError as exc:
            problems.extend(f"{source}: specimens[{i}]: {p}" for p in exc.problems)
    if problems:
        raise DraftError("; ".join(problems))
    known = {
        "format",
        "pack_id",
        "title",
        "version",
        "description",
        "share",
        "saved_to",
        "specimens",
        "exercises",
    }
    return PackDraft(
        pack_id=str(data.get("pack_id", "my-pack")),
        title=str(data.get("title", "My pack")),
        version=str(data.get("version", "1")),
        description=str(data.get("description", "")),
        share=bool(data.get("share", False)),
        specimens=tuple(specimens),
        exercises=tuple(e for e in data.get("exercises", []) if isinstance(e, Mapping)),
        saved_to=str(data.get("saved_to", "")),
        extra={k: v for k, v in data.items() if k not in known},
    )


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content``: a temporary file beside it, fsynced, then os.replace.
    A failed write leaves the previous file as it was."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


class DraftFolder:
    """The folder a draft lives in: ``draft.json`` and ``specimens/<id>/<files>``."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    @property
    def draft_file(self) -> Path:
        return self.root / DRAFT_FILE

    def specimen_dir(self, specimen_id: str) -> Path:
        path = self.root / "specimens" / specimen_id
        path.mkdir(parents=True, exist_ok=True)
        return path

    def translations(self) -> dict[str, Path]:
        """The exercises' translations the instructor keeps in the draft folder,
        ``i18n/<language>.po``, by language (decision 0029); the export carries them."""
        folder = self.root / "i18n"
        if not folder.is_dir():
            return {}
        return {p.stem: p for p in sorted(folder.glob("*.po")) if p.stem in LANGUAGES}

    def translation_file(self, language: str) -> Path:
        """Where the draft's catalogue of ``language`` is (or will be): ``i18n/<language>.po``."""
        return self.root / "i18n" / f"{language}.po"

    def save_translations(
        self,
        language: str,
        translations: dict[str, str],
        *,
        comments: dict[str, str] | None = None,
        listed: tuple[str, ...] = (),
    ) -> Path:
        """Set ``translations`` (English -> translation) in ``i18n/<language>.po``, keeping
        everything else the file holds (decision 0034), add the ``listed`` texts it lacks
        untranslated (for a translator's PO editor), and write it atomically. Raises
        CatalogueError (file, line, reason) when the present file cannot be read — it is left
        as it is — and OSError when it cannot be written (the previous file stays)."""
        if language not in LANGUAGES:
            raise ValueError(f"not a language DocInspect speaks: {language!r}")
        path = self.translation_file(language)
        text: str | None = None
        if path.is_file():
            try:
                text = path.read_text("utf-8")
            except UnicodeDecodeError as exc:
                raise CatalogueError(f"{path}: is not UTF-8 text ({exc.reason})") from None
        content = updated_po(
            text, language, translations, comments=comments, listed=listed, file=str(path)
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, content.encode("utf-8"))
        return path

    def exists(self) -> bool:
        return self.draft_file.is_file()

    def save(self, draft: PackDraft) -> None:
        """Write draft.json atomically (what the studio's autosave calls)."""
        text = json.dumps(draft_to_dict(draft), ensure_ascii=False, indent=1)
        write_atomically(self.draft_file, text.encode("utf-8"))

    def load(self) -> PackDraft:
        """The saved draft; DraftError naming the file and the reason when it is unusable."""
        try:
            data = json.loads(self.draft_file.read_text("utf-8"))
        except FileNotFoundError:
            raise DraftError(f"{self.draft_file}: no such file") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DraftError(f"{self.draft_file}: cannot be read ({exc})") from None
        return draft_from_dict(data, source=str(self.draft_file))

    def write_image(self, specimen_id: str, name: str, pixels: np.ndarray) -> None:
        """Write an 8-bit image as PNG into the specimen's folder, atomically."""
        buffer = io.BytesIO()
        Image.fromarray(np.ascontiguousarray(pixels)).save(buffer, "PNG", compress_level=3)
        write_atomically(self.specimen_dir(specimen_id) / name, buffer.getvalue())

    def read_image(self, specimen_id: str, name: str, *, mode: str = "RGB") -> np.ndarray:
        with Image.open(self.specimen_dir(specimen_id) / name) as image:
            return np.ascontiguousarray(np.asarray(image.convert(mode)))

    def layer_image(self, specimen: Specimen, light: Light) -> np.ndarray:
        return self.read_image(specimen.id, specimen.layers[light].file)

    def store_layers(self, specimen: Specimen, pages: Mapping[Light, np.ndarray]) -> Specimen:
        """Write each light's page as ``<light>.png`` and return the specimen naming them."""
        layers = dict(specimen.layers)
        for light, pixels in pages.items():
            name = f"{light.value}.png"
            self.write_image(specimen.id, name, pixels)
            layers[light] = Layer(light, name)
        return replace(specimen, layers=layers)

    def material(self, specimen: Specimen) -> Material:
        """The specimen's painted material (blank when none was painted)."""
        folder = self.specimen_dir(specimen.id)
        white = specimen.layers[Light.WHITE]
        if not (folder / UV_FILE).is_file():
            with Image.open(folder / white.file) as image:
                return Material.blank(image.size)
        return Material(
            self.read_image(specimen.id, UV_FILE), self.read_image(specimen.id, IR_FILE, mode="L")
        )

    def store_material(self, specimen: Specimen, material: Material) -> Specimen:
        """Save the painted material and the UV and IR layers drawn from it.

        A light with a real capture keeps it: painting never overwrites a scan.
        """
        self.write_image(specimen.id, UV_FILE, material.uv)
        self.write_image(specimen.id, IR_FILE, material.ir)
        white = self.layer_image(specimen, Light.WHITE)
        layers = dict(specimen.layers)
        for light, make, source in (
            (Light.UV365, uv_layer, UV_FILE),
            (Light.IR, ir_layer, IR_FILE),
        ):
            current = layers.get(light)
            if current is not None and PAINTED_KEY not in current.extra:
                continue
            name = f"{light.value}-painted.png"
            self.write_image(specimen.id, name, make(white, material))
            layers[light] = Layer(light, name, extra={PAINTED_KEY: source})
        return replace(specimen, layers=layers)

    def specimen_files(self, specimen: Specimen) -> SpecimenFiles:
        folder = self.specimen_dir(specimen.id)
        names = [layer.file for layer in specimen.layers.values()]
        names += [specimen.scene] if specimen.scene is not None else []
        names += list(specimen.assets)
        names += [n for n in (UV_FILE, IR_FILE) if (folder / n).is_file()]
        return SpecimenFiles(specimen, {name: folder / name for name in names})


def export_pack(
    folder: DraftFolder, draft: PackDraft, dest: Path, *, as_zip: bool | None = None
) -> Path:
    """Write ``draft`` as a pack at ``dest`` (folder, or zip), atomically and validated.

    Raises FeatureMissing (nothing written) when a region has no feature yet; SharingRefused
    (nothing written) when the draft is marked for sharing and a region flagged as personal
    data is not redacted; PackWriteError when the pack cannot be written.
    """
    unnamed = regions_without_feature(draft.specimens)
    if unnamed:
        raise FeatureMissing(unnamed)
    if draft.share:
        check_shareable(draft.specimens)
    return write_pack(
        dest,
        pack_id=draft.pack_id,
        title=draft.title,
        version=draft.version,
        description=draft.description,
        specimens=[folder.specimen_files(s) for s in draft.specimens],
        exercises=[_exercise_file(e) for e in draft.exercises],
        extra={"shared": True} if draft.share else None,
        as_zip=as_zip,
        translations=folder.translations(),
    )


def _exercise_file(data: Mapping[str, Any]) -> ExerciseFile:
    return ExerciseFile(f"exercises/{data['id']}.json", data)


def unique_id(wanted: str, taken: Sequence[str] | set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``… whichever is not taken."""
    taken = set(taken)
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"
