"""Domain model: plain frozen dataclasses, no I/O, no Qt."""

from docinspect.model.geometry import Bounds, Ellipse, Polygon, Rect, Shape
from docinspect.model.light import ALL_LIGHTS, Light, Viewing, parse_light
from docinspect.model.region import Region, Role
from docinspect.model.specimen import NOMINAL_SIZE_MM, Chip, DocumentType, Layer, Page, Specimen
from docinspect.model.taxonomy import (
    Category,
    Feature,
    ForgeryMethod,
    Taxonomy,
    load_taxonomy,
)
from docinspect.model.truth import Truth, Verdict

__all__ = [
    "Chip",
    "ALL_LIGHTS",
    "NOMINAL_SIZE_MM",
    "Bounds",
    "Category",
    "DocumentType",
    "Ellipse",
    "Feature",
    "ForgeryMethod",
    "Layer",
    "Light",
    "Page",
    "Polygon",
    "Rect",
    "Region",
    "Role",
    "Shape",
    "Specimen",
    "Taxonomy",
    "Truth",
    "Verdict",
    "Viewing",
    "load_taxonomy",
    "parse_light",
]
