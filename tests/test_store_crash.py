"""Crash safety: a real exam process is SIGKILLed mid-exam; nothing it saved is lost and the
unfinished exam is offered for resume.

This file is also the child program: ``python tests/test_store_crash.py URL`` takes an exam,
saving each answer through the store and printing ``saved <uuid>`` after each commit.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
QUESTIONS = 40


def exam():
    from test_training_support import TAXONOMY

    from docinspect.model.exercise import parse_exercise

    return parse_exercise(
        {
            "format": 1,
            "id": "crash-exam",
            "title": "Exam",
            "mode": "exam",
            "shuffle": True,
            "questions": [
                {
                    "id": f"q{i:02d}",
                    "type": "verdict",
                    "recipe": {
                        "document_type": "td1",
                        "seed": i,
                        "methods": ["office_paper"] if i % 3 else [],
                    },
                }
                for i in range(QUESTIONS)
            ],
        },
        file="crash-exam.json",
        taxonomy=TAXONOMY,
    )


def child(url: str) -> None:
    """Take the exam as a trainee would, one saved answer after another, until killed."""
    from test_training_support import TAXONOMY, resolver

    from docinspect.store import open_store
    from docinspect.training import Phase, Quiz, SkillSchedule, VerdictAnswer, question_order

    store = open_store(url)
    trainee = store.add_trainee("Crash Test")
    exercise = exam()
    order = question_order(exercise, seed=2024)
    session = store.start_session(trainee.id, exercise, order=order, seed=2024)
    print(f"session {session.id}", flush=True)
    quiz = Quiz(
        exercise,
        resolver=resolver,
        trainee_id=trainee.id,
        session_id=session.id,
        order=order,
        taxonomy=TAXONOMY,
    )
    schedule = SkillSchedule()
    while quiz.phase is not Phase.DONE:
        forged = quiz.item.specimen.truth.verdict.is_forged
        quiz.answer(VerdictAnswer(forged, "office_paper" if forged else None), time_ms=700)
        record = quiz.begin_save()
        store.record_attempt(record, schedule=schedule)
        quiz.saved()
        print(f"saved {record.id}", flush=True)
        time.sleep(0.05)  # a trainee takes time; the parent kills us somewhere in here
    print("finished", flush=True)


def test_sigkill_mid_exam_keeps_every_saved_answer_and_offers_resume(tmp_path):
    from test_training_support import TAXONOMY, resolver

    from docinspect.store import open_store
    from docinspect.training import Phase, Quiz, VerdictAnswer

    url = f"sqlite:///{tmp_path / 'seat.sqlite3'}"
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])
    )
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__)), url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    saved: list[uuid.UUID] = []
    session_id = None
    try:
        for line in proc.stdout:
            word, _, value = line.strip().partition(" ")
            if word == "session":
                session_id = uuid.UUID(value)
            elif word == "saved":
                saved.append(uuid.UUID(value))
                if len(saved) == 5:
                    proc.send_signal(signal.SIGKILL)
                    break
            else:
                pytest.fail(f"unexpected output from the exam process: {line!r}")
        else:
            pytest.fail(f"the exam process ended before it was killed: {proc.stderr.read()}")
        rest, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    saved += [uuid.UUID(line.split()[1]) for line in rest.splitlines() if line.startswith("saved ")]

    store = open_store(url)
    [trainee] = store.trainees()
    kept = {a.id for a in store.attempts_for(trainee.id)}
    assert set(saved) <= kept  # every answer reported saved survived the kill
    assert len(kept) - len(saved) <= 1  # at most the answer being given when killed
    [unfinished] = store.sessions_for(trainee.id, unfinished=True)
    assert unfinished.id == session_id
    point = store.resume_point(session_id)
    assert point.position == len(kept) == point.session.position
    assert 5 <= point.position < QUESTIONS

    quiz = Quiz(
        exam(),
        resolver=resolver,
        trainee_id=trainee.id,
        session_id=session_id,
        order=point.session.question_order,
        answered=point.answered,
        taxonomy=TAXONOMY,
    )
    assert quiz.item.question.id == point.session.question_order[point.position]
    asked = []
    while quiz.phase is not Phase.DONE:
        asked.append(quiz.item.question.id)
        quiz.answer(VerdictAnswer(False), time_ms=100)
        store.record_attempt(quiz.begin_save())
        quiz.saved()
    assert sorted(asked + [a.question_id for a in point.answered]) == sorted(
        point.session.question_order
    )
    store.finish_session(session_id, quiz.results())
    assert store.sessions_for(trainee.id, unfinished=True) == []
    assert store.attempt_count() == QUESTIONS
    store.close()


if __name__ == "__main__":
    child(sys.argv[1])
