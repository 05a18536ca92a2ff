"""Dashboard and cohort queries on real databases (SQLite and PostgreSQL), checked by hand.

A cohort is a classroom cohort (docinspect.classroom's tables) or ``trainees.extra["cohort"]``
in a profile; most tests here set the latter with SQL, the last one uses the classroom.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from support.attempts import attempt

from docinspect.analytics import Accuracy
from docinspect.analytics.queries import (
    Period,
    UnknownTraineeError,
    cohort_analysis_from_store,
    cohort_item_analysis_from_store,
    cohort_names,
    cohort_trainees,
    trainee_dashboard_from_store,
)
from docinspect.model.exercise import parse_exercise
from docinspect.store import open_store
from docinspect.store.schema import trainees
from docinspect.training import SkillKey, SkillKind, SkillSchedule
from docinspect.training.quiz import Results

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
EXERCISE = parse_exercise(
    {
        "format": 1,
        "id": "ex-1",
        "title": "Exam one",
        "module": "Counterfeits",
        "mode": "exam",
        "questions": [
            {"id": "q1", "type": "verdict", "recipe": {"document_type": "td3", "seed": 1}}
        ],
    },
    file="ex.json",
)


@pytest.fixture
def store(url):
    s = open_store(url)
    yield s
    s.close()


def _attempt(
    trainee,
    minute,
    question,
    specimen,
    *,
    correct,
    truth=None,
    accepted=None,
    method=None,
    forged=None,
    features=(),
    methods=(),
    ms=1000,
    qtype="verdict",
):
    answer = (
        {"kind": "verdict", "forged": forged, "method": method}
        if qtype == "verdict"
        else {"kind": "choice", "choice": "mrz"}
    )
    return attempt(
        trainee,
        question_id=question,
        at=T0 + timedelta(minutes=minute),
        correct=correct,
        question_type=qtype,
        specimen_ref=specimen,
        answer=answer,
        mark="right" if correct else "wrong",
        time_ms=ms,
        truth_verdict=truth,
        accepted=accepted,
        features=features,
        methods=methods,
    )


OP = "recipe:td3:UTO:{}:office_paper:0.500"
GEN = "recipe:td3:UTO:{}:genuine:0.500"


def _verdict(trainee, minute, question, specimen, *, correct, refused_as=None, ms=1000):
    """A verdict on an ``OP`` (office-paper counterfeit: dull under UV) or ``GEN`` specimen:
    refused as forged by the method ``refused_as``, or accepted (None)."""
    counterfeit = ":office_paper:" in specimen
    return _attempt(trainee, minute, question, specimen, correct=correct, ms=ms,
                    truth="counterfeit" if counterfeit else "genuine",
                    accepted=refused_as is None, forged=refused_as is not None, method=refused_as,
                    features=("uv_dull_substrate",) if counterfeit else (),
                    methods=("office_paper",) if counterfeit else ())  # fmt: skip


def _one_question_results(*, score, forged_shown):
    """A finished one-question session's results (pass mark 0.8, no false accepts)."""
    return Results(score=score, max_score=1.0, answered=1, total=1, pass_mark=0.8,
                   forged_shown=forged_shown, false_accepts=0, mean_time_ms=None)  # fmt: skip


def _signal_counts(d):
    """Hits, misses, false alarms, correct rejections."""
    return (d.hits, d.misses, d.false_alarms, d.correct_rejections)


@pytest.fixture
def cohort_a(store):
    ann, bob, cid = (store.add_trainee(n) for n in ("Ann", "Bob", "Cid"))
    with store.engine.begin() as conn:
        for t, c in ((ann, "A"), (bob, "A"), (cid, "B")):
            conn.execute(trainees.update().where(trainees.c.id == t.id).values(extra={"cohort": c}))
    for record in [
        _verdict(ann.id, 1, "q1", OP.format(1), correct=True, refused_as="office_paper"),
        _verdict(ann.id, 2, "q2", GEN.format(2), correct=True, ms=3000),
        _verdict(ann.id, 3, "q1", OP.format(3), correct=False, ms=2000),  # a false accept
        _verdict(bob.id, 4, "q1", OP.format(4), correct=False, refused_as="photo_substitution",
                 ms=5000),  # the wrong method
        _verdict(bob.id, 5, "q2", GEN.format(5), correct=False, refused_as="office_paper",
                 ms=4000),  # a false alarm
        # Bob 6: not a verdict; about the MRZ
        _attempt(bob.id, 6, "q3", "pack:s1", correct=True, features=("mrz",), qtype="identify",
                 ms=6000),
        # Cid, other cohort
        _verdict(cid.id, 7, "q1", OP.format(7), correct=True, refused_as="office_paper"),
    ]:  # fmt: skip
        assert store.record_attempt(record)
    for trainee, passed, minute in ((ann, True, 10), (bob, False, 11)):
        session = store.start_session(trainee.id, EXERCISE, order=["q1"], seed=1, now=T0)
        results = _one_question_results(score=1.0 if passed else 0.0, forged_shown=1)
        store.finish_session(session.id, results, now=T0 + timedelta(minutes=minute))
    schedule = SkillSchedule(fuzz=False)
    store.save_skills(
        ann.id,
        [
            schedule.new(SkillKey(SkillKind.METHOD, "office_paper"), now=T0),
            schedule.new(SkillKey(SkillKind.FEATURE, "mrz"), now=T0 + timedelta(days=30)),
        ],
    )
    return ann, bob, cid


def test_cohort_names_count_members(store, cohort_a):
    assert cohort_names(store) == [("A", 2), ("B", 1)]


def test_cohort_figures_by_hand(store, cohort_a):
    ann, bob, _ = cohort_a
    c = cohort_analysis_from_store(store, cohort="A", name="Spring")
    assert (c.cohort, c.name) == ("A", "Spring")
    assert [t.name for t in c.trainees] == ["Ann", "Bob"]
    a, b = c.trainees
    # Ann: 2 of 3 right; hit (1), miss (3), correct rejection (2); times 1000, 3000, 2000
    assert a.overall == Accuracy(2, 3)
    assert _signal_counts(a.detection) == (1, 1, 0, 1)
    assert (a.times.mean_ms, a.times.median_ms) == (2000.0, 2000.0)
    assert (a.sessions, a.sessions_passed) == (1, 1)
    # Bob: 1 of 3; hit (4), false alarm (5); times 5000, 4000, 6000
    assert b.overall == Accuracy(1, 3)
    assert _signal_counts(b.detection) == (1, 0, 1, 0)
    assert b.times.median_ms == 5000.0 and (b.sessions, b.sessions_passed) == (1, 0)
    # Pooled: hits 2, misses 1, false alarms 1, correct rejections 1; Cid (cohort B) left out
    assert _signal_counts(c.detection) == (2, 1, 1, 1)
    assert c.overall == Accuracy(3, 6)
    # substrate: attempts 1 (right), 3, 4 (wrong); machine-readable: 6 (right)
    assert c.by_category == {"machine_readable": Accuracy(1, 1), "substrate": Accuracy(1, 3)}
    assert c.by_method == {"office_paper": Accuracy(1, 3)}

    items = {s.item: s for s in c.items}
    q1, q2, q3 = items["ex-1/q1"], items["ex-1/q2"], items["ex-1/q3"]
    # q1: Ann 1 of 2, Bob 0 of 1 -> p = 1/3. Item scores Ann 0.5, Bob 0;
    # rest scores: Ann = q2 = 1, Bob = mean(q2 0, q3 1) = 0.5 -> two points rising -> r = 1
    assert (q1.attempts, q1.correct, q1.trainees) == (3, 1, 2)
    assert q1.difficulty == pytest.approx(1 / 3) and q1.discrimination == pytest.approx(1.0)
    # q2: rest Ann = q1 0.5, Bob = mean(q1 0, q3 1) = 0.5: no spread -> None
    assert q2.difficulty == 0.5 and q2.discrimination is None
    # q3: Bob only
    assert q3.trainees == 1 and q3.discrimination is None and not q3.flagged

    templates = {s.item: s for s in c.templates}
    assert set(templates) == {
        "recipe:td3:UTO:office_paper:0.500",
        "recipe:td3:UTO:genuine:0.500",
        "pack:s1",
    }
    op = templates["recipe:td3:UTO:office_paper:0.500"]  # seeds 1, 3 (Ann) and 4 (Bob)
    assert (op.attempts, op.correct, op.trainees) == (3, 1, 2)

    cm = c.confusion
    assert cm.labels == ("genuine", "office_paper", "photo_substitution")
    assert cm.count("office_paper", "office_paper") == 1  # Ann 1
    assert cm.count("office_paper", "genuine") == 1  # Ann 3
    assert cm.count("office_paper", "photo_substitution") == 1  # Bob 4
    assert cm.count("genuine", "genuine") == 1  # Ann 2
    assert cm.count("genuine", "office_paper") == 1  # Bob 5
    assert c.passes["ex-1"].sessions == 2 and c.passes["ex-1"].passed == 1
    assert c.exercises == ("ex-1",)
    assert c.start == T0 + timedelta(minutes=1) and c.end == T0 + timedelta(minutes=6)

    # The item analysis alone gives the same items, from fewer columns.
    alone = cohort_item_analysis_from_store(store, cohort="A")
    assert (alone.trainees, alone.attempts) == (2, 6)
    assert alone.items == c.items and alone.templates == c.templates
    assert alone.flagged_items == c.flagged_items
    assert cohort_item_analysis_from_store(store, cohort="nobody").items == ()


def test_cohort_by_trainee_ids_and_period(store, cohort_a):
    ann, _, cid = cohort_a
    c = cohort_analysis_from_store(
        store,
        trainee_ids=[ann.id, cid.id],
        period=Period(T0 + timedelta(minutes=2), T0 + timedelta(minutes=8)),
    )
    # Ann's attempts 2 and 3, Cid's 7; sessions finished at +10 min are outside the period.
    assert [t.name for t in c.trainees] == ["Ann", "Cid"]
    assert c.overall == Accuracy(2, 3)
    assert c.passes == {}


def test_empty_cohort_is_empty_not_an_error(store, cohort_a):
    c = cohort_analysis_from_store(store, cohort="nobody")
    assert c.trainees == () and c.overall.total == 0 and c.items == ()


def test_trainee_dashboard_by_hand(store, cohort_a):
    ann, _, _ = cohort_a
    d = trainee_dashboard_from_store(store, ann.id, now=T0 + timedelta(days=1), pass_marks={})
    assert d.name == "Ann" and d.trainee == str(ann.id)
    assert d.overall == Accuracy(2, 3)
    assert [p.accuracy for p in d.curve] == pytest.approx([1.0, 1.0, 2 / 3])
    sd = d.detection
    assert (sd.hits, sd.misses, sd.false_alarms, sd.correct_rejections) == (1, 1, 0, 1)
    assert sd.false_accept_rate == 0.5
    assert d.by_category == {"substrate": Accuracy(1, 2)}
    assert d.by_method == {"office_paper": Accuracy(1, 2)}
    assert d.confusion.count("office_paper", "genuine") == 1
    assert (d.times.mean_ms, d.times.median_ms) == (2000.0, 2000.0)
    assert len(d.sessions) == 1 and d.sessions[0].passed and d.sessions[0].score == 1.0
    assert d.sessions[0].pass_mark is None  # no pass mark known for ex-1 here
    # office_paper is due at T0; mrz only in 30 days
    assert [s.skill for s in d.skills_due] == ["office_paper"]
    assert d.exercises == ("ex-1",)


def test_trainee_dashboard_period_and_pass_marks(store, cohort_a):
    ann, _, _ = cohort_a
    d = trainee_dashboard_from_store(
        store, ann.id, period=Period(start=T0 + timedelta(minutes=2)), pass_marks={"ex-1": 0.8}
    )
    assert d.overall == Accuracy(1, 2)  # attempts 2 and 3
    # An open end is the last attempt.
    assert d.start == T0 + timedelta(minutes=2) and d.end == T0 + timedelta(minutes=3)
    assert d.sessions[0].pass_mark == 0.8


def test_unknown_trainee(store):
    with pytest.raises(UnknownTraineeError):
        trainee_dashboard_from_store(store, uuid.uuid4())


def test_period_must_be_aware_and_ordered():
    with pytest.raises(ValueError, match="timezone"):
        Period(start=datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="ends before"):
        Period(T0, T0 - timedelta(days=1))


def test_cohort_queries_agree_with_the_pure_statistics(tmp_path):
    """Random attempts: the vectorised cohort path gives what the plain functions give."""
    import random

    from docinspect.analytics import accuracy_by, item_analysis, signal_detection
    from docinspect.analytics.cohort import specimen_template
    from docinspect.analytics.confusion import method_confusion
    from docinspect.analytics.dashboard import AttemptFacts, method_pairs
    from docinspect.model.taxonomy import load_taxonomy

    tax = load_taxonomy()
    features, methods = sorted(tax.features), sorted(tax.methods)
    rng = random.Random(7)
    store = open_store(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    people = [store.add_trainee(f"T{k}") for k in range(5)]
    records = []
    for k in range(300):
        who = rng.choice(people).id
        kind = rng.random()
        if kind < 0.6:
            forged = rng.random() < 0.6
            ms = tuple(rng.sample(methods, rng.choice([1, 2]))) if forged else ()
            accepted = rng.random() < 0.4
            said = None if accepted else rng.choice([*methods, None])
            truth = "counterfeit" if forged else "genuine"
            qtype = "verdict"
        else:
            ms, accepted, said, truth, qtype = (), None, None, None, "identify"
        fs = tuple(rng.sample(features, rng.choice([0, 1, 2, 3])))
        q = f"q{rng.randrange(8)}"
        ref = (
            f"recipe:td3:UTO:{k}:{'+'.join(ms) or 'genuine'}:0.500"
            if rng.random() < 0.8
            else "pack:p"
        )
        rec = _attempt(who, k, q, ref, correct=rng.random() < 0.6, truth=truth,
                       accepted=accepted, method=said, forged=not accepted, features=fs,
                       methods=ms, ms=rng.randrange(500, 9000), qtype=qtype)  # fmt: skip
        records.append(rec)
        store.record_attempt(rec)
    c = cohort_analysis_from_store(store)
    alone = cohort_item_analysis_from_store(store)
    store.close()
    # Same figures (summed in another order, so equal to rounding).
    for got, want in zip(alone.items + alone.templates, c.items + c.templates, strict=True):
        assert (got.item, got.attempts, got.correct, got.trainees) == (
            want.item,
            want.attempts,
            want.correct,
            want.trainees,
        )
        assert got.discrimination == pytest.approx(want.discrimination)

    cats = {f.id: f.category.value for f in tax.features.values()}
    corr = [r.correct for r in records]
    expect_items = item_analysis(
        [str(r.trainee_id) for r in records], [f"ex-1/{r.question_id}" for r in records], corr
    )
    assert [(s.item, s.attempts, s.correct, s.trainees) for s in c.items] == [
        (s.item, s.attempts, s.correct, s.trainees) for s in expect_items
    ]
    for got, want in zip(c.items, expect_items, strict=True):
        assert got.difficulty == pytest.approx(want.difficulty)
        assert (got.discrimination is None) == (want.discrimination is None)
        if want.discrimination is not None:
            assert got.discrimination == pytest.approx(want.discrimination)
    expect_templates = item_analysis(
        [str(r.trainee_id) for r in records],
        [specimen_template(r.specimen_ref) for r in records],
        corr,
    )
    assert [(s.item, s.attempts) for s in c.templates] == [
        (s.item, s.attempts) for s in expect_templates
    ]
    assert c.by_category == accuracy_by(
        [{cats[f] for f in r.features} or None for r in records], corr
    )
    assert c.by_method == accuracy_by([r.methods or None for r in records], corr)
    decided = [r for r in records if r.accepted is not None]
    assert c.detection == signal_detection(
        [r.truth_verdict != "genuine" for r in decided], [not r.accepted for r in decided]
    )
    facts = [
        AttemptFacts(
            r.answered_at,
            r.correct,
            r.time_ms,
            "ex-1",
            r.question_id,
            r.specimen_ref,
            methods=r.methods,
            answered_method=None
            if r.accepted is None
            else ("genuine" if r.accepted else r.answer.get("method")),
        )  # fmt: skip
        for r in records
    ]
    pairs = method_pairs([f for f in facts if f.answered_method])
    want = method_confusion(*pairs)
    assert {
        (t, a): want.count(t, a) for t in want.labels for a in want.labels if want.count(t, a)
    } == {
        (t, a): c.confusion.count(t, a)
        for t in c.confusion.labels
        for a in c.confusion.labels
        if c.confusion.count(t, a)
    }


def test_classroom_cohorts_are_cohorts_too(tmp_path):
    """Cohorts made in the classroom (its own tables) count beside profile-key cohorts."""
    from docinspect.classroom import open_classroom

    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    classroom = open_classroom(url)
    classroom.create_instructor("boss", "a long enough passphrase", by=None)
    boss = classroom.log_in("boss", "a long enough passphrase")
    ann = classroom.add_trainee(boss, "Ann")
    bob = classroom.add_trainee(boss, "Bob")
    morning = classroom.create_cohort(boss, "Morning")
    classroom.add_to_cohort(boss, morning.id, ann.id)
    store = open_store(url)
    with store.engine.begin() as conn:  # Bob only through his profile's key
        conn.execute(
            trainees.update().where(trainees.c.id == bob.id).values(extra={"cohort": "Morning"})
        )
    assert cohort_names(store) == [("Morning", 2)]
    assert [name for _, name in cohort_trainees(store, "Morning")] == ["Ann", "Bob"]


def test_a_sealed_exam_awaiting_scoring_counts_nowhere_until_scored(store, cohort_a):
    """Answers recorded without the key (mark "unscored", score 0) are neither misses nor false
    accepts, and the finished exam session is not a "not passed" until the instructor scores."""
    import dataclasses

    ann, _, _ = cohort_a
    before = trainee_dashboard_from_store(store, ann.id)
    cohort_before = cohort_analysis_from_store(store, cohort="A").trainees[0]
    items_before = cohort_item_analysis_from_store(store, cohort="A")
    session = store.start_session(ann.id, EXERCISE, order=["q1"], seed=2, now=T0)
    sealed = dataclasses.replace(
        _attempt(ann.id, 20, "q1", "pack:exam-1", correct=False, truth=None, forged=True),
        session_id=session.id,
        mark="unscored",
    )
    assert store.record_attempt(sealed)
    results = _one_question_results(score=0.0, forged_shown=0)
    store.finish_session(session.id, results, now=T0 + timedelta(minutes=21))

    after = trainee_dashboard_from_store(store, ann.id)
    assert after.overall == before.overall == Accuracy(2, 3)
    assert len(after.sessions) == len(before.sessions) == 1
    cohort_after = cohort_analysis_from_store(store, cohort="A").trainees[0]
    assert cohort_after.overall == cohort_before.overall
    assert (cohort_after.sessions, cohort_after.sessions_passed) == (1, 1)
    assert cohort_item_analysis_from_store(store, cohort="A") == items_before

    # Once scored (the instructor's station), the answer and the session count like any other.
    with store.engine.begin() as conn:
        from docinspect.store.schema import attempts, exercise_sessions

        conn.execute(
            attempts.update()
            .where(attempts.c.id == sealed.id)
            .values(mark="wrong", score=0.0, correct=False)
        )
        conn.execute(
            exercise_sessions.update()
            .where(exercise_sessions.c.id == session.id)
            .values(passed=False)
        )
    scored = trainee_dashboard_from_store(store, ann.id)
    assert scored.overall == Accuracy(2, 4)
    assert len(scored.sessions) == 2


def test_the_face_decision_is_read_from_the_log_apart(store):
    dee = store.add_trainee("Dee")
    imp = "recipe:td3:UTO:{}:impostor:0.300"
    for record in [
        _attempt(dee.id, 1, "f1", imp.format(1), correct=True, truth="impostor",
                 accepted=False, forged=True, method="impostor", methods=("impostor",)),
        _attempt(dee.id, 2, "f2", imp.format(2), correct=False, truth="impostor",
                 accepted=True, forged=False),
        _attempt(dee.id, 3, "f3", GEN.format(3), correct=False, truth="genuine",
                 accepted=False, forged=True, method="impostor"),
        _attempt(dee.id, 4, "f4", OP.format(4), correct=True, truth="counterfeit",
                 accepted=False, forged=True, method="office_paper", methods=("office_paper",)),
    ]:  # fmt: skip
        store.record_attempt(record)
    d = trainee_dashboard_from_store(store, dee.id, pass_marks={})
    assert (d.faces.hits, d.faces.misses) == (1, 1)
    assert (d.faces.false_alarms, d.faces.correct_rejections) == (1, 0)
    assert d.detection.hits == 2  # the counterfeit counts there, not among faces
    cohort = cohort_analysis_from_store(store, trainee_ids=[dee.id])
    (row,) = cohort.trainees
    assert row.faces == d.faces == cohort.faces
