"""Genuine documents for any seed: a valid scene, regions on the page, a valid MRZ that agrees
with the visual zone, and the state's own design."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from docinspect import mrz
from docinspect.model import Role
from docinspect.model.scene import check_scene
from docinspect.synth.documents import build_document
from docinspect.synth.states import STATES

TODAY = dt.date(2026, 6, 1)


@given(
    seed=st.integers(0, 2**40),
    doc_type=st.sampled_from(["td3", "td2", "td1", "td1-back", "mrva"]),
    state=st.sampled_from(sorted(STATES)),
)
@settings(max_examples=12, deadline=None)
def test_any_seed_gives_a_consistent_genuine_document(seed, doc_type, state):
    d = build_document(seed, doc_type=doc_type, state_code=state)
    assert check_scene(d.scene()) == []
    assert d.state.code == state
    for r in d.regions:
        assert r.role is Role.SECURITY_FEATURE
        assert r.shape.bounds().within(d.width_mm, d.height_mm), r.id
    for it in d.items:
        if hasattr(it, "x") and hasattr(it, "width"):
            assert it.x >= -0.01 and it.x + it.width <= d.width_mm + 0.01, it.id
    result = mrz.check(d.mrz_lines, today=TODAY)
    assert result.valid, result.problems
    parsed = mrz.parse(d.mrz_lines, today=TODAY)
    visa = doc_type == "mrva"
    assert parsed.issuing_state == state
    # A visa is issued to a foreigner; the other documents to the state's own citizens.
    assert (parsed.nationality != state) if visa else (parsed.nationality == state)
    assert parsed.document_number == d.data["document_number"]
    assert parsed.birth_date.isoformat() == d.data["date_of_birth_iso"]
    expiry = {"mrva": "valid_until", "td1-back": "date_of_expiry_iso"}.get(
        doc_type, "date_of_expiry"
    )
    assert str(parsed.expiry_date.year) in d.data[expiry]
    if doc_type == "td1-back":  # names are on the front; the back repeats the card number
        assert d.data["card_number"] == parsed.document_number
    elif visa:
        assert d.data["surname"] == d.data["surname_latin"]  # printed in Latin letters
    elif STATES[state].name_script == "cyrillic":
        # Printed in Cyrillic with the Latin transliteration beside it.
        assert d.data["surname"].endswith(" / " + d.data["surname_latin"])
        assert not d.data["surname"].split(" / ")[0].isascii()
    # Every printed text is on the page, in a bundled font.
    fonts = set(d.scene().fonts())
    assert fonts <= {"OCRB", "DejaVuSans", "DejaVuSansCondensed", "DejaVuSerif"}


def test_long_values_stay_inside_the_page():
    from fontTools.ttLib import TTFont

    from docinspect.model.scene import Text
    from docinspect.optics.fonts import fonts_dir

    font = TTFont(fonts_dir() / "DejaVuSans.ttf")
    cmap, hmtx, upm = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    for seed in range(16):
        d = build_document(seed, doc_type="td1" if seed % 2 else "td3")
        for it in d.items:
            if isinstance(it, Text) and it.id.startswith("data-"):
                width = sum(hmtx[cmap[ord(c)]][0] for c in it.text) / upm * it.size_mm
                assert it.x + width <= d.width_mm - 1.0, (seed, it.id, it.text)

    # A card back's data stay left of its changeable laser image (x 61.5 mm).
    for seed in range(24):
        d = build_document(seed, doc_type="td1-back")
        for it in d.items:
            if isinstance(it, Text) and it.id.startswith("data-") and it.anchor == "start":
                width = sum(hmtx[cmap[ord(c)]][0] for c in it.text) / upm * it.size_mm
                assert it.x + width <= 60.0, (seed, it.id, it.text)
