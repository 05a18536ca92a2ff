"""``docinspect exercise ...``: check exercise files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docinspect.cli.common import EXIT_INVALID, EXIT_OK, fail
from docinspect.cli.language import problem_line, tr
from docinspect.model.exercise import ExerciseError
from docinspect.training.exercise_files import SUFFIX, read_exercise_file, read_exercise_folder


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("exercise", help="check exercise files")
    commands = parser.add_subparsers(dest="exercise_command", metavar="SUBCOMMAND")
    validate = commands.add_parser(
        "validate",
        help="check an exercise file, or every *.json under a folder",
        description="Check exercise files strictly. Exit 0 if all are valid, 1 if any problem "
        "was found (one line per problem on stderr), 2 if PATH cannot be used.",
    )
    validate.add_argument(
        "path", metavar="PATH", type=Path, help="an exercise file, or a folder of them"
    )
    validate.set_defaults(func=validate_command)
    practice = commands.add_parser(
        "practice",
        help="open the practice window (built-in curriculum, exams, history)",
        description="Open the practice and exam window. The results database is the user's "
        "own unless --db names another (e.g. a classroom's PostgreSQL server); exit 2 when it "
        "cannot be opened. On a server the window is a classroom seat: the trainee signs in, "
        "and answers are kept on this computer when the server cannot be reached.",
    )
    practice.add_argument(
        "--db", metavar="URL", help="database URL, e.g. postgresql+psycopg://user@host/db"
    )
    practice.set_defaults(func=practice_command)


def validate_command(args: argparse.Namespace) -> int:
    path: Path = args.path
    if path.is_dir():
        result = read_exercise_folder(path)
        if not result.exercises and not result.problems:
            return fail(
                tr("{path}: no exercise files (*{suffix}) in this folder").format(
                    path=path, suffix=SUFFIX
                )
            )
        problems = result.problems
        count = len(result.exercises)
    elif path.is_file():
        try:
            read_exercise_file(path)
        except ExerciseError as exc:
            problems = exc.problems
            count = 0
        else:
            problems = ()
            count = 1
    else:
        return fail(tr("{path}: no such file or folder").format(path=path))
    for problem in problems:
        print(f"docinspect: {problem_line(problem)}", file=sys.stderr)
    if problems:
        return EXIT_INVALID
    print((tr("{n} exercise valid") if count == 1 else tr("{n} exercises valid")).format(n=count))
    return EXIT_OK


def practice_command(args: argparse.Namespace) -> int:
    from docinspect.classroom.seat_files import is_class_server
    from docinspect.cli import display_problem
    from docinspect.store import StoreError, open_store

    problem = display_problem()
    if problem:
        return fail(problem)
    from docinspect.userdata import database_url

    url = args.db or database_url()
    if is_class_server(url):
        # A classroom seat: it opens even when the class server cannot be reached (answers
        # are kept on this computer and sent when it is back).
        from docinspect.ui.app import run_practice

        return run_practice(url=url)
    try:
        store = open_store(url)  # migrate before any window: a bad URL is a plain message
    except StoreError as exc:
        return fail(tr(exc.args[0] if exc.args else str(exc)))
    from docinspect.ui.app import run_practice  # Qt is loaded only when the window opens.

    return run_practice(store)
