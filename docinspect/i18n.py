"""Catalogues of translations, small and dependency-free: the languages DocInspect speaks
besides English, the language the environment names, and reading gettext PO files.

The curriculum (training/content_language.py), the generator's explanations
(training/explanation_language.py), the reports (reports/language.py) and the command line
(cli/language.py) all read their PO catalogues with this; it imports nothing of DocInspect,
so the command line's start stays light (decisions 0026, 0029). ``Message`` is how the core
keeps a text for people as a template and values, translated where it is shown (decision 0032).
"""

from __future__ import annotations

import ast
import errno
import os
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any, Final

#: Languages DocInspect is translated into (besides English, the source).
LANGUAGES: Final = ("ru", "bg")


class CatalogueError(ValueError):
    """A PO catalogue that cannot be read (file, line, reason)."""


class Message(str):
    """A text the core writes for a person, kept as data: its English ``template`` (``{name}``
    for a value) and its ``values``. As a string it *is* the English text (logs, JSON, every
    caller that reads it as a string); a display in another language translates the template
    and fills it with the same values (:func:`translate`), never by reading the English back
    (decision 0032). A value that is itself a Message is translated too."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        return cls._made(template.format(**values) if values else template, template, values)

    @classmethod
    def _made(cls, english: str, template: str, values: dict[str, Any]) -> Message:
        self = super().__new__(cls, english)
        self.template = template
        self.values = values
        return self

    def __reduce__(self):  # a Message crosses process boundaries (generate --jobs) whole
        return (Message._made, (str(self), self.template, self.values))


def message_of(exc: BaseException) -> str:
    """What an exception says: the Message it was raised with (kept whole, to be translated),
    else its text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


def translate(text: str, catalogue: Mapping[str, str]) -> str:
    """``text`` through ``catalogue`` (msgid -> msgstr): a Message by its template, its values
    translated the same way; a plain string by itself. What the catalogue lacks stays English."""
    if not isinstance(text, Message):
        return catalogue.get(text) or text
    template = catalogue.get(text.template)
    if template is None:  # untranslated: the English as it was written
        return str(text)
    values = {
        key: translate(value, catalogue) if isinstance(value, Message) else value
        for key, value in text.values.items()
    }
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):  # a translator's typo must not hide the message
        return str(text)


#: Why the system refused a file, for the reasons a user meets (the C library's own words,
#: English, for the rest).
_OS_REASONS: Final = {
    errno.ENOENT: "no such file or folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EEXIST: "it exists already",
}


def os_reason(exc: OSError) -> str:
    """Why ``exc`` refused a file: a Message for the usual reasons, else the system's text."""
    known = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    system = exc.strerror or str(exc)
    if known is not None:  # in English, the system's own words, as before
        return Message._made(system, known, {})
    return system


@lru_cache(maxsize=4)
def message_catalogue(language: str) -> dict[str, str]:
    """The core's messages (MRZ, chip, pack and file problems) in ``language``:
    ``assets/i18n/messages-<language>.po``; empty for English or a language we lack."""
    if language not in LANGUAGES:
        return {}
    name = f"messages-{language}.po"
    file = resources.files("docinspect.assets").joinpath("i18n", name)
    if not file.is_file():
        return {}
    return parse_po(file.read_text("utf-8"), file=f"assets/i18n/{name}")


def translate_message(text: str, language: str) -> str:
    """A core message (or any text) in ``language``, through the core's catalogue."""
    return translate(text, message_catalogue(language))


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
