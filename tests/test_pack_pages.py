"""A booklet's pages in a pack: written and read back, validated with file, field and reason,
and a specimen without pages reads as before."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hostile.packbuild import feature_ids, method_ids, specimen

from docinspect.model import Light, Page, Rect, Region, Role
from docinspect.packs import (
    PackReadError,
    PackWriteError,
    SpecimenFiles,
    read_pack,
    specimen_from_dict,
    specimen_to_dict,
    write_pack,
)

SCENE: bytes = b'{"format": 1, "width_mm": 125, "height_mm": 88, "items": []}'


def _indicator(rid: str = "p3-uv") -> Region:
    return Region(
        id=rid,
        shape=Rect(5.0, 5.0, 110.0, 70.0),
        feature=feature_ids()[0],
        role=Role.FORGERY_INDICATOR,
        lights=frozenset({Light.UV365}),
        min_magnification=1.0,
        explanation="This page glows; its neighbours do not.",
        method=method_ids()[0],
    )


def _booklet():
    pages = (
        Page(id="visa-2", label="page 2", scene="pages/visa-2.json"),
        Page(
            id="visa-3",
            label="page 3",
            scene="pages/visa-3.json",
            regions=(_indicator(),),
            extra={"paper_batch": "other"},
        ),
    )
    return specimen(layers={}, scene="scene.json", pages=pages)


def test_pages_survive_a_pack_round_trip_in_order(tmp_path: Path):
    item = _booklet()
    files = {"scene.json": SCENE, "pages/visa-2.json": SCENE, "pages/visa-3.json": SCENE}
    dest = write_pack(
        tmp_path / "b", pack_id="b", title="B", version="1", specimens=[SpecimenFiles(item, files)]
    )
    read = read_pack(dest).specimen("s01")
    assert read == item
    assert [p.label for p in read.pages] == ["page 2", "page 3"]
    assert read.pages[1].regions[0].id == "p3-uv"
    assert read.pages[1].extra == {"paper_batch": "other"}  # unknown keys survive
    assert specimen_to_dict(read)["pages"][1]["paper_batch"] == "other"


def test_a_specimen_without_pages_writes_no_pages_key():
    data = specimen_to_dict(specimen())
    assert "pages" not in data
    assert specimen_from_dict(data).pages == ()


def test_a_page_whose_scene_is_missing_is_refused_naming_it(tmp_path: Path):
    files = {"scene.json": SCENE, "pages/visa-2.json": SCENE}  # visa-3's scene left out
    with pytest.raises(PackWriteError) as caught:
        write_pack(
            tmp_path / "b",
            pack_id="b",
            title="B",
            version="1",
            specimens=[SpecimenFiles(_booklet(), files)],
        )
    assert any("pages/visa-3.json" in str(p) for p in caught.value.problems)


def _page_problems(pages) -> list[str]:
    data = specimen_to_dict(specimen(layers={}, scene="scene.json"))
    data["pages"] = pages
    with pytest.raises(PackReadError) as caught:
        specimen_from_dict(json.loads(json.dumps(data)))
    return [str(p) for p in caught.value.problems]


def test_bad_pages_are_reported_with_file_field_and_reason():
    region = specimen_to_dict(dataclasses.replace(specimen(), regions=(_indicator(),)))["regions"][
        0
    ]
    outside = {**region, "shape": {"type": "rect", "x": 100, "y": 10, "width": 50, "height": 5}}
    problems = _page_problems(
        [
            {"id": "visa-2", "label": "page 2", "scene": "visa-2.json"},
            {"id": "visa-2", "label": "page 3", "scene": "visa-3.json"},
            {"id": "visa-4", "label": "", "scene": "scene.json"},
            {"id": "visa-5", "label": "page 5", "scene": "../up.json", "regions": [outside]},
            "page 6",
        ]
    )
    assert problems == [
        "specimen.json: pages[1].id: duplicate page id 'visa-2' (also pages[0])",
        "specimen.json: pages[2].label: must not be empty",
        "specimen.json: pages[2].scene: 'scene.json' is already scene's scene",
        problems[3],  # the path rule's own wording, checked below
        "specimen.json: pages[3].regions[0].shape: lies outside the 125 x 88 mm page "
        "(spans x 100..150, y 10..15 mm)",
        problems[5],
    ]
    assert problems[3].startswith("specimen.json: pages[3].scene: ")
    assert problems[5].startswith("specimen.json: pages[4]: ")


def test_pages_must_be_a_list_and_name_a_scene():
    assert _page_problems({"visa-2": "x"})[0].startswith("specimen.json: pages: must be a list")
    assert _page_problems([{"id": "visa-2", "label": "page 2"}]) == [
        "specimen.json: pages[0].scene: missing"
    ]


def test_a_sealed_specimen_keeps_no_regions_on_its_pages():
    data = specimen_to_dict(specimen(layers={}, scene="scene.json", regions=()))
    data["truth"] = {"sealed": True}
    data["pages"] = [specimen_to_dict(_booklet())["pages"][1]]
    with pytest.raises(PackReadError) as caught:
        specimen_from_dict(data)
    assert [str(p) for p in caught.value.problems] == [
        "specimen.json: pages: a specimen whose truth is sealed has no regions on its pages either"
    ]
