"""The truth about a specimen: its verdict and the forgery methods applied to it.

In an exam pack the truth is *sealed* (docs/pack-format.md, "Sealed exam packs"): the
trainee's copy says only ``{"sealed": true}`` and the verdict, methods and explanation are in
the pack's encrypted answer key, which the instructor's station opens to score the exam.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    GENUINE = "genuine"
    COUNTERFEIT = "counterfeit"  # complete reproduction
    FALSIFIED = "falsified"  # genuine document, altered (photo, data, page)
    IMPOSTOR = "impostor"  # genuine document, used by a look-alike
    FANTASY = "fantasy"  # a document of a state or organisation that does not issue it
    STOLEN_BLANK = "stolen_blank"  # genuine blank, personalised by a criminal

    @property
    def is_forged(self) -> bool:
        """True for every verdict an officer must refuse at the border."""
        return self is not Verdict.GENUINE


@dataclass(frozen=True, slots=True)
class Truth:
    #: None only for a sealed truth (``Truth.sealed_key()``): the verdict is not known here.
    verdict: Verdict | None
    #: Forgery method ids from the taxonomy (``forgery_methods``); empty for genuine specimens.
    methods: tuple[str, ...] = ()
    #: What a trainee should learn from this specimen, shown after the answer.
    explanation: str = ""
    #: Keys this version does not know, kept so that a load/save round trip loses nothing.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.verdict is Verdict.GENUINE and self.methods:
            raise ValueError("a genuine specimen has no forgery methods")
        if self.verdict is None and (self.methods or self.explanation):
            raise ValueError("a sealed truth carries no forgery methods or explanation")

    @classmethod
    def sealed_key(cls) -> Truth:
        """The truth of an exam specimen whose answer key is sealed: nothing is known here."""
        return cls(None)

    @property
    def sealed(self) -> bool:
        """True when the verdict is in a sealed answer key (scored by the instructor)."""
        return self.verdict is None

    @property
    def is_forged(self) -> bool:
        """The verdict is a forgery (False for genuine, and for a sealed truth: not known)."""
        return self.verdict is not None and self.verdict.is_forged
