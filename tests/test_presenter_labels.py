"""Presenter mode: labels of regions at the page's top edge do not cover one another."""

from __future__ import annotations

from docinspect.ui.presenter.opening import builtin_lesson_plans
from docinspect.ui.presenter.window import PresenterWindow


def _label_boxes(view):
    to_view = view.viewportTransform()
    return [
        (item.region.id, item.label.deviceTransform(to_view).mapRect(item.label.boundingRect()))
        for item in view.region_items()
    ]


def test_two_whole_page_regions_get_their_labels_one_below_the_other(qtbot):
    plan = next(p for p in builtin_lesson_plans() if p.id == "uv-basics-45")
    win = PresenterWindow(plan, db_url="sqlite:///:memory:")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.go_to(1)  # a genuine page: substrate and fibres both cover the whole page
    qtbot.waitUntil(lambda: win.stage.view is not None, timeout=60_000)
    win.advance()
    win.advance()
    win.stage.view.wait_for_renders()
    boxes = _label_boxes(win.stage.view)
    assert [rid for rid, _ in boxes] == ["f-substrate", "f-uv-fibres"]
    (_, first), (_, second) = boxes
    assert not first.intersects(second), (first, second)
    assert second.top() > first.top()
    viewport = win.stage.view.viewport().rect()
    assert viewport.contains(first.toRect()) and viewport.contains(second.toRect())
    win.retreat()  # the fibres hidden: the substrate's label stays in its corner
    (_, alone), *_ = _label_boxes(win.stage.view)
    assert alone.top() == first.top()
    win.close()
