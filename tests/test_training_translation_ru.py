"""The shipped Russian translation: chosen in the settings, it puts the practice window, its
feedback and the results page into Russian (docs/decisions/0006-ui-translations.md)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, Qt
from test_training_ui_practice import PRACTICE, HandMadeSupply

from docinspect.store import open_store
from docinspect.ui.app import prepare_application
from docinspect.ui.practice import PracticeWindow
from docinspect.ui.practice.backend import PracticeBackend
from docinspect.ui.settings import AppSettings, settings_file
from docinspect.ui.translations import TRANSLATIONS_DIR, install_translations

QM = TRANSLATIONS_DIR / "docinspect_ru.qm"
TS = TRANSLATIONS_DIR / "docinspect_ru.ts"


@pytest.fixture
def russian(qapp):
    settings_file().write_text("[ui]\nlanguage=ru\n", encoding="utf-8")
    guard = prepare_application(qapp, AppSettings())
    yield
    guard.uninstall()
    install_translations(qapp, QLocale("en_US"))


def test_the_compiled_file_is_the_translation_source(tmp_path):
    """docinspect_ru.qm is docinspect_ru.ts compiled (nobody forgot to run the script)."""
    out = tmp_path / "ru.qm"
    tool = f"{sys.executable.rsplit('/', 1)[0]}/pyside6-lrelease"
    subprocess.run(
        [tool, "-nounfinished", str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == QM.read_bytes()


def test_every_practice_string_is_translated_and_keeps_its_placeholders():
    # The practice pages, feedback and taxonomy; the window and the question panel change
    # often under other hands, and are checked in the real window below instead.
    contexts = {
        "PickerPage", "LessonPage", "ResultsPage", "HistoryPage",
        "Feedback", "Mark", "Mode", "Verdict", "MrzField", "Taxonomy",
    }  # fmt: skip
    untranslated = []
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", None) and not translation.text:
                untranslated.append((context.findtext("name"), source))
            elif translation.get("type") not in ("obsolete", "vanished"):
                for part in ("{n}", "{reason}", "{title}", "{feature}", "{verdict}"):
                    assert (part in source) == (part in translation.text), (source, part)
    assert not untranslated


def test_the_practice_window_speaks_russian(qtbot, tmp_path, russian):
    store = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    backend = PracticeBackend(store=store, supply=HandMadeSupply())
    win = PracticeWindow(backend=backend, exercises=[PRACTICE])
    qtbot.addWidget(win)
    win.show()
    try:
        assert win.windowTitle() == "DocInspect — тренировка"
        assert win.picker.start.text() == "Начать"
        assert "Тренировать слабые места" in win.picker.exercises.item(1).text()
        win.add_trainee("Анна Петрова")
        qtbot.waitUntil(lambda: win.trainee is not None)
        win.picker.exercises.setCurrentRow(0)
        qtbot.mouseClick(win.picker.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.pages.currentWidget() is not win.picker)
        if win.pages.currentWidget() is win.lesson:
            qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.progress.text().startswith("Вопрос 1 из 2"))
        qtbot.waitUntil(lambda: win.panel.item is not None and win.panel.answer_box.isEnabled())
        view = win.panel.panes[0].view
        pos = view.mapFromScene(view.sceneRect().bottomRight() * 0.9)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # a miss
        qtbot.waitUntil(lambda: win.panel.feedback.isVisible())
        text = win.panel.feedback.text()
        assert text.startswith("Признак подделки не в этом месте.")
        assert "Документ полностью поддельный: Полная подделка на офисной бумаге." in text
        assert (
            "• Основа без УФ-люминесценции, вверху слева на странице — смотрите под УФ-лампой"
            in text
        )
    finally:
        backend.wait()
        store.close()
