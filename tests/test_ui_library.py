"""The library window driven as a user would: open packs, browse, read problems, restart."""

from __future__ import annotations

import dataclasses
import io
import json
import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from docinspect.model import (
    DocumentType,
    Layer,
    Light,
    Rect,
    Region,
    Role,
    Specimen,
    Truth,
    Verdict,
    load_taxonomy,
)
from docinspect.model.scene import Scene, Substrate, scene_to_dict
from docinspect.packs import SpecimenFiles, validate_pack, write_pack
from docinspect.ui.library_model import KEY_ROLE, SpecimenKey
from docinspect.ui.main_window import MainWindow
from docinspect.ui.settings import AppSettings

TD3_MRZ = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
TD1_MRZ = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)


def page_png(width_mm: float, height_mm: float, colour: str) -> bytes:
    """A plain data page: tinted paper, a photo box and a pale MRZ band, 4 px per mm."""
    size = (round(width_mm * 4), round(height_mm * 4))
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((16, 40, 16 + 140, 40 + 180), fill="#9e9e9e")
    draw.rectangle((0, size[1] - 70, size[0], size[1]), fill="#eeeeee")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def specimen(
    specimen_id: str, title: str, *, kind: DocumentType = DocumentType.TD3, forged: bool = False
) -> Specimen:
    taxonomy = load_taxonomy()
    width, height = (125.0, 88.0) if kind is DocumentType.TD3 else (85.6, 53.98)
    method = next(m for m in taxonomy.methods.values() if m.verdict is Verdict.COUNTERFEIT)
    truth = (
        Truth(Verdict.COUNTERFEIT, (method.id,), "Office paper glows under UV.")
        if forged
        else Truth(Verdict.GENUINE)
    )
    feature = "mrz" if "mrz" in taxonomy.features else next(iter(taxonomy.features))
    return Specimen(
        id=specimen_id,
        title=title,
        document_type=kind,
        width_mm=width,
        height_mm=height,
        truth=truth,
        layers={Light.WHITE: Layer(Light.WHITE, "white.png")},
        regions=(
            Region("r1", Rect(4, 10, 30, 35), feature, Role.SECURITY_FEATURE, frozenset(Light)),
        ),
        mrz=TD3_MRZ if kind is DocumentType.TD3 else TD1_MRZ,
        issuing_state="UTO",
    )


COLOURS = ("#d7e9f7", "#f3e5c8", "#dcedc8", "#f8d7da")


def build_pack(dest: Path, specimens: list[Specimen], *, pack_id: str = "demo") -> Path:
    """Write a valid pack (a folder, or a zip when ``dest`` ends in .zip) with drawn layers."""
    files = [
        SpecimenFiles(s, {"white.png": page_png(s.width_mm, s.height_mm, COLOURS[i % 4])})
        for i, s in enumerate(specimens)
    ]
    return write_pack(
        dest, pack_id=pack_id, title=f"Training set {pack_id}", version="1.0", specimens=files
    )


@pytest.fixture
def demo_pack(tmp_path) -> Path:
    return build_pack(
        tmp_path / "demo-pack",
        [
            specimen("uto-p-001", "Passport, UTO, data page"),
            specimen("uto-p-002", "Passport, UTO, second data page", forged=True),
            specimen("uto-id-001", "Identity card, UTO", kind=DocumentType.TD1),
        ],
    )


def open_window(qtbot) -> MainWindow:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_busy())
    return window


def listed_ids(window: MainWindow) -> list[str]:
    model = window.model
    keys = [model.index(r).data(KEY_ROLE) for r in range(model.rowCount())]
    return [k.specimen_id for k in keys if k is not None]


def test_opening_a_pack_folder_lists_its_specimens_and_shows_the_first(qtbot, demo_pack):
    window = open_window(qtbot)
    window.open_pack_folder(demo_pack)  # what File > Open pack folder… does once a folder is chosen
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)
    assert listed_ids(window) == ["uto-p-001", "uto-p-002", "uto-id-001"]
    assert window.stack.currentWidget() is window.splitter
    # The pack's header row names it and cannot be selected.
    header = window.model.index(0)
    assert "Training set demo" in header.data()
    assert not header.flags()
    # The first specimen is selected: its data, in OCR-B, and its picture.
    assert window.selected_key() == SpecimenKey(demo_pack, "uto-p-001")
    assert window.panel.mrz_text() == "\n".join(TD3_MRZ)
    assert window.panel.fields["size"].text() == "125.00 × 88.00 mm"
    assert window.panel.fields["state"].text() == "UTO"
    assert window.panel.fields["regions"].text() == "1"
    qtbot.waitUntil(window.preview.has_picture)
    # Thumbnails arrive from the background and replace the placeholders.
    qtbot.waitUntil(lambda: len(window.model._thumbnails) == 3)


def test_a_pack_folder_dropped_on_the_window_is_opened(qtbot, demo_pack):
    """Qt delivers the drag and the drop to the window's handlers (they live in a part of the
    window, docinspect.ui.library_packs, since the window was split); a web link is refused."""
    window = open_window(qtbot)
    link = QMimeData()
    link.setUrls([QUrl("https://example.org/pack.zip")])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        link,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    folder = QMimeData()
    folder.setUrls([QUrl.fromLocalFile(str(demo_pack))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        folder,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        folder,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)
    assert listed_ids(window) == ["uto-p-001", "uto-p-002", "uto-id-001"]


def test_selecting_another_specimen_shows_its_data(qtbot, demo_pack):
    window = open_window(qtbot)
    window.open_pack_folder(demo_pack)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)
    assert window.select_specimen(SpecimenKey(demo_pack, "uto-id-001"))
    assert window.panel.title.text() == "Identity card, UTO"
    assert window.panel.mrz_text() == "\n".join(TD1_MRZ)
    assert "TD1" in window.panel.fields["type"].text()


def test_the_answer_stays_hidden_until_asked_for(qtbot, demo_pack):
    window = open_window(qtbot)
    window.open_pack_folder(demo_pack)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)
    window.select_specimen(SpecimenKey(demo_pack, "uto-p-002"))
    panel = window.panel
    assert not panel.answer.isVisible()
    assert "counterfeit" not in panel.fields["regions"].text().lower()
    panel.answer_button.click()
    assert panel.answer.isVisible()
    assert "counterfeit" in panel.answer.text().lower()
    # Another specimen starts unanswered again.
    window.select_specimen(SpecimenKey(demo_pack, "uto-p-001"))
    assert not panel.answer.isVisible()
    assert not panel.answer_button.isChecked()


def test_a_bug_while_opening_a_pack_is_raised_not_swallowed_and_frees_the_window(
    qtbot, demo_pack, monkeypatch
):
    from docinspect.ui import library_packs

    def broken(_path):
        raise RuntimeError("a bug in the pack reader")

    window = open_window(qtbot)
    monkeypatch.setattr(library_packs, "open_pack", broken)
    with qtbot.captureExceptions() as exceptions:
        window.open_pack(demo_pack)
        assert window.is_busy()
        qtbot.waitUntil(lambda: not window.is_busy())
    # Raised on the GUI thread, where the app's crash guard logs and shows it.
    assert [str(exc) for _type, exc, _trace in exceptions] == ["a bug in the pack reader"]
    assert window.model.specimen_count() == 0


def test_opening_a_zip_pack(qtbot, tmp_path):
    archive = build_pack(tmp_path / "demo.zip", [specimen("z1", "Zipped"), specimen("z2", "Too")])
    window = open_window(qtbot)
    window.open_pack_zip(archive)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 2)
    assert window.model.pack_paths() == [archive]
    qtbot.waitUntil(window.preview.has_picture)


def test_an_invalid_pack_shows_every_problem_and_the_app_goes_on(qtbot, demo_pack, tmp_path):
    broken = tmp_path / "broken"
    build_pack(broken, [specimen("a", "A"), specimen("b", "B")], pack_id="broken")
    (broken / "specimens/a/white.png").unlink()
    spec_b = json.loads((broken / "specimens/b/specimen.json").read_text("utf-8"))
    spec_b["size_mm"] = [-5, 88]
    (broken / "specimens/b/specimen.json").write_text(json.dumps(spec_b), "utf-8")
    expected = validate_pack(broken)
    assert len(expected) >= 2

    window = open_window(qtbot)
    window.open_pack_folder(broken)
    qtbot.waitUntil(
        lambda: window.problems_dialog is not None and window.problems_dialog.isVisible()
    )
    table = window.problems_dialog.table
    shown = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert shown == [(p.file, p.field, p.reason) for p in expected]
    assert window.model.pack_paths() == []  # nothing half-opened
    assert AppSettings().library_packs() == []
    window.problems_dialog.close()

    window.open_pack_folder(demo_pack)  # still running, still usable
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)


def test_packs_are_reopened_at_the_next_start(qtbot, demo_pack):
    first = open_window(qtbot)
    first.open_pack_folder(demo_pack)
    qtbot.waitUntil(lambda: first.model.specimen_count() == 3)
    first.resize(760, 540)  # fits the offscreen screen (800 x 600)
    first.close()

    second = open_window(qtbot)
    qtbot.waitUntil(lambda: second.model.specimen_count() == 3)
    assert second.model.pack_paths() == [demo_pack]
    assert (second.width(), second.height()) == (760, 540)
    second._fill_recent_menu()
    recent = [a.text() for a in second.recent_menu.actions()]
    assert str(demo_pack) in recent
    assert second.problems_dialog is None


def test_reopened_packs_keep_the_order_they_were_added_in(qtbot, tmp_path):
    names = ["b-pack", "a-pack", "c-pack"]
    packs = [build_pack(tmp_path / n, [specimen(n, n)], pack_id=n) for n in names]
    AppSettings().set_library_packs(packs)
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)
    assert window.model.pack_paths() == packs
    assert listed_ids(window) == names


def test_a_pack_gone_missing_is_reported_once_and_is_not_fatal(qtbot, demo_pack, tmp_path):
    other = build_pack(tmp_path / "other", [specimen("x", "X")], pack_id="other")
    first = open_window(qtbot)
    first.open_pack_folder(demo_pack)
    first.open_pack_folder(other)
    qtbot.waitUntil(lambda: first.model.specimen_count() == 4)
    first.close()
    (other / "pack.json").unlink()

    second = open_window(qtbot)
    qtbot.waitUntil(lambda: second.problems_dialog is not None)
    assert second.model.pack_paths() == [demo_pack]  # the good pack is still there
    table = second.problems_dialog.table
    assert table.rowCount() >= 1
    files = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert str(other / "pack.json") in files  # names the pack, not only the file inside it
    second.close()

    third = open_window(qtbot)
    qtbot.waitUntil(lambda: third.model.specimen_count() == 3)
    assert third.problems_dialog is None  # reported once, not at every start


def test_closing_a_pack_removes_it_from_the_library(qtbot, demo_pack):
    window = open_window(qtbot)
    window.open_pack_folder(demo_pack)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)
    assert window.close_pack_action.isEnabled()
    window.close_pack_action.trigger()
    assert window.model.specimen_count() == 0
    assert window.stack.currentWidget() is window.empty_state
    assert AppSettings().library_packs() == []
    assert AppSettings().recent_packs() == [demo_pack]  # still one click away
    window.recent_menu.aboutToShow.emit()  # what opening File > Open recent does
    recent = next(a for a in window.recent_menu.actions() if a.text() == str(demo_pack))
    recent.trigger()
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)


def synthetic_pack(dest: Path, scene_json: bytes) -> Path:
    """A pack of one specimen that has a scene and no captured layers."""
    base = specimen("s1", "Synthetic")
    drawn = dataclasses.replace(base, layers={}, scene="scene.json")
    return write_pack(
        dest,
        pack_id="synthetic",
        title="Synthetic",
        version="1",
        specimens=[SpecimenFiles(drawn, {"scene.json": scene_json})],
    )


def test_a_specimen_whose_scene_cannot_be_drawn_says_why(qtbot, tmp_path):
    # A sound scene (pack validation refuses a malformed one before the library sees it)
    # that names a font DocInspect does not have: found only when it is drawn.
    text = {
        "kind": "text",
        "id": "t",
        "material": {"colour": "#000000"},
        "text": "HELLO",
        "x": 10,
        "y": 10,
        "font": "NoSuchFont",
        "size_mm": 3,
    }
    scene = {"format": 1, "width_mm": 125, "height_mm": 88, "items": [text]}
    root = synthetic_pack(tmp_path / "synthetic", json.dumps(scene).encode())
    window = open_window(qtbot)
    window.open_pack_folder(root)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 1)
    qtbot.waitUntil(
        lambda: bool(window.preview.message) and "Loading" not in window.preview.message
    )
    assert not window.preview.has_picture()
    message = window.preview.message
    assert "cannot be drawn" in message and "NoSuchFont" in message
    assert "Traceback" not in message
    assert "(rendered)" in window.panel.fields["lights"].text()


def test_a_synthetic_specimen_is_drawn_by_the_renderer(qtbot, tmp_path):
    from docinspect import optics

    if not hasattr(optics, "open_source"):
        pytest.skip("the renderer (docinspect.optics.open_source) has not landed")
    red_paper = Scene(width_mm=125.0, height_mm=88.0, substrate=Substrate(colour=(200, 30, 30)))
    root = synthetic_pack(tmp_path / "synthetic", json.dumps(scene_to_dict(red_paper)).encode())
    window = open_window(qtbot)
    window.open_pack_folder(root)
    qtbot.waitUntil(window.preview.has_picture)
    image = window.preview.picture()
    assert image.width() / image.height() == pytest.approx(125 / 88, rel=0.02)
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    assert middle.red() > 150 and middle.green() < 90 and middle.blue() < 90
    qtbot.waitUntil(lambda: len(window.model._thumbnails) == 1)


def test_a_passport_mrz_fits_the_panel_without_cutting_characters(qtbot, demo_pack):
    from PySide6.QtGui import QFontMetricsF

    window = open_window(qtbot)
    window.open_pack_folder(demo_pack)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)
    label = window.panel.mrz
    for width in (260, 340, 520):
        label.resize(width, label.height())  # never below its minimum: the panel scrolls then
        metrics = QFontMetricsF(label.font())
        widest = max(metrics.horizontalAdvance(line) for line in TD3_MRZ)
        assert widest <= label.width() - 2 * label.margin(), width
    assert label.font().family() == window.panel.mrz.font().family()
    assert "OCR" in label.font().family().upper()


def test_drawn_thumbnails_are_kept_on_disk_until_the_scene_changes(qapp, tmp_path):
    from docinspect import optics
    from docinspect.packs import read_pack
    from docinspect.ui.thumbnails import thumbnail, thumbnail_dir

    if not hasattr(optics, "open_source"):
        pytest.skip("the renderer (docinspect.optics.open_source) has not landed")

    def paper(rgb: tuple[int, int, int]) -> bytes:
        scene = Scene(width_mm=125.0, height_mm=88.0, substrate=Substrate(colour=rgb))
        return json.dumps(scene_to_dict(scene)).encode()

    root = synthetic_pack(tmp_path / "synthetic", paper((200, 30, 30)))
    pack = read_pack(root)
    first = thumbnail(pack, pack.specimens[0], max_side=120)
    assert first.image is not None and first.rendered
    cached = list(thumbnail_dir().glob("*.png"))
    assert len(cached) == 1
    again = thumbnail(pack, pack.specimens[0], max_side=120)
    assert again.image.pixelColor(60, 40) == first.image.pixelColor(60, 40)
    assert list(thumbnail_dir().glob("*.png")) == cached  # served from the cache

    scene_file = pack.specimen_dir("s1") / "scene.json"
    scene_file.write_bytes(paper((30, 30, 200)))
    os.utime(scene_file, ns=(1, 1))  # a different modification time, whatever the clock does
    pack = read_pack(root)  # the pack as opened again after it changed
    changed = thumbnail(pack, pack.specimens[0], max_side=120)
    middle = changed.image.pixelColor(60, 40)
    assert middle.blue() > 150 and middle.red() < 90


def test_inspect_opens_the_workstation_for_the_selected_specimen(qtbot, demo_pack):
    window = open_window(qtbot)
    assert not window.inspect_action.isEnabled()  # nothing selected yet
    window.open_pack_folder(demo_pack)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)
    window.select_specimen(SpecimenKey(demo_pack, "uto-id-001"))
    assert window.inspect_action.isEnabled() and window.panel.inspect_button.isEnabled()
    window.panel.inspect_button.click()
    inspection = next(
        w for w in window.findChildren(QMainWindow) if w is not window and w.isVisible()
    )
    assert "Identity card, UTO" in inspection.windowTitle()
    inspection.close()


def test_a_damaged_zip_is_refused_with_a_readable_reason(qtbot, tmp_path):
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    window = open_window(qtbot)
    window.open_pack_zip(damaged)
    qtbot.waitUntil(
        lambda: window.problems_dialog is not None and window.problems_dialog.isVisible()
    )
    table = window.problems_dialog.table
    assert table.rowCount() >= 1
    reasons = " ".join(table.item(r, 2).text() for r in range(table.rowCount()))
    assert reasons and "Traceback" not in reasons
    assert window.model.pack_paths() == []


def test_finding_specimens_by_what_is_printed_on_them(qtbot, demo_pack):
    window = open_window(qtbot)
    window.open_pack_folder(demo_pack)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)
    qtbot.keyClicks(window.filter_edit, "identity UTO")
    assert listed_ids(window) == ["uto-id-001"]
    assert window.selected_key() == SpecimenKey(demo_pack, "uto-id-001")
    assert "Shown: 1" in window.summary_label.text()
    window.filter_edit.setText("counterfeit")  # the verdict is never searchable
    assert listed_ids(window) == []
    assert "No specimen matches" in window.preview.message
    window.filter_edit.clear()
    assert listed_ids(window) == ["uto-p-001", "uto-p-002", "uto-id-001"]


def test_only_rows_on_screen_get_thumbnails_made(qtbot, tmp_path):
    many = [specimen(f"m{i:02d}", f"Specimen {i}") for i in range(40)]
    pack = build_pack(tmp_path / "many", many, pack_id="many")
    window = open_window(qtbot)
    window.resize(900, 600)
    window.open_pack_folder(pack)
    qtbot.waitUntil(lambda: window.model.thumbnail(SpecimenKey(pack, "m00")) is not None)
    last = SpecimenKey(pack, "m39")
    assert last not in window.model._wanted  # never painted, never drawn
    assert len(window.model._wanted) < 40
    window.list_view.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.thumbnail(last) is not None)


def test_training_menu_opens_the_practice_window_once(qtbot):
    from docinspect.ui.practice import PracticeWindow

    window = open_window(qtbot)
    window.practice_action.trigger()
    practice = window.open_practice()
    qtbot.addWidget(practice)
    assert isinstance(practice, PracticeWindow) and practice.isVisible()
    # Asking again brings the same window forward instead of opening a second one.
    window.practice_action.trigger()
    assert window.open_practice() is practice
    practice.close()


def test_quit_closes_the_practice_window_too(qtbot):
    from PySide6.QtGui import QAction

    window = open_window(qtbot)
    practice = window.open_practice()
    qtbot.addWidget(practice)
    assert practice.isVisible()
    window.findChild(QAction, "quitAction").trigger()
    # File > Quit ends the program: no practice window (and process) left behind.
    assert not practice.isVisible() and not window.isVisible()


def test_progress_window_shows_each_trainee_and_the_class(qtbot):
    from docinspect.store import open_store

    store = open_store()  # the test's private DOCINSPECT_HOME database
    store.add_trainee("Ana Petrova")
    store.add_trainee("Jonas Weber")
    window = open_window(qtbot)
    window.progress_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "_progress", None) is not None, timeout=30_000)
    progress = window._progress
    qtbot.addWidget(progress)
    names = [progress.trainee_box.itemText(i) for i in range(progress.trainee_box.count())]
    assert names == ["Ana Petrova", "Jonas Weber"]
    assert progress.cohort_box.itemData(0) is None  # "All trainees"
    assert progress.trainee_view.isVisibleTo(progress)
    pool = progress.store.engine.pool
    # Its queries' connections, kept for the next ones once the background queries are done.
    qtbot.waitUntil(lambda: pool.checkedin() >= 1 and pool.checkedout() == 0, timeout=30_000)
    progress.close()
    # Closed with the window: a class server keeps no connection per closed window.
    assert progress.store.engine.pool.checkedin() == 0


def test_progress_window_without_trainees_says_what_to_do(qtbot):
    window = open_window(qtbot)
    window.progress_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "_progress", None) is not None, timeout=30_000)
    progress = window._progress
    qtbot.addWidget(progress)
    assert progress.empty_note.isVisibleTo(progress)
    assert not progress.trainee_row.isVisibleTo(progress)
    progress.close()


def test_in_a_narrow_window_the_list_rows_fit_and_titles_wrap_instead_of_being_cut(
    qtbot, demo_pack
):
    window = open_window(qtbot)
    window.open_pack_folder(demo_pack)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 3)
    window.resize(800, 600)  # a first start on a small screen
    view = window.list_view
    view.setMinimumWidth(240)
    window.splitter.setSizes([240, 200, 360])
    qtbot.waitUntil(lambda: view.viewport().width() <= 240)
    width = view.viewport().width()
    for row in range(window.model.rowCount()):
        rect = view.visualRect(window.model.index(row))
        assert rect.right() <= width, (row, rect, width)
    assert not view.horizontalScrollBar().isVisible()
    # Wider again: the rows follow.
    window.resize(1400, 800)
    window.splitter.setSizes([420, 560, 420])
    qtbot.waitUntil(lambda: view.viewport().width() >= 380)
    qtbot.waitUntil(
        lambda: view.visualRect(window.model.index(1)).width() >= view.viewport().width() - 10
    )
