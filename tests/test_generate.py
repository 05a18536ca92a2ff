"""Generating packs of synthetic specimens: valid, consistent, deterministic, cancellable."""

from __future__ import annotations

import copy
import functools
import json
import random
from pathlib import Path

import pytest

from docinspect import mrz
from docinspect.cli import main
from docinspect.model import DocumentType, Light, Role, Verdict, load_taxonomy
from docinspect.packs import read_pack, validate_pack
from docinspect.synth.documents import build_document
from docinspect.synth.forgeries import METHODS, available_methods, forge
from docinspect.synth.generate import GenerationCancelled, generate_pack, plan_pack

TAXONOMY = load_taxonomy()
TODAY = __import__("datetime").date(2026, 6, 1)


@pytest.fixture(scope="module")
def every_method_pack(tmp_path_factory) -> Path:
    """One genuine specimen and one of every TD3 method, built by two processes."""
    out = tmp_path_factory.mktemp("packs") / "all"
    n = len(available_methods("td3"))
    return generate_pack(
        out,
        count=n + 1,
        seed=11,
        forged_share=n / (n + 1),
        methods=available_methods("td3"),
        jobs=2,
    )


def test_generated_pack_validates_and_has_genuine_and_every_method(every_method_pack):
    assert validate_pack(every_method_pack) == []
    pack = read_pack(every_method_pack)
    verdicts = [s.truth.verdict for s in pack.specimens]
    assert verdicts.count(Verdict.GENUINE) == 1
    used = {m for s in pack.specimens for m in s.truth.methods}
    assert used == set(available_methods("td3"))


def test_genuine_mrz_passes_and_agrees_with_the_visual_zone(every_method_pack):
    pack = read_pack(every_method_pack)
    for s in pack.specimens:
        if s.truth.verdict is not Verdict.GENUINE and "mrz_check_digit" in s.truth.methods:
            assert not mrz.check(s.mrz, today=TODAY).valid, s.id
            continue
        assert mrz.check(s.mrz, today=TODAY).valid, (s.id, s.mrz)
        if "data_alteration" in s.truth.methods:
            continue  # tested on its own below
        data = mrz.parse(s.mrz, today=TODAY)
        surname = " ".join(mrz.name_components(s.data["surname_latin"]))
        assert data.primary_identifier == surname
        assert data.document_number == s.data["document_number"]
        assert str(data.birth_date.year) in s.data["date_of_birth"]
        assert str(data.expiry_date.year) in s.data["date_of_expiry"]


def test_data_alteration_makes_visual_zone_and_mrz_disagree():
    for seed in range(6):
        d = build_document(seed)
        before = dict(d.data)
        forge(d, ["data_alteration"], subtlety=0.5, rng=random.Random(seed))
        changed = [k for k in before if before[k] != d.data[k]]
        assert len(changed) == 1
        key = changed[0]
        assert mrz.check(d.mrz_lines, today=TODAY).valid  # the MRZ itself is untouched...
        parsed = mrz.parse(d.mrz_lines, today=TODAY)
        if key == "date_of_birth":
            assert str(parsed.birth_date.year) not in d.data[key]
        elif key == "date_of_expiry":
            assert str(parsed.expiry_date.year) not in d.data[key]
        elif key == "surname":
            assert parsed.primary_identifier not in d.data[key]
        else:
            assert parsed.secondary_identifier not in d.data[key]
        assert any(r.method == "data_alteration" and r.feature == "mrz" for r in d.regions)


def test_every_forged_specimen_has_indicators_on_the_page(every_method_pack):
    pack = read_pack(every_method_pack)
    for s in pack.specimens:
        for r in s.regions:
            assert r.shape.bounds().within(s.width_mm, s.height_mm), (s.id, r.id)
            assert r.feature in TAXONOMY.features, (s.id, r.feature)
        indicators = s.forgery_indicators()
        if s.truth.verdict is Verdict.GENUINE:
            assert indicators == ()
            continue
        assert indicators, s.id
        for r in indicators:
            assert r.role is Role.FORGERY_INDICATOR
            assert r.method in s.truth.methods and r.method in TAXONOMY.methods
            assert r.lights and r.explanation


def test_feature_ids_are_in_the_shipped_taxonomy(every_method_pack):
    taxonomy = load_taxonomy()
    pack = read_pack(every_method_pack)
    missing = {r.feature for s in pack.specimens for r in s.regions} - set(taxonomy.features)
    assert missing == set()
    assert {m for s in pack.specimens for m in s.truth.methods} <= set(taxonomy.methods)


def test_genuine_documents_carry_every_required_security_feature():
    d = build_document(5)
    features = {r.feature for r in d.regions}
    required = {
        "guilloche",
        "rainbow_printing",
        "microprint",
        "uv_dull_substrate",
        "uv_fibres",
        "uv_ink",
        "ir_absorbing_ink",
        "ir_transparent_ink",
        "intaglio",
        "watermark",
        "dovid",
        "ghost_image",
        "laser_perforation",
        "portrait",
        "signature",
        "mrz",
    }
    assert required <= features
    assert Light.TRANSMITTED in d.region("watermark").lights
    # Two UV fibre colours, microprint glyphs 0.15-0.25 mm, background inks IR-transparent.
    uv = {d.item(i).material.uv_colour for i in d.feature_items["uv_fibres"]}
    assert len(uv) == 2
    assert all(0.15 <= d.item(i).glyph_height_mm <= 0.25 for i in d.feature_items["microprint"])
    assert all(d.item(i).material.ir_absorption == 0 for i in d.feature_items["guilloche"])
    assert all(d.item(i).material.ir_absorption == 1 for i in d.feature_items["mrz"])


@functools.cache
def _genuine_td3_draft(state: str):
    return build_document(8, state_code=state)


def _genuine_td3(state: str):
    return copy.deepcopy(_genuine_td3_draft(state))


# UTO's passport data page is paper, NRV's polycarbonate (each takes its own attacks).
@pytest.mark.parametrize("state", ["UTO", "NRV"])
@pytest.mark.parametrize("method", sorted(METHODS))
def test_subtlety_changes_how_visible_the_indicator_is(method, state):
    if method not in available_methods("td3", state):
        pytest.skip("not a TD3 method")
    obvious = _genuine_td3(state)
    expert = copy.deepcopy(obvious)
    forge(obvious, [method], subtlety=0.0, rng=random.Random(1))
    forge(expert, [method], subtlety=1.0, rng=random.Random(1))
    if method == "impostor":  # the document is untouched; the traveller changes
        assert obvious.files["traveller.png"] != expert.files["traveller.png"]
        return
    assert obvious.scene_bytes() != expert.scene_bytes() or method == "mrz_check_digit"


def test_same_seed_gives_byte_identical_packs_whatever_the_number_of_jobs(tmp_path):
    a = generate_pack(tmp_path / "a", count=4, seed=5, forged_share=0.5, jobs=1)
    b = generate_pack(tmp_path / "b", count=4, seed=5, forged_share=0.5, jobs=2)
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    chips = [f for f in files_a if "chip" in f.parts]
    # A polycarbonate data page (a state's design) has its CLI's picture besides.
    cli = [f for f in files_a if f.name == "cli.png"]
    # pack.json, then per specimen its json, scene and three images; chips come on top.
    assert files_a == files_b and len(files_a) - len(chips) - len(cli) == 1 + 4 * 5
    assert chips  # passports have chips, and they are as deterministic as the rest
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    c = generate_pack(tmp_path / "c", count=4, seed=6, forged_share=0.5)
    assert (a / files_a[1]).read_bytes() != (c / files_a[1]).read_bytes()


def test_plan_spreads_methods_and_honours_the_forged_share():
    plans = plan_pack(count=40, seed=2, forged_share=0.25, methods=["static_ovd", "office_paper"])
    forged = [p for p in plans if p.methods]
    assert len(forged) == 10
    assert sum(p.methods == ("static_ovd",) for p in forged) == 5


def test_cancel_stops_and_writes_nothing(tmp_path):
    calls = []

    def cancelled() -> bool:
        return len(calls) >= 2

    with pytest.raises(GenerationCancelled):
        generate_pack(
            tmp_path / "p",
            count=6,
            seed=1,
            progress=lambda d, t: calls.append(d),
            cancelled=cancelled,
        )
    assert not (tmp_path / "p").exists()
    assert list(tmp_path.iterdir()) == []


def test_td1_cards_generate_and_refuse_methods_that_need_a_printed_mrz(tmp_path):
    out = generate_pack(tmp_path / "cards", doc_type="td1", count=3, seed=4, forged_share=0.34)
    pack = read_pack(out)
    assert all(len(s.mrz) == 3 and s.width_mm == 85.6 for s in pack.specimens)
    with pytest.raises(ValueError, match="mrz_check_digit"):
        generate_pack(tmp_path / "x", doc_type="td1", methods=["mrz_check_digit"])


def test_cli_generates_a_pack_and_refuses_bad_options(tmp_path, capsys):
    assert main(["generate", "--out", str(tmp_path / "g"), "--count", "2", "--seed", "9"]) == 0
    assert validate_pack(tmp_path / "g") == []
    err = capsys.readouterr().err
    assert "2/2" in err
    code = main(
        [
            "generate",
            "--out",
            str(tmp_path / "h"),
            "--count",
            "many",
            "--type",
            "td9",
            "--methods",
            "glue",
            "--subtlety",
            "2",
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    for word in ("--count", "--type", "--subtlety"):
        assert word in err
    assert "Traceback" not in err
    assert not (tmp_path / "h").exists()


def test_indicators_use_features_the_taxonomy_lists_for_their_method_and_its_verdict():
    taxonomy = load_taxonomy()
    for doc_type, state in (
        ("td3", "UTO"),
        ("td3", "NRV"),
        ("td2", None),
        ("td1", None),
        ("td1-back", None),
        ("mrva", None),
    ):
        genuine = build_document(21, doc_type=doc_type, state_code=state)
        for method in available_methods(doc_type, genuine.state.code):
            d = copy.deepcopy(genuine)
            forge(d, [method], subtlety=0.5, rng=random.Random(2))
            expected = taxonomy.method(method)
            assert d.verdict is expected.verdict, method
            for r in d.regions:
                if r.role is Role.FORGERY_INDICATOR:
                    assert r.feature in expected.indicator_features, (method, r.feature)


def test_cli_names_a_missing_destination_folder_before_generating(tmp_path, capsys):
    code = main(["generate", "--out", str(tmp_path / "missing" / "pack"), "--count", "3"])
    assert code == 2
    err = capsys.readouterr().err
    assert "missing: no such folder" in err and "generating" not in err


def test_td2_cards_print_their_mrz_and_can_carry_a_check_digit_error(tmp_path):
    out = generate_pack(
        tmp_path / "td2",
        doc_type="td2",
        count=2,
        seed=3,
        forged_share=0.5,
        methods=["mrz_check_digit"],
    )
    assert validate_pack(out) == []
    pack = read_pack(out)
    for s in pack.specimens:
        assert (s.width_mm, s.height_mm) == (105.0, 74.0)
        assert len(s.mrz) == 2 and all(len(line) == 36 for line in s.mrz)
        assert mrz.check(s.mrz, today=TODAY).valid == (s.truth.verdict is Verdict.GENUINE)
        assert any(r.feature == "mrz" for r in s.regions)
    assert "printed_watermark" not in available_methods("td2")


def test_td1_backs_print_the_mrz_of_their_fronts_and_carry_mrz_forgeries(tmp_path, capsys):
    options = dict(count=4, seed=6, forged_share=0.5)
    fronts = read_pack(generate_pack(tmp_path / "fronts", doc_type="td1", **options))
    out = tmp_path / "backs"
    code = main(
        ["generate", "--out", str(out), "--type", "td1-back", "--count", "4", "--seed", "6"]
        + ["--methods", "mrz_check_digit,data_alteration,ir_anomaly"]
    )
    assert code == 0
    assert validate_pack(out) == []
    backs = read_pack(out)
    for front, back in zip(fronts.specimens, backs.specimens, strict=True):
        # Back N is the back of front N: same card, same MRZ and card number.
        assert back.id == front.id.replace("td1-", "td1-back-")
        assert back.document_type is DocumentType.TD1 and back.extra["card"]["side"] == "back"
        assert back.data["card_number"] == front.data["card_number"]
        assert back.data["document_number"] == front.data["document_number"]
        assert any(r.feature == "mrz" for r in back.regions)
        if back.truth.verdict is Verdict.GENUINE:
            assert back.mrz == front.mrz
            assert mrz.check(back.mrz, today=TODAY).valid
    methods = {m for s in backs.specimens for m in s.truth.methods}
    assert methods and methods <= {"mrz_check_digit", "data_alteration", "ir_anomaly"}
    capsys.readouterr()
    # The same seed gives the same bytes.
    again = tmp_path / "again"
    generate_pack(
        again,
        doc_type="td1-back",
        methods=["mrz_check_digit", "data_alteration", "ir_anomaly"],
        jobs=2,
        **options,
    )
    assert _tree(again) == _tree(out)
    # pack info shows the back's MRZ lines.
    assert main(["pack", "info", str(out), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    shown = json.dumps(info)
    for s in backs.specimens:
        for line in s.mrz:
            assert line in shown


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }
