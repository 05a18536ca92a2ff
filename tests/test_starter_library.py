"""First start: a starter library of genuine documents, made in the background (issue 15)."""

from __future__ import annotations

import time

from docinspect.model.exercise import CompareQuestion, Recipe
from docinspect.packs import read_pack
from docinspect.training import starter as starter_module
from docinspect.training.exercise_files import builtin_exercises
from docinspect.training.starter import make_starter_pack, starter_recipes
from docinspect.ui.main_window import MainWindow
from docinspect.ui.settings import AppSettings
from docinspect.ui.starter import offer_starter_library, starter_path


def _kinds_in_curriculum() -> set[tuple[str, str, str]]:
    kinds = set()
    for exercise in builtin_exercises():
        for q in exercise.questions:
            sources = [getattr(q, "specimen", None)]
            if isinstance(q, CompareQuestion):
                sources.append(q.reference)
            for s in sources:
                if isinstance(s, Recipe):
                    kinds.add((s.document_type.value, s.state, s.side))
    return kinds


def test_the_starter_has_a_genuine_document_of_every_kind_the_course_shows():
    recipes = starter_recipes(builtin_exercises())
    assert {(r.document_type.value, r.state, r.side) for r in recipes} == _kinds_in_curriculum()
    assert all(r.genuine for r in recipes)
    assert starter_recipes(builtin_exercises()) == recipes  # the same on every machine


def test_the_starter_pack_is_an_ordinary_pack_of_genuine_documents(tmp_path):
    recipes = starter_recipes(builtin_exercises())[:1]
    pack = read_pack(make_starter_pack(tmp_path / "starter", recipes))
    assert len(pack.specimens) == 1
    assert not pack.specimens[0].truth.verdict.is_forged


def test_a_first_start_makes_it_in_the_background_and_adds_it_to_the_library(qtbot, monkeypatch):
    one = starter_recipes(builtin_exercises())[:1]
    monkeypatch.setattr(starter_module, "starter_recipes", lambda _exercises: one)
    settings = AppSettings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    began = time.monotonic()
    job = offer_starter_library(window, settings)
    assert job is not None and time.monotonic() - began < 1.0  # the window is not held up
    assert "starter library" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.model.specimen_count() == 1, timeout=180_000)
    assert window.model.pack_paths() == [starter_path()]
    # Made once: not offered again, even after the trainee removes it from the library.
    assert offer_starter_library(window, AppSettings()) is None
    job.stop()


def test_compare_shows_the_starter_librarys_genuine_document_of_that_kind():
    from docinspect.training.starter import genuine_of_kind
    from docinspect.ui.practice.window import fresh_documents

    starters = set(starter_recipes(builtin_exercises()))
    for exercise in builtin_exercises():
        for q in fresh_documents(exercise, 7).questions:
            if isinstance(getattr(q, "specimen", None), Recipe):
                # Whatever the attempt's seeds: one genuine per kind, made once and cached.
                assert genuine_of_kind(q.specimen) in starters
