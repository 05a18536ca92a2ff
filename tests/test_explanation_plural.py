"""A forger's profile that leaves one kind of trace says so in the singular, in English and
in translation ("it leaves 1 kinds of trace" was the generator's sentence for an impostor)."""

from __future__ import annotations

import random

import pytest

from docinspect.synth import profiles
from docinspect.synth.documents import build_document
from docinspect.training.explanation_language import translate_explanation


def _made_as(profile: str) -> str:
    d = build_document(3, doc_type="td3", state_code="UTO")
    profiles.produce(d, profile, subtlety=0.5, rng=random.Random(3))
    return next(s for s in d.explanation.split(". ") if s.startswith("Made as:"))


def test_one_kind_of_trace_is_singular():
    assert _made_as("impostor").endswith("it leaves one kind of trace")
    assert "kinds of trace" in _made_as("offset_counterfeit")


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("ru", "оставляет следы одного вида", "видов оставленных следов: "),
     ("bg", "оставя следи от един вид", "видове оставени следи: ")],
)  # fmt: skip
def test_the_translations_agree_with_the_number(language, one, many):
    assert one in translate_explanation(_made_as("impostor") + ".", language)
    assert many in translate_explanation(_made_as("offset_counterfeit") + ".", language)
