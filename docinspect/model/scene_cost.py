"""What a scene would cost to draw, estimated before anything is drawn.

A scene file is data from a pack, and a pack can come from anyone: a text item of 5 million
characters crashed the renderer, 40 rosettes of a million samples each ran for minutes in
gigabytes. The parser (``scene.scene_from_dict``) checks each field's type and range; this
module checks the amounts — characters, points, curves, fibres, holes — per item and for the
whole scene, so a pack is refused with ``file: field: reason`` instead of being drawn.

The limits are generous: a generated passport page (the densest scene DocInspect makes)
costs about 3 % of the scene budget (``tests/test_scene_cost.py`` keeps it under 10 %).
"""

from __future__ import annotations

import math
from dataclasses import fields
from typing import Any, Final

from docinspect.i18n import Message
from docinspect.model.scene import (
    Border,
    Fibres,
    Microprint,
    Path,
    Perforation,
    Rosette,
    Scene,
    Text,
    WaveBand,
)

MAX_ITEMS: Final = 20_000
#: Characters of one text or microprint item (a page's longest line is about 90).
MAX_TEXT_CHARS: Final = 20_000
#: Points (curve samples, fibres × 9, glyph outlines estimated) of one item.
MAX_ITEM_POINTS: Final = 2_000_000
#: Points of the whole scene: about 30 times a generated passport page.
MAX_SCENE_POINTS: Final = 12_000_000
#: Curves one banded item may hold (lines of a rosette, wave band or border).
MAX_LINES: Final = 5_000

#: Points the renderer samples per wavelength of a guilloche line (optics.curves).
_POINTS_PER_WAVE: Final = 48
#: Points an outlined glyph costs, roughly (OCR-B and the text fonts, flattened).
_POINTS_PER_GLYPH: Final = 60


def item_points(item: Any) -> int:
    """About how many points drawing ``item`` takes (its dominant cost)."""
    if isinstance(item, Rosette):
        return item.lines * item.samples
    if isinstance(item, WaveBand):
        shortest = min(
            (w for w in (item.wavelength_mm, item.mod_wavelength_mm) if w > 0), default=1
        )
        return item.lines * (math.ceil(item.width / shortest * _POINTS_PER_WAVE) + 1)
    if isinstance(item, Border):
        perimeter = 2 * (item.width + item.height)
        step = max(item.wavelength_mm / _POINTS_PER_WAVE, 1e-6)
        return item.lines * math.ceil(perimeter / step)
    if isinstance(item, Fibres):
        return item.count * 9
    if isinstance(item, Path):
        return sum(len(s) for s in item.subpaths)
    if isinstance(item, Text):
        return len(item.text) * _POINTS_PER_GLYPH
    if isinstance(item, Microprint):
        length = sum(math.dist(a, b) for a, b in zip(item.points, item.points[1:], strict=False))
        glyphs = length / max(item.glyph_height_mm * 0.5, 1e-3) if item.repeat else len(item.text)
        return int(min(glyphs, 10**12)) * _POINTS_PER_GLYPH + len(item.points)
    if isinstance(item, Perforation):
        if item.holes:
            return len(item.holes) * 16
        per_glyph = (item.height_mm / max(item.pitch_mm, 1e-6)) ** 2
        return int(min(len(item.text) * per_glyph, 10**12)) * 16
    return _generic_points(item)


def _generic_points(item: Any) -> int:
    """Items this module does not know by name: count their sequences' lengths."""
    total = 1
    for f in fields(item):
        value = getattr(item, f.name)
        if isinstance(value, str | tuple | list):
            total += len(value)
    return total


def scene_cost_problems(scene: Scene) -> list[str]:
    """Why ``scene`` is too costly to draw, as ``field.path: reason`` lines (none: fine)."""
    problems: list[str] = []
    if len(scene.items) > MAX_ITEMS:
        problems.append(
            _over("items", "{n} items, more than the limit of {limit}", len(scene.items), MAX_ITEMS)
        )
        return problems
    total = 0
    for i, item in enumerate(scene.items):
        where = f"items[{i}]"
        text = getattr(item, "text", "")
        if isinstance(text, str) and len(text) > MAX_TEXT_CHARS:
            problems.append(
                _over(
                    f"{where}.text",
                    "{n} characters, more than the limit of {limit}",
                    len(text),
                    MAX_TEXT_CHARS,
                )
            )
            continue
        lines = getattr(item, "lines", 0)
        if isinstance(lines, int) and lines > MAX_LINES:
            problems.append(
                _over(f"{where}.lines", "{n}, more than the limit of {limit}", lines, MAX_LINES)
            )
            continue
        points = item_points(item)
        if points > MAX_ITEM_POINTS:
            problems.append(
                _over(
                    where,
                    "would draw about {n} points, more than the limit of {limit} for one item",
                    points,
                    MAX_ITEM_POINTS,
                )
            )
        total += points
    if total > MAX_SCENE_POINTS and not problems:
        problems.append(
            _over(
                "items",
                "the scene would draw about {n} points, more than the limit of {limit}",
                total,
                MAX_SCENE_POINTS,
            )
        )
    return problems


def _over(where: str, reason: str, n: int, limit: int) -> Message:
    """A limit exceeded at the field ``where``, as the scene's own problems are kept (a
    Message apart from the field, decision 0032)."""
    return Message(
        "{where}: {reason}",
        where=where,
        reason=Message(reason, n=format(n, ","), limit=format(limit, ",")),
    )
