"""Damaged input never crashes the reader: every corruption ends as a list of problems."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hostile.packbuild import specimen, valid_pack
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from docinspect.packs import Problem, specimen_to_dict, validate_pack
from docinspect.packs.images import ImageCheckError, inspect_image
from docinspect.packs.paths import check_relative_name
from docinspect.packs.specimen_json import parse_specimen

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def zip_bytes(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("fuzz")
    return valid_pack(folder / "p.zip", specimens=1, exercises=1).read_bytes()


flips = st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 255)), min_size=1, max_size=8)


def _flip(data: bytes, changes: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for at, value in changes:
        out[at % len(out)] = value
    return bytes(out)


@FUZZ
@given(changes=flips, cut=st.none() | st.integers(0, 10**9))
def test_damaged_zip_gives_problems_not_crashes(zip_bytes: bytes, tmp_path_factory, changes, cut):
    data = _flip(zip_bytes, changes)
    if cut is not None:
        data = data[: cut % len(data)]
    folder = tmp_path_factory.mktemp("z")
    path = folder / "p.zip"
    path.write_bytes(data)
    problems = validate_pack(path)
    assert all(isinstance(p, Problem) and p.reason for p in problems)
    assert sorted(os.listdir(folder)) == ["p.zip"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(key=st.sampled_from(sorted(specimen_to_dict(specimen()))), value=json_values)
def test_any_value_for_any_key_gives_problems_not_crashes(key, value):
    data = specimen_to_dict(specimen())
    data[key] = value
    result, problems = parse_specimen(data, file="s.json", taxonomy=None)
    assert (result is None) == bool(problems)
    assert all(p.file == "s.json" and p.reason for p in problems)


@FUZZ
@given(
    path=st.lists(
        st.sampled_from(["regions", 0, "shape", "truth", "layers", "x", "points", "lights"]),
        max_size=3,
    ),
    value=json_values,
)
def test_any_nested_value_gives_problems_not_crashes(path, value):
    data = specimen_to_dict(specimen())
    target = data
    for step in path:
        if (
            isinstance(target, dict)
            and isinstance(step, str)
            and isinstance(target.get(step), dict | list)
        ):
            target = target[step]
        elif isinstance(target, list) and isinstance(step, int) and target:
            target = target[0]
    if isinstance(target, dict):
        target["x" if "x" in target else next(iter(target), "k")] = value
    elif isinstance(target, list) and target:
        target[0] = value
    result, problems = parse_specimen(data, file="s.json", taxonomy=None)
    assert (result is None) == bool(problems)


def _image(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise((64, 48), 50).convert("RGB").save(buffer, fmt)
    return buffer.getvalue()


IMAGES = {fmt: _image(fmt) for fmt in ("PNG", "JPEG", "TIFF")}


@FUZZ
@given(fmt=st.sampled_from(sorted(IMAGES)), changes=flips, cut=st.none() | st.integers(0, 10**9))
def test_damaged_image_is_refused_with_a_reason_or_accepted(tmp_path_factory, fmt, changes, cut):
    data = _flip(IMAGES[fmt], changes)
    if cut is not None:
        data = data[: max(cut % len(data), 1)]
    path = tmp_path_factory.mktemp("img") / "x.img"
    path.write_bytes(data)
    for decode in (True, False):
        try:
            info = inspect_image(path, decode=decode)
        except ImageCheckError as exc:
            assert str(exc)
        else:
            assert info.width * info.height <= 64_000_000


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab./\\:C \x00-_")), max_size=20))
def test_accepted_names_stay_inside_the_pack(name):
    if check_relative_name(name) is not None:
        return
    root = Path("/pack")
    resolved = Path(os.path.normpath(root / name))
    assert resolved.is_relative_to(root) and resolved != root
    assert "\\" not in name and not name.startswith("/")


def test_zip_entry_with_an_empty_name(tmp_path: Path):
    # Found by the fuzz test above: an empty name once crashed the entry checks.
    import zipfile

    path = tmp_path / "empty.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo(""), b"x")
    assert [str(p) for p in validate_pack(path)] == ["empty.zip: entry name is empty"]
