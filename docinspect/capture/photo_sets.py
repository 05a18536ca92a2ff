"""Instructor photo sets: a document photo and a live photo of real people, made into a
face-comparison specimen that practice shows like a generated impostor (issue 16).

The specimen's one layer (white light) is the document photo, on a card of passport-photo
width; the live photo is the traveller at the desk (the specimen's ``"traveller"`` file, as
generated specimens carry it). Same person: the truth is genuine. Different people: the truth
is an impostor, with the portrait as the forgery indicator, whose explanation names the trait
groups the instructor marked as differing. The set is recorded under ``"photo_set"`` so the
studio can warn before a pack with real faces leaves the computer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, Final

from docinspect.model import DocumentType, Layer, Light, Rect, Region, Role, Specimen, Truth
from docinspect.model.truth import Verdict

#: The specimen key recording a photo set (and that its faces are real people's).
PHOTO_SET_KEY: Final = "photo_set"
#: File names inside the specimen's folder (the traveller key is the one practice reads).
DOCUMENT_PHOTO_FILE: Final = "white.png"
LIVE_PHOTO_FILE: Final = "traveller.png"
TRAVELLER_KEY: Final = "traveller"
#: Width of the card the document photo is shown on: an ICAO passport photo is 35 mm wide.
PHOTO_WIDTH_MM: Final = 35.0
#: Question id prefix in a face-comparison exercise made from photo sets.
EXERCISE_ID: Final = "face-comparison"

_ADVICE: Final = (
    "Compare feature by feature, not the overall impression: ears, face outline, the eyes' "
    "spacing and axis, nose and mouth stay with a person for life, while hair, glasses, beard, "
    "weight, pose, expression and light change between photos of the same person."
)


def photo_set_specimen(
    specimen_id: str,
    title: str,
    *,
    photo_size_px: tuple[int, int],
    same_person: bool,
    differing: Sequence[str] = (),
    note: str = "",
) -> Specimen:
    """The face-comparison specimen of one pair. ``photo_size_px`` is the document photo's
    (width, height); ``differing`` the trait groups that differ (for different people)."""
    width, height = photo_size_px
    if width <= 0 or height <= 0:
        raise ValueError("the document photo is empty")
    blank = Specimen(
        id=specimen_id,
        title=title,
        document_type=DocumentType.OTHER,
        width_mm=PHOTO_WIDTH_MM,
        height_mm=round(PHOTO_WIDTH_MM * height / width, 2),
        truth=Truth(Verdict.GENUINE),
        layers={Light.WHITE: Layer(Light.WHITE, DOCUMENT_PHOTO_FILE)},
        assets=(LIVE_PHOTO_FILE,),
        extra={TRAVELLER_KEY: LIVE_PHOTO_FILE},
    )
    return marked(blank, same_person=same_person, differing=differing, note=note)


def marked(
    specimen: Specimen, *, same_person: bool, differing: Sequence[str] = (), note: str = ""
) -> Specimen:
    """``specimen`` (a photo set) marked anew: same person (genuine) or two people (an
    impostor, the portrait the indicator naming ``differing`` and ``note``); its photos, size
    and title are kept."""
    if not same_person and not differing:
        raise ValueError("mark at least one trait that differs between the two people")
    note = note.strip()
    record: dict[str, Any] = {
        **dict(specimen.extra.get(PHOTO_SET_KEY) or {}),
        "real_faces": True,
        "same_person": same_person,
        "differing": list(differing) if not same_person else [],
        "note": note,
    }
    regions: tuple[Region, ...] = ()
    if same_person:
        explanation = "The same person in both photos. " + _ADVICE
        truth = Truth(Verdict.GENUINE, explanation=_joined(explanation, note))
    else:
        named = "; ".join(f"the {group}" for group in differing)
        explanation = (
            "The traveller is not the person in the document photo. What differs between the "
            f"photo and the person: {named}. " + _ADVICE
        )
        regions = (
            Region(
                id="portrait",
                shape=Rect(0.0, 0.0, specimen.width_mm, specimen.height_mm),
                feature="portrait",
                role=Role.FORGERY_INDICATOR,
                lights=frozenset({Light.WHITE}),
                explanation=_joined(explanation, note),
                method="impostor",
            ),
        )
        truth = Truth(Verdict.IMPOSTOR, ("impostor",), explanation=_joined(explanation, note))
    return replace(
        specimen,
        truth=truth,
        regions=regions,
        extra={**specimen.extra, PHOTO_SET_KEY: record},
    )


def _joined(text: str, note: str) -> str:
    return f"{text}\n\n{note}" if note else text


def is_photo_set(specimen: Specimen) -> bool:
    return isinstance(specimen.extra.get(PHOTO_SET_KEY), Mapping)


def real_face_specimens(specimens: Sequence[Specimen]) -> list[Specimen]:
    """The specimens that show real people's faces (photo sets)."""
    return [
        s
        for s in specimens
        if is_photo_set(s) and s.extra[PHOTO_SET_KEY].get("real_faces", True) is not False
    ]


def face_comparison_exercise(
    specimens: Sequence[Specimen], *, exercise_id: str = EXERCISE_ID, title: str
) -> dict[str, Any]:
    """A practice exercise with one verdict question per photo set: is the traveller the
    person in the document photo? (in the exercise file format)."""
    sets = [s for s in specimens if is_photo_set(s)]
    if not sets:
        raise ValueError("the pack has no photo sets yet: import a pair of photos first")
    return {
        "format": 1,
        "id": exercise_id,
        "title": title,
        "mode": "practice",
        "shuffle": True,
        "questions": [
            {
                "id": f"q{i}",
                "type": "verdict",
                "specimen": s.id,
                "prompt": "Is the traveller the person in the document photo?",
                "ask_method": False,
            }
            for i, s in enumerate(sets, start=1)
        ],
    }
