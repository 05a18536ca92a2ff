"""Installing on a classroom PC without the internet (scripts/build-offline-bundle).

Slow (it downloads every dependency's wheel for Linux and Windows, and installs the Linux set
into a fresh virtual environment), but it runs in CI: what it checks is exactly what an
instructor on an air-gapped PC depends on.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import docinspect
from docinspect.store import head_revision, open_store

ROOT = Path(__file__).resolve().parent.parent
PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"
FIXTURES = Path(__file__).parent / "fixtures"

pytestmark = pytest.mark.slow


def _build(platform: str, out: Path) -> Path:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build-offline-bundle"), "--platform", platform]
        + ["--python", PYTHON, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / f"docinspect-{docinspect.__version__}-{platform}-py{PYTHON.replace('.', '')}"


def _offline_env(home: Path, prefix: Path) -> dict[str, str]:
    """No index reachable: pip may use only the bundle's folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUAL_ENV"))}
    return {
        **env,
        "HOME": str(home),
        "DOCINSPECT_PREFIX": str(prefix),
        "DOCINSPECT_HOME": str(home / "data"),
        "PIP_INDEX_URL": "http://127.0.0.1:9/nowhere",
        "PIP_CONFIG_FILE": os.devnull,
        "PYTHON": sys.executable,
        "QT_QPA_PLATFORM": "offscreen",
    }


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    return {"linux": _build("linux", out), "windows": _build("windows", out)}


def test_the_linux_bundle_installs_offline_and_opens_a_pack(bundles, tmp_path):
    bundle = bundles["linux"]
    assert (bundle / "README.txt").read_text().startswith(f"DocInspect {docinspect.__version__}")
    home, prefix = tmp_path / "home", tmp_path / "app"
    home.mkdir()
    env = _offline_env(home, prefix)
    # Run from this checkout on purpose: a docinspect folder in the current directory must not
    # be mistaken for the installed one.
    result = subprocess.run(
        ["sh", str(bundle / "install.sh")],
        capture_output=True, text=True, env=env, timeout=900, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"installed DocInspect {docinspect.__version__}" in result.stdout
    assert f"data folder: {home / 'data'}" in result.stdout
    assert (home / ".local/share/applications/docinspect.desktop").exists()
    assert (home / ".local/bin/docinspect").resolve() == prefix / "venv/bin/docinspect"

    installed = prefix / "venv" / "bin"
    pack = tmp_path / "pack"
    gen = subprocess.run(
        [str(installed / "docinspect"), "generate", "--out", str(pack), "--count", "2"],
        capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    assert gen.returncode == 0, gen.stderr
    # The installed app (not this checkout: the script runs outside it) opens the pack.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import docinspect.ui.app as ui\n"
        "assert 'site-packages' in ui.__file__, ui.__file__\n"
        "app = QApplication(['docinspect'])\n"
        "settings = ui.AppSettings()\n"
        "ui.prepare_application(app, settings)\n"
        "window = ui.start_window(settings, [Path(sys.argv[1])])\n"
        "for _ in range(600):\n"
        "    app.processEvents()\n"
        "    if not window.is_busy():\n"
        "        break\n"
        "    import time; time.sleep(0.05)\n"
        "print('packs', len(window.model.pack_paths()))\n"
        "window.close()\n"
    )
    run = subprocess.run(
        [str(installed / "python"), "-c", script, str(pack)],
        capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "packs 1" in run.stdout

    # The same bundle again: reinstalled, nothing lost.
    again = subprocess.run(
        ["sh", str(bundle / "install.sh")], capture_output=True, text=True, env=env, timeout=900
    )
    assert again.returncode == 0 and "was installed already" in again.stdout

    # An older bundle over a newer installation is refused (pretend the installed one is newer).
    metadata = next(prefix.glob("venv/lib/python*/site-packages/docinspect-*.dist-info/METADATA"))
    text = metadata.read_text()
    metadata.write_text(text.replace(f"Version: {docinspect.__version__}", "Version: 99.0.0"))
    down = subprocess.run(
        ["sh", str(bundle / "install.sh")],
        capture_output=True, text=True, env=env, timeout=900, cwd=ROOT,
    )  # fmt: skip
    assert down.returncode == 2
    assert "DocInspect 99.0.0 is installed" in down.stderr and "Refused" in down.stderr


def test_a_damaged_bundle_is_refused(bundles, tmp_path):
    copy = tmp_path / "bundle"
    shutil.copytree(bundles["linux"], copy)
    wheel = next((copy / "wheels").glob("docinspect-*.whl"))
    wheel.write_bytes(wheel.read_bytes()[:-10])
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        ["sh", str(copy / "install.sh")],
        capture_output=True, text=True, env=_offline_env(home, tmp_path / "app"), timeout=300,
    )  # fmt: skip
    assert result.returncode == 2 and "damaged" in result.stderr


def test_the_windows_bundle_has_every_wheel_its_requirements_need(bundles, tmp_path):
    wheels = bundles["windows"] / "wheels"
    assert (bundles["windows"] / "install.ps1").exists()
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-index", "--find-links",
         str(wheels), "--platform", "win_amd64", "--only-binary=:all:", "--python-version",
         PYTHON, "--target", str(tmp_path / "t"), "docinspect"],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "PIP_CONFIG_FILE": os.devnull},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"docinspect-{docinspect.__version__}" in result.stdout
    assert "PySide6_Essentials" in result.stdout


def test_results_of_release_0_1_0_are_kept_by_this_version(tmp_path):
    """A results database saved by release 0.1.0 (schema 0002) opens, migrates if needed,
    and keeps every trainee, session and attempt."""
    db = tmp_path / "results.sqlite3"
    shutil.copy(FIXTURES / "results-0.1.0.sqlite3", db)
    with sqlite3.connect(db) as conn:
        before = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("trainees", "exercise_sessions", "attempts", "attempt_skills")
        }
    assert before["attempts"] > 0
    store = open_store(f"sqlite:///{db}")
    assert store.schema_revision() == head_revision()
    names = sorted(t.name for t in store.trainees())
    attempts = sum(len(store.attempts_for(t.id)) for t in store.trainees())
    store.close()
    assert names == ["Ann Release", "Bob Release"]
    assert attempts == before["attempts"]
