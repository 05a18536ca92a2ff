"""A sealed exam carries the instructor's translations of what it shows, and only those
(decision 0035): a Bulgarian seat reads the exam's title and prompts in Bulgarian, the
translations of the explanations stay in the sealed key with their English, and the
instructor's station gets every catalogue back when it unseals the exam."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from test_classroom_answer_keys import PASSPHRASE, REGION, TRUTH, _all_text, make_course

from docinspect.classroom import AnswerKeyError, open_answer_key, seal_exam_pack
from docinspect.classroom.answer_keys import KEY_FILE, seal
from docinspect.classroom.exam_leaks import find_exam_leaks
from docinspect.classroom.exams import unsealed_pack
from docinspect.i18n import parse_po, updated_po
from docinspect.packs import read_pack
from docinspect.training import content_language as cl
from docinspect.training.catalogue import Catalogue, specimen_in_language
from docinspect.training.explanation_language import translate_title

PROMPT = "Is this passport genuine? Look at it under UV."
BG_TITLE = "Финален изпит"
BG_PROMPT = "Истински ли е този паспорт? Погледнете го под УВ."
RU_PROMPT = "Подлинный ли это паспорт? Посмотрите на него в УФ."
#: The translations of the answer: the sealed pack must not hold them in clear.
BG_TRUTH = "Хартията свети синьо-бяло под УВ: оптични избелители."
BG_REGION = "Истинската хартия за документи остава матова под УВ."


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    cl.set_content_language(None)


def _translated_course(tmp_path):
    root = make_course(tmp_path)
    path = root / "exercises" / "final.json"
    data = json.loads(path.read_text())
    for question in data["questions"]:  # whichever the shuffled exam asks first
        question["prompt"] = PROMPT
    path.write_text(json.dumps(data))
    (root / "i18n").mkdir()
    bg = {
        "Final exam": BG_TITLE,
        PROMPT: BG_PROMPT,
        TRUTH["explanation"]: BG_TRUTH,
        REGION["explanation"]: BG_REGION,
    }
    (root / "i18n" / "bg.po").write_text(updated_po(None, "bg", bg), encoding="utf-8")
    (root / "i18n" / "ru.po").write_text(updated_po(None, "ru", {PROMPT: RU_PROMPT}), "utf-8")
    return root


def test_the_sealed_exam_carries_the_translated_prompts_and_no_translated_answer(tmp_path):
    source = _translated_course(tmp_path)
    exam = seal_exam_pack(source, tmp_path / "exam", PASSPHRASE).out
    carried = parse_po((exam / "i18n" / "bg.po").read_text("utf-8"))
    # The default title, "Sealed exam", comes with DocInspect's own translation.
    assert carried == {"Final exam": BG_TITLE, PROMPT: BG_PROMPT, "Sealed exam": "Запечатан изпит"}
    ru = parse_po((exam / "i18n" / "ru.po").read_text("utf-8"))
    assert ru == {PROMPT: RU_PROMPT, "Sealed exam": "Запечатанный экзамен"}
    text = _all_text(exam).encode("latin-1").decode("utf-8", "replace")
    for secret in (BG_TRUTH, BG_REGION, "избелители", "матова"):
        assert secret not in text, secret
    assert find_exam_leaks(exam) == []

    # A sealed document's title, "Exam document N", reads in the seat's language.
    titles = [s.title for s in read_pack(exam).specimens]
    assert [translate_title(t, "bg").split()[:2] for t in titles] == [["Изпитен", "документ"]] * 2
    # The seat reads the sealed pack like any other: the exam in Bulgarian.
    cl.set_content_language("bg")
    catalogue = Catalogue(packs=[read_pack(exam)])
    exercise = catalogue.get("final-exam").exercise
    assert exercise.title == BG_TITLE
    assert exercise.questions[0].prompt == BG_PROMPT

    # The key keeps every catalogue whole; the instructor's station gets them back.
    key = open_answer_key(exam, PASSPHRASE)
    assert parse_po(key["translations"]["bg"])[TRUTH["explanation"]] == BG_TRUTH
    with unsealed_pack(exam, PASSPHRASE) as pack:
        s01 = next(s for s in pack.specimens if s.truth.explanation == TRUTH["explanation"])
        assert specimen_in_language(pack, s01, "bg").truth.explanation == BG_TRUTH


def test_a_translated_explanation_put_in_a_sealed_exam_is_a_leak(tmp_path):
    source = _translated_course(tmp_path)
    exam = seal_exam_pack(source, tmp_path / "exam", PASSPHRASE).out
    po = exam / "i18n" / "bg.po"
    po.write_text(
        updated_po(po.read_text("utf-8"), "bg", {TRUTH["explanation"]: BG_TRUTH}), "utf-8"
    )
    (exam / "i18n" / "notes.txt").write_text("q1: forged")
    found = [(p.file, p.field) for p in find_exam_leaks(exam)]
    assert found == [("i18n/bg.po", "msgid"), ("i18n/notes.txt", "")]


def test_an_unreadable_catalogue_is_refused_with_its_file(tmp_path):
    source = _translated_course(tmp_path)
    (source / "i18n" / "bg.po").write_text('msgid "Final exam"\nmsgstr Финален\n', "utf-8")
    with pytest.raises(AnswerKeyError, match=r"i18n/bg\.po"):
        seal_exam_pack(source, tmp_path / "exam", PASSPHRASE)
    assert not (tmp_path / "exam").exists()


def test_a_pack_without_translations_is_sealed_with_the_title_translated(tmp_path):
    exam = seal_exam_pack(make_course(tmp_path), tmp_path / "exam", PASSPHRASE).out
    for language, title in (("bg", "Запечатан изпит"), ("ru", "Запечатанный экзамен")):
        carried = parse_po((exam / "i18n" / f"{language}.po").read_text("utf-8"))
        assert carried == {"Sealed exam": title}
    assert find_exam_leaks(exam) == []
    cl.set_content_language("bg")
    catalogue = Catalogue(packs=[read_pack(exam)])
    assert catalogue.get("final-exam").exercise.title == "Final exam"  # as written
    assert catalogue.pack_title(read_pack(exam)) == "Запечатан изпит"


def test_an_exam_sealed_before_translations_still_opens_as_written(tmp_path):
    """No i18n folder and a key without "translations", as sealed before decision 0035."""
    exam = seal_exam_pack(make_course(tmp_path), tmp_path / "exam", PASSPHRASE).out
    shutil.rmtree(exam / "i18n")
    key = open_answer_key(exam, PASSPHRASE)
    del key["translations"]
    (exam / KEY_FILE).write_text(json.dumps(seal(key, PASSPHRASE)))
    assert find_exam_leaks(exam) == []
    cl.set_content_language("bg")
    catalogue = Catalogue(packs=[read_pack(exam)])
    assert catalogue.get("final-exam").exercise.title == "Final exam"
    assert catalogue.pack_title(read_pack(exam)) == "Sealed exam"
    with unsealed_pack(exam, PASSPHRASE) as pack:
        assert not (pack.root / "i18n").exists()


def test_a_bulgarian_seat_shows_the_exam_prompt_in_bulgarian(qtbot, tmp_path):
    """The practice window at a seat, in Bulgarian, over the sealed exam: the instructor's
    Bulgarian prompt, and no explanation in any language after an answer."""
    from test_practice_pack_exercises import _window

    exam = seal_exam_pack(_translated_course(tmp_path), tmp_path / "exam", PASSPHRASE).out
    cl.set_content_language("bg")
    win, store = _window(qtbot, tmp_path, [read_pack(exam)])
    try:
        rows = [win.picker.exercises.item(i) for i in range(win.picker.exercises.count())]
        row = next(
            i for i, r in enumerate(rows) if r.data(Qt.ItemDataRole.UserRole) == "final-exam"
        )
        assert rows[row].text().startswith(BG_TITLE)
        assert any("Запечатан изпит" in r.text() for r in rows)  # the pack's heading
        win.picker.exercises.setCurrentRow(row)
        qtbot.mouseClick(win.picker.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.panel.item is not None and win.panel.answer_box.isEnabled())
        labels = [w.text() for w in win.panel.findChildren(QLabel) if w.isVisible()]
        assert BG_PROMPT in labels and PROMPT not in labels
        genuine = win.panel.findChild(QPushButton, "answerGenuine")
        if genuine is not None and genuine.isVisible():  # a verdict question: answer it
            first = win.panel.item
            qtbot.mouseClick(genuine, Qt.MouseButton.LeftButton)
            # An exam shows no feedback: the next question, in Bulgarian too.
            qtbot.waitUntil(lambda: win.panel.item is not first and win.panel.item is not None)
            shown = [w.text() for w in win.findChildren(QLabel) if w.isVisible()]
            assert BG_PROMPT in shown
            for explanation in (BG_TRUTH, BG_REGION, TRUTH["explanation"], REGION["explanation"]):
                assert not any(explanation in text for text in shown)
    finally:
        win.backend.wait()
        win.close()
        store.close()


def test_the_seat_lists_an_assigned_exam_under_its_translated_title(qtbot):
    """The instructor assigned "Final exam" in English; the seat's catalogue reads the class
    pack's Bulgarian title, and the assignment list shows it."""
    import uuid
    from datetime import UTC, datetime

    from docinspect.classroom.assignment_states import AssignmentState
    from docinspect.classroom.classroom import Assignment
    from docinspect.ui.classroom.seat_panel import SeatPanel

    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    assignment = Assignment(uuid.uuid4(), uuid.uuid4(), "final-exam", "Final exam", 3, None, now)
    panel = SeatPanel()
    qtbot.addWidget(panel)
    panel.show_assignments(
        [AssignmentState(assignment, 0, False, False)],
        now=now,
        exercise_titles={"final-exam": BG_TITLE},
    )
    (text,) = panel.assignment_texts()
    assert text.startswith(BG_TITLE) and "Final exam" not in text
