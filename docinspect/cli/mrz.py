"""``docinspect mrz check``: read an MRZ and judge every field and check digit."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Final

from docinspect.cli.common import EXIT_INVALID, EXIT_OK, EXIT_UNUSABLE, fail
from docinspect.cli.language import tr
from docinspect.cli.parser import iso_date
from docinspect.model import DocumentType
from docinspect.mrz import MrzCheck, check

_LAYOUT_TITLES: Final = {
    DocumentType.TD1: "TD1 (ID card, 3 lines of 30)",
    DocumentType.TD2: "TD2 (ID card, 2 lines of 36)",
    DocumentType.TD3: "TD3 (passport, 2 lines of 44)",
    DocumentType.MRVA: "MRV-A (visa, 2 lines of 44)",
    DocumentType.MRVB: "MRV-B (visa, 2 lines of 36)",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser(
        "mrz",
        help="machine readable zones (ICAO Doc 9303)",
        description="Machine readable zones of travel documents (ICAO Doc 9303).",
    )
    group.set_defaults(func=lambda _args: _usage(group))
    commands = group.add_subparsers(dest="mrz_command", metavar="COMMAND")
    check_parser = commands.add_parser(
        "check",
        help="check every field and check digit of an MRZ",
        description="Read an MRZ (TD1, TD2, TD3, MRV-A or MRV-B), show every field and check "
        "digit, and name each failing one on stderr. Exit 0 = valid, 1 = a field or check "
        "digit is wrong, 2 = not readable as an MRZ (line count, length, characters).",
    )
    check_parser.add_argument(
        "lines",
        nargs="+",
        metavar="LINE",
        help="the 2 or 3 MRZ lines, one argument each (one argument with line breaks works too)",
    )
    check_parser.add_argument("--json", action="store_true", help="print the result as JSON")
    check_parser.add_argument(
        "--today",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date that decides the century of two-digit years (default: today)",
    )
    check_parser.set_defaults(func=run_check)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_UNUSABLE


def run_check(args: argparse.Namespace) -> int:
    lines = [part.strip() for arg in args.lines for part in arg.splitlines() if part.strip()]
    result = check(lines, today=args.today)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    elif result.usable:
        print(format_check(result))
    for problem in result.problems:
        fail(tr(problem))
    if result.valid:
        return EXIT_OK
    return EXIT_INVALID if result.usable else EXIT_UNUSABLE


def format_check(result: MrzCheck) -> str:
    """The human table: the layout, every field, every check digit, and the verdict."""
    assert result.document_type is not None
    ok, failed_mark = tr("ok"), tr("FAILED")
    out = [tr(_LAYOUT_TITLES[result.document_type]), ""]
    field_rows = [
        (tr(f.name), str(f.line), str(f.position), f.printed, f.value, ok if f.ok else failed_mark)
        for f in result.fields
    ]
    header = (tr("field"), tr("line"), tr("pos"), tr("printed"), tr("value"), "")
    out += _table(header, field_rows)
    out.append("")
    digit_rows = [
        (
            tr(c.name),
            str(c.line),
            str(c.position),
            c.printed,
            c.expected,
            ok if c.ok else failed_mark,
        )
        for c in result.check_digits
    ]
    header = (tr("check digit"), tr("line"), tr("pos"), tr("printed"), tr("expected"), "")
    out += _table(header, digit_rows)
    out.append("")
    failed = len(result.problems)
    verdict = tr("INVALID: {n} problem") if failed == 1 else tr("INVALID: {n} problems")
    out.append(tr("valid") if result.valid else verdict.format(n=failed))
    return "\n".join(out)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
