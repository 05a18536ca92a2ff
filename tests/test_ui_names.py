"""One table of light and verdict names (issue 19): every window takes them from ui/names.py,
so a translator meets each name once and a trainee reads the same word everywhere."""

from __future__ import annotations

import ast
from pathlib import Path

from docinspect.model.light import Light
from docinspect.model.truth import Verdict
from docinspect.ui import names

UI = Path(__file__).resolve().parents[1] / "docinspect" / "ui"

#: Words that are also names of other things: forger profiles in the generate dialog and
#: forgery methods in the taxonomy share a verdict's words but are not verdicts.
OTHER_MEANINGS = {
    ("generate_dialog.py", "stolen blank"),
    ("generate_dialog.py", "fantasy document"),
    ("generate_dialog.py", "impostor"),
    ("taxonomy_text.py", "fantasy document"),
    ("taxonomy_text.py", "impostor (look-alike)"),
}


def _translatable_literals(path: Path) -> list[str]:
    """Source texts of tr(), translate() and QT_TRANSLATE_NOOP() calls in a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        if name == "tr" and node.args:
            text = node.args[0]
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            text = node.args[1]
        else:
            continue
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.append(text.value)
    return found


def test_every_light_and_verdict_has_each_form():
    assert (
        set(names.LIGHT_LABELS) == set(names.LIGHT_NAMES) == set(names.LIGHT_PHRASES) == set(Light)
    )
    assert set(names.VERDICT_LABELS) == set(names.VERDICT_NAMES) == set(Verdict)
    assert names.light_label(Light.OBLIQUE) == "Oblique"
    assert names.light_name(Light.OBLIQUE) == "oblique light"
    assert names.verdict_label("counterfeit") == "Counterfeit"
    assert names.verdict_name(Verdict.IMPOSTOR) == "used by an impostor"
    assert names.verdict_name("something new") == "something new"


def test_no_window_names_a_light_or_verdict_itself():
    tables = (
        names.LIGHT_LABELS,
        names.LIGHT_NAMES,
        names.LIGHT_PHRASES,
        names.VERDICT_LABELS,
        names.VERDICT_NAMES,
    )
    known = {text.lower() for table in tables for text in table.values()}
    # Bare "UV"/"IR" and similar short forms inside longer sentences are fine; whole names are not.
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "names.py":
            continue
        for text in _translatable_literals(path):
            if text.lower() in known and (path.name, text.lower()) not in OTHER_MEANINGS:
                offenders.append(f"{path.relative_to(UI)}: {text!r}")
    assert not offenders, "use docinspect.ui.names instead:\n" + "\n".join(offenders)
