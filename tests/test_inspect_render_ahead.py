"""Rendering the other lights ahead waits while the loupe moves (it would slow the lens), and
happens once the loupe rests, so switching light is still instant afterwards."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from support.scans import plain_scan, shown_inspection

from docinspect.model import Light
from docinspect.ui.inspect import view as view_module
from docinspect.ui.inspect.workstation import InspectionWindow


def _window(qtbot, tmp_path) -> InspectionWindow:
    greys = {Light.WHITE: 220, Light.UV365: 30, Light.IR: 120}
    return shown_inspection(qtbot, plain_scan(tmp_path, greys))


def test_lights_are_rendered_ahead_only_once_the_loupe_rests(qtbot, tmp_path, monkeypatch):
    # A long rest, so a slow test machine cannot pass for a resting loupe between two moves.
    monkeypatch.setattr(view_module, "LOUPE_REST_MS", 1500)
    win = _window(qtbot, tmp_path)
    view = win.view
    win.state.set_loupe_enabled(True)
    view.move_loupe_to(QPointF(20, 20))
    qtbot.waitUntil(lambda: view.has_picture(Light.WHITE))
    for i in range(20):  # the officer sweeps the loupe over the page for 0.6 s
        view.move_loupe_to(QPointF(20 + i, 20 + i / 2))
        qtbot.wait(30)
    view.wait_for_renders()
    qtbot.wait(20)
    assert not view.has_picture(Light.UV365) and not view.has_picture(Light.IR)
    # At rest, the other lights are drawn, and switching to them is instant again.
    qtbot.waitUntil(
        lambda: view.has_picture(Light.UV365) and view.has_picture(Light.IR), timeout=10_000
    )
    win.state.set_light(Light.UV365)
    assert view.shown_viewing().light is Light.UV365 and not view.is_provisional()
    win.close()


def test_without_the_loupe_lights_are_rendered_ahead_at_once(qtbot, tmp_path):
    win = _window(qtbot, tmp_path)
    view = win.view
    qtbot.waitUntil(
        lambda: all(view.has_picture(x) for x in (Light.WHITE, Light.UV365, Light.IR)),
        timeout=5_000,
    )
    win.close()
