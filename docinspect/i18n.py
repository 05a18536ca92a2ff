"""Catalogues of translations, small and dependency-free: the languages DocInspect speaks
besides English, the language the environment names, and reading gettext PO files.

The curriculum (training/content_language.py), the generator's explanations
(training/explanation_language.py), the reports (reports/language.py) and the command line
(cli/language.py) all read their PO catalogues with this; it imports nothing of DocInspect,
so the command line's start stays light (decisions 0026, 0029).
"""

from __future__ import annotations

import ast
import os
from typing import Final

#: Languages DocInspect is translated into (besides English, the source).
LANGUAGES: Final = ("ru", "bg")


class CatalogueError(ValueError):
    """A PO catalogue that cannot be read (file, line, reason)."""


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
