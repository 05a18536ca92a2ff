"""Hostile results bundles through the real command line (``docinspect bundle import``).

An offline seat's bundle can be edited by whoever holds it, checksum and all. Each case here
is refused with a one-line reason naming the file, and the station's database is exactly as it
was: nothing is imported in part, nothing lands under another trainee, no NaN reaches a sum.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from support.attempts import T0, attempt
from test_store import EXERCISE

from docinspect.classroom import export_bundle
from docinspect.store import open_store


def _bundle(seat_path: Path, out: Path, *, answers: int = 3):
    seat = open_store(f"sqlite:///{seat_path}")
    ann = seat.add_trainee("Ann Offline")
    session = seat.start_session(ann.id, EXERCISE, order=["q0", "q1", "q2"], seed=7)
    for i in range(answers):
        seat.record_attempt(
            attempt(
                ann.id, session_id=session.id, question_id=f"q{i}", at=T0 + timedelta(minutes=i)
            )
        )
    export_bundle(seat, out)
    seat.close()
    return ann, session


def _edit(bundle: Path, out: Path, change) -> Path:
    """Rewrite ``bundle``'s payload through ``change`` and recompute the checksum, as an
    attacker who read the format would."""
    with zipfile.ZipFile(bundle) as z:
        manifest = json.loads(z.read("bundle.json"))
        payload = json.loads(z.read("results.json"))
    change(payload)
    raw = json.dumps(payload).encode()
    manifest["sha256"] = hashlib.sha256(raw).hexdigest()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("bundle.json", json.dumps(manifest))
        z.writestr("results.json", raw)
    return out


def _import(station: str, *bundles: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "docinspect",
            "bundle",
            "import",
            *map(str, bundles),
            "--db",
            station,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DOCINSPECT_HOME": str(home)},
    )


def _state(url: str) -> tuple[int, int, list[str]]:
    store = open_store(url)
    try:
        people = sorted(t.name for t in store.trainees())
        sessions = sum(len(store.sessions_for(t.id)) for t in store.trainees())
        return store.attempt_count(), sessions, people
    finally:
        store.close()


@pytest.fixture
def station(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    open_store(url).close()
    return url


def _refused(result: subprocess.CompletedProcess[str], path: Path, reason: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert f"{path}" in result.stderr and reason in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("time_ms", 1e30, "time_ms must be a whole number"),
        ("time_ms", -5, "time_ms must be a whole number"),
        ("question_id", "q\x001", "control characters"),
        ("answered_at", "9999-12-31T23:59:00-14:00", "not a plausible time"),
        ("score", float("nan"), "finite number"),
        ("score", float("inf"), "finite number"),
        ("score", -1e308, "finite number"),
        ("score", 100.0, "attempt score must be a finite number from 0 to 1"),
        ("max_score", 1e300, "max_score must be a finite number"),
        ("correct", "yes", "correct must be true or false"),
    ],
)
def test_a_bad_value_in_a_later_record_imports_nothing(
    tmp_path, station, private_data_dir, field, value, reason
):
    _bundle(tmp_path / "seat.sqlite3", tmp_path / "b")

    def spoil_second(payload):
        payload["attempts"][1][field] = value

    bad = _edit(tmp_path / "b", tmp_path / "bad", spoil_second)
    result = _import(station, bad, home=private_data_dir)
    _refused(result, bad, reason)
    assert _state(station) == (0, 0, [])


def test_attempts_cannot_be_added_to_another_trainees_session(tmp_path, station, private_data_dir):
    """Bob's seat edits its bundle so that its answers land in Ann's session."""
    _, ann_session = _bundle(tmp_path / "ann.sqlite3", tmp_path / "ann")
    assert _import(station, tmp_path / "ann", home=private_data_dir).returncode == 0
    seat = open_store(f"sqlite:///{tmp_path / 'bob.sqlite3'}")
    bob = seat.add_trainee("Bob")
    own = seat.start_session(bob.id, EXERCISE, order=["q0"], seed=1)
    seat.record_attempt(attempt(bob.id, session_id=own.id, question_id="q0"))
    export_bundle(seat, tmp_path / "bob")
    seat.close()
    before = _state(station)

    def into_anns_session(payload):
        payload["sessions"][0]["id"] = str(ann_session.id)
        payload["sessions"][0]["finished_at"] = (T0 + timedelta(hours=1)).isoformat()
        payload["sessions"][0]["score"] = 0.0
        payload["sessions"][0]["max_score"] = 3.0
        payload["sessions"][0]["passed"] = False
        for a in payload["attempts"]:
            a["session_id"] = str(ann_session.id)

    bad = _edit(tmp_path / "bob", tmp_path / "bad", into_anns_session)
    _refused(_import(station, bad, home=private_data_dir), bad, "belongs to another trainee")
    assert _state(station) == before
    store = open_store(station)
    assert store.session(ann_session.id).finished_at is None  # not finished by Bob's bundle
    store.close()


def test_an_attempt_id_of_another_trainee_is_refused(tmp_path, station, private_data_dir):
    _bundle(tmp_path / "ann.sqlite3", tmp_path / "ann")
    assert _import(station, tmp_path / "ann", home=private_data_dir).returncode == 0
    with zipfile.ZipFile(tmp_path / "ann") as z:
        anns_first = json.loads(z.read("results.json"))["attempts"][0]["id"]
    seat = open_store(f"sqlite:///{tmp_path / 'bob.sqlite3'}")
    bob = seat.add_trainee("Bob")
    seat.record_attempt(attempt(bob.id, question_id="q0"))
    export_bundle(seat, tmp_path / "bob")
    seat.close()

    def reuse(payload):
        payload["attempts"][0]["id"] = anns_first

    bad = _edit(tmp_path / "bob", tmp_path / "bad", reuse)
    _refused(_import(station, bad, home=private_data_dir), bad, "belongs to another trainee")


def test_an_attempt_in_a_session_of_another_trainee_of_the_bundle_is_refused(
    tmp_path, station, private_data_dir
):
    ann, _ = _bundle(tmp_path / "seat.sqlite3", tmp_path / "b")

    def second_person(payload):
        other = str(uuid.uuid4())
        payload["trainees"].append({**payload["trainees"][0], "id": other, "name": "Eve"})
        payload["attempts"][0]["trainee_id"] = other

    bad = _edit(tmp_path / "b", tmp_path / "bad", second_person)
    _refused(_import(station, bad, home=private_data_dir), bad, "another trainee's session")
    assert _state(station) == (0, 0, [])


def test_a_bundle_from_elsewhere_says_whom_it_adds(tmp_path, station, private_data_dir):
    _bundle(tmp_path / "seat.sqlite3", tmp_path / "b")
    result = _import(station, tmp_path / "b", home=private_data_dir)
    assert result.returncode == 0, result.stderr
    assert "added trainees: Ann Offline" in result.stdout


def test_a_name_with_terminal_escapes_is_refused_and_never_echoed_raw(
    tmp_path, station, private_data_dir
):
    _bundle(tmp_path / "seat.sqlite3", tmp_path / "b")

    def escape(payload):
        payload["trainees"][0]["name"] = "Ann\x1b]0;pwned\x07\u202eevil"

    bad = _edit(tmp_path / "b", tmp_path / "bad", escape)
    result = _import(station, bad, home=private_data_dir)
    _refused(result, bad, "control characters")
    assert "\x1b" not in result.stderr + result.stdout and "\u202e" not in result.stderr


def test_a_huge_bundle_json_is_refused_without_reading_it(tmp_path, station, private_data_dir):
    """1 GiB of spaces compresses to about 1 MB; reading it whole would take gigabytes."""
    _bundle(tmp_path / "seat.sqlite3", tmp_path / "b")
    with zipfile.ZipFile(tmp_path / "b") as z:
        payload = z.read("results.json")
    bad = tmp_path / "huge"
    with zipfile.ZipFile(bad, "w", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open("bundle.json", "w", force_zip64=True) as f:
            block = b" " * (1 << 20)
            for _ in range(1024):
                f.write(block)
        z.writestr("results.json", payload)
    _refused(_import(station, bad, home=private_data_dir), bad, "bundle.json: larger than 64 KiB")
    assert _state(station) == (0, 0, [])
