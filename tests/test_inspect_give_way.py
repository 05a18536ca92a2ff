"""Drawing done ahead gives way to the loupe: a page render marked deferrable pauses between its
stages while held, and goes on (to the same pixels) once the hold runs out or is released; a
picture somebody waits for is never held up behind a paused one."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, Viewing
from docinspect.model.scene import Material, Microprint, Scene, Substrate
from docinspect.model.specimen import DocumentType, Specimen
from docinspect.model.truth import Truth, Verdict
from docinspect.optics import LayerCache, SpecimenSource, give_way
from docinspect.ui.inspect import rendering
from docinspect.ui.inspect.rendering import RenderQueue, RenderRequest, hold_for_loupe

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def _released():
    give_way.release()
    yield
    give_way.release()


def _source() -> SpecimenSource:
    line = Microprint(
        id="mp",
        material=Material(colour=(40, 50, 110), ir_absorption=0.0),
        text="UTOPIA REPUBLIC ",
        points=((2.0, 15.0), (38.0, 15.0)),
        glyph_height_mm=0.3,
        font="OCRB",
    )
    scene = Scene(width_mm=40, height_mm=30, substrate=Substrate(grain=0.3, seed=1), items=(line,))
    specimen = Specimen(
        id="s1",
        title="test",
        document_type=DocumentType.OTHER,
        width_mm=40,
        height_mm=30,
        truth=Truth(Verdict.GENUINE),
        scene="scene.json",
    )
    # A cache of its own: every render draws (a cached page would not pass a checkpoint).
    return SpecimenSource(specimen, None, scene, cache=LayerCache())


PAGE = Bounds(0, 0, 40, 30)
VIEWING = Viewing(Light.UV365)


def _wait_until(condition, seconds: float = 10.0) -> bool:
    event = threading.Event()
    for _ in range(int(seconds / 0.005)):
        if condition():
            return True
        event.wait(0.005)
    return condition()


def test_a_deferrable_render_pauses_while_held_and_draws_the_same_pixels():
    expected = _source().render(VIEWING, PAGE, (400, 300))
    source = _source()
    out: list[np.ndarray] = []

    def draw() -> None:
        with give_way.deferrable():
            out.append(source.render(VIEWING, PAGE, (400, 300)))

    give_way.hold(60.0)  # a loupe that keeps moving
    thread = threading.Thread(target=draw)
    thread.start()
    assert _wait_until(lambda: give_way.waiting() == 1)
    assert not out  # paused at a checkpoint, not finished
    give_way.release()  # the loupe rests (or a picture somebody waits for is queued)
    thread.join(30)
    assert give_way.waiting() == 0
    assert np.array_equal(out[0], expected)


def test_work_not_marked_deferrable_never_waits():
    # The page on show and the loupe's own frames: drawn at once even while held.
    give_way.hold(60.0)
    source = _source()
    out = source.render(VIEWING, PAGE, (400, 300))
    assert out.shape == (300, 400, 3) and give_way.waiting() == 0


def test_a_picture_somebody_waits_for_releases_the_work_drawn_ahead(qtbot):
    source = _source()
    queue = RenderQueue(pool="give-way-test", deferrable=("ahead",))
    results = []
    queue.rendered.connect(results.append)
    try:
        hold_for_loupe(60.0)
        queue.submit("ahead", [RenderRequest(source, VIEWING, PAGE, (400, 300))])
        assert _wait_until(lambda: give_way.waiting() == 1)
        # The light is switched: its page is queued behind the paused one on the same thread.
        queue.submit("page", [RenderRequest(source, Viewing(Light.WHITE), PAGE, (400, 300))])
        assert not give_way.is_held()
        hold_for_loupe(60.0)  # the loupe moves on: no hold while the page is waiting
        assert not give_way.is_held()
        qtbot.waitUntil(lambda: len(results) == 2, timeout=30_000)
        assert [r.group for r in results] == ["ahead", "page"]
        assert rendering._urgent == 0
        hold_for_loupe(60.0)  # nothing waits any more: drawing ahead gives way again
        assert give_way.is_held()
    finally:
        give_way.release()
        queue.close()


def test_a_page_drawing_ahead_pauses_while_the_loupe_moves_and_lands_once_it_rests(
    qtbot, monkeypatch
):
    from PySide6.QtCore import QPointF
    from support.scans import shown_inspection

    from docinspect.ui.inspect import view as view_module

    # The other lights start drawing although the loupe moves (as when it starts moving just
    # after they began), and each move holds them for long enough to see them paused.
    monkeypatch.setattr(view_module, "LOUPE_REST_MS", 0)
    monkeypatch.setattr(view_module, "LOUPE_GIVE_WAY_S", 2.0)
    win = shown_inspection(qtbot, _source())
    view = win.view
    qtbot.waitUntil(lambda: view.has_picture(Light.WHITE), timeout=30_000)
    win.state.set_loupe_enabled(True)
    paused = False
    for i in range(40):
        view.move_loupe_to(QPointF(10 + i / 2, 15))
        qtbot.wait(25)
        paused = paused or give_way.waiting() == 1
    assert paused
    assert not view.has_picture(Light.UV365) or not view.has_picture(Light.IR)
    # The loupe rests: the hold runs out, and every light is drawn ahead after all.
    qtbot.waitUntil(
        lambda: all(view.has_picture(x) for x in (Light.UV365, Light.IR, Light.TRANSMITTED)),
        timeout=30_000,
    )
    win.close()


def test_the_loupe_frame_waits_in_the_worker_while_a_page_drawn_ahead_has_not_paused(qtbot):
    # The loupe starts moving while a page is drawn ahead: until that page reaches its pause,
    # its QPainter call may hold Python's lock, so the frame is drawn in the worker and the
    # GUI thread does not wait; once the page pauses, frames are drawn on the GUI thread again.
    from PySide6.QtCore import QPointF

    from docinspect.ui.inspect.loupe import LoupeLens

    lens = LoupeLens(_source())
    lens.synchronous = True  # measured cheap before
    drawing_ahead, paused = threading.Event(), threading.Event()
    go_on = threading.Event()

    def page_drawn_ahead() -> None:
        with give_way.deferrable():
            drawing_ahead.set()
            go_on.wait(30)  # inside a long QPainter call
            paused.set()
            give_way.give_way()  # and now at a pause

    thread = threading.Thread(target=page_drawn_ahead)
    thread.start()
    try:
        assert drawing_ahead.wait(30)
        give_way.hold(60.0)
        lens.request(VIEWING, QPointF(20, 15), 97.6, radius_px=60, dpr=1.0)
        assert lens.frame is None  # not drawn here: it is on its way from the worker
        qtbot.waitUntil(lambda: lens.frame is not None, timeout=30_000)
        assert not lens.frame_drawn_here and lens.synchronous
        go_on.set()
        assert paused.wait(30)
        assert _wait_until(lambda: give_way.waiting() == 1)
        lens.request(VIEWING, QPointF(21, 15), 97.6, radius_px=60, dpr=1.0)
        assert lens.frame_drawn_here  # drawn at once on the GUI thread
    finally:
        go_on.set()
        give_way.release()
        thread.join(30)
        lens.close()
