"""Hostile exercise and lesson-plan files through the real command line: each is refused with
``file: reason`` and exit 1, never an internal error (exit 2 with a traceback in the log)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _validate(kind: str, path: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "docinspect", kind, "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DOCINSPECT_HOME": str(home)},
    )


HUGE_INTEGER = '{"format": 1, "id": "x", "questions": [], "n": ' + "9" * 100_001 + "}"
DEEP = "[" * 200_000 + "]" * 200_000


@pytest.mark.parametrize("kind", ["exercise", "lesson"])
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (HUGE_INTEGER, "a number has more than 4300 digits"),
        (DEEP, "nested too deeply"),
    ],
    ids=["100001-digit-integer", "nested-200000-deep"],
)
def test_a_hostile_file_is_refused_with_its_reason(tmp_path, private_data_dir, kind, text, reason):
    path = tmp_path / ("bad.json" if kind == "exercise" else "bad.lesson")
    path.write_text(text)
    result = _validate(kind, path, private_data_dir)
    assert result.returncode == 1, result.stderr
    assert f"{path}: " in result.stderr and reason in result.stderr
    assert "internal error" not in result.stderr


def test_a_lesson_plan_of_100_mb_is_refused_by_its_size(tmp_path, private_data_dir):
    path = tmp_path / "huge.lesson"
    with path.open("w") as f:
        f.write('{"title": "')
        for _ in range(100):
            f.write("x" * (1 << 20))
        f.write('"}')
    result = _validate("lesson", path, private_data_dir)
    assert result.returncode == 1
    assert f"{path}: larger than 4 MB" in result.stderr
