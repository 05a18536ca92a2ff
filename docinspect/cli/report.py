"""``docinspect report ...``: PDF reports per trainee and per cohort, CSV export of attempts.

Exit codes: 0 written; 2 unusable input (unknown trainee or cohort, bad date, no database,
unwritable output). Messages go to stderr, one per problem.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import sqlalchemy as sa

from docinspect.cli.common import EXIT_OK, EXIT_UNUSABLE, fail
from docinspect.reports.language import report_language, tr


class _UsageError(ValueError):
    """Input the command cannot use; the message is for the user."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="PDF reports of trainees and cohorts, CSV export of attempts",
        description="Reports from the attempt log. Dates are YYYY-MM-DD in UTC; --to includes "
        "the whole day. A cohort is the trainees whose profile names it (see docs/analytics.md).",
    )
    commands = parser.add_subparsers(dest="report_command", metavar="SUBCOMMAND")

    trainee = commands.add_parser("trainee", help="PDF report of one trainee")
    trainee.add_argument("--trainee", required=True, metavar="ID", help="trainee id or exact name")
    _common(trainee, out_help="PDF file to write")
    _language_option(trainee)
    trainee.set_defaults(func=trainee_command)

    cohort = commands.add_parser("cohort", help="PDF report of a cohort for its instructor")
    who = cohort.add_mutually_exclusive_group(required=True)
    who.add_argument("--cohort", metavar="NAME", help="cohort name")
    who.add_argument(
        "--trainees", metavar="ID,ID,...", help="comma-separated trainee ids or exact names"
    )
    who.add_argument("--all", action="store_true", help="every trainee in the database")
    cohort.add_argument("--title", metavar="TEXT", help="title on the report (default: the name)")
    _common(cohort, out_help="PDF file to write")
    _language_option(cohort)
    cohort.set_defaults(func=cohort_command)

    export = commands.add_parser(
        "attempts", help="CSV export of attempts (columns: docs/analytics.md)"
    )
    export.add_argument(
        "--trainee", action="append", metavar="ID", help="only this trainee (repeatable)"
    )
    export.add_argument("--cohort", metavar="NAME", help="only this cohort")
    _common(export, out_help="CSV file to write")
    export.set_defaults(func=attempts_command)

    items = commands.add_parser(
        "items", help="CSV of item analysis: every question and specimen template"
    )
    who = items.add_mutually_exclusive_group(required=True)
    who.add_argument("--cohort", metavar="NAME", help="cohort name")
    who.add_argument("--all", action="store_true", help="every trainee in the database")
    _common(items, out_help="CSV file to write")
    items.set_defaults(func=items_command)

    cohorts = commands.add_parser("cohorts", help="list cohorts and their sizes")
    cohorts.add_argument("--db", metavar="URL", help="database URL (default: your own database)")
    _user_option(cohorts)
    cohorts.set_defaults(func=cohorts_command)
    parser.set_defaults(func=lambda args: _help(parser))


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_UNUSABLE


def _common(parser: argparse.ArgumentParser, *, out_help: str) -> None:
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day, included (YYYY-MM-DD)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help=out_help)
    parser.add_argument("--db", metavar="URL", help="database URL (default: your own database)")
    _user_option(parser)


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("en", "ru", "bg"),
        help="language of the report (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, "
        "as gettext reads them; English when none names Russian or Bulgarian)",
    )


def _user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="your user name, where the database has accounts: an instructor for every "
        "report, or a trainee for their own (password asked, or DOCINSPECT_PASSWORD)",
    )


# --- commands ------------------------------------------------------------------------------


def trainee_command(args: argparse.Namespace) -> int:
    from docinspect.analytics.queries import trainee_dashboard_from_store
    from docinspect.reports.trainee_pdf import write_trainee_pdf

    def run(store) -> str:
        trainee_id = _trainee_id(store, args.trainee)
        _may_read(args, trainee_id)
        dash = trainee_dashboard_from_store(store, trainee_id, period=_period(args))
        with report_language(args.lang):
            write_trainee_pdf(dash, args.out)
        return tr("wrote {file}: {name}, {attempts} attempts").format(
            file=args.out, name=dash.name, attempts=dash.overall.total
        )

    return _run(args, run)


def cohort_command(args: argparse.Namespace) -> int:
    from docinspect.reports.cohort_pdf import write_cohort_pdf

    def run(store) -> str:
        period = _period(args)
        with report_language(args.lang):
            analysis = _cohort_analysis(store, args, period)
            write_cohort_pdf(analysis, args.out)
        return tr(
            "wrote {file}: {trainees} trainees, {attempts} attempts, {flagged} items flagged"
        ).format(
            file=args.out,
            trainees=len(analysis.trainees),
            attempts=analysis.overall.total,
            flagged=len(analysis.flagged_items),
        )

    return _run(args, run)


def _cohort_analysis(store, args: argparse.Namespace, period):
    """The cohort the options name: given trainees, every trainee, or a named cohort."""
    from docinspect.analytics.queries import cohort_analysis_from_store

    if args.trainees:
        ids = [_trainee_id(store, part) for part in args.trainees.split(",") if part.strip()]
        if not ids:
            raise _UsageError(tr("--trainees: no trainee given"))
        analysis = cohort_analysis_from_store(
            store, trainee_ids=ids, name=args.title, period=period
        )
    elif args.all:
        analysis = cohort_analysis_from_store(
            store, name=args.title or tr("All trainees"), period=period
        )
    else:
        _known_cohort(store, args.cohort)
        analysis = cohort_analysis_from_store(
            store, cohort=args.cohort, name=args.title, period=period
        )
    return analysis


def attempts_command(args: argparse.Namespace) -> int:
    from docinspect.reports.attempts_csv import attempt_rows, write_attempts_csv

    def run(store) -> str:
        ids = [_trainee_id(store, t) for t in args.trainee] if args.trainee else None
        rows = attempt_rows(store, trainee_ids=ids, cohort=args.cohort, period=_period(args))
        count = write_attempts_csv(args.out, rows)
        return tr("wrote {file}: {count} attempts").format(file=args.out, count=count)

    return _run(args, run)


def items_command(args: argparse.Namespace) -> int:
    from docinspect.analytics.queries import cohort_item_analysis_from_store
    from docinspect.reports.attempts_csv import ITEM_COLUMNS, item_rows, write_csv

    def run(store) -> str:
        if args.cohort is not None:
            _known_cohort(store, args.cohort)
        analysis = cohort_item_analysis_from_store(store, cohort=args.cohort, period=_period(args))
        count = write_csv(args.out, ITEM_COLUMNS, item_rows(analysis))
        return tr("wrote {file}: {count} items, {flagged} flagged").format(
            file=args.out, count=count, flagged=len(analysis.flagged_items)
        )

    return _run(args, run)


def _known_cohort(store, name: str) -> None:
    from docinspect.analytics.queries import cohort_names

    known = dict(cohort_names(store))
    if name not in known:
        listed = ", ".join(sorted(known)) or tr("none yet")
        raise _UsageError(
            tr("--cohort: no cohort named {name} (cohorts: {listed})").format(
                name=repr(name), listed=listed
            )
        )


def cohorts_command(args: argparse.Namespace) -> int:
    from docinspect.analytics.queries import cohort_names

    def run(store) -> str:
        rows = cohort_names(store)
        if not rows:
            return tr("no cohorts (a trainee's profile names its cohort)")
        return "\n".join(
            f"{name}\t" + (tr("{n} trainee") if n == 1 else tr("{n} trainees")).format(n=n)
            for name, n in rows
        )

    return _run(args, run)


# --- shared --------------------------------------------------------------------------------


def _run(args: argparse.Namespace, body) -> int:
    """Open the database, check who asks (where it has accounts), run ``body(store)``, print
    its message; errors become exit 2."""
    # Every message of the command, its errors too, in the report's language.
    with report_language(getattr(args, "lang", None)):
        return _run_in_language(args, body)


def _run_in_language(args: argparse.Namespace, body) -> int:
    from docinspect.reports.layout import ReportError
    from docinspect.store import StoreError

    try:
        store = _open(args.db)
    except (StoreError, _UsageError) as exc:
        return fail(str(exc))
    try:
        args.login = _sign_in(store, args)
        # A trainee may print their own report and nothing else.
        login = args.login
        if login is not None and not login.is_instructor and args.report_command != "trainee":
            raise PermissionError(tr("a trainee may write only their own trainee report"))
        print(body(store))
    except PermissionError as exc:
        return fail(tr("refused: {reason}").format(reason=exc))
    except (_UsageError, ReportError, StoreError) as exc:
        return fail(str(exc))
    finally:
        store.close()
    return EXIT_OK


def _sign_in(store, args: argparse.Namespace):
    """The login of ``--user`` where the database has instructor accounts, else None.

    Reports hold every trainee's results: where the class has accounts, only an instructor
    (or a trainee, for their own report) may write them, as in the app.
    """
    from docinspect.classroom import NotAllowed
    from docinspect.classroom.app_access import has_account_tables
    from docinspect.classroom.classroom import Classroom

    if not has_account_tables(store):
        return None
    room = Classroom(store)
    if not room.has_instructor():
        return None
    if not getattr(args, "user", None):
        raise PermissionError(
            tr("this database has instructor accounts; give --user and your password")
        )
    from docinspect.cli.classroom import _login

    try:
        return _login(room, args.user)
    except NotAllowed as exc:
        raise PermissionError(str(exc)) from None


def _may_read(args: argparse.Namespace, trainee_id: uuid.UUID) -> None:
    login = getattr(args, "login", None)
    if login is not None and not login.is_instructor and login.trainee_id != trainee_id:
        raise PermissionError(tr("a trainee may write only their own report"))


def _open(url: str | None):
    """The store at ``url`` (default: the user's database); a missing SQLite file is an error,
    not a new empty database."""
    from docinspect.store import open_store
    from docinspect.userdata import database_url

    url = url or database_url()
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        raise _UsageError(tr("--db: {url} is not a database URL").format(url=repr(url))) from None
    if parsed.get_backend_name() == "sqlite":
        file = parsed.database or ""
        if not file or file == ":memory:" or not Path(file).is_file():
            raise _UsageError(
                tr("no database at {where} (nothing recorded yet?)").format(where=file or url)
            )
    return open_store(url)


def _trainee_id(store, text: str) -> uuid.UUID:
    """A trainee by id, or by exact name when that name is unique."""
    found = store.find_trainees(text)
    text = text.strip()
    if not found:
        raise _UsageError(tr("--trainee: no trainee {name}").format(name=repr(text)))
    if len(found) > 1:
        ids = ", ".join(str(i) for i in found)
        raise _UsageError(
            tr("--trainee: {n} trainees are named {name}; use an id ({ids})").format(
                n=len(found), name=repr(text), ids=ids
            )
        )
    return found[0]


def _period(args: argparse.Namespace):
    from docinspect.analytics.queries import Period

    start = _day(args.start, "--from")
    end = _day(args.end, "--to")
    if start and end and end < start:
        raise _UsageError(
            tr("--to {end} is before --from {start}").format(end=args.end, start=args.start)
        )
    return Period(
        start=datetime.combine(start, time(0), UTC) if start else None,
        # --to names the last day included: the period ends at the next midnight.
        end=datetime.combine(end + timedelta(days=1), time(0), UTC) if end else None,
    )


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _UsageError(
            tr("{option}: {text} is not a date (YYYY-MM-DD)").format(option=option, text=repr(text))
        ) from None
