"""The generator's explanations in the trainee's language, translated when they are shown.

A generated specimen carries its explanations in English (``truth.explanation``, each
region's ``explanation``, ``truth.extra["benign_flaws"]``): the pack format has one text per
field, and packs made before a translation existed must still open. The generator writes
those texts from a fixed set of sentences with a few values filled in (a field name, a
distance, a state code), so the sentences are *templates*: a gettext catalogue
(``assets/i18n/explanations-<language>.po``) has each template as its ``msgid`` — ``{name}``
marks a value — and its translation as ``msgstr`` (decision 0029).

:func:`translate_explanation` reads an English explanation sentence by sentence, finds the
template each sentence was made from, and writes the translation with the same values (a
value that is itself in the catalogue — "date of birth", "the ears: … at the desk" — is
translated too). A sentence that matches no template (an instructor's own words, a pack
from an older generator) stays English, so nothing is ever lost or guessed.

Qt-free: the practice window, the workstation, the presenter and the reports use it alike.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from docinspect.training.content_language import LANGUAGES, content_language, parse_po

CATALOGUE_FOLDER: Final = "i18n"
_FIELD: Final = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
# A value never runs past the end of its sentence (a stop, a space, a capitalised word:
# "ST. AUREL" in an issuer's name is not an end).
_VALUE: Final = r"(?:(?![.!?]['\")]?\s+[A-Z][a-z]).)+?"
# The end of an English sentence: its stop, a closing quote or bracket, then a space.
_SENTENCE_END: Final = re.compile(r"[.!?][)'\"]?(?=\s|$)")


@dataclass(frozen=True)
class Template:
    """One catalogue entry: the English template, its pattern and its translation."""

    english: str
    pattern: re.Pattern[str]
    fields: tuple[str, ...]
    translation: str


@dataclass(frozen=True)
class Explanations:
    """A language's catalogue of explanation templates, ready to match."""

    language: str
    #: Templates with fields, longest literal text first (the most specific wins a tie).
    templates: tuple[Template, ...]
    #: Texts without fields: whole sentences and the values a field may hold.
    plain: Mapping[str, str]

    def translate(self, text: str) -> str:
        return translate_with(self, text)

    def untranslated(self, text: str) -> list[str]:
        """The sentences of ``text`` that no template of this catalogue reads."""
        return [s for s, done in _sentences(self, text) if not done]


def _compile(english: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    parts: list[str] = []
    fields: list[str] = []
    last = 0
    for match in _FIELD.finditer(english):
        parts.append(re.escape(english[last : match.start()]))
        parts.append(f"(?P<f{len(fields)}>{_VALUE})")
        fields.append(match.group(1))
        last = match.end()
    parts.append(re.escape(english[last:]))
    return re.compile("".join(parts) + r"(?=\s|$)", re.DOTALL), tuple(fields)


def _is_sentence(english: str) -> bool:
    """A template a text can start with, as opposed to a phrase that is only ever a value
    ("{words} at the desk", "the {group}: …"): sentences begin with a capital."""
    return english[:1].isupper()


def catalogue_from(entries: Mapping[str, str], language: str) -> Explanations:
    """An :class:`Explanations` from msgid → msgstr pairs (a parsed PO file)."""
    templates = []
    plain = {}
    for english, translation in entries.items():
        if _FIELD.search(english):
            pattern, fields = _compile(english)
            templates.append(Template(english, pattern, fields, translation))
        else:
            plain[english] = translation
    templates.sort(key=lambda t: -len(_FIELD.sub("", t.english)))
    return Explanations(language, tuple(templates), plain)


@lru_cache(maxsize=4)
def explanations(language: str) -> Explanations:
    """The shipped catalogue of ``language`` (empty for English or an unknown language)."""
    if language not in LANGUAGES:
        return Explanations(language, (), {})
    name = f"explanations-{language}.po"
    file = resources.files("docinspect.assets").joinpath(CATALOGUE_FOLDER, name)
    if not file.is_file():
        return Explanations(language, (), {})
    entries = parse_po(file.read_text("utf-8"), file=f"assets/i18n/{name}")
    return catalogue_from(entries, language)


def translate_explanation(text: str, language: str | None = None) -> str:
    """``text`` (an explanation the generator wrote) in ``language`` (default: the content
    language, :func:`~docinspect.training.content_language.content_language`). Sentences the
    catalogue does not know stay as they are."""
    code = language or content_language()
    if code == "en" or not text:
        return text
    return translate_with(explanations(code), text)


def translate_title(text: str, language: str | None = None) -> str:
    """A title the generator gave a specimen or a pack ("Utopia passport data page — SMITH",
    "Synthetic TD3 specimens (seed 5)") in ``language``; any other title as it is."""
    code = language or content_language()
    if code == "en" or not text:
        return text
    # One page of a booklet: "<the booklet's title> — cover".
    head, sep, tail = text.rpartition(" — ")
    if sep and head:
        label = translate_page_label(tail, code)
        if label != tail:
            return f"{translate_title(head, code)} — {label}"
    catalogue = explanations(code)
    plain = catalogue.plain.get(text)
    if plain and not text.endswith("."):  # a title without values ("Starter library: ...")
        return plain
    for template in catalogue.templates:
        if template.english.endswith("."):
            continue  # a sentence of an explanation, not a title
        match = template.pattern.fullmatch(text)
        if match is not None:
            values = {name: match.group(f"f{i}") for i, name in enumerate(template.fields)}
            return _fill(template.translation, values)
    return text


def translate_page_label(text: str, language: str | None = None) -> str:
    """The label the generator gave a booklet's page ("cover", "inside cover", "page 3") in
    ``language``; a label an author wrote stays as it is, as their titles do."""
    code = language or content_language()
    if code == "en" or not text:
        return text
    return explanations(code).plain.get(text) or translate_title(text, code)


def translate_with(catalogue: Explanations, text: str) -> str:
    if not catalogue.templates and not catalogue.plain:
        return text
    return " ".join(sentence for sentence, _done in _sentences(catalogue, text))


def _sentences(catalogue: Explanations, text: str) -> list[tuple[str, bool]]:
    """``text`` cut into sentences, each translated (True) or left as it was (False)."""
    out: list[tuple[str, bool]] = []
    position = 0
    text = text.strip()
    while position < len(text):
        found = _match_at(catalogue, text, position)
        if found is None:
            end = _SENTENCE_END.search(text, position)
            stop = end.end() if end else len(text)
            out.append((text[position:stop], False))
        else:
            stop, translated = found
            out.append((translated, True))
        position = stop
        while position < len(text) and text[position].isspace():
            position += 1
    return out


def _match_at(catalogue: Explanations, text: str, position: int) -> tuple[int, str] | None:
    """The longest sentence at ``position`` a template reads, and its translation."""
    best: tuple[int, str] | None = None
    for english, translation in catalogue.plain.items():
        # Only whole sentences (or a lead-in ending in a colon) stand alone; a value
        # ("surname") is read inside a template.
        if _is_sentence(english) and english[-1] in ".!?:" and text.startswith(english, position):
            end = position + len(english)
            if (end == len(text) or text[end].isspace()) and (best is None or end > best[0]):
                best = (end, translation)
    for template in catalogue.templates:
        if not _is_sentence(template.english):
            continue  # a phrase ("{words} at the desk") is read only as a template's value
        match = template.pattern.match(text, position)
        if match is None or (best is not None and match.end() <= best[0]):
            continue
        values = {
            name: _value(catalogue, match.group(f"f{i}")) for i, name in enumerate(template.fields)
        }
        best = (match.end(), _fill(template.translation, values))
    return best


def _fill(translation: str, values: Mapping[str, str]) -> str:
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), translation)


def _value(catalogue: Explanations, value: str) -> str:
    """A template's value in the catalogue's language where the catalogue knows it: as a
    whole, phrase by phrase, as a phrase template, or word by word ("larger, set lower")."""
    if value in catalogue.plain:
        return catalogue.plain[value]
    # A list of phrases ("the ears: …; the nose: …") is read phrase by phrase.
    if "; " in value:
        return "; ".join(_value(catalogue, part) for part in value.split("; "))
    for template in catalogue.templates:
        match = template.pattern.fullmatch(value)
        if match is not None:
            values = {
                name: _value(catalogue, match.group(f"f{i}"))
                for i, name in enumerate(template.fields)
            }
            return _fill(template.translation, values)
    if ", " in value:
        return ", ".join(_value(catalogue, part) for part in value.split(", "))
    return value
