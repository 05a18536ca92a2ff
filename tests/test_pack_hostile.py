"""Hostile packs through the real command line: each is refused with exit 1 or 2 and a one-line
reason naming the file, without a traceback, and nothing is written outside the pack.

Every fixture is built here by code. The command runs with a fresh, empty working folder and
the test's private DOCINSPECT_HOME; afterwards the test folder, the working folder and the
pack cache are compared with what they held before.
"""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hostile.packbuild import (
    huge_png_header,
    image_bytes,
    read_json,
    valid_pack,
    write_json,
)

from docinspect.packs import validate_pack

SPEC = "specimens/s01/specimen.json"


def _tree(folder: Path) -> set[str]:
    if not folder.exists():
        return set()
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


class Cli:
    """Runs ``python -m docinspect pack ...`` and checks that nothing leaks out."""

    def __init__(self, tmp_path: Path, home: Path) -> None:
        self.tmp_path = tmp_path
        self.home = home
        self.cwd = tmp_path / "cwd"
        self.cwd.mkdir()

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "docinspect", "pack", *args],
            capture_output=True,
            text=True,
            cwd=self.cwd,
            env={**os.environ, "DOCINSPECT_HOME": str(self.home)},
            timeout=120,
        )

    def rejects(self, path: Path, names: str, *, code: tuple[int, ...] = (1,)) -> list[str]:
        """Validate ``path``; assert it is refused with a line naming ``names``; return the lines."""
        before_tmp = _tree(self.tmp_path)
        before_home = _tree(self.home)
        result = self.run("validate", str(path))
        assert result.returncode in code, (result.returncode, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert lines, "no reason given"
        assert any(names in line for line in lines), lines
        assert _tree(self.tmp_path) == before_tmp, "something was written next to the pack"
        assert _tree(self.cwd) == set(), "something was written in the working folder"
        new_in_home = _tree(self.home) - before_home
        assert not new_in_home - {"pack-cache"}, (
            f"unexpected files in the data folder: {new_in_home}"
        )
        return lines


@pytest.fixture
def cli(tmp_path: Path, private_data_dir: Path) -> Cli:
    return Cli(tmp_path, private_data_dir)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    return valid_pack(tmp_path / "pack", specimens=2, exercises=2)


def _zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def _valid_entries(folder: Path) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    return [
        (p.relative_to(folder).as_posix(), p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    ]


# --- the valid pack, as a baseline -------------------------------------------------------------


def test_valid_pack_passes(cli: Cli, pack: Path, tmp_path: Path):
    result = cli.run("validate", str(pack))
    assert result.returncode == 0, result.stderr
    assert "valid pack 'demo'" in result.stdout
    zipped = _zip(tmp_path / "pack.zip", _valid_entries(pack))
    result = cli.run("validate", str(zipped))
    assert result.returncode == 0, result.stderr


# --- unusable paths ----------------------------------------------------------------------------


def test_missing_path_is_unusable(cli: Cli, tmp_path: Path):
    cli.rejects(tmp_path / "nowhere", "nowhere: no such file or folder", code=(2,))


def test_a_plain_file_is_unusable(cli: Cli, tmp_path: Path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    cli.rejects(text, "neither a pack folder nor a zip file", code=(2,))


# --- zip archives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../evil.txt",
        "specimens/../../evil.txt",
        "/tmp/evil.txt",
        "C:/evil.txt",
        "C:\\evil.txt",
        "a\\..\\..\\evil.txt",
    ],
)
def test_zip_entry_that_escapes_the_pack(cli: Cli, pack: Path, tmp_path: Path, name: str):
    archive = _zip(tmp_path / "evil.zip", [*_valid_entries(pack), (name, b"pwned")])
    lines = cli.rejects(archive, "evil.zip")
    assert any("outside the pack" in line for line in lines), lines
    assert not list(tmp_path.parent.glob("evil.txt"))
    assert not (cli.home / "pack-cache").exists() or not any((cli.home / "pack-cache").iterdir())


def test_zip_symlink_entry(cli: Cli, pack: Path, tmp_path: Path):
    link = zipfile.ZipInfo("specimens/s01/white.png")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    entries = [e for e in _valid_entries(pack) if e[0] != "specimens/s01/white.png"]
    archive = _zip(tmp_path / "link.zip", [*entries, (link, b"/etc/passwd")])
    lines = cli.rejects(archive, "link.zip: specimens/s01/white.png")
    assert any("symbolic link" in line for line in lines)


def test_zip_bomb_by_compression_ratio(cli: Cli, pack: Path, tmp_path: Path):
    archive = _zip(
        tmp_path / "bomb.zip", [*_valid_entries(pack), ("padding.bin", bytes(64 * 1024 * 1024))]
    )
    assert archive.stat().st_size < 1024 * 1024
    lines = cli.rejects(archive, "bomb.zip: padding.bin")
    assert any("zip bomb" in line for line in lines)


def test_zip_bomb_by_entry_count(cli: Cli, tmp_path: Path):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for i in range(10_001):
            archive.writestr(f"f{i}", b"")
    lines = cli.rejects(path, "many.zip")
    assert any("10,001 entries" in line for line in lines)


def _lying_zip(path: Path, name: str, real: bytes, declared: int, pack: Path) -> Path:
    """A zip whose entry ``name`` declares ``declared`` bytes but inflates to ``real``."""
    _zip(path, [*_valid_entries(pack), (name, real)])
    data = bytearray(path.read_bytes())
    size = len(real).to_bytes(4, "little")
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            name_len_at = at + (26 if signature == b"PK\x03\x04" else 28)
            name_len = int.from_bytes(data[name_len_at : name_len_at + 2], "little")
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if (
                data[name_at : name_at + name_len] == name.encode()
                and data[at + offset : at + offset + 4] == size
            ):
                data[at + offset : at + offset + 4] = declared.to_bytes(4, "little")
            start = at + 4
    path.write_bytes(bytes(data))
    return path


def test_zip_entry_that_lies_about_its_size(cli: Cli, pack: Path, tmp_path: Path):
    archive = _lying_zip(tmp_path / "liar.zip", "notes.txt", b"x" * 900_000, 10, pack)
    assert zipfile.ZipFile(archive).getinfo("notes.txt").file_size == 10
    cli.rejects(archive, "liar.zip: notes.txt")
    assert not (cli.home / "pack-cache").exists() or not [
        p for p in (cli.home / "pack-cache").iterdir()
    ], "a half-unpacked pack was left in the cache"


def test_zip_total_size_is_capped_while_reading(
    pack: Path, tmp_path: Path, monkeypatch, private_data_dir
):
    from docinspect.packs import archive as archive_module

    # Declared sizes pass; the real bytes, counted while unpacking, go over the (lowered) cap.
    archive = _zip(tmp_path / "big.zip", _valid_entries(pack))
    declared = sum(i.file_size for i in zipfile.ZipFile(archive).infolist())
    monkeypatch.setattr(archive_module, "MAX_ZIP_TOTAL_BYTES", declared - 1)
    problems = validate_pack(archive)
    assert problems and problems[0].file == "big.zip"
    assert "more than" in problems[0].reason
    assert not any((private_data_dir / "pack-cache").iterdir())


def test_corrupt_zip(cli: Cli, tmp_path: Path):
    path = tmp_path / "junk.zip"
    path.write_bytes(os.urandom(4096))
    cli.rejects(path, "junk.zip", code=(1,))


def test_truncated_zip(cli: Cli, pack: Path, tmp_path: Path):
    whole = _zip(tmp_path / "whole.zip", _valid_entries(pack)).read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    (tmp_path / "whole.zip").unlink()
    cli.rejects(cut, "cut.zip")


def test_zip_without_manifest(cli: Cli, tmp_path: Path):
    path = _zip(tmp_path / "empty.zip", [("readme.txt", b"hello")])
    cli.rejects(path, "empty.zip: pack.json: missing")


# --- images ------------------------------------------------------------------------------------


def test_png_header_claiming_60000_pixels_square(cli: Cli, pack: Path):
    (pack / "specimens/s01/white.png").write_bytes(huge_png_header())
    lines = cli.rejects(pack, "specimens/s01/white.png")
    assert any("60000x60000" in line for line in lines), lines


def test_huge_png_header_is_refused_in_bounded_memory(pack: Path, private_data_dir: Path):
    """In a child process limited to 512 MiB of address space (decoding would need 10 GB)."""
    (pack / "specimens/s01/white.png").write_bytes(huge_png_header())
    (pack / "specimens/s01/uv365.png").write_bytes(huge_png_header(40000, 40000))
    script = (
        "import resource, sys\n"
        "limit = 512 * 1024 * 1024\n"
        "resource.setrlimit(resource.RLIMIT_AS, (limit, limit))\n"
        "from pathlib import Path\n"
        "from docinspect.packs import validate_pack\n"
        "for p in validate_pack(Path(sys.argv[1])):\n"
        "    print(p)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(pack)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DOCINSPECT_HOME": str(private_data_dir)},
    )
    assert result.returncode == 0, result.stderr
    assert "specimens/s01/white.png: header claims 60000x60000 pixels" in result.stdout
    assert "specimens/s01/uv365.png: header claims 40000x40000 pixels" in result.stdout


@pytest.mark.parametrize(
    "fmt, name", [("PNG", "white.png"), ("JPEG", "white.jpg"), ("TIFF", "white.tif")]
)
def test_truncated_image(cli: Cli, pack: Path, fmt: str, name: str):
    folder = pack / "specimens/s01"
    noisy = io.BytesIO()
    from PIL import Image

    Image.effect_noise((250, 176), 80).convert("RGB").save(noisy, fmt)
    data = noisy.getvalue()
    (folder / "white.png").unlink()
    (folder / name).write_bytes(data[: len(data) * 2 // 3])
    spec = read_json(folder / "specimen.json")
    spec["layers"]["white"] = name
    write_json(folder / "specimen.json", spec)
    lines = cli.rejects(pack, f"specimens/s01/{name}")
    assert any("truncated" in line or "corrupt" in line for line in lines), lines


def test_a_text_file_posing_as_an_image(cli: Cli, pack: Path):
    (pack / "specimens/s01/uv365.png").write_text("not an image")
    cli.rejects(pack, "specimens/s01/uv365.png: not a PNG, JPEG or TIFF image")


def test_layers_of_different_sizes(cli: Cli, pack: Path):
    (pack / "specimens/s02/uv365.png").write_bytes(image_bytes((500, 352)))
    cli.rejects(pack, "specimens/s02/specimen.json: layers.uv365: image is 500x352 pixels")


def test_layer_that_is_a_symlink_out_of_the_pack(cli: Cli, pack: Path, tmp_path: Path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(image_bytes())
    layer = pack / "specimens/s01/white.png"
    layer.unlink()
    layer.symlink_to(secret)
    lines = cli.rejects(pack, "specimens/s01/white.png")
    assert any("symbolic link" in line for line in lines)


def test_specimen_folder_that_is_a_symlink(cli: Cli, pack: Path, tmp_path: Path):
    outside = tmp_path / "outside"
    (pack / "specimens/s02").rename(outside)
    (pack / "specimens/s02").symlink_to(outside, target_is_directory=True)
    cli.rejects(
        pack, "specimens/s02/specimen.json: is inside 'specimens/s02', which is a symbolic link"
    )


def test_missing_files(cli: Cli, pack: Path):
    (pack / "specimens/s01/uv365.png").unlink()
    (pack / "exercises/e2.json").unlink()
    lines = cli.rejects(pack, "specimens/s01/uv365.png: missing file")
    assert any(line.startswith("exercises/e2.json: missing file") for line in lines)


# --- manifests ---------------------------------------------------------------------------------


def test_manifest_not_utf8(cli: Cli, pack: Path):
    (pack / "pack.json").write_bytes('{"title": "Pässe"}'.encode("latin-1"))
    cli.rejects(pack, "pack.json: not UTF-8 text")


def test_manifest_that_does_not_parse(cli: Cli, pack: Path):
    (pack / SPEC).write_text('{"id": "s01",,}')
    cli.rejects(pack, f"{SPEC}: not valid JSON")


def test_deeply_nested_manifest(cli: Cli, pack: Path):
    (pack / SPEC).write_text("[" * 200_000 + "]" * 200_000)
    cli.rejects(pack, f"{SPEC}: nested deeper than 64 levels")


def test_huge_manifest(cli: Cli, pack: Path):
    manifest = read_json(pack / "pack.json")
    manifest["padding"] = "x" * (5 * 1024 * 1024)
    write_json(pack / "pack.json", manifest)
    cli.rejects(pack, "pack.json: is 5,")


def test_newer_format(cli: Cli, pack: Path):
    manifest = read_json(pack / "pack.json")
    manifest["format"] = 2
    write_json(pack / "pack.json", manifest)
    cli.rejects(pack, "pack.json: format: format 2 is newer than this DocInspect reads (1)")


def test_wrong_types_are_all_reported_at_once(cli: Cli, pack: Path):
    spec = read_json(pack / SPEC)
    spec["size_mm"] = "big"
    spec["regions"][0]["shape"]["width"] = -2
    spec["regions"][0]["lights"] = "uv365"
    spec["truth"]["verdict"] = "maybe"
    spec["mrz"] = [42]
    write_json(pack / SPEC, spec)
    manifest = read_json(pack / "pack.json")
    manifest["version"] = 3
    write_json(pack / "pack.json", manifest)
    lines = cli.rejects(pack, f"{SPEC}: regions[0].shape.width: must be a positive number, got -2")
    expected = [
        f"{SPEC}: size_mm: must be [width, height] in millimetres, got 'big'",
        f"{SPEC}: regions[0].lights: must be a list, got 'uv365'",
        f"{SPEC}: truth.verdict: must be one of",
        f"{SPEC}: mrz[0]: must be a string, got 42",
        "pack.json: version: must be a string, got 3",
    ]
    for text in expected:
        assert any(line.startswith(text) for line in lines), (text, lines)


def test_region_outside_the_page(cli: Cli, pack: Path):
    spec = read_json(pack / SPEC)
    spec["regions"][0]["shape"] = {"type": "ellipse", "cx": 120, "cy": 80, "rx": 10, "ry": 10}
    write_json(pack / SPEC, spec)
    cli.rejects(pack, f"{SPEC}: regions[0].shape: lies outside the 125 x 88 mm page")


def test_duplicate_ids(cli: Cli, pack: Path):
    spec2 = read_json(pack / "specimens/s02/specimen.json")
    spec2["id"] = "s01"
    spec2["regions"].append(dict(spec2["regions"][0]))
    write_json(pack / "specimens/s02/specimen.json", spec2)
    e2 = read_json(pack / "exercises/e2.json")
    e2["id"] = "e1"
    write_json(pack / "exercises/e2.json", e2)
    lines = cli.rejects(
        pack, "specimens/s02/specimen.json: regions[1].id: duplicate region id 'r1'"
    )
    assert "exercises/e2.json: id: duplicate exercise id 'e1' (also in exercises/e1.json)" in lines


def test_duplicate_specimen_ids(cli: Cli, pack: Path):
    spec2 = read_json(pack / "specimens/s02/specimen.json")
    spec2["id"] = "s01"
    write_json(pack / "specimens/s02/specimen.json", spec2)
    cli.rejects(pack, "specimens/s02/specimen.json: id: duplicate specimen id 's01'")


def test_manifest_names_that_leave_the_pack(cli: Cli, pack: Path, tmp_path: Path):
    manifest = read_json(pack / "pack.json")
    manifest["specimens"] = ["../elsewhere", "/etc", "specimens/s01"]
    manifest["exercises"] = ["C:/x.json"]
    write_json(pack / "pack.json", manifest)
    lines = cli.rejects(pack, "pack.json: specimens[0]: '../elsewhere' leaves the pack")
    assert "pack.json: specimens[1]: '/etc' is an absolute path" in lines
    assert "pack.json: exercises[0]: 'C:/x.json' starts with a drive letter" in lines


def test_json_report(cli: Cli, pack: Path):
    (pack / "specimens/s01/uv365.png").unlink()
    result = cli.run("validate", "--json", str(pack))
    assert result.returncode == 1
    import json

    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert {
        "file": "specimens/s01/uv365.png",
        "field": "",
        "reason": report["problems"][0]["reason"],
    } in report["problems"]


def test_millions_of_wrong_values_list_a_bounded_number_of_problems(cli: Cli, pack: Path):
    spec = read_json(pack / SPEC)
    spec["regions"][0]["shape"] = {"type": "polygon", "points": [["x", "y"]] * 10_000}
    spec["data"] = {f"f{i}": i for i in range(100)}
    write_json(pack / SPEC, spec)
    lines = cli.rejects(pack, f"{SPEC}: more than 100 problems; the rest are not listed")
    assert len([line for line in lines if line.startswith(SPEC)]) == 101


def test_manifests_together_are_capped(pack: Path, monkeypatch):
    from docinspect.packs import reader

    sizes = sorted(p.stat().st_size for p in pack.rglob("*.json"))
    monkeypatch.setattr(reader, "MAX_TOTAL_MANIFEST_BYTES", sum(sizes) - sizes[0])
    problems = validate_pack(pack)
    assert len(problems) == 1
    assert "manifests together are more than" in problems[0].reason
