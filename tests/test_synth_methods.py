"""Every forgery method of docs/generator.md on every document type: it applies, or it is
refused with the reason, by ``forge`` and by ``docinspect generate`` alike."""

from __future__ import annotations

import copy
import functools
import random
import re
from pathlib import Path

import pytest

from docinspect.cli import main
from docinspect.model import Role
from docinspect.synth.documents import build_document
from docinspect.synth.forgeries import METHODS, available_methods, forge, refusal

DOC_TYPES = ("td3", "td3-pc", "td2", "td1", "td1-back", "mrva")
#: The state each document is issued by: what a passport's data page is made of is its
#: state's design (UTO paper, NRV polycarbonate: "td3-pc"); None, the state seed 12 draws.
STATE = {"td3": "UTO", "td3-pc": "NRV"}


def _type(kind: str) -> str:
    return "td3" if kind == "td3-pc" else kind


GENERATOR_DOC = Path(__file__).resolve().parents[1] / "docs" / "generator.md"


@functools.cache
def _genuine(kind: str):
    return build_document(12, doc_type=_type(kind), state_code=STATE.get(kind), traveller=False)


def test_the_generator_guide_lists_exactly_the_methods_the_generator_has():
    text = GENERATOR_DOC.read_text("utf-8")
    section = text[text.index("## Forgery methods") :]
    table = section[: section.index("\n\n", section.index("| method |"))]  # the first table
    listed = re.findall(r"^\| `([a-z_]+)`", table, flags=re.MULTILINE)
    assert sorted(listed) == sorted(METHODS)


@pytest.mark.parametrize("doc_type", DOC_TYPES)
@pytest.mark.parametrize("method", sorted(METHODS))
def test_a_method_applies_or_is_refused_with_its_reason(doc_type, method):
    d = copy.deepcopy(_genuine(doc_type))
    state = STATE.get(doc_type)
    doc_type = _type(doc_type)
    reason = refusal(method, doc_type, state)
    if reason is None:
        assert method in available_methods(doc_type, state)
        forge(d, [method], subtlety=0.5, rng=random.Random(5))
        assert d.methods == [method]
        assert any(r.role is Role.FORGERY_INDICATOR and r.method == method for r in d.regions), (
            "no indicator region"
        )
        return
    assert method not in available_methods(doc_type, state)
    assert method in reason and doc_type in reason  # names what and why
    with pytest.raises(ValueError) as info:
        forge(d, [method], subtlety=0.5, rng=random.Random(5))
    assert str(info.value) == reason


def test_refused_combinations_are_what_the_documents_lack():
    refused = {
        (t, m) for t in DOC_TYPES for m in METHODS if refusal(m, _type(t), STATE.get(t)) is not None
    }
    assert refused == {
        ("td2", "printed_watermark"),
        ("td1", "printed_watermark"),
        ("td1", "mrz_check_digit"),
        # A card is polycarbonate: paper attacks do not fit it (its portrait is engraved
        # inside, not glued on) ...
        *((t, m) for t in ("td1", "td2", "td1-back") for m in ("office_paper", "fibres_missing")),
        ("td1", "photo_substitution"),
        ("td2", "photo_substitution"),
        # ... and card attacks do not fit paper pages.
        *(
            (t, m)
            for t in ("td3", "mrva")
            for m in ("non_polycarbonate_body", "printed_portrait", "delamination")
        ),
        # A card's back has neither portrait, intaglio nor (polycarbonate) watermark; its
        # changeable laser image can be imitated (static_ovd).
        ("td1-back", "printed_watermark"),
        ("td1-back", "printed_portrait"),
        ("td1-back", "delamination"),
        ("td1-back", "no_relief"),
        ("td1-back", "photo_substitution"),
        ("td1-back", "impostor"),
        # A visa sticker is numbered by letterpress, a card back carries no perforation.
        ("mrva", "imitated_perforation"),
        ("td1-back", "imitated_perforation"),
        # Only paper pages embed a thread; only the passport page prints a see-through
        # register.
        ("td2", "imitation_thread"),
        ("td1", "imitation_thread"),
        ("td1-back", "imitation_thread"),
        ("td2", "misaligned_register"),
        ("td1", "misaligned_register"),
        ("mrva", "misaligned_register"),
        ("td1-back", "misaligned_register"),
        # A polycarbonate passport data page takes the card attacks and refuses the paper
        # ones, and has no watermark, thread or see-through register to imitate.
        *(
            ("td3-pc", m)
            for m in (
                "office_paper",
                "fibres_missing",
                "photo_substitution",
                "printed_watermark",
                "imitation_thread",
                "misaligned_register",
            )
        ),
        # Only a booklet has pages to substitute, a data page to swap and a binding.
        *(
            (t, m)
            for t in ("td3", "td3-pc", "td2", "td1", "td1-back", "mrva")
            for m in ("page_substitution", "data_page_swap", "rebinding", "cover_replacement")
        ),
    }


def test_without_a_state_a_passport_method_is_refused_only_when_no_state_takes_it():
    # A pack of random states: some have a paper data page, one a polycarbonate one.
    assert refusal("office_paper", "td3") is None
    assert refusal("delamination", "td3") is None
    assert refusal("office_paper", "td3", "NRV") is not None
    assert refusal("delamination", "td3", "UTO") is not None
    assert refusal("page_substitution", "td3") is not None


@pytest.mark.parametrize(
    ("doc_type", "method", "why"),
    [
        ("td1", "printed_watermark", "polycarbonate"),
        ("td2", "printed_watermark", "polycarbonate"),
        ("td1", "mrz_check_digit", "on the back"),
        ("td1-back", "photo_substitution", "portrait is on the front"),
        ("td1", "office_paper", "polycarbonate, not paper"),
        ("td2", "photo_substitution", "engraved inside it"),
        ("td3@UTO", "delamination", "the data page of a td3 of UTO is paper"),
        ("td3@NRV", "office_paper", "data page is polycarbonate, not paper"),
        ("td3@NRV", "photo_substitution", "engraved inside the polycarbonate page"),
        ("td3@NRV", "printed_watermark", "has no watermark"),
    ],
)
def test_generate_refuses_a_method_the_type_cannot_carry(doc_type, method, why, tmp_path, capsys):
    out = tmp_path / "pack"
    doc_type, _, state = doc_type.partition("@")
    args = ["generate", "--out", str(out), "--type", doc_type, "--methods", method]
    code = main(args + (["--state", state] if state else []))
    assert code == 2
    err = capsys.readouterr().err
    assert f"--methods: {method!r}" in err and why in err and f"{doc_type} takes:" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_generate_names_an_unknown_method_once(tmp_path, capsys):
    code = main(["generate", "--out", str(tmp_path / "p"), "--methods", "office_paper,glue"])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "docinspect: --methods: unknown forgery method 'glue'; expected one of: "
        + ", ".join(METHODS)
    ]
