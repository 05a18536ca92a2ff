"""What a trainee answers, per question type, and its JSON form for the attempt log."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias


@dataclass(frozen=True, slots=True)
class VerdictAnswer:
    """Genuine or forged; for forged, optionally the method the trainee names."""

    forged: bool
    method: str | None = None


@dataclass(frozen=True, slots=True)
class PointAnswer:
    """A click on the specimen, in millimetres from its top-left corner; on a booklet,
    ``page`` is the page it was given on ("" for the data page)."""

    x_mm: float
    y_mm: float
    page: str = ""


@dataclass(frozen=True, slots=True)
class BoxAnswer:
    """A box dragged on the specimen, in millimetres; ``page`` as for a click."""

    left: float
    top: float
    right: float
    bottom: float
    page: str = ""

    def __post_init__(self) -> None:
        # Normalise a box dragged right-to-left or bottom-to-top.
        if self.left > self.right:
            left, right = self.right, self.left
            object.__setattr__(self, "left", left)
            object.__setattr__(self, "right", right)
        if self.top > self.bottom:
            top, bottom = self.bottom, self.top
            object.__setattr__(self, "top", top)
            object.__setattr__(self, "bottom", bottom)


@dataclass(frozen=True, slots=True)
class ChoiceAnswer:
    """One of the offered choices (a feature id, a light, an MRZ field)."""

    choice: str


@dataclass(frozen=True, slots=True)
class TimeOut:
    """No answer before the time ran out. At a first-line check that means the document passed."""


Answer: TypeAlias = VerdictAnswer | PointAnswer | BoxAnswer | ChoiceAnswer | TimeOut


def answer_to_json(answer: Answer) -> dict[str, Any]:
    """The answer as a small JSON object, as stored in the attempt log."""
    if isinstance(answer, VerdictAnswer):
        return {"kind": "verdict", "forged": answer.forged, "method": answer.method}
    # A page is named only on a booklet's other pages: answers logged before booklets, and
    # every answer on a data page, keep their exact form.
    page = (
        {"page": answer.page} if isinstance(answer, PointAnswer | BoxAnswer) and answer.page else {}
    )
    if isinstance(answer, PointAnswer):
        return {"kind": "point", "x_mm": answer.x_mm, "y_mm": answer.y_mm, **page}
    if isinstance(answer, BoxAnswer):
        return {
            "kind": "box",
            "left": answer.left,
            "top": answer.top,
            "right": answer.right,
            "bottom": answer.bottom,
            **page,
        }
    if isinstance(answer, ChoiceAnswer):
        return {"kind": "choice", "choice": answer.choice}
    return {"kind": "timeout"}


def answer_from_json(data: dict[str, Any]) -> Answer:
    """Inverse of answer_to_json; raises ValueError on anything else."""
    try:
        kind = data["kind"]
        if kind == "verdict":
            return VerdictAnswer(bool(data["forged"]), data.get("method"))
        if kind == "point":
            return PointAnswer(float(data["x_mm"]), float(data["y_mm"]), str(data.get("page", "")))
        if kind == "box":
            box = (float(data[k]) for k in ("left", "top", "right", "bottom"))
            return BoxAnswer(*box, page=str(data.get("page", "")))
        if kind == "choice":
            return ChoiceAnswer(str(data["choice"]))
        if kind == "timeout":
            return TimeOut()
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed answer {data!r}") from exc
    raise ValueError(f"unknown answer kind {kind!r}")
