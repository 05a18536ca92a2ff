"""The command line's own messages in the language the environment names (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG, as gettext reads them): ``tr("interrupted")`` where the English text was.

The texts live in ``assets/i18n/cli-<language>.po`` (msgid: the English text, ``{name}`` for
a value; decision 0029). A text without a translation stays English. ``docinspect report``
has its own catalogue with the reports' texts (docinspect/reports/language.py).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from docinspect.i18n import LANGUAGES, environment_language, parse_po


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[str, str]:
    if language not in LANGUAGES:
        return {}
    name = f"cli-{language}.po"
    file = resources.files("docinspect.assets").joinpath("i18n", name)
    if not file.is_file():
        return {}
    return parse_po(file.read_text("utf-8"), file=f"assets/i18n/{name}")


def tr(text: str) -> str:
    """``text`` in the environment's language where the catalogue has it, else as it is."""
    return _catalogue(environment_language()).get(text) or text
