"""Pack read/write: a written pack reads back equal, unknown keys survive, writes are atomic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile.packbuild import (
    image_bytes,
    read_json,
    specimen,
    specimen_files,
    valid_pack,
    write_json,
)

from docinspect.model import Layer, Light
from docinspect.packs import (
    ExerciseFile,
    PackReadError,
    PackWriteError,
    SpecimenFiles,
    read_pack,
    validate_pack,
    write_pack,
)


@pytest.mark.parametrize("name", ["pack", "pack.zip"])
def test_written_pack_reads_back_equal(tmp_path: Path, name: str):
    dest = valid_pack(tmp_path / name)
    pack = read_pack(dest)
    assert pack.id == "demo" and pack.title == "Demo pack" and pack.version == "1.0"
    assert pack.format == 1
    assert pack.created == "2026-11-28T10:00:00+00:00"
    assert [s.id for s in pack.specimens] == ["s01", "s02"]
    assert pack.specimen("s01") == specimen("s01")
    assert [e.id for e in pack.exercises] == ["e1"]
    assert pack.exercise("e1").data["title"] == "Exercise 1"
    white = pack.layer_path("s02", Light.WHITE)
    assert white.is_file() and white.read_bytes() == specimen_files().files["white.png"]
    assert pack.specimen_dir("s01") == pack.root / "specimens" / "s01"
    assert validate_pack(dest) == []


def test_zip_pack_is_unpacked_into_the_user_cache_only(tmp_path: Path, private_data_dir: Path):
    dest = valid_pack(tmp_path / "pack.zip")
    before = sorted(p.name for p in tmp_path.iterdir())
    pack = read_pack(dest)
    assert pack.root.is_relative_to(private_data_dir / "pack-cache")
    assert pack.source == dest and pack.is_zip
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    # Read twice: the cache is reused, not unpacked again beside the first copy.
    assert read_pack(dest).root == pack.root
    assert len([p for p in (private_data_dir / "pack-cache").iterdir()]) == 1


def test_unknown_keys_survive_a_load_save_round_trip(tmp_path: Path):
    src = valid_pack(tmp_path / "a", specimens=1)
    manifest = read_json(src / "pack.json")
    manifest["future_pack_key"] = {"nested": [1, 2]}
    write_json(src / "pack.json", manifest)
    spec_file = src / "specimens" / "s01" / "specimen.json"
    data = read_json(spec_file)
    data["future_specimen_key"] = "kept"
    data["truth"]["confidence"] = 0.9
    data["layers"]["white"] = {"file": "white.png", "dpi": 50}
    data["regions"][0]["colour"] = "#ff0000"
    write_json(spec_file, data)

    pack = read_pack(src)
    s = pack.specimen("s01")
    assert pack.extra == {"future_pack_key": {"nested": [1, 2]}}
    assert s.extra == {"future_specimen_key": "kept"}
    assert s.truth.extra == {"confidence": 0.9}
    assert s.layers[Light.WHITE].extra == {"dpi": 50}
    assert s.regions[0].extra == {"colour": "#ff0000"}

    out = write_pack(
        tmp_path / "b",
        pack_id=pack.id,
        title=pack.title,
        version=pack.version,
        created=pack.created,
        specimens=[
            SpecimenFiles(
                s, {layer.file: pack.specimen_dir(s.id) / layer.file for layer in s.layers.values()}
            )
        ],
        exercises=[ExerciseFile(e.file, e.data) for e in pack.exercises],
        extra=pack.extra,
    )
    assert read_json(out / "pack.json")["future_pack_key"] == {"nested": [1, 2]}
    again = read_json(out / "specimens" / "s01" / "specimen.json")
    assert again == data


def test_unknown_key_in_a_shape_is_reported_not_dropped(tmp_path: Path):
    src = valid_pack(tmp_path / "a", specimens=1, exercises=0)
    spec_file = src / "specimens" / "s01" / "specimen.json"
    data = read_json(spec_file)
    data["regions"][0]["shape"]["rotation"] = 30
    write_json(spec_file, data)
    problems = validate_pack(src)
    assert [str(p) for p in problems] == [
        "specimens/s01/specimen.json: regions[0].shape.rotation: "
        "unknown key for a rect shape (expected x, y, width, height)"
    ]


def test_generated_specimen_with_scene_and_asset_and_no_layers(tmp_path: Path):
    item = specimen(layers={}, scene="scene.json", assets=("portrait.png",))
    scene = b'{"format": 1, "width_mm": 125, "height_mm": 88, "items": []}'
    files = {"scene.json": scene, "portrait.png": image_bytes((70, 90))}
    dest = write_pack(
        tmp_path / "gen",
        pack_id="gen",
        title="Generated",
        version="1",
        specimens=[SpecimenFiles(item, files)],
    )
    pack = read_pack(dest)
    assert pack.scene_path("s01") == dest.resolve() / "specimens" / "s01" / "scene.json"
    assert pack.asset_path("s01", "portrait.png").read_bytes() == files["portrait.png"]
    assert pack.specimen("s01").lights() == frozenset(Light)
    with pytest.raises(KeyError):
        pack.layer_path("s01", "white")


def test_write_refuses_invalid_content_and_names_the_problem(tmp_path: Path):
    item = specimen()
    with pytest.raises(PackWriteError) as caught:
        write_pack(
            tmp_path / "p",
            pack_id="p",
            title="P",
            version="1",
            specimens=[SpecimenFiles(item, {"white.png": image_bytes()})],
        )
    assert any(
        p.file == "specimens/s01/uv365.png" and "missing" in p.reason for p in caught.value.problems
    )
    assert list(tmp_path.iterdir()) == []


def _fail_on_nth_write(monkeypatch, n: int) -> None:
    from docinspect.packs import writer

    real = writer._write_file
    calls = {"count": 0}

    def failing(root, name, content):
        calls["count"] += 1
        if calls["count"] == n:
            raise OSError(28, "No space left on device")
        real(root, name, content)

    monkeypatch.setattr(writer, "_write_file", failing)


@pytest.mark.parametrize("name", ["pack", "pack.zip"])
def test_failed_write_leaves_the_previous_pack_intact(tmp_path: Path, monkeypatch, name: str):
    dest = valid_pack(tmp_path / name)
    before = read_pack(dest)
    snapshot = {
        p.relative_to(before.root).as_posix(): p.read_bytes()
        for p in before.root.rglob("*")
        if p.is_file()
    }
    _fail_on_nth_write(monkeypatch, 3)
    changed = specimen("s01", title="Changed")
    with pytest.raises(PackWriteError, match="No space left"):
        write_pack(
            dest,
            pack_id="demo",
            title="New title",
            version="2",
            specimens=[specimen_files(changed)],
        )
    after = read_pack(dest)
    assert after.title == "Demo pack" and after.specimen("s01").title == "Specimen s01"
    now = {
        p.relative_to(after.root).as_posix(): p.read_bytes()
        for p in after.root.rglob("*")
        if p.is_file()
    }
    assert now == snapshot
    # No staging folder or temporary zip is left next to the pack.
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize("name", ["pack", "pack.zip"])
def test_a_successful_write_replaces_the_previous_pack(tmp_path: Path, name: str):
    dest = valid_pack(tmp_path / name)
    write_pack(
        dest,
        pack_id="demo",
        title="New title",
        version="2",
        specimens=[specimen_files(specimen("s09"))],
    )
    pack = read_pack(dest)
    assert pack.title == "New title" and [s.id for s in pack.specimens] == ["s09"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_write_refuses_to_replace_a_folder_that_is_not_a_pack(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "thesis.txt").write_text("precious")
    with pytest.raises(PackWriteError, match="not a pack"):
        write_pack(
            tmp_path / "docs", pack_id="p", title="P", version="1", specimens=[specimen_files()]
        )
    assert (tmp_path / "docs" / "thesis.txt").read_text() == "precious"


def test_read_error_carries_every_problem(tmp_path: Path):
    src = valid_pack(tmp_path / "p", specimens=2, exercises=0)
    for sid in ("s01", "s02"):
        (src / "specimens" / sid / "uv365.png").unlink()
    with pytest.raises(PackReadError) as caught:
        read_pack(src)
    files = sorted(p.file for p in caught.value.problems)
    assert files == ["specimens/s01/uv365.png", "specimens/s02/uv365.png"]
    assert "and 1 more" in str(caught.value)


def test_layer_of_another_specimen_size_in_manifest_order(tmp_path: Path):
    item = specimen(
        layers={Light.WHITE: Layer(Light.WHITE, "w.png"), Light.IR: Layer(Light.IR, "ir.png")}
    )
    files = {"w.png": image_bytes(), "ir.png": image_bytes((500, 352))}
    with pytest.raises(PackWriteError) as caught:
        write_pack(
            tmp_path / "p",
            pack_id="p",
            title="P",
            version="1",
            specimens=[SpecimenFiles(item, files)],
        )
    (problem,) = caught.value.problems
    assert problem.field == "layers.ir" and "same size" in problem.reason
    assert json.dumps(problem.to_dict())


def test_cache_keeps_packs_in_use_and_drops_old_ones(tmp_path: Path, private_data_dir: Path):
    import os
    import time

    old = read_pack(valid_pack(tmp_path / "old.zip", specimens=1)).root
    kept = read_pack(valid_pack(tmp_path / "kept.zip", specimens=2)).root
    month_ago = time.time() - 31 * 86400
    for folder in (old, kept):
        os.utime(folder, (month_ago, month_ago))
    read_pack(tmp_path / "kept.zip")  # opening refreshes it
    read_pack(valid_pack(tmp_path / "new.zip", specimens=3))  # unpacking prunes
    assert not old.exists()
    assert kept.is_dir()
    assert len(list((private_data_dir / "pack-cache").iterdir())) == 2


def test_the_same_content_gives_the_same_zip_bytes(tmp_path: Path):
    import zipfile

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = valid_pack(tmp_path / "a" / "pack.zip")
    second = valid_pack(tmp_path / "b" / "pack.zip")
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(second) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


# --- sealed exam packs: the manifest's answer key and the sealed specimens go together ------


def _seal_by_hand(root, *, key=True, name="answer-key.sealed"):
    for spec_path in sorted(root.glob("specimens/*/specimen.json")):
        spec = json.loads(spec_path.read_text())
        spec["truth"] = {"sealed": True}
        spec.pop("regions", None)
        spec_path.write_text(json.dumps(spec))
    if key:
        manifest = json.loads((root / "pack.json").read_text())
        manifest["answer_key"] = name
        (root / "pack.json").write_text(json.dumps(manifest))


def test_a_sealed_pack_reads_and_names_its_key(tmp_path):
    root = valid_pack(tmp_path / "p", exercises=0)
    _seal_by_hand(root)
    (root / "answer-key.sealed").write_text(json.dumps({"format": "docinspect-sealed-key"}))
    pack = read_pack(root)
    assert pack.sealed and pack.answer_key == "answer-key.sealed"
    assert all(s.truth.verdict is None for s in pack.specimens)


@pytest.mark.parametrize(
    ("key", "key_file", "message"),
    [
        (False, None, "pack.json: answer_key: missing: specimen"),
        (True, None, "answer-key.sealed"),
        (True, "{}", "answer-key.sealed: format: is not a sealed answer key"),
    ],
)
def test_a_sealed_pack_without_its_key_is_refused(tmp_path, key, key_file, message):
    root = valid_pack(tmp_path / "p", exercises=0)
    _seal_by_hand(root, key=key)
    if key_file is not None:
        (root / "answer-key.sealed").write_text(key_file)
    with pytest.raises(PackReadError, match=message):
        read_pack(root)


def test_an_answer_key_in_a_pack_with_nothing_sealed_is_refused(tmp_path):
    root = valid_pack(tmp_path / "p", exercises=0)
    manifest = json.loads((root / "pack.json").read_text())
    manifest["answer_key"] = "answer-key.sealed"
    (root / "pack.json").write_text(json.dumps(manifest))
    with pytest.raises(PackReadError, match="no specimen is sealed"):
        read_pack(root)
