"""``docinspect pack info`` and ``validate`` on valid packs, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hostile.packbuild import read_json, valid_pack, write_json


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "docinspect", "pack", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


def test_info_lists_each_specimen(tmp_path: Path):
    pack = valid_pack(tmp_path / "p.zip", specimens=2)
    result = run("info", str(pack))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Demo pack (demo, version 1.0, format 1)" in out
    assert "2 specimens, 1 exercises" in out
    assert "s02  Specimen s02" in out
    assert "type TD3, 125 x 88 mm, issuing state UTO" in out
    assert "lights: white, uv365 (captured)" in out
    assert "verdict: counterfeit" in out
    assert "    L898902C36UTO7408122F1204159ZE184226B<<<<<10" in out
    assert (
        "r1: forgery_indicator" in out
        and "rect 30 x 20 mm at (10, 10), lights uv365, loupe >= 1x" in out
    )


def test_info_json(tmp_path: Path):
    pack = valid_pack(tmp_path / "p", specimens=1)
    result = run("info", "--json", str(pack))
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    (s,) = info["specimens"]
    assert info["id"] == "demo" and info["format"] == 1
    assert s["id"] == "s01" and s["document_type"] == "td3" and s["size_mm"] == [125.0, 88.0]
    assert s["lights"] == ["white", "uv365"] and s["verdict"] == "counterfeit"
    assert len(s["mrz"]) == 2
    assert s["regions"][0]["shape"] == {
        "type": "rect",
        "x": 10.0,
        "y": 10.0,
        "width": 30.0,
        "height": 20.0,
    }
    assert info["exercises"] == [{"id": "e1", "file": "exercises/e1.json"}]


def test_info_on_an_invalid_pack_lists_the_problems(tmp_path: Path):
    pack = valid_pack(tmp_path / "p", specimens=1)
    spec = read_json(pack / "specimens/s01/specimen.json")
    spec["size_mm"] = [125, -1]
    write_json(pack / "specimens/s01/specimen.json", spec)
    result = run("info", str(pack))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "specimens/s01/specimen.json: size_mm[1]: must be a positive number, got -1"
    )


def test_validate_json_on_a_valid_pack(tmp_path: Path):
    pack = valid_pack(tmp_path / "p", specimens=3)
    result = run("validate", "--json", str(pack))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {
        "path": str(pack),
        "valid": True,
        "problems": [],
        "id": "demo",
        "format": 1,
        "specimens": 3,
    }
    quick = run("validate", "--quick", str(pack))
    assert quick.returncode == 0 and "3 specimens" in quick.stdout


def test_help_lists_pack_commands():
    result = run("--help")
    assert result.returncode == 0
    assert "validate" in result.stdout and "info" in result.stdout
