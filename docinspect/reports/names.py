"""Readable names for taxonomy ids in reports (ids the taxonomy does not know stay as they are)."""

from __future__ import annotations

from docinspect.model.taxonomy import Category, load_taxonomy


def method_names() -> dict[str, str]:
    names = {m.id: m.name for m in load_taxonomy().methods.values()}
    names["genuine"] = "genuine (no forgery)"
    return names


def category_names() -> dict[str, str]:
    return {c.value: c.value.replace("_", "-").capitalize() for c in Category}
