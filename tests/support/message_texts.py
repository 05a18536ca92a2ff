"""Every text of the command line and every core message, found in the source: what the
catalogues ``assets/i18n/cli-*.po`` and ``messages-*.po`` must translate (decision 0032)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "docinspect"

#: argparse's own texts a user can meet (its msgids; ``argparse`` passes them to gettext).
ARGPARSE_TEXTS = (
    "usage: ",
    "options",
    "positional arguments",
    "show this help message and exit",
    "%(prog)s: error: %(message)s\n",
    "argument %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s",
    "expected one argument",
    "expected at least one argument",
    "expected at most one argument",
    "expected %s argument",
    "expected %s arguments",
    "ignored explicit argument %r",
    "invalid %(type)s value: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "not allowed with argument %s",
    "one of the arguments %s is required",
    "the following arguments are required: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
    "unrecognized arguments: %s",
    "can't open '%(filename)s': %(error)s",
)


def _constant(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _calls(path: Path, names: set[str]) -> list[ast.Call]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name in names:
            found.append(node)
    return found


def cli_texts() -> dict[str, str]:
    """text -> where, of the command line's own texts (``docinspect report``'s messages are
    the reports' catalogue's and left out; its help texts are the command line's)."""
    texts: dict[str, str] = {}
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        for call in _calls(path, {"tr"}):
            text = _constant(call.args[0] if call.args else None)
            if text and path.name != "report.py":
                texts.setdefault(text, f"{path.name}:{call.lineno}")
        for call in _calls(path, {"add_argument", "add_parser", "Parser", "add", "_common"}):
            for keyword in call.keywords:
                if keyword.arg in ("help", "description", "out_help"):
                    text = _constant(keyword.value)
                    if text:
                        texts.setdefault(text, f"{path.name}:{call.lineno}")
            if getattr(call.func, "id", None) == "add" and len(call.args) >= 2:
                text = _constant(call.args[1])  # classroom's add(name, help, func)
                if text:
                    texts.setdefault(text, f"{path.name}:{call.lineno}")
                    texts.setdefault(text[:1].upper() + text[1:], f"{path.name}:{call.lineno}")
    cli = importlib.import_module("docinspect.cli")
    for _module, help_text in cli.COMMANDS.values():
        texts.setdefault(help_text, "cli/__init__.py COMMANDS")
    for module, name in (("mrz", "_LAYOUT_TITLES"), ("chip", "_STATUS_TEXT"), ("chip", "_MARKS")):
        table = getattr(importlib.import_module(f"docinspect.cli.{module}"), name)
        for text in table.values():
            texts.setdefault(text, f"cli/{module}.py {name}")
    classroom = importlib.import_module("docinspect.cli.classroom")
    texts.setdefault(classroom._DB_HELP, "cli/classroom.py _DB_HELP")
    for text in ARGPARSE_TEXTS:
        texts.setdefault(text, "argparse")
    return texts


def message_templates() -> dict[str, str]:
    """template -> where, of every core Message: ``Message("...")`` with a written template
    anywhere under docinspect/, and the tables whose entries become Messages."""
    texts: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "cli" in path.relative_to(PACKAGE).parts:
            continue
        for call in _calls(path, {"Message"}):
            first = call.args[0] if call.args else None
            options = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            for option in options:
                text = _constant(option)
                if text:
                    texts.setdefault(text, f"{path.relative_to(PACKAGE)}:{call.lineno}")
    for call in _calls(PACKAGE / "model" / "scene.py", {"_problem"}):
        first = call.args[2] if len(call.args) > 2 else None
        options = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
        for option in options:
            text = _constant(option)
            if text:  # a scene problem's reason, apart from its field
                texts.setdefault(text, f"model/scene.py:{call.lineno}")
    for call in _calls(PACKAGE / "model" / "scene_cost.py", {"_over"}):
        text = _constant(call.args[1] if len(call.args) > 1 else None)
        if text:  # a scene's cost limit, apart from its field
            texts.setdefault(text, f"model/scene_cost.py:{call.lineno}")
    for call in _calls(PACKAGE / "classroom" / "classroom.py", {"_require_instructor"}):
        text = _constant(call.args[1] if len(call.args) > 1 else None)
        if text:  # what a trainee cannot do: "a trainee cannot {what}"
            texts.setdefault(text, f"classroom/classroom.py:{call.lineno}")
    for action in importlib.import_module("docinspect.classroom.access").Action:
        texts.setdefault(action.value, "classroom/access.py Action")
    mrz = importlib.import_module("docinspect.mrz")
    for text in mrz.FIELD_NAMES:
        texts.setdefault(text, "mrz.py FIELD_NAMES")
    i18n = importlib.import_module("docinspect.i18n")
    for text in i18n._OS_REASONS.values():
        texts.setdefault(text, "i18n.py _OS_REASONS")
    fx = importlib.import_module("docinspect.synth.forgeries")
    for table in (
        fx.BOOKLET_ONLY,
        fx.PAPER_ONLY,
        fx.PAPER_ONLY_ON_PAGE,
        fx.BACK_REFUSALS,
        fx.BOOKLET_METHODS,
    ):
        for text in table.values():
            texts.setdefault(text, "synth/forgeries.py")
    texts.setdefault("it is not a passport booklet", "synth/forgeries.py")
    for _field, what, why in fx.NEEDS_LAYOUT.values():
        texts.setdefault(what, "synth/forgeries.py NEEDS_LAYOUT")
        texts.setdefault(why, "synth/forgeries.py NEEDS_LAYOUT")
    exam_content = importlib.import_module("docinspect.classroom.exam_content")
    for text in exam_content.UNSEALABLE.values():
        texts.setdefault(text, "classroom/exam_content.py UNSEALABLE")
    profiles = importlib.import_module("docinspect.synth.profiles")
    for profile in profiles.PROFILES.values():
        for text in profile.refused.values():
            texts.setdefault(text, "synth/profiles.py refused")
    for extra in getattr(importlib.import_module("docinspect.packs.fields"), "MESSAGE_TABLES", ()):
        for text in extra:
            texts.setdefault(text, "packs/fields.py")
    return texts
