"""A specimen's scene compiled to its look only, for a sealed exam (decision 0018).

A generator's scene says how a document was *made*: item ids name features and forgeries
(``erasure``, ``uv-overprint-fake``), the print process names the machine (``intaglio``,
``laser``, ``offset``), seeds let the generator rebuild it, and parameters with no visible
effect (a UV strength of an ink that does not glow, the colour a tilt effect would reach if
the item had that effect) still differ between a genuine and a forged production.

:func:`seal_scene` keeps what the renderer draws and nothing else. It works on any item type
and reads the item's fields generically (``dataclasses.fields``), so items and materials the
generator gains later are sealed too:

- ``id``: a fresh random id (painting order is list order, so ids mean nothing to the renderer);
- ``material``: :func:`visible_material` — the process collapses to what the loupe can tell
  apart (continuous line, ordered dot screen, scattered droplets), invisible parameters go to
  their defaults, relief stays as a height, roughness as roughness;
- a field named ``seed`` or ending in ``_seed`` (fibre placement, paper grain): a fresh random
  seed, so nothing in the pack names the generator's random stream;
- ``file`` and ``light_files``: the neutral file names the caller gives (``renamed``);
- everything else (geometry, text, fonts, colours) is what the trainee sees, kept as it is.

Item order is kept: a later item covers an earlier one, and changing that would change the
picture. The result is still a scene of format 1, read and drawn by the same code as any
other, so the loupe keeps its true detail at every power.
"""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Callable, Mapping
from typing import Any, Final

from docinspect.model.scene import (
    DOT_PROCESSES,
    Material,
    PrintProcess,
    Scene,
    Substrate,
    TiltEffect,
    TiltKind,
    scene_from_dict,
    scene_to_dict,
)

#: The one process name a sealed scene uses for every continuous print: the renderer draws
#: offset, intaglio and laser engraving alike (their difference is relief, kept as a height).
CONTINUOUS: Final = PrintProcess.OFFSET
#: Which TiltEffect fields each kind of optical variability uses when it is drawn
#: (docinspect.optics.appearance); the others are set to their defaults.
_TILT_FIELDS: Final[Mapping[TiltKind, frozenset[str]]] = {
    TiltKind.COLOUR_SHIFT: frozenset({"kind", "colour", "full_tilt_deg"}),
    TiltKind.SWITCH: frozenset({"kind", "min_tilt_deg", "max_tilt_deg", "axis"}),
    TiltKind.DIFFRACTIVE: frozenset({"kind", "full_tilt_deg"}),
    TiltKind.IRIDESCENT: frozenset({"kind", "colour", "full_tilt_deg"}),
}
_TILT_DEFAULTS: Final = TiltEffect(kind=TiltKind.SWITCH)
_MATERIAL_DEFAULTS: Final = Material()


def _new_seed() -> int:
    return secrets.randbelow(2**31)


def visible_tilt(t: TiltEffect) -> TiltEffect:
    """``t`` with the fields its kind does not draw set to their defaults."""
    used = _TILT_FIELDS.get(t.kind)
    if used is None:  # a kind added later: keep it whole rather than draw it wrongly
        return t
    changes = {
        f.name: getattr(_TILT_DEFAULTS, f.name) for f in dataclasses.fields(t) if f.name not in used
    }
    return dataclasses.replace(t, **changes)


def visible_material(m: Material) -> Material:
    """``m`` reduced to how it looks: the same picture under every light and tilt, without
    the values that only say how it was made."""
    changes: dict[str, Any] = {}
    if m.process not in DOT_PROCESSES or m.dot_pitch_mm <= 0:
        changes["process"] = CONTINUOUS
        changes["dot_pitch_mm"] = 0.0
    if m.uv_colour is None:
        changes["uv_strength"] = _MATERIAL_DEFAULTS.uv_strength
    # Back-light density: None means "follows the opacity"; written out, it is one number
    # whichever way the generator chose to give it.
    changes["density"] = m.back_light_density
    if m.tilt is not None:
        changes["tilt"] = visible_tilt(m.tilt)
    return dataclasses.replace(m, **changes)


def visible_substrate(s: Substrate) -> Substrate:
    """The page reduced to how it looks, with a fresh seed for its grain."""
    changes: dict[str, Any] = {"seed": _new_seed()}
    if s.uv_colour is None:
        changes["uv_strength"] = Substrate().uv_strength
    return dataclasses.replace(s, **changes)


def _is_seed(name: str) -> bool:
    return name == "seed" or name.endswith("_seed")


def _sealed_item(item: Any, new_id: str, rename: Callable[[str], str]) -> Any:
    changes: dict[str, Any] = {"id": new_id}
    for f in dataclasses.fields(item):
        value = getattr(item, f.name)
        if f.name == "material":
            changes["material"] = visible_material(value)
        elif _is_seed(f.name) and isinstance(value, int):
            changes[f.name] = _new_seed()
        elif f.name == "file" and isinstance(value, str):
            changes[f.name] = rename(value)
        elif f.name == "light_files" and isinstance(value, Mapping):
            changes[f.name] = {light: rename(name) for light, name in value.items()}
    return dataclasses.replace(item, **changes)


def new_item_ids(count: int) -> list[str]:
    """``count`` distinct random ids of one length (no order, no meaning)."""
    ids: set[str] = set()
    while len(ids) < count:
        ids.add("e" + secrets.token_hex(5))
    return list(ids)


def seal_scene(data: Any, *, rename: Callable[[str], str], source: str = "scene") -> dict:
    """The sealed JSON form of the scene ``data`` (a parsed scene.json).

    ``rename`` maps each image file the scene draws to its name in the sealed pack. Raises
    docinspect.model.scene.SceneError (naming ``source`` and the field) for a scene that
    cannot be read: what cannot be read cannot be sealed.
    """
    scene = scene_from_dict(data, source=source)
    ids = new_item_ids(len(scene.items))
    sealed = Scene(
        width_mm=scene.width_mm,
        height_mm=scene.height_mm,
        substrate=visible_substrate(scene.substrate),
        items=tuple(_sealed_item(item, ids[i], rename) for i, item in enumerate(scene.items)),
    )
    return scene_to_dict(sealed)
