"""Scoring a sealed exam on the instructor's station.

A seat that sits an exam from a sealed pack has no answer key: it records each answer with
the mark ``unscored`` (docinspect.training.scoring.Mark.UNSCORED). Here the instructor's
passphrase opens the key, the original pack is rebuilt in a private temporary folder, and
every unscored attempt at the exam's exercises is scored from the trainee's raw answer with
the same rules as practice (docs/scoring.md). An attempt a seat saved *with* a score the key
does not give is never believed: it is reported as disputed (whoever holds the database URL
could have written one; the attempt log is append-only, so it stays for the instructor to
judge). Scoring again changes nothing (idempotent).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docinspect.classroom.answer_keys import KEY_FILE, AnswerKeyError, open_answer_key
from docinspect.i18n import LANGUAGES, Message
from docinspect.model.exercise import Exercise, ExerciseError, parse_exercise
from docinspect.model.taxonomy import load_taxonomy
from docinspect.packs import Pack, PackError, read_pack
from docinspect.packs.pack import ANSWER_KEY_FIELD
from docinspect.store import Store
from docinspect.training.answers import answer_from_json
from docinspect.training.attempt import AttemptRecord, make_attempt
from docinspect.training.content_language import CATALOGUE_FOLDER
from docinspect.training.items import ItemError, resolve_item
from docinspect.training.quiz import results_of, time_out_accepts
from docinspect.training.scoring import Mark, score_answer
from docinspect.training.specimens import SpecimenSupply


@dataclass(frozen=True, slots=True)
class ExamScoreReport:
    """What scoring an exam did."""

    exercises: tuple[str, ...]
    #: Attempts that were unscored and now have their score.
    scored: int
    #: Attempts a seat saved with a score of its own that the key does not give (whoever
    #: holds the database URL could write one): left as they are, listed for the instructor.
    disputed: tuple[str, ...]
    #: Attempts already scored as the key says (scoring twice changes nothing).
    unchanged: int
    #: Attempts that could not be scored: (attempt id, reason).
    skipped: tuple[tuple[str, str], ...] = ()
    #: Finished exam sessions whose score and pass/fail were set.
    sessions: int = 0


@contextmanager
def unsealed_pack(exam: Path, passphrase: str) -> Iterator[Pack]:
    """The instructor's original pack, rebuilt from the exam pack and its key, while in use.

    The copy lives in a private temporary folder (mode 0700) and is deleted on leaving.
    Raises AnswerKeyError for a wrong passphrase or a changed key, PackError for a bad pack.
    """
    key = open_answer_key(exam, passphrase)
    with tempfile.TemporaryDirectory(prefix="docinspect-exam-") as tmp:
        root = Path(tmp) / "pack"
        shutil.copytree(exam, root, ignore=shutil.ignore_patterns(KEY_FILE))
        manifest = json.loads((root / "pack.json").read_text(encoding="utf-8"))
        manifest.pop(ANSWER_KEY_FIELD, None)
        _write(root / "pack.json", manifest)
        for folder in manifest.get("specimens", []):
            path = root / str(folder) / "specimen.json"
            shown = json.loads(path.read_text(encoding="utf-8"))
            original = key["specimens"].get(shown.get("id"))
            if original is None:
                raise AnswerKeyError(
                    Message(
                        "{value}: no key for specimen {value2}",
                        value=exam / KEY_FILE,
                        value2=repr(shown.get("id")),
                    )
                )
            _write(path, original)
        for name, data in key["exercises"].items():
            _write(root / name, data)
        _restore_catalogues(root, key.get("translations"))
        yield read_pack(root, verify_images=False)


def _restore_catalogues(root: Path, translations: Any) -> None:
    """Put the instructor's whole catalogues back (decision 0035): the sealed pack carries
    only the translations of what the exam shows. A key sealed before them has none."""
    if not isinstance(translations, dict):
        return
    for language, text in translations.items():
        if language in LANGUAGES and isinstance(text, str):
            folder = root / CATALOGUE_FOLDER
            folder.mkdir(exist_ok=True)
            (folder / f"{language}.po").write_text(text, encoding="utf-8")


def _write(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def score_exam(store: Store, exam: Path, passphrase: str) -> ExamScoreReport:
    """Score every attempt at the sealed exam's exercises in ``store`` with its key."""
    taxonomy = load_taxonomy()
    scored = unchanged = sessions = 0
    skipped: list[tuple[str, str]] = []
    disputed: list[str] = []
    with unsealed_pack(exam, passphrase) as pack:
        supply = SpecimenSupply(pack=pack, cache_dir=pack.root / ".generated")
        exercises: list[Exercise] = []
        for pack_exercise in pack.exercises:
            try:
                exercises.append(parse_exercise(dict(pack_exercise.data), file=pack_exercise.file))
            except ExerciseError as exc:
                raise PackError(str(exc)) from exc
        for exercise in exercises:
            updates: list[AttemptRecord] = []
            for record in store.attempts_of_exercise(exercise.id):
                try:
                    fresh = _rescore(exercise, record, supply, taxonomy)
                except (KeyError, ValueError, ItemError) as exc:
                    skipped.append((str(record.id), str(exc)))
                    continue
                if _same_score(fresh, record):
                    unchanged += 1
                    continue
                if record.mark != Mark.UNSCORED:
                    disputed.append(str(record.id))
                    continue
                scored += 1
                updates.append(fresh)
            store.score_sealed_attempts(updates)
            sessions += _score_sessions(store, exercise)
    return ExamScoreReport(
        tuple(e.id for e in exercises),
        scored,
        tuple(disputed),
        unchanged,
        tuple(skipped),
        sessions,
    )


def _rescore(
    exercise: Exercise, record: AttemptRecord, supply: SpecimenSupply, taxonomy: Any
) -> AttemptRecord:
    question = exercise.question(record.question_id)
    item = resolve_item(question, supply)
    answer = answer_from_json(dict(record.answer))
    outcome = score_answer(
        item, answer, taxonomy=taxonomy, time_out_accepts=time_out_accepts(exercise)
    )
    scored = make_attempt(
        item,
        answer,
        outcome,
        trainee_id=record.trainee_id,
        exercise_id=record.exercise_id,
        time_ms=record.time_ms,
        answered_at=record.answered_at,
    )
    # The seat's record stays the record (id, time, session); only the judgement is the key's.
    return replace(
        record,
        score=scored.score,
        max_score=scored.max_score,
        correct=scored.correct,
        mark=scored.mark,
        truth_verdict=scored.truth_verdict,
        accepted=scored.accepted,
        timed_out=scored.timed_out,
        features=scored.features,
        methods=scored.methods,
        question_type=question.type,
    )


def _same_score(a: AttemptRecord, b: AttemptRecord) -> bool:
    fields = ("score", "max_score", "correct", "mark", "truth_verdict", "accepted")
    return all(getattr(a, f) == getattr(b, f) for f in fields) and (
        set(a.features) | set(a.methods) == set(b.features) | set(b.methods)
    )


def _score_sessions(store: Store, exercise: Exercise) -> int:
    """Give finished sessions of the exam their score and pass/fail, now that it is known."""
    count = 0
    for session in store.sessions_of_exercise(exercise.id):
        if session.finished_at is None:
            continue
        results = results_of(exercise, store.resume_point(session.id).answered)
        if (session.score, session.passed) != (results.score, results.passed):
            store.set_session_result(session.id, results)
            count += 1
    return count
