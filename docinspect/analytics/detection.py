"""Signal detection for the genuine/forged decision.

The signal is a forgery. A *hit* is a forged document refused, a *miss* a forged document
passed as genuine (a false accept: the costly error at a border), a *false alarm* a genuine
document refused, a *correct rejection* a genuine document passed.

d′ = z(H) − z(F) separates skill from bias; the criterion c = −(z(H) + z(F)) / 2 is the bias
(c < 0: refuses readily, c > 0: passes readily). z is the inverse of the standard normal CDF,
infinite at rates 0 and 1, so d′ and c use the log-linear correction (Hautus 1995): add 0.5 to
hits and to false alarms and 1 to the numbers of forged and genuine trials. The reported hit,
false-alarm and false-accept rates are the raw ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

_Z = NormalDist().inv_cdf


@dataclass(frozen=True, slots=True)
class SignalDetection:
    hits: int  # forged, refused
    misses: int  # forged, passed as genuine
    false_alarms: int  # genuine, refused
    correct_rejections: int  # genuine, passed

    @property
    def forged_trials(self) -> int:
        return self.hits + self.misses

    @property
    def genuine_trials(self) -> int:
        return self.false_alarms + self.correct_rejections

    @property
    def hit_rate(self) -> float | None:
        """Forged documents refused / forged documents; None without forged trials."""
        return self.hits / self.forged_trials if self.forged_trials else None

    @property
    def false_alarm_rate(self) -> float | None:
        """Genuine documents refused / genuine documents; None without genuine trials."""
        return self.false_alarms / self.genuine_trials if self.genuine_trials else None

    @property
    def false_accept_rate(self) -> float | None:
        """Forged documents passed as genuine / forged documents (= 1 − hit rate)."""
        return self.misses / self.forged_trials if self.forged_trials else None

    @property
    def corrected_hit_rate(self) -> float:
        """(hits + 0.5) / (forged trials + 1): never 0 or 1."""
        return (self.hits + 0.5) / (self.forged_trials + 1)

    @property
    def corrected_false_alarm_rate(self) -> float:
        """(false alarms + 0.5) / (genuine trials + 1): never 0 or 1."""
        return (self.false_alarms + 0.5) / (self.genuine_trials + 1)

    @property
    def d_prime(self) -> float | None:
        """z(H) − z(F) on the corrected rates; None unless both kinds of trial occurred."""
        if not (self.forged_trials and self.genuine_trials):
            return None
        return _Z(self.corrected_hit_rate) - _Z(self.corrected_false_alarm_rate)

    @property
    def criterion(self) -> float | None:
        """−(z(H) + z(F)) / 2 on the corrected rates; None unless both kinds of trial occurred."""
        if not (self.forged_trials and self.genuine_trials):
            return None
        return -(_Z(self.corrected_hit_rate) + _Z(self.corrected_false_alarm_rate)) / 2


def signal_detection(forged: Sequence[bool], refused: Sequence[bool]) -> SignalDetection:
    """Count the four outcomes of genuine/forged decisions.

    ``forged[i]`` is the truth of decision ``i`` (True: the specimen is forged, whatever the
    method), ``refused[i]`` the trainee's answer (True: "forged, refuse it").
    """
    if len(forged) != len(refused):
        raise ValueError(f"{len(forged)} truths but {len(refused)} answers")
    hits = misses = false_alarms = correct_rejections = 0
    for is_forged, was_refused in zip(forged, refused, strict=True):
        if is_forged:
            if was_refused:
                hits += 1
            else:
                misses += 1
        elif was_refused:
            false_alarms += 1
        else:
            correct_rejections += 1
    return SignalDetection(hits, misses, false_alarms, correct_rejections)
