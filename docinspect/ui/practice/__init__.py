"""Practice and exams: exercise picker, lesson, questions per type, feedback, results, history."""

from docinspect.ui.practice.window import PracticeWindow

__all__ = ["PracticeWindow"]
