"""The one runner of background work (docinspect.ui.background): off the GUI thread, the newest
answer of a kind only, failures reported."""

from __future__ import annotations

import threading

import pytest

from docinspect.ui.background import Background, first_line


def test_work_runs_off_the_gui_thread_and_answers_on_it(qtbot):
    runner = Background()
    seen = []

    def work():
        return threading.current_thread() is threading.main_thread()

    runner.run(work, lambda on_gui: seen.append((on_gui, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(False, threading.main_thread())]
    assert not runner.busy


def test_only_the_newest_request_of_a_kind_answers(qtbot):
    runner = Background(threads=1)
    release = threading.Event()
    answers = []
    runner.run(lambda: release.wait(30) and "old", answers.append, kind="load")
    runner.run(lambda: "new", answers.append, kind="load")
    runner.run(lambda: "other kind", answers.append, kind="other")
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert answers == ["new", "other kind"]


def test_a_failure_goes_to_its_handler_or_is_reported(qtbot):
    runner = Background()
    handled = []

    def boom():
        raise OSError("server went away\nsecond line")

    runner.run(boom, lambda _r: None, handled.append)
    qtbot.waitUntil(lambda: bool(handled))
    assert isinstance(handled[0], OSError)
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(boom, lambda _r: None, kind="push")
    assert blocker.args == ["push", "server went away"]


def test_a_stale_failure_is_dropped_too(qtbot):
    runner = Background(threads=1)
    release = threading.Event()
    errors, answers = [], []

    def old():
        release.wait(30)
        raise ValueError("old")

    runner.run(old, answers.append, errors.append, kind="k")
    runner.run(lambda: "new", answers.append, errors.append, kind="k")
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert (answers, errors) == (["new"], [])


def test_stop_drops_what_has_not_started_and_waits_for_what_has(qtbot):
    runner = Background(threads=1)
    started, release = threading.Event(), threading.Event()
    ran = []

    def first():
        started.set()
        release.wait(30)
        ran.append("first")

    runner.run(first, lambda _r: None)
    runner.run(lambda: ran.append("queued"), lambda _r: None)
    assert started.wait(30)
    assert not runner.stop(50)  # the running job cannot end until released
    release.set()
    assert runner.stop()  # waits for it
    assert ran == ["first"]  # the queued one was dropped
    assert not runner.busy


def test_stop_is_refused_on_the_shared_pool():
    with pytest.raises(RuntimeError, match="pool of its own"):
        Background().stop()


def test_first_line_prefers_the_drivers_message():
    class Wrapped(Exception):
        orig = RuntimeError("connection refused\ndetails")

    assert first_line(Wrapped("outer")) == "connection refused"
    assert first_line(ValueError("")) == "ValueError"
