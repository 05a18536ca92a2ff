"""Forgers' profiles: a forged specimen made the way a forger makes one.

A real forgery is not a genuine design with one feature switched off: it is another
*production*, and every feature it carries shows that production (REALISM.md §2). A profile
is that production. It edits a genuine :class:`~docinspect.synth.documents.Draft` step by
step (paper, background print, microprint, intaglio, numbering, personalisation,
protection) and leaves, through the forgery methods of :mod:`docinspect.synth.forgeries`,
*all* the traces its production leaves, each as an indicator region with the lights and
loupe power that show it. The truth lists those methods, so exercises, scoring and feedback
that know the methods keep working.

``subtlety`` (0 obvious – 1 expert) means, for counterfeits, *how many* features the forger
imitated well, never "no trace": an expert counterfeit still leaves at least
:data:`MIN_TRACES` consistent traces an examiner finds with the right light and loupe.

- ``desktop_counterfeit``: office inkjet or colour laser on office or photo paper. Every
  trace at once: paper glows under UV, no watermark (or a printed one), fibres missing or
  printed, every fine line and the microprint in dots, no relief, a static foil, printed
  perforation, IR wrong (toner background dark, or the MRZ fading). Subtlety only makes each
  imitation better (finer dots, fainter glow, a printed UV motif in a near colour).
- ``offset_counterfeit``: lithographic printing on better paper. Of the features the
  document has, the forger imitates ``round(subtlety × (n − MIN_TRACES))`` well; the others
  each leave their trace.
- ``photo_substitution``, ``data_alteration``: falsified genuine documents (the attack's
  local traces only).
- ``stolen_blank``: genuine blank, criminal personalisation (inkjet data, no laser
  perforation).
- ``impostor``: a genuine document, a look-alike traveller.

- ``fantasy_document``: a well-made document of an issuer that does not exist; the check is
  the register of issuers, not the features.

Page substitution is not generated: it needs a booklet (issue 17).
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

from docinspect.i18n import Message
from docinspect.model import Light, Rect, Verdict
from docinspect.model.scene import Fibres, Microprint, PrintProcess, Raster, Text
from docinspect.synth import forgeries as fx
from docinspect.synth.design import deliberate_error
from docinspect.synth.draft import BOOKLET, TD1_BACK, TRAVELLER_FILE, Draft
from docinspect.synth.layouts import LAYOUTS

#: An expert counterfeit still leaves at least this many traces.
MIN_TRACES: Final = 3


@dataclass(frozen=True, slots=True)
class Trace:
    """One feature a counterfeiter must imitate, and what a poor imitation leaves: the
    method id of the indicator and the edit (``apply(draft, quality, rng)``)."""

    feature: str
    method: str
    apply: Callable[[Draft, float, random.Random], None]


def _has(d: Draft, feature: str) -> bool:
    return bool(d.feature_items.get(feature))


# --- desktop production -----------------------------------------------------------------------

#: Item ids of a page's printed background (guilloche, rainbow, border, header band).
_BACKGROUND: Final = ("rainbow", "rosette", "border", "header-band")


def _desktop_print(d: Draft, s: float, rng: random.Random) -> PrintProcess:
    """Print the whole page with one office printer: every inked item is made of its dots.
    Returns the printer's process (inkjet or colour-laser halftone)."""
    process = PrintProcess.HALFTONE if rng.random() < 0.5 else PrintProcess.INKJET
    pitch = round(0.17 + (0.11 - 0.17) * s, 3)
    keep = {
        *d.feature_items.get("laser_perforation", []),
        *d.feature_items.get("microprint", []),  # degraded_microprint decides its look
        *d.feature_items.get("dovid", []),  # a foil, not ink: static_ovd imitates it
    }
    for it in list(d.items):
        m = it.material
        if it.id in keep or m.hole or m.alpha <= 0 or it.id in _BACKGROUND:
            continue
        if isinstance(it, Raster | Fibres):
            continue
        if isinstance(it, Text) and it.size_mm >= 1.8:
            # Letters of data size are solid toner in their body (the dots show only at
            # their edges at 30×); drawn as a dot screen the renderer would alias them
            # away at page scale. Fine print (labels, headings' strokes) shows its dots.
            continue
        # A desktop printer lays toner or droplets flat: no relief, no engraving.
        d.replace_item(it.id, fx._with(it, process=process, dot_pitch_mm=pitch, relief_um=0.0))
    return process


def _toner_in_ir(d: Draft, s: float, rng: random.Random) -> None:
    """Colour-laser toner is carbon-based: the background that should vanish in IR stays."""
    for it in list(d.items):
        if it.id in _BACKGROUND:
            d.replace_item(it.id, fx._with(it, ir_absorption=round(0.75 - 0.35 * s, 3)))
    where = (
        "ir_transparent_ink"
        if any(r.feature == "ir_transparent_ink" for r in d.regions)
        else "guilloche"
    )
    fx._indicator(
        d,
        "ir_anomaly",
        "ir_transparent_ink",
        fx._shape_of(d, where),
        {Light.IR},
        1.0,
        "In IR the background patterns stay dark like the data: they were printed with "
        "carbon toner, not with the issuer's IR-transparent inks.",
    )


def desktop_counterfeit(d: Draft, s: float, rng: random.Random) -> list[str]:
    done: list[str] = []

    def use(method: str, q: float = s) -> None:
        if fx.draft_refusal(method, d) is None and _applies(d, method):
            fx.METHODS[method](d, q, rng)
            done.append(method)

    use("office_paper")
    use("non_polycarbonate_body")  # a card: PVC or paper instead of polycarbonate
    use("printed_watermark")
    use("fibres_missing")
    # An office printer's screen or droplet pattern is coarse (150–230 lines per inch:
    # 0.17–0.11 mm), however good the forger: fine lines always break into dots at 10×.
    use("halftone_print", 0.6 * s)
    _desktop_print(d, s, rng)
    use("printed_portrait")  # a card: no laser engraver
    use("degraded_microprint")
    use("uv_motif_wrong")
    use("no_relief")
    use("static_ovd")
    use("imitated_perforation")
    use("imitation_thread")
    use("misaligned_register")
    if s < 0.5:
        _toner_in_ir(d, s, rng)
        done.append("ir_anomaly")
    else:
        use("ir_anomaly")  # inkjet dye black: the MRZ fades in IR
    return done


# --- offset production ------------------------------------------------------------------------


def _misspelt_microprint(d: Draft, s: float, rng: random.Random) -> None:
    """The offset forger redrew the microprint from a poor copy: letters are wrong, and the
    issuer's deliberate error is 'corrected'."""
    word, wrong = deliberate_error(d.state)
    for item_id in d.feature_items.get("microprint", []):
        it = d.item(item_id)
        assert isinstance(it, Microprint)
        if wrong in it.text:
            it = dataclasses.replace(it, text=it.text.replace(wrong, word))
            (x0, y0), (x1, _y1) = it.points[0], it.points[-1]
            fx._indicator(
                d,
                "degraded_microprint",
                "deliberate_error",
                Rect(min(x0, x1), y0 - 0.45, abs(x1 - x0), 0.7),
                {Light.WHITE},
                10.0,
                f"The deliberate error is missing: the genuine line prints every fifth "
                f"'{word}' as '{wrong}'; this forger 'corrected' it.",
            )
        letters = [i for i, c in enumerate(it.text) if c.isalpha()]
        text = list(it.text)
        for i in rng.sample(letters, min(2, len(letters))):
            text[i] = "O" if text[i] != "O" else "Q"
        d.replace_item(item_id, dataclasses.replace(it, text="".join(text)))
        (x0, y0), (x1, _y1) = it.points[0], it.points[-1]
        fx._indicator(
            d,
            "degraded_microprint",
            "microprint",
            Rect(min(x0, x1), y0 - 0.45, abs(x1 - x0), 0.7),
            {Light.WHITE},
            10.0,
            "At 10× the microprint reads wrong: letters are replaced ("
            + "".join(text).strip()[:24]
            + "…): it was redrawn by a forger who could not read the original.",
        )


#: What an offset counterfeiter must imitate, in a fixed order; each poor imitation leaves
#: the trace of its method, at a moderate quality (subtlety chooses *how many* are poor).
OFFSET_TRACES: Final = (
    Trace("uv_dull_substrate", "office_paper", lambda d, q, r: fx.office_paper(d, 0.85, r)),
    Trace("watermark", "printed_watermark", lambda d, q, r: fx.printed_watermark(d, 0.8, r)),
    Trace("uv_fibres", "fibres_missing", lambda d, q, r: fx.fibres_missing(d, 0.7, r)),
    Trace("guilloche", "halftone_print", lambda d, q, r: fx.halftone_print(d, 0.9, r)),
    Trace("microprint", "degraded_microprint", _misspelt_microprint),
    Trace("uv_ink", "uv_motif_wrong", lambda d, q, r: fx.uv_motif_wrong(d, 0.8, r)),
    Trace("intaglio", "no_relief", lambda d, q, r: fx.no_relief(d, 0.8, r)),
    Trace("dovid", "static_ovd", lambda d, q, r: fx.static_ovd(d, 0.8, r)),
    # A card's changeable laser image (the back has no DOVID): the same imitation.
    Trace("mli_cli", "static_ovd", lambda d, q, r: fx.static_ovd(d, 0.8, r)),
    # A card printed on PVC, its portrait and data printed instead of engraved.
    Trace(
        "transparent_window",
        "non_polycarbonate_body",
        lambda d, q, r: fx.non_polycarbonate_body(d, 0.8, r),
    ),
    Trace("portrait", "printed_portrait", lambda d, q, r: fx.printed_portrait(d, 0.8, r)),
    Trace("mrz", "ir_anomaly", lambda d, q, r: fx.ir_anomaly(d, 0.9, r)),
    Trace(
        "laser_perforation",
        "imitated_perforation",
        lambda d, q, r: fx.imitated_perforation(d, 0.8, r),
    ),
    Trace("security_thread", "imitation_thread", lambda d, q, r: fx.imitation_thread(d, 0.8, r)),
    Trace(
        "see_through_register",
        "misaligned_register",
        lambda d, q, r: fx.misaligned_register(d, 0.8, r),
    ),
)


def offset_traces(d: Draft) -> list[Trace]:
    """The traces an offset counterfeit of this document can leave (its features), one per
    method."""
    out: dict[str, Trace] = {}
    for t in OFFSET_TRACES:
        if fx.draft_refusal(t.method, d) is None and _applies(d, t.method) and _has(d, t.feature):
            out.setdefault(t.method, t)
    return list(out.values())


def offset_counterfeit(d: Draft, s: float, rng: random.Random) -> list[str]:
    traces = offset_traces(d)
    well = round(s * max(0, len(traces) - MIN_TRACES))
    imitated = set(rng.sample(range(len(traces)), well))
    done: list[str] = []
    for k, t in enumerate(traces):
        if k in imitated:
            continue
        t.apply(d, s, rng)
        if t.method not in done:
            done.append(t.method)
    return done


# --- falsifications, stolen blanks, impostors -------------------------------------------------


def _portrait_attack(d: Draft, s: float, rng: random.Random) -> list[str]:
    """A new photo in a genuine document: glued onto a paper page, put in by splitting a
    polycarbonate card or data page open (its portrait is inside)."""
    method = "delamination" if d.polycarbonate else "photo_substitution"
    fx.METHODS[method](d, s, rng)
    return [method]


def _single(method: str) -> Callable[[Draft, float, random.Random], list[str]]:
    def make(d: Draft, s: float, rng: random.Random) -> list[str]:
        fx.METHODS[method](d, s, rng)
        return [method]

    return make


def _applies(d: Draft, method: str) -> bool:
    """Whether the draft has what ``method`` edits (a td1 card has no watermark etc.)."""
    need = {
        "printed_watermark": "watermark",
        "static_ovd": "dovid" if _has(d, "dovid") else "mli_cli",
        "no_relief": "intaglio",
        "imitated_perforation": "laser_perforation",
        "degraded_microprint": "microprint",
        "uv_motif_wrong": "uv_ink",
        "fibres_missing": "uv_fibres",
        "halftone_print": "guilloche",
        "imitation_thread": "security_thread",
        "misaligned_register": "see_through_register",
    }.get(method)
    return need is None or (_has(d, need) and any(r.feature == need for r in d.regions))


@dataclass(frozen=True, slots=True)
class Profile:
    """A forger's production: its verdict and how it edits a genuine draft."""

    id: str
    name: str
    verdict: Verdict
    make: Callable[[Draft, float, random.Random], list[str]]
    #: Generator types it cannot be applied to, with the reason.
    refused: Mapping[str, str] = dataclasses.field(default_factory=dict)


_NO_PORTRAIT: Final = {TD1_BACK: "the portrait is on the card front"}

PROFILES: Final[Mapping[str, Profile]] = {
    p.id: p
    for p in (
        Profile(
            "desktop_counterfeit",
            "Desktop counterfeit (office printer)",
            Verdict.COUNTERFEIT,
            desktop_counterfeit,
        ),
        Profile(
            "offset_counterfeit",
            "Offset counterfeit (organised printing)",
            Verdict.COUNTERFEIT,
            offset_counterfeit,
        ),
        Profile(
            "photo_substitution",
            "Falsified: photo substitution",
            Verdict.FALSIFIED,
            _portrait_attack,
            _NO_PORTRAIT,
        ),
        Profile(
            "data_alteration",
            "Falsified: data alteration",
            Verdict.FALSIFIED,
            _single("data_alteration"),
        ),
        Profile(
            "stolen_blank",
            "Stolen blank personalised by criminals",
            Verdict.STOLEN_BLANK,
            _single("stolen_blank_personalisation"),
        ),
        Profile(
            "fantasy_document",
            "Fantasy document (an issuer that does not exist)",
            Verdict.FANTASY,
            _single("fantasy_document"),
        ),
        Profile(
            "page_substitution",
            "Falsified: page substitution",
            Verdict.FALSIFIED,
            _single("page_substitution"),
            fx.BOOKLET_ONLY,
        ),
        Profile(
            "impostor",
            "Impostor (look-alike)",
            Verdict.IMPOSTOR,
            _single("impostor"),
            {TD1_BACK: "the portrait to compare with the traveller is on the card front"},
        ),
    )
}


def profile_refusal(profile: str, kind: str) -> str | None:
    """Why ``profile`` cannot make a document of generator type ``kind``; None if it can."""
    p = PROFILES.get(profile)
    if p is None:
        return Message(
            "unknown forger profile {profile}; expected one of: {profiles}",
            profile=repr(profile),
            profiles=", ".join(PROFILES),
        )
    reason = p.refused.get(kind)
    if reason is not None:
        return Message(
            "{profile} does not fit a {kind}: {reason}",
            profile=repr(profile),
            kind=kind,
            reason=Message(reason),
        )
    if kind == BOOKLET and p.verdict in fx.WHOLE_DOCUMENT:
        return Message(
            "{profile} does not fit a {kind}: a {verdict} booklet would be one on every page, "
            "and the generator forges a booklet's data page only",
            profile=repr(profile),
            kind=kind,
            verdict=p.verdict.value,
        )
    if kind not in (TD1_BACK, BOOKLET) and kind not in {t.value for t in LAYOUTS}:
        return Message(
            "{profile}: the generator makes no {kind} documents",
            profile=repr(profile),
            kind=repr(kind),
        )
    return None


def available_profiles(kind: str) -> tuple[str, ...]:
    """Profiles that can make a document of generator type ``kind``, in a fixed order."""
    return tuple(p for p in PROFILES if profile_refusal(p, kind) is None)


def produce(d: Draft, profile: str, *, subtlety: float, rng: random.Random) -> Draft:
    """Forge the genuine draft ``d`` (in place) by ``profile``'s production and set its truth:
    the verdict, the methods of every indicator it left, and the profile (``truth.extra``).

    Raises ValueError for an unknown profile, one the document cannot carry, or a subtlety
    outside [0, 1].
    """
    if not 0.0 <= subtlety <= 1.0:
        raise ValueError(f"subtlety must be between 0 and 1, not {subtlety:g}")
    reason = profile_refusal(profile, d.kind)
    if reason is not None:
        raise ValueError(reason)
    p = PROFILES[profile]
    methods = p.make(d, subtlety, rng)
    for m in methods:
        if m not in d.methods:
            d.methods.append(m)
    if TRAVELLER_FILE not in d.files and d.side == "front":
        d.set_traveller(d.holder_in_person())
    d.profile = profile
    made = f"Made as: {p.name.lower()}; it leaves "
    traces = "one kind of trace." if len(methods) == 1 else f"{len(methods)} kinds of trace."
    fx.conclude(d, summary=made + traces)
    return d
