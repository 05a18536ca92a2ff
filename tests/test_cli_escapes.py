"""What the command line prints is text, never a terminal command: names and values from
databases, bundles and files are shown with their control characters escaped."""

from __future__ import annotations

import os
import subprocess
import sys

from docinspect.cli.common import shown
from docinspect.store import open_store


def test_controls_and_bidi_overrides_become_visible_escapes():
    assert shown("Ann\x1b]0;pwned\x07") == "Ann\\x1b]0;pwned\\x07"
    assert shown("abc\u202eevil") == "abc\\u202eevil"
    assert shown("a\x9bb") == "a\\x9bb"  # C1 CSI, a one-byte ESC [
    assert shown("line one\nline two\tcol\rbar") == "line one\nline two\tcol\rbar"
    assert shown("Иван Петров — Ωmega") == "Иван Петров — Ωmega"


def test_a_hostile_name_in_an_error_message_reaches_the_terminal_escaped(
    tmp_path, private_data_dir
):
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    open_store(db).close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "docinspect",
            "report",
            "trainee",
            "--trainee",
            "Eve\x1b[2J\u202eniaga",
            "--out",
            str(tmp_path / "r.pdf"),
            "--db",
            db,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DOCINSPECT_HOME": str(private_data_dir)},
    )
    assert result.returncode == 2, result.stderr
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "Eve\\x1b[2J\\u202eniaga" in result.stderr
