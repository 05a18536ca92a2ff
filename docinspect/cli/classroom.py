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

from docinspect.cli.common import EXIT_OK, fail

_DB_HELP = (
    "database URL (default: this user's own SQLite file), e.g. postgresql+psycopg://user@host/db"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("classroom", help="instructor accounts, cohorts, assignments")
    commands = parser.add_subparsers(dest="classroom_command", metavar="SUBCOMMAND")

    def add(name: str, help_text: str, func, *, login: bool = True) -> argparse.ArgumentParser:
        p = commands.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", metavar="URL", help=_DB_HELP)
        if login:
            p.add_argument("--user", required=True, help="instructor user name")
        p.set_defaults(func=func)
        return p

    add("init", "create the database's first instructor account", init_command, login=False)
    parser_init = commands.choices["init"]
    parser_init.add_argument("--instructor", required=True, metavar="NAME", help="user name")
    p = add("add-trainee", "add a trainee, with a login when --login is given", add_trainee_command)
    p.add_argument("name")
    p.add_argument("--login", metavar="USERNAME", help="the trainee's user name")
    p.add_argument("--cohort", metavar="NAME", help="also make the trainee a member")
    p = add("cohort", "create a cohort", cohort_command)
    p.add_argument("name")
    p = add(
        "assign",
        "assign an exercise (built-in, or of a pack given with add-pack) to a cohort",
        assign_command,
    )
    p.add_argument("--cohort", required=True, metavar="NAME")
    p.add_argument("--exercise", required=True, metavar="ID")
    p.add_argument("--title", default="", help="shown to trainees (default: the exercise's)")
    p.add_argument(
        "--questions", type=int, metavar="N", help="questions to answer (default: all of them)"
    )
    p.add_argument("--due", metavar="YYYY-MM-DD[THH:MM]", help="due date and time (UTC), ahead")
    p = add("edit-assignment", "change an assignment's title, questions or due date", edit_command)
    p.add_argument("assignment", metavar="ID", help="the assignment's id (see progress)")
    p.add_argument("--title")
    p.add_argument("--questions", type=int, metavar="N")
    p.add_argument("--due", metavar="YYYY-MM-DD[THH:MM]", help="new due date (UTC), or 'none'")
    p = add("remove-assignment", "withdraw an assignment (answers stay)", remove_command)
    p.add_argument("assignment", metavar="ID", help="the assignment's id (see progress)")
    p = add(
        "add-pack",
        "give the class a pack: its exercises can be assigned and seats fetch it",
        add_pack_command,
    )
    p.add_argument("pack", type=Path, help="pack folder or .zip, e.g. exported by the studio")
    p = add("exercises", "list the exercises the class can be assigned", exercises_command)
    p = add("progress", "show the class's progress on every assignment", progress_command)
    p = add(
        "grant-seat",
        "give one trainee's seat its own PostgreSQL login, which sees only that trainee's rows",
        grant_seat_command,
    )
    p.add_argument("trainee", metavar="NAME", help="the trainee's name as added")
    p.add_argument("--role", required=True, help="the seat's database user name, e.g. seat_ann")
    p = add("revoke-seat", "remove a seat's PostgreSQL login (results stay)", revoke_seat_command)
    p.add_argument("role", help="the seat's database user name")
    p = commands.add_parser(
        "seal-exam",
        help="copy a folder pack for trainees with every answer sealed by a passphrase",
        description="copy a folder pack for trainees with every answer sealed by a passphrase "
        "(asked on the terminal, or DOCINSPECT_PASSPHRASE)",
    )
    p.add_argument("pack", type=Path)
    p.add_argument("out", type=Path)
    p.set_defaults(func=seal_command)
    p = add(
        "score-exam",
        "score the class's answers to a sealed exam pack with its passphrase",
        score_exam_command,
    )
    p.add_argument("pack", type=Path, help="the sealed exam pack the trainees sat")

    bundle = subparsers.add_parser("bundle", help="carry an offline seat's results to the class")
    bundle_commands = bundle.add_subparsers(dest="bundle_command", metavar="SUBCOMMAND")
    export = bundle_commands.add_parser(
        "export", help="write this seat's trainees and attempts to a results bundle"
    )
    export.add_argument("out", type=Path, metavar="FILE")
    export.add_argument("--db", metavar="URL", help=_DB_HELP)
    export.set_defaults(func=export_command)
    imp = bundle_commands.add_parser(
        "import",
        help="add results bundles to the class database (again changes nothing); "
        "needs an instructor login when the database has one",
    )
    imp.add_argument("bundles", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--db", metavar="URL", help=_DB_HELP)
    imp.add_argument("--user", help="instructor user name")
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
    seal.add_argument("pack", type=Path)
    seal.add_argument("out", type=Path)
    seal.set_defaults(func=seal_command)


def _secret(env: str, prompt: str) -> str | None:
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def _open(args: argparse.Namespace):
    from docinspect.classroom import open_classroom

    return open_classroom(args.db)


def _login(room, user: str):
    password = _secret("DOCINSPECT_PASSWORD", f"password for {user}: ")
    if password is None:
        raise PermissionError("no password (no terminal to ask on, DOCINSPECT_PASSWORD unset)")
    return room.log_in(user, password)


def _run(args: argparse.Namespace, action) -> int:
    """Open the classroom, log in, run ``action(room, login)``; every refusal is one line."""
    from docinspect.classroom import NotAllowed
    from docinspect.store import StoreError

    try:
        room = _open(args)
    except StoreError as exc:
        return fail(str(exc))
    try:
        login = _login(room, args.user) if getattr(args, "user", None) else None
        return action(room, login)
    except (NotAllowed, PermissionError) as exc:
        return fail(f"refused: {exc}")
    except (ValueError, KeyError, StoreError) as exc:
        return fail(str(exc))
    finally:
        room.close()


def init_command(args: argparse.Namespace) -> int:
    def action(room, _login) -> int:
        password = _secret("DOCINSPECT_PASSWORD", f"new password for {args.instructor}: ")
        if password is None:
            return fail("no password (no terminal to ask on, DOCINSPECT_PASSWORD unset)")
        room.create_instructor(args.instructor, password, by=None)
        print(f"instructor {args.instructor} created in {room.url}")
        return EXIT_OK

    return _run(args, action)


def _cohort_id(room, login, name: str) -> uuid.UUID:
    for c in room.cohorts(login):
        if c.name == name:
            return c.id
    raise ValueError(f"no cohort named {name!r}")


def add_trainee_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        password = None
        if args.login:
            password = _secret("DOCINSPECT_TRAINEE_PASSWORD", f"password for {args.login}: ")
            if password is None:
                return fail("no trainee password (DOCINSPECT_TRAINEE_PASSWORD unset)")
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
            f"--due: {text!r} is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
        ) from None
    return due.replace(tzinfo=UTC) if due.tzinfo is None else due


def _assignment_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValueError(f"{text!r} is not an assignment id (see 'classroom progress')") from None


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
        print(f"{a.id}  {a.title}  ({a.question_count} questions)")
        return EXIT_OK

    return _run(args, action)


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
            return fail(f"no assignment {args.assignment}")
        due = a.due_at.strftime("%Y-%m-%d %H:%M UTC") if a.due_at else "no due date"
        print(f"{a.id}  {a.title}  ({a.question_count} questions), due {due}")
        return EXIT_OK

    return _run(args, action)


def remove_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        try:
            room.remove_assignment(login, _assignment_id(args.assignment))
        except KeyError:
            return fail(f"no assignment {args.assignment}")
        print(f"removed assignment {args.assignment}")
        return EXIT_OK

    return _run(args, action)


def add_pack_command(args: argparse.Namespace) -> int:
    from docinspect.classroom.class_packs import ClassPackError

    def action(room, login) -> int:
        try:
            pack = room.add_pack(login, args.pack)
        except ClassPackError as exc:
            return fail(str(exc))
        print(f"pack {pack.pack_id} ({pack.title}) given to the class; its exercises:")
        for e in pack.exercises:
            print(f"  {e.id}  {e.title}  ({e.questions} questions)")
        return EXIT_OK

    return _run(args, action)


def exercises_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        for e in room.known_exercises(login):
            where = f"pack {e.pack_id}" if e.pack_id else "built-in"
            print(f"{e.id:<32} {e.questions:>3} questions  {e.title}  [{where}]")
        return EXIT_OK

    return _run(args, action)


def progress_command(args: argparse.Namespace) -> int:
    def action(room, login) -> int:
        for a in room.assignments(login):
            due = a.due_at.strftime("%Y-%m-%d %H:%M UTC") if a.due_at else "no due date"
            print(f"{a.title} ({a.exercise_id}), due {due}  [assignment {a.id}]")
            for p in room.class_progress(login, a.id):
                state = "done" if p.finished else ("OVERDUE" if p.overdue else "working")
                print(
                    f"  {p.name:<30} {p.answered:>3}/{p.question_count} answered, "
                    f"{p.correct} right  {state}"
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
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{args.out}: cannot be written: {exc.strerror or exc}")
    print(f"wrote {count} attempt{'s' if count != 1 else ''} to {args.out}")
    return EXIT_OK


def import_command(args: argparse.Namespace) -> int:
    from docinspect.classroom import BundleError, import_bundle

    def action(room, login) -> int:
        if room.has_instructor() and login is None:
            return fail("refused: this database has instructors; give --user and log in")
        if login is not None and not login.is_instructor:
            return fail("refused: a trainee cannot import results")
        from docinspect.store import open_store

        store = open_store(args.db)
        code = EXIT_OK
        for path in args.bundles:
            try:
                r = import_bundle(store, path)
            except BundleError as exc:
                code = fail(str(exc))
                continue
            print(
                f"{path}: {r.attempts_added} new attempts, {r.attempts_already_present} "
                f"already present, {r.trainees_added} new trainees"
            )
            if r.new_trainees:
                # A bundle from another class adds its people: say who, not only how many.
                print(f"{path}: added trainees: {', '.join(r.new_trainees)}")
        store.close()
        if args.score_exam is not None and code == EXIT_OK:
            return _score(room, login, args.score_exam)
        return code

    return _run(args, action)


def seal_command(args: argparse.Namespace) -> int:
    from docinspect.classroom import AnswerKeyError, seal_exam_pack

    passphrase = _secret("DOCINSPECT_PASSPHRASE", "answer-key passphrase: ")
    if passphrase is None:
        return fail("no passphrase (no terminal to ask on, DOCINSPECT_PASSPHRASE unset)")
    try:
        report = seal_exam_pack(args.pack, args.out, passphrase)
    except (AnswerKeyError, ValueError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{args.out}: cannot be written: {exc.strerror or exc}")
    print(f"sealed {report.specimens_sealed} specimens into {report.out}")
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def score_exam_command(args: argparse.Namespace) -> int:
    return _run(args, lambda room, login: _score(room, login, args.pack))


def _score(room, login, pack: Path) -> int:
    from docinspect.classroom import AnswerKeyError
    from docinspect.packs import PackError

    if login is None:
        return fail("refused: scoring an exam needs an instructor login; give --user")
    passphrase = _secret("DOCINSPECT_PASSPHRASE", "answer-key passphrase: ")
    if passphrase is None:
        return fail("no passphrase (no terminal to ask on, DOCINSPECT_PASSPHRASE unset)")
    try:
        r = room.score_exam(login, pack, passphrase)
    except (AnswerKeyError, PackError) as exc:
        return fail(str(exc))
    print(
        f"{pack}: {r.scored} answers scored, {r.unchanged} already scored, "
        f"{r.sessions} exams given their result ({', '.join(r.exercises) or 'no exercises'})"
    )
    for attempt_id, reason in r.skipped:
        print(f"  not scored: attempt {attempt_id}: {reason}")
    for attempt_id in r.disputed:
        print(f"  disputed: attempt {attempt_id} was saved with a score the key does not give")
    return EXIT_OK


def grant_seat_command(args: argparse.Namespace) -> int:
    from docinspect.classroom import SeatRoleError

    def action(room, login) -> int:
        named = [t for t in room.trainees(login) if t.name == args.trainee]
        if len(named) != 1:
            many = "several trainees are" if named else "no trainee is"
            return fail(f"{many} named {args.trainee!r}; names must match one trainee exactly")
        # A password the instructor chose (DOCINSPECT_SEAT_PASSWORD), else a random one.
        try:
            grant = room.grant_seat(
                login, named[0].id, args.role, os.environ.get("DOCINSPECT_SEAT_PASSWORD")
            )
        except SeatRoleError as exc:
            return fail(str(exc))
        print(f"database login {grant.role_name} made for {args.trainee}'s seat")
        print("put this URL in that seat's settings.ini ([database] url) and nowhere else:")
        print(grant.url)
        return EXIT_OK

    return _run(args, action)


def revoke_seat_command(args: argparse.Namespace) -> int:
    from docinspect.classroom import SeatRoleError

    def action(room, login) -> int:
        try:
            room.revoke_seat(login, args.role)
        except SeatRoleError as exc:
            return fail(str(exc))
        print(f"database login {args.role} removed; the trainee's results stay")
        return EXIT_OK

    return _run(args, action)
