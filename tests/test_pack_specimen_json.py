"""specimen.json <-> Specimen: hypothesis round trips, and messages naming field and reason."""

from __future__ import annotations

import json

import pytest
from hostile.packbuild import feature_ids, method_ids, specimen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docinspect.model import (
    DocumentType,
    Ellipse,
    Layer,
    Light,
    Polygon,
    Rect,
    Region,
    Role,
    Specimen,
    Truth,
    Verdict,
)
from docinspect.packs import PackReadError, specimen_from_dict, specimen_to_dict
from docinspect.packs.specimen_json import MRZ_SHAPE

ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,20}", fullmatch=True)
texts = st.text(max_size=40)
names = st.from_regex(r"[a-z0-9_]{1,12}\.(png|jpg|tif)", fullmatch=True)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
extras = st.dictionaries(st.from_regex(r"x_[a-z]{1,8}", fullmatch=True), json_values, max_size=3)


@st.composite
def shapes(draw, width: float, height: float):
    kind = draw(st.sampled_from(["rect", "ellipse", "polygon"]))
    coord_x = st.floats(0, width, allow_nan=False)
    coord_y = st.floats(0, height, allow_nan=False)
    if kind == "rect":
        x, y = draw(coord_x), draw(coord_y)
        w = draw(st.floats(0.01, max(width - x, 0.01), allow_nan=False))
        h = draw(st.floats(0.01, max(height - y, 0.01), allow_nan=False))
        if x + w > width or y + h > height:
            x, y = width - w, height - h
        return Rect(max(x, 0.0), max(y, 0.0), w, h)
    if kind == "ellipse":
        rx = draw(st.floats(0.01, width / 2, allow_nan=False))
        ry = draw(st.floats(0.01, height / 2, allow_nan=False))
        cx = draw(st.floats(rx, width - rx, allow_nan=False))
        cy = draw(st.floats(ry, height - ry, allow_nan=False))
        return Ellipse(cx, cy, rx, ry)
    points = draw(st.lists(st.tuples(coord_x, coord_y), min_size=3, max_size=8))
    return Polygon(tuple(points))


@st.composite
def regions(draw, width: float, height: float, index: int):
    role = draw(st.sampled_from(Role))
    method = (
        draw(st.none() | st.sampled_from(method_ids())) if role is Role.FORGERY_INDICATOR else None
    )
    return Region(
        id=f"r{index}",
        shape=draw(shapes(width, height)),
        feature=draw(st.sampled_from(feature_ids())),
        role=role,
        lights=frozenset(
            draw(st.lists(st.sampled_from(Light), min_size=1, max_size=5, unique=True))
        ),
        min_magnification=draw(st.floats(1.0, 30.0, allow_nan=False)),
        explanation=draw(texts),
        method=method,
        personal_data=draw(st.booleans()),
        extra=draw(extras),
    )


@st.composite
def specimens(draw):
    doc_type = draw(st.sampled_from(DocumentType))
    width = draw(st.floats(10, 500, allow_nan=False))
    height = draw(st.floats(10, 500, allow_nan=False))
    verdict = draw(st.sampled_from(Verdict))
    methods = (
        ()
        if verdict is Verdict.GENUINE
        else tuple(draw(st.lists(st.sampled_from(method_ids()), unique=True, max_size=3)))
    )
    lights = draw(st.lists(st.sampled_from(Light), unique=True, max_size=5))
    files = draw(st.lists(names, unique=True, min_size=len(lights), max_size=len(lights)))
    layers = {
        light: Layer(light, file, extra=draw(st.just({}) | extras))
        for light, file in zip(lights, files, strict=True)
    }
    scene = draw(st.none() | st.just("scene.json")) if layers else "scene.json"
    mrz: tuple[str, ...] = ()
    if doc_type in MRZ_SHAPE and draw(st.booleans()):
        count, length = MRZ_SHAPE[doc_type]
        line = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<", min_size=length, max_size=length)
        mrz = tuple(draw(line) for _ in range(count))
    count = draw(st.integers(0, 4))
    return Specimen(
        id=draw(ids),
        title=draw(texts.filter(lambda t: t.strip())),
        document_type=doc_type,
        width_mm=width,
        height_mm=height,
        truth=Truth(verdict, methods, draw(texts), extra=draw(extras)),
        layers=layers,
        regions=tuple(draw(regions(width, height, i)) for i in range(count)),
        mrz=mrz,
        issuing_state=draw(st.sampled_from(["", "UTO", "D<<", "KDV"])),
        data=draw(
            st.dictionaries(
                st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True), texts, max_size=4
            )
        ),
        scene=scene,
        assets=tuple(draw(st.lists(names, unique=True, max_size=3))),
        extra=draw(extras),
    )


def _extras(s: Specimen) -> list:
    return [
        s.extra,
        s.truth.extra,
        [r.extra for r in s.regions],
        {k: v.extra for k, v in s.layers.items()},
    ]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specimens())
def test_specimen_survives_a_json_round_trip(original: Specimen):
    on_disk = json.loads(json.dumps(specimen_to_dict(original)))
    again = specimen_from_dict(on_disk)
    assert again == original
    assert _extras(again) == _extras(original)
    assert specimen_to_dict(again) == on_disk


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specimens(), st.sampled_from(["width_mm", "height_mm"]))
def test_a_shrunk_page_reports_the_regions_now_outside(original: Specimen, side: str):
    data = specimen_to_dict(original)
    data["size_mm"][0 if side == "width_mm" else 1] = 1.0
    outside = [
        i
        for i, r in enumerate(original.regions)
        if not r.shape.bounds().within(
            *(
                1.0 if side == "width_mm" else original.width_mm,
                1.0 if side == "height_mm" else original.height_mm,
            )
        )
    ]
    if not outside:
        assert specimen_from_dict(data) is not None
        return
    with pytest.raises(PackReadError) as caught:
        specimen_from_dict(data)
    reported = sorted({p.field for p in caught.value.problems if "outside" in p.reason})
    assert reported == sorted({f"regions[{i}].shape" for i in outside})


def test_every_problem_is_reported_with_its_field():
    data = specimen_to_dict(specimen())
    data["id"] = "has space"
    data["document_type"] = "td9"
    data["size_mm"] = [125, 0]
    data["truth"] = {"verdict": "genuine", "methods": [method_ids()[0]]}
    data["layers"] = {"white": "../x.png", "infrared": "ir.png"}
    data["regions"][0]["shape"] = {"type": "polygon", "points": [[0, 0], [1, "a"]]}
    data["regions"][0]["min_magnification"] = 100
    data["regions"][0]["lights"] = ["uv365", "uv365"]
    data["mrz"] = ["P<UTO", "lower case"]
    data["data"] = {"Surname": "X", "given": 3}
    with pytest.raises(PackReadError) as caught:
        specimen_from_dict(data, file="s.json")
    got = {(p.field, p.reason.split(",")[0].split(";")[0]) for p in caught.value.problems}
    assert got == {
        ("id", "'has space' is not a valid id (1-64 letters"),
        ("document_type", "must be one of td1"),
        ("size_mm[1]", "must be a positive number"),
        ("truth.methods", "a genuine specimen has no forgery methods"),
        ("layers.white", "'../x.png' leaves the pack ('..')"),
        ("layers.infrared", "must be one of white"),
        ("regions[0].shape.points", "a polygon needs at least 3 points"),
        ("regions[0].min_magnification", "must be between 1 and 30"),
        ("regions[0].lights[1]", "'uv365' is listed twice"),
        ("mrz[1]", "may hold only A-Z"),
        ("data.Surname", "field names are lower-case letters"),
        ("data.given", "must be a string"),
    }
    assert all(p.file == "s.json" for p in caught.value.problems)


def test_a_layer_or_scene_is_required():
    data = specimen_to_dict(specimen())
    data["layers"] = {}
    with pytest.raises(PackReadError, match="at least one layer, or a scene"):
        specimen_from_dict(data)
    data["scene"] = "scene.json"
    assert specimen_from_dict(data).scene == "scene.json"


def test_unknown_feature_and_method_are_named():
    data = specimen_to_dict(specimen())
    data["regions"][0]["feature"] = "magic_ink"
    data["truth"]["methods"] = ["teleportation"]
    with pytest.raises(PackReadError) as caught:
        specimen_from_dict(data)
    assert {str(p) for p in caught.value.problems} == {
        "specimen.json: regions[0].feature: unknown feature 'magic_ink' (not in the taxonomy)",
        "specimen.json: truth.methods[0]: unknown forgery method 'teleportation' (not in the taxonomy)",
    }


# --- sealed truth (exam packs) ---------------------------------------------------------------


def _sealed_dict():
    data = specimen_to_dict(specimen())
    data["truth"] = {"sealed": True}
    data.pop("regions")
    return data


def test_a_sealed_truth_reads_as_unknown_verdict_and_round_trips():
    got = specimen_from_dict(_sealed_dict())
    assert got.truth.sealed and got.truth.verdict is None and not got.truth.is_forged
    assert got.truth == Truth.sealed_key() and got.regions == ()
    assert specimen_to_dict(got)["truth"] == {"sealed": True}
    with pytest.raises(ValueError, match="sealed truth carries no"):
        Truth(None, methods=("office_paper",))


@pytest.mark.parametrize(
    ("truth", "regions", "problem"),
    [
        ({"sealed": True, "verdict": "genuine"}, False, "truth: a sealed truth has only"),
        ({"sealed": False}, False, "truth.sealed: must be true when present"),
        ({"sealed": "yes"}, False, "truth.sealed: must be true when present"),
        ({"sealed": True}, True, "regions: a specimen whose truth is sealed has no regions"),
    ],
)
def test_a_sealed_truth_that_would_leak_or_is_malformed_is_refused(truth, regions, problem):
    data = _sealed_dict()
    data["truth"] = truth
    if regions:
        data["regions"] = specimen_to_dict(specimen())["regions"]
    with pytest.raises(PackReadError, match=problem):
        specimen_from_dict(data)


def test_a_region_without_a_feature_is_kept_in_a_draft_and_refused_in_a_pack(tmp_path):
    """A studio draft keeps a region drawn before its feature is chosen (feature ""); a pack
    never holds one: the reader refuses it and the draft's export names it (issue 21)."""
    from docinspect.capture import DraftFolder, FeatureMissing, PackDraft, export_pack

    unnamed = Region("r1", Rect(1, 1, 5, 5), "", Role.SECURITY_FEATURE, frozenset({Light.WHITE}))
    s = Specimen(
        "s1",
        "Seized card",
        DocumentType.TD1,
        85.6,
        53.98,
        Truth(Verdict.GENUINE),
        {Light.WHITE: Layer(Light.WHITE, "white.png")},
        regions=(unnamed,),
    )
    data = specimen_to_dict(s)
    with pytest.raises(PackReadError, match=r"regions\[0\]\.feature"):
        specimen_from_dict(data)
    assert specimen_from_dict(data, feature_optional=True).regions == (unnamed,)

    folder = DraftFolder(tmp_path / "draft")
    folder.save(PackDraft(specimens=(s,)))
    draft = folder.load()
    assert draft.specimens[0].regions[0].feature == ""
    with pytest.raises(FeatureMissing, match=r"Seized card \(s1\), region r1"):
        export_pack(folder, draft, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()
