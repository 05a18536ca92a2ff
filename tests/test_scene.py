"""Scene format: round trip, stable JSON, strict parsing with errors that name the field."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, TiltAxis
from docinspect.model.scene import (
    SCENE_FORMAT,
    Anchor,
    Border,
    EllipseItem,
    Fibres,
    Material,
    Microprint,
    Path,
    Perforation,
    PrintProcess,
    RainbowBand,
    Raster,
    Rosette,
    Scene,
    SceneError,
    Substrate,
    Text,
    TiltEffect,
    TiltKind,
    WaveBand,
    check_scene,
    scene_from_dict,
    scene_to_dict,
)

finite = st.floats(
    min_value=-500,
    max_value=500,
    allow_nan=False,
)
positive = st.floats(
    min_value=0.01,
    max_value=500,
    allow_nan=False,
)
unit = st.floats(
    min_value=0,
    max_value=1,
    allow_nan=False,
)
colour = st.tuples(*[st.integers(0, 255)] * 3)
point = st.tuples(finite, finite)

tilts = st.one_of(
    st.none(),
    st.builds(TiltEffect, kind=st.just(TiltKind.COLOUR_SHIFT), colour=colour),
    st.builds(
        TiltEffect,
        kind=st.just(TiltKind.SWITCH),
        min_tilt_deg=st.just(-45.0),
        max_tilt_deg=st.floats(
            min_value=-45,
            max_value=45,
        ),
        axis=st.sampled_from(TiltAxis),
    ),
    st.builds(
        TiltEffect,
        kind=st.just(TiltKind.DIFFRACTIVE),
        full_tilt_deg=positive.filter(lambda x: x <= 90),
    ),
)
materials = st.builds(
    Material,
    colour=colour,
    alpha=unit,
    uv_colour=st.none() | colour,
    uv_strength=unit,
    ir_absorption=unit,
    relief_um=st.floats(min_value=-100, max_value=100),
    roughness=unit,
    density=st.none() | st.floats(min_value=-1, max_value=1),
    hole=st.booleans(),
    tilt=tilts,
    process=st.sampled_from([PrintProcess.OFFSET, PrintProcess.INTAGLIO, PrintProcess.LASER]),
)
dotted = st.builds(
    Material,
    colour=colour,
    process=st.sampled_from([PrintProcess.HALFTONE, PrintProcess.INKJET]),
    dot_pitch_mm=st.floats(
        min_value=0.03,
        max_value=0.3,
    ),
)
any_material = materials | dotted
ids = st.text("abcdefghij_-0123456789", min_size=1, max_size=8)
clip = st.none() | st.just(Bounds(1.0, 2.0, 30.0, 40.0))


def items():
    common = {"id": ids, "material": any_material, "clip": clip}
    wave = {
        "x": finite,
        "y": finite,
        "width": positive,
        "height": positive,
        "lines": st.integers(1, 200),
        "amplitude_mm": unit,
        "wavelength_mm": positive,
        "phase_step_deg": finite,
    }
    return st.one_of(
        st.builds(
            Rosette,
            **common,
            cx=finite,
            cy=finite,
            r_inner=st.just(5.0),
            r_outer=st.just(9.5),
            petals=st.integers(0, 40),
            lines=st.integers(1, 60),
            waves=st.integers(0, 9),
            wave_amp_mm=unit,
            samples=st.integers(8, 2000),
        ),
        st.builds(WaveBand, **common, **wave),
        st.builds(
            RainbowBand,
            **common,
            **wave,
            colours=st.lists(colour, min_size=2, max_size=4).map(tuple),
        ),
        st.builds(
            Border,
            **common,
            x=finite,
            y=finite,
            width=positive,
            height=positive,
            depth_mm=positive,
            lines=st.integers(1, 30),
            amplitude_mm=unit,
            wavelength_mm=positive,
        ),
        st.builds(
            Text,
            **common,
            text=st.text(max_size=20),
            x=finite,
            y=finite,
            font=st.sampled_from(["OCRB", "DejaVuSans"]),
            size_mm=positive,
            weight=st.sampled_from([400, 700]),
            anchor=st.sampled_from(list(Anchor)),
        ),
        st.builds(
            Microprint,
            **common,
            text=st.text(min_size=1, max_size=20),
            points=st.lists(point, min_size=2, max_size=6).map(tuple),
            glyph_height_mm=st.floats(
                min_value=0.12,
                max_value=0.25,
            ),
            font=st.just("DejaVuSans"),
        ),
        st.builds(
            Path,
            **common,
            subpaths=st.lists(
                st.lists(point, min_size=2, max_size=5).map(tuple), min_size=1, max_size=3
            ).map(tuple),
            closed=st.booleans(),
            filled=st.booleans(),
            smooth=st.booleans(),
        ),
        st.builds(
            EllipseItem,
            **common,
            cx=finite,
            cy=finite,
            rx=positive,
            ry=positive,
            filled=st.booleans(),
        ),
        st.builds(
            Raster,
            **common,
            file=st.just("portrait.png"),
            x=finite,
            y=finite,
            width=positive,
            height=positive,
            light_files=st.dictionaries(
                st.sampled_from(list(Light)), st.just("uv.png"), max_size=2
            ),
        ),
        st.builds(
            Fibres,
            **common,
            seed=st.integers(0, 2**32),
            count=st.integers(0, 500),
            x=finite,
            y=finite,
            width=positive,
            height=positive,
        ),
        st.builds(
            Perforation,
            **common,
            x=finite,
            y=finite,
            hole_mm=positive,
            pitch_mm=positive,
            text=st.just("AB12"),
            height_mm=positive,
        ),
        st.builds(
            Perforation,
            **common,
            x=finite,
            y=finite,
            hole_mm=positive,
            pitch_mm=positive,
            holes=st.lists(point, min_size=1, max_size=4).map(tuple),
        ),
    )


def unique_ids(xs: list) -> tuple:
    return tuple(
        type(it)(**{**{f: getattr(it, f) for f in it.__dataclass_fields__}, "id": f"i{n}"})
        for n, it in enumerate(xs)
    )


scenes = st.builds(
    Scene,
    width_mm=positive,
    height_mm=positive,
    substrate=st.builds(
        Substrate,
        colour=colour,
        uv_colour=st.none() | colour,
        transmittance=unit,
        grain=unit,
        seed=st.integers(0, 99),
    ),
    items=st.lists(items(), max_size=6).map(unique_ids),
)


@settings(max_examples=150, deadline=None)
@given(scenes)
def test_round_trip_through_json_is_exact(scene):
    text = json.dumps(scene_to_dict(scene))
    back = scene_from_dict(json.loads(text))
    assert back == scene
    # Stable: writing the parsed scene again gives the same bytes.
    assert json.dumps(scene_to_dict(back)) == text


def test_keys_are_stable_and_format_is_written():
    scene = Scene(
        width_mm=125.0,
        height_mm=88.0,
        substrate=Substrate(),
        items=(Text(id="t", material=Material(), text="UTO", x=1, y=2, font="OCRB", size_mm=2.5),),
    )
    d = scene_to_dict(scene)
    assert list(d) == ["format", "width_mm", "height_mm", "substrate", "items"]
    assert d["format"] == SCENE_FORMAT
    assert list(d["items"][0])[:4] == ["kind", "id", "material", "clip"]
    assert d["items"][0]["kind"] == "text"
    assert d["items"][0]["material"]["colour"] == "#000000"


def test_a_tilt_axis_is_written_only_when_it_is_not_left_right():
    # Versions before the second tilt axis refuse unknown fields: a scene without a
    # towards-away feature must not carry the new field.
    def written(axis: TiltAxis) -> dict:
        tilt = TiltEffect(kind=TiltKind.SWITCH, min_tilt_deg=0.0, axis=axis)
        item = EllipseItem(id="e", material=Material(tilt=tilt), cx=1, cy=2, rx=3, ry=4)
        return scene_to_dict(Scene(10.0, 10.0, Substrate(), (item,)))["items"][0]["material"]

    assert "axis" not in written(TiltAxis.LEFT_RIGHT)["tilt"]
    assert written(TiltAxis.TOWARDS_AWAY)["tilt"]["axis"] == "towards_away"
    # An older scene (no axis) reads as left-right.
    old = scene_from_dict(_minimal(material={"tilt": {"kind": "switch", "min_tilt_deg": 0}}))
    assert old.items[0].material.tilt.axis is TiltAxis.LEFT_RIGHT


def _minimal(**item):
    base = {
        "kind": "ellipse",
        "id": "e",
        "material": {"colour": "#112233"},
        "cx": 1,
        "cy": 2,
        "rx": 3,
        "ry": 4,
    }
    base.update(item)
    return {"format": SCENE_FORMAT, "width_mm": 10, "height_mm": 10, "items": [base]}


def test_missing_fields_get_defaults_where_the_class_has_them():
    scene = scene_from_dict(_minimal())
    (e,) = scene.items
    assert isinstance(e, EllipseItem)
    assert e.material.colour == (0x11, 0x22, 0x33)
    assert e.material.ir_absorption == 1.0 and e.material.uv_colour is None
    assert scene.substrate == Substrate()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"rx": -1}, "items[0].rx: -1 is outside"),
        ({"rx": "3"}, "items[0].rx: expected a number"),
        ({"material": {"colour": "red"}}, "items[0].material.colour: expected a colour"),
        ({"material": {"alpha": 1.5}}, "items[0].material.alpha: 1.5 is outside [0, 1]"),
        (
            {"material": {"process": "halftone"}},
            "items[0].material.dot_pitch_mm: halftone needs a dot pitch",
        ),
        (
            {"material": {"tilt": {"kind": "colour_shift"}}},
            "items[0].material.tilt.colour: colour_shift needs a colour",
        ),
        (
            {"material": {"tilt": {"kind": "switch", "axis": "diagonal"}}},
            "items[0].material.tilt.axis: 'diagonal' is not one of: left_right, towards_away",
        ),
        ({"kind": "hologram"}, "items[0].kind: 'hologram' is not one of"),
        ({"radius": 3}, "items[0].radius: unknown field"),
        ({"cx": None}, "items[0].cx: expected a number"),
        ({"clip": [5, 5, 1, 1]}, "items[0].clip: right/bottom must exceed left/top"),
    ],
)
def test_bad_fields_are_named(change, expected):
    data = _minimal(**change)
    with pytest.raises(SceneError) as info:
        scene_from_dict(data, source="scene.json")
    assert any(p.startswith("scene.json: " + expected) for p in info.value.problems), (
        info.value.problems
    )


def test_missing_required_field_is_named():
    data = _minimal()
    del data["items"][0]["rx"]
    with pytest.raises(SceneError, match=r"items\[0\]\.rx: missing"):
        scene_from_dict(data)


def test_every_problem_is_reported_at_once():
    data = _minimal(rx=-1, ry="x")
    data["items"].append(
        {
            "kind": "text",
            "id": "e",
            "material": {},
            "x": 0,
            "y": 0,
            "font": "OCRB",
            "size_mm": 2,
            "text": "A",
        }
    )
    with pytest.raises(SceneError) as info:
        scene_from_dict(data)
    joined = " | ".join(info.value.problems)
    assert (
        "items[0].rx" in joined
        and "items[0].ry" in joined
        and "items[1].id: 'e' already used" in joined
    )


def test_newer_format_is_refused_clearly():
    with pytest.raises(SceneError, match="format: expected 1, got 2"):
        scene_from_dict({**_minimal(), "format": 2})


def test_perforation_needs_text_or_holes():
    data = _minimal(kind="perforation", x=1, y=1, hole_mm=0.2, pitch_mm=0.4)
    for k in ("cx", "cy", "rx", "ry"):
        del data["items"][0][k]
    with pytest.raises(SceneError, match="exactly one of text and holes"):
        scene_from_dict(data)


def test_scene_lists_its_files_and_fonts_and_check_scene_reports_problems():
    m = Material()
    scene = Scene(
        width_mm=10,
        height_mm=10,
        substrate=Substrate(),
        items=(
            Raster(
                id="p",
                material=m,
                file="portrait.png",
                x=0,
                y=0,
                width=3,
                height=4,
                light_files={Light.UV365: "portrait-uv.png"},
            ),
            Text(id="t", material=m, text="A", x=0, y=0, font="DejaVuSans", size_mm=2),
            Microprint(
                id="m",
                material=m,
                text="UTO",
                points=((0, 0), (5, 0)),
                glyph_height_mm=0.2,
                font="OCRB",
            ),
            EllipseItem(
                id="bad", material=Material(process=PrintProcess.INKJET), cx=1, cy=1, rx=1, ry=1
            ),
        ),
    )
    assert scene.files() == ("portrait.png", "portrait-uv.png")
    assert scene.fonts() == ("DejaVuSans", "OCRB")
    assert scene.item("t").text == "A"
    assert check_scene(scene) == [
        "scene: items[3].material.dot_pitch_mm: inkjet needs a dot pitch > 0"
    ]
