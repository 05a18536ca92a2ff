"""The taxonomy of security features and forgery methods, loaded from ``assets/taxonomy.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from docinspect.model.light import Light
from docinspect.model.truth import Verdict


class Category(StrEnum):
    SUBSTRATE = "substrate"
    PRINTING = "printing"
    PERSONALISATION = "personalisation"
    PROTECTION = "protection"
    MACHINE_READABLE = "machine_readable"


@dataclass(frozen=True, slots=True)
class Feature:
    id: str
    name: str
    category: Category
    #: Written for trainees: what the feature is and how to check it.
    description: str
    #: Lights under which the feature can be checked.
    lights: frozenset[Light]
    #: Loupe power needed to check it (1 = the naked eye).
    min_magnification: float
    #: True when the feature is checked by tilting the document.
    needs_tilt: bool = False
    #: Why the generator makes no specimen showing this feature ("" when it does): the
    #: feature stays for annotating scans of real documents.
    not_generated: str = ""


@dataclass(frozen=True, slots=True)
class ForgeryMethod:
    id: str
    name: str
    verdict: Verdict
    description: str
    #: Feature ids whose failure shows this method.
    indicator_features: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Taxonomy:
    features: dict[str, Feature]
    methods: dict[str, ForgeryMethod]

    def feature(self, feature_id: str) -> Feature:
        return self.features[feature_id]

    def method(self, method_id: str) -> ForgeryMethod:
        return self.methods[method_id]


class TaxonomyError(ValueError):
    """The taxonomy data is malformed (a programming error in shipped assets)."""


def parse_taxonomy(data: dict[str, Any]) -> Taxonomy:
    """Build a Taxonomy from its JSON form, checking every cross-reference."""
    try:
        features = {
            f["id"]: Feature(
                id=f["id"],
                name=f["name"],
                category=Category(f["category"]),
                description=f["description"],
                lights=frozenset(Light(x) for x in f["lights"]),
                min_magnification=float(f["min_magnification"]),
                needs_tilt=bool(f.get("needs_tilt", False)),
                not_generated=str(f.get("not_generated", "")),
            )
            for f in data["features"]
        }
        methods = {
            m["id"]: ForgeryMethod(
                id=m["id"],
                name=m["name"],
                verdict=Verdict(m["verdict"]),
                description=m["description"],
                indicator_features=tuple(m["indicator_features"]),
            )
            for m in data["forgery_methods"]
        }
    except (KeyError, TypeError, ValueError) as exc:
        raise TaxonomyError(f"taxonomy.json: {exc!r}") from exc
    if len(features) != len(data["features"]) or len(methods) != len(data["forgery_methods"]):
        raise TaxonomyError("taxonomy.json: duplicate ids")
    for m in methods.values():
        unknown = [f for f in m.indicator_features if f not in features]
        if unknown:
            raise TaxonomyError(f"taxonomy.json: method {m.id} names unknown features {unknown}")
    return Taxonomy(features=features, methods=methods)


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped with DocInspect (read once)."""
    text = resources.files("docinspect.assets").joinpath("taxonomy.json").read_text("utf-8")
    return parse_taxonomy(json.loads(text))
