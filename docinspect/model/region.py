"""Regions: annotated areas of a specimen carrying a feature and what it teaches."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from docinspect.model.geometry import Shape
from docinspect.model.light import Light


class Role(StrEnum):
    SECURITY_FEATURE = "security_feature"
    FORGERY_INDICATOR = "forgery_indicator"
    #: An area blacked out or blurred to hide a real person's data: not a feature. It is
    #: never counted, revealed, asked about or scored as one (issue 21).
    REDACTION = "redaction"


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    shape: Shape
    #: Feature id from the taxonomy. For an indicator, the feature whose failure it shows.
    feature: str
    role: Role
    #: Lights under which the region can be seen.
    lights: frozenset[Light]
    min_magnification: float = 1.0
    #: Shown to trainees in study mode and as feedback.
    explanation: str = ""
    #: For an indicator: the forgery method id it betrays.
    method: str | None = None
    #: Personal data of a real person, to be redacted before a pack is shared.
    personal_data: bool = False
    #: Keys this version does not know, kept so that a load/save round trip loses nothing.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)
