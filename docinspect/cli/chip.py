"""``docinspect chip``: read a specimen's chip as a document reader does; export the master list."""

from __future__ import annotations

import argparse
import base64
import json
import sys
from datetime import date
from pathlib import Path

from docinspect.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_UNUSABLE,
    CommandFailed,
    fail,
    open_pack_specimen,
    os_reason,
)
from docinspect.cli.language import tr
from docinspect.cli.parser import iso_date


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser(
        "chip",
        help="the chip of electronic documents (ICAO Doc 9303)",
        description="Read the simulated chip of an electronic document, as an inspection "
        "system does: access with the MRZ, then passive authentication.",
    )
    group.set_defaults(func=lambda _args: _usage(group))
    commands = group.add_subparsers(dest="chip_command", metavar="COMMAND")
    read = commands.add_parser(
        "read",
        help="read a specimen's chip and authenticate it",
        description="Read the chip of SPECIMEN_ID in PACK with the access key of its printed "
        "MRZ (or --mrz), and print what a reader shows: access, data groups, EF.SOD's "
        "signature, the Document Signer's chain to the CSCA, validity, revocation, and DG1 "
        "against the printed MRZ. Exit 0 = authenticated and matching the page, 1 = no chip, "
        "access refused or authentication failed, 2 = unusable input.",
    )
    read.add_argument("pack", type=Path, metavar="PACK", help="pack folder or .zip file")
    read.add_argument("specimen_id", metavar="SPECIMEN_ID", help="the specimen's id in the pack")
    read.add_argument(
        "--mrz",
        nargs="+",
        metavar="LINE",
        help="the MRZ lines to make the access key from (default: the printed MRZ)",
    )
    read.add_argument("--json", action="store_true", help="print the reading as JSON")
    read.add_argument(
        "--today",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date certificates are judged on (default: today)",
    )
    read.add_argument(
        "--face-out", type=Path, metavar="FILE", help="write DG2's face image (JPEG) to FILE"
    )
    read.set_defaults(func=run_read)
    master = commands.add_parser(
        "masterlist",
        help="write the fictional states' CSCA certificates (PEM)",
        description="Write the CSCA certificates the app trusts, as PEM, for outside tools "
        "such as `openssl cms -verify -CAfile`.",
    )
    master.add_argument("--out", type=Path, metavar="FILE", help="write to FILE (default: stdout)")
    master.set_defaults(func=run_masterlist)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_UNUSABLE


def run_read(args: argparse.Namespace) -> int:
    from docinspect.chip.reader import ChipStatus, read_chip
    from docinspect.packs.paths import UnsafePathError

    try:
        pack, specimen = open_pack_specimen(args.pack, args.specimen_id)
    except CommandFailed as stop:
        return stop.code
    if specimen.chip is None:
        print(
            tr(
                "{id}: no chip recorded for this specimen (not an electronic document, "
                "or captured without its chip)"
            ).format(id=specimen.id)
        )
        return EXIT_INVALID
    try:
        files = pack.chip_files(specimen.id)
    except UnsafePathError as exc:
        return fail(
            tr("{path}: specimen {id}: a chip file {reason}").format(
                path=args.pack, id=repr(specimen.id), reason=tr(exc.args[0] if exc.args else exc)
            )
        )
    mrz = [line for arg in args.mrz for line in arg.split()] if args.mrz else list(specimen.mrz)
    if not mrz:
        return fail(
            tr("{id}: the page has no MRZ; give the access data with --mrz").format(id=specimen.id)
        )
    answers = specimen.chip.answers
    reading = read_chip(
        files,
        mrz,
        today=args.today or date.today(),
        page_mrz=specimen.mrz or mrz,
        answers=answers,
    )
    if args.face_out and reading.face:
        try:
            args.face_out.write_bytes(reading.face)
        except OSError as exc:
            return fail(
                tr("{path}: cannot be written: {reason}").format(
                    path=args.face_out, reason=os_reason(exc)
                )
            )
    if args.json:
        print(json.dumps(_as_json(reading), indent=2))
    else:
        _print_reading(reading, specimen.id)
    ok = reading.status is ChipStatus.READ and reading.authenticated and reading.matches_page
    return EXIT_OK if ok else EXIT_INVALID


_STATUS_TEXT = {
    "no_chip": "No chip answers the reader.",
    "access_refused": "Chip access refused.",
    "not_personalised": "The chip holds no travel document (not personalised).",
    "read": "Chip read.",
}
_MARKS = {"passed": "ok", "warning": "warn", "failed": "FAIL"}


def _print_reading(reading, specimen_id: str) -> None:
    print(f"{specimen_id}: {tr(_STATUS_TEXT[reading.status.value])}")
    for check in reading.checks:
        mark = tr(_MARKS[check.outcome.value])
        print(f"  [{mark}] {_step_name(check.step)}: {tr(check.detail)}")
    if reading.mrz:
        print("  " + tr("DG1 (MRZ on the chip):"))
        for line in reading.mrz:
            print(f"    {line}")
    if reading.face:
        print("  " + tr("DG2: face image, JPEG, {n} bytes").format(n=f"{len(reading.face):,}"))
    if reading.status.value == "read":
        verdict = tr("passed") if reading.authenticated else tr("FAILED")
        print("  " + tr("Passive authentication: {verdict}").format(verdict=verdict))


def _step_name(step: str) -> str:
    """A step as the reader's screen names it (its id in --json)."""
    if step.startswith("hash:"):
        return tr("{group} hash").format(group=step.removeprefix("hash:"))
    names = {
        "access": tr("access"),
        "com": tr("contents (EF.COM)"),
        "signature": tr("EF.SOD signature"),
        "chain": tr("signer -> CSCA"),
        "chain_withdrawn": tr("signer -> CSCA"),
        "validity": tr("validity"),
        "revocation": tr("revocation"),
        "dg1_vs_mrz": tr("DG1 = printed MRZ"),
    }
    return names.get(step, step)


def _as_json(reading) -> dict:
    return {
        "status": reading.status.value,
        "authenticated": reading.authenticated,
        "matches_page": reading.matches_page,
        "checks": [
            {"step": c.step, "outcome": c.outcome.value, "detail": c.detail} for c in reading.checks
        ],
        "dg1": list(reading.mrz),
        "dg2_jpeg_base64": base64.b64encode(reading.face).decode() if reading.face else None,
        "signer": reading.signer,
    }


def run_masterlist(args: argparse.Namespace) -> int:
    from docinspect.chip.pki import master_list_pem

    pem = master_list_pem()
    if args.out:
        try:
            args.out.write_bytes(pem)
        except OSError as exc:
            return fail(
                tr("{path}: cannot be written: {reason}").format(
                    path=args.out, reason=os_reason(exc)
                )
            )
    else:
        sys.stdout.write(pem.decode("ascii"))
    return EXIT_OK
