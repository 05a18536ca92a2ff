"""``docinspect classroom ...`` and ``docinspect bundle ...`` as an instructor and a trainee use them."""

from __future__ import annotations

import json

from support.attempts import attempt
from test_classroom_answer_keys import make_course, sit_exam

from docinspect.cli import main
from docinspect.packs import read_pack
from docinspect.store import open_store
from docinspect.training.answers import PointAnswer, VerdictAnswer


def _as(monkeypatch, password):
    monkeypatch.setenv("DOCINSPECT_PASSWORD", password)


def test_an_instructor_sets_up_a_class_and_a_trainee_is_refused(tmp_path, monkeypatch, capsys):
    db = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    _as(monkeypatch, "boss-password")
    assert main(["classroom", "init", "--instructor", "boss", "--db", db]) == 0
    assert main(["classroom", "init", "--instructor", "mallory", "--db", db]) == 2
    assert "refused" in capsys.readouterr().err
    assert main(["classroom", "cohort", "Morning", "--user", "boss", "--db", db]) == 0
    monkeypatch.setenv("DOCINSPECT_TRAINEE_PASSWORD", "ann-password")
    args = ["classroom", "add-trainee", "Ann", "--login", "ann", "--cohort", "Morning"]
    assert main([*args, "--user", "boss", "--db", db]) == 0
    assign = ["classroom", "assign", "--cohort", "Morning", "--exercise", "light-and-uv"]
    assign += ["--title", "UV basics", "--questions", "3", "--due", "2099-12-01"]
    assert main([*assign, "--user", "boss", "--db", db]) == 0
    capsys.readouterr()
    assert main(["classroom", "progress", "--user", "boss", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "UV basics (light-and-uv), due 2099-12-01 00:00 UTC" in out and "Ann" in out

    _as(monkeypatch, "ann-password")
    assert main(["classroom", "progress", "--user", "ann", "--db", db]) == 2
    assert "refused: a trainee cannot watch the class" in capsys.readouterr().err
    _as(monkeypatch, "wrong password")
    assert main(["classroom", "cohort", "X", "--user", "boss", "--db", db]) == 2
    assert "wrong user name or password" in capsys.readouterr().err


def test_an_offline_seat_bundle_is_imported_once(tmp_path, monkeypatch, capsys):
    seat_db = f"sqlite:///{tmp_path / 'seat.sqlite3'}"
    seat = open_store(seat_db)
    ann = seat.add_trainee("Ann")
    seat.record_attempt(attempt(ann.id))
    seat.close()
    bundle = tmp_path / "ann.zip"
    assert main(["bundle", "export", str(bundle), "--db", seat_db]) == 0
    station = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    _as(monkeypatch, "boss-password")
    assert main(["classroom", "init", "--instructor", "boss", "--db", station]) == 0
    assert main(["bundle", "import", str(bundle), "--db", station]) == 2
    assert "give --user" in capsys.readouterr().err
    for _ in range(2):
        assert main(["bundle", "import", str(bundle), "--user", "boss", "--db", station]) == 0
    out = capsys.readouterr().out
    assert "1 new attempts, 0 already present" in out and "0 new attempts, 1 already" in out
    assert open_store(station).attempt_count() == 1
    (tmp_path / "junk.zip").write_text("junk")
    args = ["bundle", "import", str(tmp_path / "junk.zip"), "--user", "boss", "--db", station]
    assert main(args) == 2
    assert "junk.zip: not a results bundle" in capsys.readouterr().err


def test_an_unreachable_database_is_one_line_exit_2(capsys):
    url = "postgresql+psycopg://postgres@127.0.0.1:1/test?connect_timeout=2"
    assert main(["classroom", "progress", "--user", "x", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("docinspect: cannot open the database") and err.count("\n") == 1


def test_an_exam_is_sealed_sat_and_scored_from_the_command_line(tmp_path, monkeypatch, capsys):
    """The instructor seals, ``pack info`` shows no answer, a seat sits it, the station scores."""
    exam_source, exam = make_course(tmp_path), tmp_path / "exam"
    monkeypatch.setenv("DOCINSPECT_PASSPHRASE", "exam passphrase 2026")
    assert main(["classroom", "seal-exam", str(exam_source), str(exam)]) == 0
    assert "sealed 2 specimens" in capsys.readouterr().out
    assert main(["pack", "validate", str(exam)]) == 0
    assert "answer key sealed" in capsys.readouterr().out
    assert main(["pack", "info", str(exam)]) == 0
    info = capsys.readouterr().out
    assert "answer key sealed" in info
    for secret in ("counterfeit", "genuine", "office_paper", "uv_dull", "paper-glow-defect"):
        assert secret not in info
    assert main(["pack", "info", "--json", str(exam)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["answer_key_sealed"] is True
    assert {s["verdict"] for s in summary["specimens"]} == {None}
    assert all(s["regions"] == [] for s in summary["specimens"])

    db = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    _as(monkeypatch, "boss-password")
    assert main(["classroom", "init", "--instructor", "boss", "--db", db]) == 0
    store = open_store(db)
    ann = store.add_trainee("Ann")
    right = {
        "q1": VerdictAnswer(forged=True, method="office_paper"),
        "q2": VerdictAnswer(forged=False),
        "q3": PointAnswer(20.0, 20.0),
    }
    session = sit_exam(read_pack(exam), store, ann.id, right)
    capsys.readouterr()
    monkeypatch.setenv("DOCINSPECT_PASSPHRASE", "a guess")
    assert main(["classroom", "score-exam", str(exam), "--user", "boss", "--db", db]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
    monkeypatch.setenv("DOCINSPECT_PASSPHRASE", "exam passphrase 2026")
    assert main(["classroom", "score-exam", str(exam), "--user", "boss", "--db", db]) == 0
    assert "3 answers scored, 0 already scored, 1 exams given their result" in (
        capsys.readouterr().out
    )
    assert store.session(session).passed is True
    assert {a.mark for a in store.attempts_for(ann.id)} == {"right"}

    # An offline seat sits it too; its bundle is imported and scored in one command.
    seat_db = f"sqlite:///{tmp_path / 'seat.sqlite3'}"
    seat = open_store(seat_db)
    bob = seat.add_trainee("Bob")
    sit_exam(read_pack(exam), seat, bob.id, {**right, "q1": VerdictAnswer(forged=False)})
    seat.close()
    assert main(["bundle", "export", str(tmp_path / "bob.zip"), "--db", seat_db]) == 0
    imp = ["bundle", "import", str(tmp_path / "bob.zip"), "--score-exam", str(exam)]
    assert main([*imp, "--user", "boss", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "3 new attempts" in out and "3 answers scored, 3 already scored" in out
    marks = {a.question_id: a.mark for a in store.attempts_for(bob.id)}
    assert marks == {"q1": "false_accept", "q2": "right", "q3": "right"}


def test_assign_checks_the_exercise_its_questions_and_due_date_and_can_be_undone(
    tmp_path, monkeypatch, capsys
):
    from hostile.packbuild import valid_pack

    from docinspect.training.exercise_files import builtin_exercises

    db = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    _as(monkeypatch, "boss-password")
    boss = ["--user", "boss", "--db", db]
    assert main(["classroom", "init", "--instructor", "boss", "--db", db]) == 0
    assert main(["classroom", "cohort", "Morning", *boss]) == 0
    assign = ["classroom", "assign", "--cohort", "Morning", *boss]
    capsys.readouterr()

    assert main([*assign, "--exercise", "e1"]) == 2  # a pack's exercise, pack not given yet
    assert "no exercise 'e1'" in capsys.readouterr().err
    assert main(["classroom", "add-pack", str(valid_pack(tmp_path / "pack")), *boss]) == 0
    assert "e1  Exercise 1  (1 question)" in capsys.readouterr().out
    assert main(["classroom", "exercises", *boss]) == 0
    listed = capsys.readouterr().out
    assert "[pack demo]" in listed and "light-and-uv" in listed

    assert main([*assign, "--exercise", "e1", "--due", "2020-01-01"]) == 2
    assert "has passed" in capsys.readouterr().err
    assert main([*assign, "--exercise", "e1", "--questions", "5"]) == 2
    assert "has 1 questions, not 5" in capsys.readouterr().err
    curriculum = {e.id: e for e in builtin_exercises()}
    uv = curriculum["light-and-uv"]
    assert main([*assign, "--exercise", "light-and-uv"]) == 0
    out = capsys.readouterr().out
    assert f"{uv.title}  ({len(uv.questions)} questions)" in out  # title and count by default
    assignment_id = out.split()[0]

    edit = ["classroom", "edit-assignment", assignment_id, *boss]
    assert main([*edit, "--title", "UV, again", "--questions", "2", "--due", "2099-01-02"]) == 0
    assert "UV, again  (2 questions), due 2099-01-02 00:00 UTC" in capsys.readouterr().out
    assert main([*edit, "--due", "2001-01-01"]) == 2
    assert main(["classroom", "remove-assignment", assignment_id, *boss]) == 0
    capsys.readouterr()
    assert main(["classroom", "progress", *boss]) == 0
    assert "UV, again" not in capsys.readouterr().out
    assert main(["classroom", "remove-assignment", assignment_id, *boss]) == 2
    assert f"no assignment {assignment_id}" in capsys.readouterr().err
