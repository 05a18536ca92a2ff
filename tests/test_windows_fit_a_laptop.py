"""Every main window can be made small enough for a classroom laptop (1,366 × 768, less its
task bar and the window's frame) in the longest of the app's languages, Bulgarian: the
practice desk's controls once needed 1,730 px in one row and pushed its buttons off-screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from docinspect.cli import main as cli_main
from docinspect.ui.translations import install_translations

#: A 1,366 × 768 screen less a window frame (40 × 60) and a task bar (40).
LAPTOP = (1366 - 40, 768 - 60 - 40)


@pytest.fixture
def bulgarian(qapp):
    install_translations(qapp, QLocale("bg_BG"))
    yield
    install_translations(qapp, QLocale("en_US"))


@pytest.fixture(scope="module")
def booklet_pack(tmp_path_factory):
    out = tmp_path_factory.mktemp("laptop") / "pack"
    assert cli_main(
        ["generate", "--out", str(out), "--type", "td3-booklet", "--count", "1", "--seed", "5"]
    ) == 0  # fmt: skip
    return out


def _too_large(name: str, window: QWidget) -> list[str]:
    window.show()
    QApplication.processEvents()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > LAPTOP[0] or least.height() > LAPTOP[1]:
        return [f"{name}: needs at least {least.width()} × {least.height()} px"]
    return []


def test_the_trainees_windows_fit_a_laptop(qtbot, bulgarian, booklet_pack, tmp_path):
    from docinspect.store import open_store
    from docinspect.ui.main_window import MainWindow
    from docinspect.ui.practice import PracticeWindow
    from docinspect.ui.practice.backend import PracticeBackend
    from docinspect.ui.settings import AppSettings

    library = MainWindow(AppSettings())
    qtbot.addWidget(library)
    found = _too_large("library", library)
    library.open_pack(booklet_pack)
    qtbot.waitUntil(lambda: library.selected_key() is not None, timeout=20000)
    # The library's panel says the data page is bound in a booklet (not "passport data page").
    from docinspect.ui.specimen_panel import SpecimenPanel

    kind = library.findChild(SpecimenPanel).fields["type"].text()
    assert kind == "TD3 — страница с данни на паспорт, в паспортна книжка", kind
    desk = library.inspect_selected()  # a booklet: its page list and the traveller beside it
    assert desk is not None
    qtbot.addWidget(desk)
    found += _too_large("workstation", desk)
    store = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    practice = PracticeWindow(backend=PracticeBackend(store=store))
    qtbot.addWidget(practice)
    try:
        # The question page with every control a question can show.
        panel = practice.panel
        panel.read_chip.setVisible(True)
        panel.compare_faces.setVisible(True)
        practice.pages.setCurrentWidget(practice.question_page)
        found += _too_large("practice", practice)
    finally:
        practice.backend.wait()
        store.close()
    studio = library.open_studio()
    assert studio is not None
    found += _too_large("studio", studio)
    assert found == []
