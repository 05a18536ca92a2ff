"""The language a report is written in: its own sentences from a gettext catalogue, the
taxonomy's names from the windows' Qt translations (decision 0029).

``with report_language("bg"):`` around writing a report makes :func:`tr` answer in
Bulgarian; the report modules call ``tr("Learning curve")`` where they used the English text.
The report's own texts live in ``assets/i18n/reports-<language>.po`` (msgid: the English
text, ``{name}`` for a value). The names of methods, features, categories and verdicts are
already translated for the windows (``docinspect/ui/i18n/docinspect_<language>.qm``, context
"Taxonomy" and "Verdict"): the report reads that file with a ``QTranslator``, which needs
QtCore only — no display, no application — so a name is translated once, for both.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

from docinspect.i18n import LANGUAGES, environment_language, parse_po

#: Where the windows' compiled translations ship (read here, never written).
_QM_DIR: Final = Path(__file__).resolve().parents[1] / "ui" / "i18n"
_current: ContextVar[str] = ContextVar("report_language", default="en")


def language_code(language: str | None) -> str:
    """``bg``, ``ru`` or ``en`` from a locale name ("bg_BG.UTF-8"); None: the environment's
    (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext reads them)."""
    if not language:
        return environment_language()
    code = language.split("_")[0].split("-")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "en"


@contextmanager
def report_language(language: str | None) -> Iterator[str]:
    """Write reports in ``language`` inside the ``with`` block; yields the code used."""
    code = language_code(language)
    token = _current.set(code)
    try:
        yield code
    finally:
        _current.reset(token)


def current_language() -> str:
    return _current.get()


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[str, str]:
    if language not in LANGUAGES:
        return {}
    name = f"reports-{language}.po"
    file = resources.files("docinspect.assets").joinpath("i18n", name)
    if not file.is_file():
        return {}
    return parse_po(file.read_text("utf-8"), file=f"assets/i18n/{name}")


def tr(text: str) -> str:
    """``text`` (a report's English sentence) in the report's language, or as it is."""
    return _catalogue(_current.get()).get(text) or text


@lru_cache(maxsize=4)
def _translator(language: str):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if language in LANGUAGES and translator.load(str(_QM_DIR / f"docinspect_{language}.qm")):
        return translator
    return None


def taxonomy_name(text: str, context: str = "Taxonomy") -> str:
    """A name of the taxonomy (or of a verdict) as the windows call it in this language."""
    language = _current.get()
    if language == "en":
        return text
    translator = _translator(language)
    translated = translator.translate(context, text) if translator is not None else ""
    return translated or text


def date_text(moment: datetime, *, time: bool = False) -> str:
    """A date (and time) the reader's way: "07 Dec 2026" in English, "07.12.2026" in
    Russian and Bulgarian (numbers, so no month name needs a translation)."""
    if _current.get() == "en":
        return f"{moment:%d %b %Y %H:%M}" if time else f"{moment:%d %b %Y}"
    return f"{moment:%d.%m.%Y %H:%M}" if time else f"{moment:%d.%m.%Y}"
