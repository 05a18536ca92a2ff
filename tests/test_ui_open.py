"""Ways into the library besides the File menu: the command line, drag and drop, the list's
context menu; and opening never runs in the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMenu
from test_ui_library import build_pack, specimen

import docinspect.ui.pack_opening as pack_opening
from docinspect.cli import main
from docinspect.ui.app import start_window
from docinspect.ui.settings import AppSettings


def test_docinspect_open_refuses_a_path_that_is_no_pack_without_opening_a_window(capsys):
    assert main(["open", "/no/such/pack"]) == 2
    assert "/no/such/pack: not a folder or a zip file" in capsys.readouterr().err


def test_docinspect_open_without_a_display_says_so_instead_of_aborting(
    capsys, monkeypatch, tmp_path
):
    pack = build_pack(tmp_path / "p", [specimen("a", "A")])
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["open", str(pack)]) == 2
    assert "no display" in capsys.readouterr().err


def test_the_app_opens_packs_named_at_start(qtbot, tmp_path):
    pack = build_pack(tmp_path / "named", [specimen("n1", "Named")], pack_id="named")
    window = start_window(AppSettings(), [pack])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 1)
    assert AppSettings().library_packs() == [pack]


def test_a_pack_is_read_off_the_gui_thread_with_a_busy_indicator(qtbot, tmp_path, monkeypatch):
    pack = build_pack(tmp_path / "p", [specimen("a", "A")])
    threads: list[threading.Thread] = []
    real_read = pack_opening.read_pack

    def recording_read(path: Path):
        threads.append(threading.current_thread())
        return real_read(path)

    monkeypatch.setattr(pack_opening, "read_pack", recording_read)
    window = start_window(AppSettings())
    qtbot.addWidget(window)
    window.open_pack_folder(pack)
    # The result comes back through the event loop, so until then the window shows it is busy.
    assert window.is_busy()
    assert window.busy_bar.isVisible()
    assert "p" in window.busy_label.text()
    qtbot.waitUntil(lambda: window.model.specimen_count() == 1)
    assert not window.busy_bar.isVisible()
    assert threads and threads[0] is not threading.main_thread()


def test_dropping_a_pack_folder_on_the_window_opens_it(qtbot, tmp_path):
    pack = build_pack(tmp_path / "dropped", [specimen("d1", "Dropped")], pack_id="dropped")
    window = start_window(AppSettings())
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pack)), QUrl("https://example.org/not-a-pack")])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 1)
    assert window.model.pack_paths() == [pack]


def test_close_this_pack_from_the_list_leaves_the_other_pack(qtbot, tmp_path):
    first = build_pack(tmp_path / "first", [specimen("f1", "F")], pack_id="first")
    second = build_pack(tmp_path / "second", [specimen("s1", "S")], pack_id="second")
    window = start_window(AppSettings(), [first, second])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 2)
    row = next(r for r in range(window.model.rowCount()) if window.model.pack_path_at(r) == second)
    window.list_view.scrollTo(window.model.index(row))
    position = window.list_view.visualRect(window.model.index(row)).center()
    window._list_context_menu(position)
    menu = window.findChildren(QMenu)[-1]  # the menu just popped up
    close = next(a for a in menu.actions() if a.text() == "Close this pack")
    close.trigger()
    menu.close()
    assert window.model.pack_paths() == [first]
    assert AppSettings().library_packs() == [first]
