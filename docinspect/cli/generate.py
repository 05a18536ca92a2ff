"""``docinspect generate``: write a pack of synthetic genuine and forged specimens."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from docinspect.cli.common import EXIT_OK, EXIT_UNUSABLE, fail
from docinspect.cli.language import problem_line, tr
from docinspect.packs import PackWriteError
from docinspect.synth.forgeries import METHODS
from docinspect.synth.generate import (
    DEFAULT_ISSUER_ERRORS,
    DEFAULT_WEAR,
    DOC_TYPES,
    check_options,
    generate_pack,
)
from docinspect.synth.profiles import PROFILES
from docinspect.synth.states import POLYCARBONATE, STATES

#: States whose passports have a polycarbonate data page (named in --state's help).
POLYCARBONATE_PAGES = tuple(c for c in sorted(STATES) if STATES[c].passport_page == POLYCARBONATE)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="generate a pack of synthetic genuine and forged specimens",
        description=tr(
            "Generate synthetic passport data pages (td3), ID card fronts (td2, td1), "
            "TD1 card backs with their three-line MRZ (td1-back: back N of a pack is the back of "
            "front N of the td1 pack with the same seed, count and forged share) or "
            "visa stickers (mrva) or passport booklets (td3-booklet: the data page and its visa "
            "pages) of fictional states, genuine, forged by a known method or presented "
            "by an impostor, and write them as a pack. The "
            "same seed gives the same pack. Forged specimens are made by forgers' profiles, "
            "each leaving all the traces of its production: {profiles}. Single forgery methods "
            "(drills of one indicator): {methods}."
        ).format(profiles=", ".join(PROFILES), methods=", ".join(METHODS)),
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="PACK",
        help="pack to write: a folder, or a .zip file",
    )
    parser.add_argument(
        "--type",
        dest="doc_type",
        default="td3",
        metavar="TYPE",
        help=tr("document type: {types} (default td3)").format(types=", ".join(DOC_TYPES)),
    )
    parser.add_argument(
        "--state",
        default=None,
        metavar="CODE",
        help=tr(
            "issuing state of every specimen: {states} (default: the state each seed draws); "
            "a passport's data page is paper or polycarbonate as its state's design says "
            "({pc}: polycarbonate), and the methods that fit follow it"
        ).format(states=", ".join(sorted(STATES)), pc=", ".join(POLYCARBONATE_PAGES)),
    )
    parser.add_argument(
        "--count", default="10", metavar="N", help="number of specimens (default 10)"
    )
    parser.add_argument("--seed", default="0", metavar="S", help="random seed (default 0)")
    parser.add_argument(
        "--forged-share",
        default="0.5",
        metavar="F",
        help="share of forged specimens, 0–1 (default 0.5)",
    )
    parser.add_argument(
        "--methods",
        default=None,
        metavar="M1,M2",
        help="single forgery methods instead of profiles, comma-separated: each forged "
        "specimen carries one method's traces only (drills)",
    )
    parser.add_argument(
        "--profiles",
        default=None,
        metavar="P1,P2",
        help="forgers' profiles to deal out, comma-separated (default: all that fit the type; "
        "not with --methods)",
    )
    parser.add_argument(
        "--subtlety",
        default="0.5",
        metavar="X",
        help="how hard the forgeries are to spot: 0 obvious … 1 expert (default 0.5)",
    )
    parser.add_argument(
        "--wear",
        default=str(DEFAULT_WEAR),
        metavar="W",
        help=tr(
            "benign flaws (worn corners, scratches, dirt, faded UV, misregistration) on "
            "genuine and forged documents alike, 0 none … 1 many (default {default})"
        ).format(default=f"{DEFAULT_WEAR:g}"),
    )
    parser.add_argument(
        "--issuer-errors",
        default=str(DEFAULT_ISSUER_ERRORS),
        metavar="R",
        help=tr(
            "share of issuer-personalised documents with a rare genuine issuer error (data "
            "printed askew, a field outside the MRZ misspelt), not a forgery sign "
            "(default {default})"
        ).format(default=f"{DEFAULT_ISSUER_ERRORS:g}"),
    )
    parser.add_argument("--jobs", default="1", metavar="N", help="worker processes (default 1)")
    parser.set_defaults(func=run_generate)


def _number(text: str, name: str, kind: type, problems: list[str]):
    try:
        return kind(text)
    except ValueError:
        sentence = (
            tr("{value} is not a whole number") if kind is int else tr("{value} is not a number")
        )
        problems.append(f"--{name}: " + sentence.format(value=repr(text)))
        return None


def run_generate(args: argparse.Namespace) -> int:
    problems: list[str] = []
    count = _number(args.count, "count", int, problems)
    seed = _number(args.seed, "seed", int, problems)
    share = _number(args.forged_share, "forged-share", float, problems)
    subtlety = _number(args.subtlety, "subtlety", float, problems)
    jobs = _number(args.jobs, "jobs", int, problems)
    wear = _number(args.wear, "wear", float, problems)
    issuer_errors = _number(args.issuer_errors, "issuer-errors", float, problems)
    methods = None
    if args.methods is not None:
        methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    state = args.state.strip().upper() if args.state is not None else None
    profiles = None
    if args.profiles is not None:
        profiles = [p.strip() for p in args.profiles.split(",") if p.strip()]
    # Check the rest too (with stand-ins for unreadable numbers) so every problem is named.
    problems += [
        f"--{tr(p)}"
        for p in check_options(
            doc_type=args.doc_type,
            count=1 if count is None else count,
            forged_share=0.5 if share is None else share,
            methods=methods,
            subtlety=0.5 if subtlety is None else subtlety,
            jobs=1 if jobs is None else jobs,
            profiles=profiles,
            wear=0.0 if wear is None else wear,
            issuer_errors=0.0 if issuer_errors is None else issuer_errors,
            state=state,
        )
    ]
    if seed is not None and seed < 0:
        problems.append("--seed: " + tr("{n} is negative").format(n=seed))
    if problems:
        for p in problems:
            fail(p)
        return EXIT_UNUSABLE
    bar = _ProgressBar(sys.stderr)
    try:
        out = generate_pack(
            args.out,
            doc_type=args.doc_type,
            count=count,
            seed=seed,
            forged_share=share,
            methods=methods,
            profiles=profiles,
            wear=wear,
            issuer_errors=issuer_errors,
            subtlety=subtlety,
            jobs=jobs,
            state=state,
            progress=bar.update,
        )
    except PackWriteError as exc:
        bar.finish()
        for p in exc.problems:
            fail(problem_line(p))
        if not exc.problems:
            fail(tr(exc.args[0] if exc.args else str(exc)))
        return EXIT_UNUSABLE
    bar.finish()
    wrote = tr("wrote {n} specimen to {out}") if count == 1 else tr("wrote {n} specimens to {out}")
    print(wrote.format(n=count, out=out))
    return EXIT_OK


class _ProgressBar:
    """A one-line progress bar on a terminal; one line per 10 % when not a terminal."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._start = time.monotonic()
        self._last_decile = -1

    def update(self, done: int, total: int) -> None:
        share = done / total if total else 1.0
        if self._tty:
            width = 30
            filled = round(width * share)
            elapsed = time.monotonic() - self._start
            self._stream.write(
                f"\r{tr('generating')} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                + tr("{seconds} s").format(seconds=f"{elapsed:5.1f}")
            )
            self._stream.flush()
        elif int(share * 10) > self._last_decile:
            self._last_decile = int(share * 10)
            self._stream.write(f"{tr('generating')}: {done}/{total}\n")
            self._stream.flush()

    def finish(self) -> None:
        if self._tty:
            self._stream.write("\n")
            self._stream.flush()
