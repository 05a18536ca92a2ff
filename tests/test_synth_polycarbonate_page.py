"""A polycarbonate passport data page as a state's design (NRV), on rendered pixels beside a
paper one (UTO): no fibres under UV, no watermark or paper cloud against the light, a greyscale
engraved portrait, relief under raking light, a CLI that switches; a booklet whose visa pages
stay paper; and refusals that follow the data page's substrate, not the document type."""

from __future__ import annotations

import copy
import random

import pytest
from PySide6.QtCore import Qt
from support import booklets as bk
from test_synth_cards import _body_spread, _chroma, _cli_change, _glowing_share, _relief_change

from docinspect.cli import main
from docinspect.model import Light
from docinspect.model.geometry import Bounds
from docinspect.packs import read_pack
from docinspect.synth.documents import build_document
from docinspect.synth.forgeries import available_methods, forge, refusal
from docinspect.synth.generate import plan_pack, seed_state
from docinspect.synth.states import PAPER, POLYCARBONATE, STATES, document_body

#: The fictional states' designs: Nerevia's passport data page is polycarbonate.
PC, PAPER_STATE = "NRV", "UTO"


def _page(seed: int, state: str):
    return build_document(seed, doc_type="td3", state_code=state, traveller=False)


def test_a_state_says_what_its_data_page_is_made_of():
    assert STATES[PC].passport_page == POLYCARBONATE
    assert {STATES[c].passport_page for c in STATES if c != PC} == {PAPER}
    assert document_body(STATES[PC], "td3") == POLYCARBONATE
    assert document_body(STATES[PC], "td3-booklet") == POLYCARBONATE
    assert document_body(STATES[PC], "mrva") == PAPER  # a visa sticker is paper
    assert document_body(STATES[PAPER_STATE], "td1") == POLYCARBONATE  # a card always is


def test_a_polycarbonate_data_page_has_no_fibres_under_uv_where_a_paper_one_has(tmp_path, qapp):
    pc, paper = _page(11, PC), _page(11, PAPER_STATE)
    assert not {"uv_fibres", "visible_fibres", "planchettes"} & set(pc.feature_items)
    on_paper = _glowing_share(paper, tmp_path / "paper")
    on_pc = _glowing_share(pc, tmp_path / "pc")
    assert on_paper > 0.002 and on_pc < on_paper / 20, (on_paper, on_pc)


def test_a_polycarbonate_data_page_is_opaque_without_watermark_or_paper_cloud(tmp_path, qapp):
    pc, paper = _page(12, PC), _page(12, PAPER_STATE)
    assert "watermark" in paper.feature_items and "watermark" not in pc.feature_items
    assert "security_thread" not in pc.feature_items
    pc_median, pc_spread = _body_spread(pc, tmp_path / "pc")
    paper_median, paper_spread = _body_spread(paper, tmp_path / "paper")
    assert pc_median < 40 and paper_median > 100
    assert pc_spread < 12 < paper_spread
    # Where the paper page's watermark is, the polycarbonate page has its clear window: it
    # lets the light through (the paper page's watermark only shades it).
    window = pc.region("transparent_window").shape.bounds()
    strip = Bounds(window.left + 1.5, window.top + 0.15, window.right - 1.5, window.top + 0.5)
    from test_synth_cards import _render

    assert _render(pc, tmp_path / "w", Light.TRANSMITTED, strip, ppm=20).mean() > 200


def test_its_portrait_is_engraved_in_greys_where_a_paper_pages_is_in_colour(tmp_path, qapp):
    from test_synth_cards import _render

    pc, paper = _page(14, PC), _page(14, PAPER_STATE)

    def inner(d):
        b = d.region("portrait").shape.bounds()
        return Bounds(b.left + 2, b.top + 2, b.right - 2, b.bottom - 2)

    engraved = _chroma(_render(pc, tmp_path / "pc", Light.WHITE, inner(pc)))
    printed = _chroma(_render(paper, tmp_path / "paper", Light.WHITE, inner(paper)))
    assert engraved < 16 and printed > engraved + 12, (engraved, printed)


def test_its_engraved_data_and_portrait_show_relief_under_raking_light_only(tmp_path, qapp):
    pc = _page(15, PC)
    data = _relief_change(pc, "personal_data", pc.feature_items["personal_data"], tmp_path / "d")
    assert data[Light.WHITE] == 0.0 and data[Light.OBLIQUE] > 0.02, data
    face = _relief_change(pc, "portrait", ["portrait"], tmp_path / "p")
    # The portrait is engraved half as deep, where it is dark: a faint relief, but one.
    assert face[Light.WHITE] == 0.0 and face[Light.OBLIQUE] > 0.0, face
    # A paper page's printed data lie flat: nothing there to take away.
    paper = _page(15, PAPER_STATE)
    assert all(paper.item(i).material.relief_um <= 0.5 for i in ["portrait"])


def test_its_cli_switches_towards_and_away_and_a_printed_imitation_does_not(tmp_path, qapp):
    pc = _page(16, PC)
    assert _cli_change(pc, tmp_path / "g", "towards_away") > 0.08
    assert _cli_change(pc, tmp_path / "g", "left_right") < 0.005
    static = copy.deepcopy(pc)
    forge(static, ["static_ovd"], subtlety=0.7, rng=random.Random(3))
    assert _cli_change(static, tmp_path / "f", "towards_away") < 0.005


def test_a_pvc_copy_of_a_polycarbonate_page_glows_and_speaks_of_the_page(tmp_path, qapp):
    pc = _page(17, PC)
    forged = copy.deepcopy(pc)
    forge(forged, ["non_polycarbonate_body"], subtlety=0.2, rng=random.Random(1))
    assert _glowing_share(forged, tmp_path / "f") > 10 * max(
        _glowing_share(pc, tmp_path / "g"), 1e-4
    )
    said = " ".join(r.explanation for r in forged.regions)
    assert "data page" in said and "card" not in said


def test_a_booklet_of_a_polycarbonate_state_binds_the_page_among_paper_visa_pages(tmp_path, qapp):
    specimen = bk.booklet(tmp_path, state_code=PC)
    box = Bounds(10.0, 20.0, 60.0, 50.0)
    data_page = bk.render(specimen, tmp_path, Light.TRANSMITTED, box).mean()
    visa = bk.visa_pages(specimen)[0]
    visa_page = bk.render(specimen.booklet_page(visa.id), tmp_path, Light.TRANSMITTED, box)
    assert data_page < 40 < visa_page.mean() - 60  # polycarbonate, then paper
    # The visa pages keep their fibres: they glow under UV.
    uv = bk.render(specimen.booklet_page(visa.id), tmp_path, Light.UV365, box)
    assert (uv.max(axis=2) > 90).mean() > 0.002


@pytest.mark.parametrize("method", ["office_paper", "fibres_missing", "photo_substitution"])
def test_paper_attacks_are_refused_for_a_polycarbonate_page_and_taken_on_paper(method):
    reason = refusal(method, "td3", PC)
    assert reason is not None and "polycarbonate" in reason and method in reason
    assert refusal(method, "td3", PAPER_STATE) is None
    assert method not in available_methods("td3", PC)
    with pytest.raises(ValueError, match="polycarbonate"):
        forge(_page(18, PC), [method], subtlety=0.5, rng=random.Random(1))


@pytest.mark.parametrize("method", ["non_polycarbonate_body", "printed_portrait", "delamination"])
def test_card_attacks_fit_a_polycarbonate_page_and_not_a_paper_one(method):
    assert refusal(method, "td3", PC) is None
    assert "is paper" in refusal(method, "td3", PAPER_STATE)
    d = forge(_page(19, PC), [method], subtlety=0.5, rng=random.Random(1))
    assert d.methods == [method]


def test_the_cli_refuses_office_paper_for_a_polycarbonate_state_and_takes_it_on_paper(
    tmp_path, capsys
):
    out = tmp_path / "pc"
    args = ["generate", "--type", "td3", "--count", "2", "--methods", "office_paper"]
    assert main([*args, "--out", str(out), "--state", PC]) == 2
    err = capsys.readouterr().err
    assert "'office_paper' does not fit a td3 of NRV" in err and "polycarbonate" in err
    assert not out.exists()
    paper = tmp_path / "paper"
    assert main([*args, "--out", str(paper), "--state", PAPER_STATE, "--forged-share", "1"]) == 0
    pack = read_pack(paper)
    assert {tuple(s.truth.methods) for s in pack.specimens} == {("office_paper",)}
    assert {s.mrz[0][2:5] for s in pack.specimens} == {PAPER_STATE}
    assert main([*args, "--out", str(tmp_path / "x"), "--state", "XYZ"]) == 2
    assert "not a generated state" in capsys.readouterr().err


def test_without_a_state_a_paper_attack_keeps_the_seeds_paper_states_and_moves_the_rest():
    plans = plan_pack(doc_type="td3", count=40, seed=3, forged_share=1.0, methods=["office_paper"])
    drawn = [seed_state(p.seed) for p in plans]
    assert PC in drawn  # some seeds draw the polycarbonate state
    for plan, state in zip(plans, drawn, strict=True):
        # A seed whose state has a paper page keeps it; the others move to a paper state.
        assert plan.state is None if state != PC else plan.state in ("KDV", "UTO")
    genuine = plan_pack(doc_type="td3", count=40, seed=3, forged_share=0.0)
    assert all(p.state is None for p in genuine)  # nothing moves without a method


def test_the_generate_dialog_offers_the_methods_of_the_chosen_state(qtbot):
    from docinspect.ui.generate_dialog import GenerateDialog

    dialog = GenerateDialog(seed=1)
    qtbot.addWidget(dialog)
    dialog.by_method.setChecked(True)
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("td3"))

    def offered():
        return {
            dialog.methods.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.methods.count())
        }

    assert {"office_paper", "delamination"} <= offered()  # any state: either fits some
    dialog.state.setCurrentIndex(dialog.state.findData(PC))
    assert "delamination" in offered() and "office_paper" not in offered()
    assert dialog.request().state == PC
    dialog.state.setCurrentIndex(dialog.state.findData(PAPER_STATE))
    assert "office_paper" in offered() and "delamination" not in offered()
    dialog.state.setCurrentIndex(0)
    assert dialog.request().state is None
