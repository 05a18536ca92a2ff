"""``docinspect lesson ...``: check lesson plan files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docinspect.cli.common import EXIT_INVALID, EXIT_OK, EXIT_UNUSABLE, fail
from docinspect.cli.language import problem_line, tr
from docinspect.model.lesson_plan import (
    SUFFIX,
    LessonPlanError,
    lesson_plan_files,
    read_lesson_plan,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("lesson", help="check lesson plan files")
    parser.set_defaults(func=lambda _args: _help(parser))
    commands = parser.add_subparsers(dest="lesson_command", metavar="SUBCOMMAND")
    validate = commands.add_parser(
        "validate",
        help=tr("check a lesson plan file, or every *{suffix} in a folder").format(suffix=SUFFIX),
        description="Check lesson plans strictly, including that exercise steps name exercises "
        "of the built-in curriculum (or of the packs given with --pack). Exit 0 if all are valid, 1 if any problem was found (one "
        "line per problem on stderr), 2 if PATH cannot be used.",
    )
    validate.add_argument(
        "path", metavar="PATH", type=Path, help="a lesson plan file, or a folder of them"
    )
    validate.add_argument(
        "--pack",
        action="append",
        default=[],
        type=Path,
        metavar="PACK",
        help="a pack whose exercises the plan may name (repeatable)",
    )
    validate.set_defaults(func=validate_command)


def validate_command(args: argparse.Namespace) -> int:
    from docinspect.training.exercise_files import builtin_exercises

    path: Path = args.path
    if path.is_dir():
        files = lesson_plan_files(path)
        if not files:
            return fail(
                tr("{path}: no lesson plan files (*{suffix}) in this folder").format(
                    path=path, suffix=SUFFIX
                )
            )
    elif path.is_file():
        files = [path]
    else:
        return fail(tr("{path}: no such file or folder").format(path=path))
    from docinspect.packs import PackError, read_pack
    from docinspect.training.catalogue import Catalogue

    packs = []
    for pack_path in args.pack:
        try:
            packs.append(read_pack(pack_path, verify_images=False))
        except (PackError, OSError) as exc:
            return fail(
                tr("{path}: cannot be read as a pack: {reason}").format(
                    path=pack_path, reason=tr(exc.args[0] if exc.args else str(exc))
                )
            )
    ids = {e.id for e in Catalogue(builtin_exercises(), packs).entries}
    problems = []
    for file in files:
        try:
            read_lesson_plan(file, exercise_ids=ids)
        except LessonPlanError as exc:
            problems.extend(exc.problems)
    for problem in problems:
        print(f"docinspect: {problem_line(problem)}", file=sys.stderr)
    if problems:
        return EXIT_INVALID
    n = len(files)
    print((tr("{n} lesson plan valid") if n == 1 else tr("{n} lesson plans valid")).format(n=n))
    return EXIT_OK


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_UNUSABLE
