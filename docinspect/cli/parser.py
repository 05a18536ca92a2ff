"""``docinspect``'s argument parser: argparse, speaking the environment's language.

argparse writes its own texts ("usage: ", "error: ", "the following arguments are required:
…", "invalid choice: …") through ``gettext.gettext``, bound as the module's ``_`` when it is
imported, and our help texts and descriptions as they were given. ``Parser`` translates both
(decision 0032):

- our texts: a description when the parser is made, every help text when it is formatted
  (``HelpFormatter``), through ``cli/language.tr``; option names and metavars stay as they are;
- argparse's texts: while a ``Parser`` is made, parses or formats, argparse's ``_`` and
  ``ngettext`` are ours (the same catalogue, argparse's English as msgid), and put back after.
  Copying argparse's parsing to change its messages would fork the standard library; this is
  the one hook it has, and it is held only inside our own calls.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from datetime import date
from typing import NoReturn

from docinspect.cli.language import tr


def _ngettext(singular: str, plural: str, n: int) -> str:
    # Our translations say "noun: n" where a number's form would change the noun.
    return tr(singular if n == 1 else plural)


@contextlib.contextmanager
def argparse_in_our_language() -> Iterator[None]:
    """argparse's own texts through our catalogue while the block runs."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = tr, _ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class HelpFormatter(argparse.HelpFormatter):
    """Help texts translated when they are shown."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return tr(action.help) if action.help else action.help


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose every text, argparse's and ours, is in the environment's
    language. Subcommands' parsers are Parsers too (argparse makes them of the parent's class)."""

    def __init__(self, *args, description: str | None = None, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        with argparse_in_our_language():  # "positional arguments", "options", -h's help
            super().__init__(*args, description=tr(description) if description else None, **kwargs)

    def parse_known_args(self, *args, **kwargs):
        with argparse_in_our_language():
            return super().parse_known_args(*args, **kwargs)

    def parse_args(self, *args, **kwargs):
        with argparse_in_our_language():  # "unrecognized arguments" is said here
            return super().parse_args(*args, **kwargs)

    def format_usage(self) -> str:
        with argparse_in_our_language():
            return super().format_usage()

    def format_help(self) -> str:
        with argparse_in_our_language():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with argparse_in_our_language():
            super().error(message)


# Value types whose refusals are sentences of ours (argparse would name the Python type:
# "invalid int value").


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("{value} is not a whole number").format(value=repr(text))
        ) from None


def number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("{value} is not a number").format(value=repr(text))
        ) from None


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("{value} is not a date (YYYY-MM-DD)").format(value=repr(text))
        ) from None
