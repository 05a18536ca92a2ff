"""What the production steps of one genuine document share while they make it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from docinspect.model import DocumentType, Region
from docinspect.model.scene import SceneItem, Substrate
from docinspect.synth import portrait
from docinspect.synth.design import feature_region, said_of_page
from docinspect.synth.layouts import Layout
from docinspect.synth.people import Holder
from docinspect.synth.states import PAPER, State, document_body


@dataclass
class Build:
    """One genuine document in production: the state, holder and layout it is made for,
    and what the steps have made so far (scene items, security-feature regions, data)."""

    doc_type: DocumentType
    st: State
    holder: Holder
    face: portrait.Face
    lay: Layout
    #: The document's random stream. Its draws are shared with the card back (which draws
    #: the same holder), so a step never adds a draw to it.
    rng: random.Random
    #: The stream of the features added with the production model (threads, planchettes,
    #: barcodes, ...): drawing from it leaves every older feature where it was.
    more: random.Random
    items: list[SceneItem] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    feature_items: dict[str, list[str]] = field(default_factory=dict)
    field_items: dict[str, str] = field(default_factory=dict)
    data: dict[str, str] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    substrate: Substrate | None = None
    mrz_lines: tuple[str, ...] = ()

    @property
    def width(self) -> float:
        return self.lay.width

    @property
    def height(self) -> float:
        return self.lay.height

    @property
    def paper(self) -> bool:
        """A paper page (a paper passport data page, a visa sticker), not polycarbonate (a
        card, or the data page of a state whose passports have a polycarbonate one)."""
        return document_body(self.st, self.doc_type) == PAPER

    def add(self, item: SceneItem, feature: str | None = None) -> SceneItem:
        """Put ``item`` on top of what is there; ``feature`` names the security feature it
        carries (forgers find it by that)."""
        self.items.append(item)
        if feature:
            self.feature_items.setdefault(feature, []).append(item.id)
        return item

    def region_of(self, feature: str):
        """The shape of the security-feature region of ``feature`` made so far."""
        return next(r.shape for r in self.regions if r.feature == feature)

    def explain(self, rid: str, shape, feature: str, lights, mag: float, text: str) -> None:
        """A security-feature region: where ``feature`` is, the lights and loupe power that
        show it, and what a trainee checks there. On a polycarbonate passport data page the
        card's sentences speak of the page."""
        if self.doc_type is DocumentType.TD3 and not self.paper:
            text = said_of_page(text)
        self.regions.append(feature_region(rid, shape, feature, lights, mag, text))
