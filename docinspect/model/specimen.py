"""A specimen: one document side, with its layers, regions and truth (and a booklet's other
pages)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Final

from docinspect.model.light import Light
from docinspect.model.region import Region, Role
from docinspect.model.truth import Truth


class DocumentType(StrEnum):
    TD1 = "td1"  # ID card, 3 MRZ lines of 30
    TD2 = "td2"  # 2 lines of 36
    TD3 = "td3"  # passport data page, 2 lines of 44
    MRVA = "mrva"  # visa sticker, 2 lines of 44
    MRVB = "mrvb"  # visa sticker, 2 lines of 36
    OTHER = "other"


#: Nominal sizes in millimetres (ISO/IEC 7810, ICAO Doc 9303).
NOMINAL_SIZE_MM: Final[Mapping[DocumentType, tuple[float, float]]] = {
    DocumentType.TD1: (85.60, 53.98),
    DocumentType.TD2: (105.0, 74.0),
    DocumentType.TD3: (125.0, 88.0),
    DocumentType.MRVA: (120.0, 80.0),
    DocumentType.MRVB: (105.0, 74.0),
}


@dataclass(frozen=True, slots=True)
class Layer:
    """A captured layer: how the specimen looks under one light, as an image file in the pack."""

    light: Light
    #: Path of the image inside the specimen's folder, with forward slashes.
    file: str
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Chip:
    """The contactless chip of an electronic document, as a reader meets it: the files the
    chip holds (ICAO Doc 9303 LDS names such as ``DG1`` or ``EF.SOD``, each mapped to a file
    in the specimen's folder), or a chip that does not answer at all."""

    #: LDS file name -> path of its bytes inside the specimen's folder, with forward slashes.
    files: Mapping[str, str] = field(default_factory=dict)
    #: False for a dead chip (or a printed chip symbol with no chip behind it).
    answers: bool = True


@dataclass(frozen=True, slots=True)
class Page:
    """Another page of a booklet (cover, inside cover, a visa page): drawn from its own scene,
    with its own regions, the same size as the data page. The data page is the specimen itself."""

    #: Unique among the specimen's pages, e.g. ``visa-3``.
    id: str
    #: What the page is called in the booklet, e.g. "cover", "inside cover", "page 3".
    label: str
    #: Path of the page's scene file inside the specimen's folder.
    scene: str
    regions: tuple[Region, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Specimen:
    id: str
    title: str
    document_type: DocumentType
    width_mm: float
    height_mm: float
    truth: Truth
    #: Captured layers, one per light at most.
    layers: Mapping[Light, Layer] = field(default_factory=dict)
    regions: tuple[Region, ...] = ()
    #: Machine readable zone as printed (may be wrong on purpose in a forgery).
    mrz: tuple[str, ...] = ()
    #: Issuing state or organisation code (three letters, e.g. UTO).
    issuing_state: str = ""
    #: Visual-zone data as printed, e.g. {"surname": ..., "document_number": ...}.
    data: Mapping[str, str] = field(default_factory=dict)
    #: Path of the scene file inside the specimen's folder, for rendered (synthetic) specimens.
    scene: str | None = None
    #: Other image files the scene draws (e.g. a portrait), paths inside the specimen's folder;
    #: validated like layers.
    assets: tuple[str, ...] = ()
    #: The document's chip, None when it has none (or nobody recorded one).
    chip: Chip | None = None
    #: A booklet's other pages in the order they follow the data page (empty for a card, a
    #: visa or any specimen that is only its data page).
    pages: tuple[Page, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def size_mm(self) -> tuple[float, float]:
        return (self.width_mm, self.height_mm)

    def lights(self) -> frozenset[Light]:
        """Lights this specimen can be shown under: captured, or all of them when it has a scene."""
        if self.scene is not None:
            return frozenset(Light)
        return frozenset(self.layers)

    def booklet_page(self, page_id: str) -> Specimen:
        """Page ``page_id`` of a booklet as a specimen of its own, to draw and inspect: its
        scene and regions, the same size, truth and id (it is the same document). KeyError
        when there is no such page."""
        page = next((p for p in self.pages if p.id == page_id), None)
        if page is None:
            raise KeyError(page_id)
        return replace(
            self,
            title=f"{self.title} — {page.label}",
            layers={},
            regions=page.regions,
            mrz=(),
            data={},
            scene=page.scene,
            chip=None,
            pages=(),
        )

    def security_features(self) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if r.role is Role.SECURITY_FEATURE)

    def forgery_indicators(self) -> tuple[Region, ...]:
        return tuple(r for r in self.regions if r.role is Role.FORGERY_INDICATOR)

    def taught_regions(self) -> tuple[Region, ...]:
        """Regions that teach something (features and indicators): every region but the
        redactions, which only hide a real person's data."""
        return tuple(r for r in self.regions if r.role is not Role.REDACTION)
