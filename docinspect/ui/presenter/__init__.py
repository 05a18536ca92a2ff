"""Presenter mode: the classroom projector view and the lesson-plan runner."""
