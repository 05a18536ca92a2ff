"""``docinspect open PATH…``: open the app with packs added to the library (as a desktop file
association would)."""

from __future__ import annotations

import argparse
from pathlib import Path

from docinspect.cli.common import EXIT_UNUSABLE, fail
from docinspect.cli.language import tr
from docinspect.packs import pack_kind


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "open",
        help="open the app with these packs in the library",
        description="Open the DocInspect app and add each pack (a folder or a .zip file) to "
        "the library. A pack that cannot be read is shown with its problems in the app. "
        "Exit 2 when a PATH is not a folder or zip file.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", type=Path, help="a pack folder or .zip")
    parser.set_defaults(func=_open)


def _open(args: argparse.Namespace) -> int:
    missing = [path for path in args.paths if pack_kind(path) is None]
    for path in missing:
        fail(tr("{path}: not a folder or a zip file").format(path=path))
    if missing:
        return EXIT_UNUSABLE
    from docinspect.cli import display_problem  # the same check as `docinspect` alone

    problem = display_problem()
    if problem:
        return fail(problem)
    from docinspect.ui.app import run_app  # Qt is loaded only when the app opens.

    return run_app(["docinspect", *(str(p) for p in args.paths)])
