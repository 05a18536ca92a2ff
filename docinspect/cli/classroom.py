"""``docinspect classroom ...`` and ``docinspect bundle ...``: run a class from the command line.

Passwords and passphrases are asked for on the terminal (never echoed), or read from
DOCINSPECT_PASSWORD / DOCINSPECT_PASSPHRASE when no terminal is attached (scripts, tests);
they are never command-line arguments, which other users of the machine could see.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from docinspect.cli.common import EXIT_OK, fail, os_reason
from docinspect.cli.language import tr
from docinspect.cli.parser import whole_number

_DB_HELP = (
    "database URL (default: this user's own SQLite file), e.g. postgresql+psycopg://user@host/db"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("classroom", help="instructor accounts, cohorts, assignments")
    commands = parser.add_subparsers(dest="classroom_command", metavar="SUBCOMMAND")

    def add(name: str, help_text: str, func, *, login: bool = True) -> argparse.ArgumentParser:
        p = commands.add_parser(
            name, help=help_text, description=help_text[:1].upper() + help_text[1:]
        )
        p.add_argument("--db", metavar="URL", help=_DB_HELP)
        if login:
            p.add_argument("--user", required=True, metavar="NAME", help="instructor user name")
        p.set_defaults(func=func)
        return p

    add("init", "create the database's first instructor account", init_command, login=False)
    parser_init = commands.choices["init"]
    parser_init.add_argument("--instructor", required=True, metavar="NAME", help="user name")
    p = add("add-trainee", "add a trainee, with a login when --login is given", add_trainee_command)
    p.add_argument("name", metavar="NAME", help="the trainee's name")
    p.add_argument("--login", metavar="USERNAME", help="the trainee's user name")
    p.add_argument("--cohort", metavar="NAME", help="also make the trainee a member")
    p = add("cohort", "create a cohort", cohort_command)
    p.add_argument("name", metavar="NAME", help="the cohort's name")
    p = add(
        "assign",
        "assign an exercise (built-in, or of a pack given with add-pack) to a cohort",
        assign_command,
    )
    p.add_argument("--cohort", required=True, metavar="NAME", help="the cohort's name")
    p.add_argument("--exercise", required=True, metavar="ID", help="the exercise's id")
    p.add_argument("--title", default="", help="shown to trainees (default: the exercise's)")
    p.add_argument(
        "--questions",
        type=whole_number,
        metavar="N",
        help="questions to answer (default: all of them)",
    )
    p.add_argument("--due", metavar="YYYY-MM-DD[THH:MM]", help="due date and time (UTC), ahead")
    p = add("edit-assignment", "change an assignment's title, questions or due date", edit_command)
    p.add_argument("assignment", metavar="ID", help="the assignment's id (see progress)")
    p.add_argument("--title", metavar="TEXT", help="new title, shown to trainees")
    p.add_argument(
        "--questions", type=whole_number, metavar="N", help="new number of questions to answer"
    )
    p.add_argument("--due", metavar="YYYY-MM-DD[THH:MM]", help="new due date (UTC), or 'none'")
    p = add("remove-assignment", "withdraw an assignment (answers stay)", remove_command)
    p.add_argument("assignment", metavar="ID", help="the assignment's id (see progress)")
    p = add(
        "add-pack",
        "give the class a pack: its exercises can be assigned and seats fetch it",
        add_pack_command,
    )
    p.add_argument(
        "pack", type=Path, metavar="PACK", help="pack folder or .zip, e.g. exported by the studio"
    )
    p = add("exercises", "list the exercises the class can be assigned", exercises_command)
    p = add("progress", "show the class's progress on every assignment", progress_command)
    p = add(
        "grant-seat",
        "give one trainee's seat its own PostgreSQL login, which sees only that trainee's rows",
        grant_seat_command,
    )
    p.add_argument("trainee", metavar="NAME", help="the trainee's name as added")
    p.add_argument(
        "--role", required=True, metavar="ROLE", help="the seat's database user name, e.g. seat_ann"
    )
    p = add("revoke-seat", "remove a seat's PostgreSQL login (results stay)", revoke_seat_command)
    p.add_argument("role", metavar="ROLE", help="the seat's database user name")
    p = commands.add_parser(
        "seal-exam",
        help="copy a folder pack for trainees with every answer sealed by a passphrase",
        description="copy a folder pack for trainees with every answer sealed by a passphrase "
        "(asked on the terminal, or DOCINSPECT_PASSPHRASE)",
    )
    p.add_argument("pack", type=Path, metavar="PACK", help="the instructor's folder pack")
    p.add_argument("out", type=Path, metavar="OUT", help="the folder to write the exam to")
    p.set_defaults(func=seal_command)
    p = add(
        "score-exam",
        "score the class's answers to a sealed exam pack with its passphrase",
        score_exam_command,
    )
    p.add_argument("pack", type=Path, metavar="PACK", help="the sealed exam pack the trainees sat")

    bundle = subparsers.add_parser("bundle", help="carry an offline seat's results to the class")
    bundle_commands = bundle.add_subparsers(dest="bundle_command", metavar="SUBCOMMAND")
    export = bundle_commands.add_parser(
        "export", help="write this seat's trainees and attempts to a results bundle"
    )
    export.add_argument("out", type=Path, metavar="FILE", help="the results bundle to write")
    export.add_argument("--db", metavar="URL", help=_DB_HELP)
    export.set_defaults(func=export_command)
    imp = bundle_commands.add_parser(
        "import",
        help="add results bundles to the class database (again changes nothing); "
        "needs an instructor login when the database has one",
    )
    imp.add_argument(
        "bundles", type=Path, nargs="+", metavar="FILE", help="results bundles to import"
    )
    imp.add_argument("--db", metavar="URL", help=_DB_HELP)
    imp.add_argument("--user", metavar="NAME", help="instructor user name")
    imp.add_argument(
        "--score-exam",
        type=Path,
        metavar="PACK",
        help="then score the answers to this sealed exam pack (asks for its passphrase)",
    )
    imp.set_defaults(func=import_command)
    seal = bundle_commands.add_parser(
        "seal-exam",
        help="copy a folder pack for trainees with truth and regions sealed by a passphrase",
    )
    seal.add_argument("pack", type=Path, metavar="PACK", help="the instructor's folder pack")
    seal.add_argument("out", type=Path, metavar="OUT", help="the folder to write the exam to")
    seal.set_defaults(func=seal_command)


def _secret(env: str, prompt: str) -> str | None:
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def _said(exc: BaseException) -> str:
    """An exception's message in the user's language: a core Message by its template; a
    KeyError's key without the quotes str() adds."""
    first = exc.args[0] if len(exc.args) == 1 else None
    if isinstance(first, str):
        return tr(first)
    return tr(str(exc))


def _open(args: argparse.Namespace):
    from docinspect.classroom import open_classroom

    return open_classroom(args.db)


def _login(room, user: str):
    password = _secret("DOCINSPECT_PASSWORD", tr("password for {user}: ").format(user=user))
    if password is None:
        raise PermissionError(tr("no password (no terminal to ask on, DOCINSPECT_PASSWORD unset)"))
    return room.log_in(user, password)


def _run(args: argparse.Namespace, action) -> int:
    """Open the classroom, log in, run ``action(room, login)``; every refusal is one line."""
    from docinspect.classroom import NotAllowed
    from docinspect.store import StoreError

    try:
        room = _open(args)
    except StoreError as exc:
        return fail(_said(exc))
    try:
        login = _login(room, args.user) if getattr(args, "user", None) else None
        return action(room, login)
    except (NotAllowed, PermissionError) as exc:
        return fail(tr("refused: {reason}").format(reason=_said(exc)))
    except (ValueError, KeyError, StoreError) as exc:
        return fail(_said(exc))
    finally:
        room.close()


def init_command(args: argparse.Namespace) -> int:
    def action(room, _login) -> int:
        password = _secret(
            "DOCINSPECT_PASSWORD", tr("new password for {user}: ").format(user=args.instructor)
        )
        if password is None:
            return fail(tr("no password (no terminal to ask on, DOCINSPECT_PASSWORD unset)"))
        room.create_instructor(args.instructor, password, by=None)
        print(tr("instructor {user} created in {url}").format(user=args.instructor, url=room.url))
        return EXIT_OK

    return _run(args, action)


def _cohort_id(room, login, name: str) -> uuid.UUID:
    for c in room.cohorts(login):
        if c.name == name:
            return c.id
    raise ValueError(tr("no cohort named {name}").format(name=repr(name)))


def add_trainee_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        password = None
        if args.login:
            password = _secret(
                "DOCINSPECT_TRAINEE_PASSWORD", tr("password for {user}: ").format(user=args.login)
            )
            if password is None:
                return fail(tr("no trainee password (DOCINSPECT_TRAINEE_PASSWORD unset)"))
        cohort = _cohort_id(room, login, args.cohort) if args.cohort else None
        trainee = room.add_trainee(login, args.name, username=args.login, password=password)
        if cohort is not None:
            room.add_to_cohort(login, cohort, trainee.id)
        print(f"{trainee.id}  {trainee.name}")
        return EXIT_OK

    return _run(args, action)


def cohort_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        cohort = room.create_cohort(login, args.name)
        print(f"{cohort.id}  {cohort.name}")
        return EXIT_OK

    return _run(args, action)


def _due(text: str) -> datetime:
    try:
        due = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            tr("--due: {text} is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)").format(
                text=repr(text)
            )
        ) from None
    return due.replace(tzinfo=UTC) if due.tzinfo is None else due


def _assignment_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValueError(
            tr("{text} is not an assignment id (see 'classroom progress')").format(text=repr(text))
        ) from None


def assign_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        a = room.assign(
            login,
            _cohort_id(room, login, args.cohort),
            exercise_id=args.exercise,
            title=args.title,
            question_count=args.questions,
            due_at=_due(args.due) if args.due else None,
        )
        print(f"{a.id}  {a.title}  " + _questions(a.question_count))
        return EXIT_OK

    return _run(args, action)


def _questions(n: int) -> str:
    return (tr("(1 question)") if n == 1 else tr("({n} questions)")).format(n=n)


def edit_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        clear = args.due is not None and args.due.strip().lower() == "none"
        try:
            a = room.edit_assignment(
                login,
                _assignment_id(args.assignment),
                title=args.title,
                question_count=args.questions,
                due_at=_due(args.due) if args.due and not clear else None,
                clear_due=clear,
            )
        except KeyError:
            return fail(tr("no assignment {id}").format(id=args.assignment))
        due = a.due_at.strftime("%Y-%m-%d %H:%M UTC") if a.due_at else tr("no due date")
        print(
            f"{a.id}  {a.title}  "
            + _questions(a.question_count)
            + tr(", due {due}").format(due=due)
        )
        return EXIT_OK

    return _run(args, action)


def remove_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        try:
            room.remove_assignment(login, _assignment_id(args.assignment))
        except KeyError:
            return fail(tr("no assignment {id}").format(id=args.assignment))
        print(tr("removed assignment {id}").format(id=args.assignment))
        return EXIT_OK

    return _run(args, action)


def add_pack_command(args: argparse.Namespace) -> int:
    from docinspect.classroom.class_packs import ClassPackError

    def action(room, login) -> int:
        try:
            pack = room.add_pack(login, args.pack)
        except ClassPackError as exc:
            return fail(_said(exc))
        print(
            tr("pack {id} ({title}) given to the class; its exercises:").format(
                id=pack.pack_id, title=pack.title
            )
        )
        for e in pack.exercises:
            print(f"  {e.id}  {e.title}  " + _questions(e.questions))
        return EXIT_OK

    return _run(args, action)


def exercises_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        for e in room.known_exercises(login):
            where = tr("pack {id}").format(id=e.pack_id) if e.pack_id else tr("built-in")
            count = tr("questions: {n}").format(n=e.questions)
            print(f"{e.id:<32} {count}  {e.title}  [{where}]")
        return EXIT_OK

    return _run(args, action)


def progress_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        for a in room.assignments(login):
            due = a.due_at.strftime("%Y-%m-%d %H:%M UTC") if a.due_at else tr("no due date")
            print(
                tr("{title} ({exercise}), due {due}  [assignment {id}]").format(
                    title=a.title, exercise=a.exercise_id, due=due, id=a.id
                )
            )
            for p in room.class_progress(login, a.id):
                state = (
                    tr("done") if p.finished else (tr("OVERDUE") if p.overdue else tr("working"))
                )
                print(
                    f"  {p.name:<30} "
                    + tr("{answered}/{total} answered, {correct} right").format(
                        answered=f"{p.answered:>3}", total=p.question_count, correct=p.correct
                    )
                    + f"  {state}"
                )
        return EXIT_OK

    return _run(args, action)


def export_command(args: argparse.Namespace) -> int:
    from docinspect.classroom import export_bundle
    from docinspect.store import StoreError, open_store

    try:
        store = open_store(args.db)
        count = export_bundle(store, args.out)
    except StoreError as exc:
        return fail(_said(exc))
    except OSError as exc:
        return fail(
            tr("{path}: cannot be written: {reason}").format(path=args.out, reason=os_reason(exc))
        )
    wrote = tr("wrote 1 attempt to {out}") if count == 1 else tr("wrote {n} attempts to {out}")
    print(wrote.format(n=count, out=args.out))
    return EXIT_OK


def import_command(args: argparse.Namespace) -> int:
    from docinspect.classroom import BundleError, import_bundle

    def action(room, login) -> int:
        if room.has_instructor() and login is None:
            return fail(tr("refused: this database has instructors; give --user and log in"))
        if login is not None and not login.is_instructor:
            return fail(tr("refused: a trainee cannot import results"))
        from docinspect.store import open_store

        store = open_store(args.db)
        code = EXIT_OK
        for path in args.bundles:
            try:
                r = import_bundle(store, path)
            except BundleError as exc:
                code = fail(_said(exc))
                continue
            print(
                tr(
                    "{path}: {added} new attempts, {present} already present, "
                    "{trainees} new trainees"
                ).format(
                    path=path,
                    added=r.attempts_added,
                    present=r.attempts_already_present,
                    trainees=r.trainees_added,
                )
            )
            if r.new_trainees:
                # A bundle from another class adds its people: say who, not only how many.
                print(
                    tr("{path}: added trainees: {names}").format(
                        path=path, names=", ".join(r.new_trainees)
                    )
                )
        store.close()
        if args.score_exam is not None and code == EXIT_OK:
            return _score(room, login, args.score_exam)
        return code

    return _run(args, action)


def seal_command(args: argparse.Namespace) -> int:
    from docinspect.classroom import AnswerKeyError, seal_exam_pack

    passphrase = _secret("DOCINSPECT_PASSPHRASE", tr("answer-key passphrase: "))
    if passphrase is None:
        return fail(tr("no passphrase (no terminal to ask on, DOCINSPECT_PASSPHRASE unset)"))
    try:
        report = seal_exam_pack(args.pack, args.out, passphrase)
    except (AnswerKeyError, ValueError) as exc:
        return fail(_said(exc))
    except OSError as exc:
        return fail(
            tr("{path}: cannot be written: {reason}").format(path=args.out, reason=os_reason(exc))
        )
    print(tr("sealed {n} specimens into {out}").format(n=report.specimens_sealed, out=report.out))
    for warning in report.warnings:
        print(tr("warning: {text}").format(text=tr(warning)), file=sys.stderr)
    return EXIT_OK


def score_exam_command(args: argparse.Namespace) -> int:
    return _run(args, lambda room, login: _score(room, login, args.pack))


def _score(room, login, pack: Path) -> int:
    from docinspect.classroom import AnswerKeyError
    from docinspect.packs import PackError

    if login is None:
        return fail(tr("refused: scoring an exam needs an instructor login; give --user"))
    passphrase = _secret("DOCINSPECT_PASSPHRASE", tr("answer-key passphrase: "))
    if passphrase is None:
        return fail(tr("no passphrase (no terminal to ask on, DOCINSPECT_PASSPHRASE unset)"))
    try:
        r = room.score_exam(login, pack, passphrase)
    except (AnswerKeyError, PackError) as exc:
        return fail(_said(exc))
    print(
        tr(
            "{pack}: {scored} answers scored, {unchanged} already scored, {sessions} exams "
            "given their result ({exercises})"
        ).format(
            pack=pack,
            scored=r.scored,
            unchanged=r.unchanged,
            sessions=r.sessions,
            exercises=", ".join(r.exercises) or tr("no exercises"),
        )
    )
    for attempt_id, reason in r.skipped:
        print(
            "  " + tr("not scored: attempt {id}: {reason}").format(id=attempt_id, reason=tr(reason))
        )
    for attempt_id in r.disputed:
        print(
            "  "
            + tr("disputed: attempt {id} was saved with a score the key does not give").format(
                id=attempt_id
            )
        )
    return EXIT_OK


def grant_seat_command(args: argparse.Namespace) -> int:
    from docinspect.classroom import SeatRoleError

    def action(room, login) -> int:
        named = [t for t in room.trainees(login) if t.name == args.trainee]
        if len(named) != 1:
            many = (
                tr("several trainees are named {name}; names must match one trainee exactly")
                if named
                else tr("no trainee is named {name}; names must match one trainee exactly")
            )
            return fail(many.format(name=repr(args.trainee)))
        # A password the instructor chose (DOCINSPECT_SEAT_PASSWORD), else a random one.
        try:
            grant = room.grant_seat(
                login, named[0].id, args.role, os.environ.get("DOCINSPECT_SEAT_PASSWORD")
            )
        except SeatRoleError as exc:
            return fail(_said(exc))
        print(
            tr("database login {role} made for the seat of {name}").format(
                role=grant.role_name, name=args.trainee
            )
        )
        print(tr("put this URL in that seat's settings.ini ([database] url) and nowhere else:"))
        print(grant.url)
        return EXIT_OK

    return _run(args, action)


def revoke_seat_command(args: argparse.Namespace) -> int:
    from docinspect.classroom import SeatRoleError

    def action(room, login) -> int:
        try:
            room.revoke_seat(login, args.role)
        except SeatRoleError as exc:
            return fail(_said(exc))
        print(
            tr("database login {role} removed; the trainee's results stay").format(role=args.role)
        )
        return EXIT_OK

    return _run(args, action)
