"""The command line's own messages in the language the environment names (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG, as gettext reads them): ``tr("interrupted")`` where the English text was.

The texts live in ``assets/i18n/cli-<language>.po`` (msgid: the English text, ``{name}`` for
a value; decision 0029); argparse's own texts ("usage: ", "error: ", …) are there too, under
argparse's msgids (``cli/parser.py``). The core's messages (MRZ, chip, pack and file
problems) are ``Message`` data, translated through ``assets/i18n/messages-<language>.po``
(decision 0032): ``tr`` takes them as well. A text without a translation stays English.
``docinspect report`` has its own catalogue with the reports' texts
(docinspect/reports/language.py).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from docinspect.i18n import LANGUAGES, environment_language, message_catalogue, parse_po, translate


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[str, str]:
    if language not in LANGUAGES:
        return {}
    name = f"cli-{language}.po"
    file = resources.files("docinspect.assets").joinpath("i18n", name)
    if not file.is_file():
        return {}
    return parse_po(file.read_text("utf-8"), file=f"assets/i18n/{name}")


@lru_cache(maxsize=4)
def _everything(language: str) -> dict[str, str]:
    return {**message_catalogue(language), **_catalogue(language)}


def tr(text: str) -> str:
    """``text`` in the environment's language where a catalogue has it, else as it is; a core
    ``Message`` by its template, filled with its values."""
    return translate(text, _everything(environment_language()))


def problem_line(problem) -> str:
    """A problem (file, field, reason) as one line, its reason in the environment's language."""
    return ": ".join(
        part for part in (str(problem.file), str(problem.field), tr(problem.reason)) if part
    )
