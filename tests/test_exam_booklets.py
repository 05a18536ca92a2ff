"""A sealed exam of passport booklets carries every page, each as its look only (decision
0033): the trainee pages through the booklet, nothing in a page names the truth, every page
draws as before, and the key scores a locate answer on the page it names."""

from __future__ import annotations

import dataclasses
import json

import numpy as np

from docinspect.classroom import open_answer_key, seal_exam_pack
from docinspect.classroom.exam_content import truth_words
from docinspect.classroom.exam_leaks import find_exam_leaks
from docinspect.model.light import Light, Viewing
from docinspect.optics import SpecimenSource, read_scene, render_loupe
from docinspect.packs import read_pack
from docinspect.synth.generate import generate_pack

PASSPHRASE = "exam passphrase 2026"
SEED = 2**50 + 29


def _with_seeds_of(sealed, original):
    def seeds(item):
        return {
            f.name: getattr(item, f.name)
            for f in dataclasses.fields(item)
            if f.name == "seed" or f.name.endswith("_seed")
        }

    items = tuple(
        dataclasses.replace(s, **seeds(o))
        for s, o in zip(sealed.items, original.items, strict=True)
    )
    substrate = dataclasses.replace(sealed.substrate, seed=original.substrate.seed)
    return dataclasses.replace(sealed, items=items, substrate=substrate)


def test_a_sealed_booklet_carries_every_page_and_no_answer(tmp_path):
    source = generate_pack(
        tmp_path / "pack",
        doc_type="td3-booklet",
        count=2,
        seed=SEED,
        forged_share=0.5,
        methods=["page_substitution"],
    )
    exam = seal_exam_pack(source, tmp_path / "exam", PASSPHRASE).out
    assert find_exam_leaks(exam) == []
    key = open_answer_key(exam, PASSPHRASE)
    original_pack, sealed_pack = read_pack(source), read_pack(exam)
    words = truth_words()
    forged_seen = False
    for sealed in sealed_pack.specimens:
        original = original_pack.specimen(key["originals"][sealed.id]["id"])
        assert len(sealed.pages) == len(original.pages) == 6  # cover, inside cover, 4 visa pages
        assert [p.extra.get("before_data_page") for p in sealed.pages][:2] == [True, True]
        assert [p.label for p in sealed.pages] == [p.label for p in original.pages]
        assert all(not p.regions for p in sealed.pages)  # where a defect is stays in the key
        folder = sealed_pack.specimen_dir(sealed.id)
        assert not [p for p in folder.iterdir() if p.is_dir()]
        for path in folder.iterdir():
            text = path.name + (path.read_text("utf-8") if path.suffix == ".json" else "")
            assert not [w for w in words if w in text.lower()], path
        # The key keeps each page's regions under the trainee's page ids.
        keyed = key["specimens"][sealed.id]["pages"]
        assert [p["id"] for p in keyed] == [p.id for p in sealed.pages]
        assert [p["scene"] for p in keyed] == [p.scene for p in sealed.pages]
        if original.truth.verdict.is_forged:
            forged_seen = True
            assert any(r.get("role") == "forgery_indicator" for p in keyed for r in p["regions"])
        for before_page, after_page in zip(original.pages, sealed.pages, strict=True):
            before_spec = original.booklet_page(before_page.id)
            after_spec = sealed.booklet_page(after_page.id)
            before_folder = original_pack.specimen_dir(original.id)
            before_scene = read_scene(before_folder / before_page.scene)
            after_scene = read_scene(folder / after_page.scene)
            assert "binding" not in json.dumps((folder / after_page.scene).read_text())
            restored = _with_seeds_of(after_scene, before_scene)
            before = SpecimenSource(before_spec, before_folder, before_scene)
            after = SpecimenSource(after_spec, folder, restored)
            for light in (Light.WHITE, Light.UV365, Light.TRANSMITTED):
                for centre in ((20.0, 2.0), (62.0, 44.0)):  # the binding, the middle
                    kw = dict(power=10.0, base_px_per_mm=4.0, diameter_px=96)
                    want = render_loupe(before, Viewing(light=light), centre, **kw).astype(int)
                    got = render_loupe(after, Viewing(light=light), centre, **kw).astype(int)
                    assert np.abs(want - got).max() <= 1, (before_page.id, light, centre)
    assert forged_seen


def test_a_page_label_that_names_the_forgery_is_refused(tmp_path):
    import pytest

    from docinspect.classroom.exam_content import SealRefused, sealed_specimen

    spec = {
        "id": "b",
        "scene": "scene.json",
        "pages": [{"id": "page-3", "label": "page 3 (forged)", "scene": "pages/p3.json"}],
    }
    renamed = {"scene.json": "scene.json", "pages/p3.json": "img-1.json"}
    with pytest.raises(SealRefused, match="pages\\[0\\].label"):
        sealed_specimen(spec, new_id="doc-1", number=1, renamed=renamed)


def test_a_seat_pages_through_a_sealed_booklet_and_the_key_scores_the_page_it_names(
    qtbot, tmp_path
):
    from docinspect.classroom.exams import unsealed_pack
    from docinspect.model.exercise import parse_exercise
    from docinspect.model.taxonomy import load_taxonomy
    from docinspect.training.answers import PointAnswer
    from docinspect.training.items import Item
    from docinspect.training.scoring import Mark, score_answer
    from docinspect.training.specimens import Located
    from docinspect.ui.practice.panel import QuestionPanel

    source = generate_pack(
        tmp_path / "pack", doc_type="td3-booklet", count=1, seed=SEED + 1, forged_share=1.0,
        methods=["page_substitution"],
    )  # fmt: skip
    exam = seal_exam_pack(source, tmp_path / "exam", PASSPHRASE).out
    sealed_pack = read_pack(exam)
    sealed = sealed_pack.specimens[0]
    question = parse_exercise(
        {"format": 1, "id": "x", "title": "x", "module": "x", "mode": "exam",
         "questions": [{"id": "q", "type": "locate", "specimen": sealed.id}]},
        file="x.json",
    ).questions[0]  # fmt: skip
    # The seat: the sealed booklet on the practice desk with its page list.
    panel = QuestionPanel(load_taxonomy())
    qtbot.addWidget(panel)
    panel.show()
    answers = []
    panel.answered.connect(answers.append)
    seat_item = Item(question, sealed)
    assert seat_item.sealed
    panel.show_item(seat_item, Located(sealed, sealed_pack.specimen_dir(sealed.id)), None)
    pane = panel.panes[0]
    assert pane.pages is not None and pane.pages.count() == 1 + len(sealed.pages)
    with unsealed_pack(exam, PASSPHRASE) as pack:
        original = pack.specimen(sealed.id)
        page = next(p for p in original.pages if any(r.method for r in p.regions))
        region = next(r for r in page.regions if r.method)
        b = region.shape.bounds()
        x, y = (b.left + b.right) / 2, (b.top + b.bottom) / 2
        # The trainee turns to that page (by its sealed id) and clicks on the defect.
        assert pane.pages.show_page(page.id)
        pane.clicked.emit(x, y)
        assert answers == [PointAnswer(x, y, page.id)]
        key_item = Item(question, original)
        taxonomy = load_taxonomy()
        assert score_answer(key_item, answers[0], taxonomy=taxonomy).mark is Mark.RIGHT
        on_data_page = PointAnswer(x, y, "")
        assert score_answer(key_item, on_data_page, taxonomy=taxonomy).mark is Mark.MISSED
    panel.clear()
