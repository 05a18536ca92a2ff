"""``docinspect render``: measured on the PNGs it writes, as the issue asks; clear errors, exit 2."""

from __future__ import annotations

import io
import json

import cv2
import numpy as np
import pytest
from PIL import Image

from docinspect.cli import main
from docinspect.model.light import Light, TiltAxis
from docinspect.model.scene import (
    EllipseItem,
    Material,
    Microprint,
    Scene,
    Substrate,
    Text,
    TiltEffect,
    TiltKind,
    WaveBand,
    scene_to_dict,
)
from docinspect.model.specimen import DocumentType, Layer, Specimen
from docinspect.model.truth import Truth, Verdict
from docinspect.packs import SpecimenFiles, write_pack

# The renderer uses the running Qt application; pytest-qt's QApplication must exist first, or
# the renderer makes a QGuiApplication and later widget tests in this session crash.
pytestmark = pytest.mark.usefixtures("qapp")

MICROPRINT_Y = 50.0


def _scene(*, counterfeit: bool) -> Scene:
    substrate = (
        Substrate(colour=(248, 248, 246), uv_colour=(150, 175, 255), seed=2)
        if counterfeit
        else Substrate(colour=(240, 236, 222), seed=1)
    )
    return Scene(
        width_mm=125.0,
        height_mm=88.0,
        substrate=substrate,
        items=(
            WaveBand(
                id="background",
                material=Material(colour=(120, 150, 190), ir_absorption=0.0),
                x=0,
                y=0,
                width=125,
                height=40,
                lines=80,
                amplitude_mm=0.8,
                wavelength_mm=6,
                phase_step_deg=5,
                stroke_mm=0.06,
            ),
            Microprint(
                id="microprint",
                material=Material(colour=(40, 50, 110), ir_absorption=0.0),
                text="UTOPIA REPUBLIC ",
                points=((5.0, MICROPRINT_Y), (120.0, MICROPRINT_Y)),
                glyph_height_mm=0.2,
                font="OCRB",
            ),
            Text(
                id="mrz",
                material=Material(colour=(20, 20, 25), ir_absorption=1.0),
                text="P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                x=5,
                y=80,
                font="OCRB",
                size_mm=3.3,
            ),
        ),
    )


def _specimen(sid: str, **kw) -> Specimen:
    return Specimen(
        id=sid,
        title=sid,
        document_type=DocumentType.TD3,
        width_mm=125.0,
        height_mm=88.0,
        truth=kw.pop("truth", Truth(Verdict.GENUINE)),
        **kw,
    )


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    scan = io.BytesIO()
    Image.fromarray(np.full((88, 125, 3), 200, np.uint8)).save(scan, format="PNG")
    specimens = [
        SpecimenFiles(
            _specimen("genuine", scene="scene.json"),
            {"scene.json": json.dumps(scene_to_dict(_scene(counterfeit=False))).encode()},
        ),
        SpecimenFiles(
            _specimen(
                "counterfeit",
                scene="scene.json",
                truth=Truth(Verdict.COUNTERFEIT, methods=("office_paper",)),
            ),
            {"scene.json": json.dumps(scene_to_dict(_scene(counterfeit=True))).encode()},
        ),
        SpecimenFiles(
            _specimen("scanned", layers={Light.WHITE: Layer(Light.WHITE, "white.png")}),
            {"white.png": scan.getvalue()},
        ),
    ]
    out = tmp_path_factory.mktemp("packs") / "test-pack"
    return write_pack(
        out, pack_id="render-test", title="Render test", version="1", specimens=specimens
    )


def _render(pack, tmp_path, *args: str) -> np.ndarray:
    out = tmp_path / "out.png"
    assert main(["render", str(pack), *args, "--out", str(out)]) == 0
    return np.asarray(Image.open(out))


def _lum(img: np.ndarray) -> np.ndarray:
    return img[..., :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)


def test_uv_genuine_substrate_dark_counterfeit_bright(pack, tmp_path):
    genuine = _render(pack, tmp_path, "genuine", "--light", "uv365", "--dpi", "100")
    fake = _render(pack, tmp_path, "counterfeit", "--light", "uv365", "--dpi", "100")
    assert genuine.shape == (346, 492, 3)  # 125 x 88 mm at 100 dpi
    assert _lum(genuine[200:300, 50:450]).mean() < 45
    assert _lum(fake[200:300, 50:450]).mean() > 150


def test_ir_mrz_stays_dark_while_background_print_fades(pack, tmp_path):
    ppm = 100 / 25.4
    white = _render(pack, tmp_path, "genuine", "--light", "white", "--dpi", "100")
    ir = _render(pack, tmp_path, "genuine", "--light", "ir", "--dpi", "100")
    band = slice(round(5 * ppm), round(35 * ppm))
    assert _lum(white[band, 20:470]).std() > 5
    assert _lum(ir[band, 20:470]).std() < 2
    mrz = _lum(ir[round(76 * ppm) : round(81 * ppm), round(5 * ppm) : round(120 * ppm)])
    assert mrz.min() < 50


def test_loupe_at_10x_shows_microprint_glyphs_a_bicubic_upscale_does_not(pack, tmp_path):
    dpi = 250
    ppm = dpi / 25.4
    page = _render(pack, tmp_path, "genuine", "--light", "white", "--dpi", str(dpi))
    loupe = _render(
        pack,
        tmp_path,
        "genuine",
        "--light",
        "white",
        "--dpi",
        str(dpi),
        "--loupe",
        f"40,{MICROPRINT_Y - 0.07},10",
        "--loupe-only",
    )
    assert loupe.shape == (300, 300, 4) and loupe[150, 150, 3] == 255
    # The same 300 px square, cut from the page and enlarged 10x bicubically.
    half = 150 / (10 * ppm)
    x0, y0 = round((40 - half) * ppm), round((MICROPRINT_Y - 0.07 - half) * ppm)
    side = round(2 * half * ppm)
    upscaled = cv2.resize(
        page[y0 : y0 + side, x0 : x0 + side], (300, 300), interpolation=cv2.INTER_CUBIC
    )
    inner = slice(60, 240)  # inside the disc, away from its rim
    lap_loupe = np.abs(cv2.Laplacian(_lum(loupe)[inner, inner], cv2.CV_32F)).mean()
    lap_upscaled = np.abs(cv2.Laplacian(_lum(upscaled)[inner, inner], cv2.CV_32F)).mean()
    assert lap_loupe > 3 * lap_upscaled
    count, _ = cv2.connectedComponents((_lum(loupe)[inner, inner] < 140).astype(np.uint8))
    assert count - 1 >= 8  # separate glyphs, not a smear


def test_loupe_over_page_keeps_the_page_size(pack, tmp_path):
    page = _render(pack, tmp_path, "genuine", "--light", "white", "--dpi", "100")
    with_loupe = _render(
        pack, tmp_path, "genuine", "--light", "white", "--dpi", "100", "--loupe", "60,44,5"
    )
    assert with_loupe.shape == page.shape
    ppm = 100 / 25.4
    cx, cy = round(60 * ppm), round(44 * ppm)
    assert not np.array_equal(
        with_loupe[cy - 50 : cy + 50, cx - 50 : cx + 50], page[cy - 50 : cy + 50, cx - 50 : cx + 50]
    )
    assert np.array_equal(with_loupe[:20, :20], page[:20, :20])  # far from the loupe: unchanged


def test_captured_specimen_renders_its_scan(pack, tmp_path):
    img = _render(pack, tmp_path, "scanned", "--light", "white", "--dpi", "50")
    assert abs(int(img[40, 60, 0]) - 200) <= 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope", "--light", "white"], "no specimen 'nope'"),
        (["scanned", "--light", "uv365"], "has no uv365 image (it has: white)"),
        (["genuine", "--light", "purple"], "unknown light 'purple'"),
        (["genuine", "--light", "white", "--tilt", "60"], "tilt must be within"),
        (
            ["genuine", "--light", "white", "--tilt", "10,-60"],
            "towards–away tilt must be within ±45°, not -60",
        ),
        (["genuine", "--light", "white", "--loupe-only"], "--loupe-only needs --loupe"),
        (["genuine", "--light", "white", "--dpi", "100000"], "too large"),
    ],
)
def test_errors_are_one_clear_line_and_exit_2(pack, tmp_path, capsys, args, message):
    out = tmp_path / "x.png"
    assert main(["render", str(pack), *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


@pytest.fixture(scope="module")
def switch_pack(tmp_path_factory):
    """A page with a latent image that shows only when the top edge is tilted away (a CLI
    under left-to-right lenses)."""
    latent = EllipseItem(
        id="latent",
        material=Material(
            colour=(30, 30, 30),
            tilt=TiltEffect(
                kind=TiltKind.SWITCH, min_tilt_deg=10, max_tilt_deg=45, axis=TiltAxis.TOWARDS_AWAY
            ),
        ),
        cx=20,
        cy=15,
        rx=6,
        ry=6,
        filled=True,
    )
    scene = Scene(40.0, 30.0, Substrate(colour=(240, 236, 222), seed=1), (latent,))
    files = {"scene.json": json.dumps(scene_to_dict(scene)).encode()}
    spec = Specimen(
        id="card",
        title="card",
        document_type=DocumentType.TD1,
        width_mm=40.0,
        height_mm=30.0,
        truth=Truth(Verdict.GENUINE),
        scene="scene.json",
    )
    out = tmp_path_factory.mktemp("packs") / "switch-pack"
    return write_pack(
        out,
        pack_id="switch-test",
        title="Switch test",
        version="1",
        specimens=[SpecimenFiles(spec, files)],
    )


def test_tilt_takes_both_axes(switch_pack, tmp_path):
    def centre(tilt: str) -> float:
        # ``--tilt=-5,20``: argparse would take a bare "-5,20" for an option.
        img = _render(switch_pack, tmp_path, "card", "--light", "white", f"--tilt={tilt}")
        h, w = img.shape[:2]
        return float(_lum(img[h // 2 - 5 : h // 2 + 5, w // 2 - 5 : w // 2 + 5]).mean())

    assert centre("0") > 200  # head-on: hidden
    assert centre("30") > 200  # left-right tilt does not reveal it
    assert centre("30,0") > 200
    assert centre("0,30") < 80  # the top edge away: shown
    assert centre("-5,20") < 80


@pytest.mark.parametrize("tilt", ["a", "1,b", "1,2,3", ""])
def test_a_malformed_tilt_is_a_usage_error(pack, tmp_path, capsys, tilt):
    with pytest.raises(SystemExit) as info:
        main(["render", str(pack), "genuine", "--light", "white", "--tilt", tilt, "--out", "x.png"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "--tilt" in err and "expected X or X,Y" in err


@pytest.mark.parametrize("loupe", ["1,2", "a,b,c", "1,2,100", "1,2,1"])
def test_bad_loupe_is_a_usage_error(pack, tmp_path, capsys, loupe):
    with pytest.raises(SystemExit) as info:
        main(
            [
                "render",
                str(pack),
                "genuine",
                "--light",
                "white",
                "--loupe",
                loupe,
                "--out",
                str(tmp_path / "x.png"),
            ]
        )
    assert info.value.code == 2
    assert "--loupe" in capsys.readouterr().err


def test_missing_pack_and_unwritable_output(pack, tmp_path, capsys):
    assert (
        main(
            [
                "render",
                str(tmp_path / "none"),
                "x",
                "--light",
                "white",
                "--out",
                str(tmp_path / "x.png"),
            ]
        )
        == 2
    )
    assert "no such file or folder" in capsys.readouterr().err
    bad_out = tmp_path / "no-folder" / "x.png"
    assert (
        main(
            [
                "render",
                str(pack),
                "genuine",
                "--light",
                "white",
                "--dpi",
                "20",
                "--out",
                str(bad_out),
            ]
        )
        == 2
    )
    assert "cannot write" in capsys.readouterr().err
