"""The instructor studio driven as an instructor would: import three lights from files, align,
draw and edit regions, undo and redo, redact, paint, export, open the pack again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from docinspect.capture import Redaction
from docinspect.capture.studio_session import draft_folder, studio_dir
from docinspect.model import Ellipse, Light, Polygon, Rect, Role
from docinspect.packs import read_pack
from docinspect.ui.studio import open_studio
from docinspect.ui.studio.canvas import Tool
from tests.test_capture import three_light_files


@pytest.fixture
def quiet_messages(monkeypatch):
    """Message boxes would wait for a click; record them instead."""
    shown: list[str] = []

    def warning(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    return shown


def answer_questions(monkeypatch, reply, asked: list[str]) -> None:
    """From now on QMessageBox.question answers ``reply``; each question's text goes to ``asked``."""

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


@pytest.fixture
def studio(qtbot, quiet_messages):
    window = open_studio(recover=False)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    yield window
    window.autosave_timer.stop()


def import_three_lights(qtbot, window, tmp_path: Path) -> None:
    files, _page = three_light_files(tmp_path)
    dialog = window.import_scans()
    for light, path in files.items():
        dialog.set_file(light, path)
    dialog.title_edit.setText("Seized passport")
    dialog.find_edges.setChecked(False)
    with qtbot.waitSignal(dialog.lights_loaded, timeout=60_000):
        dialog.read_button.click()
    assert not dialog.loaded.unaligned
    assert "Aligned automatically" in dialog.status_label.text()
    dialog.blink.setChecked(True)
    dialog.blink.setChecked(False)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.import_button.click()
    assert window.document.current is not None


def _send(view, kind, point_mm: tuple[float, float], buttons) -> None:
    pos = QPointF(view.mapFromScene(QPointF(*point_mm)))
    global_pos = QPointF(view.viewport().mapToGlobal(pos.toPoint()))
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, global_pos, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def drag(view, start: tuple[float, float], end: tuple[float, float]) -> None:
    left = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseButtonPress, start, left)
    mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    _send(view, QEvent.Type.MouseMove, mid, left)
    _send(view, QEvent.Type.MouseMove, end, left)
    _send(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def choose(combo, data) -> None:
    """Choose the entry of ``combo`` whose data is ``data``, as a user's pick does."""
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def click(view, point: tuple[float, float]) -> None:
    _send(view, QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
    _send(view, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)


def regions(window):
    return window.document.current.regions


def test_import_align_draw_edit_undo_export_and_read_back(qtbot, studio, tmp_path):
    window = studio
    import_three_lights(qtbot, window, tmp_path)
    specimen = window.document.current
    assert set(specimen.layers) == {Light.WHITE, Light.UV365, Light.IR}
    assert window.light_combo.count() == 3
    canvas = window.canvas
    # Mouse positions are whole pixels: allow two screen pixels, in millimetres.
    tol = 2.0 / canvas.transform().m11()

    # Draw a rectangle, an ellipse and a polygon with the keyboard-chosen tools.
    window.activateWindow()
    canvas.setFocus()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(canvas, Qt.Key.Key_R)
    assert canvas.tool is Tool.RECT
    drag(canvas, (10, 10), (40, 30))
    window.set_tool(Tool.ELLIPSE)
    drag(canvas, (60, 20), (80, 40))
    window.set_tool(Tool.POLYGON)
    for point in ((90, 50), (115, 52), (110, 80), (92, 75)):
        click(canvas, point)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    shapes = [r.shape for r in regions(window)]
    assert [type(s) for s in shapes] == [Rect, Ellipse, Polygon]
    rect = shapes[0]
    assert (rect.x, rect.y, rect.width, rect.height) == pytest.approx((10, 10, 30, 20), abs=tol)
    assert len(shapes[2].points) == 4
    # Nothing is pre-filled: a new region has no feature until the instructor chooses one.
    assert [r.feature for r in regions(window)] == ["", "", ""]
    assert window.region_panel.feature.currentData() == ""

    # Properties of the selected polygon: feature, role, method, explanation, personal data.
    panel = window.region_panel
    assert canvas.selected_id == "r3"
    choose(panel.feature, "microprint")
    choose(panel.role, "forgery_indicator")
    choose(panel.method, "degraded_microprint")
    panel.explanation.setPlainText("The microprint line breaks into dots under the loupe.")
    panel.explanation.editing_finished.emit()
    edited = regions(window)[2]
    assert edited.feature == "microprint" and edited.role is Role.FORGERY_INDICATOR
    assert edited.method == "degraded_microprint"
    assert edited.min_magnification >= 8  # microprint needs the loupe: the feature's default
    assert edited.explanation.startswith("The microprint")

    # Move the rectangle by dragging it, resize it by its bottom-right handle, nudge with a key.
    window.set_tool(Tool.SELECT)
    drag(canvas, (20, 20), (25, 23))
    moved = regions(window)[0].shape
    assert (moved.x, moved.y) == pytest.approx((15, 13), abs=tol)
    handle = canvas.handle_rects()[2].center()
    drag(canvas, (handle.x(), handle.y()), (handle.x() + 10, handle.y() + 5))
    resized = regions(window)[0].shape
    assert (resized.width, resized.height) == pytest.approx((40, 25), abs=tol)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert regions(window)[0].shape.x == pytest.approx(resized.x + 2.0)

    # Delete the ellipse, then undo and redo.
    canvas.select("r2")
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert [r.id for r in regions(window)] == ["r1", "r3"]
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in regions(window)] == ["r1", "r2", "r3"]
    window.undo_action.trigger()  # the nudge
    assert regions(window)[0].shape == resized
    window.redo_action.trigger()
    qtbot.keyClick(canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in regions(window)] == ["r1", "r3"]
    window.undo_action.trigger()
    expected = regions(window)

    # Export refuses regions without a feature, naming them; nothing is written.
    dest = tmp_path / "seized.zip"
    with qtbot.waitSignal(window.exported, timeout=60_000) as done:
        window.export_to(dest)
    assert done.args == [""]
    assert "region r1" in window.last_error and "region r2" in window.last_error
    assert "Seized passport" in window.last_error
    assert "region r3" not in window.last_error  # the polygon has its feature
    assert not dest.exists()
    for region_id, feature in (("r1", "guilloche"), ("r2", "ovi")):
        canvas.select(region_id)
        choose(panel.feature, feature)
    expected = regions(window)
    assert [r.feature for r in expected] == ["guilloche", "ovi", "microprint"]

    # Export and read it back with the packs layer.
    with qtbot.waitSignal(window.exported, timeout=60_000) as done:
        window.export_to(dest)
    assert done.args == [str(dest)], window.last_error
    pack = read_pack(dest)
    got = pack.specimen(specimen.id)
    assert got.regions == expected
    assert got.title == "Seized passport"
    assert set(got.layers) == {Light.WHITE, Light.UV365, Light.IR}
    sizes = {Image.open(pack.layer_path(got.id, light)).size for light in got.layers}
    assert len(sizes) == 1


def test_shared_pack_needs_redaction_before_export(qtbot, studio, tmp_path, quiet_messages):
    from dataclasses import replace

    window = studio
    import_three_lights(qtbot, window, tmp_path)
    window.set_tool(Tool.RECT)
    drag(window.canvas, (5, 30), (35, 70))
    window.region_panel.personal.setChecked(True)
    assert regions(window)[0].personal_data
    window.document.edit("share", lambda d: replace(d, share=True))
    with qtbot.waitSignal(window.exported, timeout=60_000) as refused:
        window.export_to(tmp_path / "shared.zip")
    assert refused.args == [""]
    assert "personal data is not redacted" in quiet_messages[-1] and "r1" in quiet_messages[-1]
    assert not (tmp_path / "shared.zip").exists()

    assert window.redact_selected(Redaction.BLACK, confirm=False)
    with qtbot.waitSignal(window.exported, timeout=60_000) as done:
        window.export_to(tmp_path / "shared.zip")
    assert done.args == [str(tmp_path / "shared.zip")], window.last_error
    pack = read_pack(tmp_path / "shared.zip")
    specimen = pack.specimens[0]
    for light in specimen.layers:
        pixels = np.asarray(Image.open(pack.layer_path(specimen.id, light)).convert("RGB"))
        px = pixels.shape[1] / specimen.width_mm
        assert pixels[int(35 * px) : int(65 * px), int(8 * px) : int(32 * px)].max() == 0


def test_painting_material_adds_uv_and_ir_layers_to_a_white_only_scan(qtbot, studio, tmp_path):
    window = studio
    page = three_light_files(tmp_path)[1]
    Image.fromarray(page).save(tmp_path / "only-white.png")
    dialog = window.import_scans()
    dialog.set_file(Light.WHITE, tmp_path / "only-white.png")
    dialog.find_edges.setChecked(False)
    with qtbot.waitSignal(dialog.lights_loaded, timeout=60_000):
        dialog.start_reading()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.finish()
    assert set(window.document.current.layers) == {Light.WHITE}
    window.set_tool(Tool.RECT)
    drag(window.canvas, (50, 20), (70, 40))
    assert window.paint_selected(uv_colour=(40, 230, 60))
    assert window.paint_selected(ir_absorbs=True)
    specimen = window.document.current
    assert {Light.UV365, Light.IR} <= set(specimen.layers)
    assert window.light_combo.findData("uv365") >= 0
    window.set_light(Light.UV365)
    uv = window.document.folder.layer_image(specimen, Light.UV365)
    px = uv.shape[1] / specimen.width_mm
    assert uv[int(30 * px), int(60 * px), 1] > 150  # glows green in the painted square
    assert uv[int(70 * px), int(20 * px)].max() < 70  # dull elsewhere


def test_broken_and_mismatched_files_get_a_message_not_a_crash(qtbot, studio, tmp_path):
    files, _page = three_light_files(tmp_path)
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    dialog = studio.import_scans()
    dialog.set_file(Light.WHITE, files[Light.WHITE])
    dialog.set_file(Light.UV365, tmp_path / "broken.png")
    with qtbot.waitSignal(dialog.loading_failed, timeout=60_000) as failed:
        dialog.start_reading()
    assert "broken.png" in failed.args[0] and "uv365" in failed.args[0]
    assert dialog.pages.currentIndex() == 0 and dialog.isVisible()


def test_importing_a_pack_twice_merges_without_duplicates(qtbot, studio, tmp_path):
    window = studio
    import_three_lights(qtbot, window, tmp_path)
    with qtbot.waitSignal(window.exported, timeout=60_000):
        window.export_to(tmp_path / "p.zip")
    for _ in range(2):
        with qtbot.waitSignal(window.pack_imported, timeout=60_000) as imported:
            window.import_pack(tmp_path / "p.zip")
        assert "Specimens added: 0;" in imported.args[0]
    assert len(window.document.draft.specimens) == 1


def test_autosaved_work_is_offered_after_a_kill(qtbot, tmp_path, quiet_messages):
    """A real studio process is killed with SIGKILL; its drawing is there on restart."""
    script = tmp_path / "studio_run.py"
    script.write_text(
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})\n"
        "from dataclasses import replace\n"
        "from tests.test_capture import _imported\n"
        "from pathlib import Path\n"
        "from docinspect.ui.studio import open_studio\n"
        "from docinspect.capture.studio_session import draft_folder\n"
        f"folder, draft, specimen = _imported(Path({str(tmp_path)!r}))\n"
        "w = open_studio(recover=False)\n"
        "w.add_imported(type('I', (), {'specimen': replace(specimen, regions=()), 'pages': "
        "{l: folder.layer_image(specimen, l) for l in specimen.layers}})())\n"
        "w.document.set_regions('draw', specimen.id, specimen.regions)\n"
        "print('drawn', flush=True)\n"
        "while True:\n"
        "    app.processEvents(); time.sleep(0.05)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, str(script)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline().strip() == "drawn"
        # The autosave comes within its interval (10 s), well inside the 30 s allowed.
        deadline = time.monotonic() + 30
        saved = False
        while time.monotonic() < deadline and not saved:
            time.sleep(0.5)
            try:
                data = json.loads(draft_folder().draft_file.read_text("utf-8"))
                saved = bool(data["specimens"] and data["specimens"][0]["regions"])
            except (OSError, ValueError, KeyError, IndexError):
                pass
        assert saved
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    window = open_studio(recover=True)
    qtbot.addWidget(window)
    assert [r.id for r in window.document.current.regions] == ["photo"]
    window.close()
    # Declining recovery keeps the work aside instead of deleting it.
    (studio_dir() / "session.json").write_text('{"open": true}')
    fresh = open_studio(recover=False)
    qtbot.addWidget(fresh)
    assert fresh.document.draft.specimens == ()
    assert any(p.name.startswith("draft-set-aside-") for p in studio_dir().iterdir())
    fresh.close()


def test_library_window_opens_the_studio_from_its_tools_menu(qtbot, quiet_messages):
    from docinspect.ui.main_window import MainWindow
    from docinspect.ui.settings import AppSettings
    from docinspect.ui.studio.window import StudioWindow

    library = MainWindow(AppSettings())
    qtbot.addWidget(library)
    tools = next(
        a.menu() for a in library.menuBar().actions() if a.text().replace("&", "") == "Tools"
    )
    action = next(a for a in tools.actions() if "studio" in a.text().lower())
    action.trigger()
    studio = library.open_studio()  # a second call brings the same window forward
    assert isinstance(studio, StudioWindow) and studio.isVisible()
    assert [w for w in library.findChildren(StudioWindow)] == [studio]
    studio.close()


def test_author_every_question_type_preview_it_and_export_it(
    qtbot, studio, tmp_path, quiet_messages
):
    from dataclasses import replace

    from PySide6.QtWidgets import QLabel, QPushButton

    from docinspect.model import Verdict
    from docinspect.model.exercise import QUESTION_TYPES, parse_exercise
    from docinspect.ui.studio.import_dialog import ImportedSpecimen

    window = studio
    import_three_lights(qtbot, window, tmp_path)
    forged = window.document.current
    window.tabs.setCurrentIndex(3)
    dialog = window.edit_exercise(new=True)
    dialog.set_type("mrz")
    dialog.choose(dialog.specimen_combo, forged.id)
    assert not dialog.add_question()  # no MRZ text on the specimen: refused, with the reason
    assert "has no MRZ text" in quiet_messages[-1]
    dialog.reject()
    mrz = (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    )
    window.document.edit(
        "truth",
        lambda d: d.with_specimen(
            replace(forged, mrz=mrz, truth=replace(forged.truth, verdict=Verdict.COUNTERFEIT))
        ),
    )
    window.set_tool(Tool.RECT)
    drag(window.canvas, (60, 60), (110, 80))
    panel = window.region_panel
    choose(panel.feature, "microprint")
    choose(panel.role, "forgery_indicator")
    (tmp_path / "ref").mkdir()
    page = three_light_files(tmp_path / "ref")[1]
    genuine = replace(forged, id="reference", title="Genuine reference", regions=(), layers={})
    genuine = replace(genuine, truth=replace(genuine.truth, verdict=Verdict.GENUINE))
    window.add_imported(ImportedSpecimen(genuine, {Light.WHITE: page}))

    window.tabs.setCurrentIndex(3)
    dialog = window.edit_exercise(new=True)
    dialog.title_edit.setText("Seized documents")
    for qtype in QUESTION_TYPES:
        dialog.set_type(qtype)
        dialog.choose(dialog.specimen_combo, forged.id)
        if qtype == "compare":
            dialog.choose(dialog.reference_combo, "reference")
        if qtype in ("identify", "which_light"):
            dialog.choose(dialog.feature_combo, "microprint")
        if qtype == "mrz":
            dialog.choose(dialog.mrz_combo, "birth_date_check")
        with qtbot.waitSignal(dialog.previewed, timeout=30_000):
            assert dialog.add_question(), qtype
        assert dialog.panel.prompt.text()
    assert [q["type"] for q in dialog.questions] == list(QUESTION_TYPES)

    # Preview the first (verdict) question and answer it as a trainee would.
    dialog.question_list.setCurrentRow(0)
    dialog.panel.findChild(QPushButton, "answerForged").click()
    feedback = dialog.panel.findChild(QLabel, "feedbackText")
    assert feedback.isVisibleTo(dialog) and feedback.text()

    dialog.buttons.accepted.emit()
    assert [e["id"] for e in window.document.draft.exercises] == ["seized-documents"]
    assert window.exercise_list.count() == 1

    dest = tmp_path / "with-exercise"
    with qtbot.waitSignal(window.exported, timeout=60_000) as done:
        window.export_to(dest)
    assert done.args == [str(dest)], window.last_error
    pack = read_pack(dest)
    exercise = parse_exercise(dict(pack.exercises[0].data), file="x.json")
    assert [type(q).__name__ for q in exercise.questions] == [
        "VerdictQuestion",
        "LocateQuestion",
        "IdentifyQuestion",
        "WhichLightQuestion",
        "MrzQuestion",
        "CompareQuestion",
    ]
    assert exercise.questions[5].reference.id == "reference"


def test_marked_page_corners_crop_and_straighten(qtbot, studio, tmp_path):
    page = three_light_files(tmp_path)[1]
    Image.fromarray(page).save(tmp_path / "white-only.png")
    dialog = studio.import_scans()
    dialog.set_file(Light.WHITE, tmp_path / "white-only.png")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("td1"))
    with qtbot.waitSignal(dialog.lights_loaded, timeout=60_000):
        dialog.start_reading()
    # An ID-card-shaped area (85.6 x 53.98 mm) marked inside the page, slightly turned.
    dialog.page_corners = [(100.0, 100.0), (785.0, 110.0), (779.8, 541.8), (94.8, 531.8)]
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.finish()
    specimen = studio.document.current
    assert specimen.size_mm == (85.6, 53.98)
    white = studio.document.folder.layer_image(specimen, Light.WHITE)
    assert abs(white.shape[1] / white.shape[0] - 85.6 / 53.98) < 0.01
    assert abs(white.shape[1] - 685) <= 2  # the marked top edge's length, in pixels


def test_a_page_that_does_not_fit_the_size_is_offered_the_scans_own_shape(
    qtbot, studio, tmp_path, quiet_messages, monkeypatch
):
    page = three_light_files(tmp_path)[1]
    Image.fromarray(page).save(tmp_path / "white-only.png")
    dialog = studio.import_scans()
    dialog.set_file(Light.WHITE, tmp_path / "white-only.png")
    dialog.find_edges.setChecked(False)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("other"))
    dialog.width_spin.setValue(100.0)
    dialog.height_spin.setValue(100.0)  # a square, but the image is 1000 x 704
    with qtbot.waitSignal(dialog.lights_loaded, timeout=60_000):
        dialog.start_reading()
    assert dialog.outline() == (None, "")  # no edges used: the whole image is the page
    assert "the whole image is imported" in dialog.status_label.text()
    asked: list[str] = []
    # Before cutting, the scan's own shape is offered; declined, nothing is imported.
    answer_questions(monkeypatch, QMessageBox.StandardButton.No, asked)
    dialog.finish()
    assert "scan's own shape, 100 × 70.4 mm" in asked[-1]
    assert dialog.isVisible() and studio.document.current is None
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.finish()
    specimen = studio.document.current
    assert specimen.size_mm == (100.0, 70.4) and specimen.document_type.value == "other"


def test_text_being_typed_reaches_the_draft_without_leaving_the_box(qtbot, studio, tmp_path):
    from docinspect.ui.studio.import_dialog import ImportedSpecimen

    window = studio
    from dataclasses import replace

    from tests.test_capture import _imported

    folder, _draft, specimen = _imported(tmp_path)
    white = folder.layer_image(specimen, Light.WHITE)

    window.add_imported(
        ImportedSpecimen(replace(specimen, regions=(), layers={}), {Light.WHITE: white})
    )
    window.set_tool(Tool.RECT)
    drag(window.canvas, (10, 10), (30, 30))
    window.activateWindow()
    box = window.region_panel.explanation
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "Fine lines")
    qtbot.waitUntil(lambda: regions(window)[0].explanation == "Fine lines", timeout=10_000)
    assert box.hasFocus()  # still typing: nothing waited for the user to leave the box
    assert window.autosave()
    saved = draft_folder().load()
    assert saved.specimen(specimen.id).regions[0].explanation == "Fine lines"


def test_a_light_that_cannot_be_aligned_is_aligned_by_four_points(qtbot, studio, tmp_path):
    import cv2

    from docinspect.ui.studio.import_dialog import FourPointsDialog
    from tests.test_capture_support import similarity

    files, page = three_light_files(tmp_path)
    h, w = page.shape[:2]
    motion = similarity(w, h, angle=3.0, scale=1.0, shift=(15.0, -10.0))
    # A nearly blank UV photo: nothing for features to find, but its page corners are there.
    faint = cv2.warpPerspective(np.full_like(page, 60), motion, (w, h), borderValue=(5, 5, 5))
    Image.fromarray(faint).save(tmp_path / "faint-uv.png")
    dialog = studio.import_scans()
    dialog.set_file(Light.WHITE, files[Light.WHITE])
    dialog.set_file(Light.UV365, tmp_path / "faint-uv.png")
    with qtbot.waitSignal(dialog.lights_loaded, timeout=60_000):
        dialog.start_reading()
    assert Light.UV365 in dialog.loaded.unaligned
    assert "Not aligned automatically" in dialog.status_label.text()

    reference = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]
    pts = np.asarray(reference, np.float64).reshape(-1, 1, 2)
    moving = [tuple(p) for p in cv2.perspectiveTransform(pts, motion).reshape(-1, 2)]
    picker = FourPointsDialog(dialog.loaded.scans[Light.UV365].pixels, page, Light.UV365, dialog)
    qtbot.addWidget(picker)
    ok = picker.buttons.button(picker.buttons.StandardButton.Ok)
    for (mx, my), (rx, ry) in zip(moving, reference, strict=True):
        assert not ok.isEnabled()
        picker.moving.add_point(mx, my)
        picker.white.add_point(rx, ry)
    assert ok.isEnabled()
    dialog.set_point_alignment(Light.UV365, picker.moving_points(), picker.reference_points())
    assert Light.UV365 not in dialog.loaded.unaligned
    assert "four points" in dialog.status_label.text()
    found = dialog.loaded.alignments[Light.UV365].homography
    expected = np.linalg.inv(motion)
    assert np.abs(found / found[2, 2] - expected / expected[2, 2]).max() < 1e-6


def test_cancelling_a_long_import_keeps_the_dialog_and_adds_nothing(qtbot, studio, tmp_path):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    files, _page = three_light_files(tmp_path)
    dialog = studio.import_scans()
    for light, path in files.items():
        dialog.set_file(light, path)
    with qtbot.waitSignal(dialog.loading_failed, timeout=60_000) as failed:
        dialog.start_reading()
        # The progress window's Cancel, pressed while the images are read and aligned.
        dialog.findChild(QProgressDialog).findChild(QPushButton).click()
    assert failed.args == [""]
    assert dialog.loaded is None and dialog.read_button.isEnabled()
    assert studio.document.draft.specimens == ()


def test_a_damaged_draft_is_set_aside_with_a_message(qtbot, quiet_messages):
    folder = draft_folder()
    folder.draft_file.write_text('{"format": 1, "specimens": [{"id": ')
    window = open_studio(recover=True)
    qtbot.addWidget(window)
    assert window.document.draft.specimens == ()
    assert "draft.json" in quiet_messages[-1] and "cannot be read" in quiet_messages[-1]
    aside = [p for p in studio_dir().iterdir() if p.name.startswith("draft-set-aside-")]
    assert len(aside) == 1 and (aside[0] / "draft.json").read_text().startswith('{"format"')
    window.close()


def test_export_over_a_folder_that_is_not_a_pack_is_refused(
    qtbot, studio, tmp_path, quiet_messages
):
    from dataclasses import replace

    from docinspect.ui.studio.import_dialog import ImportedSpecimen
    from tests.test_capture import _imported

    folder, _draft, specimen = _imported(tmp_path)
    white = folder.layer_image(specimen, Light.WHITE)
    studio.add_imported(ImportedSpecimen(replace(specimen, layers={}), {Light.WHITE: white}))
    precious = tmp_path / "my-documents"
    precious.mkdir()
    (precious / "letter.txt").write_text("keep me")
    with qtbot.waitSignal(studio.exported, timeout=60_000) as done:
        studio.export_to(precious)
    assert done.args == [""]
    assert "not a pack" in quiet_messages[-1]
    assert (precious / "letter.txt").read_text() == "keep me"


def test_a_sealed_exam_pack_is_refused_with_a_clear_message(
    qtbot, studio, tmp_path, quiet_messages
):
    """Its truth is encrypted: the studio says so instead of merging specimens without answers."""
    from docinspect.classroom.answer_keys import seal_exam_pack
    from docinspect.synth.generate import generate_pack

    # A seed nobody can guess: sealing refuses small ones (decision 0018).
    pack = generate_pack(tmp_path / "pack", count=2, seed=2**50 + 5)
    exam = seal_exam_pack(pack, tmp_path / "handed-out", "instructor passphrase").out
    with qtbot.waitSignal(studio.pack_imported, timeout=60_000) as imported:
        studio.import_pack(exam)
    assert imported.args[0] == ""
    assert "sealed exam pack" in studio.last_error and str(exam) in studio.last_error
    assert quiet_messages and "Import the pack it was sealed from" in quiet_messages[-1]
    assert studio.document.draft.specimens == ()


def test_a_generated_specimen_is_drawn_under_every_light_for_annotating(qtbot, studio, tmp_path):
    """Imported from a generated pack it has no scans: the studio draws its scene instead of
    showing region outlines on a blank page, and offers every light."""
    from docinspect.synth.generate import generate_pack

    pack = generate_pack(tmp_path / "pack", count=1, seed=7, forged_share=0.0)
    with qtbot.waitSignal(studio.pack_imported, timeout=60_000):
        studio.import_pack(pack)
    assert len(studio.document.draft.specimens) == 1
    lights = [studio.light_combo.itemData(i) for i in range(studio.light_combo.count())]
    assert lights == [light.value for light in Light]
    pictures = {}
    for light in (Light.WHITE, Light.UV365):
        studio.set_light(light)
        item = studio.canvas._pixmap_item
        assert item is not None
        image = item.pixmap().toImage()
        assert image.width() >= 1000
        pictures[light] = image.pixelColor(image.width() // 2, image.height() // 2).lightness()
    # Under the UV lamp the genuine page is dark; in white light it is paper.
    assert pictures[Light.UV365] < pictures[Light.WHITE] - 60
