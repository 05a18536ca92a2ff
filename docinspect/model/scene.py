"""The scene of a synthetic specimen: what is printed where, and how each thing looks under every light.

A scene is resolution-free: millimetres on the page (origin top-left, y down), parametric
items where the geometry would otherwise be huge (a guilloche rosette is its parameters, not
its 20,000 points; fibres are a seed and a count), and a :class:`Material` per item saying how
it looks under white, UV 365, IR, oblique and transmitted light and with tilt. The renderer
(``docinspect.optics``) draws any window of it at any resolution, so the loupe shows true
detail. A pack stores the scene as JSON (:func:`scene_to_dict` / :func:`scene_from_dict`),
never page rasters.

Colours are ``(r, g, b)`` tuples of 0–255 in Python and ``"#rrggbb"`` strings in JSON.
Items are painted in list order, later items on top.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final, TypeAlias

from docinspect.i18n import Message, message_of
from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, TiltAxis

#: Version of the on-disk scene format; bumped whenever a field is added or changes meaning.
SCENE_FORMAT: Final = 1

RGB: TypeAlias = tuple[int, int, int]
Point: TypeAlias = tuple[float, float]


class SceneError(ValueError):
    """A scene dict is malformed. ``problems`` lists every problem, each naming its field."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(problems))


class PrintProcess(StrEnum):
    """How an item was printed; decides whether its lines are continuous or made of dots."""

    OFFSET = "offset"  # continuous lines and solids: genuine background printing
    INTAGLIO = "intaglio"  # continuous, usually with relief_um > 0
    LASER = "laser"  # laser engraving of polycarbonate: continuous, often relief_um < 0
    HALFTONE = "halftone"  # ordered dot screen at dot_pitch_mm: office colour laser/offset copy
    INKJET = "inkjet"  # scattered droplets at dot_pitch_mm: desktop inkjet counterfeit


#: Processes that break lines into dots and therefore need a ``dot_pitch_mm``.
DOT_PROCESSES: Final = frozenset({PrintProcess.HALFTONE, PrintProcess.INKJET})


class TiltKind(StrEnum):
    """How an optically variable item changes with tilt."""

    #: OVI: colour moves towards ``colour`` as the angle from the normal grows.
    COLOUR_SHIFT = "colour_shift"
    #: Latent image, MLI/CLI, kinegram frame: shown only within a range of tilt about its axis.
    SWITCH = "switch"
    #: Hologram/DOVID: rainbow hues that travel with tilt about either axis.
    DIFFRACTIVE = "diffractive"
    #: Iridescent (pearlescent) ink: transparent head-on, a sheen of ``colour`` appears as
    #: |tilt| grows (full at ``full_tilt_deg``); transparent to UV, IR and back light.
    IRIDESCENT = "iridescent"


@dataclass(frozen=True, slots=True)
class TiltEffect:
    """Optical variability. An item without one is static: its imitation is the same item
    with ``tilt=None``."""

    kind: TiltKind
    #: COLOUR_SHIFT: the colour reached at ``full_tilt_deg``.
    colour: RGB | None = None
    #: COLOUR_SHIFT / DIFFRACTIVE: tilt at which the change is complete (one hue cycle).
    full_tilt_deg: float = 30.0
    #: SWITCH: the item is visible only while min_tilt_deg <= tilt <= max_tilt_deg.
    min_tilt_deg: float = -45.0
    max_tilt_deg: float = 45.0
    #: SWITCH: the axis whose tilt it reads. Written to a scene only when not left–right, so
    #: that a scene without such a feature stays readable by versions without the field.
    axis: TiltAxis = TiltAxis.LEFT_RIGHT


@dataclass(frozen=True, slots=True)
class Material:
    """How an ink, foil or paper feature looks under every light."""

    #: Colour under white light.
    colour: RGB = (0, 0, 0)
    #: Opacity under white light; 0 makes the item invisible in reflected light (a
    #: watermark, an invisible UV ink).
    alpha: float = 1.0
    #: Emission under UV 365; None = does not fluoresce (shows as a dark, non-glowing ink).
    uv_colour: RGB | None = None
    uv_strength: float = 1.0
    #: Near-IR absorption: 1 = black under IR (carbon black, MRZ), 0 = vanishes.
    ir_absorption: float = 1.0
    #: Relief height in micrometres: > 0 raised (intaglio), < 0 recessed (laser engraving).
    relief_um: float = 0.0
    #: Surface disturbance 0–1 seen under raking light: erasure, scraped laminate.
    roughness: float = 0.0
    #: Change of back-light density: > 0 darker (ink, thicker paper), < 0 brighter
    #: (thinned paper of a watermark's light parts). None = an ordinary ink, whose density
    #: follows its opacity (``0.3 * alpha``: an invisible ink is invisible in back light too).
    density: float | None = None
    #: A hole through the page (perforation): bright in transmitted light, dark otherwise.
    hole: bool = False
    #: Optical variability; None = static.
    tilt: TiltEffect | None = None
    process: PrintProcess = PrintProcess.OFFSET
    #: Dot spacing for HALFTONE and INKJET (typically 0.06–0.17 mm); 0 for continuous processes.
    dot_pitch_mm: float = 0.0

    @property
    def back_light_density(self) -> float:
        """Density in transmitted light (see ``density``)."""
        return 0.3 * self.alpha if self.density is None else self.density


@dataclass(frozen=True, slots=True)
class Substrate:
    """The page itself."""

    colour: RGB = (242, 238, 226)
    #: Emission under UV 365: None = UV-dull security paper (near black under the lamp);
    #: office paper with optical brighteners glows blue-white, e.g. (170, 190, 255).
    uv_colour: RGB | None = None
    uv_strength: float = 1.0
    #: Near-IR reflectance 0–1 (paper is bright in IR).
    ir_reflectance: float = 0.85
    #: Share of back light that passes, 0–1.
    transmittance: float = 0.55
    #: Strength 0–1 of paper grain and cloudy formation (deterministic from ``seed``).
    grain: float = 0.5
    seed: int = 0


# --- Items ------------------------------------------------------------------------------------
# Every item has an ``id`` (unique in the scene), a ``material`` and an optional ``clip``
# rectangle (mm) outside which nothing of it is drawn.


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    id: str
    material: Material
    clip: Bounds | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Rosette(Item):
    """Guilloche rosette: ``lines`` closed curves of ``samples`` points each. Curve k, for
    θ in [0, 2π), has radius ``r_inner + (r_outer - r_inner)·½(1 + cos(petals·θ + 2πk/lines))
    + wave_amp_mm·sin(waves·θ − 2πk/lines)`` around (cx, cy)."""

    cx: float
    cy: float
    r_inner: float
    r_outer: float
    petals: int
    lines: int
    waves: int = 0
    wave_amp_mm: float = 0.0
    stroke_mm: float = 0.06
    samples: int = 720


@dataclass(frozen=True, slots=True, kw_only=True)
class WaveBand(Item):
    """Band of ``lines`` horizontal wave lines filling the rectangle (x, y, width, height).
    Line k sits at ``y + height·(k + ½)/lines`` and is displaced by
    ``amplitude_mm·sin(2π(u)/wavelength_mm + k·phase_step_deg) + mod_amplitude_mm·sin(2πu/mod_wavelength_mm)``
    with u = distance from x."""

    x: float
    y: float
    width: float
    height: float
    lines: int
    amplitude_mm: float
    wavelength_mm: float
    phase_step_deg: float = 0.0
    mod_amplitude_mm: float = 0.0
    mod_wavelength_mm: float = 0.0
    stroke_mm: float = 0.06


@dataclass(frozen=True, slots=True, kw_only=True)
class RainbowBand(WaveBand):
    """A wave band printed split-duct: its colour runs smoothly through ``colours`` from left
    to right (the material's ``colour`` is not used under white light)."""

    colours: tuple[RGB, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Border(Item):
    """Guilloche frame: ``lines`` wave lines running round a rounded rectangle, in a band of
    ``depth_mm`` inside the rectangle (x, y, width, height)."""

    x: float
    y: float
    width: float
    height: float
    depth_mm: float
    lines: int
    amplitude_mm: float
    wavelength_mm: float
    phase_step_deg: float = 0.0
    corner_radius_mm: float = 2.0
    stroke_mm: float = 0.06


class Anchor(StrEnum):
    """Which point of a text's baseline (x, y) names."""

    START = "start"
    MIDDLE = "middle"
    END = "end"


@dataclass(frozen=True, slots=True, kw_only=True)
class Text(Item):
    """A line of text. ``font`` is a font id (file name without extension in assets/fonts,
    e.g. ``OCRB``); ``size_mm`` is the em size; (x, y) is the baseline anchor point."""

    text: str
    x: float
    y: float
    font: str
    size_mm: float
    weight: int = 400
    anchor: Anchor = Anchor.START
    angle_deg: float = 0.0
    letter_spacing_mm: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Microprint(Item):
    """Tiny text set along a polyline (baseline), repeated to its end when ``repeat``.
    ``glyph_height_mm`` is the capital height (0.12–0.25 mm on real documents)."""

    text: str
    points: tuple[Point, ...]
    glyph_height_mm: float
    font: str
    weight: int = 400
    repeat: bool = True
    offset_mm: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Path(Item):
    """Polylines/polygons (emblems, UV motifs, OVD patches, signatures, threads).
    ``smooth`` draws Catmull-Rom curves through the points; ``stroke_mm`` 0 = no outline."""

    subpaths: tuple[tuple[Point, ...], ...]
    closed: bool = False
    filled: bool = False
    stroke_mm: float = 0.1
    smooth: bool = False
    even_odd: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class EllipseItem(Item):
    cx: float
    cy: float
    rx: float
    ry: float
    angle_deg: float = 0.0
    filled: bool = False
    stroke_mm: float = 0.1


class Blend(StrEnum):
    MULTIPLY = "multiply"  # printed onto the page: white in the image lets the page show
    NORMAL = "normal"  # opaque patch (foil, laminate image)


@dataclass(frozen=True, slots=True, kw_only=True)
class Raster(Item):
    """An image file of the specimen folder placed in the rectangle (x, y, width, height).
    Under white light it is drawn as it is (times ``material.alpha``); under other lights its
    ink coverage (darkness) carries the material's behaviour, unless ``light_files`` gives
    an image to show under that light instead."""

    file: str
    x: float
    y: float
    width: float
    height: float
    blend: Blend = Blend.MULTIPLY
    light_files: Mapping[Light, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class Fibres(Item):
    """``count`` short curved fibres scattered over the rectangle, placed by ``seed``
    (the renderer uses numpy's PCG64, identical on every machine)."""

    seed: int
    count: int
    x: float
    y: float
    width: float
    height: float
    length_mm: float = 3.0
    width_mm: float = 0.06
    curl: float = 0.4


@dataclass(frozen=True, slots=True, kw_only=True)
class Perforation(Item):
    """Holes forming ``text`` (glyphs ``height_mm`` tall from baseline point x, y, sampled on a
    ``pitch_mm`` grid) or at the explicit ``holes`` centres; exactly one of the two."""

    x: float
    y: float
    hole_mm: float
    pitch_mm: float
    text: str = ""
    height_mm: float = 0.0
    font: str = "OCRB"
    holes: tuple[Point, ...] = ()


SceneItem: TypeAlias = (
    Rosette
    | WaveBand
    | RainbowBand
    | Border
    | Text
    | Microprint
    | Path
    | EllipseItem
    | Raster
    | Fibres
    | Perforation
)

#: On-disk ``kind`` of each item class.
ITEM_KINDS: Final[Mapping[str, type]] = {
    "rosette": Rosette,
    "wave_band": WaveBand,
    "rainbow_band": RainbowBand,
    "border": Border,
    "text": Text,
    "microprint": Microprint,
    "path": Path,
    "ellipse": EllipseItem,
    "raster": Raster,
    "fibres": Fibres,
    "perforation": Perforation,
}
_KIND_OF: Final = {cls: kind for kind, cls in ITEM_KINDS.items()}


@dataclass(frozen=True, slots=True)
class Scene:
    width_mm: float
    height_mm: float
    substrate: Substrate
    items: tuple[SceneItem, ...] = ()

    def item(self, item_id: str) -> SceneItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def files(self) -> tuple[str, ...]:
        """Every image file the scene draws, in first-use order (for pack validation)."""
        seen: dict[str, None] = {}
        for it in self.items:
            if isinstance(it, Raster):
                seen.setdefault(it.file)
                for f in it.light_files.values():
                    seen.setdefault(f)
        return tuple(seen)

    def fonts(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for it in self.items:
            if isinstance(it, Text | Microprint) or (isinstance(it, Perforation) and it.text):
                seen.setdefault(it.font)
        return tuple(seen)


# --- Writing ----------------------------------------------------------------------------------


def colour_to_hex(colour: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)


def _to_json(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, Bounds):
        return [value.left, value.top, value.right, value.bottom]
    if isinstance(value, Material | Substrate | TiltEffect):
        return _fields_to_dict(value)
    if isinstance(value, Mapping):
        return {str(_to_json(k)): _to_json(v) for k, v in sorted(value.items())}
    if isinstance(value, tuple):
        return [_to_json(v) for v in value]
    return value


#: Fields written only when they differ from their default: added after the format was
#: fixed, so that scenes not using them stay readable by versions that refuse unknown fields.
_WRITTEN_WHEN_SET: Final = {TiltEffect: frozenset({"axis"})}


def _fields_to_dict(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    optional = _WRITTEN_WHEN_SET.get(type(obj), frozenset())
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in optional and value == f.default:
            continue
        if f.name in _COLOUR_FIELDS:
            out[f.name] = None if value is None else colour_to_hex(value)
        elif f.name == "colours":
            out[f.name] = [colour_to_hex(c) for c in value]
        else:
            out[f.name] = _to_json(value)
    return out


_COLOUR_FIELDS: Final = frozenset({"colour", "uv_colour"})


def scene_to_dict(scene: Scene) -> dict[str, Any]:
    """The JSON form of a scene: plain dicts/lists, keys in a fixed order, every field written."""
    items = []
    for it in scene.items:
        d = {"kind": _KIND_OF[type(it)]}
        d.update(_fields_to_dict(it))
        items.append(d)
    return {
        "format": SCENE_FORMAT,
        "width_mm": scene.width_mm,
        "height_mm": scene.height_mm,
        "substrate": _fields_to_dict(scene.substrate),
        "items": items,
    }


# --- Reading ----------------------------------------------------------------------------------

_BAD: Final = object()


def _problem(problems: list[str], where: str, reason: str, /, **values: Any) -> None:
    """A problem with the field at ``where``: the reason a Message apart from the field, so
    that a display naming the field on its own (a pack's problems) translates the reason
    (decision 0032); as text, ``where: reason`` as before."""
    problems.append(Message("{where}: {reason}", where=where, reason=Message(reason, **values)))


Parse: TypeAlias = Callable[[Any, str, list[str]], Any]


def _num(*, lo: float = -math.inf, hi: float = math.inf, lo_open: bool = False) -> Parse:
    def parse(v: Any, where: str, problems: list[str]) -> Any:
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            _problem(problems, where, "expected a number, got {value}", value=repr(v))
            return _BAD
        if v < lo or v > hi or (lo_open and v == lo):
            rng = f"{'(' if lo_open else '['}{lo:g}, {hi:g}]"
            _problem(problems, where, "{value} is outside {range}", value=repr(v), range=rng)
            return _BAD
        return float(v)

    return parse


def _int(*, lo: int = -(2**63), hi: int = 2**63 - 1) -> Parse:
    def parse(v: Any, where: str, problems: list[str]) -> Any:
        if isinstance(v, bool) or not isinstance(v, int):
            _problem(problems, where, "expected an integer, got {value}", value=repr(v))
            return _BAD
        if not lo <= v <= hi:
            _problem(
                problems, where, "{value} is outside {range}", value=repr(v), range=f"[{lo}, {hi}]"
            )
            return _BAD
        return v

    return parse


def _bool(v: Any, where: str, problems: list[str]) -> Any:
    if not isinstance(v, bool):
        _problem(problems, where, "expected true or false, got {value}", value=repr(v))
        return _BAD
    return v


def _str(*, nonempty: bool = False) -> Parse:
    def parse(v: Any, where: str, problems: list[str]) -> Any:
        if not isinstance(v, str) or (nonempty and not v):
            _problem(
                problems,
                where,
                "expected a non-empty string" if nonempty else "expected a string",
            )
            return _BAD
        return v

    return parse


def _colour(v: Any, where: str, problems: list[str]) -> Any:
    ok = isinstance(v, str) and len(v) == 7 and v[0] == "#"
    if ok:
        try:
            return (int(v[1:3], 16), int(v[3:5], 16), int(v[5:7], 16))
        except ValueError:
            pass
    _problem(problems, where, "expected a colour '#rrggbb', got {value}", value=repr(v))
    return _BAD


def _optional(inner: Parse) -> Parse:
    def parse(v: Any, where: str, problems: list[str]) -> Any:
        return None if v is None else inner(v, where, problems)

    return parse


def _enum(cls: type[StrEnum]) -> Parse:
    def parse(v: Any, where: str, problems: list[str]) -> Any:
        try:
            return cls(v)
        except ValueError:
            choices = ", ".join(m.value for m in cls)
            _problem(
                problems, where, "{value} is not one of: {choices}", value=repr(v), choices=choices
            )
            return _BAD

    return parse


def _list(inner: Parse, *, min_len: int = 0) -> Parse:
    def parse(v: Any, where: str, problems: list[str]) -> Any:
        if not isinstance(v, list):
            _problem(problems, where, "expected a list, got {type}", type=type(v).__name__)
            return _BAD
        if len(v) < min_len:
            _problem(
                problems, where, "needs at least {min} entries, has {n}", min=min_len, n=len(v)
            )
            return _BAD
        out = [inner(x, f"{where}[{i}]", problems) for i, x in enumerate(v)]
        return _BAD if any(x is _BAD for x in out) else tuple(out)

    return parse


def _point(v: Any, where: str, problems: list[str]) -> Any:
    if not (isinstance(v, list) and len(v) == 2):
        _problem(problems, where, "expected a point [x, y], got {value}", value=repr(v))
        return _BAD
    xs = [_num()(c, where, problems) for c in v]
    return _BAD if _BAD in xs else (xs[0], xs[1])


def _bounds(v: Any, where: str, problems: list[str]) -> Any:
    if not (isinstance(v, list) and len(v) == 4):
        _problem(problems, where, "expected [left, top, right, bottom], got {value}", value=repr(v))
        return _BAD
    xs = [_num()(c, where, problems) for c in v]
    if _BAD in xs:
        return _BAD
    if xs[2] <= xs[0] or xs[3] <= xs[1]:
        _problem(problems, where, "right/bottom must exceed left/top")
        return _BAD
    return Bounds(*xs)


def _light_files(v: Any, where: str, problems: list[str]) -> Any:
    if not isinstance(v, dict):
        _problem(problems, where, "expected an object of light -> file")
        return _BAD
    out: dict[Light, str] = {}
    for k, f in v.items():
        light = _enum(Light)(k, f"{where}.{k}", problems)
        name = _str(nonempty=True)(f, f"{where}.{k}", problems)
        if light is not _BAD and name is not _BAD:
            out[light] = name
    return out


def _record(cls: type, spec: Mapping[str, Parse], skip: frozenset[str] = frozenset()) -> Parse:
    """Parser of a dataclass from a JSON object: required and defaulted fields, unknown keys refused."""
    fields = {f.name: f for f in dataclasses.fields(cls)}

    def parse(v: Any, where: str, problems: list[str]) -> Any:
        if not isinstance(v, dict):
            _problem(problems, where, "expected an object, got {type}", type=type(v).__name__)
            return _BAD
        before = len(problems)
        for key in v:
            if key not in fields and key not in skip:
                _problem(problems, f"{where}.{key}", "unknown field")
        kwargs: dict[str, Any] = {}
        for name, f in fields.items():
            if name in v:
                kwargs[name] = spec[name](v[name], f"{where}.{name}", problems)
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                _problem(problems, f"{where}.{name}", "missing")
        if len(problems) > before:
            return _BAD
        try:
            return cls(**kwargs)
        except (TypeError, ValueError) as exc:
            problems.append(Message("{where}: {reason}", where=where, reason=message_of(exc)))
            return _BAD

    return parse


_TILT = _record(
    TiltEffect,
    {
        "kind": _enum(TiltKind),
        "colour": _optional(_colour),
        # Up to a million degrees: a printed "rainbow" imitating a foil is a diffractive
        # material that moves one colour cycle per million degrees (forgeries.STATIC_FOIL_DEG).
        "full_tilt_deg": _num(lo=0, hi=1.0e6, lo_open=True),
        "min_tilt_deg": _num(lo=-90, hi=90),
        "max_tilt_deg": _num(lo=-90, hi=90),
        "axis": _enum(TiltAxis),
    },
)
_UNIT = _num(lo=0, hi=1)
_MATERIAL = _record(
    Material,
    {
        "colour": _colour,
        "alpha": _UNIT,
        "uv_colour": _optional(_colour),
        "uv_strength": _num(lo=0, hi=4),
        "ir_absorption": _UNIT,
        "relief_um": _num(lo=-500, hi=500),
        "roughness": _UNIT,
        "density": _optional(_num(lo=-1, hi=1)),
        "hole": _bool,
        "tilt": _optional(_TILT),
        "process": _enum(PrintProcess),
        "dot_pitch_mm": _num(lo=0, hi=2),
    },
)
_SUBSTRATE = _record(
    Substrate,
    {
        "colour": _colour,
        "uv_colour": _optional(_colour),
        "uv_strength": _num(lo=0, hi=4),
        "ir_reflectance": _UNIT,
        "transmittance": _UNIT,
        "grain": _UNIT,
        "seed": _int(lo=0),
    },
)

_MM = _num(lo=-1000, hi=1000)
_POS = _num(lo=0, hi=1000, lo_open=True)
_NONNEG = _num(lo=0, hi=1000)
_STROKE = _num(lo=0, hi=50)
_DEG = _num(lo=-3600, hi=3600)
_COMMON: Final[Mapping[str, Parse]] = {
    "id": _str(nonempty=True),
    "material": _MATERIAL,
    "clip": _optional(_bounds),
}
_WAVE: Final[Mapping[str, Parse]] = {
    "x": _MM,
    "y": _MM,
    "width": _POS,
    "height": _POS,
    "lines": _int(lo=1, hi=10_000),
    "amplitude_mm": _NONNEG,
    "wavelength_mm": _POS,
    "phase_step_deg": _DEG,
    "mod_amplitude_mm": _NONNEG,
    "mod_wavelength_mm": _NONNEG,
    "stroke_mm": _STROKE,
}
_POINTS = _list(_point, min_len=2)
_ITEM_SPECS: Final[Mapping[type, Mapping[str, Parse]]] = {
    Rosette: {
        "cx": _MM,
        "cy": _MM,
        "r_inner": _NONNEG,
        "r_outer": _POS,
        "petals": _int(lo=0, hi=10_000),
        "lines": _int(lo=1, hi=10_000),
        "waves": _int(lo=0, hi=10_000),
        "wave_amp_mm": _NONNEG,
        "stroke_mm": _STROKE,
        "samples": _int(lo=8, hi=1_000_000),
    },
    WaveBand: _WAVE,
    RainbowBand: {**_WAVE, "colours": _list(_colour, min_len=2)},
    Border: {
        "x": _MM,
        "y": _MM,
        "width": _POS,
        "height": _POS,
        "depth_mm": _POS,
        "lines": _int(lo=1, hi=10_000),
        "amplitude_mm": _NONNEG,
        "wavelength_mm": _POS,
        "phase_step_deg": _DEG,
        "corner_radius_mm": _NONNEG,
        "stroke_mm": _STROKE,
    },
    Text: {
        "text": _str(),
        "x": _MM,
        "y": _MM,
        "font": _str(nonempty=True),
        "size_mm": _POS,
        "weight": _int(lo=100, hi=900),
        "anchor": _enum(Anchor),
        "angle_deg": _DEG,
        "letter_spacing_mm": _num(lo=-10, hi=10),
    },
    Microprint: {
        "text": _str(nonempty=True),
        "points": _POINTS,
        "glyph_height_mm": _num(lo=0.05, hi=2.0),
        "font": _str(nonempty=True),
        "weight": _int(lo=100, hi=900),
        "repeat": _bool,
        "offset_mm": _NONNEG,
    },
    Path: {
        "subpaths": _list(_POINTS, min_len=1),
        "closed": _bool,
        "filled": _bool,
        "stroke_mm": _STROKE,
        "smooth": _bool,
        "even_odd": _bool,
    },
    EllipseItem: {
        "cx": _MM,
        "cy": _MM,
        "rx": _POS,
        "ry": _POS,
        "angle_deg": _DEG,
        "filled": _bool,
        "stroke_mm": _STROKE,
    },
    Raster: {
        "file": _str(nonempty=True),
        "x": _MM,
        "y": _MM,
        "width": _POS,
        "height": _POS,
        "blend": _enum(Blend),
        "light_files": _light_files,
    },
    Fibres: {
        "seed": _int(lo=0),
        "count": _int(lo=0, hi=100_000),
        "x": _MM,
        "y": _MM,
        "width": _POS,
        "height": _POS,
        "length_mm": _POS,
        "width_mm": _POS,
        "curl": _UNIT,
    },
    Perforation: {
        "x": _MM,
        "y": _MM,
        "hole_mm": _POS,
        "pitch_mm": _POS,
        "text": _str(),
        "height_mm": _NONNEG,
        "font": _str(nonempty=True),
        "holes": _list(_point),
    },
}
_ITEM_PARSERS: Final = {
    kind: _record(cls, {**_COMMON, **_ITEM_SPECS[cls]}, skip=frozenset({"kind"}))
    for kind, cls in ITEM_KINDS.items()
}


def _check_item(item: Any, where: str, problems: list[str]) -> None:
    """Cross-field rules a single field's parser cannot see."""
    m = item.material
    if m.process in DOT_PROCESSES and m.dot_pitch_mm <= 0:
        _problem(
            problems,
            f"{where}.material.dot_pitch_mm",
            "{process} needs a dot pitch > 0",
            process=m.process.value,
        )
    if m.tilt is not None:
        t = m.tilt
        if t.kind in (TiltKind.COLOUR_SHIFT, TiltKind.IRIDESCENT) and t.colour is None:
            _problem(
                problems,
                f"{where}.material.tilt.colour",
                "{kind} needs a colour",
                kind=t.kind.value,
            )
        if t.min_tilt_deg > t.max_tilt_deg:
            _problem(problems, f"{where}.material.tilt", "min_tilt_deg exceeds max_tilt_deg")
    if isinstance(item, Rosette) and item.r_inner > item.r_outer:
        _problem(problems, f"{where}.r_inner", "larger than r_outer")
    if isinstance(item, Perforation) and (bool(item.text) == bool(item.holes)):
        _problem(problems, where, "a perforation needs exactly one of text and holes")
    if isinstance(item, Perforation) and item.text and item.height_mm <= 0:
        _problem(problems, f"{where}.height_mm", "perforated text needs a height > 0")


def scene_from_dict(data: Any, *, source: str = "scene") -> Scene:
    """Build a Scene from its JSON form, or raise SceneError listing every problem, each as
    ``source: field.path: reason`` (e.g. ``scene.json: items[3].material.alpha: 1.5 is outside
    [0, 1]``). Unknown fields and a newer ``format`` are refused."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise SceneError(
            [
                Message(
                    "{source}: expected a JSON object, got {type}",
                    source=source,
                    type=type(data).__name__,
                )
            ]
        )
    fmt = data.get("format")
    if fmt != SCENE_FORMAT:
        raise SceneError(
            [
                Message(
                    "{source}: {problem}",
                    source=source,
                    problem=Message(
                        "{where}: {reason}",
                        where="format",
                        reason=Message(
                            "expected {expected}, got {value} (newer DocInspect?)",
                            expected=SCENE_FORMAT,
                            value=repr(fmt),
                        ),
                    ),
                )
            ]
        )
    for key in data:
        if key not in ("format", "width_mm", "height_mm", "substrate", "items"):
            _problem(problems, key, "unknown field")
    width = height = _BAD
    for key in ("width_mm", "height_mm"):
        if key not in data:
            _problem(problems, key, "missing")
    if "width_mm" in data:
        width = _POS(data["width_mm"], "width_mm", problems)
    if "height_mm" in data:
        height = _POS(data["height_mm"], "height_mm", problems)
    substrate = (
        _SUBSTRATE(data["substrate"], "substrate", problems) if "substrate" in data else Substrate()
    )
    items: list[Any] = []
    raw_items = data.get("items", [])
    if not isinstance(raw_items, list):
        _problem(problems, "items", "expected a list")
        raw_items = []
    seen_ids: dict[str, int] = {}
    for i, raw in enumerate(raw_items):
        where = f"items[{i}]"
        if not isinstance(raw, dict):
            _problem(problems, where, "expected an object")
            continue
        kind = raw.get("kind")
        parser = _ITEM_PARSERS.get(kind) if isinstance(kind, str) else None
        if parser is None:
            _problem(
                problems,
                f"{where}.kind",
                "{value} is not one of: {choices}",
                value=repr(kind),
                choices=", ".join(ITEM_KINDS),
            )
            continue
        raw_id = raw.get("id")
        if isinstance(raw_id, str):
            if raw_id in seen_ids:
                _problem(
                    problems,
                    f"{where}.id",
                    "{id} already used by {other}",
                    id=repr(raw_id),
                    other=f"items[{seen_ids[raw_id]}]",
                )
            seen_ids.setdefault(raw_id, i)
        item = parser(raw, where, problems)
        if item is _BAD:
            continue
        _check_item(item, where, problems)
        items.append(item)
    if problems:
        raise SceneError(
            [Message("{source}: {problem}", source=source, problem=p) for p in problems]
        )
    return Scene(width_mm=width, height_mm=height, substrate=substrate, items=tuple(items))


def check_scene(scene: Scene) -> list[str]:
    """Problems of an in-memory scene (what scene_from_dict would refuse), for generators."""
    try:
        scene_from_dict(scene_to_dict(scene))
    except SceneError as exc:
        return list(exc.problems)
    return []
