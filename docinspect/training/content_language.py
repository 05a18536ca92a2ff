"""The language a trainee reads the curriculum in: gettext catalogues for the content.

The window chrome is translated with Qt (``ui/i18n/*.ts``); what a trainee actually reads —
module titles, lessons, question prompts — lives in the exercise files, in English, and is
translated by gettext PO catalogues beside them (``exercises/i18n/<language>.po``,
decision 0026). A catalogue maps the English text (``msgid``) to its translation
(``msgstr``); a text whose English changed has no entry and stays English until a translator
catches up, exactly as with Qt's .ts files. ``scripts/update-content-catalogues.py`` adds new
texts to every catalogue.

Qt-free on purpose: the CLI, the reports and the tests read the same catalogues.
"""

from __future__ import annotations

import ast
import dataclasses
import os
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

from docinspect.model.exercise import Exercise

#: Languages the curriculum is translated into (besides English, the source).
LANGUAGES: Final = ("ru", "bg")
CATALOGUE_FOLDER: Final = "i18n"

_language: str | None = None


class CatalogueError(ValueError):
    """A PO catalogue that cannot be read (file, line, reason)."""


def set_content_language(language: str | None) -> None:
    """Read the curriculum in ``language`` (``ru``, ``bg``; None or ``en``: English). The app
    calls this with the language its windows speak, before the curriculum is loaded."""
    global _language
    code = (language or "en").split("_")[0].split("-")[0].lower()
    _language = code if code in LANGUAGES else "en"


def content_language() -> str:
    """The language set by :func:`set_content_language`, else the environment's (LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG, as gettext reads them), else English."""
    if _language is not None:
        return _language
    return environment_language()


def environment_language() -> str:
    """The language the environment names (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, in gettext's
    order) if it is one of ours, else English: what the command line speaks."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        for part in value.split(":"):
            code = part.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
            if code in ("en", "c", "posix"):
                return "en"
    return "en"


def exercise_texts(exercise: Exercise) -> list[str]:
    """Every text of ``exercise`` a trainee reads, in the order they meet them."""
    texts = [exercise.title, exercise.module, *exercise.lesson]
    texts += [q.prompt for q in exercise.questions]
    return [t for t in dict.fromkeys(texts) if t and t.strip()]


def localized(exercise: Exercise, catalogue: Mapping[str, str]) -> Exercise:
    """``exercise`` with every text that ``catalogue`` translates in its translation."""
    if not catalogue:
        return exercise

    def tr(text: str) -> str:
        return catalogue.get(text) or text

    questions = tuple(
        dataclasses.replace(q, prompt=tr(q.prompt)) if q.prompt else q for q in exercise.questions
    )
    return dataclasses.replace(
        exercise,
        title=tr(exercise.title),
        module=tr(exercise.module),
        lesson=tuple(tr(p) for p in exercise.lesson),
        questions=questions,
    )


def missing(exercises: Iterable[Exercise], catalogue: Mapping[str, str]) -> list[str]:
    """The texts of ``exercises`` that ``catalogue`` does not translate (yet)."""
    return [t for e in exercises for t in exercise_texts(e) if not catalogue.get(t)]


@lru_cache(maxsize=8)
def builtin_catalogue(language: str) -> dict[str, str]:
    """The shipped catalogue of ``language`` (empty for English or an unknown language)."""
    if language not in LANGUAGES:
        return {}
    root = resources.files("docinspect.exercises").joinpath(CATALOGUE_FOLDER, f"{language}.po")
    if not root.is_file():
        return {}
    return parse_po(root.read_text("utf-8"), file=f"exercises/i18n/{language}.po")


def read_po(path: Path) -> dict[str, str]:
    return parse_po(path.read_text("utf-8"), file=str(path))


def parse_po(text: str, *, file: str = "catalogue") -> dict[str, str]:
    """msgid -> msgstr of a PO file (untranslated and fuzzy entries left out). Handles the
    subset gettext tools write: comments, msgctxt, msgid, msgstr, continued quoted lines."""
    entries: dict[str, str] = {}
    current: dict[str, str] = {}
    key: str | None = None
    fuzzy = False

    def finish() -> None:
        nonlocal current, key, fuzzy
        msgid, msgstr = current.get("msgid"), current.get("msgstr")
        if msgid and msgstr and not fuzzy:
            entries[msgid] = msgstr
        current, key, fuzzy = {}, None, False

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            continue
        word, _, rest = line.partition(" ")
        if word in ("msgctxt", "msgid", "msgstr"):
            if word == "msgctxt" and current:
                finish()
            key = word
            current[key] = _quoted(rest, file, number)
        elif line.startswith('"') and key is not None:
            current[key] += _quoted(line, file, number)
        else:
            raise CatalogueError(f"{file}:{number}: not a PO line: {line[:60]!r}")
    finish()
    return entries


def _quoted(text: str, file: str, number: int) -> str:
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise CatalogueError(f"{file}:{number}: a text must be in double quotes")
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError) as exc:
        raise CatalogueError(f"{file}:{number}: the quoted text cannot be read ({exc})") from exc


def po_entry(msgid: str, msgstr: str = "", *, comment: str = "") -> str:
    """One PO entry, wrapped as gettext tools write it."""
    lines = [f"#. {comment}"] if comment else []
    lines += [f"msgid {_po_quote(msgid)}", f"msgstr {_po_quote(msgstr)}"]
    return "\n".join(lines) + "\n"


def _po_quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'
