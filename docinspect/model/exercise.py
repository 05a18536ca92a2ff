"""Exercises: ordered or shuffled sets of questions over specimens, with a mode and a pass mark.

An exercise file is JSON (docs/decisions/0003-exercise-files-json.md). ``parse_exercise``
checks everything at once and raises ``ExerciseError`` listing every problem with file, field
and reason; ``exercise_to_data`` writes the same form back, unknown keys included, so a
load/save round trip by an older version loses nothing.

A question shows a specimen either from its pack (``"specimen": "<specimen id>"``) or made by
the generator from a recipe (``"recipe": {...}``); the built-in curriculum uses recipes so that
the repository holds no large images.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final, TypeAlias

from docinspect.i18n import Message
from docinspect.model.light import Light
from docinspect.model.specimen import DocumentType
from docinspect.model.taxonomy import Taxonomy, load_taxonomy

#: Version of the exercise file format written by this code.
FORMAT_VERSION: Final = 1

#: Defaults documented in docs/scoring.md.
DEFAULT_TOLERANCE_MM: Final = 2.0
DEFAULT_IOU_THRESHOLD: Final = 0.5
DEFAULT_PASS_MARK: Final = 0.8
DEFAULT_METHOD_CREDIT: Final = 0.5

#: Fields of the MRZ a trainee can point at in an ``mrz`` question.
MRZ_FIELDS: Final = (
    "document_type",
    "issuing_state",
    "name",
    "document_number",
    "document_number_check",
    "nationality",
    "birth_date",
    "birth_date_check",
    "sex",
    "expiry_date",
    "expiry_date_check",
    "optional_data",
    "composite_check",
)

_ID_RE: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_STATE_RE: Final = re.compile(r"^[A-Z]{3}$")


class Mode(StrEnum):
    PRACTICE = "practice"  # immediate feedback that explains
    EXAM = "exam"  # feedback at the end, pass mark
    TIMED = "timed"  # seconds per document; a time-out accepts the document


class LocateInput(StrEnum):
    CLICK = "click"  # one point on the defect
    DRAG = "drag"  # a box around the defect


@dataclass(frozen=True, slots=True)
class PackSpecimen:
    """A specimen of the pack the exercise belongs to, by its id."""

    id: str

    def key(self) -> str:
        return f"pack:{self.id}"


@dataclass(frozen=True, slots=True)
class Recipe:
    """How the generator makes a specimen: the same recipe always gives the same specimen."""

    document_type: DocumentType
    seed: int
    #: Forgery method ids applied; empty for a genuine specimen.
    methods: tuple[str, ...] = ()
    #: Issuing state code: fictional only (UTO or an invented code).
    state: str = "UTO"
    #: 0 = blatant, 1 = as subtle as the generator can make it.
    subtlety: float = 0.5
    #: Which side of the document: "front", or "back" for the back of a TD1 card (where
    #: Doc 9303 prints the card's MRZ). Only td1 has a back.
    side: str = "front"
    #: A forger's profile (docinspect.synth.profiles) that makes the whole forgery; its
    #: truth lists the methods of every trace it leaves. Empty: ``methods`` alone.
    profile: str = ""
    #: Benign flaws of use (worn corners, scratches, dirt, faded UV), 0 none .. 1 much: on
    #: genuine and forged documents alike, never a forgery sign (synth/wear.py).
    wear: float = 0.0
    #: A passport (td3) as a whole booklet: the data page sewn in with its visa pages, to be
    #: paged through (the generator's ``td3-booklet``; decision 0033).
    booklet: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def genuine(self) -> bool:
        return not self.methods and not self.profile

    @property
    def generator_type(self) -> str:
        """The generator's type name: the document type, ``td1-back`` for a card back,
        ``td3-booklet`` for a passport booklet."""
        if self.booklet:
            return f"{self.document_type.value}-booklet"
        return (
            f"{self.document_type.value}-back" if self.side == "back" else self.document_type.value
        )

    def key(self) -> str:
        """Stable text naming the specimen this recipe makes (for caches and the attempt log).

        A back is named by the generator's type (``recipe:td1-back:…``): the keys of front
        recipes (all attempts logged before backs existed) stay as they were, and a back keeps
        the same six parts, so item analysis still groups it by template without its seed.
        """
        # A profile names the forgery in the methods' place ("profile=…"), so the keys of
        # method recipes logged before profiles existed stay as they were.
        methods = f"profile={self.profile}" if self.profile else "+".join(self.methods)
        # Wear is named only when there is some: keys logged before it existed stay the same.
        worn = f":wear={self.wear:.2f}" if self.wear else ""
        return (
            f"recipe:{self.generator_type}:{self.state}:{self.seed}:{methods or 'genuine'}"
            f":{self.subtlety:.3f}{worn}"
        )


SpecimenSource: TypeAlias = PackSpecimen | Recipe


@dataclass(frozen=True, slots=True)
class VerdictQuestion:
    """Is the document genuine or forged — and, when ``ask_method``, by which method?"""

    id: str
    specimen: SpecimenSource
    prompt: str = ""
    ask_method: bool = True
    #: Share of the points for "forged" with a wrong or missing method.
    method_credit: float = DEFAULT_METHOD_CREDIT
    points: float = 1.0
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    type = "verdict"


@dataclass(frozen=True, slots=True)
class LocateQuestion:
    """Click on (or drag a box around) the defect; scored against the forgery indicator regions."""

    id: str
    specimen: SpecimenSource
    prompt: str = ""
    #: Narrow the truth regions to indicators of this feature and/or this method.
    feature: str | None = None
    method: str | None = None
    input: LocateInput = LocateInput.CLICK
    #: Light the specimen is first shown under (the trainee may switch).
    light: Light = Light.WHITE
    tolerance_mm: float = DEFAULT_TOLERANCE_MM
    iou_threshold: float = DEFAULT_IOU_THRESHOLD
    points: float = 1.0
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    type = "locate"


@dataclass(frozen=True, slots=True)
class IdentifyQuestion:
    """Which feature is in the marked region? The region is the one carrying ``feature``."""

    id: str
    specimen: SpecimenSource
    feature: str
    choices: tuple[str, ...]
    prompt: str = ""
    #: Region id to mark, for pack specimens with more than one region of the feature.
    region: str | None = None
    light: Light = Light.WHITE
    points: float = 1.0
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    type = "identify"


@dataclass(frozen=True, slots=True)
class WhichLightQuestion:
    """Under which light does ``feature`` show? Right answers default to the taxonomy's lights."""

    id: str
    feature: str
    choices: tuple[Light, ...] = tuple(Light)
    specimen: SpecimenSource | None = None
    prompt: str = ""
    #: Accepted lights; empty means the lights the taxonomy lists for the feature.
    answer: tuple[Light, ...] = ()
    points: float = 1.0
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    type = "which_light"


@dataclass(frozen=True, slots=True)
class MrzQuestion:
    """Which MRZ field is inconsistent, or which check digit is wrong?"""

    id: str
    specimen: SpecimenSource
    choices: tuple[str, ...] = MRZ_FIELDS
    prompt: str = ""
    #: The wrong field; when absent it is worked out from the specimen when the question is shown.
    answer: str | None = None
    points: float = 1.0
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    type = "mrz"


@dataclass(frozen=True, slots=True)
class CompareQuestion:
    """Questioned specimen beside a genuine reference: is it genuine or forged, and how?"""

    id: str
    specimen: SpecimenSource
    reference: SpecimenSource
    prompt: str = ""
    ask_method: bool = True
    method_credit: float = DEFAULT_METHOD_CREDIT
    points: float = 1.0
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    type = "compare"


Question: TypeAlias = (
    VerdictQuestion
    | LocateQuestion
    | IdentifyQuestion
    | WhichLightQuestion
    | MrzQuestion
    | CompareQuestion
)

QUESTION_TYPES: Final = ("verdict", "locate", "identify", "which_light", "mrz", "compare")


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    title: str
    mode: Mode
    questions: tuple[Question, ...]
    #: Module of the curriculum this exercise belongs to (free text, e.g. "The MRZ").
    module: str = ""
    #: Short lesson shown to the trainee before the first question, as paragraphs.
    lesson: tuple[str, ...] = ()
    shuffle: bool = False
    #: Seconds allowed per question (practice and exam; None = no limit).
    time_limit_s: float | None = None
    #: Seconds per document in timed mode, as at a first-line check.
    document_time_s: float | None = None
    #: Share of the points needed to pass (0..1).
    pass_mark: float = DEFAULT_PASS_MARK
    format: int = FORMAT_VERSION
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def chip_reader(self) -> bool:
        """The practice desk offers the document reader (Read chip) for this exercise's
        documents. Off by default: a module that trains the page must be answered from the
        page, since a counterfeit's chip gives it away without looking (decision 0025)."""
        return self.extra.get("chip_reader") is True

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    @property
    def max_score(self) -> float:
        return sum(q.points for q in self.questions)

    def seconds_per_question(self) -> float | None:
        """The time limit that applies to each question in this exercise's mode."""
        if self.mode is Mode.TIMED:
            return self.document_time_s
        return self.time_limit_s


# --- parsing ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return (
            f"{self.file}: {self.field}: {self.reason}"
            if self.field
            else f"{self.file}: {self.reason}"
        )


class ExerciseError(ValueError):
    """An exercise file is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


_MISSING: Final = object()


class _Reader:
    """Collects problems while reading a JSON object, so one pass reports them all."""

    def __init__(self, file: str, taxonomy: Taxonomy) -> None:
        self.file = file
        self.taxonomy = taxonomy
        self.problems: list[Problem] = []

    def problem(self, path: str, reason: str) -> None:
        self.problems.append(Problem(self.file, path, reason))

    def obj(self, value: Any, path: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(path, Message("expected an object, found {value}", value=_kind(value)))
            return None
        return value

    def get(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        kind: type | tuple[type, ...],
        *,
        required: bool = False,
        default: Any = None,
    ) -> Any:
        value = data.get(key, _MISSING)
        where = _join(path, key)
        if value is _MISSING or value is None and not required:
            if required:
                self.problem(where, Message("missing"))
            return default
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int in Python; a JSON true is never a number here.
        if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
            self.problem(
                where,
                Message(
                    "expected {value}, found {value2}", value=_kind_name(kinds), value2=_kind(value)
                ),
            )
            return default
        if isinstance(value, float) and not math.isfinite(value):
            self.problem(where, Message("must be a finite number"))
            return default
        return value

    def text(self, data: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
        value = self.get(data, key, path, str, required=required, default="")
        return value

    def ident(self, data: dict[str, Any], key: str, path: str) -> str:
        value = self.get(data, key, path, str, required=True, default="")
        if value and not _ID_RE.match(value):
            self.problem(
                _join(path, key),
                Message(
                    "{value} is not a valid id (letters, digits, _ . -; up to 64)",
                    value=repr(value),
                ),
            )
        return value

    def number(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        *,
        default: float | None,
        low: float | None = None,
        high: float | None = None,
        low_open: bool = False,
        required: bool = False,
    ) -> float | None:
        value = self.get(data, key, path, (int, float), required=required, default=_MISSING)
        if value is _MISSING:
            return default
        value = float(value)
        where = _join(path, key)
        if low is not None and (value <= low if low_open else value < low):
            self.problem(
                where,
                Message(
                    "must be above {low}, not {value}"
                    if low_open
                    else "must be at least {low}, not {value}",
                    low=format(low, "g"),
                    value=format(value, "g"),
                ),
            )
            return default
        if high is not None and value > high:
            self.problem(
                where,
                Message(
                    "must be at most {high}, not {value}",
                    high=format(high, "g"),
                    value=format(value, "g"),
                ),
            )
            return default
        return value

    def feature(self, value: Any, where: str) -> str | None:
        if not isinstance(value, str):
            self.problem(where, Message("expected a feature id, found {value}", value=_kind(value)))
            return None
        if value not in self.taxonomy.features:
            self.problem(
                where, Message("unknown feature {value} (not in the taxonomy)", value=repr(value))
            )
            return None
        return value

    def method(self, value: Any, where: str) -> str | None:
        if not isinstance(value, str):
            self.problem(
                where, Message("expected a forgery method id, found {value}", value=_kind(value))
            )
            return None
        if value not in self.taxonomy.methods:
            self.problem(
                where,
                Message("unknown forgery method {value} (not in the taxonomy)", value=repr(value)),
            )
            return None
        return value

    def light(self, value: Any, where: str) -> Light | None:
        try:
            return Light(value)
        except (ValueError, TypeError):
            choices = ", ".join(x.value for x in Light)
            self.problem(
                where,
                Message(
                    "unknown light {value}; expected one of: {choices}",
                    value=repr(value),
                    choices=choices,
                ),
            )
            return None

    def choice_list(
        self, data: dict[str, Any], key: str, path: str, check, *, required: bool, minimum: int
    ) -> tuple | None:
        raw = self.get(data, key, path, list, required=required, default=None)
        if raw is None:
            return None
        where = _join(path, key)
        items = [check(v, f"{where}[{i}]") for i, v in enumerate(raw)]
        if any(v is None for v in items):
            return None
        if len(set(items)) != len(items):
            self.problem(where, Message("lists a choice twice"))
            return None
        if len(items) < minimum:
            self.problem(where, Message("needs at least {minimum} choices", minimum=minimum))
            return None
        return tuple(items)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    return {
        dict: Message("an object"),
        list: Message("a list"),
        str: Message("text"),
        bool: "true/false",
        type(None): "null",
        int: Message("a number"),
        float: Message("a number"),
    }.get(type(value), type(value).__name__)


def _kind_name(kinds: tuple[type, ...]) -> str:
    names = {
        dict: Message("an object"),
        list: Message("a list"),
        str: Message("text"),
        bool: Message("true or false"),
        int: Message("a number"),
        float: Message("a number"),
    }
    found = list(dict.fromkeys(names.get(k, k.__name__) for k in kinds))
    text = found[0]
    for other in found[1:]:
        text = Message("{some} or {last}", some=text, last=other)
    return text


_EXERCISE_KEYS: Final = frozenset(
    {
        "format",
        "id",
        "title",
        "module",
        "lesson",
        "mode",
        "shuffle",
        "time_limit_s",
        "document_time_s",
        "pass_mark",
        "questions",
    }
)
_RECIPE_KEYS: Final = frozenset(
    {"document_type", "seed", "methods", "state", "subtlety", "side", "profile", "wear", "booklet"}
)

#: Sides a recipe may name, and the document types that have a back to show.
RECIPE_SIDES: Final = ("front", "back")
_HAS_BACK: Final = frozenset({DocumentType.TD1})
_COMMON_KEYS: Final = frozenset({"id", "type", "prompt", "points", "specimen", "recipe"})
_TYPE_KEYS: Final[Mapping[str, frozenset[str]]] = {
    "verdict": frozenset({"ask_method", "method_credit"}),
    "locate": frozenset({"feature", "method", "input", "light", "tolerance_mm", "iou_threshold"}),
    "identify": frozenset({"feature", "choices", "region", "light"}),
    "which_light": frozenset({"feature", "choices", "answer"}),
    "mrz": frozenset({"choices", "answer"}),
    "compare": frozenset({"reference", "reference_recipe", "ask_method", "method_credit"}),
}


def parse_exercise(data: Any, *, file: str, taxonomy: Taxonomy | None = None) -> Exercise:
    """Build an Exercise from its JSON form, or raise ExerciseError listing every problem.

    ``file`` names the source in messages. Feature and method ids are checked against
    ``taxonomy`` (the shipped one by default). Keys this version does not know are kept in
    ``extra`` and written back by ``exercise_to_data``.
    """
    r = _Reader(file, taxonomy or load_taxonomy())
    top = r.obj(data, "")
    if top is None:
        raise ExerciseError(r.problems)
    fmt = r.get(top, "format", "", int, required=True, default=FORMAT_VERSION)
    if isinstance(fmt, int) and not isinstance(fmt, bool) and fmt > FORMAT_VERSION:
        r.problem(
            "format",
            Message(
                "version {fmt} is newer than this DocInspect reads ({format_version}); update DocInspect",
                fmt=fmt,
                format_version=FORMAT_VERSION,
            ),
        )
        raise ExerciseError(r.problems)
    if isinstance(fmt, int) and fmt < 1:
        r.problem("format", Message("must be 1 or more, not {fmt}", fmt=fmt))
    ex_id = r.ident(top, "id", "")
    title = r.text(top, "title", "", required=True)
    if "title" in top and isinstance(top["title"], str) and not title.strip():
        r.problem("title", Message("must not be empty"))
    module = r.text(top, "module", "")
    lesson = _lesson(r, top)
    mode_text = r.get(top, "mode", "", str, required=True, default=None)
    mode = Mode.PRACTICE
    if mode_text is not None:
        try:
            mode = Mode(mode_text)
        except ValueError:
            r.problem(
                "mode",
                Message(
                    "unknown mode {mode_text}; expected practice, exam or timed",
                    mode_text=repr(mode_text),
                ),
            )
    shuffle = r.get(top, "shuffle", "", bool, default=False)
    time_limit = r.number(top, "time_limit_s", "", default=None, low=0, low_open=True)
    doc_time = r.number(top, "document_time_s", "", default=None, low=0, low_open=True)
    if mode is Mode.TIMED and "document_time_s" not in top:
        r.problem(
            "document_time_s", Message("a timed exercise needs the seconds allowed per document")
        )
    pass_mark = r.number(top, "pass_mark", "", default=DEFAULT_PASS_MARK, low=0, high=1)
    raw_questions = r.get(top, "questions", "", list, required=True, default=[])
    questions: list[Question] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_questions):
        path = f"questions[{i}]"
        q = _question(r, raw, path)
        if q is None:
            continue
        if q.id in seen:
            r.problem(f"{path}.id", Message("duplicate question id {id}", id=repr(q.id)))
        seen.add(q.id)
        if mode is Mode.TIMED and not isinstance(
            q, VerdictQuestion | LocateQuestion | CompareQuestion
        ):
            r.problem(
                f"{path}.type",
                Message(
                    "a timed exercise asks about documents (verdict, locate, compare), not {type}",
                    type=q.type,
                ),
            )
        questions.append(q)
    if "questions" in top and isinstance(top["questions"], list) and not top["questions"]:
        r.problem("questions", Message("an exercise needs at least one question"))
    if r.problems:
        raise ExerciseError(r.problems)
    return Exercise(
        id=ex_id,
        title=title,
        mode=mode,
        questions=tuple(questions),
        module=module,
        lesson=lesson,
        shuffle=shuffle,
        time_limit_s=time_limit,
        document_time_s=doc_time,
        pass_mark=float(pass_mark),
        format=fmt,
        extra={k: v for k, v in top.items() if k not in _EXERCISE_KEYS},
    )


def _lesson(r: _Reader, top: dict[str, Any]) -> tuple[str, ...]:
    value = top.get("lesson")
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(p.strip() for p in value.split("\n\n") if p.strip())
    if isinstance(value, list) and all(isinstance(p, str) for p in value):
        return tuple(p.strip() for p in value if p.strip())
    r.problem("lesson", Message("expected text or a list of paragraphs"))
    return ()


def _question(r: _Reader, raw: Any, path: str) -> Question | None:
    data = r.obj(raw, path)
    if data is None:
        return None
    before = len(r.problems)
    qid = r.ident(data, "id", path)
    qtype = r.get(data, "type", path, str, required=True, default=None)
    if qtype is None:
        return None
    if qtype not in QUESTION_TYPES:
        r.problem(
            f"{path}.type",
            Message(
                "unknown question type {qtype}; expected one of: {value}",
                qtype=repr(qtype),
                value=", ".join(QUESTION_TYPES),
            ),
        )
        return None
    prompt = r.text(data, "prompt", path)
    points = r.number(data, "points", path, default=1.0, low=0, low_open=True)
    extra = {k: v for k, v in data.items() if k not in _COMMON_KEYS | _TYPE_KEYS[qtype]}
    needs_specimen = qtype != "which_light"
    specimen = _source(r, data, "specimen", "recipe", path, required=needs_specimen)
    q: Question | None = None
    common = {"id": qid, "prompt": prompt, "points": points, "extra": extra}
    if qtype in ("verdict", "compare"):
        ask = r.get(data, "ask_method", path, bool, default=True)
        credit = r.number(data, "method_credit", path, default=DEFAULT_METHOD_CREDIT, low=0, high=1)
        if qtype == "verdict":
            q = VerdictQuestion(specimen=specimen, ask_method=ask, method_credit=credit, **common)
        else:
            reference = _source(r, data, "reference", "reference_recipe", path, required=True)
            if isinstance(reference, Recipe) and reference.methods:
                r.problem(
                    f"{path}.reference_recipe.methods", Message("the reference must be genuine")
                )
            q = CompareQuestion(
                specimen=specimen,
                reference=reference,
                ask_method=ask,
                method_credit=credit,
                **common,
            )
    elif qtype == "locate":
        feature = (
            r.feature(data["feature"], f"{path}.feature")
            if data.get("feature") is not None
            else None
        )
        method = (
            r.method(data["method"], f"{path}.method") if data.get("method") is not None else None
        )
        input_text = r.get(data, "input", path, str, default="click")
        try:
            locate_input = LocateInput(input_text)
        except ValueError:
            r.problem(
                f"{path}.input",
                Message(
                    "unknown input {input_text}; expected click or drag",
                    input_text=repr(input_text),
                ),
            )
            locate_input = LocateInput.CLICK
        light = r.light(data.get("light", "white"), f"{path}.light") or Light.WHITE
        tol = r.number(data, "tolerance_mm", path, default=DEFAULT_TOLERANCE_MM, low=0, high=50)
        iou = r.number(
            data, "iou_threshold", path, default=DEFAULT_IOU_THRESHOLD, low=0, high=1, low_open=True
        )
        if isinstance(specimen, Recipe) and specimen.genuine:
            r.problem(
                f"{path}.recipe.methods",
                Message("a locate question needs a forged specimen (a defect to find)"),
            )
        q = LocateQuestion(
            specimen=specimen,
            feature=feature,
            method=method,
            input=locate_input,
            light=light,
            tolerance_mm=tol,
            iou_threshold=iou,
            **common,
        )
    elif qtype == "identify":
        feature = r.feature(data.get("feature"), f"{path}.feature") if "feature" in data else None
        if "feature" not in data:
            r.problem(f"{path}.feature", Message("missing"))
        choices = r.choice_list(data, "choices", path, r.feature, required=True, minimum=2)
        if feature and choices and feature not in choices:
            r.problem(
                f"{path}.choices",
                Message("must include the right answer {feature}", feature=repr(feature)),
            )
        region = r.get(data, "region", path, str, default=None)
        light = r.light(data.get("light", "white"), f"{path}.light") or Light.WHITE
        q = IdentifyQuestion(
            specimen=specimen,
            feature=feature or "",
            choices=choices or (),
            region=region,
            light=light,
            **common,
        )
    elif qtype == "which_light":
        feature = r.feature(data.get("feature"), f"{path}.feature") if "feature" in data else None
        if "feature" not in data:
            r.problem(f"{path}.feature", Message("missing"))
        choices = r.choice_list(data, "choices", path, r.light, required=False, minimum=2)
        answer = r.choice_list(data, "answer", path, r.light, required=False, minimum=1) or ()
        choices = choices or tuple(Light)
        if not answer and feature:
            answer_set = r.taxonomy.features[feature].lights
            if not answer_set & set(choices):
                r.problem(
                    f"{path}.choices",
                    Message("none of the choices reveals the feature; give an answer"),
                )
        if answer and not set(answer) <= set(choices):
            r.problem(f"{path}.answer", Message("every accepted light must be among the choices"))
        q = WhichLightQuestion(
            feature=feature or "", choices=choices, specimen=specimen, answer=answer, **common
        )
    elif qtype == "mrz":

        def mrz_field(value: Any, where: str) -> str | None:
            if value not in MRZ_FIELDS:
                r.problem(
                    where,
                    Message(
                        "unknown MRZ field {value}; expected one of: {value2}",
                        value=repr(value),
                        value2=", ".join(MRZ_FIELDS),
                    ),
                )
                return None
            return value

        choices = r.choice_list(data, "choices", path, mrz_field, required=False, minimum=2)
        choices = choices or MRZ_FIELDS
        answer = (
            mrz_field(data["answer"], f"{path}.answer") if data.get("answer") is not None else None
        )
        if answer and answer not in choices:
            r.problem(f"{path}.answer", Message("must be among the choices"))
        q = MrzQuestion(specimen=specimen, choices=choices, answer=answer, **common)
    if len(r.problems) > before:
        return None
    return q


def _source(
    r: _Reader, data: dict[str, Any], pack_key: str, recipe_key: str, path: str, *, required: bool
) -> SpecimenSource | None:
    has_pack = data.get(pack_key) is not None
    has_recipe = data.get(recipe_key) is not None
    if has_pack and has_recipe:
        r.problem(
            path,
            Message(
                "give either {pack_key} or {recipe_key}, not both",
                pack_key=repr(pack_key),
                recipe_key=repr(recipe_key),
            ),
        )
        return None
    if has_pack:
        value = r.ident(data, pack_key, path)
        return PackSpecimen(value) if value else None
    if has_recipe:
        return _recipe(r, data[recipe_key], _join(path, recipe_key))
    if required:
        r.problem(
            path,
            Message(
                "needs a specimen: {pack_key} (an id in the pack) or {recipe_key} (a generator recipe)",
                pack_key=repr(pack_key),
                recipe_key=repr(recipe_key),
            ),
        )
    return None


def _recipe(r: _Reader, raw: Any, path: str) -> Recipe | None:
    data = r.obj(raw, path)
    if data is None:
        return None
    before = len(r.problems)
    doc_text = r.get(data, "document_type", path, str, required=True, default=None)
    doc_type = DocumentType.TD3
    known_doc = False
    if doc_text is not None:
        try:
            doc_type = DocumentType(doc_text)
            if doc_type is DocumentType.OTHER:
                raise ValueError
            known_doc = True
        except ValueError:
            choices = ", ".join(t.value for t in DocumentType if t is not DocumentType.OTHER)
            # The generator's own name for a card back is not a document type: say how to ask.
            hint = (
                Message(
                    ' (for the back of an ID card write "document_type": "td1", "side": "back")'
                )
                if doc_text.endswith("-back")
                else ""
            )
            r.problem(
                f"{path}.document_type",
                Message(
                    "unknown document type {doc_text}; expected one of: {choices}{hint}",
                    doc_text=repr(doc_text),
                    choices=choices,
                    hint=hint,
                ),
            )
    seed = r.get(data, "seed", path, int, required=True, default=0)
    if seed < 0 or seed >= 2**63:
        r.problem(f"{path}.seed", Message("must be a whole number from 0 to 2^63-1"))
    raw_methods = r.get(data, "methods", path, list, default=[])
    methods = tuple(r.method(m, f"{path}.methods[{i}]") for i, m in enumerate(raw_methods))
    if len(set(methods)) != len(methods):
        r.problem(f"{path}.methods", Message("lists a method twice"))
    state = r.get(data, "state", path, str, default="UTO")
    if not _STATE_RE.match(state):
        r.problem(
            f"{path}.state", Message("{state} is not a three-letter state code", state=repr(state))
        )
    subtlety = r.number(data, "subtlety", path, default=0.5, low=0, high=1)
    side = r.get(data, "side", path, str, default="front")
    if side not in RECIPE_SIDES:
        r.problem(
            f"{path}.side", Message("unknown side {side}; expected front or back", side=repr(side))
        )
    elif side == "back" and known_doc and doc_type not in _HAS_BACK:
        r.problem(
            f"{path}.side",
            Message(
                "only an ID card (td1) has a back to show here, not a {value} (passports, TD2 cards and visas print their MRZ on the front)",
                value=doc_type.value,
            ),
        )
    wear = r.number(data, "wear", path, default=0.0, low=0, high=1)
    booklet = r.get(data, "booklet", path, bool, default=False)
    if booklet and known_doc and (doc_type is not DocumentType.TD3 or side != "front"):
        r.problem(
            f"{path}.booklet",
            f"only a passport (td3) is a booklet, not a {doc_type.value}"
            + (" card's back" if side == "back" else ""),
        )
    profile = r.get(data, "profile", path, str, default="")
    if profile and methods:
        r.problem(f"{path}.profile", Message("give a forger profile or methods, not both"))
    if len(r.problems) > before:
        return None
    return Recipe(
        document_type=doc_type,
        seed=seed,
        methods=methods,
        profile=profile,
        state=state,  # type: ignore[arg-type]
        subtlety=float(subtlety),
        side=side,
        wear=float(wear),
        booklet=bool(booklet),
        extra={k: v for k, v in data.items() if k not in _RECIPE_KEYS},
    )


# --- writing ---------------------------------------------------------------------------------


def exercise_to_data(exercise: Exercise) -> dict[str, Any]:
    """The JSON form of ``exercise``, with the unknown keys it was read with."""
    data: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "id": exercise.id,
        "title": exercise.title,
        "module": exercise.module,
        "mode": exercise.mode.value,
        "lesson": list(exercise.lesson),
        "shuffle": exercise.shuffle,
        "pass_mark": exercise.pass_mark,
    }
    if exercise.time_limit_s is not None:
        data["time_limit_s"] = exercise.time_limit_s
    if exercise.document_time_s is not None:
        data["document_time_s"] = exercise.document_time_s
    data["questions"] = [_question_to_data(q) for q in exercise.questions]
    data.update(exercise.extra)
    return data


def _question_to_data(q: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": q.id, "type": q.type}
    if q.prompt:
        data["prompt"] = q.prompt
    if q.points != 1.0:
        data["points"] = q.points
    if q.specimen is not None:
        data.update(_source_to_data(q.specimen, "specimen", "recipe"))
    if isinstance(q, VerdictQuestion | CompareQuestion):
        data["ask_method"] = q.ask_method
        data["method_credit"] = q.method_credit
        if isinstance(q, CompareQuestion):
            data.update(_source_to_data(q.reference, "reference", "reference_recipe"))
    elif isinstance(q, LocateQuestion):
        if q.feature:
            data["feature"] = q.feature
        if q.method:
            data["method"] = q.method
        data.update(
            input=q.input.value,
            light=q.light.value,
            tolerance_mm=q.tolerance_mm,
            iou_threshold=q.iou_threshold,
        )
    elif isinstance(q, IdentifyQuestion):
        data.update(feature=q.feature, choices=list(q.choices), light=q.light.value)
        if q.region:
            data["region"] = q.region
    elif isinstance(q, WhichLightQuestion):
        data.update(feature=q.feature, choices=[x.value for x in q.choices])
        if q.answer:
            data["answer"] = [x.value for x in q.answer]
    elif isinstance(q, MrzQuestion):
        data["choices"] = list(q.choices)
        if q.answer:
            data["answer"] = q.answer
    data.update(q.extra)
    return data


def _source_to_data(source: SpecimenSource, pack_key: str, recipe_key: str) -> dict[str, Any]:
    if isinstance(source, PackSpecimen):
        return {pack_key: source.id}
    return {recipe_key: recipe_to_data(source)}


def recipe_to_data(recipe: Recipe) -> dict[str, Any]:
    """The JSON form of a recipe, with the unknown keys it was read with (lesson plans too)."""
    data: dict[str, Any] = {
        "document_type": recipe.document_type.value,
        "seed": recipe.seed,
        "methods": list(recipe.methods),
        "state": recipe.state,
        "subtlety": recipe.subtlety,
    }
    # A front is the default: files written before backs existed keep their exact form.
    if recipe.side != "front":
        data["side"] = recipe.side
    if recipe.profile:
        data["profile"] = recipe.profile
    if recipe.wear:
        data["wear"] = recipe.wear
    if recipe.booklet:
        data["booklet"] = True
    data.update(recipe.extra)
    return data


def validate_pack_exercise(data: Any, context: Any) -> list[tuple[str, str]]:
    """Every problem of an exercise inside a pack, as (field, reason) pairs — empty if valid.

    The packs layer calls it (as ``validate_exercise``) for every exercise file it reads. ``context`` has ``file`` (the file's path in the pack) and
    ``specimen_ids`` (the pack's specimen ids): a question that names a specimen the pack
    does not hold is a problem too.
    """
    try:
        exercise = parse_exercise(data, file=str(context.file))
    except ExerciseError as exc:
        return [(p.field, p.reason) for p in exc.problems]
    problems = []
    known = frozenset(context.specimen_ids)
    for i, q in enumerate(exercise.questions):
        sources = [("specimen", q.specimen)]
        if isinstance(q, CompareQuestion):
            sources.append(("reference", q.reference))
        for key, source in sources:
            if isinstance(source, PackSpecimen) and source.id not in known:
                problems.append(
                    (f"questions[{i}].{key}", f"no specimen {source.id!r} in this pack")
                )
    return problems


#: The name the packs layer's seam looks up (docinspect.packs.default_exercise_validator):
#: strict parsing plus specimen references (the reader passes every declared specimen id).
validate_exercise = validate_pack_exercise
