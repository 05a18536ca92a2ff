"""Statistics over attempts: accuracy, learning curves, signal detection, item analysis.

Everything here is pure: plain sequences in, frozen dataclasses out, no database and no Qt.
``docinspect.analytics.queries`` feeds these functions from the store.
"""

from __future__ import annotations

from docinspect.analytics.accuracy import Accuracy, accuracy_by, overall_accuracy
from docinspect.analytics.confusion import (
    MethodConfusion,
    method_confusion,
    method_confusion_from_counts,
)
from docinspect.analytics.curve import CurvePoint, PeriodPoint, daily_accuracy, rolling_accuracy
from docinspect.analytics.detection import SignalDetection, signal_detection
from docinspect.analytics.items import ItemStats, item_analysis, item_analysis_from_cells
from docinspect.analytics.passing import PassSummary, pass_summary, passes
from docinspect.analytics.timing import DecisionTimes, decision_times

__all__ = [
    "Accuracy",
    "CurvePoint",
    "DecisionTimes",
    "ItemStats",
    "MethodConfusion",
    "PassSummary",
    "PeriodPoint",
    "SignalDetection",
    "accuracy_by",
    "daily_accuracy",
    "decision_times",
    "item_analysis",
    "item_analysis_from_cells",
    "method_confusion",
    "method_confusion_from_counts",
    "overall_accuracy",
    "pass_summary",
    "passes",
    "rolling_accuracy",
    "signal_detection",
]
