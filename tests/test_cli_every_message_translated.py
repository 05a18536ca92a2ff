"""The done-when test of issue 18 for the command line: every subcommand run as a user runs
it — its success, its refusals and exit paths (missing file, bad pack, bad option, a method
the type refuses, a wrong MRZ, no chip, …) and its ``--help`` — in Bulgarian and in Russian,
as ``LANG`` or ``LANGUAGE`` names them, and no English word left in what it prints but names,
codes, file paths, option names and the values a user types
(docs/decisions/0032-cli-and-core-messages-translated.md).

Every text of the command line and every core message must also have a translation with the
same placeholders (``test_every_text_has_a_translation``), so a new English sentence fails
here the day it is written, like a new ``tr()`` string in the windows.
"""

from __future__ import annotations

import argparse
import re
import string
from pathlib import Path

import pytest
from support.message_texts import cli_texts, message_templates
from test_every_window_translated import KEPT, LATIN_WORD

from docinspect.cli import build_parser, main
from docinspect.cli.language import _catalogue
from docinspect.i18n import message_catalogue

#: Latin a command line keeps in every language, besides the windows' (KEPT): standards,
#: formats, programs, environment variables, the SQL URL's parts.
CLI_KEPT = {
    "docinspect",
    "KDV",  # the fictional states' codes (UTO is kept everywhere)
    "NRV",
    "PEM",
    "ASCII",
    "ISO",
    "IEC",
    "YYMMDD",
    "YYYY",
    "MM",
    "DD",
    "HH",
    "UTC",
    "LANGUAGE",
    "LANG",
    "DISPLAY",
    "gettext",
    "BAC",
    "PACE",
    "JSON",
    "DDTHH",
    "KiB",
    "MiB",
}
#: What is stripped before words are read: option names (--type, -h), file paths and names
#: (anything with a slash or a dot inside), identifiers and environment variables (an
#: underscore inside), commands in backquotes, URLs, certificate names (CN=…), the
#: settings key a message names.
STRIPPED = re.compile(
    r"\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b"  # an id (UUID)
    r"|`[^`]*`"
    r"|\S*://\S*"
    r"|(?<![\w-])--?[A-Za-z][\w-]*"
    r"|\S*[/\\]\S*"
    r"|\b[\w-]+(?:\.\w+)+\b"
    r"|\b\w*_\w*\b"
    r"|\b[A-Z]{1,2}=[^,\n]*"
    r"|\[database\] url"
    r"|'[^'\n]{0,40}'"  # a value as the user typed or a file holds it: 'none', 'bad id!'
    r"|(?<=: )[a-z_]+(?=: )"  # the field of a problem (file: field: reason): a key of the file
)


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _values_a_user_types() -> set[str]:
    """Command names, metavars and choices of every parser; the ids the generator takes."""
    from docinspect.model import Light, Role, Verdict, load_taxonomy
    from docinspect.synth.forgeries import METHODS
    from docinspect.synth.generate import DOC_TYPES
    from docinspect.synth.profiles import PROFILES

    words: set[str] = set()
    for path, parser in _parsers(build_parser("all")):
        words.update(path)
        for action in parser._actions:
            metavar = action.metavar if isinstance(action.metavar, str) else ""
            if action.metavar is None and action.option_strings and action.nargs != 0:
                metavar = action.dest.upper()  # argparse's default metavar
            words.update(re.findall(r"[A-Za-z]+", metavar))
            for choice in action.choices or ():
                words.update(re.findall(r"[A-Za-z]+", str(choice)))
    ids = [*METHODS, *PROFILES, *DOC_TYPES, *(v.value for v in (*Light, *Role, *Verdict))]
    taxonomy = load_taxonomy()
    ids += [*taxonomy.features, *taxonomy.methods]
    from docinspect.training.exercise_files import builtin_exercises

    ids += [e.id for e in builtin_exercises()]  # the ids `classroom assign --exercise` takes
    for text in ids:
        words.update(re.findall(r"[A-Za-z]+", text))
    return words


@pytest.fixture(scope="module")
def typed_values() -> set[str]:
    return _values_a_user_types()


def english(text: str, allowed: set[str], data: tuple[str, ...] = ()) -> list[str]:
    """The English words of ``text``: Latin words that are not kept, typed or data."""
    for value in sorted(data, key=len, reverse=True):
        if value:  # a whole value, never a part of a word ("M" of a document's sex field)
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    plain = STRIPPED.sub(" ", text)
    return [w for w in LATIN_WORD.findall(plain) if w not in allowed]


LANGUAGES = {
    "bg (LANG)": {"LANG": "bg_BG.UTF-8"},
    "ru (LANG)": {"LANG": "ru_RU.UTF-8"},
    "bg (LANGUAGE)": {"LANGUAGE": "bg:en", "LANG": "en_US.UTF-8"},
    "ru (LANGUAGE)": {"LANGUAGE": "ru", "LANG": "en_GB.UTF-8"},
}


@pytest.fixture(params=list(LANGUAGES))
def language(request, monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in LANGUAGES[request.param].items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("COLUMNS", "100")
    return request.param[:2]


def run(argv: list[str], capsys) -> tuple[int, str]:
    """Exit code and everything printed (stdout and stderr) of ``docinspect argv``."""
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse's own exits: --help, usage errors
        code = stop.code if isinstance(stop.code, int) else 2
    out = capsys.readouterr()
    return code, out.out + out.err


# --- the packs and files the commands are run on ----------------------------------------


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    """A generated pack, a pack of chips (genuine, self-signed), a broken pack, bad files."""
    from support.chips import with_chip_case

    from docinspect.chip.make import ChipCase
    from docinspect.packs.writer import write_pack

    root = tmp_path_factory.mktemp("cli-language")
    generated = root / "generated"
    assert main(["generate", "--out", str(generated), "--count", "2", "--seed", "4"]) == 0
    chips = root / "chips"
    cases = ((31, ChipCase.GENUINE, "genuine"), (32, ChipCase.SELF_SIGNED, "selfmade"))
    specimens = [with_chip_case(seed, case, name) for seed, case, name in cases]
    write_pack(chips, pack_id="chips", title="Chips", version="1", specimens=specimens)
    broken = root / "broken"
    broken.mkdir()
    (broken / "pack.json").write_text(
        '{"format": 1, "id": "bad id!", "title": 7, "version": "1", "specimens": ["s9"]}',
        encoding="utf-8",
    )
    exercise = root / "exercise.json"
    exercise.write_text('{"id": "x", "questions": 3}', encoding="utf-8")
    notes = root / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    return {
        "root": root,
        "generated": generated,
        "chips": chips,
        "broken": broken,
        "exercise": exercise,
        "notes": notes,
    }


def _first_specimen(pack: Path):
    from docinspect.packs import read_pack

    return read_pack(pack, verify_images=False).specimens[0]


def _cases(p: dict) -> list[tuple[list[str], int]]:
    """(argv, expected exit code) of every subcommand's success and exit paths."""
    from docinspect.mrz import check_digit

    root, gen, chips = p["root"], str(p["generated"]), str(p["chips"])
    specimen = _first_specimen(p["generated"])
    mrz = list(specimen.mrz)
    wrong = mrz[:-1] + [mrz[-1][:9] + str((int(check_digit(mrz[-1][:9])) + 1) % 10) + mrz[-1][10:]]
    png = str(root / "out.png")
    missing = str(root / "nowhere")
    # fmt: off
    return [
        (["--version"], 0),
        # pack
        (["pack", "validate", gen], 0),
        (["pack", "validate", "--quick", str(p["broken"])], 1),
        (["pack", "validate", missing], 2),
        (["pack", "validate", str(p["notes"])], 2),
        (["pack", "info", gen], 0),
        (["pack", "info", str(p["broken"])], 1),
        (["pack"], 2),
        (["pack", "inspect", gen], 2),
        # render
        (["render", gen, specimen.id, "--light", "uv365", "--dpi", "40", "--out", png], 0),
        (["render", gen, specimen.id, "--light", "ir", "--dpi", "40", "--loupe", "30,30,4",
          "--loupe-only", "--out", png], 0),
        (["render", missing, "s1", "--light", "white", "--out", png], 2),
        (["render", str(p["broken"]), "s1", "--light", "white", "--out", png], 2),
        (["render", gen, "nobody", "--light", "white", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "purple", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "white", "--loupe-only", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "white", "--loupe", "1,2", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "white", "--loupe", "1,2,99", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "white", "--dpi", "-3", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "white", "--dpi", "90000", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "white", "--tilt=80", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "white", "--tilt", "a,b,c", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "white", "--loupe-size", "x", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "white", "--loupe-size", "9", "--out", png], 2),
        (["render", gen, specimen.id, "--light", "white", "--out", missing + "/x.png"], 2),
        (["render", gen, specimen.id], 2),
        # mrz
        (["mrz", "check", *mrz], 0),
        (["mrz", "check", *wrong], 1),
        (["mrz", "check", "P<UTO"], 2),
        (["mrz", "check", mrz[0], mrz[1][:-3] + "a$%"], 2),
        (["mrz", "check", *mrz, "--today", "yesterday"], 2),
        (["mrz"], 2),
        # chip
        (["chip", "read", chips, "genuine", "--today", "2026-12-07"], 0),
        (["chip", "read", chips, "selfmade", "--today", "2026-12-07"], 1),
        (["chip", "read", chips, "genuine", "--mrz", *wrong[:1], mrz[1][:20] + "0" * 24], 1),
        (["chip", "read", chips, "genuine", "--mrz", "P<UTO"], 1),
        (["chip", "read", chips, "genuine", "--today", "soon"], 2),
        (["chip", "read", missing, "genuine"], 2),
        (["chip", "masterlist", "--out", str(root / "cscas.pem")], 0),
        (["chip", "masterlist", "--out", missing + "/cscas.pem"], 2),
        (["chip"], 2),
        # generate
        (["generate", "--out", str(root / "one"), "--count", "1", "--seed", "2"], 0),
        (["generate", "--out", str(root / "h"), "--count", "many", "--type", "td9",
          "--methods", "glue", "--subtlety", "2", "--seed", "-1"], 2),
        (["generate", "--out", str(root / "h"), "--type", "td1", "--methods",
          "office_paper,fibres_missing,page_substitution"], 2),
        (["generate", "--out", str(root / "h"), "--type", "td1-back", "--profiles",
          "impostor,nobody", "--methods", "impostor"], 2),
        (["generate", "--out", str(root / "h"), "--type", "td3-booklet", "--methods",
          "office_paper,no_relief", "--forged-share", "7", "--wear", "2",
          "--issuer-errors", "-1", "--jobs", "0", "--count", "0"], 2),
        (["generate", "--out", str(root / "h"), "--type", "td2", "--methods",
          "printed_watermark,mrz_check_digit,imitated_perforation"], 2),
        (["generate", "--out", missing + "/pack", "--count", "1"], 2),
        (["generate"], 2),
        # exercise and lesson
        (["exercise", "validate", str(Path(__file__).parents[1] / "exercises")], 0),
        (["exercise", "validate", str(p["exercise"])], 1),
        (["exercise", "validate", str(p["root"] / "h")], 2),
        (["exercise", "validate", missing], 2),
        (["lesson", "validate", missing], 2),
        (["lesson", "validate", gen], 2),
        (["lesson", "validate", str(p["notes"]), "--pack", missing], 2),
        (["lesson"], 2),
        # report (its own catalogue: decision 0029) and the shared paths
        (["report", "cohorts"], 2),
        (["report", "trainee", "--trainee", "ann", "--out", str(root / "r.pdf"),
          "--from", "May"], 2),
        (["report"], 2),
        # argparse's own refusals
        (["frobnicate"], 2),
        (["pack", "validate"], 2),
        (["pack", "validate", gen, "--jsn"], 2),
        (["report", "trainee", "--trainee", "a", "--out", "r.pdf", "--lang", "fr"], 2),
        (["report", "cohort", "--all", "--cohort", "x", "--out", "r.pdf"], 2),
        (["report", "cohort", "--out", "r.pdf"], 2),
        (["classroom", "assign", "--user", "u", "--cohort", "c", "--exercise", "e",
          "--questions", "lots"], 2),
        (["open", missing], 2),
    ]
    # fmt: on


def _classroom_cases(root: Path) -> list[tuple[list[str], int]]:
    db = ["--db", f"sqlite:///{root / 'class.sqlite'}"]
    user = [*db, "--user", "teacher"]
    # fmt: off
    return [
        (["classroom", "init", *db, "--instructor", "teacher"], 0),
        (["classroom", "cohort", *user, "Morning"], 0),
        (["classroom", "add-trainee", *user, "Ann Lee", "--cohort", "Morning"], 0),
        (["classroom", "add-trainee", *user, "Bob Ray", "--cohort", "Evening"], 2),
        (["classroom", "assign", *user, "--cohort", "Morning", "--exercise",
          "light-and-uv", "--due", "2099-01-01"], 0),
        (["classroom", "assign", *user, "--cohort", "Morning", "--exercise", "light-and-uv",
          "--due", "someday"], 2),
        (["classroom", "exercises", *user], 0),
        (["classroom", "progress", *user], 0),
        (["classroom", "edit-assignment", *user, "not-an-id", "--title", "T"], 2),
        (["classroom", "remove-assignment", *user, "00000000-0000-0000-0000-000000000000"], 2),
        (["classroom", "grant-seat", *user, "Nobody", "--role", "seat_x"], 2),
        (["classroom", "score-exam", *db, "--user", "teacher", str(root / "nowhere")], 2),
        (["bundle", "export", str(root / "seat.bundle"), *db], 0),
        (["bundle", "import", str(root / "seat.bundle"), *user], 0),
        (["bundle", "import", str(root / "notes.txt"), *user], 2),
        (["bundle", "import", str(root / "seat.bundle"), *db], 2),
        (["classroom", "progress", *db, "--user", "stranger"], 2),
        (["classroom", "seal-exam", str(root / "nowhere"), str(root / "exam")], 2),
    ]
    # fmt: on


def _check(cases, capsys, typed, language, *, data=()) -> list[str]:
    allowed = KEPT | CLI_KEPT | typed
    found = []
    for argv, expected in cases:
        code, printed = run(argv, capsys)
        shown = " ".join(argv)
        if code != expected:
            found.append(f"{shown}: exit {code}, expected {expected}:\n{printed}")
        if "Traceback" in printed:
            found.append(f"{shown}: a traceback:\n{printed}")
        typed_here = tuple(a for a in argv if not a.startswith("-"))
        words = english(printed, allowed, (*typed_here, *data))
        if words:
            found.append(f"[{language}] {shown}: English {sorted(set(words))} in:\n{printed}")
    return found


def test_every_subcommand_and_exit_path_speaks_the_language(
    language, packs, capsys, typed_values, monkeypatch
):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    from docinspect.packs import read_pack

    # What the documents and packs carry (names, MRZ, titles, the fictional states, the
    # description the generator wrote into pack.json), not messages.
    data: tuple[str, ...] = ("Chips",)
    for name in ("generated", "chips", "one"):
        if not (packs["root"] / name).exists():
            continue
        pack = read_pack(packs["root"] / name, verify_images=False)
        data = (*data, pack.id, pack.title, pack.description)
        for s in pack.specimens:
            data = (*data, *s.mrz, *s.data.values(), s.title, s.issuing_state)
            data = (*data, *(w for v in s.data.values() for w in str(v).split()))
    found = _check(_cases(packs) + [([], 2)], capsys, typed_values, language, data=data)
    assert found == [], "\n".join(found)


def test_the_classroom_and_bundles_speak_the_language(
    language, tmp_path, capsys, typed_values, monkeypatch
):
    monkeypatch.setenv("DOCINSPECT_PASSWORD", "correct horse battery")
    monkeypatch.setenv("DOCINSPECT_PASSPHRASE", "exam phrase")
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    data = ("Ann Lee", "Bob Ray", "Morning", "Evening", "teacher", "stranger", "Nobody")
    found = _check(_classroom_cases(tmp_path), capsys, typed_values, language, data=data)
    assert found == [], "\n".join(found)


def test_every_help_speaks_the_language(language, capsys, typed_values):
    allowed = KEPT | CLI_KEPT | typed_values
    found = []
    paths = [path for path, _parser in _parsers(build_parser("all"))]
    for path in paths:
        code, printed = run([*path, "--help"], capsys)
        assert code == 0, (path, printed)
        words = english(printed, allowed)
        if words:
            found.append(f"[{language}] {' '.join(path)} --help: {sorted(set(words))}")
    assert len(paths) > 30
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", ["ru", "bg"])
def test_every_text_has_a_translation(language):
    """Every text of the command line, argparse's included, and every core message template,
    translated with the same placeholders ({name}, %(name)s, %s)."""
    cli, messages = _catalogue(language), message_catalogue(language)
    formatter = string.Formatter()
    missing = []
    for catalogue, texts in ((cli, cli_texts()), (messages, message_templates())):
        for text, where in texts.items():
            translation = catalogue.get(text)
            if not translation:
                missing.append(f"{where}: {text!r}")
                continue
            names = sorted(n for _, n, _, _ in formatter.parse(text) if n is not None)
            ours = sorted(n for _, n, _, _ in formatter.parse(translation) if n is not None)
            percent = sorted(re.findall(r"%\(\w+\)[sr]|%[sr]", text))
            if names != ours or percent != sorted(re.findall(r"%\(\w+\)[sr]|%[sr]", translation)):
                missing.append(f"{where}: placeholders differ in {translation!r}")
    assert len(cli_texts()) > 250 and len(message_templates()) > 100
    assert missing == [], "\n".join(missing)


def test_english_stays_english(monkeypatch, capsys, tmp_path):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, printed = run(["mrz", "check", "P<UTO"], capsys)
    assert code == 2
    assert "an MRZ has 2 or 3 lines, not 1" in printed
    code, printed = run(["pack", "validate"], capsys)
    assert code == 2 and "usage: docinspect pack validate" in printed
    assert "the following arguments are required: PATH" in printed


def test_a_scene_that_cannot_be_drawn_is_named_not_a_crash(packs, capsys, monkeypatch):
    """render lists a scene's problems (plain text from the scene reader) and says why it
    stops, in the language, without an internal error."""
    from docinspect.model.scene import SceneError

    def broken(_pack, _specimen_id):
        raise SceneError(["scene.json: items[0].material: unknown field"])

    monkeypatch.setattr("docinspect.cli.render.open_source", broken)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    specimen = _first_specimen(packs["generated"])
    argv = ["render", str(packs["generated"]), specimen.id, "--light", "white", "--out", "x.png"]
    code, printed = run(argv, capsys)
    assert code == 2
    assert "scene.json: items[0].material: unknown field" in printed
    assert "его сцену нельзя отрисовать" in printed and "внутренняя ошибка" not in printed
