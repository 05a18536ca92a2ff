"""The truth about a specimen: its verdict and the forgery methods applied to it."""

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
    verdict: Verdict
    #: Forgery method ids from the taxonomy (``forgery_methods``); empty for genuine specimens.
    methods: tuple[str, ...] = ()
    #: What a trainee should learn from this specimen, shown after the answer.
    explanation: str = ""
    #: Keys this version does not know, kept so that a load/save round trip loses nothing.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.verdict is Verdict.GENUINE and self.methods:
            raise ValueError("a genuine specimen has no forgery methods")
