"""Hostile scenes (``scene.json`` of a generated specimen) through the real command line.

``pack validate`` must refuse each with ``file: field: reason`` (exit 1) and ``render`` with
a message (exit 2), quickly and in bounded memory: nothing drawn from outside the pack, no
hang on a FIFO, no crash on millions of characters, no minutes spent on millions of samples.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SPECIMEN = "td3-0001"
#: The limits of the pack tests: every hostile scene is refused within these.
MEMORY_LIMIT = 1024 * 1024 * 1024


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "pack"
    home = tmp_path_factory.mktemp("home")
    result = subprocess.run(
        # A paper page (Utopia): the hostile scenes multiply its fibres, which a
        # polycarbonate page (Nerevia's) has none of.
        [
            sys.executable,
            "-m",
            "docinspect",
            "generate",
            "--out",
            str(out),
            "--count",
            "1",
            "--state",
            "UTO",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "DOCINSPECT_HOME": str(home)},
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def pack(generated: Path, tmp_path: Path) -> Path:
    copy_ = tmp_path / "pack"
    shutil.copytree(generated, copy_)
    return copy_


def _scene_path(pack: Path) -> Path:
    return pack / "specimens" / SPECIMEN / "scene.json"


def _edit(pack: Path, change) -> None:
    path = _scene_path(pack)
    scene = json.loads(path.read_text())
    change(scene)
    path.write_text(json.dumps(scene))


def _item(scene, kind):
    return next(i for i in scene["items"] if i["kind"] == kind)


def _limited(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a child limited to 1 GiB of address space (and 60 s, as a safety net)."""
    script = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}))\n"
        "from docinspect.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "DOCINSPECT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
    )


def _validate_refuses(pack: Path, home: Path, field: str, reason: str) -> None:
    result = _limited(["pack", "validate", str(pack)], home)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    line = f"specimens/{SPECIMEN}/scene.json: {field}"
    assert any(line in x and reason in x for x in result.stderr.splitlines()), result.stderr


def _render_refuses(pack: Path, home: Path, reason: str, tmp_path: Path) -> None:
    out = tmp_path / "out.png"
    result = subprocess.run(
        [sys.executable, "-m", "docinspect", "render", str(pack), SPECIMEN]
        + ["--light", "white", "--dpi", "100", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "DOCINSPECT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert reason in result.stderr and "internal error" not in result.stderr
    assert not out.exists()


def test_the_generated_scene_itself_passes(generated, private_data_dir):
    result = _limited(["pack", "validate", str(generated)], private_data_dir)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("outside", ["absolute", "dotdot", "symlink"])
def test_an_image_item_is_drawn_only_from_inside_the_specimen_folder(
    pack, private_data_dir, tmp_path, outside
):
    secret = tmp_path / "secret.png"
    shutil.copy(pack / "specimens" / SPECIMEN / "portrait.png", secret)
    folder = pack / "specimens" / SPECIMEN
    if outside == "absolute":
        name = str(secret)
    elif outside == "dotdot":
        name = "../../../secret.png"
    else:
        (folder / "link.png").symlink_to(secret)
        name = "link.png"
    index = None

    def point_outside(scene):
        nonlocal index
        raster = _item(scene, "raster")
        index = scene["items"].index(raster)
        raster["file"] = name

    _edit(pack, point_outside)
    _validate_refuses(pack, private_data_dir, f"items[{index}].file", "")
    _render_refuses(pack, private_data_dir, f"items[{index}].file", tmp_path)


def test_an_image_item_that_is_a_fifo_does_not_hang(pack, private_data_dir, tmp_path):
    folder = pack / "specimens" / SPECIMEN
    os.mkfifo(folder / "pipe.png")
    _edit(pack, lambda s: _item(s, "raster").__setitem__("file", "pipe.png"))
    _validate_refuses(pack, private_data_dir, "items[", "not a regular file")
    _render_refuses(pack, private_data_dir, "not a regular file", tmp_path)


def test_a_scene_file_that_is_a_fifo_does_not_hang(pack, private_data_dir, tmp_path):
    path = _scene_path(pack)
    path.unlink()
    os.mkfifo(path)
    result = _limited(["pack", "validate", str(pack)], private_data_dir)
    assert result.returncode == 1 and "not a regular file" in result.stderr


def test_a_text_of_five_million_characters_is_refused(pack, private_data_dir, tmp_path):
    _edit(pack, lambda s: _item(s, "text").__setitem__("text", "W" * 5_000_000))
    _validate_refuses(pack, private_data_dir, "items[", "5,000,000 characters")
    _render_refuses(pack, private_data_dir, "5,000,000 characters", tmp_path)


def test_forty_rosettes_of_a_million_samples_are_refused(pack, private_data_dir, tmp_path):
    def add(scene):
        rosette = _item(scene, "rosette")
        for k in range(40):
            scene["items"].append({**copy.deepcopy(rosette), "id": f"r{k}", "samples": 1_000_000})

    _edit(pack, add)
    _validate_refuses(pack, private_data_dir, "items[", "points, more than the limit")
    _render_refuses(pack, private_data_dir, "points, more than the limit", tmp_path)


def test_two_hundred_fibre_items_of_100k_fibres_are_refused(pack, private_data_dir, tmp_path):
    def add(scene):
        fibres = _item(scene, "fibres")
        for k in range(200):
            scene["items"].append({**copy.deepcopy(fibres), "id": f"f{k}", "count": 100_000})

    _edit(pack, add)
    _validate_refuses(pack, private_data_dir, "items", "more than the limit")
    _render_refuses(pack, private_data_dir, "more than the limit", tmp_path)


def test_a_scene_nested_200000_deep_is_refused(pack, private_data_dir, tmp_path):
    _scene_path(pack).write_text("[" * 200_000 + "]" * 200_000)
    _validate_refuses(pack, private_data_dir, "", "nested deeper than")
    _render_refuses(pack, private_data_dir, "nested deeper than", tmp_path)


def test_an_unknown_tilt_axis_is_refused_naming_its_field(pack, private_data_dir, tmp_path):
    def change(scene):
        item = next(i for i in scene["items"] if i["material"].get("tilt"))
        item["material"]["tilt"]["axis"] = "diagonal"

    _edit(pack, change)
    reason = "tilt.axis: 'diagonal' is not one of: left_right, towards_away"
    _validate_refuses(pack, private_data_dir, "items[", reason)
    _render_refuses(pack, private_data_dir, reason, tmp_path)
