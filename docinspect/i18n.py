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
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class PoEntry:
    """One entry of a PO file as written: its comment lines (``#. …``, ``#, fuzzy``), context,
    ``msgid`` and ``msgstr``. A block of comments alone (obsolete ``#~`` entries) has
    ``msgid`` None. Kept whole so that a catalogue rewritten by the app loses nothing."""

    msgid: str | None
    msgstr: str = ""
    comments: tuple[str, ...] = ()
    context: str | None = None

    @property
    def fuzzy(self) -> bool:
        return any(c.startswith("#,") and "fuzzy" in c for c in self.comments)


def read_po_entries(text: str, *, file: str = "catalogue") -> list[PoEntry]:
    """Every entry of a PO file, in order, the header (``msgid ""``) included. Handles the
    subset gettext tools write: comments, msgctxt, msgid, msgstr, continued quoted lines;
    anything else is a CatalogueError naming the file and line."""
    entries: list[PoEntry] = []
    current: dict[str, str] = {}
    comments: list[str] = []
    key: str | None = None

    def finish() -> None:
        nonlocal current, key, comments
        if current or comments:
            entries.append(
                PoEntry(
                    current.get("msgid"),
                    current.get("msgstr", ""),
                    tuple(comments),
                    current.get("msgctxt"),
                )
            )
        current, key, comments = {}, None, []

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#"):
            if current:  # a comment after a msgstr starts the next entry
                finish()
            comments.append(line)
            continue
        word, _, rest = line.partition(" ")
        if word in ("msgctxt", "msgid", "msgstr"):
            # A context, or a second msgid, starts the next entry.
            if (word == "msgctxt" and current) or (word == "msgid" and "msgid" in current):
                finish()
            key = word
            current[key] = _quoted(rest, file, number)
        elif line.startswith('"') and key is not None:
            current[key] += _quoted(line, file, number)
        else:
            raise CatalogueError(f"{file}:{number}: not a PO line: {line[:60]!r}")
    finish()
    return entries


def parse_po(text: str, *, file: str = "catalogue") -> dict[str, str]:
    """msgid -> msgstr of a PO file (untranslated and fuzzy entries left out). Handles the
    subset gettext tools write: comments, msgctxt, msgid, msgstr, continued quoted lines."""
    return {
        e.msgid: e.msgstr
        for e in read_po_entries(text, file=file)
        if e.msgid and e.msgstr and not e.fuzzy
    }


def po_quote(text: str) -> str:
    """``text`` as a PO string: in double quotes, with quotes, backslashes and newlines escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def po_text(entries: list[PoEntry]) -> str:
    """The PO file of ``entries`` (what :func:`read_po_entries` reads back unchanged)."""
    blocks = []
    for entry in entries:
        lines = list(entry.comments)
        if entry.msgid is not None:
            if entry.context is not None:
                lines.append(f"msgctxt {po_quote(entry.context)}")
            lines.append(f"msgid {po_quote(entry.msgid)}")
            lines.append(f"msgstr {po_quote(entry.msgstr)}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def updated_po(
    text: str | None,
    language: str,
    translations: dict[str, str],
    *,
    comments: dict[str, str] | None = None,
    listed: tuple[str, ...] = (),
    file: str = "catalogue",
) -> str:
    """The PO catalogue ``text`` (None: a new one for ``language``) with ``translations``
    (English → translation) set: an entry whose translation changed gets it (and loses a
    ``fuzzy`` mark); an empty translation leaves its entry untranslated; a text the file lacks
    is added, with its ``comments`` line (where the text is used). Everything else — the
    header, other entries, comments, obsolete entries — stays as it was. CatalogueError (file,
    line, reason) when ``text`` cannot be read: such a file is not to be overwritten.
    ``listed`` texts the file lacks are added untranslated, so that a translator's PO editor
    shows them too."""
    entries = read_po_entries(text, file=file) if text is not None else [_new_header(language)]
    index = {e.msgid: i for i, e in enumerate(entries) if e.msgid}
    wanted = {english: "" for english in listed if english not in index}
    for english, translation in {**wanted, **translations}.items():
        if not english.strip():
            continue
        translation = translation.strip()
        i = index.get(english)
        if i is None:
            note = " ".join((comments or {}).get(english, "").split())
            entries.append(PoEntry(english, translation, (f"#. {note}",) if note else ()))
            index[english] = len(entries) - 1
            continue
        entry = entries[i]
        if entry.msgstr == translation and not (entry.fuzzy and translation):
            continue
        kept = tuple(c for c in entry.comments if not (c.startswith("#,") and "fuzzy" in c))
        entries[i] = PoEntry(entry.msgid, translation, kept, entry.context)
    return po_text(entries)


def _new_header(language: str) -> PoEntry:
    return PoEntry(
        "",
        f"Language: {language}\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n",
        ("# Translations of an instructor's exercises and specimens (the DocInspect studio).",),
    )


def _quoted(text: str, file: str, number: int) -> str:
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise CatalogueError(f"{file}:{number}: a text must be in double quotes")
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError) as exc:
        raise CatalogueError(f"{file}:{number}: the quoted text cannot be read ({exc})") from exc
