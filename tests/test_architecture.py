"""The core below ui/ must run without a display: these tests fail when it stops doing so."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "docinspect"


def _qt_widget_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        found += [n for n in names if n.startswith("PySide6.QtWidgets")]
    return found


def test_nothing_below_ui_imports_qt_widgets():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in ("ui", "cli") or rel.name == "__main__.py":
            continue
        hits = _qt_widget_imports(path)
        if hits:
            offenders[str(rel)] = hits
    assert offenders == {}, f"QtWidgets imported below docinspect/ui: {offenders}"


def test_the_check_itself_catches_a_widget_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6 import QtWidgets\nimport PySide6.QtWidgets as w\n")
    assert len(_qt_widget_imports(bad)) == 2


def test_core_imports_with_qt_widgets_blocked():
    """Import every core module in a fresh interpreter where QtWidgets cannot be imported."""
    core = [
        p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] not in ("ui",)
        and "migrations" not in p.parts
        and p.name != "__main__.py"
    ]
    core = [m.removesuffix(".__init__") for m in core]
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.startswith('PySide6.QtWidgets'):\n"
        "            raise ImportError('QtWidgets is blocked below ui/')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {sorted(core)!r}:\n"
        "    importlib.import_module(m)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        p.parent.relative_to(ROOT).as_posix().replace("/", ".")
        for p in PACKAGE.rglob("__init__.py")
    }
    missing = found - listed
    assert not missing, f"add these packages to [tool.setuptools] packages: {sorted(missing)}"
