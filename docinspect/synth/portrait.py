"""Procedural synthetic portraits: a face drawn from parameters, never a real person's photo.

A portrait is a raster, as on a real document (the photo is printed or engraved as an image):
``render_portrait`` draws a head-and-shoulders passport photo from :class:`Face` parameters
(face shape, skin tone, hair, eyes, nose, mouth, ears, brows, sometimes glasses or a beard)
with soft shading on a light background, and ``ghost_image`` turns it into the pale greyscale
variant printed as a ghost image.

Determinism: shapes are rasterised by OpenCV's integer polygon and ellipse fillers, softened by
its bit-exact 8-bit Gaussian blur, and composed with elementwise arithmetic and square roots
only (no array sin/exp, whose SIMD versions differ between CPUs); noise comes from a seeded
numpy ``Generator``. PNG bytes are written with a fixed compression level and no metadata.

Identity: :func:`look_alike` keeps what a forger chooses a look-alike for (sex, skin tone,
hair, glasses) and changes what an officer should compare: ears, face shape and the relative
positions of eyes, nose and mouth. :func:`same_person` keeps all of those and changes only
what varies between two photos of one person (background, clothes, hair length, light).

Age: ``Face.age`` is the person's age on the day of the photo; :func:`age_cues` turns it (and
the person's ``ageing`` rate) into child proportions, folds, lines, grey hair and a sagging jaw
line, drawn at render time only, so :func:`identity` does not change with age.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, replace
from typing import Final

import cv2
import numpy as np
from PIL import Image

#: Portrait raster size in pixels: 35 × 45 mm at about 305 dpi, the resolution of a printed
#: document photo (the loupe shows its pixels as a real loupe shows its print dots).
WIDTH: Final = 420
HEIGHT: Final = 540
_SHIFT: Final = 4  # OpenCV sub-pixel bits
_ONE: Final = 1 << _SHIFT

SKIN_TONES: Final = (
    (241, 212, 190),
    (234, 196, 168),
    (224, 180, 150),
    (205, 160, 125),
    (190, 140, 105),
    (165, 118, 86),
    (140, 95, 68),
    (112, 76, 55),
    (88, 60, 44),
)
HAIR_COLOURS: Final = (
    (28, 22, 20),
    (45, 32, 26),
    (70, 48, 34),
    (100, 70, 45),
    (140, 100, 60),
    (180, 140, 90),
    (200, 170, 120),
    (120, 60, 35),
    (150, 150, 150),
    (205, 205, 200),
)
IRIS_COLOURS: Final = ((70, 45, 30), (100, 70, 40), (60, 90, 120), (80, 110, 80), (110, 110, 105))
CLOTHES: Final = (
    (35, 40, 60),
    (60, 60, 65),
    (20, 20, 25),
    (90, 30, 40),
    (40, 70, 60),
    (150, 150, 160),
    (70, 80, 110),
)
BACKGROUNDS: Final = ((232, 234, 236), (222, 228, 236), (238, 236, 230), (226, 230, 228))
HAIR_STYLES: Final = ("short", "medium", "long", "receding", "bun", "cropped")


@dataclass(frozen=True, slots=True)
class Face:
    """Everything that decides how a synthetic face looks. Lengths are fractions of the head."""

    sex: str
    # identity: shape and geometry
    face_width: float  # half width at the cheekbones / head height
    jaw_width: float  # jaw half width / cheekbone half width
    chin_width: float
    chin_y: float  # chin position as a fraction of the photo height
    crown_y: float
    cx_offset: float
    eye_y: float  # eye line, fraction of the head from the crown
    eye_spacing: float  # half distance between eye centres / face half width
    eye_size: float
    brow_gap: float
    brow_arch: float
    brow_thickness: float
    nose_length: float
    nose_width: float
    mouth_y: float
    mouth_width: float
    lip_fullness: float
    ear_size: float
    ear_y: float
    ear_out: float
    # appearance
    skin: tuple[int, int, int]
    hair_colour: tuple[int, int, int]
    hair_style: str
    hair_volume: float
    hairline: float
    iris: tuple[int, int, int]
    glasses: bool
    beard: str  # "none", "stubble", "moustache", "full"
    # photo
    clothes: tuple[int, int, int]
    background: tuple[int, int, int]
    light_x: float
    noise_seed: int
    # age: years at the moment of the photo, and how early this person shows it (0 late, 1
    # early: greying, thinning hair, lines). Rendering only: identity traits stay as drawn.
    age: float = 35.0
    ageing: float = 0.5
    # stable traits added later (defaults keep older construction working): ear lobes free or
    # attached, eye axis tilted up (+) or down (-) at the outer corners, nose tip 0 fine to 1
    # broad and round.
    lobe: str = "free"
    eye_tilt: float = 0.0
    nose_tip: float = 0.5
    # How this photo was taken and how the person looked that day (PHOTO_CONDITIONS): a
    # document photo is frontal, neutral and evenly lit (all zero); a live photo at the desk
    # is not. None of them is identity.
    roll_deg: float = 0.0  # head tilted to the side
    yaw: float = 0.0  # head turned: -0.12 (to the left of the picture) .. 0.12
    smile: float = 0.0  # 0 neutral .. 1 broad smile
    exposure: float = 1.0
    warmth: float = 0.0  # colour of the light, -1 cool (daylight) .. 1 warm (tungsten)
    weight: float = 0.0  # -1 thinner .. 1 heavier than usual: fuller cheeks and jaw


def random_face(rng: np.random.Generator, *, sex: str | None = None) -> Face:
    """Draw a face; ``sex`` ("M"/"F") steers hair and beard as on most document photos."""
    sex = sex or ("M" if rng.random() < 0.5 else "F")
    male = sex == "M"
    if male:
        style = HAIR_STYLES[int(rng.choice([0, 1, 3, 5, 0, 5]))]
    else:
        # Mostly hair below the ears or tied up: with a cropped style and no other cue a
        # synthetic woman read as a man (issue 16).
        style = HAIR_STYLES[int(rng.choice([1, 2, 2, 4, 1, 2, 0]))]
    beard = "none"
    if male and rng.random() < 0.35:
        beard = str(rng.choice(["stubble", "moustache", "full"]))
    u = rng.uniform
    skin_index = int(rng.integers(len(SKIN_TONES)))
    # Darker skin goes mostly with dark hair; grey and white hair are rarer everywhere.
    dark_only = skin_index >= 5 and rng.random() < 0.85
    choices = 3 if dark_only else len(HAIR_COLOURS) - 2
    hair_colour = HAIR_COLOURS[int(rng.integers(choices))]
    # Grey and white come with age (see _age_cues); a tenth of people grey early instead.
    early_grey = rng.random() < 0.1
    return Face(
        sex=sex,
        face_width=u(0.30, 0.355) if male else u(0.29, 0.335),
        jaw_width=u(0.74, 0.92) if male else u(0.66, 0.82),
        chin_width=u(0.22, 0.38),
        chin_y=u(0.775, 0.815),
        crown_y=u(0.075, 0.11),
        cx_offset=u(-0.015, 0.015),
        eye_y=u(0.455, 0.51),
        eye_spacing=u(0.38, 0.47),
        eye_size=u(0.85, 1.15),
        brow_gap=u(0.045, 0.07),
        brow_arch=u(0.2, 1.0),
        brow_thickness=u(0.7, 1.3) * (1.15 if male else 0.85),
        nose_length=u(0.17, 0.23),
        nose_width=u(0.8, 1.25),
        mouth_y=u(0.765, 0.81),
        mouth_width=u(0.36, 0.48),
        lip_fullness=u(0.7, 1.3) * (0.9 if male else 1.1),
        ear_size=u(0.8, 1.2),
        ear_y=u(-0.02, 0.05),
        ear_out=u(0.02, 0.11),
        skin=SKIN_TONES[skin_index],
        hair_colour=hair_colour,
        hair_style=style,
        hair_volume=u(0.6, 1.4),
        hairline=u(0.15, 0.24),
        iris=IRIS_COLOURS[int(rng.integers(len(IRIS_COLOURS)))],
        glasses=bool(rng.random() < 0.2),
        beard=beard,
        clothes=CLOTHES[int(rng.integers(len(CLOTHES)))],
        background=BACKGROUNDS[int(rng.integers(len(BACKGROUNDS)))],
        light_x=u(-0.6, -0.2),
        noise_seed=int(rng.integers(2**31)),
        ageing=u(0.8, 1.0) if early_grey else u(0.0, 0.8),
        lobe="attached" if rng.random() < 0.35 else "free",
        eye_tilt=u(-1.0, 1.0),
        nose_tip=u(0.0, 1.0),
    )


#: What officers are taught to compare, trait by trait (morphological comparison): each
#: group is one thing a feedback sentence can name. Values: (trait, lowest, highest).
STABLE_FEATURES: Final[dict[str, tuple[tuple[str, float, float], ...]]] = {
    "ears": (("ear_size", 0.75, 1.25), ("ear_y", -0.03, 0.06), ("ear_out", 0.0, 0.12)),
    "face outline": (
        ("face_width", 0.28, 0.36),
        ("jaw_width", 0.64, 0.94),
        ("chin_width", 0.22, 0.38),
    ),
    "eyes": (("eye_spacing", 0.36, 0.49), ("eye_y", 0.455, 0.51), ("eye_tilt", -1.0, 1.0)),
    "nose": (("nose_length", 0.16, 0.24), ("nose_width", 0.8, 1.25), ("nose_tip", 0.0, 1.0)),
    "mouth": (("mouth_y", 0.755, 0.82), ("mouth_width", 0.36, 0.48)),
}


def look_alike(face: Face, rng: np.random.Generator, *, difference: float = 1.0) -> Face:
    """A different person chosen to resemble ``face``: same sex, skin, hair, glasses and about
    the same age, but differing in some of the stable features officers compare.

    ``difference`` (0 < d <= 1) sets how many of the five STABLE_FEATURES groups differ (one
    at 0.2 and below, all five at 1) and how far: an expert's look-alike differs in one or two
    features, a little (still measurably: never the same person); the rest match the holder
    closely. :func:`differing_features` says which differ."""
    if not 0.0 < difference <= 1.0:
        raise ValueError(f"difference must be in (0, 1], not {difference:g}")
    other = random_face(rng, sex=face.sex)
    groups = list(STABLE_FEATURES)
    count = max(1, min(len(groups), round(difference * len(groups))))
    changed = {groups[int(i)] for i in rng.permutation(len(groups))[:count]}

    def away(value: float, lo: float, hi: float) -> float:
        # At least a third of the range away (scaled by ``difference``, never under a quarter),
        # inside [lo, hi].
        span = hi - lo
        step = rng.uniform(0.33, 0.6) * span * max(difference, 0.5)
        up, down = value + step, value - step
        if up <= hi and (down < lo or rng.random() < 0.5):
            return up
        return max(lo, down)

    traits: dict[str, object] = {}
    for group, members in STABLE_FEATURES.items():
        for name, lo, hi in members:
            held = getattr(face, name)
            if group in changed:
                traits[name] = away(held, lo, hi)
            else:  # shared closely: what makes a look-alike pass at a glance
                traits[name] = held + rng.uniform(-0.04, 0.04) * (hi - lo)
    if "ears" in changed:
        traits["lobe"] = "free" if face.lobe == "attached" else "attached"
    else:
        traits["lobe"] = face.lobe
    return replace(
        other,
        skin=face.skin,
        hair_colour=face.hair_colour,
        hair_style=face.hair_style,
        hair_volume=face.hair_volume,
        hairline=face.hairline,
        glasses=face.glasses,
        beard=face.beard,
        iris=face.iris,
        clothes=face.clothes,
        background=face.background,
        # Chosen of about the holder's age, with the same grey: a few years either way.
        age=max(1.0, face.age * rng.uniform(0.92, 1.08)),
        ageing=face.ageing,
        **traits,
    )


#: Traits that are neither identity nor appearance chosen by a forger, but how a photo was
#: taken and how the person looked that day: what two photos of one person differ in.
PHOTO_CONDITIONS: Final = (
    "clothes",
    "background",
    "hair_volume",
    "hair_style",
    "light_x",
    "cx_offset",
    "noise_seed",
    "glasses",
    "beard",
    "roll_deg",
    "yaw",
    "smile",
    "exposure",
    "warmth",
    "weight",
)

#: The traits that make a face this person's and not another's (see :func:`identity`).
IDENTITY: Final = tuple(name for group in STABLE_FEATURES.values() for name, _lo, _hi in group)


def identity(face: Face) -> tuple[float, ...]:
    """The face's identity traits (ears, face shape, feature positions), in IDENTITY order;
    equal for two photos of one person, different for a look-alike."""
    return tuple(getattr(face, name) for name in IDENTITY)


def descriptor(face: Face) -> np.ndarray:
    """The face-descriptor used to measure identity: every identity trait scaled by its range
    in the population (0..1), and the ear lobe as 0 or 1. Distances between descriptors are
    what tests and docs call identity distance (docs/generator.md)."""
    values = [
        (getattr(face, name) - lo) / (hi - lo)
        for group in STABLE_FEATURES.values()
        for name, lo, hi in group
    ]
    values.append(1.0 if face.lobe == "attached" else 0.0)
    return np.asarray(values, np.float64)


def identity_distance(a: Face, b: Face) -> float:
    return float(np.linalg.norm(descriptor(a) - descriptor(b)))


def differing_features(a: Face, b: Face, *, threshold: float = 0.12) -> tuple[str, ...]:
    """The STABLE_FEATURES groups in which ``b`` differs from ``a`` (a trait further apart than
    ``threshold`` of its range, or another ear lobe): what feedback names for an impostor."""
    out = []
    for group, members in STABLE_FEATURES.items():
        apart = any(
            abs(getattr(a, n) - getattr(b, n)) > threshold * (hi - lo) for n, lo, hi in members
        )
        if apart or (group == "ears" and a.lobe != b.lobe):
            out.append(group)
    return tuple(out)


#: How each trait reads to an officer, larger value first (None: not worth a word alone).
_TRAIT_WORDS: Final = {
    "ear_size": ("larger", "smaller"),
    "ear_y": ("set lower", "set higher"),
    "ear_out": ("standing out more", "lying closer to the head"),
    "face_width": ("wider", "narrower"),
    "jaw_width": ("a broader jaw", "a narrower jaw"),
    "chin_width": ("a broader chin", "a pointed chin"),
    "eye_spacing": ("set wider apart", "set closer together"),
    "eye_y": ("set lower", "set higher"),
    "eye_tilt": ("outer corners turned up", "outer corners turned down"),
    "nose_length": ("longer", "shorter"),
    "nose_width": ("broader", "narrower"),
    "nose_tip": ("a rounder tip", "a finer tip"),
    "mouth_y": ("set lower", "set higher"),
    "mouth_width": ("wider", "narrower"),
}


def describe_differences(photo: Face, person: Face) -> list[str]:
    """What an officer would see differ between the document photo and the person at the
    desk, one phrase per STABLE_FEATURES group that differs (see :func:`differing_features`),
    said of the person: "the ears: attached lobes in the photo, free lobes at the desk"."""
    phrases = []
    for group in differing_features(photo, person):
        words = []
        for name, lo, hi in STABLE_FEATURES[group]:
            delta = getattr(person, name) - getattr(photo, name)
            if abs(delta) > 0.12 * (hi - lo):
                more, less = _TRAIT_WORDS[name]
                words.append(more if delta > 0 else less)
        at_desk = f"{', '.join(words)} at the desk" if words else ""
        if group == "ears" and photo.lobe != person.lobe:
            lobes = f"{photo.lobe} lobes in the photo, {person.lobe} lobes at the desk"
            phrases.append(f"the ears: {lobes}" + (f"; {at_desk}" if words else ""))
        else:
            phrases.append(f"the {group}: {at_desk}")
    return phrases


def same_person(face: Face, rng: np.random.Generator) -> Face:
    """Another photo of the same person, taken at the desk: identity kept; pose, expression,
    light, clothes, and what a person changes between years (hair, glasses, beard, weight)
    changed, so that "same person" is never learned as "identical picture"."""
    u = rng.uniform
    style = face.hair_style
    if rng.random() < 0.3:
        choices = ("short", "cropped", "receding") if face.sex == "M" else ("medium", "long", "bun")
        style = str(rng.choice(choices))
    beard = face.beard
    if face.sex == "M" and rng.random() < 0.3:
        beard = str(rng.choice(["none", "stubble", "moustache", "full"]))
    return replace(
        face,
        clothes=CLOTHES[int(rng.integers(len(CLOTHES)))],
        background=BACKGROUNDS[int(rng.integers(len(BACKGROUNDS)))],
        hair_volume=float(np.clip(face.hair_volume + u(-0.25, 0.25), 0.6, 1.4)),
        hair_style=style,
        light_x=float(u(-0.7, 0.3)),
        cx_offset=float(u(-0.03, 0.03)),
        noise_seed=int(rng.integers(2**31)),
        glasses=face.glasses if rng.random() < 0.75 else not face.glasses,
        beard=beard,
        roll_deg=float(u(-6.0, 6.0)),
        yaw=float(u(-0.12, 0.12)),
        smile=float(u(0.2, 0.8)) if rng.random() < 0.5 else 0.0,
        exposure=float(u(0.82, 1.12)),
        warmth=float(u(-1.0, 1.0)),
        weight=float(np.clip(face.weight + u(-0.9, 0.9), -1.0, 1.0)),
    )


# --- drawing -------------------------------------------------------------------------------


def _pts(points: list[tuple[float, float]]) -> np.ndarray:
    return np.array([[round(x * _ONE), round(y * _ONE)] for x, y in points], dtype=np.int32)


def _poly_mask(points: list[tuple[float, float]], *, blur: float = 1.0) -> np.ndarray:
    m = np.zeros((HEIGHT, WIDTH), np.uint8)
    cv2.fillPoly(m, [_pts(points)], 255, cv2.LINE_AA, _SHIFT)
    return _soft(m, blur)


def _ellipse_mask(
    cx: float, cy: float, rx: float, ry: float, *, angle: float = 0.0, blur: float = 1.0
) -> np.ndarray:
    m = np.zeros((HEIGHT, WIDTH), np.uint8)
    cv2.ellipse(
        m,
        (round(cx * _ONE), round(cy * _ONE)),
        (max(1, round(rx * _ONE)), max(1, round(ry * _ONE))),
        angle,
        0,
        360,
        255,
        -1,
        cv2.LINE_AA,
        _SHIFT,
    )
    return _soft(m, blur)


def _line_mask(points: list[tuple[float, float]], width: float, *, blur: float = 1.0) -> np.ndarray:
    m = np.zeros((HEIGHT, WIDTH), np.uint8)
    cv2.polylines(m, [_pts(points)], False, 255, max(1, round(width)), cv2.LINE_AA, _SHIFT)
    return _soft(m, blur)


def _soft(m: np.ndarray, blur: float) -> np.ndarray:
    if blur > 0:
        k = 2 * math.ceil(blur * 2.5) + 1
        rows = np.flatnonzero(m.any(axis=1))
        if rows.size:
            cols = np.flatnonzero(m.any(axis=0))
            # Blur only around the shape: same result, a fraction of the work.
            r0, r1 = max(0, rows[0] - k), min(HEIGHT, rows[-1] + k + 1)
            c0, c1 = max(0, cols[0] - k), min(WIDTH, cols[-1] + k + 1)
            sub = np.ascontiguousarray(m[r0:r1, c0:c1])
            # 8-bit Gaussian blur is bit-exact in OpenCV, identical on every CPU.
            m = np.zeros_like(m)
            m[r0:r1, c0:c1] = cv2.GaussianBlur(sub, (k, k), blur)
    return m.astype(np.float32) * np.float32(1 / 255)


def _box(mask: np.ndarray) -> tuple[slice, slice] | None:
    """The rows and columns where ``mask`` is non-zero (painting only there is much faster)."""
    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask.any(axis=0))
    return slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1)


def _paint(img: np.ndarray, mask: np.ndarray, colour, alpha: float = 1.0) -> None:
    box = _box(mask)
    if box is None:
        return
    a = (mask[box] * np.float32(alpha))[..., None]
    sub = img[box]
    sub *= 1 - a
    sub += a * (np.asarray(colour, np.float32) / 255)


def _shade(img: np.ndarray, mask: np.ndarray, factor: float) -> None:
    """Darken (factor < 1) or lighten (> 1) the image under a soft mask."""
    box = _box(mask)
    if box is None:
        return
    img[box] *= (1 + mask[box] * np.float32(factor - 1))[..., None]


def _scale(colour, f: float) -> tuple[float, float, float]:
    return tuple(min(255.0, c * f) for c in colour)


def _mix(a, b, t: float) -> tuple[float, float, float]:
    return tuple(x * (1 - t) + y * t for x, y in zip(a, b, strict=True))


def _curve(p0, p1, p2, n: int = 24) -> list[tuple[float, float]]:
    """Quadratic Bézier from p0 through control p1 to p2."""
    out = []
    for i in range(n):
        t = i / (n - 1)
        out.append(
            (
                (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
                (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1],
            )
        )
    return out


def _grey_hair(grey: float) -> tuple[float, float, float]:
    """The colour greying hair tends to: steel grey first, white when fully grey."""
    return _mix((150, 150, 148), (222, 222, 218), _smoothstep((grey - 0.4) / 0.6))


def _smoothstep(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


@dataclass(frozen=True, slots=True)
class _Geometry:
    cx: float
    crown: float
    chin: float
    head: float
    hw: float

    def y(self, v: float) -> float:
        return self.crown + v * self.head


def _face_outline(f: Face, g: _Geometry) -> tuple[list[tuple[float, float]], list[float]]:
    """Face silhouette (forehead dome to chin) as a closed polygon, and half widths by row."""
    rows = 90
    half: list[float] = []
    ys: list[float] = []
    for i in range(rows + 1):
        v = 0.02 + 0.98 * i / rows
        if v < 0.5:
            t = (0.5 - v) / 0.48
            w = g.hw * math.sqrt(max(0.0, 1 - t * t)) ** 0.8
        elif v < 0.72:
            t = (v - 0.5) / 0.22
            w = g.hw * (1 - (1 - f.jaw_width) * _smoothstep(t) * 0.55)
        else:
            t = (v - 0.72) / 0.28
            jaw = g.hw * (1 - (1 - f.jaw_width) * 0.55)
            end = g.hw * f.chin_width
            w = jaw + (end - jaw) * (t**1.6)
            w *= math.sqrt(max(0.0, 1 - max(0.0, (t - 0.82) / 0.18) ** 2)) if t > 0.82 else 1
            w = max(w, 0.0)
        half.append(w)
        ys.append(g.y(v))
    left = [(g.cx - w, y) for w, y in zip(half, ys, strict=True)]
    right = [(g.cx + w, y) for w, y in zip(half, ys, strict=True)]
    return right + left[::-1], half


def _noise(rng: np.random.Generator, blur: tuple[int, int] = (3, 3)) -> np.ndarray:
    n = rng.integers(0, 256, (HEIGHT, WIDTH), dtype=np.uint8)
    n = cv2.blur(n, blur)
    return n.astype(np.float32) * np.float32(1 / 255) - np.float32(0.5)


@dataclass(frozen=True, slots=True)
class _AgeCues:
    """How strongly each sign of age shows, 0 (none) to 1 (full), from age and ``ageing``."""

    grey: float  # share of grey and white in hair, brows and beard
    lines: float  # forehead lines, crow's feet, lines under the eyes
    folds: float  # nasolabial folds and marionette lines
    sag: float  # jowls: a wider, softer jaw line and hollow below the cheeks
    child: float  # child proportions: large eyes set low, small nose and mouth, round face


def age_cues(f: Face) -> _AgeCues:
    """The age cues of ``f`` (public so tests and docs can say what the portrait shows)."""
    a, e = f.age, f.ageing
    return _AgeCues(
        # Greying starts between 30 (early) and 52 and is complete about 30 years later.
        grey=_smoothstep((a - 52 + 22 * e) / 30),
        lines=_smoothstep((a - 26 + 8 * e) / 40),
        folds=_smoothstep((a - 24 + 6 * e) / 46),
        sag=_smoothstep((a - 45 + 6 * e) / 35),
        child=_smoothstep((16 - a) / 12),
    )


def drawn_proportions(f: Face) -> dict[str, float]:
    """The proportions the portrait of ``f`` is drawn with at its age, as fractions of the
    head from crown to chin: where the eye line sits (a small child's eyes at or below the
    middle of the head, an adult's above it), and the nose's and mouth's width."""
    g = _aged(f, age_cues(f))
    return {
        "eye_line": g.eye_y,
        "nose_length": g.nose_length,
        "eye_size": g.eye_size,
        "head_height": g.chin_y - g.crown_y,
    }


def drawn_style(f: Face) -> tuple[str, bool]:
    """(hair style, glasses) the portrait of ``f`` shows at its age."""
    g = _aged(f, age_cues(f))
    return g.hair_style, g.glasses


def _aged(f: Face, c: _AgeCues) -> Face:
    """The face's drawing parameters at its age: a child's proportions, an old jaw line,
    thinner lips and receding hair. Only the rendering sees them, never :func:`identity`."""
    k, sag = c.child, c.sag
    baby = _smoothstep((4 - f.age) / 3)
    thin = _smoothstep((f.age - 28) / 45) * (0.4 + 0.8 * f.ageing)
    male = f.sex == "M"
    w = f.weight
    return replace(
        f,
        face_width=f.face_width + 0.05 * k + 0.008 * sag + 0.01 * w,
        jaw_width=min(0.97, f.jaw_width + (0.92 - f.jaw_width) * 0.6 * k + 0.06 * sag + 0.04 * w),
        # A child's face is short below a large cranium: the eyes sit lower (at or below
        # the middle of the head), large; nose short and small, mouth small, chin round.
        chin_width=f.chin_width + 0.16 * k + 0.08 * sag + 0.04 * w,
        chin_y=f.chin_y - 0.06 * k + 0.006 * sag,
        eye_y=f.eye_y + 0.075 * k,
        eye_size=f.eye_size * (1 + 0.45 * k) * (1 - 0.08 * sag),
        brow_thickness=f.brow_thickness * (1 - 0.5 * k) * (1 - 0.15 * c.grey),
        nose_length=f.nose_length * (1 - 0.5 * k),
        nose_width=f.nose_width * (1 - 0.25 * k) * (1 + 0.08 * sag),
        mouth_y=f.mouth_y - 0.03 * k,
        mouth_width=f.mouth_width * (1 - 0.28 * k),
        lip_fullness=f.lip_fullness * (1 - 0.3 * c.folds),
        hairline=f.hairline + (0.1 if male else 0.025) * thin - 0.02 * k,
        # A toddler's hair is short and thin, whatever it will become.
        hair_volume=max(
            0.3, f.hair_volume * (1 - (0.35 if male else 0.2) * thin) * (1 - 0.5 * baby)
        ),
        hair_style=_hair_at_age(f, thin),
        glasses=f.glasses and f.age >= 5,  # a toddler's photo is taken without them
        # A beard needs an adult; a teenager shows at most stubble.
        beard="none"
        if f.age < 15
        else ("stubble" if f.age < 18 and f.beard != "none" else f.beard),
    )


def _hair_at_age(f: Face, thin: float) -> str:
    """The hair style the person wears at ``f.age``: a small child's hair is short (no bun,
    no long hair yet); an older man's short hair may recede."""
    if f.age < 4:
        return "cropped" if f.sex == "M" else ("short" if f.hair_style == "bun" else "medium")
    if f.sex == "M" and thin > 0.55 and f.hair_style == "short":
        return "receding"
    return f.hair_style


class _Creases:
    """Skin lines of one softness: dark creases with a faint highlight just below each,
    collected in two masks and shaded at once (one blur for all lines keeps ageing cheap)."""

    DEEPEST: Final = 0.3

    def __init__(self, blur: float) -> None:
        self.blur = blur
        self.dark = np.zeros((HEIGHT, WIDTH), np.uint8)
        self.lit = np.zeros((HEIGHT, WIDTH), np.uint8)

    def add(self, pts: list[tuple[float, float]], width: float, depth: float) -> None:
        level = round(255 * min(depth, self.DEEPEST) / self.DEEPEST)
        if level < 4:
            return
        w = max(1, round(width))
        cv2.polylines(self.dark, [_pts(pts)], False, level, w, cv2.LINE_AA, _SHIFT)
        lit = [(x, y + width * 0.9) for x, y in pts]
        cv2.polylines(self.lit, [_pts(lit)], False, level, w, cv2.LINE_AA, _SHIFT)

    def apply(self, img: np.ndarray, m_face: np.ndarray) -> None:
        _shade(img, _soft(self.dark, self.blur) * m_face, 1 - self.DEEPEST)
        _shade(img, _soft(self.lit, self.blur + 0.6) * m_face, 1 + self.DEEPEST * 0.35)


def _age_lines(
    img: np.ndarray,
    f: Face,
    g: _Geometry,
    c: _AgeCues,
    m_face: np.ndarray,
    eye: tuple[float, float, float, float],
    nose: tuple[float, float],
    mw: float,
) -> None:
    """Lines and folds that come with age, drawn before hair and brows so these cover them.
    Positions follow the face's own features; small per-person shifts keep faces varied."""
    cx, head = g.cx, g.head
    ex_off, eye_y, eye_w, eye_h = eye
    nose_tip, nwid = nose
    mouth_y = g.y(f.mouth_y)
    wobble = (f.noise_seed % 1000) / 1000 - 0.5  # this person's lines sit a little apart
    folds, fine = _Creases(2.0), _Creases(1.1)

    # Nasolabial folds: from beside the nose wings round the mouth corners.
    for side in (-1, 1):
        top = (cx + side * nwid * 1.35, nose_tip - head * 0.02)
        low = (cx + side * mw * (1.18 + 0.1 * c.folds), mouth_y + head * (0.015 + 0.03 * c.folds))
        ctrl = (cx + side * (nwid * 1.35 + mw * 0.55), (top[1] + low[1]) / 2)
        folds.add(_curve(top, ctrl, low, 18), 2.4, 0.05 + 0.17 * c.folds)
        if c.sag > 0.05:
            # Marionette lines from the mouth corners down, and the hollow under the cheekbone.
            corner = (cx + side * mw * 1.02, mouth_y + head * 0.01)
            down = (cx + side * mw * 1.15, mouth_y + head * 0.085)
            folds.add([corner, down], 2.0, 0.2 * c.sag)
            hollow = _ellipse_mask(
                cx + side * g.hw * 0.7, g.y(0.7), g.hw * 0.18, head * 0.08, blur=8
            )
            _shade(img, hollow * m_face, 1 - 0.14 * c.sag)
            # Jowls: the jaw line softens and drops a little beside the chin.
            jowl = _ellipse_mask(
                cx + side * g.hw * 0.55, g.y(0.9), g.hw * 0.2, head * 0.045, blur=6
            )
            _shade(img, jowl * m_face, 1 - 0.15 * c.sag)
    folds.apply(img, m_face)
    if c.lines <= 0.02:
        return
    for side in (-1, 1):
        ex = cx + side * ex_off
        # Lines under the eyes: a soft bag, deeper with age.
        bag = _curve(
            (ex - eye_w * 0.75, eye_y + eye_h * 1.3),
            (ex, eye_y + eye_h * (2.4 + 0.6 * c.lines)),
            (ex + eye_w * 0.8, eye_y + eye_h * 1.2),
            14,
        )
        fine.add(bag, 1.6, 0.16 * c.lines)
        # Crow's feet: a fan of short lines at the outer corner.
        corner_x = ex + side * eye_w * 1.1
        for k, dy in enumerate((-0.9, 0.1, 1.1)):
            length = eye_w * (0.45 + 0.12 * k) * (0.6 + 0.4 * c.lines)
            p0 = (corner_x, eye_y + eye_h * dy * 0.6)
            p2 = (corner_x + side * length, eye_y + eye_h * dy * 1.6)
            fine.add([p0, p2], 1.3, 0.2 * c.lines)
    # Forehead lines: between the brows and the hairline, two to four, gently waved.
    brow_top = eye_y - head * f.brow_gap - eye_h - head * 0.045
    hair_low = g.y(f.hairline) + head * 0.035
    room = brow_top - hair_low
    count = 2 + round(2 * c.lines)
    if room >= head * 0.05:  # a low hairline leaves no room (the hair covers them)
        for k in range(count):
            y = brow_top - room * (0.12 + 0.7 * (k + 0.5 + 0.15 * wobble) / count)
            half = g.hw * (0.5 - 0.05 * abs(k - count / 2))
            wave = head * 0.008 * (1 if k % 2 else -1)
            pts = _curve(
                (cx - half, y + wave),
                (cx + half * 0.1 * wobble, y - head * 0.012),
                (cx + half, y - wave),
                20,
            )
            fine.add(pts, 1.6, 0.04 + 0.16 * c.lines)
    fine.apply(img, m_face)


def _ear_lobe(
    img: np.ndarray,
    f: Face,
    ex: float,
    ey: float,
    ear_w: float,
    ear_h: float,
    side: int,
    skin: tuple[int, int, int],
) -> None:
    """The ear lobe, drawn under the ear: a free lobe hangs as a rounded bulb below the ear;
    an attached one runs down diagonally into the cheek. A stable trait, and one of the
    plainest to compare (docs/generator.md)."""
    if f.lobe == "attached":
        pts = [
            (ex + side * ear_w * 0.55, ey + ear_h * 0.3),
            (ex - side * ear_w * 0.2, ey + ear_h * 0.62),
            (ex - side * ear_w * 1.7, ey + ear_h * 0.5),
            (ex - side * ear_w * 1.5, ey + ear_h * 0.1),
        ]
        _paint(img, _poly_mask(pts, blur=1.3), _scale(skin, 0.93))
        crease = [
            (ex + side * ear_w * 0.45, ey + ear_h * 0.33),
            (ex - side * ear_w * 0.6, ey + ear_h * 0.56),
        ]
        _shade(img, _line_mask(crease, 1.4, blur=1.0), 0.86)
        return
    lx, ly = ex + side * ear_w * 0.08, ey + ear_h * 0.47
    _paint(img, _ellipse_mask(lx, ly, ear_w * 0.55, ear_h * 0.15, blur=1.2), _scale(skin, 0.95))
    _shade(img, _ellipse_mask(lx, ly - ear_h * 0.1, ear_w * 0.35, ear_h * 0.05, blur=1.5), 0.88)
    if f.sex == "F" and f.age >= 12 and f.noise_seed % 5 < 2:
        # Stud earrings on some women: one more cue to the sex on the document, not identity.
        _paint(
            img,
            _ellipse_mask(lx, ly + ear_h * 0.04, ear_w * 0.16, ear_w * 0.16, blur=0.6),
            (200, 165, 70),
            0.95,
        )


def _posed(out8: np.ndarray, f: Face, chin: tuple[float, float]) -> np.ndarray:
    """How the photo was taken: the head tilted (a small rotation about the chin, the frame
    filled from its edges), the exposure and the colour of the light. Identity unchanged."""
    img = out8
    if f.roll_deg:
        matrix = cv2.getRotationMatrix2D(chin, f.roll_deg, 1.0)
        img = cv2.warpAffine(
            img, matrix, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
        )
    if f.exposure != 1.0 or f.warmth:
        gain = np.asarray(
            [f.exposure * (1 + 0.06 * f.warmth), f.exposure, f.exposure * (1 - 0.08 * f.warmth)],
            np.float32,
        )
        img = np.clip(img.astype(np.float32) * gain + np.float32(0.5), 0, 255).astype(np.uint8)
    return img


def render_portrait_array(f: Face) -> np.ndarray:
    """The portrait as an H×W×3 uint8 RGB array (see :func:`render_portrait`)."""
    rng = np.random.default_rng(f.noise_seed)
    cues = age_cues(f)
    f = _aged(f, cues)
    img = np.empty((HEIGHT, WIDTH, 3), np.float32)
    img[:] = np.asarray(f.background, np.float32) / 255
    # Studio background: slightly lighter behind the head.
    yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    glow = 1 - ((xx - WIDTH / 2) ** 2 + (yy - HEIGHT * 0.4) ** 2) / np.float32(WIDTH * WIDTH * 1.2)
    img *= (0.93 + 0.09 * np.clip(glow, 0, 1))[..., None]

    cx = WIDTH / 2 + f.cx_offset * WIDTH
    crown, chin = f.crown_y * HEIGHT, f.chin_y * HEIGHT
    head = chin - crown
    g = _Geometry(cx=cx, crown=crown, chin=chin, head=head, hw=f.face_width * head)
    # A head turned a little: the eyes, nose and mouth move towards the turn inside the
    # outline, the ear on that side hides behind the cheek and the other shows more.
    cf = cx + f.yaw * g.hw * 0.45
    outline, half = _face_outline(f, g)
    skin = f.skin
    hair = f.hair_colour
    # Back hair and beard are painted in one colour: the average of the greying hair.
    hair_flat = _mix(hair, _grey_hair(cues.grey), cues.grey * 0.9)
    shadow_skin = _scale(skin, 0.72)
    eye_y = g.y(f.eye_y)

    def half_at(v: float) -> float:
        return half[min(len(half) - 1, max(0, round((v - 0.02) / 0.98 * (len(half) - 1))))]

    # Back hair (behind neck and shoulders) for long styles.
    if f.hair_style in ("long", "medium"):
        drop = 0.95 if f.hair_style == "long" else 0.68
        w = g.hw * (1.18 + 0.1 * f.hair_volume)
        pts = _curve(
            (cx - w, g.y(0.35)), (cx - w * 1.05, g.y(drop)), (cx - w * 0.85, g.y(drop + 0.12))
        )
        pts += _curve(
            (cx + w * 0.85, g.y(drop + 0.12)), (cx + w * 1.05, g.y(drop)), (cx + w, g.y(0.35))
        )
        top = g.crown - g.head * 0.03 * f.hair_volume
        for i in range(1, 40):
            a = math.pi * i / 40
            pts.append((cx + w * math.cos(a), g.y(0.35) - (g.y(0.35) - top) * math.sin(a)))
        m = _poly_mask(pts, blur=2.0)
        m = m * np.clip(
            0.7 + _noise(rng, (1, 12)) * 3 + (g.y(drop) - yy) / np.float32(g.head * 0.05), 0, 1
        )
        _paint(img, m, _scale(hair_flat, 0.8))

    # Shoulders and clothes.
    sh_y = chin + head * (0.12 - 0.05 * cues.child)  # a child's short neck
    sw = g.hw * (3.1 - 0.8 * cues.child)  # a child's narrow shoulders
    body = _curve(
        (cx - sw, HEIGHT + 5),
        (cx - sw * 0.9, sh_y + head * 0.06),
        (cx - g.hw * 0.55, sh_y - head * 0.02),
    )
    body += _curve(
        (cx + g.hw * 0.55, sh_y - head * 0.02),
        (cx + sw * 0.9, sh_y + head * 0.06),
        (cx + sw, HEIGHT + 5),
    )
    m_body = _poly_mask(body, blur=1.5)
    _paint(img, m_body, f.clothes)
    # Cloth shading: lighter on the lit side, folds near the arms.
    _shade(img, m_body * np.clip((xx - cx) / np.float32(sw), 0, 1), 0.75)
    _shade(img, m_body * np.clip((cx - xx) / np.float32(sw), 0, 1) * 0.5, 1.12)

    # Neck with a shadow under the jaw.
    nw = g.hw * (0.58 if f.sex == "M" else 0.45) * (1 - 0.15 * cues.child) * (1 + 0.06 * f.weight)
    neck = [
        (cx - nw, chin - head * 0.25),
        (cx + nw, chin - head * 0.25),
        (cx + nw * 1.05, sh_y + head * 0.02),
        (cx - nw * 1.05, sh_y + head * 0.02),
    ]
    m_neck = _poly_mask(neck, blur=1.5)
    _paint(img, m_neck, _scale(skin, 0.9))
    collar = _curve(
        (cx - nw * 1.6, sh_y - head * 0.01),
        (cx, sh_y + head * 0.16),
        (cx + nw * 1.6, sh_y - head * 0.01),
    )
    collar += [(cx + nw * 1.6, sh_y - head * 0.2), (cx - nw * 1.6, sh_y - head * 0.2)]
    neck_open = _poly_mask(collar, blur=1.2) * m_body
    _paint(img, neck_open, _scale(skin, 0.86))
    if f.sex == "M" and f.clothes[0] < 100:
        shirt = _curve((cx - nw * 1.3, sh_y), (cx, sh_y + head * 0.13), (cx + nw * 1.3, sh_y))
        shirt += [(cx + nw * 0.4, sh_y + head * 0.35), (cx - nw * 0.4, sh_y + head * 0.35)]
        _paint(img, _poly_mask(shirt, blur=1.0) * m_body, (235, 235, 238))
    _shade(
        img,
        _ellipse_mask(cx + g.hw * 0.1, chin + head * 0.01, nw * 1.4, head * 0.07, blur=8) * m_neck,
        0.68,
    )
    if f.sex == "M" and f.age >= 15:  # the Adam's apple: a small lit bump, shadow below
        _shade(
            img,
            _ellipse_mask(cx, chin + head * 0.09, nw * 0.22, head * 0.03, blur=3) * m_neck,
            1.08,
        )
        _shade(
            img,
            _ellipse_mask(cx, chin + head * 0.125, nw * 0.2, head * 0.015, blur=3) * m_neck,
            0.9,
        )

    # Ears, before the face so the face overlaps their root.
    ear_h = head * 0.17 * f.ear_size
    ear_w = ear_h * 0.45
    ey = eye_y + head * (0.06 + f.ear_y)
    hw_eye = half_at(f.eye_y + 0.05)
    ear_w0 = ear_w
    for side in (-1, 1):
        ear_w = ear_w0 * min(1.3, max(0.45, 1 - side * f.yaw * 3.5))
        ex = cx + side * (hw_eye + ear_w * (0.35 + f.ear_out * 3))
        _ear_lobe(img, f, ex, ey, ear_w, ear_h, side, skin)
        m = _ellipse_mask(ex, ey, ear_w, ear_h / 2, angle=side * 8, blur=1.2)
        _paint(img, m, _scale(skin, 0.94))
        _shade(
            img,
            _ellipse_mask(
                ex + side * ear_w * 0.1, ey, ear_w * 0.55, ear_h * 0.32, angle=side * 8, blur=2.0
            ),
            0.78,
        )
        _shade(
            img,
            _line_mask(
                _curve(
                    (ex - side * ear_w * 0.1, ey - ear_h * 0.38),
                    (ex + side * ear_w * 0.9, ey - ear_h * 0.1),
                    (ex + side * ear_w * 0.1, ey + ear_h * 0.35),
                    12,
                ),
                1.5,
                blur=1.0,
            ),
            0.85,
        )

    # Face with rounded (ellipsoid) shading lit from the upper left.
    m_face = _poly_mask(outline, blur=1.2)
    _paint(img, m_face, skin)
    nx = (xx - cx) / np.float32(g.hw * 1.05)
    ny = (yy - g.y(0.5)) / np.float32(head * 0.6)
    r2 = np.clip(nx * nx + ny * ny, 0, 0.999)
    nz = np.sqrt(1 - r2)
    lx, ly = f.light_x, -0.45
    lz = math.sqrt(max(0.0, 1 - lx * lx - ly * ly))
    lambert = np.clip(nx * np.float32(lx) + ny * np.float32(ly) + nz * np.float32(lz), 0, 1)
    shade = np.float32(0.62) + np.float32(0.48) * lambert
    img *= (1 + m_face * (shade - 1))[..., None]
    # Skin texture and colour variation (cheeks and nose warmer).
    tex = _noise(rng, (2, 2))
    img *= (1 + m_face * tex * np.float32(0.05))[..., None]
    for side in (-1, 1):
        cheek = _ellipse_mask(cx + side * g.hw * 0.52, g.y(0.66), g.hw * 0.3, head * 0.07, blur=10)
        _paint(img, cheek * m_face, _mix(skin, (220, 110, 100), 0.35), 0.25 + 0.15 * cues.child)

    # Eye sockets and brow ridge shadow.
    ex_off = g.hw * f.eye_spacing
    # Never wider than leaves a nose bridge between the eyes (a child's large eyes touched).
    eye_w = min(g.hw * 0.27 * f.eye_size, ex_off - g.hw * 0.17)
    eye_h = eye_w * 0.42 * (1 - 0.18 * f.smile)
    for side in (-1, 1):
        ex = cf + side * ex_off
        _shade(
            img,
            _ellipse_mask(ex, eye_y - eye_h * 0.4, eye_w * 1.2, eye_h * 1.6, blur=6) * m_face,
            0.86,
        )

    # Nose: side shadow on the unlit side, tip highlight, wings, nostrils, shadow beneath.
    nose_top = eye_y + head * 0.02
    nose_tip = eye_y + head * f.nose_length
    nwid = g.hw * 0.2 * f.nose_width
    dark_side = 1 if f.light_x < 0 else -1
    ridge = [
        (cf + dark_side * nwid * 0.25, nose_top),
        (cf + dark_side * nwid * 0.55, nose_top),
        (cf + dark_side * nwid * 1.05, nose_tip - head * 0.01),
        (cf + dark_side * nwid * 0.4, nose_tip - head * 0.02),
    ]
    _shade(img, _poly_mask(ridge, blur=4.0), 0.82)
    _shade(
        img,
        _ellipse_mask(
            cf - dark_side * nwid * 0.15,
            nose_tip - head * 0.025,
            nwid * (0.3 + 0.35 * f.nose_tip),  # a fine tip catches a small highlight
            head * (0.015 + 0.012 * f.nose_tip),
            blur=3.5,
        ),
        1.1,
    )
    _shade(
        img,
        _ellipse_mask(
            cf - dark_side * nwid * 0.1,
            (nose_top + nose_tip) / 2,
            nwid * 0.18,
            head * 0.06,
            blur=3.0,
        ),
        1.06,
    )
    for side in (-1, 1):
        wing = _curve(
            (cf + side * nwid * 0.55, nose_tip - head * 0.035),
            (cf + side * nwid * (1.05 + 0.4 * f.nose_tip), nose_tip),
            (cf + side * nwid * 0.45, nose_tip + head * 0.012),
            12,
        )
        _shade(img, _line_mask(wing, 2.0, blur=1.3), 0.76)
        _paint(
            img,
            _ellipse_mask(
                cf + side * nwid * 0.42,
                nose_tip + head * 0.005,
                nwid * 0.26,
                head * 0.009,
                angle=side * 15,
                blur=1.3,
            ),
            _scale(skin, 0.35),
            0.8,
        )
    _shade(
        img,
        _ellipse_mask(
            cf + dark_side * nwid * 0.2, nose_tip + head * 0.03, nwid * 1.0, head * 0.014, blur=3.5
        ),
        0.85,
    )

    # Mouth: upper lip with a Cupid's bow, fuller lower lip, parting line, shadow below. A
    # smile (a live photo, never the document's) lifts and widens the corners and parts the
    # lips over the teeth.
    mouth_y = g.y(f.mouth_y)
    mw = g.hw * f.mouth_width * (1 + 0.14 * f.smile)
    lift = head * 0.016 * f.smile
    lip = _mix(skin, (175, 62, 72), 0.5 if f.sex == "F" and f.age >= 14 else 0.22)
    up_h = head * 0.018 * f.lip_fullness * (1.15 if f.sex == "F" else 0.9)
    lo_h = head * 0.026 * f.lip_fullness * (1.15 if f.sex == "F" else 0.9)
    cy_ = mouth_y - lift  # the corners
    upper = [(cf - mw, cy_)] + _curve(
        (cf - mw, cy_),
        (cf - mw * 0.45, mouth_y - up_h * 1.2),
        (cf - mw * 0.12, mouth_y - up_h),
        10,
    )
    upper += [(cf, mouth_y - up_h * 0.7)] + _curve(
        (cf + mw * 0.12, mouth_y - up_h),
        (cf + mw * 0.45, mouth_y - up_h * 1.2),
        (cf + mw, cy_),
        10,
    )
    _paint(img, _poly_mask(upper, blur=1.2), _scale(lip, 0.82), 0.9)
    gap = head * 0.012 * f.smile
    lower = _curve(
        (cf - mw * 0.95, cy_), (cf, mouth_y + gap + lo_h * 2.1), (cf + mw * 0.95, cy_), 20
    )
    m_lower = _poly_mask(lower, blur=1.3)
    _paint(img, m_lower, lip, 0.85)
    if f.smile > 0.3:
        teeth = _curve(
            (cf - mw * 0.8, cy_ + gap * 0.2),
            (cf, mouth_y + gap * 2.2),
            (cf + mw * 0.8, cy_ + gap * 0.2),
            16,
        )
        _paint(img, _poly_mask(teeth, blur=1.0), (236, 232, 222), 0.9)
    _shade(
        img,
        _ellipse_mask(cf - mw * 0.15, mouth_y + gap + lo_h * 0.5, mw * 0.35, lo_h * 0.35, blur=2.5),
        1.12,
    )
    line = _curve((cf - mw, cy_), (cf, mouth_y + up_h * 0.4), (cf + mw, cy_), 16)
    _paint(img, _line_mask(line, 1.6, blur=0.8), _scale(lip, 0.45), 0.85)
    _shade(
        img,
        _ellipse_mask(cf, mouth_y + gap + lo_h * 1.7, mw * 0.55, head * 0.012, blur=3.5) * m_face,
        0.86,
    )
    if f.smile > 0:
        for side in (-1, 1):  # the cheeks rise
            apple = _ellipse_mask(
                cf + side * g.hw * 0.5, g.y(0.63), g.hw * 0.22, head * 0.05, blur=8
            )
            _shade(img, apple * m_face, 1 + 0.08 * f.smile)

    _age_lines(
        img, f, replace(g, cx=cf), cues, m_face, (ex_off, eye_y, eye_w, eye_h), (nose_tip, nwid), mw
    )

    # Eyes.
    for side in (-1, 1):
        ex = cf + side * ex_off
        # The eye axis: outer corner raised (eye_tilt > 0) or lowered, a stable trait.
        tilt = f.eye_tilt * eye_h * 0.45
        y_left = eye_y - (tilt if side < 0 else 0.0)
        y_right = eye_y + eye_h * 0.05 - (tilt if side > 0 else 0.0)
        top = _curve(
            (ex - eye_w, y_left),
            (ex - side * eye_w * 0.1, eye_y - eye_h * 1.55),
            (ex + eye_w, y_right),
            18,
        )
        bottom = _curve(
            (ex + eye_w, y_right),
            (ex + side * eye_w * 0.05, eye_y + eye_h * 1.05),
            (ex - eye_w, y_left),
            18,
        )
        m_eye = _poly_mask(top + bottom, blur=0.8)
        _paint(img, m_eye, (225, 222, 218))
        ir = eye_h * 0.95
        ix = ex + side * eye_w * 0.02
        m_iris = _ellipse_mask(ix, eye_y + eye_h * 0.05, ir, ir, blur=0.8) * m_eye
        _paint(img, m_iris, f.iris)
        _shade(img, _ellipse_mask(ix, eye_y - eye_h * 0.3, ir, ir * 0.6, blur=1.5) * m_iris, 0.75)
        _paint(
            img,
            _ellipse_mask(ix, eye_y + eye_h * 0.05, ir * 0.42, ir * 0.42, blur=0.6) * m_eye,
            (12, 10, 10),
        )
        _paint(
            img,
            _ellipse_mask(ix - ir * 0.3, eye_y - eye_h * 0.25, ir * 0.14, ir * 0.14, blur=0.5),
            (250, 250, 250),
            0.9,
        )
        _shade(
            img,
            m_eye * _ellipse_mask(ex, eye_y - eye_h * 1.2, eye_w * 1.2, eye_h * 1.1, blur=2.0),
            0.8,
        )
        female = f.sex == "F" and f.age >= 14
        _paint(img, _line_mask(top, 3.4 if female else 2.2, blur=0.8), (30, 20, 20), 0.92)
        if female:  # lashes and a little liner: the outer corner sweeps up and out
            outer = (ex + side * eye_w, y_right if side > 0 else y_left)
            flick = [outer, (outer[0] + side * eye_w * 0.28, outer[1] - eye_h * 0.45)]
            _paint(img, _line_mask(flick, 2.2, blur=0.7), (30, 20, 20), 0.85)
        _paint(img, _line_mask(bottom, 1.0, blur=0.8), _scale(skin, 0.6), 0.5)
        crease = _curve(
            (ex - eye_w * 0.9, eye_y - eye_h * 0.6),
            (ex, eye_y - eye_h * 2.1),
            (ex + eye_w * 0.95, eye_y - eye_h * 0.4),
            16,
        )
        _paint(img, _line_mask(crease, 1.2, blur=1.2), shadow_skin, 0.45)

    # Brows.
    brow_col = _scale(hair, 0.85) if sum(hair) < 450 else _scale(hair, 0.6)
    brow_col = _mix(brow_col, _scale(_grey_hair(cues.grey), 0.85), cues.grey * 0.75)
    male_adult = f.sex == "M" and f.age >= 14
    for side in (-1, 1):
        ex = cf + side * ex_off
        # Men's brows sit lower, straighter and heavier; women's higher, thinner, arched.
        by = eye_y - head * f.brow_gap * (0.85 if male_adult else 1.1) - eye_h
        arch = f.brow_arch * (0.6 if male_adult else 1.4)
        # The inner ends keep apart: a child's brows met in one line.
        inner_x = cf + side * max(ex_off - eye_w * 1.05, g.hw * 0.13)
        brow = _curve(
            (inner_x, by + head * 0.012),
            (ex + side * eye_w * 0.1, by - head * 0.018 * arch),
            (ex + side * eye_w * 1.25, by + head * 0.008),
            20,
        )
        weight = 5.6 if male_adult else 3.8
        m = _line_mask(brow, weight * f.brow_thickness, blur=1.4) * m_face
        _paint(img, m * (0.85 + _noise(rng, (1, 5)) * 0.6), brow_col, 0.85)

    # A shaved man's jaw keeps a faint blue-grey shadow.
    if f.beard == "none" and f.sex == "M" and f.age >= 18:
        jaw = [(x, y) for x, y in outline if y > g.y(0.66)]
        inner = _curve(
            (cf - g.hw * 0.8, g.y(0.66)), (cf, g.y(0.86)), (cf + g.hw * 0.8, g.y(0.66)), 16
        )
        m = _poly_mask(jaw + inner, blur=6) * m_face
        _paint(img, m, _mix(skin, (70, 75, 90), 0.5), 0.18)

    # Beard variants.
    if f.beard != "none":
        jaw_pts = [(x, y) for x, y in outline if y > g.y(0.6)]
        if f.beard == "full":
            # From the left cheek under the mouth to the right cheek: the lips stay bare.
            low = 2 * (f.mouth_y + 0.06) - 0.62
            inner = _curve(
                (cf - g.hw * 0.75, g.y(0.62)), (cf, g.y(low)), (cf + g.hw * 0.75, g.y(0.62)), 20
            )
            m = _poly_mask(jaw_pts + inner, blur=2.5) * m_face
            tex = 0.75 + _noise(rng, (1, 3)) * 1.2
            _paint(img, m * np.clip(tex, 0, 1), _scale(hair_flat, 0.9), 0.95)
            _paint(
                img,
                _ellipse_mask(cf, mouth_y + lo_h * 2.5, mw * 0.9, head * 0.05, blur=3) * m_face,
                _scale(hair_flat, 0.9),
                0.85,
            )
        if f.beard in ("full", "moustache"):
            mo = _curve(
                (cf - mw * 1.05, mouth_y + up_h * 0.3),
                (cf, mouth_y - up_h * 3.2),
                (cf + mw * 1.05, mouth_y + up_h * 0.3),
                20,
            )
            _paint(
                img,
                _line_mask(mo, head * 0.02, blur=1.8) * np.clip(0.8 + _noise(rng, (1, 3)), 0, 1),
                _scale(hair_flat, 0.85),
                0.9,
            )
        if f.beard == "stubble":
            low = 2 * (f.mouth_y + 0.045) - 0.6
            inner = _curve(
                (cf - g.hw * 0.8, g.y(0.6)), (cf, g.y(low)), (cf + g.hw * 0.8, g.y(0.6)), 20
            )
            m = _poly_mask(jaw_pts + inner, blur=4) * m_face
            dots = (rng.random((HEIGHT, WIDTH)) < 0.35).astype(np.float32)
            _paint(img, m * dots * 0.35, _scale(hair_flat, 0.7))

    # Front hair: the top of an ellipsoid around the skull, minus the skin below a hairline
    # that dips towards the temples, fading out at the sides by the ears.
    top_y = crown - head * 0.03 * f.hair_volume
    cap_w = g.hw * (1.04 + 0.08 * f.hair_volume)
    centre_y = g.y(0.42)
    ry = centre_y - top_y
    ex_ = (xx - cx) / np.float32(cap_w)
    ey_ = (yy - centre_y) / np.float32(ry)
    inside = np.clip((1 - (ex_ * ex_ + ey_ * ey_)) * np.float32(18), 0, 1)
    long_hair = f.hair_style in ("long", "medium")
    temple_y = g.y(0.52 if long_hair else 0.4)
    sx = (xx - cx) / np.float32(g.hw)
    side = np.clip((np.abs(sx) - np.float32(0.75)) * np.float32(4), 0, 1)
    fade = np.clip(
        (np.float32(temple_y) + side * np.float32(head * 0.07) - yy) / np.float32(head * 0.05), 0, 1
    )
    hl = g.y(f.hairline + (0.07 if f.hair_style == "receding" else 0.0))
    part = (
        np.float32(0.03 * head) * np.clip(sx + 0.3, -1, 1)
        if f.hair_style in ("medium", "long")
        else 0
    )
    hairline_y = np.float32(hl) + np.float32(head * 0.16) * (sx * sx) * (sx * sx) + part
    if f.hair_style == "receding":
        hairline_y = hairline_y - np.float32(head * 0.1) * np.clip(1 - sx * sx * 4, 0, 1)
    below = np.clip((yy - hairline_y) / np.float32(head * 0.012), 0, 1)
    m = inside * fade * (1 - m_face * below)
    if f.hair_style == "bun":
        m = np.maximum(
            m,
            _ellipse_mask(cx + g.hw * 0.1, top_y + head * 0.02, g.hw * 0.42, head * 0.09, blur=1.6),
        )
    m = _soft((m * 255).astype(np.uint8), 1.2)
    strands = _noise(rng, (1, 9)) * 1.4 + _noise(rng, (9, 1)) * 0.4
    if f.hair_style == "cropped":
        strands = _noise(rng, (2, 2)) * 1.2
        m = m * np.float32(0.92)
    hx = (xx - cx) / np.float32(cap_w * 1.2)
    hy = (yy - g.y(0.3)) / np.float32(head * 0.45)
    hz = np.sqrt(np.clip(1 - hx * hx - hy * hy, 0, 1))
    sheen = np.clip(hx * np.float32(lx) + hy * np.float32(ly) + hz * np.float32(lz), 0, 1)
    tone = (0.6 + 0.55 * sheen + strands * 0.35)[..., None]
    if cues.grey > 0:
        # Salt and pepper: single strands turn first, then the whole head goes grey to white.
        speck = np.float32(1.4 * (1 - 0.6 * cues.grey))  # the last dark strands, then even
        t = np.clip(np.float32(cues.grey) * (1 + strands * speck), 0, 1)[..., None]
        base = np.asarray(hair, np.float32)[None, None, :] / 255
        hair_rgb = (base * (1 - t) + np.asarray(_grey_hair(cues.grey), np.float32) / 255 * t) * tone
    else:
        hair_rgb = np.asarray(hair, np.float32)[None, None, :] / 255 * tone
    a = m[..., None]
    # Hair casts a soft shadow onto the forehead.
    shadow = _soft(
        (np.clip(inside * (1 - below * 0.0) * (yy < hairline_y + head * 0.03), 0, 1) * 255).astype(
            np.uint8
        ),
        4.0,
    )
    _shade(img, shadow * m_face * (1 - m), 0.84)
    img *= 1 - a
    img += a * np.clip(hair_rgb, 0, 1)

    # Glasses: thin frames with a faint lens reflection.
    if f.glasses:
        frame = (30, 28, 30) if (f.noise_seed % 3) else (120, 90, 60)
        for side in (-1, 1):
            ex = cf + side * ex_off
            lw, lh = eye_w * 1.45, eye_h * 2.7
            box = [
                (ex - lw, eye_y - lh * 0.55),
                (ex + lw, eye_y - lh * 0.55),
                (ex + lw * 0.95, eye_y + lh * 0.5),
                (ex - lw * 0.95, eye_y + lh * 0.5),
            ]
            _paint(img, _poly_mask(box, blur=1.5), (245, 248, 250), 0.07)
            _paint(img, _line_mask([*box, box[0]], 2.2, blur=0.7), frame, 0.9)
            _paint(
                img,
                _line_mask(
                    [
                        (ex + side * lw, eye_y - lh * 0.4),
                        (cx + side * (hw_eye + ear_w * 0.1), eye_y - lh * 0.3),
                    ],
                    2.2,
                    blur=0.7,
                ),
                frame,
                0.9,
            )
        _paint(
            img,
            _line_mask(
                _curve(
                    (cf - ex_off + eye_w * 1.45, eye_y - eye_h),
                    (cf, eye_y - eye_h * 1.8),
                    (cf + ex_off - eye_w * 1.45, eye_y - eye_h),
                    8,
                ),
                2.0,
                blur=0.7,
            ),
            frame,
            0.9,
        )

    # Camera: slight softness and sensor noise, then 8-bit.
    out = np.clip(img * 255 + (_noise(rng, (1, 1)) * np.float32(4.0))[..., None], 0, 255)
    out8 = np.floor(out + np.float32(0.5)).astype(np.uint8)
    return _posed(cv2.GaussianBlur(out8, (3, 3), 0.6), f, (cx, chin))


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    # Fixed compression, no metadata: the same face gives the same bytes.
    image.save(buf, format="PNG", compress_level=3, optimize=False)
    return buf.getvalue()


def render_portrait(f: Face) -> bytes:
    """A head-and-shoulders passport photo of ``f`` as PNG bytes (RGB, WIDTH × HEIGHT)."""
    return _png(Image.fromarray(render_portrait_array(f), "RGB"))


def ghost_image_array(portrait: np.ndarray) -> np.ndarray:
    """The ghost-image variant: greyscale, pale, low contrast, background dropped out (LA)."""
    rgb = portrait.astype(np.int32)
    grey = (rgb[..., 0] * 299 + rgb[..., 1] * 587 + rgb[..., 2] * 114) // 1000
    # The background is light and even: anything much darker belongs to the person.
    bg = int(np.median(grey[:20, :20]))
    person = np.clip((bg - grey - 6) * 12, 0, 255).astype(np.uint8)
    person = cv2.GaussianBlur(cv2.dilate(person, np.ones((9, 9), np.uint8)), (15, 15), 4)
    alpha = (person.astype(np.int32) * 150 // 255).astype(np.uint8)
    light = (255 - (255 - grey) * 55 // 100).astype(np.uint8)
    return np.dstack([light, alpha])


def ghost_image(portrait_png: bytes) -> bytes:
    """The ghost image of a portrait, as PNG bytes (greyscale with alpha)."""
    with Image.open(io.BytesIO(portrait_png)) as im:
        arr = np.asarray(im.convert("RGB"))
    return _png(Image.fromarray(ghost_image_array(arr), "LA"))
