"""The presenter shows the booklet page being discussed: a step opens at its page, . and ,
turn the pages on the big screen, and the reveal names are looked for on the page on show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from docinspect.model.lesson_plan import LessonPlan, PackSpecimenRef, Step, StepKind
from docinspect.model.light import Light
from docinspect.packs import read_pack
from docinspect.synth.generate import generate_pack
from docinspect.ui.presenter.window import PresenterWindow


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    out = tmp_path_factory.mktemp("presenter-booklet") / "pack"
    generate_pack(
        out, doc_type="td3-booklet", count=1, seed=11, forged_share=1.0,
        methods=["page_substitution"],
    )  # fmt: skip
    return read_pack(out)


def test_a_step_opens_at_its_page_and_the_pages_turn_on_the_big_screen(qtbot, pack):
    specimen = pack.specimens[0]
    page = next(p for p in specimen.pages if any(r.method for r in p.regions))
    plan = LessonPlan(
        id="b",
        title="Booklet",
        steps=(
            Step(id="walk", kind=StepKind.PRESENTER, title="The substituted page", minutes=5,
                 specimen=PackSpecimenRef(pack.id, specimen.id), light=Light.UV365,
                 reveal=("binding_thread",), extra={"page": page.id}),
        ),
    )  # fmt: skip
    win = PresenterWindow(plan, packs=[pack], db_url="sqlite:///:memory:")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    stage = win.stage
    assert stage.pages is not None and stage.pages.page_id == page.id
    assert stage.view.source.specimen.scene == page.scene
    # The reveal finds the binding indicator of this page, not the data page's thread.
    assert stage.order[0].method == "page_substitution"
    qtbot.keyClick(win, Qt.Key.Key_Space)
    assert stage.current_region().method == "page_substitution"
    qtbot.keyClick(win, Qt.Key.Key_Period)
    after = stage.pages.page_id
    assert after != page.id and stage.view.source.specimen.scene != page.scene
    assert stage.current_region() is not None and stage.current_region().method is None
    qtbot.keyClick(win, Qt.Key.Key_Comma)
    assert stage.pages.page_id == page.id
    assert win.state.light is Light.UV365
    win.close()


def test_a_debrief_shows_a_missed_booklet_defect_on_its_page(qtbot, pack):
    from docinspect.analytics.missed import MissedItem
    from docinspect.model.exercise import PackSpecimen

    specimen = pack.specimens[0]
    page = next(p for p in specimen.pages if any(r.method for r in p.regions))
    plan = LessonPlan(
        id="d",
        title="Debrief",
        steps=(Step(id="debrief", kind=StepKind.DEBRIEF, title="Debrief", minutes=5),),
    )
    win = PresenterWindow(plan, packs=[pack], db_url="sqlite:///:memory:")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    for feature in (None, "laser_perforation"):
        missed = MissedItem(
            item="booklets/q", attempts=3, correct=0, trainees=3,
            specimen=PackSpecimen(specimen.id), feature=feature,
        )  # fmt: skip
        win.show_missed(missed)
        stage = win.stage
        assert stage.pages is not None and stage.pages.page_id == page.id
        region = stage.current_region()
        assert region is not None and region.method == "page_substitution"
        if feature:
            assert region.feature == feature
    win.close()
