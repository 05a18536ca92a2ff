"""Offline seats: results bundles exported by a seat and imported on the instructor's station."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.attempts import T0, attempt
from support.databases import private_pg_schema
from test_store import EXERCISE

from docinspect.classroom import BundleError, export_bundle, import_bundle
from docinspect.store import open_store


@pytest.fixture
def station_url(url):
    """The instructor's station: a SQLite file, or the class's PostgreSQL (conftest's url)."""
    return url


def _seat_with_answers(path, n=6):
    seat = open_store(f"sqlite:///{path}")
    ann = seat.add_trainee("Ann Offline")
    session = seat.start_session(ann.id, EXERCISE, order=["q0", "q1", "q2"], seed=7)
    for i in range(n):
        seat.record_attempt(
            attempt(
                ann.id,
                session_id=session.id if i < 3 else None,
                question_id=f"q{i}",
                at=T0 + timedelta(minutes=i),
                correct=i % 2 == 0,
            )
        )
    return seat, ann


def test_import_brings_every_attempt_and_twice_changes_nothing(tmp_path, station_url):
    seat, ann = _seat_with_answers(tmp_path / "seat.sqlite3")
    bundle = tmp_path / "ann.docinspect-results"
    assert export_bundle(seat, bundle) == 6
    station = open_store(station_url)
    station.add_trainee("Someone already here")

    first = import_bundle(station, bundle)
    assert (first.trainees_added, first.sessions_added, first.attempts_added) == (1, 1, 6)
    assert [a.id for a in station.attempts_for(ann.id)] == [a.id for a in seat.attempts_for(ann.id)]
    assert station.attempts_for(ann.id) == seat.attempts_for(ann.id)
    assert station.session(seat.sessions_for(ann.id)[0].id).position == 3

    second = import_bundle(station, bundle)
    assert (second.trainees_added, second.sessions_added, second.attempts_added) == (0, 0, 0)
    assert second.attempts_already_present == 6
    assert station.attempt_count() == 6 and len(station.trainees()) == 2
    station.close()
    seat.close()


def test_a_seat_answering_more_then_exporting_again_adds_only_the_new_answers(tmp_path):
    seat, ann = _seat_with_answers(tmp_path / "seat.sqlite3", n=3)
    station = open_store(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    export_bundle(seat, tmp_path / "b1")
    import_bundle(station, tmp_path / "b1")
    seat.record_attempt(attempt(ann.id, question_id="late", at=T0 + timedelta(hours=1)))
    export_bundle(seat, tmp_path / "b2")
    report = import_bundle(station, tmp_path / "b2")
    assert (report.attempts_added, report.attempts_already_present) == (1, 3)
    assert station.attempt_count() == 4


def _rewrite(bundle, out, *, manifest=None, payload=None):
    with zipfile.ZipFile(bundle) as z:
        m = json.loads(z.read("bundle.json"))
        p = z.read("results.json")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("bundle.json", json.dumps(manifest(m) if manifest else m))
        z.writestr("results.json", payload(p) if payload else p)


def test_a_changed_attempt_is_refused_with_a_message_and_nothing_is_imported(tmp_path):
    seat, _ = _seat_with_answers(tmp_path / "seat.sqlite3")
    export_bundle(seat, tmp_path / "b")
    _rewrite(
        tmp_path / "b",
        tmp_path / "tampered",
        payload=lambda p: p.replace(b'"correct": false', b'"correct": true'),
    )
    station = open_store(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    with pytest.raises(BundleError, match=r"tampered: results.json: checksum does not match"):
        import_bundle(station, tmp_path / "tampered")
    assert station.attempt_count() == 0 and station.trainees() == []


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"not a zip"), "not a readable zip file"),
        (lambda p: zipfile.ZipFile(p, "w").writestr("x.txt", "hi"), "bundle.json is missing"),
    ],
)
def test_a_file_that_is_no_bundle_gets_a_clear_message(tmp_path, make, message):
    path = tmp_path / "odd.zip"
    make(path)
    with pytest.raises(BundleError, match=message):
        import_bundle(open_store(f"sqlite:///{tmp_path / 's.sqlite3'}"), path)


def test_a_newer_bundle_version_says_to_update(tmp_path):
    seat, _ = _seat_with_answers(tmp_path / "seat.sqlite3")
    export_bundle(seat, tmp_path / "b")
    _rewrite(tmp_path / "b", tmp_path / "v9", manifest=lambda m: {**m, "version": 9})
    with pytest.raises(BundleError, match="version: 9 is newer"):
        import_bundle(open_store(f"sqlite:///{tmp_path / 's.sqlite3'}"), tmp_path / "v9")


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(min_value=0, max_value=10_000), flip=st.integers(0, 255))
def test_any_corruption_is_a_bundle_error_never_a_crash_nor_a_partial_import(tmp_path, cut, flip):
    seat_file = tmp_path / "seat.sqlite3"
    if not seat_file.exists():
        _seat_with_answers(seat_file)
        export_bundle(open_store(f"sqlite:///{seat_file}"), tmp_path / "good")
    data = bytearray((tmp_path / "good").read_bytes())
    i = cut % len(data)
    data[i] ^= flip or 1
    (tmp_path / "bad").write_bytes(bytes(data))
    station = open_store(f"sqlite:///{tmp_path / f'st{cut}-{flip}.sqlite3'}")
    try:
        report = import_bundle(station, tmp_path / "bad")
    except BundleError:
        assert station.attempt_count() == 0
    else:  # a flipped byte in zip padding or metadata that leaves the content intact
        assert report.attempts_added == 6
    station.close()


@pytest.mark.postgres
def test_a_seat_goes_offline_keeps_answering_and_pushes_when_the_server_is_back(tmp_path):
    from docinspect.classroom import open_seat, push_results

    local_url = f"sqlite:///{tmp_path / 'seat.sqlite3'}"
    down = "postgresql+psycopg://postgres@127.0.0.1:1/test?connect_timeout=2"
    seat = open_seat(down, local_url)
    assert seat.offline and "cannot open the database" in seat.reason
    ann = seat.store.add_trainee("Ann")
    seat.store.record_attempt(attempt(ann.id, question_id="q1"))
    seat.store.record_attempt(attempt(ann.id, question_id="q2"))
    with private_pg_schema() as url:
        online = open_seat(url, local_url)
        assert not online.offline
        first = push_results(seat.store, online.store)
        again = push_results(seat.store, online.store)
        assert (first.attempts_added, again.attempts_added) == (2, 0)
        assert online.store.attempts_for(ann.id) == seat.store.attempts_for(ann.id)
        online.store.close()
    seat.store.close()
