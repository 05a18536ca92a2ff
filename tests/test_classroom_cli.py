"""``docinspect classroom ...`` and ``docinspect bundle ...`` as an instructor and a trainee use them."""

from __future__ import annotations

from test_classroom_support import attempt

from docinspect.cli import main
from docinspect.store import open_store


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
    assign = ["classroom", "assign", "--cohort", "Morning", "--exercise", "ex-1"]
    assign += ["--title", "UV basics", "--questions", "3", "--due", "2026-12-01"]
    assert main([*assign, "--user", "boss", "--db", db]) == 0
    capsys.readouterr()
    assert main(["classroom", "progress", "--user", "boss", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "UV basics (ex-1), due 2026-12-01 00:00 UTC" in out and "Ann" in out

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
