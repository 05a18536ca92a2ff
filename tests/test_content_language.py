"""The curriculum in the trainee's language (issue 18): gettext catalogues for lessons and
prompts, chosen with the windows' language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from docinspect.training import content_language as cl
from docinspect.training.exercise_files import builtin_exercises
from docinspect.ui.app import prepare_application
from docinspect.ui.settings import AppSettings, settings_file
from docinspect.ui.translations import install_translations

CYRILLIC = re.compile(r"[А-Яа-яЁёЪъЬьЩщ]")
LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
#: Words that stay Latin in every language: codes, standards, names on the screen.
KEEP = {"MRZ", "OVI", "DOVID", "CSCA", "DG1", "DG2", "EF", "SOD", "DS", "ID", "IR", "UV"}


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    cl.set_content_language(None)


@pytest.mark.parametrize("language", cl.LANGUAGES)
def test_every_text_of_the_curriculum_is_translated(language):
    english = builtin_exercises(language="en")
    catalogue = cl.builtin_catalogue(language)
    assert cl.missing(english, catalogue) == []


@pytest.mark.parametrize("language", cl.LANGUAGES)
def test_a_translation_is_in_cyrillic_not_english(language):
    for english, translated in cl.builtin_catalogue(language).items():
        latin = [w for w in LATIN_WORD.findall(translated) if w not in KEEP]
        assert CYRILLIC.search(translated), english
        assert len(latin) <= 2, (english, latin)


def test_a_translated_exercise_keeps_its_ids_and_specimens():
    english = builtin_exercises(language="en")
    russian = builtin_exercises(language="ru")
    bulgarian = builtin_exercises(language="bg")
    for en, ru, bg in zip(english, russian, bulgarian, strict=True):
        assert en.id == ru.id == bg.id
        assert [q.id for q in en.questions] == [q.id for q in ru.questions]
        assert [getattr(q, "specimen", None) for q in en.questions] == [
            getattr(q, "specimen", None) for q in bg.questions
        ]
        assert ru.title != en.title and CYRILLIC.search(ru.lesson[0])
        assert bg.lesson != ru.lesson  # Bulgarian, not Russian
    uv = next(e for e in russian if e.id == "light-and-uv")
    assert uv.title == "Источники света и основы УФ"


def test_the_language_comes_from_the_setting_then_the_environment(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "bg_BG.UTF-8")
    cl.set_content_language(None)
    cl._language = None  # nothing chosen in the app
    assert cl.content_language() == "bg"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert cl.content_language() == "en"
    cl.set_content_language("ru_RU")
    assert cl.content_language() == "ru"
    cl.set_content_language("fr")
    assert cl.content_language() == "en"


def test_the_app_in_russian_reads_the_curriculum_in_russian(qapp):
    settings_file().write_text("[ui]\nlanguage=ru\n", encoding="utf-8")
    guard = prepare_application(qapp, AppSettings())
    try:
        assert builtin_exercises()[0].title == "Источники света и основы УФ"
    finally:
        guard.uninstall()
        install_translations(qapp, QLocale("en_US"))
    assert builtin_exercises()[0].title == "Light sources and UV basics"


def test_po_reading():
    text = (
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n\n'
        '#. exercise x\nmsgid "Two \\"quoted\\" "\n"lines"\nmsgstr "Две "\n"строки"\n\n'
        '#, fuzzy\nmsgid "Unsure"\nmsgstr "Неуверенно"\n\n'
        'msgid "Empty"\nmsgstr ""\n'
    )
    assert cl.parse_po(text) == {'Two "quoted" lines': "Две строки"}
    with pytest.raises(cl.CatalogueError, match=r"ru.po:2: not a PO line"):
        cl.parse_po('msgid "a"\nbroken line\n', file="ru.po")
    with pytest.raises(cl.CatalogueError, match=r"x.po:1: a text must be in double quotes"):
        cl.parse_po("msgid a\n", file="x.po")
    entry = cl.po_entry('say "hi"\n', "привет")
    assert cl.parse_po(entry) == {'say "hi"\n': "привет"}


def test_an_untranslated_text_stays_english():
    english = builtin_exercises(language="en")[0]
    partial = {english.title: "Свет"}
    shown = cl.localized(english, partial)
    assert shown.title == "Свет"
    assert shown.lesson == english.lesson
    assert cl.missing([english], partial) == cl.exercise_texts(english)[1:]


@pytest.mark.parametrize("language", cl.LANGUAGES)
def test_adaptive_practice_reads_in_the_trainee_language(language):
    """ "Practise my weak points" is made at run time; its title, lesson and prompts come from
    the same catalogues as the curriculum (issue 18 found "Adaptive practice" in English)."""
    from datetime import datetime

    from docinspect.training.adaptive import TEXTS, practice_exercise

    catalogue = cl.builtin_catalogue(language)
    assert [t for t in TEXTS if not catalogue.get(t)] == []
    cl.set_content_language(language)
    exercise = practice_exercise([], now=datetime(2026, 12, 7), seed=3, count=4)
    texts = cl.exercise_texts(exercise)
    assert texts and all(CYRILLIC.search(t) for t in texts), texts
    assert exercise.id == "adaptive-practice"


@pytest.mark.parametrize("language", cl.LANGUAGES)
def test_the_shipped_lesson_plans_read_in_the_class_language(language):
    """The presenter's agendas (titles, paragraphs, the instructor's notes) come from the
    curriculum's catalogues; ids, specimens and reveals stay as they are."""
    from docinspect.ui.presenter.opening import builtin_lesson_plans

    cl.set_content_language("en")
    english = builtin_lesson_plans()
    catalogue = cl.builtin_catalogue(language)
    assert [t for p in english for t in cl.lesson_plan_texts(p) if not catalogue.get(t)] == []
    cl.set_content_language(language)
    translated = builtin_lesson_plans()
    for plan, original in zip(translated, english, strict=True):
        assert all(CYRILLIC.search(t) for t in cl.lesson_plan_texts(plan)), plan.id
        assert [s.id for s in plan.steps] == [s.id for s in original.steps]
        assert [s.reveal for s in plan.steps] == [s.reveal for s in original.steps]
