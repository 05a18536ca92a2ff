"""Issue 21's "done when": an instructor's own material goes all the way round, through the real
windows: a photographed ID card (not TD3-shaped) imported in the studio, regions drawn and
one redacted, a three-question exercise authored, the pack exported, opened in the library,
practised in the practice window, given to a class on PostgreSQL and assigned to a cohort,
answered at a seat, and seen in the live class view and the cohort report by its title.

With ``DOCINSPECT_SHOTS=<folder>`` the test also saves a picture of each step there (that is
how docs/images/loop-*.png are made; see docs/instructor-guide.md).
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from support.databases import private_pg_schema
from test_capture_support import document_page
from test_studio import drag, quiet_messages  # noqa: F401 (a fixture)

from docinspect.capture import Redaction
from docinspect.classroom import open_classroom
from docinspect.model import Light, Verdict
from docinspect.model.region import Role
from docinspect.reports import cohort_pdf
from docinspect.store import open_store
from docinspect.ui.classroom.live import LiveClassWindow
from docinspect.ui.classroom.seat_link import SeatLink
from docinspect.ui.main_window import MainWindow
from docinspect.ui.practice import PracticeWindow
from docinspect.ui.practice.backend import PracticeBackend
from docinspect.ui.settings import AppSettings
from docinspect.ui.studio import open_studio
from docinspect.ui.studio.canvas import Tool

TITLE = "Seized ID cards of the north crossing"
#: Where the forgery indicator and the holder's name are drawn on the card (mm).
INDICATOR = ((8.0, 8.0), (38.0, 24.0))
NAME = ((45.0, 30.0), (80.0, 38.0))


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("DOCINSPECT_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"loop-{name}.png"))


def card_photo(path: Path) -> list[tuple[float, float]]:
    """A phone photo of an ID card (85.6 x 53.98 mm) lying turned on a table; its corners."""
    rng = np.random.default_rng(7)
    table = rng.integers(70, 95, (1000, 1400, 3), dtype=np.uint8)
    card = document_page(856, 540, seed=11)
    angle, centre = 4.0, (700.0, 500.0)
    matrix = cv2.getRotationMatrix2D((428.0, 270.0), angle, 1.0)
    matrix[:, 2] += np.array(centre) - np.array([428.0, 270.0])
    warped = cv2.warpAffine(card, matrix, (1400, 1000))
    mask = cv2.warpAffine(np.full((540, 856), 255, np.uint8), matrix, (1400, 1000)) > 127
    table[mask] = warped[mask]
    Image.fromarray(table).save(path, quality=92)
    corners = np.array([(0, 0, 1), (856, 0, 1), (856, 540, 1), (0, 540, 1)], float)
    return [(float(x), float(y)) for x, y in (corners @ matrix.T)]


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def _author_in_the_studio(qtbot, studio, tmp_path: Path) -> Path:
    photo = tmp_path / "card-photo.jpg"
    corners = card_photo(photo)
    dialog = studio.import_scans()
    dialog.set_file(Light.WHITE, photo)
    dialog.title_edit.setText("Seized ID card")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("td1"))
    dialog.verdict_combo.setCurrentIndex(dialog.verdict_combo.findData("counterfeit"))
    with qtbot.waitSignal(dialog.lights_loaded, timeout=60_000):
        dialog.start_reading()
    dialog.page_corners = corners  # the card's corners, as the instructor marks them
    _shot(dialog, "1-import")
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.finish()
    card = studio.document.current
    assert card is not None and card.size_mm == (85.6, 53.98)
    studio.document.edit(
        "truth",
        lambda d: d.with_specimen(
            replace(card, truth=replace(card.truth, methods=("office_paper",)))
        ),
    )

    # The forgery indicator: office paper, seen under UV.
    studio.set_tool(Tool.RECT)
    drag(studio.canvas, *INDICATOR)
    panel = studio.region_panel
    _choose(panel.feature, "uv_dull_substrate")
    _choose(panel.role, "forgery_indicator")
    _choose(panel.method, "office_paper")
    panel.explanation.setPlainText("Office paper: it glows blue-white under the UV lamp.")
    panel.explanation.editing_finished.emit()
    # The holder's name: personal data, blacked out before the pack leaves the office.
    studio.set_tool(Tool.RECT)
    drag(studio.canvas, *NAME)
    panel.personal.setChecked(True)
    assert studio.redact_selected(Redaction.BLACK, confirm=False)
    _shot(studio, "2-regions")
    indicator, name = studio.document.current.regions
    assert indicator.role is Role.FORGERY_INDICATOR and name.personal_data

    studio.tabs.setCurrentIndex(3)
    exercise = studio.edit_exercise(new=True)
    exercise.title_edit.setText(TITLE)
    for qtype in ("verdict", "locate", "identify"):
        exercise.set_type(qtype)
        exercise.choose(exercise.specimen_combo, card.id)
        if qtype == "identify":
            exercise.choose(exercise.feature_combo, "uv_dull_substrate")
        with qtbot.waitSignal(exercise.previewed, timeout=30_000):
            assert exercise.add_question(), qtype
    _shot(exercise, "3-exercise")
    exercise.buttons.accepted.emit()
    assert len(studio.document.draft.exercises) == 1

    dest = tmp_path / "north-crossing"
    with qtbot.waitSignal(studio.exported, timeout=60_000) as done:
        studio.export_to(dest)
    assert done.args == [str(dest)], studio.last_error
    return dest


def _answer(qtbot, win, *, count: int, shot: str = "") -> None:
    """Answer ``count`` questions as a trainee who has learnt the lesson: refuse, click the
    defect, name the feature."""
    for n in range(1, count + 1):
        qtbot.waitUntil(
            lambda n=n: (
                win.pages.currentWidget() is win.question_page
                and win.progress.text().startswith(f"Question {n} ")
                and win.panel.item is not None
                and win.panel.answer_box.isEnabled()
            ),
            timeout=30_000,
        )
        q = win.panel.item.question
        if n == 1 and shot:
            win.panel.panes[0].view.wait_for_renders()
            qtbot.wait(50)
            _shot(win, shot)
        if q.type == "verdict":
            win.panel.findChild(QPushButton, "answerForged").click()
        elif q.type == "locate":
            view = win.panel.panes[0].view
            (x0, y0), (x1, y1) = INDICATOR
            pos = view.mapFromScene(QPointF((x0 + x1) / 2, (y0 + y1) / 2))
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        else:
            win.panel.findChild(QPushButton, "choice_uv_dull_substrate").click()
        qtbot.waitUntil(lambda: win.next.isVisible(), timeout=30_000)
        assert win.quiz.outcome.correct, (q.type, win.quiz.outcome)
        win.next.click()
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results, timeout=30_000)


@pytest.mark.postgres
def test_an_instructors_photo_becomes_an_exercise_the_class_answers(
    qtbot,
    tmp_path,
    quiet_messages,  # noqa: F811 (the fixture imported above)
):
    studio = open_studio(recover=False)
    qtbot.addWidget(studio)
    studio.resize(1200, 800)
    studio.show()
    try:
        pack_dir = _author_in_the_studio(qtbot, studio, tmp_path)
    finally:
        studio.autosave_timer.stop()

    # The library opens the pack; its exercise is offered in the practice window, by pack.
    library = MainWindow(AppSettings())
    qtbot.addWidget(library)
    library.show()
    library.open_pack(pack_dir)
    library.resize(1100, 700)
    qtbot.waitUntil(lambda: bool(library.model.pack_paths()), timeout=30_000)
    qtbot.waitUntil(lambda: not library.is_busy(), timeout=30_000)
    qtbot.wait(300)  # the preview and thumbnail are drawn in the background
    _shot(library, "4-library")
    practice = library.open_practice()
    qtbot.addWidget(practice)
    listed = practice.picker.exercises
    rows = {listed.item(i).data(Qt.ItemDataRole.UserRole): i for i in range(listed.count())}
    exercise_id = next(e.id for e in practice.exercises if e.title == TITLE)
    assert "Pack: " in listed.item(rows[exercise_id] - 1).text()
    practice.add_trainee("Ines Instructor")
    qtbot.waitUntil(lambda: practice.trainee is not None, timeout=10_000)
    listed.setCurrentRow(rows[exercise_id])
    practice.picker.start.click()
    _answer(qtbot, practice, count=3, shot="5-practice")
    assert "Score: 3 of 3" in practice.results.summary.text()
    practice.close()

    with private_pg_schema() as url:
        room = open_classroom(url)
        room.create_instructor("boss", "boss-password", by=None)
        boss = room.log_in("boss", "boss-password")
        ann = room.add_trainee(boss, "Ann Berg", username="ann", password="ann-password")
        cohort = room.create_cohort(boss, "North crossing")
        room.add_to_cohort(boss, cohort.id, ann.id)
        room.add_pack(boss, pack_dir)
        assignment = room.assign(
            boss, cohort.id, exercise_id=exercise_id, due_at=datetime.now(UTC) + timedelta(days=2)
        )
        assert (assignment.title, assignment.question_count) == (TITLE, 3)

        # A seat: Ann signs in; the pack comes from the class database; she answers.
        seat = SeatLink(url, retry_seconds=0.5)
        win = PracticeWindow(backend=PracticeBackend(store_url=seat.local_url), seat=seat)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.seat.offline is False and win.seat_panel.sign_in.isEnabled())
        win.seat_panel.username.setText("ann")
        win.seat_panel.password.setText("ann-password")
        win.seat_panel.sign_in.click()
        qtbot.waitUntil(lambda: exercise_id in win.catalogue, timeout=20_000)
        qtbot.waitUntil(lambda: bool(win.seat_panel.assignment_texts()), timeout=10_000)
        assert win.seat_panel.assignment_texts()[0].startswith(TITLE)
        _shot(win, "6-seat")
        win.seat_panel.assignments.setCurrentRow(0)
        win.seat_panel.start.click()
        _answer(qtbot, win, count=3)

        # The live class view and the cohort report name it by its title.
        live = LiveClassWindow(room, boss, poll_seconds=0.5)
        qtbot.addWidget(live)
        live.show()
        live.choose("North crossing", TITLE)
        assert live.assignment.currentText().startswith(TITLE)
        qtbot.waitUntil(
            lambda: live.view is not None and [r[1] for r in live.view.row_texts()] == ["3 of 3"],
            timeout=30_000,
        )
        _shot(live, "7-live-class")
        win.close()

        from docinspect.analytics.queries import cohort_analysis_from_store

        store = open_store(url)
        try:
            cohort_figures = cohort_analysis_from_store(store, cohort="North crossing")
        finally:
            store.close()
        room.close()
    tables: list[list[str]] = []
    real = cohort_pdf.draw_table

    def keep(ax, columns, rows, **kwargs):
        tables.extend(list(r) for r in rows)
        return real(ax, columns, rows, **kwargs)

    cohort_pdf.draw_table = keep
    try:
        cohort_pdf.write_cohort_pdf(cohort_figures, tmp_path / "north.pdf")
    finally:
        cohort_pdf.draw_table = real
    cells = {c for row in tables for c in row}
    assert f"{TITLE}, question 1" in cells and exercise_id not in cells
    assert cohort_figures.names.exercise(exercise_id) == TITLE
    assert Verdict.COUNTERFEIT  # the card was imported as a counterfeit
