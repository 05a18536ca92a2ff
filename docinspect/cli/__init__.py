"""The ``docinspect`` command: no arguments opens the app; subcommands work without a display.

Exit codes: 0 = ok, 1 = checked and found invalid, 2 = unusable input or usage.
Messages go to stderr, one per problem; a user never sees a traceback (it goes to the log).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Final

from docinspect.cli.common import EXIT_UNUSABLE, EscapedStream, fail
from docinspect.cli.language import tr
from docinspect.cli.parser import Parser
from docinspect.userdata import log_file

#: Every subcommand: the module under docinspect.cli whose ``register(subparsers)`` adds it (and
#: sets ``func``, args -> exit code), and its one-line help for ``docinspect --help``. Only the
#: module of the command asked for is imported: listing the commands, or checking an MRZ, does
#: not load the database layer, the renderer or the generator (1 s on a classroom PC).
COMMANDS: Final = {
    "mrz": ("mrz", "machine readable zones (ICAO Doc 9303)"),
    "exercise": ("exercise", "check exercise files"),
    "pack": ("pack", "validate a pack or list its specimens"),
    "open": ("app", "open the app with these packs in the library"),
    "generate": ("generate", "generate a pack of synthetic genuine and forged specimens"),
    "render": ("render", "draw a specimen under a light (and optionally the loupe) to a PNG"),
    "report": ("report", "PDF reports of trainees and cohorts, CSV export of attempts"),
    "classroom": ("classroom", "instructor accounts, cohorts, assignments"),
    "bundle": ("classroom", "carry an offline seat's results to the class"),
    "lesson": ("lesson", "check lesson plan files"),
    "chip": ("chip", "the chip of electronic documents (ICAO Doc 9303)"),
}
#: The command modules, in the order ``docinspect --help`` lists their commands.
COMMAND_MODULES: Final = tuple(dict.fromkeys(module for module, _help in COMMANDS.values()))


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for ``command`` (its module registers it in full), or with every command
    listed by name and help only (for ``--help`` and a mistyped command), when it is None or
    not a command. ``all`` registers every module in full (tests)."""
    parser = Parser(
        prog="docinspect",
        description="DocInspect: a trainer for inspecting travel documents. "
        "Without a command, opens the app.",
    )
    parser.add_argument(
        "-V", "--version", action="store_true", help="show the version and the data folder"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command == "all":
        for name in COMMAND_MODULES:
            importlib.import_module(f"docinspect.cli.{name}").register(subparsers)
    elif command in COMMANDS:
        importlib.import_module(f"docinspect.cli.{COMMANDS[command][0]}").register(subparsers)
    else:
        for name, (_module, help_text) in COMMANDS.items():
            subparsers.add_parser(name, help=help_text)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        problem = display_problem()
        if problem:
            return fail(problem)
        from docinspect.ui.app import run_app  # Qt is loaded only when the app opens.

        return run_app()
    if args_list in (["--version"], ["-V"]):
        print(version_text())
        return 0
    parser = build_parser(args_list[0])
    args = parser.parse_args(args_list)
    if getattr(args, "version", False):
        print(version_text())
        return 0
    if not hasattr(args, "func"):
        parser.print_help(sys.stderr)
        return EXIT_UNUSABLE
    real = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapedStream(real[0]), EscapedStream(real[1])
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return fail(tr("interrupted"))
    except BrokenPipeError:
        # The reader went away (`docinspect pack info X | head`): not an error of ours.
        _silence_stdout()
        return 0
    except Exception as exc:  # a bug: full report in the log, one line for the user
        _log_unexpected(exc)
        return fail(
            tr("internal error: {error} (details in {log})").format(error=exc, log=log_file())
        )
    finally:
        sys.stdout, sys.stderr = real


def version_text() -> str:
    """What ``docinspect --version`` prints: the version and where this user's data lives (an
    instructor upgrading a classroom PC needs both)."""
    from docinspect import __version__
    from docinspect.userdata import data_dir, database_url

    url = _PASSWORD_IN_URL.sub(r"\1***@", database_url())
    return tr("DocInspect {version}\ndata folder: {folder}\nresults database: {url}").format(
        version=__version__, folder=data_dir(), url=url
    )


_PASSWORD_IN_URL: Final = re.compile(r"(://[^:/@]+:)[^@]*@")


def _silence_stdout() -> None:
    """Point stdout at devnull, so the interpreter's final flush does not complain again."""
    with contextlib.suppress(OSError, ValueError):  # stdout may not be a real file
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def display_problem() -> str | None:
    """Why the app cannot open a window here, or None.

    Without this, Qt aborts the process with a fatal message about the "xcb" plugin.
    """
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return tr(
        "no display to open the app on (DISPLAY is not set). Run it from a desktop session; "
        "the subcommands (see docinspect --help) work without one."
    )


def _log_unexpected(exc: BaseException) -> None:
    """Append the full traceback to the log file (logging's root config is not ours to take)."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(exc))
    try:
        with log_file().open("a", encoding="utf-8") as log:
            log.write(f"{stamp} docinspect {' '.join(sys.argv[1:])}\n{text}\n")
    except OSError:
        pass


if __name__ == "__main__":
    sys.exit(main())
