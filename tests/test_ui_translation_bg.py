"""The windows in Bulgarian (issue 18): every message of docinspect_bg.ts is finished, keeps
its placeholders and accelerators and reads as Bulgarian, and the real library window speaks
it, with the curriculum in Bulgarian beside it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMenu
from translation_files import (
    english_left,
    messages,
    mnemonic,
    placeholder_or_accelerator_lost,
    unfinished,
)

from docinspect.training import content_language
from docinspect.training.exercise_files import builtin_exercises
from docinspect.ui.app import prepare_application
from docinspect.ui.main_window import MainWindow
from docinspect.ui.settings import AppSettings, settings_file
from docinspect.ui.translations import TRANSLATIONS_DIR, install_translations

TS = TRANSLATIONS_DIR / "docinspect_bg.ts"
#: Russian letters Bulgarian does not use: a Russian string copied in would show them.
RUSSIAN_ONLY = re.compile(r"[ыэёЫЭЁ]")


def test_every_message_is_finished():
    assert len(messages(TS)) > 1000
    assert unfinished(TS) == []


def test_every_translation_keeps_its_placeholders_and_accelerator():
    assert placeholder_or_accelerator_lost(TS) == []


def test_translations_are_bulgarian_not_english_or_russian():
    assert english_left(TS) == []
    russian = [(c, s) for c, s, t in messages(TS) if RUSSIAN_ONLY.search(t.text or "")]
    assert russian == []


@pytest.fixture
def bulgarian(qapp):
    settings_file().write_text("[ui]\nlanguage=bg\n", encoding="utf-8")
    guard = prepare_application(qapp, AppSettings())
    yield
    guard.uninstall()
    install_translations(qapp, QLocale("en_US"))


def test_the_library_window_and_the_curriculum_speak_bulgarian(qtbot, bulgarian):
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    assert window.windowTitle() == "DocInspect — библиотека с образци"
    bar = [action.text() for action in window.menuBar().actions()]
    assert bar == ["&Файл", "Об&разец", "&Обучение", "&Инструменти", "&Помощ"]
    keys = [mnemonic(text) for text in bar]
    assert len(set(keys)) == len(keys)
    for menu in (a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)):
        texts = [a.text() for a in menu.actions() if a.text()]
        keys = [mnemonic(t) for t in texts if mnemonic(t)]
        assert len(set(keys)) == len(keys), texts
    assert content_language.content_language() == "bg"
    assert builtin_exercises()[0].title == "Източници на светлина и основи на УВ"
