"""Exam packs handed to trainees carry no readable answer key: tried as a trainee would."""

from __future__ import annotations

import base64
import dataclasses
import json

import cv2
import numpy as np
import pytest
from support.attempts import attempt

from docinspect.classroom import (
    AnswerKeyError,
    NotAllowed,
    open_answer_key,
    open_classroom,
    score_exam,
    seal_exam_pack,
)
from docinspect.model import Verdict
from docinspect.model.exercise import parse_exercise
from docinspect.packs import PackReadError, read_pack
from docinspect.store import StoreError, open_store
from docinspect.training.answers import PointAnswer, VerdictAnswer
from docinspect.training.quiz import Phase, Quiz, question_order
from docinspect.training.specimens import SpecimenSupply

TRUTH = {
    "verdict": "counterfeit",
    "methods": ["office_paper"],
    "explanation": "The paper glows blue-white under UV: optical brighteners.",
}
REGION = {
    "id": "r1",
    "shape": {"type": "rect", "x": 10.0, "y": 10.0, "width": 30.0, "height": 20.0},
    "feature": "uv_dull_substrate",
    "role": "forgery_indicator",
    "lights": ["uv365"],
    "min_magnification": 1.0,
    "explanation": "Genuine document paper stays dull under UV.",
    "method": "office_paper",
}
SECRETS = ["counterfeit", "office_paper", "uv_dull_substrate", "brighteners", "stays dull"]


@pytest.fixture
def pack(tmp_path):
    root = tmp_path / "exam"
    (root / "specimens" / "s01").mkdir(parents=True)
    (root / "pack.json").write_text(
        json.dumps(
            {
                "format": 1,
                "id": "exam",
                "title": "Exam",
                "version": "1",
                "specimens": ["specimens/s01"],
                "exercises": [],
            }
        )
    )
    (root / "specimens" / "s01" / "specimen.json").write_text(
        json.dumps(
            {
                "id": "s01",
                "title": "Passport",
                "document_type": "td3",
                "size_mm": [125.0, 88.0],
                "truth": TRUTH,
                "layers": {"white": "white.png"},
                "regions": [REGION],
            }
        )
    )
    (root / "specimens" / "s01" / "white.png").write_bytes(_png(250, 176))
    return root


def sealed_folder(exam, original_id, passphrase="instructor passphrase"):
    """The folder of the sealed pack holding the instructor's specimen ``original_id``
    (sealing gives every specimen a random id and folder; only the key says which is which)."""
    originals = open_answer_key(exam, passphrase)["originals"]
    (new_id,) = [k for k, v in originals.items() if v["id"] == original_id]
    return exam / "documents" / new_id, new_id


def _all_text(folder):
    return "\n".join(
        p.read_bytes().decode("latin-1") for p in sorted(folder.rglob("*")) if p.is_file()
    )


def test_no_file_of_a_sealed_exam_pack_reveals_the_answer(pack, tmp_path):
    report = seal_exam_pack(pack, tmp_path / "handed-out", "instructor passphrase")
    assert report.specimens_sealed == 1
    text = _all_text(tmp_path / "handed-out")
    for secret in SECRETS:
        assert secret not in text.lower()
    folder, _ = sealed_folder(tmp_path / "handed-out", "s01")
    spec = json.loads((folder / "specimen.json").read_text())
    assert spec["truth"] == {"sealed": True} and "regions" not in spec
    assert (folder / spec["layers"]["white"]).read_bytes().startswith(b"\x89PNG")
    assert SECRETS[0] in _all_text(pack)  # the instructor's own pack is untouched


def test_the_instructor_reopens_the_key_and_a_trainee_cannot(pack, tmp_path):
    exam = seal_exam_pack(pack, tmp_path / "handed-out", "instructor passphrase").out
    key = open_answer_key(exam, "instructor passphrase")
    original = json.loads((pack / "specimens/s01/specimen.json").read_text())
    _, new_id = sealed_folder(exam, "s01")
    assert list(key["specimens"]) == [new_id]
    kept = key["specimens"][new_id]  # the original under its sealed id and file names
    assert {k: v for k, v in kept.items() if k not in ("id", "layers")} == {
        k: v for k, v in original.items() if k not in ("id", "layers")
    }
    with pytest.raises(AnswerKeyError, match="wrong passphrase"):
        open_answer_key(exam, "guessed passphrase")

    room = open_classroom(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    room.create_instructor("boss", "boss-password", by=None)
    boss = room.log_in("boss", "boss-password")
    room.add_trainee(boss, "Ann", username="ann", password="ann-password")
    ann = room.log_in("ann", "ann-password")
    with pytest.raises(NotAllowed):
        room.answer_key(ann, exam, "instructor passphrase")
    key = room.answer_key(boss, exam, "instructor passphrase")
    assert key["specimens"][new_id]["truth"] == TRUTH


def test_a_changed_sealed_key_is_refused_not_misread(pack, tmp_path):
    exam = seal_exam_pack(pack, tmp_path / "handed-out", "instructor passphrase").out
    sealed = json.loads((exam / "answer-key.sealed").read_text())
    for field in ("ciphertext", "nonce"):
        changed = dict(sealed)
        raw = bytearray(base64.b64decode(sealed[field]))
        raw[0] ^= 1
        changed[field] = base64.b64encode(bytes(raw)).decode()
        (exam / "answer-key.sealed").write_text(json.dumps(changed))
        with pytest.raises(AnswerKeyError, match="changed"):
            open_answer_key(exam, "instructor passphrase")
    (exam / "answer-key.sealed").write_text("{not json")
    with pytest.raises(AnswerKeyError, match="cannot be read as JSON"):
        open_answer_key(exam, "instructor passphrase")


def test_sealing_refuses_to_overwrite_and_names_a_missing_pack(pack, tmp_path):
    (tmp_path / "taken").mkdir()
    with pytest.raises(AnswerKeyError, match="exists already"):
        seal_exam_pack(pack, tmp_path / "taken", "instructor passphrase")
    with pytest.raises(AnswerKeyError, match="pack.json is missing"):
        seal_exam_pack(tmp_path / "nowhere", tmp_path / "x", "instructor passphrase")


def test_a_zip_pack_is_refused_with_advice(tmp_path):
    (tmp_path / "exam.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    with pytest.raises(AnswerKeyError, match="unpack the zip first"):
        seal_exam_pack(tmp_path / "exam.zip", tmp_path / "out", "instructor passphrase")


# --- an exam sat from a sealed pack, end to end --------------------------------------------

PASSPHRASE = "instructor passphrase"


def _png(width, height):
    ok, encoded = cv2.imencode(".png", np.full((height, width, 3), 200, np.uint8))
    assert ok
    return encoded.tobytes()


@pytest.fixture
def exam_source(tmp_path):
    return make_course(tmp_path)


def make_course(tmp_path):
    """The instructor's pack: a counterfeit and a genuine passport and an exam about them."""
    root = tmp_path / "course"
    for sid, truth, regions in (
        ("s01", TRUTH, [dict(REGION, id="paper-glow-defect")]),
        ("s02", {"verdict": "genuine", "explanation": "All features as specified."}, []),
    ):
        folder = root / "specimens" / sid
        folder.mkdir(parents=True)
        spec = {
            "id": sid,
            "title": f"Utopia passport {sid}, office-printer counterfeit",
            "document_type": "td3",
            "size_mm": [125.0, 88.0],
            "truth": truth,
            "layers": {"white": "white.png", "uv365": "uv365.png"},
            "regions": regions,
            "mrz_field": "document_number_check",
        }
        (folder / "specimen.json").write_text(json.dumps(spec))
        for light in ("white", "uv365"):
            (folder / f"{light}.png").write_bytes(_png(250, 176))
    (root / "exercises").mkdir()
    exercise = {
        "format": 1,
        "id": "final-exam",
        "title": "Final exam",
        "mode": "practice",
        "pass_mark": 0.5,
        "questions": [
            {"id": "q1", "type": "verdict", "specimen": "s01"},
            {"id": "q2", "type": "verdict", "specimen": "s02"},
            {
                "id": "q3",
                "type": "locate",
                "specimen": "s01",
                "feature": "uv_dull_substrate",
                "method": "office_paper",
                "light": "uv365",
            },
        ],
    }
    (root / "exercises" / "final.json").write_text(json.dumps(exercise))
    manifest = {
        "format": 1,
        "id": "course",
        "title": "Course",
        "version": "1",
        "specimens": ["specimens/s01", "specimens/s02"],
        "exercises": ["exercises/final.json"],
    }
    (root / "pack.json").write_text(json.dumps(manifest))
    assert read_pack(root).specimens[0].truth.verdict is Verdict.COUNTERFEIT
    return root


def sit_exam(pack, store, trainee_id, answers):
    """A trainee's seat: the exam from the pack, answered and saved, as the practice window does."""
    exercise = parse_exercise(dict(pack.exercise("final-exam").data), file="final.json")
    session = store.start_session(trainee_id, exercise, order=question_order(exercise, 1), seed=1)
    quiz = Quiz(
        exercise,
        resolver=SpecimenSupply(pack=pack),
        trainee_id=trainee_id,
        session_id=session.id,
        order=session.question_order,
    )
    while quiz.phase is not Phase.DONE:
        record = quiz.answer(answers[quiz.item.question.id], time_ms=3000)
        store.record_attempt(quiz.begin_save())
        quiz.saved()
        assert record.mark == "unscored" and record.score == 0 and not record.methods
        assert record.truth_verdict is None
    store.finish_session(session.id, quiz.results())
    return session.id


def test_a_trainee_sits_a_sealed_exam_and_the_instructor_scores_it(exam_source, tmp_path):
    exam = seal_exam_pack(exam_source, tmp_path / "exam", PASSPHRASE).out
    pack = read_pack(exam)  # the seat reads the sealed pack like any other
    assert pack.sealed and pack.answer_key == "answer-key.sealed"
    assert all(s.truth.sealed and s.truth.verdict is None and not s.regions for s in pack.specimens)
    assert pack.exercise("final-exam").data["mode"] == "exam"

    db = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    store = open_store(db)
    ann, bob = store.add_trainee("Ann"), store.add_trainee("Bob")
    right = {
        "q1": VerdictAnswer(forged=True, method="office_paper"),
        "q2": VerdictAnswer(forged=False),
        "q3": PointAnswer(20.0, 20.0),
    }
    wrong = {
        "q1": VerdictAnswer(forged=False),
        "q2": VerdictAnswer(forged=True, method="office_paper"),
        "q3": PointAnswer(100.0, 80.0),
    }
    ann_session = sit_exam(pack, store, ann.id, right)
    sit_exam(pack, store, bob.id, wrong)
    assert store.session(ann_session).score == 0  # the seat cannot score
    assert store.session(ann_session).passed is None

    with pytest.raises(AnswerKeyError, match="wrong passphrase"):
        score_exam(store, exam, "guessed passphrase")
    report = score_exam(store, exam, PASSPHRASE)
    assert (report.scored, report.disputed, report.unchanged, report.sessions) == (6, (), 0, 2)
    assert not report.skipped
    ann_marks = {a.question_id: a.mark for a in store.attempts_for(ann.id)}
    bob_marks = {a.question_id: a.mark for a in store.attempts_for(bob.id)}
    assert ann_marks == {"q1": "right", "q2": "right", "q3": "right"}
    assert bob_marks == {"q1": "false_accept", "q2": "false_reject", "q3": "missed"}
    scored = {a.question_id: a for a in store.attempts_for(ann.id)}
    assert scored["q1"].truth_verdict == "counterfeit" and scored["q1"].methods == ("office_paper",)
    assert store.session(ann_session).score == 3.0 and store.session(ann_session).passed is True
    # Scoring again changes nothing.
    again = score_exam(store, exam, PASSPHRASE)
    assert (again.scored, again.disputed, again.unchanged, again.sessions) == (0, (), 6, 0)


def test_a_score_a_seat_wrote_itself_is_disputed_not_believed(exam_source, tmp_path):
    """Whoever holds the database URL can insert an attempt claiming full marks."""
    exam = seal_exam_pack(exam_source, tmp_path / "exam", PASSPHRASE).out
    store = open_store(f"sqlite:///{tmp_path / 'class.sqlite3'}")
    mallory = store.add_trainee("Mallory")
    claim = attempt(mallory.id, exercise_id="final-exam", question_id="q1", correct=True)
    store.record_attempt(dataclasses.replace(claim, answer={"kind": "verdict", "forged": False}))
    sneaked = store.attempts_for(mallory.id)[0].id
    report = score_exam(store, exam, PASSPHRASE)
    assert report.disputed == (str(sneaked),) and report.scored == 0
    with pytest.raises(StoreError, match="append-only"):  # and the database refuses a rewrite
        store.score_sealed_attempts([dataclasses.replace(claim, id=sneaked, score=0.0)])


def test_every_file_of_a_sealed_exam_hides_the_answers(exam_source, tmp_path):
    exam = seal_exam_pack(exam_source, tmp_path / "exam", PASSPHRASE).out
    text = _all_text(exam).lower()
    secrets = [
        *SECRETS,
        "paper-glow-defect",
        "genuine",
        "explanation",
        "office-printer",
        "mrz_field",
    ]
    secrets += ["document_number_check", "all features as specified"]
    for secret in secrets:
        assert secret not in text, secret
    for path in exam.rglob("*.json"):  # and none is hidden in an escaped form
        assert "office_paper" not in json.dumps(json.loads(path.read_text())).lower()


def test_a_sealed_exam_pack_with_a_changed_or_missing_key_is_refused(exam_source, tmp_path):
    exam = seal_exam_pack(exam_source, tmp_path / "exam", PASSPHRASE).out
    key = exam / "answer-key.sealed"
    sealed = json.loads(key.read_text())
    sealed["mac"] = base64.b64encode(b"\0" * 32).decode()
    key.write_text(json.dumps(sealed))
    with pytest.raises(AnswerKeyError, match="changed"):
        score_exam(open_store(f"sqlite:///{tmp_path / 'c.sqlite3'}"), exam, PASSPHRASE)
    key.unlink()
    with pytest.raises(PackReadError, match="answer-key.sealed"):
        read_pack(exam)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ({"id": "q9", "type": "identify", "specimen": "s01", "feature": "uv_dull_substrate",
          "choices": ["uv_dull_substrate", "mrz"]}, "identify questions cannot go in a sealed"),
        ({"id": "q9", "type": "verdict", "recipe": {"document_type": "td3", "seed": 1}},
         "a generator recipe names its forgery methods"),
    ],
)  # fmt: skip
def test_questions_that_would_show_their_answer_are_refused(
    exam_source, tmp_path, question, reason
):
    path = exam_source / "exercises" / "final.json"
    data = json.loads(path.read_text())
    data["questions"].append(question)
    path.write_text(json.dumps(data))
    with pytest.raises(AnswerKeyError, match=reason):
        seal_exam_pack(exam_source, tmp_path / "exam", PASSPHRASE)
    assert not (tmp_path / "exam").exists()


def test_the_library_shows_nothing_of_a_sealed_specimens_truth(exam_source, tmp_path):
    from docinspect.ui.specimen_panel import SpecimenPanel

    exam = seal_exam_pack(exam_source, tmp_path / "exam", PASSPHRASE).out
    panel = SpecimenPanel()
    _, new_id = sealed_folder(exam, "s01", PASSPHRASE)
    panel.show_specimen(read_pack(exam).specimen(new_id), pack_title="Exam")
    panel.answer_button.setChecked(True)  # a trainee asks for the answer
    shown = panel.answer.text()
    assert "Answer key sealed — results are scored by your instructor." in shown
    for secret in ("ounterfeit", "enuine", "Methods", "Regions", "brighteners"):
        assert secret not in shown
    assert panel.fields["regions"].text() == "sealed (exam)"
