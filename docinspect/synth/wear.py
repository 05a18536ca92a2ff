"""Benign flaws: what years in a pocket and an imperfect press do to a genuine document.

Genuine documents are not perfect (REALISM.md §1): corners rub and bend, the laminate
scratches, dirt settles, UV inks fade, colours print slightly out of register. A trainer whose
genuine specimens are flawless teaches that any flaw means forged, so :func:`add_wear` puts
such flaws on documents — genuine and forged alike, from the same distribution, since a
forged document is carried and handled too. The truth lists them
(``truth.extra["benign_flaws"]``: kind, place, explanation) as *not* forgery indicators, so
feedback and exercises can say so. Items added here carry the same neutral ``mark-N`` ids as
a forger's additions, so no id tells a flaw from a trace.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from typing import Final

from docinspect.model import Verdict
from docinspect.model.scene import EllipseItem, Material, Path, Text
from docinspect.synth.draft import Draft

#: Flaw kinds with their likelihood at wear 1 (each drawn independently).
_LIKELIHOOD: Final = {
    "corner_wear": 0.7,
    "scratch": 0.6,
    "dirt": 0.5,
    "bent_corner": 0.35,
    "faded_uv": 0.4,
    "misregistration": 0.35,
}


def _corner(d: Draft, rng: random.Random) -> tuple[float, float, float, float]:
    """A page corner (x, y) and the directions (sx, sy) pointing into the page."""
    left, top = rng.random() < 0.5, rng.random() < 0.5
    return (
        0.0 if left else d.width_mm,
        0.0 if top else d.height_mm,
        1.0 if left else -1.0,
        1.0 if top else -1.0,
    )


def _surface(colour, alpha: float, **changes) -> Material:
    """What use leaves on the surface: seen in reflected light, no glow, (nearly) nothing in
    IR or against the light unless ``changes`` say otherwise (relief, roughness, density)."""
    return Material(
        **{"colour": colour, "alpha": alpha, "ir_absorption": 0.0, "density": 0.0, **changes}
    )


def _box(x: float, y: float, w: float, h: float) -> list[float]:
    return [round(x, 2), round(y, 2), round(w, 2), round(h, 2)]


def _corner_wear(d: Draft, rng: random.Random) -> dict:
    x, y, sx, sy = _corner(d, rng)
    r = rng.uniform(2.0, 4.5)
    d.items.append(
        EllipseItem(
            id=d.mark_id(),
            material=_surface(
                (150, 140, 125),
                round(rng.uniform(0.1, 0.2), 3),
                ir_absorption=0.05,
                roughness=0.4,
            ),
            cx=round(x + sx * r * 0.3, 3),
            cy=round(y + sy * r * 0.3, 3),
            rx=round(r, 3),
            ry=round(r * rng.uniform(0.7, 1.0), 3),
            filled=True,
            stroke_mm=0.0,
        )
    )
    return {
        "kind": "corner_wear",
        "box": _box(min(x, x + sx * r * 1.3), min(y, y + sy * r * 1.3), r * 1.3, r * 1.3),
        "explanation": "A rubbed, greyed corner: wear from years of use, not a forgery sign.",
    }


def _scratch(d: Draft, rng: random.Random) -> dict:
    x0, y0 = rng.uniform(5, d.width_mm - 25), rng.uniform(5, d.height_mm - 10)
    length, slope = rng.uniform(6, 20), rng.uniform(-0.3, 0.3)
    pts = tuple(
        (round(x0 + length * t, 3), round(y0 + length * slope * t + 0.3 * rng.random(), 3))
        for t in (0.0, 0.25, 0.5, 0.75, 1.0)
    )
    d.items.append(
        Path(
            id=d.mark_id(),
            material=_surface((235, 235, 235), 0.3, relief_um=-2.0, roughness=0.6),
            subpaths=(pts,),
            stroke_mm=round(rng.uniform(0.03, 0.07), 3),
            smooth=True,
        )
    )
    ys = [p[1] for p in pts]
    return {
        "kind": "scratch",
        "box": _box(x0, min(ys) - 0.2, length, max(ys) - min(ys) + 0.4),
        "explanation": "A fine scratch in the surface (seen best under raking light): wear, "
        "not a forgery sign. It crosses print and paper alike and disturbs nothing beneath.",
    }


def _dirt(d: Draft, rng: random.Random) -> dict:
    cx, cy = rng.uniform(5, d.width_mm - 5), rng.uniform(5, d.height_mm - 5)
    r = rng.uniform(1.0, 3.0)
    d.items.append(
        EllipseItem(
            id=d.mark_id(),
            material=_surface(
                (125, 105, 80), round(rng.uniform(0.06, 0.14), 3), ir_absorption=0.1, density=None
            ),
            cx=round(cx, 3),
            cy=round(cy, 3),
            rx=round(r, 3),
            ry=round(r * rng.uniform(0.5, 1.0), 3),
            angle_deg=round(rng.uniform(0, 180), 1),
            filled=True,
            stroke_mm=0.0,
        )
    )
    return {
        "kind": "dirt",
        "box": _box(cx - r, cy - r, 2 * r, 2 * r),
        "explanation": "A faint stain of dirt: it lies on the surface over print and paper "
        "alike and changes no security feature.",
    }


def _bent_corner(d: Draft, rng: random.Random) -> dict | None:
    x, y, sx, sy = _corner(d, rng)
    a, b = rng.uniform(5, 12), rng.uniform(5, 12)
    if d.polycarbonate:
        # A polycarbonate card is stiff: it springs back (or cracks), it does not crease.
        return None
    d.items.append(
        Path(
            id=d.mark_id(),
            material=_surface((200, 195, 185), 0.12, density=0.04, relief_um=6.0, roughness=0.5),
            subpaths=(((round(x + sx * a, 3), round(y, 3)), (round(x, 3), round(y + sy * b, 3))),),
            stroke_mm=0.15,
        )
    )
    return {
        "kind": "bent_corner",
        "box": _box(min(x, x + sx * a), min(y, y + sy * b), a, b),
        "explanation": "A crease where the corner was bent: it shows under raking light and "
        "does not mean the document was forged.",
    }


def _faded_uv(d: Draft, rng: random.Random) -> dict | None:
    k = rng.uniform(0.6, 0.85)
    faded = False
    for feature in ("uv_ink", "uv_fibres", "uv_overprint"):
        for item_id in d.feature_items.get(feature, []):
            it = d.item(item_id)
            m = it.material
            if m.uv_colour is None:
                continue
            faded = True
            d.replace_item(
                item_id,
                dataclasses.replace(
                    it, material=dataclasses.replace(m, uv_strength=round(m.uv_strength * k, 3))
                ),
            )
    if not faded:
        return None
    return {
        "kind": "faded_uv",
        "box": _box(0, 0, d.width_mm, d.height_mm),
        "explanation": "The UV inks and fibres glow a little weaker than on a new document: "
        "fluorescence fades with age and light. Their colours and shapes are right.",
    }


def _misregistration(d: Draft, rng: random.Random) -> dict | None:
    dx, dy = rng.uniform(0.08, 0.25) * rng.choice((-1, 1)), rng.uniform(0.05, 0.15)
    moved = False
    for item_id in ("rosette",):
        try:
            it = d.item(item_id)
        except KeyError:
            continue
        moved = True
        d.replace_item(
            item_id, dataclasses.replace(it, cx=round(it.cx + dx, 3), cy=round(it.cy + dy, 3))
        )
    if not moved:
        return None
    r = d.item("rosette")
    return {
        "kind": "misregistration",
        "box": _box(r.cx - r.r_outer, r.cy - r.r_outer, 2 * r.r_outer, 2 * r.r_outer),
        "explanation": "The rosette sits a fraction of a millimetre off its place relative to "
        "the other printing: ordinary register tolerance of the press. Its lines are still "
        "continuous and sharp.",
    }


_FLAWS: Final[dict[str, Callable[[Draft, random.Random], dict | None]]] = {
    "corner_wear": _corner_wear,
    "scratch": _scratch,
    "dirt": _dirt,
    "bent_corner": _bent_corner,
    "faded_uv": _faded_uv,
    "misregistration": _misregistration,
}


def add_wear(d: Draft, rate: float, rng: random.Random) -> list[dict]:
    """Put benign flaws on ``d`` (in place): each kind with its likelihood × ``rate`` (0–1).
    Returns them and records them in the draft (``truth.extra["benign_flaws"]``)."""
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"wear must be between 0 and 1, not {rate:g}")
    found = []
    for kind, likelihood in _LIKELIHOOD.items():
        if rng.random() < likelihood * rate:
            flaw = _FLAWS[kind](d, rng)
            if flaw is not None:
                found.append(flaw)
    d.flaws.extend(found)
    return found


# --- issuer errors ------------------------------------------------------------------------------

#: Verdicts whose personalisation is the issuer's own (a counterfeit's or a stolen blank's
#: data were printed by criminals, a fantasy document has no issuer): only these carry the
#: issuer's rare mistakes.
_ISSUED: Final = frozenset({Verdict.GENUINE, Verdict.FALSIFIED, Verdict.IMPOSTOR})
#: Fields an issuer's clerk may misspell without touching the MRZ (it holds none of them).
_SPELLABLE: Final = ("place_of_birth", "authority", "address")


def _misaligned_personalisation(d: Draft, rng: random.Random) -> dict | None:
    ids = [i for i in d.feature_items.get("personal_data", []) if i.startswith("data-")]
    if not ids:
        return None
    dx = round(rng.uniform(0.4, 0.8) * rng.choice((-1, 1)), 3)
    dy = round(rng.uniform(0.3, 0.6), 3)
    for item_id in ids:
        it = d.item(item_id)
        assert isinstance(it, Text)
        d.replace_item(
            item_id, dataclasses.replace(it, x=round(it.x + dx, 3), y=round(it.y + dy, 3))
        )
    b = d.region("personal_data").shape.bounds()
    return {
        "kind": "misaligned_personalisation",
        "box": _box(b.left, b.top, b.width, b.height),
        "explanation": f"The personal data sit about {abs(dx):.1f} mm off their labels, all of "
        "them by the same amount: the issuing office's printer took the page slightly askew. "
        "A rare issuer error, not a forgery sign: the data agree with the MRZ, the characters "
        "are the issuer's own, and nothing round them is disturbed.",
    }


def _spelling_variant(d: Draft, rng: random.Random) -> dict | None:
    keys = [k for k in _SPELLABLE if k in d.field_items]
    if not keys:
        return None
    key = rng.choice(keys)
    it = d.item(d.field_items[key])
    assert isinstance(it, Text)
    old = it.text
    letters = [i for i, c in enumerate(old) if c.isalpha() and i > 0]
    if not letters:
        return None
    i = rng.choice(letters)
    new = old[:i] + old[i] + old[i:]  # a key pressed twice
    d.replace_item(it.id, dataclasses.replace(it, text=new))
    d.data[key] = new
    size = it.size_mm
    field = {"place_of_birth": "place of birth", "authority": "authority"}.get(key, key)
    return {
        "kind": "spelling_variant",
        "box": _box(it.x, it.y - size, len(new) * size * 0.66, size * 1.3),
        "explanation": f"The {field} reads '{new}' where '{old}' is meant: a clerk's typing "
        "error at issue. A rare issuer error, not a forgery sign: the field is not in the MRZ, "
        "and its print is the issuer's own (same typeface, ink and alignment as the rest).",
    }


_ISSUER_ERRORS: Final[dict[str, Callable[[Draft, random.Random], dict | None]]] = {
    "misaligned_personalisation": _misaligned_personalisation,
    "spelling_variant": _spelling_variant,
}


def add_issuer_error(d: Draft, rate: float, rng: random.Random) -> dict | None:
    """With probability ``rate`` (0–1), one of the issuer's rare mistakes on a document the
    issuer personalised: data printed askew, or a field outside the MRZ misspelt. Recorded
    with the benign flaws (``truth.extra["benign_flaws"]``): not a forgery indicator."""
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"issuer errors must be between 0 and 1, not {rate:g}")
    if rng.random() >= rate or d.verdict not in _ISSUED:
        return None
    kinds = list(_ISSUER_ERRORS)
    rng.shuffle(kinds)
    for kind in kinds:
        flaw = _ISSUER_ERRORS[kind](d, rng)
        if flaw is not None:
            flaw["issuer_error"] = True
            d.flaws.append(flaw)
            return flaw
    return None
