"""Exit codes and message helpers shared by the subcommands."""

from __future__ import annotations

import sys
from typing import Final, TextIO

from docinspect.cli.language import problem_line, tr
from docinspect.i18n import os_reason as system_reason

EXIT_OK: Final = 0
EXIT_INVALID: Final = 1  # checked and found invalid
EXIT_UNUSABLE: Final = 2  # unusable input or usage


class CommandFailed(Exception):
    """A subcommand stops with this exit code (its message was already printed)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def open_pack_specimen(path, specimen_id: str):
    """(pack, specimen) of ``docinspect … PACK SPECIMEN_ID``; on a missing path, an invalid
    pack or an unknown id, prints why and raises CommandFailed(2). The pack layer is imported
    here, not at the top, so commands that need no pack start fast."""
    from docinspect.packs import PackReadError, read_pack

    if not path.exists():
        raise CommandFailed(fail(tr("{path}: no such file or folder").format(path=path)))
    try:
        pack = read_pack(path, verify_images=False)
    except PackReadError as exc:
        for problem in exc.problems:
            print(f"docinspect: {path}: {problem_line(problem)}", file=sys.stderr)
        raise CommandFailed(fail(tr("{path}: not a valid pack").format(path=path))) from None
    known = [s.id for s in pack.specimens]
    if specimen_id not in known:
        listed = ", ".join(known[:10]) + (" …" if len(known) > 10 else "")
        raise CommandFailed(
            fail(
                tr("{path}: no specimen {id} (specimens: {listed})").format(
                    path=path, id=repr(specimen_id), listed=listed
                )
            )
        )
    return pack, pack.specimen(specimen_id)


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, in the user's language for the usual reasons."""
    return tr(system_reason(exc))


def fail(message: str, *, code: int = EXIT_UNUSABLE) -> int:
    """Print one problem to stderr as ``docinspect: message`` and return the exit code."""
    print(f"docinspect: {message}", file=sys.stderr)
    return code


#: Characters a name or file may hold that a terminal would act on rather than show: C0/C1
#: controls (ESC starts a terminal command) and bidirectional overrides (they make a name read
#: as another). Newline, tab and carriage return (the progress bar) are the CLI's own.
_KEPT_CONTROLS: Final = frozenset("\n\t\r")
_BIDI: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def shown(text: str) -> str:
    """``text`` with every control or bidi character written as a visible escape (``\\x1b``)."""
    if text.isprintable() and not _BIDI.intersection(text):
        return text
    out = []
    for c in text:
        code = ord(c)
        if c in _KEPT_CONTROLS:
            out.append(c)
        elif code < 32 or 127 <= code < 160:
            out.append(f"\\x{code:02x}")
        elif c in _BIDI:
            out.append(f"\\u{code:04x}")
        else:
            out.append(c)
    return "".join(out)


class EscapedStream:
    """A text stream that writes through ``shown``: whatever a database or file holds, what
    reaches the instructor's terminal is text, never a terminal command."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(shown(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
