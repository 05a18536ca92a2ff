"""A document being made: the :class:`Draft` that production steps build, forgers edit and
wear marks, and the names of the files a specimen carries.

Kept apart from the production steps (:mod:`docinspect.synth.documents` and the step
modules) so that every module that edits a draft imports it from here, and nothing imports
in a circle.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Final

import numpy as np

from docinspect.model import DocumentType, Page, Region, Specimen, Truth, Verdict
from docinspect.model.scene import Scene, SceneItem, Substrate, scene_to_dict
from docinspect.synth import portrait
from docinspect.synth.people import REFERENCE_DATE, Holder
from docinspect.synth.states import POLYCARBONATE, State, document_body

PORTRAIT_FILE: Final = "portrait.png"
GHOST_FILE: Final = "ghost.png"
#: The live photo of the person presenting the document (an asset outside the scene, named
#: by ``Specimen.extra["traveller"]``): the holder on another day, or an impostor.
TRAVELLER_FILE: Final = "traveller.png"
TRAVELLER_KEY: Final = "traveller"
SCENE_FILE: Final = "scene.json"
#: The generator's type name of a TD1 card's back (its specimen's document type is td1).
TD1_BACK: Final = "td1-back"
#: Specimen.extra key of a card side: {"side": "back", "card_seed": S}.
CARD_KEY: Final = "card"
#: The generator's type name of a passport booklet: a TD3 data page and its visa pages.
BOOKLET: Final = "td3-booklet"
#: ``Page.extra`` key of a booklet page that comes before the data page (a cover).
BEFORE_DATA_PAGE: Final = "before_data_page"


@dataclass
class BookletPage:
    """A booklet page after the data page (a visa page), being built or forged: drawn from
    its own scene, the data page's size. Mutable like the draft it belongs to."""

    id: str
    label: str
    #: The number printed on the page.
    number: int
    substrate: Substrate
    items: list[SceneItem]
    regions: list[Region] = field(default_factory=list)
    #: A cover or inside cover: listed before the data page (``Page.extra``).
    before_data_page: bool = False

    @property
    def file(self) -> str:
        return f"pages/{self.id}.json"

    def item(self, item_id: str) -> SceneItem:
        return next(it for it in self.items if it.id == item_id)

    def replace_item(self, item_id: str, new: SceneItem) -> None:
        self.items[self.items.index(self.item(item_id))] = new

    def scene_bytes(self, width_mm: float, height_mm: float) -> bytes:
        scene = Scene(
            width_mm=width_mm,
            height_mm=height_mm,
            substrate=self.substrate,
            items=tuple(self.items),
        )
        return _scene_json(scene)

    def page(self) -> Page:
        extra = {BEFORE_DATA_PAGE: True} if self.before_data_page else {}
        return Page(
            id=self.id,
            label=self.label,
            scene=self.file,
            regions=tuple(self.regions),
            extra=extra,
        )


@dataclass
class Draft:
    """A document being built or forged. Mutable on purpose: forgeries edit it in place;
    :meth:`specimen` and :meth:`scene` give the frozen results."""

    doc_type: DocumentType
    state: State
    holder: Holder
    face: portrait.Face
    width_mm: float
    height_mm: float
    substrate: Substrate
    items: list[SceneItem]
    regions: list[Region]
    data: dict[str, str]
    mrz_lines: tuple[str, ...]
    files: dict[str, bytes]
    #: Visual-zone field -> scene item id, so a forgery can find what it alters.
    field_items: dict[str, str] = field(default_factory=dict)
    #: Feature id -> ids of the scene items that carry it.
    feature_items: dict[str, list[str]] = field(default_factory=dict)
    verdict: Verdict = Verdict.GENUINE
    methods: list[str] = field(default_factory=list)
    explanation: str = ""
    #: The face of the person presenting the document (None until one is set).
    traveller: portrait.Face | None = None
    #: Which side of the document this is: a TD1 card's back is its own specimen.
    side: str = "front"
    #: The seed the card was built from; both sides of one card share it.
    card_seed: int | None = None
    #: The forger's profile that made this specimen (synth/profiles.py), None for genuine
    #: documents and single-method forgeries.
    profile: str | None = None
    #: Benign flaws (wear, scratches, …: synth/wear.py), listed in the truth as not being
    #: forgery indicators.
    flaws: list[dict] = field(default_factory=list)
    #: A booklet's pages after the data page (synth/booklet.py); empty for a data page alone.
    pages: list[BookletPage] = field(default_factory=list)
    #: A booklet's cover and inside cover, before its data page (synth/booklet_covers.py):
    #: apart from ``pages``, which the attacks on the stack and the binding go through.
    covers: list[BookletPage] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """The generator's type name: the document type, ``td1-back`` for a card back,
        ``td3-booklet`` for a passport booklet."""
        if self.pages:
            return BOOKLET
        return TD1_BACK if self.side == "back" else self.doc_type.value

    @property
    def polycarbonate(self) -> bool:
        """Whether the document (a booklet's data page) is polycarbonate: an ID card, or the
        data page of a state whose passports have a polycarbonate one."""
        return document_body(self.state, self.doc_type) == POLYCARBONATE

    # --- editing helpers used by forgeries ---

    def item(self, item_id: str) -> SceneItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def replace_item(self, item_id: str, new: SceneItem | None) -> None:
        """Put ``new`` where ``item_id`` was (or remove it when ``new`` is None)."""
        for i, it in enumerate(self.items):
            if it.id == item_id:
                if new is None:
                    del self.items[i]
                else:
                    self.items[i] = new
                return
        raise KeyError(item_id)

    def insert_after(self, item_id: str, new: SceneItem) -> None:
        for i, it in enumerate(self.items):
            if it.id == item_id:
                self.items.insert(i + 1, new)
                return
        raise KeyError(item_id)

    def mark_id(self) -> str:
        """A fresh id for something put on the document after it was made (a flaw, a cut
        edge, an erased patch). Forgeries and benign flaws share the one neutral name, so an
        item's id never says whether the document is forged."""
        taken = {it.id for it in self.items}
        n = 1
        while f"mark-{n}" in taken:
            n += 1
        return f"mark-{n}"

    def region(self, feature: str) -> Region:
        return next(r for r in self.regions if r.feature == feature)

    def set_traveller(self, face: portrait.Face) -> None:
        """Make ``face`` the person presenting the document and render their live photo.

        ``face`` is given as on the document's photo; at the desk (on REFERENCE_DATE) the
        person is older by the years since the document was issued."""
        since = years(self.holder.date_of_issue, REFERENCE_DATE)
        face = dataclasses.replace(face, age=face.age + since)
        self.traveller = face
        self.files[TRAVELLER_FILE] = portrait.render_portrait(face)

    def holder_in_person(self) -> portrait.Face:
        """The rightful holder as they look at the border: same face, another photo (seeded
        by the holder, so it is the same whenever it is asked for)."""
        return portrait.same_person(self.face, np.random.default_rng((self.holder.face_seed, 1)))

    # --- results ---

    def scene(self) -> Scene:
        return Scene(
            width_mm=self.width_mm,
            height_mm=self.height_mm,
            substrate=self.substrate,
            items=tuple(self.items),
        )

    def scene_bytes(self) -> bytes:
        return _scene_json(self.scene())

    def scene_files(self) -> dict[str, bytes]:
        """The data page's scene file and each booklet page's, by their names."""
        files = {SCENE_FILE: self.scene_bytes()}
        for page in (*self.covers, *self.pages):
            files[page.file] = page.scene_bytes(self.width_mm, self.height_mm)
        return files

    def specimen(self, specimen_id: str) -> Specimen:
        kind = {
            DocumentType.TD3: "passport data page",
            DocumentType.TD2: "ID card (TD2) front",
            DocumentType.MRVA: "visa (MRV-A)",
        }.get(self.doc_type, "ID card front")
        if self.side == "back":
            kind = "ID card back"
        if self.pages:
            kind = "passport booklet"
        title = f"{title_case(self.state.name_english)} {kind} — {self.holder.latin_surname()}"
        return Specimen(
            id=specimen_id,
            title=title,
            document_type=self.doc_type,
            width_mm=self.width_mm,
            height_mm=self.height_mm,
            truth=Truth(
                verdict=self.verdict,
                methods=tuple(self.methods),
                explanation=self.explanation,
                extra=self._truth_extra(),
            ),
            regions=tuple(self.regions),
            mrz=self.mrz_lines,
            issuing_state=self.state.code,
            data=dict(self.data),
            scene=SCENE_FILE,
            assets=tuple(sorted(self.files)),
            pages=tuple(page.page() for page in (*self.covers, *self.pages)),
            extra=self._extra(),
        )

    def _truth_extra(self) -> dict:
        extra: dict = {}
        if self.profile:
            extra["profile"] = self.profile
        if self.flaws:
            extra["benign_flaws"] = [dict(f) for f in self.flaws]
        return extra

    def _extra(self) -> dict:
        extra: dict = {}
        if TRAVELLER_FILE in self.files:
            extra[TRAVELLER_KEY] = TRAVELLER_FILE
        if self.side == "back":
            # Links the back to its front: build_document(card_seed, doc_type="td1").
            extra[CARD_KEY] = {"side": "back", "card_seed": self.card_seed}
        return extra


def _scene_json(scene: Scene) -> bytes:
    text = json.dumps(scene_to_dict(scene), ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")


def years(start: dt.date, end: dt.date) -> float:
    """Years from ``start`` to ``end`` with their fraction (a portrait ages continuously)."""
    return round((end - start).days / 365.25, 2)


def title_case(name: str) -> str:
    return " ".join(w.lower() if w in ("OF", "DE") else w.capitalize() for w in name.split())
