"""Moved to ``docinspect.classroom.assignment_states`` (Qt-free, below ui/).

Kept as a re-export only while ``ui/practice/window.py`` (another change in progress) still
imports it from here; tests/test_architecture.py lists it as allowed for that reason.
"""

from docinspect.classroom.assignment_states import AssignmentState, assignment_states

__all__ = ["AssignmentState", "assignment_states"]
