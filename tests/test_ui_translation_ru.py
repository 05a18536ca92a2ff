"""The whole app in Russian: every message of docinspect_ru.ts is finished and keeps its
placeholders and accelerators, and the real library window, its menus and the generate
dialog speak Russian (docs/decisions/0006-ui-translations.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMenu
from translation_files import KEPT_LATIN, LATIN_WORD, PLACEHOLDER, messages, mnemonic

from docinspect.model.taxonomy import Category
from docinspect.ui import taxonomy_text
from docinspect.ui.app import prepare_application
from docinspect.ui.generate_dialog import GenerateDialog
from docinspect.ui.main_window import MainWindow
from docinspect.ui.settings import AppSettings, settings_file
from docinspect.ui.translations import TRANSLATIONS_DIR, install_translations

TS = TRANSLATIONS_DIR / "docinspect_ru.ts"


def _messages():
    return messages(TS)


def test_every_message_is_finished():
    messages = _messages()
    assert len(messages) > 850  # the whole template, not a part of it
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
        assert (mnemonic(source) is None) == (mnemonic(text) is None), (context, source, text)


def test_translations_are_russian_not_english_left_over():
    left = []
    for context, source, translation in _messages():
        text = PLACEHOLDER.sub("", translation.text or "")
        english = [w for w in LATIN_WORD.findall(text) if w not in KEPT_LATIN]
        if english:
            left.append((context, source, english))
    assert left == []


def test_method_descriptions_match_the_taxonomy():
    data = json.loads(Path("assets/taxonomy.json").read_text(encoding="utf-8"))
    assert {
        m["id"]: m["description"] for m in data["forgery_methods"]
    } == taxonomy_text.METHOD_DESCRIPTIONS


@pytest.fixture
def russian(qapp):
    settings_file().write_text("[ui]\nlanguage=ru\n", encoding="utf-8")
    guard = prepare_application(qapp, AppSettings())
    yield
    guard.uninstall()
    install_translations(qapp, QLocale("en_US"))


def _menus(window) -> list[QMenu]:
    return [action.menu() for action in window.menuBar().actions() if action.menu()]


def test_the_library_window_shows_its_menus_in_russian(qtbot, russian):
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    assert window.windowTitle() == "DocInspect — библиотека образцов"
    bar = [action.text() for action in window.menuBar().actions()]
    assert bar == ["&Файл", "О&бразец", "&Обучение", "С&ервис", "Спр&авка"]
    keys = [mnemonic(text) for text in bar]
    assert len(set(keys)) == len(keys)
    for menu in _menus(window):
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert texts, menu.title()
        for text in texts:
            assert not LATIN_WORD.search(text.replace("DocInspect", "")), text
        keys = [mnemonic(t) for t in texts if mnemonic(t)]
        assert len(set(keys)) == len(keys), texts  # Alt+letter picks one item
    file_menu = _menus(window)[0]
    assert "Открыть &папку пакета…" in [a.text() for a in file_menu.actions()]


def test_the_generate_dialog_names_the_forgery_methods_in_russian(qtbot, russian):
    dialog = GenerateDialog(seed=1)
    qtbot.addWidget(dialog)
    names = [dialog.methods.item(i).text() for i in range(dialog.methods.count())]
    assert "Полная подделка на офисной бумаге" in names
    office = names.index("Полная подделка на офисной бумаге")
    assert dialog.methods.item(office).toolTip().startswith("Полная подделка, отпечатанная")


def test_the_dashboard_charts_name_methods_and_categories_in_russian(russian):
    methods = taxonomy_text.method_names_for_charts()
    assert methods["office_paper"] == "Полная подделка на офисной бумаге"
    assert methods["genuine"] == "подлинный (без подделки)"
    categories = taxonomy_text.category_names_for_charts()
    assert set(categories) == {c.value for c in Category}
    assert categories["substrate"] == "Материал основы"
