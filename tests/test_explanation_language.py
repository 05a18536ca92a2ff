"""The generator's explanations in Russian and Bulgarian, translated when shown: every
sentence the generator writes has a template in both catalogues, values are carried over
(and translated where they are words), and a sentence no template reads stays English
(docs/decisions/0029-everything-a-trainee-reads-translated.md)."""

from __future__ import annotations

import copy
import functools
import random
import re

import pytest

from docinspect.synth import profiles, wear
from docinspect.synth.chips import EXPLANATIONS
from docinspect.synth.documents import build_document
from docinspect.synth.forgeries import available_methods, forge
from docinspect.synth.generate import DOC_TYPES
from docinspect.training.explanation_language import (
    catalogue_from,
    explanations,
    translate_explanation,
)
from docinspect.training.feedback import Note, NoteKind, benign_flaws_text

LATIN_WORD = re.compile(r"\b[A-Za-z]{4,}\b")


@functools.cache
def _genuine(doc_type: str, state: str | None = None):
    return build_document(12, doc_type=doc_type, state_code=state, traveller=False)


def _texts(draft) -> list[str]:
    texts = [draft.explanation, *(r.explanation for r in draft.regions)]
    # A booklet's visa pages carry their own regions (a substituted page's indicators).
    texts += [r.explanation for page in (*draft.covers, *draft.pages) for r in page.regions]
    texts += [f["explanation"] for f in draft.flaws]
    return [t for t in texts if t]


@functools.cache
def _generated_texts() -> tuple[str, ...]:
    """Every kind of explanation the generator writes: genuine documents, each method at an
    obvious and an expert subtlety, each forger profile, wear and issuer errors, chips."""
    texts: list[str] = list(EXPLANATIONS.values())
    # A passport of the state with a polycarbonate data page besides seed 12's own.
    kinds = [(t, None) for t in DOC_TYPES] + [("td3", "NRV"), ("td3-booklet", "NRV")]
    for doc_type, state in kinds:
        genuine = _genuine(doc_type, state)
        texts += _texts(genuine)
        for method in available_methods(doc_type, genuine.state.code):
            for subtlety in (0.1, 0.9):
                d = copy.deepcopy(genuine)
                forge(d, [method], subtlety=subtlety, rng=random.Random(int(subtlety * 10)))
                texts += _texts(d)
        for profile in profiles.available_profiles(doc_type):
            d = copy.deepcopy(genuine)
            profiles.produce(d, profile, subtlety=0.5, rng=random.Random(3))
            texts += _texts(d)
        for seed in range(4):
            d = copy.deepcopy(genuine)
            wear.add_wear(d, 1.0, random.Random(seed))
            wear.add_issuer_error(d, 1.0, random.Random(seed))
            texts += _texts(d)
            # The feedback's list of what is not a forgery sign, as a trainee reads it.
            texts.append(benign_flaws_text(d.specimen("s1")))
    return tuple(dict.fromkeys(texts))


@pytest.mark.parametrize("language", ["ru", "bg"])
def test_every_sentence_the_generator_writes_has_a_translation(language):
    catalogue = explanations(language)
    texts = _generated_texts()
    assert len(texts) > 100  # the generator's whole range, not a few documents
    missing = sorted({s for text in texts for s in catalogue.untranslated(text)})
    assert missing == [], f"add these to assets/i18n/explanations-{language}.po"


@pytest.mark.parametrize("language", ["ru", "bg"])
def test_a_translated_explanation_keeps_no_english_but_names_and_codes(language):
    # State names, and the document's own capitals (microprint, codes, an issuer's name),
    # are the document's, not the trainee's language; "Document Signer" is the standard's.
    kept = {"Republic", "Kaldavia", "Nerevia", "Document", "Signer"}
    for text in _generated_texts():
        translated = translate_explanation(text, language)
        words = {w for w in LATIN_WORD.findall(translated) if w not in kept and not w.isupper()}
        # Quoted document text (a misspelt place of birth, a forger's microprint) stays too.
        quoted = set(LATIN_WORD.findall(" ".join(re.findall(r"'([^']*)'", text))))
        assert not words - quoted, (text, translated)


def test_values_are_carried_over_and_words_among_them_translated():
    text = (
        "This is a falsified genuine document. The date of birth check digit of the MRZ is "
        "wrong (7 instead of 3): the forger composed the MRZ by hand."
    )
    assert translate_explanation(text, "ru") == (
        "Это подлинный документ, в который внесены изменения (фальсификация). Контрольная "
        "цифра поля «дата рождения» в МСЗ неверна (7 вместо 3): фальсификатор составил МСЗ "
        "вручную."
    )
    assert "„дата на раждане“" in translate_explanation(text, "bg")


def test_a_sentence_no_template_reads_stays_as_written():
    own = "The instructor's own words about this passport."
    text = f"This is a fantasy document. {own} The chip does not answer."
    ru = translate_explanation(text, "ru")
    assert ru == f"Это фантазийный документ. {own} Чип не отвечает."
    assert explanations("ru").untranslated(text) == [own]
    assert translate_explanation(text, "en") == text
    assert translate_explanation(own, "bg") == own


def test_the_longest_template_wins_and_a_phrase_is_not_a_sentence():
    catalogue = catalogue_from(
        {
            "The {what} is wrong.": "Неверно: {what}.",
            "The {what} is wrong in the MRZ.": "Неверно в МСЗ: {what}.",
            "{words} at the desk": "у стойки — {words}",
            "surname": "фамилия",
        },
        "ru",
    )
    assert catalogue.translate("The surname is wrong in the MRZ.") == "Неверно в МСЗ: фамилия."
    assert catalogue.translate("The surname is wrong.") == "Неверно: фамилия."
    # "{words} at the desk" ends no sentence: it never eats the start of one.
    assert catalogue.untranslated("A reader at the desk checks it.") == [
        "A reader at the desk checks it."
    ]


def test_the_practice_feedback_shows_the_explanation_in_the_trainee_language(monkeypatch):
    from docinspect.training import content_language
    from docinspect.ui.practice.feedback_text import note_text

    monkeypatch.setattr(content_language, "_language", "bg")
    note = Note(NoteKind.EXPLANATION, text="This is a fantasy document.")
    assert note_text(note) == "Това е фантазиен документ."


def test_the_list_of_benign_flaws_reads_in_the_trainee_language():
    text = (
        "Not forgery signs on this document: A rubbed, greyed corner: wear from years of use, "
        "not a forgery sign. The chip does not answer."
    )
    assert translate_explanation(text, "bg") == (
        "Не са признаци на фалшификация в този документ: Протрит, посивял ъгъл: износване от "
        "години употреба, а не признак на фалшификация. Чипът не отговаря."
    )


@pytest.mark.parametrize("language", ["ru", "bg"])
def test_every_generated_title_reads_in_the_trainee_language(language):
    """The title of every document type the generator makes, booklets included, has its
    template: the library lists it in the trainee's language."""
    from docinspect.training.explanation_language import translate_title

    for doc_type in DOC_TYPES:
        title = _genuine(doc_type).specimen("s").title
        assert translate_title(title, language) != title, (doc_type, title)


def test_generated_titles_read_in_the_trainee_language():
    from docinspect.training.explanation_language import translate_title

    title = "Republic of Kaldavia passport data page — KHADZHIEVA"
    assert translate_title(title, "bg") == (
        "Republic of Kaldavia: страница с данни на паспорт — KHADZHIEVA"
    )
    assert translate_title("Synthetic TD1 specimens (seed 5)", "ru") == (
        "Синтетические образцы TD1 (начальное число 5)"
    )
    # The starter library the app makes on first start.
    assert translate_title("Starter library: genuine documents", "bg") == (
        "Начална библиотека: истински документи"
    )
    # An author's own title, and English, stay as they are.
    assert translate_title("Ann's passport", "ru") == "Ann's passport"
    assert translate_title(title, "en") == title


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("bg", ["корица", "вътрешна корица", "страница с данни", "страница 3"]),
        ("ru", ["обложка", "внутренняя сторона обложки", "страница данных", "страница 3"]),
    ],
)
def test_a_booklets_page_labels_read_in_the_trainee_language(language, expected):
    """The page list and the feedback name a generated booklet's pages in the trainee's
    language; a label an author wrote stays as written."""
    from docinspect.training.explanation_language import translate_page_label

    booklet = _genuine("td3-booklet")
    labels = [page.label for page in booklet.specimen("s").pages]
    assert {"cover", "inside cover", "page 3"} <= set(labels)
    got = [translate_page_label(x, language) for x in ("cover", "inside cover", "data page")]
    assert got == expected[:3]
    assert translate_page_label("page 3", language) == expected[3]
    for label in labels:
        assert translate_page_label(label, language) != label
    assert translate_page_label("my own page", language) == "my own page"
    # A page's own title (the status bar's, a caption's): the booklet's title and its label.
    from docinspect.training.explanation_language import translate_title

    whole = booklet.specimen("s")
    page_title = whole.booklet_page(whole.pages[0].id).title
    assert translate_title(page_title, language).endswith(" — " + expected[0])
