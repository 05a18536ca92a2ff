"""``docinspect report ...`` as a user runs it: files written, clear errors, exit codes 0 and 2."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

import pytest
from support.attempts import attempt

from docinspect.cli import main
from docinspect.reports.attempts_csv import COLUMNS
from docinspect.store import open_store
from docinspect.store.schema import trainees

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def _record(trainee, day, *, correct=True, ref="recipe:td3:UTO:{}:office_paper:0.500"):
    return attempt(
        trainee,
        question_id=f"q{day % 3}",
        at=T0 + timedelta(days=day),
        correct=correct,
        specimen_ref=ref.format(day),
        answer={
            "kind": "verdict",
            "forged": correct,
            "method": "office_paper" if correct else None,
        },
        time_ms=1500 + day,
    )


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    store = open_store(url)
    ann, bob, evil = (store.add_trainee(n) for n in ("Ann", "Bob", "=HYPERLINK(1)"))
    with store.engine.begin() as conn:
        for t in (ann, bob):
            conn.execute(
                trainees.update().where(trainees.c.id == t.id).values(extra={"cohort": "May"})
            )
    for day in range(6):
        store.record_attempt(_record(ann.id, day, correct=day % 2 == 0))
        store.record_attempt(_record(bob.id, day, correct=day % 3 == 0))
    store.record_attempt(_record(evil.id, 1))
    store.close()
    return url, ann, bob


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_trainee_report_by_name_and_by_id(db, tmp_path, capsys):
    url, ann, _ = db
    out = tmp_path / "ann.pdf"
    code, stdout, err = _run(
        capsys, "report", "trainee", "--trainee", "Ann", "--out", str(out), "--db", url
    )
    assert (code, err) == (0, "")
    assert "6 attempts" in stdout and out.read_bytes().startswith(b"%PDF")
    out.unlink()
    code, stdout, _ = _run(
        capsys, "report", "trainee", "--trainee", str(ann.id), "--from", "2026-05-05",
        "--to", "2026-05-06", "--out", str(out), "--db", url,
    )  # fmt: skip
    # days 1 and 2 only: --to includes the whole of 6 May
    assert code == 0 and "2 attempts" in stdout


def test_unknown_trainee_and_bad_dates_are_usage_errors(db, tmp_path, capsys):
    url, _, _ = db
    out = tmp_path / "x.pdf"
    code, _, err = _run(
        capsys, "report", "trainee", "--trainee", "Zoe", "--out", str(out), "--db", url
    )
    assert code == 2 and "no trainee 'Zoe'" in err and not out.exists()
    code, _, err = _run(
        capsys,
        "report",
        "trainee",
        "--trainee",
        "Ann",
        "--from",
        "2026-13-01",
        "--out",
        str(out),
        "--db",
        url,
    )
    assert code == 2 and "--from: '2026-13-01' is not a date (YYYY-MM-DD)" in err
    code, _, err = _run(
        capsys, "report", "trainee", "--trainee", "Ann", "--from", "2026-05-09", "--to", "2026-05-01",
        "--out", str(out), "--db", url,
    )  # fmt: skip
    assert code == 2 and "before --from" in err
    assert "Traceback" not in err


def test_missing_database_is_not_created(tmp_path, capsys):
    missing = tmp_path / "none.sqlite3"
    code, _, err = _run(
        capsys,
        "report",
        "cohort",
        "--all",
        "--out",
        str(tmp_path / "c.pdf"),
        "--db",
        f"sqlite:///{missing}",
    )
    assert code == 2 and "no database at" in err and not missing.exists()


def test_default_database_is_the_users(tmp_path, capsys, private_data_dir):
    code, _, err = _run(capsys, "report", "cohorts")
    assert code == 2 and str(private_data_dir) in err


def test_cohort_report_by_name_list_and_all(db, tmp_path, capsys):
    url, ann, bob = db
    out = tmp_path / "may.pdf"
    code, stdout, _ = _run(
        capsys, "report", "cohort", "--cohort", "May", "--out", str(out), "--db", url
    )
    assert code == 0 and "2 trainees, 12 attempts" in stdout and out.exists()
    code, stdout, _ = _run(
        capsys,
        "report",
        "cohort",
        "--trainees",
        f"{ann.id},Bob",
        "--title",
        "Pair",
        "--out",
        str(out),
        "--db",
        url,
    )
    assert code == 0 and "2 trainees" in stdout
    code, stdout, _ = _run(capsys, "report", "cohort", "--all", "--out", str(out), "--db", url)
    assert code == 0 and "3 trainees, 13 attempts" in stdout
    code, _, err = _run(
        capsys, "report", "cohort", "--cohort", "June", "--out", str(out), "--db", url
    )
    assert code == 2 and "no cohort named 'June' (cohorts: May)" in err


def test_cohorts_are_listed(db, capsys):
    url, _, _ = db
    code, stdout, _ = _run(capsys, "report", "cohorts", "--db", url)
    assert code == 0 and stdout.strip() == "May\t2 trainees"


def test_unwritable_output_is_reported(db, tmp_path, capsys):
    url, _, _ = db
    code, _, err = _run(
        capsys,
        "report",
        "trainee",
        "--trainee",
        "Ann",
        "--out",
        str(tmp_path / "no" / "a.pdf"),
        "--db",
        url,
    )
    assert code == 2 and "cannot write" in err


def test_attempts_csv_has_the_documented_columns_and_filters(db, tmp_path, capsys):
    url, ann, _ = db
    out = tmp_path / "all.csv"
    code, stdout, _ = _run(capsys, "report", "attempts", "--out", str(out), "--db", url)
    assert code == 0 and "13 attempts" in stdout
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0].keys()) == COLUMNS and len(rows) == 13
    first = rows[0]  # oldest: day 0 (Ann and Bob); order is time, then id
    assert first["answered_at"] == "2026-05-04T08:00:00.000000Z"
    assert first["methods"] == "office_paper" and first["features"] == "uv_dull_substrate"
    assert first["specimen_template"] == "recipe:td3:UTO:office_paper:0.500"
    assert first["truth_verdict"] == "counterfeit" and first["correct"] == "true"
    assert first["answered_method"] == "office_paper" and first["accepted"] == "false"
    # A name a spreadsheet would run as a formula is written as text.
    assert any(r["trainee_name"] == "'=HYPERLINK(1)" for r in rows)
    assert {r["cohort"] for r in rows} == {"May", ""}

    code, stdout, _ = _run(
        capsys,
        "report",
        "attempts",
        "--trainee",
        str(ann.id),
        "--to",
        "2026-05-05",
        "--out",
        str(out),
        "--db",
        url,
    )
    assert code == 0 and "2 attempts" in stdout  # days 0 and 1
    code, stdout, _ = _run(
        capsys, "report", "attempts", "--cohort", "May", "--out", str(out), "--db", url
    )
    assert "12 attempts" in stdout


def test_items_csv_lists_every_question_and_template(db, tmp_path, capsys):
    url, _, _ = db
    out = tmp_path / "items.csv"
    code, stdout, _ = _run(
        capsys, "report", "items", "--cohort", "May", "--out", str(out), "--db", url
    )
    assert code == 0 and stdout.startswith(f"wrote {out}: ")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    questions = {r["item"]: r for r in rows if r["kind"] == "question"}
    # q0 is answered on days 0 and 3 by Ann and Bob: Ann right on day 0 only, Bob on both
    assert set(questions) == {"ex-1/q0", "ex-1/q1", "ex-1/q2"}
    assert questions["ex-1/q0"]["attempts"] == "4" and questions["ex-1/q0"]["correct"] == "3"
    assert questions["ex-1/q0"]["difficulty"] == "0.7500"
    templates = [r for r in rows if r["kind"] == "template"]
    assert [t["item"] for t in templates] == ["recipe:td3:UTO:office_paper:0.500"]
    assert templates[0]["attempts"] == "12" and templates[0]["trainees"] == "2"
    code, _, err = _run(
        capsys, "report", "items", "--cohort", "June", "--out", str(out), "--db", url
    )
    assert code == 2 and "no cohort named 'June'" in err


def test_report_without_a_subcommand_is_a_usage_error(capsys):
    code, stdout, err = _run(capsys, "report")
    assert code == 2 and stdout == "" and "trainee" in err and "cohort" in err


def test_where_the_class_has_accounts_reports_need_a_sign_in(tmp_path, capsys, monkeypatch):
    from docinspect.classroom import open_classroom

    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    room = open_classroom(url)
    room.create_instructor("boss", "boss-password", by=None)
    boss = room.log_in("boss", "boss-password")
    ann = room.add_trainee(boss, "Ann", username="ann", password="ann-password")
    bob = room.add_trainee(boss, "Bob", username="bob", password="bob-password")
    room.close()
    out = str(tmp_path / "r.pdf")
    for who in ("Ann", "Bob"):
        assert main(["report", "trainee", "--trainee", who, "--out", out, "--db", url]) == 2
        assert "give --user" in capsys.readouterr().err
    monkeypatch.setenv("DOCINSPECT_PASSWORD", "ann-password")
    mine = ["report", "trainee", "--trainee", str(ann.id), "--out", out, "--db", url]
    assert main([*mine, "--user", "ann"]) == 0  # a trainee's own report
    theirs = ["report", "trainee", "--trainee", str(bob.id), "--out", out, "--db", url]
    assert main([*theirs, "--user", "ann"]) == 2
    assert "refused: a trainee may write only their own report" in capsys.readouterr().err
    assert main(["report", "cohorts", "--db", url, "--user", "ann"]) == 2
    monkeypatch.setenv("DOCINSPECT_PASSWORD", "wrong")
    assert main([*theirs, "--user", "boss"]) == 2
    assert "wrong user name or password" in capsys.readouterr().err
    monkeypatch.setenv("DOCINSPECT_PASSWORD", "boss-password")
    assert main([*theirs, "--user", "boss"]) == 0
