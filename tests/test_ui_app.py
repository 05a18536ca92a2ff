"""The app frame: translations, crash guard, OCR-B, settings, problems dialog, empty library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from docinspect.packs import Problem
from docinspect.ui.crash_guard import CrashGuard
from docinspect.ui.fonts import mrz_font, register_ocrb
from docinspect.ui.main_window import MainWindow
from docinspect.ui.problems_dialog import ProblemsDialog
from docinspect.ui.settings import AppSettings
from docinspect.ui.translations import install_translations
from docinspect.userdata import log_file, settings_file

TS_RU = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <source>DocInspect — specimen library</source>
        <translation>DocInspect — библиотека образцов</translation>
    </message>
    <message>
        <source>Your specimen library is empty</source>
        <translation>Библиотека образцов пуста</translation>
    </message>
</context>
</TS>
"""


def _lrelease() -> Path:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    if not tool.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    return tool


def test_a_compiled_translation_changes_the_window_without_code_changes(qtbot, qapp, tmp_path):
    ts = tmp_path / "docinspect_ru.ts"
    ts.write_text(TS_RU, encoding="utf-8")
    subprocess.run(
        [str(_lrelease()), str(ts), "-qm", str(tmp_path / "docinspect_ru.qm")],
        check=True,
        capture_output=True,
    )
    try:
        loaded = install_translations(qapp, QLocale("ru_RU"), directory=tmp_path)
        assert any(name.endswith("docinspect_ru.qm") for name in loaded)
        window = MainWindow(AppSettings())
        qtbot.addWidget(window)
        assert window.windowTitle() == "DocInspect — библиотека образцов"
    finally:
        install_translations(qapp, QLocale("en_US"), directory=tmp_path)
    english = MainWindow(AppSettings())
    qtbot.addWidget(english)
    assert english.windowTitle() == "DocInspect — specimen library"


def test_a_missing_translation_leaves_english(qapp, tmp_path):
    loaded = install_translations(qapp, QLocale("xx"), directory=tmp_path)
    assert not any("docinspect_" in name for name in loaded)


class _Trigger(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_the_crash_guard_logs_shows_a_message_and_the_app_goes_on(qtbot, qapp):
    guard = CrashGuard()
    trigger = _Trigger()

    def broken_slot() -> None:
        raise RuntimeError("the lamp exploded")

    trigger.fire.connect(broken_slot)
    guard.install()
    try:
        trigger.fire.emit()  # Qt calls the slot; its exception goes to sys.excepthook
        qtbot.waitUntil(lambda: guard.message_box is not None and guard.message_box.isVisible())
        later = []
        QTimer.singleShot(0, lambda: later.append("still running"))
        qtbot.waitUntil(lambda: later == ["still running"])
    finally:
        guard.uninstall()
    log = log_file().read_text("utf-8")
    assert "RuntimeError: the lamp exploded" in log
    assert "broken_slot" in log  # the full traceback, not only the message
    box = guard.message_box
    assert "the lamp exploded" in box.informativeText()
    assert str(log_file()) in box.informativeText()
    assert "Traceback" not in box.text() + box.informativeText()
    box.close()


@pytest.mark.qt_no_exception_capture
def test_the_crash_guard_takes_errors_from_worker_threads(qtbot, qapp):
    import threading

    guard = CrashGuard()
    guard.install()
    try:
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: guard.message_box is not None and guard.message_box.isVisible())
    finally:
        guard.uninstall()
    assert "ZeroDivisionError" in log_file().read_text("utf-8")
    guard.message_box.close()


def test_ocrb_is_registered_and_used_for_the_mrz(qapp):
    family = register_ocrb()
    assert family is not None and "OCR" in family.upper()
    assert family in QFontDatabase.families()
    assert mrz_font().family() == family


def test_settings_live_in_the_private_data_folder_and_survive_a_reopen(private_data_dir):
    settings = AppSettings()
    assert settings.path == settings_file()
    assert settings.path.parent == private_data_dir
    settings.add_recent_pack(Path("/packs/a"))
    settings.add_recent_pack(Path("/packs/b"))
    settings.add_recent_pack(Path("/packs/a"))  # reopening moves it to the top, once
    settings.set_library_packs([Path("/packs/only")])  # a list of one survives an INI file
    settings.set_last_folder(Path("/packs"))
    settings.save_window(QByteArray(b"geo"), QByteArray(b"state"), QByteArray(b"split"))

    again = AppSettings()
    assert again.recent_packs() == [Path("/packs/a"), Path("/packs/b")]
    assert again.library_packs() == [Path("/packs/only")]
    assert again.last_folder() == Path("/packs")
    assert again.window_geometry() == QByteArray(b"geo")
    assert settings_file().read_text("utf-8").startswith("[")  # INI, not a registry or plist


def test_problems_dialog_lists_every_problem_and_copies_them(qtbot, qapp):
    problems = [
        Problem("pack.json", "format", "must be 1, got 7"),
        Problem("specimens/s1/specimen.json", "regions[0].shape.width", "must be positive"),
    ]
    dialog = ProblemsDialog("Problems", "The pack cannot be opened.", problems)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert rows == [(p.file, p.field, p.reason) for p in problems]
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "specimens/s1/specimen.json\tregions[0].shape.width\tmust be positive" in copied


def test_an_empty_library_tells_the_user_what_to_do(qtbot):
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.empty_state
    assert window.empty_folder_button.isVisible()
    assert window.empty_zip_button.isVisible()
    assert not window.close_pack_action.isEnabled()


def test_an_empty_library_offers_practice_which_needs_no_pack(qtbot):
    from docinspect.ui.practice import PracticeWindow

    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    assert window.empty_practice_button.isVisible()
    window.empty_practice_button.click()
    practice = window._practice
    qtbot.addWidget(practice)
    assert isinstance(practice, PracticeWindow) and practice.isVisible()
    practice.close()


def test_help_about_names_the_version_and_the_data_folder_without_blocking(qtbot, private_data_dir):
    import docinspect

    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.show_about()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    assert docinspect.__version__ in boxes[0].text()
    assert "fictional states" in boxes[0].informativeText()
    assert f"Your data (results, settings, packs) is in {private_data_dir}." in (
        boxes[0].informativeText()
    )
    boxes[0].close()


def test_prepare_application_names_the_app_and_guards_it(qapp):
    from docinspect.ui.app import prepare_application

    settings_file().write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    guard = prepare_application(qapp, AppSettings())
    try:
        assert qapp.applicationName() == "DocInspect"
        assert qapp.organizationName() == "DocInspect"
        assert sys.excepthook == guard.handle
        assert register_ocrb() in QFontDatabase.families()
    finally:
        guard.uninstall()
    assert sys.excepthook is sys.__excepthook__


def test_the_library_window_opens_without_the_database_layer_or_the_generator(tmp_path):
    """Launch speed (issue 15): on a first start the window is built and shown without
    importing SQLAlchemy and Alembic, the scheduler or the generator, and without making the
    results database; they load when a part of the app needs them. A module-level import of
    any of them in the window's path fails this."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from docinspect.ui.app import prepare_application, start_window\n"
        "from docinspect.ui.settings import AppSettings\n"
        "app = QApplication(['docinspect'])\n"
        "settings = AppSettings()\n"
        "prepare_application(app, settings)\n"
        "window = start_window(settings)\n"
        "app.processEvents()\n"
        "assert window.isVisible() and window.generate_action.isEnabled()\n"
        "assert window.studio_action.isEnabled()  # accounts off: a lone seat's file\n"
        "heavy = ('sqlalchemy', 'alembic', 'fsrs', 'docinspect.synth.generate')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DOCINSPECT_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert not list((tmp_path / "home").rglob("*.sqlite3"))
