"""A booklet on the practice desk: its page list and Page Up / Page Down under the practice
lights, a locate answer naming the page it was given on and counting only there, and the
feedback turning to the page it is about (decision 0033)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from docinspect.model import Light
from docinspect.model.exercise import Recipe, parse_exercise
from docinspect.model.taxonomy import load_taxonomy
from docinspect.synth.generate import make_specimen
from docinspect.training.answers import PointAnswer, answer_from_json, answer_to_json
from docinspect.training.feedback import NoteKind, explain
from docinspect.training.items import Item
from docinspect.training.scoring import Mark, score_answer
from docinspect.training.specimens import Located
from docinspect.ui.inspect.imaging import rgb_from_qimage
from docinspect.ui.practice.panel import QuestionPanel

EXERCISE = {
    "format": 1,
    "id": "booklet-panel",
    "title": "Booklet",
    "module": "10. Booklets",
    "mode": "practice",
    "questions": [
        {"id": "v", "type": "verdict", "specimen": "b1"},
        {"id": "l", "type": "locate", "specimen": "b1", "feature": "laser_perforation"},
    ],
}


def _visa(specimen):
    """The booklet's pages after its data page (the cover and inside cover come before it)."""
    return [p for p in specimen.pages if not p.extra.get("before_data_page")]


@pytest.fixture(scope="module")
def booklet(tmp_path_factory):
    folder = tmp_path_factory.mktemp("booklet")
    specimen, files = make_specimen(
        7, kind="td3-booklet", specimen_id="b1", methods=["page_substitution"], subtlety=0.3
    )
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    return Located(specimen, folder)


def _substituted(specimen):
    page = next(p for p in _visa(specimen) if any(r.method for r in p.regions))
    region = next(r for r in page.regions if r.feature == "laser_perforation" and r.method)
    return page, region


def _panel(qtbot) -> QuestionPanel:
    panel = QuestionPanel(load_taxonomy())
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


def _picture(view) -> np.ndarray:
    view.wait_for_renders()
    return rgb_from_qimage(view.page_pixmap().toImage()).astype(int)


def test_the_practice_desk_pages_through_a_booklet_under_uv(qtbot, booklet):
    questions = parse_exercise(EXERCISE, file="b.json").questions
    panel = _panel(qtbot)
    panel.show_item(Item(questions[0], booklet.specimen), booklet, None)
    pane = panel.panes[0]
    assert pane.pages is not None
    labels = [pane.pages.item(i).text() for i in range(pane.pages.count())]
    assert labels == [
        "cover",
        "inside cover",
        "Data page",
        *(p.label for p in _visa(booklet.specimen)),
    ]
    assert pane.page_id == ""  # handed over open at the data page
    panel.state.set_light(Light.UV365)
    qtbot.waitUntil(
        lambda: pane.view.page_pixmap() is not None and not pane.view.page_pixmap().isNull()
    )
    blues = {}
    for page in _visa(booklet.specimen):
        qtbot.keyClick(pane.view, Qt.Key.Key_PageDown)
        assert pane.page_id == page.id
        assert panel.state.light is Light.UV365  # the lamp stays on through a page turn
        qtbot.waitUntil(lambda p=page: pane.view.source.specimen.scene == p.scene)
        for _ in range(3):
            pane.view.wait_for_renders()
            qtbot.wait(30)
        blues[page.id] = _picture(pane.view)[..., 2].mean()
    page, _ = _substituted(booklet.specimen)
    others = [b for pid, b in blues.items() if pid != page.id]
    assert blues[page.id] > max(others) + 20  # the substituted page glows on the desk
    qtbot.keyClick(pane.view, Qt.Key.Key_PageUp)
    assert pane.page_id == _visa(booklet.specimen)[-2].id
    panel.clear()


def test_a_locate_answer_names_its_page_and_counts_only_there(qtbot, booklet):
    questions = parse_exercise(EXERCISE, file="b.json").questions
    item = Item(questions[1], booklet.specimen)
    page, region = _substituted(booklet.specimen)
    b = region.shape.bounds()
    x, y = (b.left + b.right) / 2, (b.top + b.bottom) / 2
    assert (
        score_answer(item, PointAnswer(x, y, page.id), taxonomy=load_taxonomy()).mark is Mark.RIGHT
    )
    # The same place on the data page is another piece of paper.
    missed = PointAnswer(x, y, "")
    outcome = score_answer(item, missed, taxonomy=load_taxonomy())
    assert outcome.mark is Mark.MISSED
    notes = explain(item, outcome, taxonomy=load_taxonomy(), answer=missed).notes
    assert any(n.kind is NoteKind.OTHER_PAGE and n.text == page.label for n in notes)
    # The attempt log keeps the page; answers on a data page keep their old form.
    assert answer_from_json(answer_to_json(PointAnswer(x, y, page.id))).page == page.id
    assert "page" not in answer_to_json(missed)

    panel = _panel(qtbot)
    answers = []
    panel.answered.connect(answers.append)
    panel.show_item(item, booklet, None)
    pane = panel.panes[0]
    pane.pages.show_page(page.id)
    pane.clicked.emit(x, y)
    assert answers == [PointAnswer(x, y, page.id)]
    panel.clear()


def test_the_feedback_turns_to_the_page_it_is_about(qtbot, booklet):
    questions = parse_exercise(EXERCISE, file="b.json").questions
    item = Item(questions[0], booklet.specimen)
    panel = _panel(qtbot)
    panel.show_item(item, booklet, None)
    from docinspect.training.answers import VerdictAnswer

    answer = VerdictAnswer(forged=True)
    outcome = score_answer(item, answer, taxonomy=load_taxonomy())
    feedback = explain(item, outcome, taxonomy=load_taxonomy(), answer=answer)
    assert feedback.regions  # the indicators of the substituted page, not none
    panel.show_feedback(feedback, outcome)
    page, _ = _substituted(booklet.specimen)
    assert panel.panes[0].page_id == page.id
    panel.clear()


def test_a_recipe_asks_for_a_booklet_and_old_recipes_read_as_before():
    data = dict(EXERCISE)
    data["questions"] = [
        {
            "id": "v",
            "type": "verdict",
            "recipe": {"document_type": "td3", "seed": 5, "booklet": True,
                       "methods": ["page_substitution"]},
        },
        {"id": "w", "type": "verdict", "recipe": {"document_type": "td3", "seed": 5}},
    ]  # fmt: skip
    booklet_q, page_q = parse_exercise(data, file="b.json").questions
    assert booklet_q.specimen.generator_type == "td3-booklet"
    assert booklet_q.specimen.key().startswith("recipe:td3-booklet:")
    assert page_q.specimen == Recipe(document_type=page_q.specimen.document_type, seed=5)
    assert page_q.specimen.key().startswith("recipe:td3:")


def test_a_booklet_of_anything_but_a_passport_is_refused_with_the_field():
    from docinspect.model.exercise import ExerciseError

    data = dict(EXERCISE)
    data["questions"] = [
        {
            "id": "v",
            "type": "verdict",
            "recipe": {"document_type": "td1", "seed": 5, "booklet": True},
        }
    ]
    with pytest.raises(ExerciseError) as err:
        parse_exercise(data, file="b.json")
    assert "questions[0].recipe.booklet" in str(err.value)


def test_an_exercise_file_asking_page_substitution_of_a_data_page_says_add_booklet(tmp_path):
    import json

    from docinspect.model.exercise import ExerciseError
    from docinspect.training.exercise_files import read_exercise_file

    data = dict(EXERCISE)
    data["questions"] = [
        {"id": "v", "type": "verdict",
         "recipe": {"document_type": "td3", "seed": 5, "methods": ["page_substitution"]}}
    ]  # fmt: skip
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ExerciseError) as err:
        read_exercise_file(path)
    assert '"booklet": true' in str(err.value)


def test_the_genuine_to_compare_with_a_booklet_is_a_booklet_and_other_kinds_keep_theirs():
    from docinspect.training.exercise_files import builtin_exercises
    from docinspect.training.starter import genuine_of_kind, starter_recipes

    booklet_recipe = parse_exercise(
        {**EXERCISE, "questions": [{"id": "v", "type": "verdict", "recipe": {
            "document_type": "td3", "seed": 5, "booklet": True,
            "methods": ["page_substitution"]}}]},
        file="b.json",
    ).questions[0].specimen  # fmt: skip
    reference = genuine_of_kind(booklet_recipe)
    assert reference.booklet and reference.genuine
    page_only = genuine_of_kind(Recipe(document_type=booklet_recipe.document_type, seed=5))
    assert not page_only.booklet and page_only.seed != reference.seed
    # A seed the starter library had before booklets (its holder) is the same today.
    import zlib

    assert page_only.seed == zlib.crc32(b"starter:td3:UTO:front") & 0x7FFFFFFF
    module = [e for e in builtin_exercises() if e.id == "passport-booklets"]
    assert all(r.booklet for r in starter_recipes(module))


def test_adaptive_practice_drills_a_booklet_skill_on_a_whole_booklet():
    """A trainee who met the booklet attacks in module 10 has skills of them (and of the
    binding thread, which only booklet attacks show): practice must make booklets for them,
    not fail looking for a data page that can carry them."""
    from datetime import UTC, datetime

    from docinspect.training import SkillKey, SkillKind, SkillSchedule
    from docinspect.training.adaptive import practice_exercise
    from docinspect.training.exercise_files import generator_problems

    now = datetime(2026, 12, 1, tzinfo=UTC)
    sched = SkillSchedule(fuzz=False)
    states = [
        sched.new(SkillKey(SkillKind.METHOD, "data_page_swap"), now=now),
        sched.new(SkillKey(SkillKind.METHOD, "rebinding"), now=now),
        sched.new(SkillKey(SkillKind.FEATURE, "binding_thread"), now=now),
    ]
    exercise = practice_exercise(states, now=now, seed=3, count=4)
    forged = [q.specimen for q in exercise.questions if q.specimen.methods]
    assert len(forged) == 3
    assert all(r.booklet and r.generator_type == "td3-booklet" for r in forged)
    assert generator_problems(exercise, file="adaptive") == []
