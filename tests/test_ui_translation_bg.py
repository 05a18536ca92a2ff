"""The windows in Bulgarian (issue 18): every message of docinspect_bg.ts is finished, keeps
its placeholders and accelerators and reads as Bulgarian, and the real library window speaks
it, with the curriculum in Bulgarian beside it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMenu

from docinspect.training import content_language
from docinspect.training.exercise_files import builtin_exercises
from docinspect.ui.app import prepare_application
from docinspect.ui.main_window import MainWindow
from docinspect.ui.settings import AppSettings, settings_file
from docinspect.ui.translations import TRANSLATIONS_DIR, install_translations

TS = TRANSLATIONS_DIR / "docinspect_bg.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n")
LATIN_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
KEPT_LATIN = {
    "DocInspect", "OCR", "Ctrl", "Shift", "CMYK", "json", "pack", "docinspect",
    "classroom", "init", "cohort", "assign", "seized", "check", "DOVID", "kinegram",
    "CSCA", "EF", "SOD", "COM", "DG1", "DG2", "DS",
}  # fmt: skip
#: Letters Bulgarian has and Russian does not use that way, and Russian letters Bulgarian
#: lacks: a Russian string copied in would show ы, э or ё.
RUSSIAN_ONLY = re.compile(r"[ыэёЫЭЁ]")


def _messages():
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((context.findtext("name"), message.findtext("source"), translation))
    return found


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_every_message_is_finished():
    messages = _messages()
    assert len(messages) > 1000
    unfinished = [
        (context, source)
        for context, source, translation in messages
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_every_translation_keeps_its_placeholders_and_accelerator():
    for context, source, translation in _messages():
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (
            context,
            source,
            text,
        )
        assert (_mnemonic(source) is None) == (_mnemonic(text) is None), (context, source, text)


def test_translations_are_bulgarian_not_english_or_russian():
    english, russian = [], []
    for context, source, translation in _messages():
        text = PLACEHOLDER.sub("", translation.text or "")
        if words := [w for w in LATIN_WORD.findall(text) if w not in KEPT_LATIN]:
            english.append((context, source, words))
        if RUSSIAN_ONLY.search(text):
            russian.append((context, source))
    assert english == []
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
    keys = [_mnemonic(text) for text in bar]
    assert len(set(keys)) == len(keys)
    for menu in (a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)):
        texts = [a.text() for a in menu.actions() if a.text()]
        keys = [_mnemonic(t) for t in texts if _mnemonic(t)]
        assert len(set(keys)) == len(keys), texts
    assert content_language.content_language() == "bg"
    assert builtin_exercises()[0].title == "Източници на светлина и основи на УВ"
