"""The trainee picks the app's language in Tools ▸ Language; it is kept in settings.ini and
used at the next start (docs/decisions/0029-everything-a-trainee-reads-translated.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMenu, QMessageBox

from docinspect.training.content_language import content_language
from docinspect.ui.app import prepare_application
from docinspect.ui.main_window import MainWindow
from docinspect.ui.settings import AppSettings, settings_file
from docinspect.ui.translations import install_translations


@pytest.fixture
def restore_english(qapp):
    yield
    install_translations(qapp, QLocale("en_US"))


def _language_menu(window) -> QMenu:
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None
    return menu


def test_choosing_bulgarian_is_kept_and_the_next_start_speaks_it(
    qtbot, qapp, monkeypatch, restore_english
):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    menu = _language_menu(window)
    entries = {a.data(): a for a in menu.actions() if a.isCheckable()}
    assert [a.text() for a in entries.values()][1:] == ["English", "Русский", "Български"]
    assert entries[""].isChecked()  # nothing chosen yet: the system's language
    entries["bg"].trigger()
    assert told and "Български" in told[0]
    assert "language=bg" in settings_file().read_text(encoding="utf-8")

    # The next start: windows, menus and the curriculum in Bulgarian.
    guard = prepare_application(qapp, AppSettings())
    try:
        again = MainWindow(AppSettings())
        qtbot.addWidget(again)
        menu = _language_menu(again)
        assert menu.title() == "&Език"
        checked = [a.data() for a in menu.actions() if a.isChecked()]
        assert checked == ["bg"]
        assert content_language() == "bg"
    finally:
        guard.uninstall()


def test_back_to_the_system_language_forgets_the_choice(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    settings_file().write_text("[ui]\nlanguage=ru\n", encoding="utf-8")
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    entries = {a.data(): a for a in _language_menu(window).actions() if a.isCheckable()}
    assert entries["ru"].isChecked()
    entries[""].trigger()
    assert AppSettings().language() is None
