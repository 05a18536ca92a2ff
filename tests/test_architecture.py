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


#: Modules under ui/ that import nothing from Qt, each with the reason it stays there. A new
#: Qt-free module under ui/ fails the test below: its logic belongs below ui/ (classroom/,
#: analytics/, training/, a Store query), where it runs and is tested without a display.
QT_FREE_UI_ALLOWED: dict[str, str] = {}

#: Imports that make a module Qt code though they do not name PySide6 (a QWidget subclass).
_QT_BY_WAY_OF = ("PySide6", "matplotlib.backends.backend_qt")


def _imports_qt(path: Path) -> bool:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        if any(n.startswith(p) for n in names for p in _QT_BY_WAY_OF):
            return True
    return False


def _qt_free_ui_modules() -> set[str]:
    """ui/ modules, other than package files, that import nothing from Qt."""
    return {
        path.relative_to(PACKAGE).as_posix()
        for path in (PACKAGE / "ui").rglob("*.py")
        if path.name != "__init__.py" and not _imports_qt(path)
    }


def test_no_new_qt_free_module_under_ui():
    stranded = _qt_free_ui_modules() - set(QT_FREE_UI_ALLOWED)
    assert not stranded, (
        f"these ui/ modules import nothing from Qt: move their logic below ui/ "
        f"(or allow one in QT_FREE_UI_ALLOWED with a reason): {sorted(stranded)}"
    )


def test_every_allowed_qt_free_ui_module_still_is_one():
    """An allowance outlives its reason when the module moved or started using Qt."""
    assert set(QT_FREE_UI_ALLOWED) <= _qt_free_ui_modules()


def test_the_qt_free_check_tells_qt_code_from_plain_code(tmp_path):
    cases = {
        "from PySide6.QtCore import QObject\n": True,
        "import PySide6.QtGui\n": True,
        "from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg\n": True,
        "from docinspect.store import Store\nimport numpy\n": False,
        "from .PySide6 import x\n": False,
    }
    for text, qt in cases.items():
        path = tmp_path / "m.py"
        path.write_text(text)
        assert _imports_qt(path) is qt, text


def _ui_package_imports(ui: Path) -> dict[str, set[str]]:
    """Which packages under ``ui`` (its folders) import which others, counting every import
    statement of every module, a deferred one inside a function too: a circle of packages
    is a tangle however late its imports run."""
    packages = {p.name for p in ui.iterdir() if (p / "__init__.py").is_file()}
    graph: dict[str, set[str]] = {name: set() for name in packages}
    for name in packages:
        for path in (ui / name).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
                if isinstance(node, ast.Import):
                    targets = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    targets = [node.module]
                else:
                    continue
                for target in targets:
                    parts = [*target.split("."), ""]
                    if parts[:2] == ["docinspect", "ui"] and parts[2] in packages - {name}:
                        graph[name].add(parts[2])
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each circle in ``graph``, as the path from a package back to itself (one per package
    on a circle; none when the graph is a layering)."""
    found = []
    for start in sorted(graph):
        stack = [(start, [start])]
        seen: set[str] = set()
        while stack:
            node, path = stack.pop()
            for nxt in sorted(graph[node]):
                if nxt == start:
                    found.append([*path, start])
                    stack = []
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*path, nxt]))
    return found


def test_no_circle_between_the_ui_packages():
    """ui/practice uses the classroom seat (ui/classroom), the presenter shows the live
    class's view, and so on, one way only: ui/classroom/practice.py once imported ui/practice
    while ui/practice/window.py imported ui/classroom (issue 19, item 3)."""
    circles = _circles(_ui_package_imports(PACKAGE / "ui"))
    assert not circles, f"packages under docinspect/ui import each other: {circles}"


def test_the_circle_check_finds_a_circle_through_a_deferred_import(tmp_path):
    ui = tmp_path / "ui"
    for name, text in {
        "practice": "from docinspect.ui.classroom.seat_link import SeatLink\n",
        "classroom": "def window():\n    from docinspect.ui.practice import PracticeWindow\n",
        "inspect": "from docinspect.ui.practice.pages import mode_name\n",
    }.items():
        (ui / name).mkdir(parents=True)
        (ui / name / "__init__.py").write_text("")
        (ui / name / "m.py").write_text(text)
    circles = _circles(_ui_package_imports(ui))
    assert ["classroom", "practice", "classroom"] in circles
    assert ["practice", "classroom", "practice"] in circles
    assert not [c for c in circles if c[0] == "inspect"]  # it only uses the circle
    (ui / "classroom" / "m.py").write_text("")
    assert _circles(_ui_package_imports(ui)) == []
