"""The renderer: each light shows what it should, the loupe shows true detail, captured layers
are used as they are. Pixel tests on small synthetic scenes, with tolerances."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, TiltAxis, Viewing
from docinspect.model.scene import (
    Blend,
    EllipseItem,
    Material,
    Microprint,
    Path,
    Perforation,
    PrintProcess,
    Raster,
    Rosette,
    Scene,
    Substrate,
    Text,
    TiltEffect,
    TiltKind,
    WaveBand,
)
from docinspect.model.specimen import DocumentType, Layer, Specimen
from docinspect.model.truth import Truth, Verdict
from docinspect.optics import (
    LayerCache,
    NoLayerError,
    SceneAssetError,
    SpecimenSource,
    UnknownFontError,
    render_loupe,
    render_view,
)

# The renderer uses the running Qt application; pytest-qt's QApplication must exist first, or
# the renderer makes a QGuiApplication and later widget tests in this session crash.
pytestmark = pytest.mark.usefixtures("qapp")

DULL = Substrate(colour=(240, 236, 222), grain=0.3, seed=1)
OFFICE = Substrate(colour=(248, 248, 246), uv_colour=(150, 175, 255), grain=0.3, seed=1)
PX_PER_MM = 10.0


def specimen(w: float = 40.0, h: float = 30.0, **kw) -> Specimen:
    return Specimen(
        id="s1",
        title="test",
        document_type=DocumentType.OTHER,
        width_mm=w,
        height_mm=h,
        truth=Truth(Verdict.GENUINE),
        scene=kw.pop("scene", "scene.json"),
        **kw,
    )


def source(*items, substrate: Substrate = DULL, w: float = 40.0, h: float = 30.0, folder=None):
    scene = Scene(width_mm=w, height_mm=h, substrate=substrate, items=tuple(items))
    return SpecimenSource(specimen(w, h), folder, scene)


def page(src: SpecimenSource, light: Light, **kw) -> np.ndarray:
    b = src.page_mm
    size = (round(b.width * PX_PER_MM), round(b.height * PX_PER_MM))
    return render_view(src, Viewing(light, **kw), b, size)


def region(img: np.ndarray, left: float, top: float, right: float, bottom: float, ppm=PX_PER_MM):
    return img[round(top * ppm) : round(bottom * ppm), round(left * ppm) : round(right * ppm)]


def luminance(img: np.ndarray) -> np.ndarray:
    return img.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)


GUILLOCHE = Material(colour=(90, 120, 170), ir_absorption=0.0)
CARBON = Material(colour=(20, 20, 25), ir_absorption=1.0)


def test_uv_dull_paper_is_dark_and_office_paper_glows_blue_white():
    dull = page(source(substrate=DULL), Light.UV365)
    office = page(source(substrate=OFFICE), Light.UV365)
    assert luminance(dull).mean() < 40
    assert luminance(office).mean() > 150
    r, g, b = office.reshape(-1, 3).mean(axis=0)
    assert b > r + 30 and b > 200  # blue-white, not white
    r, g, b = dull.reshape(-1, 3).mean(axis=0)
    assert b > r and b > g  # a dark violet room, not grey


def test_uv_fluorescent_motif_glows_with_a_halo_and_invisible_ink_is_invisible_in_white():
    motif = EllipseItem(
        id="motif",
        material=Material(alpha=0.0, uv_colour=(90, 255, 120), ir_absorption=0.0),
        cx=20,
        cy=15,
        rx=5,
        ry=5,
        filled=True,
        stroke_mm=0,
    )
    src = source(motif)
    uv = page(src, Light.UV365)
    white = page(src, Light.WHITE)
    blank_white = page(source(), Light.WHITE)
    assert uv[150, 200, 1] > 200  # the centre glows green
    assert luminance(region(uv, 0, 0, 8, 8)).mean() < 40  # far away stays dark
    # Just outside the motif the halo lifts the dark page.
    assert (
        luminance(region(uv, 25.1, 14.5, 25.5, 15.5)).mean()
        > luminance(region(uv, 0, 0, 8, 8)).mean() + 8
    )
    assert np.abs(white.astype(int) - blank_white.astype(int)).max() <= 1


def test_ir_absorbing_text_stays_dark_while_ir_transparent_guilloche_vanishes():
    items = (
        WaveBand(
            id="g",
            material=GUILLOCHE,
            x=0,
            y=0,
            width=40,
            height=14,
            lines=30,
            amplitude_mm=0.8,
            wavelength_mm=5,
            stroke_mm=0.08,
        ),
        Text(id="t", material=CARBON, text="MRZ<<", x=2, y=25, font="OCRB", size_mm=6),
    )
    src = source(*items)
    white, ir = page(src, Light.WHITE), page(src, Light.IR)
    guilloche_white = luminance(region(white, 2, 2, 38, 12))
    guilloche_ir = luminance(region(ir, 2, 2, 38, 12))
    assert guilloche_white.std() > 15  # lines visible in white light
    assert guilloche_ir.std() < 4  # gone in IR: only paper grain is left
    text_ir = luminance(region(ir, 2, 19, 30, 26))
    assert text_ir.min() < 40 and np.percentile(text_ir, 99) > 180


def _microprint_source() -> SpecimenSource:
    line = Microprint(
        id="mp",
        material=Material(colour=(40, 50, 110), ir_absorption=0.0),
        text="UTOPIA REPUBLIC ",
        points=((2.0, 15.0), (38.0, 15.0)),
        glyph_height_mm=0.2,
        font="OCRB",
    )
    return source(line)


def _high_frequency_energy(img: np.ndarray) -> float:
    lum = luminance(img)
    return float(np.abs(cv2.Laplacian(lum, cv2.CV_32F)).mean())


def test_loupe_at_10x_shows_glyph_detail_that_an_upscaled_page_does_not():
    src = _microprint_source()
    full = page(src, Light.WHITE)  # 10 px/mm: glyphs 2 px tall, a grey line
    window = Bounds(10.0, 13.5, 13.0, 16.5)  # 3 mm around the line
    loupe = render_view(src, Viewing(), window, (300, 300))  # 100 px/mm = 10x
    crop = region(full, window.left, window.top, window.right, window.bottom)
    upscaled = cv2.resize(crop, (300, 300), interpolation=cv2.INTER_CUBIC)
    assert _high_frequency_energy(loupe) > 3 * _high_frequency_energy(upscaled)
    # The loupe holds real glyphs: several separate dark shapes along the baseline.
    dark = (luminance(loupe) < 140).astype(np.uint8)
    count, _ = cv2.connectedComponents(dark)
    assert count - 1 >= 10
    # ...and at 1x it is a line: one thin band of ink, no shape tall enough to read.
    ink_rows = np.flatnonzero(luminance(full).min(axis=1) < 200)
    assert 1 <= len(ink_rows) <= 4


def test_loupe_window_continues_the_page_at_the_same_resolution():
    """A window drawn on its own matches the same part of a whole-page render (noise, bloom
    and relief are anchored to the page, not to the window)."""
    item = Rosette(
        id="r",
        material=Material(colour=(90, 120, 170), uv_colour=(255, 200, 90), relief_um=20),
        cx=20,
        cy=15,
        r_inner=3,
        r_outer=9,
        petals=9,
        lines=12,
        stroke_mm=0.1,
        samples=400,
    )
    src = source(item)
    for light in (Light.WHITE, Light.UV365, Light.OBLIQUE, Light.TRANSMITTED):
        whole = page(src, light)
        window = render_view(src, Viewing(light), Bounds(12.0, 8.0, 22.0, 16.0), (100, 80))
        diff = np.abs(window.astype(int) - region(whole, 12, 8, 22, 16).astype(int))
        assert diff.mean() < 1.5 and np.percentile(diff, 99) <= 8, light


def test_output_is_deterministic_and_whole_pages_are_cached_read_only():
    src = _microprint_source()
    first = page(src, Light.UV365)
    again = page(src, Light.UV365)
    assert again is first and not first.flags.writeable
    fresh = page(_microprint_source(), Light.UV365)
    assert np.array_equal(fresh, first)


def test_cache_is_bounded():
    cache = LayerCache(max_pixels=2 * 400 * 300)
    src = SpecimenSource(specimen(), None, Scene(40, 30, DULL), cache=cache)
    for light in Light:
        page(src, light)
    assert len(cache) == 2


OVD = EllipseItem(
    id="ovd",
    material=Material(
        colour=(190, 190, 200), tilt=TiltEffect(kind=TiltKind.DIFFRACTIVE, full_tilt_deg=30)
    ),
    cx=20,
    cy=15,
    rx=8,
    ry=6,
    filled=True,
    stroke_mm=0,
)


def test_tilt_changes_an_ovd_and_not_its_static_imitation():
    genuine = source(OVD)
    static = source(EllipseItem(**{**_fields(OVD), "material": Material(colour=(190, 190, 200))}))
    box = (15, 11, 25, 19)
    g0 = region(page(genuine, Light.WHITE, tilt_deg=0), *box).astype(int)
    g20 = region(page(genuine, Light.WHITE, tilt_deg=20), *box).astype(int)
    s0 = region(page(static, Light.WHITE, tilt_deg=0), *box).astype(int)
    s20 = region(page(static, Light.WHITE, tilt_deg=20), *box).astype(int)
    assert np.abs(g20 - g0).mean() > 25
    assert np.array_equal(s0, s20)


def test_a_diffractive_foil_moves_with_either_axis_and_its_imitation_with_neither():
    genuine = source(OVD)
    static = source(EllipseItem(**{**_fields(OVD), "material": Material(colour=(190, 190, 200))}))
    box = (15, 11, 25, 19)

    def seen(src, lr, ta):
        return region(page(src, Light.WHITE, tilt_deg=lr, tilt_away_deg=ta), *box).astype(int)

    # One source for all angles: the page cache must tell the towards-away tilt apart.
    head_on = seen(genuine, 0, 0)
    for lr, ta in ((0, 20), (20, 0), (20, -20), (-20, 20)):
        assert np.abs(seen(genuine, lr, ta) - head_on).mean() > 15, (lr, ta)
    assert np.abs(seen(genuine, 0, 20) - seen(genuine, 20, 0)).mean() > 10
    for lr, ta in ((0, 20), (20, 0), (20, -20)):
        assert np.array_equal(seen(static, lr, ta), seen(static, 0, 0))


def test_a_switch_reads_its_own_axis_and_colour_shift_the_angle_from_the_normal():
    def latent(axis: TiltAxis) -> EllipseItem:
        tilt = TiltEffect(kind=TiltKind.SWITCH, min_tilt_deg=15, max_tilt_deg=45, axis=axis)
        return EllipseItem(
            id=axis.value,
            material=Material(colour=(60, 60, 60), tilt=tilt),
            cx=10 if axis is TiltAxis.LEFT_RIGHT else 30,
            cy=15,
            rx=3,
            ry=3,
            filled=True,
            stroke_mm=0,
        )

    src = source(latent(TiltAxis.LEFT_RIGHT), latent(TiltAxis.TOWARDS_AWAY))

    def shown(lr: float, ta: float) -> tuple[bool, bool]:
        img = page(src, Light.WHITE, tilt_deg=lr, tilt_away_deg=ta)
        return tuple(luminance(region(img, x - 2, 13, x + 2, 17)).mean() < 90 for x in (10, 30))

    assert shown(0, 0) == (False, False)
    assert shown(30, 0) == (True, False)
    assert shown(0, 30) == (False, True)
    assert shown(30, 30) == (True, True)

    ovi = EllipseItem(
        id="ovi",
        material=Material(
            colour=(160, 40, 120),
            tilt=TiltEffect(kind=TiltKind.COLOUR_SHIFT, colour=(40, 140, 60), full_tilt_deg=30),
        ),
        cx=20,
        cy=15,
        rx=8,
        ry=6,
        filled=True,
        stroke_mm=0,
    )
    ovi_src = source(ovi)
    centre = (17, 13, 23, 17)
    for lr, ta in ((30, 0), (0, 30), (0, -30)):
        ink = region(page(ovi_src, Light.WHITE, tilt_deg=lr, tilt_away_deg=ta), *centre)
        assert ink.reshape(-1, 3).mean(axis=0)[1] > 120, (lr, ta)  # green away from the normal
    # Tilting about both axes compounds: 20° and 20° is further from the normal than 20°.
    one = region(page(ovi_src, Light.WHITE, tilt_deg=20), *centre).reshape(-1, 3).mean(axis=0)
    both = page(ovi_src, Light.WHITE, tilt_deg=20, tilt_away_deg=20)
    assert region(both, *centre).reshape(-1, 3).mean(axis=0)[1] > one[1] + 5


def test_colour_shift_ink_and_latent_image_switch_with_tilt():
    ovi = Text(
        id="ovi",
        material=Material(
            colour=(160, 40, 120),
            tilt=TiltEffect(kind=TiltKind.COLOUR_SHIFT, colour=(40, 140, 60), full_tilt_deg=30),
        ),
        text="OO",
        x=2,
        y=20,
        font="OCRB",
        size_mm=15,
        weight=700,
    )
    latent = EllipseItem(
        id="latent",
        material=Material(
            colour=(60, 60, 60),
            tilt=TiltEffect(kind=TiltKind.SWITCH, min_tilt_deg=15, max_tilt_deg=45),
        ),
        cx=33,
        cy=15,
        rx=3,
        ry=3,
        filled=True,
        stroke_mm=0,
    )
    src = source(ovi, latent)
    flat = page(src, Light.WHITE, tilt_deg=0)
    tilted = page(src, Light.WHITE, tilt_deg=30)
    ink_flat = flat[luminance(flat) < 150].mean(axis=0)
    ink_tilted = tilted[luminance(tilted) < 150].mean(axis=0)
    assert ink_flat[0] > ink_flat[1] + 40  # magenta face on
    assert ink_tilted[1] > ink_tilted[0] + 20  # green when tilted
    assert luminance(region(flat, 31, 13, 35, 17)).mean() > 180  # latent image hidden
    assert luminance(region(tilted, 31, 13, 35, 17)).mean() < 90  # shows when tilted


def _fields(item) -> dict:
    return {f: getattr(item, f) for f in item.__dataclass_fields__}


def test_oblique_light_shows_relief_and_its_direction():
    raised = Path(
        id="bar",
        material=Material(colour=(240, 236, 222), alpha=0.0, relief_um=30),  # blind embossing
        subpaths=(((15.0, 5.0), (25.0, 5.0), (25.0, 25.0), (15.0, 25.0)),),
        closed=True,
        filled=True,
        stroke_mm=0,
    )
    src = source(raised)
    assert luminance(region(page(src, Light.WHITE), 10, 5, 30, 25)).std() < 5  # flat in white
    from_left = page(src, Light.OBLIQUE, oblique_azimuth_deg=270)
    from_right = page(src, Light.OBLIQUE, oblique_azimuth_deg=90)
    left_edge = (14.7, 10, 15.3, 20)
    right_edge = (24.7, 10, 25.3, 20)
    # Light from the left lights the left flank and shades the right one, and vice versa.
    assert (
        luminance(region(from_left, *left_edge)).mean()
        > luminance(region(from_left, *right_edge)).mean() + 40
    )
    assert (
        luminance(region(from_right, *right_edge)).mean()
        > luminance(region(from_right, *left_edge)).mean() + 40
    )


def test_erasure_roughness_shows_only_under_oblique_light():
    erased = EllipseItem(
        id="erasure",
        material=Material(alpha=0.0, roughness=1.0),
        cx=20,
        cy=15,
        rx=6,
        ry=4,
        filled=True,
        stroke_mm=0,
    )
    src, blank = source(erased), source()
    obl, obl_blank = page(src, Light.OBLIQUE), page(blank, Light.OBLIQUE)
    box = (16, 13, 24, 17)
    assert luminance(region(obl, *box)).std() > 1.5 * luminance(region(obl_blank, *box)).std()
    assert np.array_equal(page(src, Light.WHITE), page(blank, Light.WHITE))


def test_transmitted_light_shows_watermark_and_perforation():
    watermark = EllipseItem(
        id="wm",
        material=Material(alpha=0.0, density=-0.3, ir_absorption=0.0),
        cx=12,
        cy=15,
        rx=5,
        ry=7,
        filled=True,
        stroke_mm=0,
    )
    holes = Perforation(
        id="perf",
        material=Material(colour=(60, 50, 40), hole=True),
        x=22,
        y=20,
        text="12",
        height_mm=8,
        hole_mm=0.4,
        pitch_mm=0.6,
    )
    src = source(watermark, holes)
    tr, white = page(src, Light.TRANSMITTED), page(src, Light.WHITE)
    paper = luminance(region(tr, 1, 1, 5, 5)).mean()
    assert luminance(region(tr, 10, 12, 14, 18)).mean() > paper + 15  # watermark brighter
    assert luminance(region(white, 10, 12, 14, 18)).mean() == pytest.approx(
        luminance(region(white, 1, 1, 5, 5)).mean(), abs=4
    )  # and invisible in reflected light
    perf_tr, perf_white = region(tr, 22, 11, 34, 21), region(white, 22, 11, 34, 21)
    bright = luminance(perf_tr) > 245
    assert bright.sum() > 50  # holes blaze against the light box
    assert luminance(perf_white)[bright].mean() < 90  # and are dark in reflected light


def test_halftone_counterfeit_line_breaks_into_dots_in_the_loupe():
    def band(material):
        return WaveBand(
            id="w",
            material=material,
            x=0,
            y=10,
            width=40,
            height=2,
            lines=1,
            amplitude_mm=0.0,
            wavelength_mm=5,
            stroke_mm=0.12,
        )

    genuine = source(band(Material(colour=(40, 60, 140))))
    fake = source(
        band(Material(colour=(40, 60, 140), process=PrintProcess.INKJET, dot_pitch_mm=0.1))
    )
    window = Bounds(10, 10.5, 13, 11.5)  # the line runs along y = 11
    g = luminance(render_view(genuine, Viewing(), window, (600, 200)))[100]
    f = luminance(render_view(fake, Viewing(), window, (600, 200)))[100]
    assert g.max() < 120  # continuous: dark all along the line
    assert (f > 180).mean() > 0.1 and (f < 120).mean() > 0.1  # ink dots with paper between


def test_raster_portrait_per_light(tmp_path):
    portrait = np.full((40, 30, 3), 255, np.uint8)
    portrait[10:30, 8:22] = (60, 40, 30)
    Image.fromarray(portrait).save(tmp_path / "portrait.png")
    item = Raster(
        id="photo",
        material=Material(ir_absorption=1.0, uv_colour=None),
        file="portrait.png",
        x=5,
        y=5,
        width=15,
        height=20,
        blend=Blend.MULTIPLY,
    )
    ghost = Raster(
        id="ghost",
        material=Material(alpha=0.35, ir_absorption=0.0, uv_colour=(255, 120, 60)),
        file="portrait.png",
        x=25,
        y=5,
        width=7.5,
        height=10,
    )
    src = source(item, ghost, folder=tmp_path)
    white, ir, uv = page(src, Light.WHITE), page(src, Light.IR), page(src, Light.UV365)
    face = (10, 12, 14, 18)  # the dark block of the portrait
    assert luminance(region(white, *face)).mean() < 70
    # IR-absorbing print: the dark block stays dark against the bright paper.
    assert luminance(region(ir, *face)).mean() < luminance(region(ir, 1, 27, 4, 29)).mean() - 130
    ghost_face = (27.5, 10, 29.5, 12)
    assert 120 < luminance(region(white, *ghost_face)).mean() < 200  # faint ghost
    assert region(uv, *ghost_face)[..., 0].mean() > 150  # ghost glows orange under UV
    assert luminance(region(ir, *ghost_face)).mean() > 180  # ghost IR-transparent


def test_missing_image_and_unknown_font_raise_clear_errors(tmp_path):
    src = source(
        Raster(id="p", material=Material(), file="nope.png", x=0, y=0, width=5, height=5),
        folder=tmp_path,
    )
    with pytest.raises(SceneAssetError, match="nope.png"):
        page(src, Light.WHITE)
    src = source(Text(id="t", material=Material(), text="A", x=1, y=5, font="Nofont", size_mm=3))
    with pytest.raises(UnknownFontError, match="Nofont"):
        page(src, Light.WHITE)


def test_captured_layers_are_resampled_and_a_missing_light_raises(tmp_path):
    scan = np.zeros((300, 400, 3), np.uint8)
    scan[:, :200] = (200, 30, 30)
    scan[:, 200:] = (30, 30, 200)
    Image.fromarray(scan).save(tmp_path / "white.png")
    spec = specimen(scene=None, layers={Light.WHITE: Layer(light=Light.WHITE, file="white.png")})
    src = SpecimenSource(spec, tmp_path)
    assert src.has_light(Light.WHITE) and not src.has_light(Light.UV365)
    assert src.max_px_per_mm(Light.WHITE) == pytest.approx(10.0)
    img = render_view(src, Viewing(), src.page_mm, (200, 150))
    assert img.shape == (150, 200, 3)
    assert tuple(img[75, 50]) == (200, 30, 30) and tuple(img[75, 150]) == (30, 30, 200)
    zoom = render_view(src, Viewing(), Bounds(19, 10, 21, 12), (40, 40))  # across the edge
    assert tuple(zoom[20, 2]) == (200, 30, 30) and tuple(zoom[20, 37]) == (30, 30, 200)
    with pytest.raises(NoLayerError) as info:
        render_view(src, Viewing(Light.UV365), src.page_mm, (200, 150))
    assert info.value.light is Light.UV365 and "s1" in str(info.value)


def test_render_loupe_is_a_disc_of_true_detail():
    src = _microprint_source()
    lp = render_loupe(src, Viewing(), (12.0, 15.0), power=10, base_px_per_mm=10, diameter_px=200)
    assert lp.shape == (200, 200, 4)
    assert lp[0, 0, 3] == 0 and lp[100, 100, 3] == 255
    with pytest.raises(ValueError, match="power"):
        render_loupe(src, Viewing(), (12.0, 15.0), power=50, base_px_per_mm=10)


def test_window_beyond_the_page_shows_the_desk_or_light_box():
    src = source()
    out = render_view(src, Viewing(), Bounds(-10, -10, 10, 10), (100, 100))
    assert luminance(out[:40, :40]).mean() < 60 and luminance(out[60:, 60:]).mean() > 200
    tr = render_view(src, Viewing(Light.TRANSMITTED), Bounds(-10, -10, 10, 10), (100, 100))
    assert luminance(tr[:40, :40]).mean() > 240  # the light box around the page
    assert math.isclose(out.shape[0], 100)


def test_renders_from_several_threads_agree_with_one_thread():
    """The inspection view renders in worker threads; sharing one source must be safe."""
    from concurrent.futures import ThreadPoolExecutor

    def fresh():
        return source(
            Rosette(
                id="r",
                material=GUILLOCHE,
                cx=20,
                cy=15,
                r_inner=3,
                r_outer=9,
                petals=7,
                lines=10,
                stroke_mm=0.08,
                samples=300,
            ),
            Text(id="t", material=CARBON, text="UTO", x=2, y=28, font="OCRB", size_mm=3),
        )

    windows = [Bounds(x, 5.0, x + 6.0, 11.0) for x in range(0, 30, 3)]
    expected = [render_view(fresh(), Viewing(), w, (240, 240)) for w in windows]
    shared = fresh()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda w: render_view(shared, Viewing(), w, (240, 240)), windows))
    for got, want in zip(results, expected, strict=True):
        assert np.array_equal(got, want)


def test_a_stretched_window_still_draws_every_item():
    """A window whose aspect differs from the output's is drawn stretched, strokes included."""
    band = WaveBand(
        id="w",
        material=Material(colour=(20, 40, 120)),
        x=0,
        y=10,
        width=40,
        height=2,
        lines=1,
        amplitude_mm=0,
        wavelength_mm=5,
        stroke_mm=0.2,
    )
    out = render_view(source(band), Viewing(), Bounds(10, 8, 14, 14), (200, 150))
    rows = np.flatnonzero(luminance(out).min(axis=1) < 100)
    # The line at y = 11 mm sits half-way down a 6 mm window drawn 150 px tall.
    assert len(rows) > 0 and abs(rows.mean() - 75) < 3


@settings(max_examples=25, deadline=None)
@given(
    x=st.integers(-20, 36),
    y=st.integers(-20, 26),
    light=st.sampled_from([Light.WHITE, Light.IR, Light.TRANSMITTED]),
)
def test_any_window_matches_the_page_render_where_they_overlap(x, y, light):
    """Windows anywhere, even partly beyond the page, agree with the whole page (10 px/mm)."""
    src = _CONSISTENCY_SOURCE
    whole = page(src, light)
    window = Bounds(x, y, x + 8.0, y + 6.0)
    got = render_view(src, Viewing(light), window, (80, 60)).astype(int)
    # Compare the part of the window that lies on the page.
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + 8, 40), min(y + 6, 30)
    if x1 <= x0 or y1 <= y0:
        assert luminance(got.astype(np.uint8)).std() < 1  # all desk / light box
        return
    part = got[(y0 - y) * 10 : (y1 - y) * 10, (x0 - x) * 10 : (x1 - x) * 10]
    ref = region(whole, x0, y0, x1, y1).astype(int)
    diff = np.abs(part - ref)
    assert diff.mean() < 1.5 and np.percentile(diff, 99) <= 10


_CONSISTENCY_SOURCE = source(
    Rosette(
        id="r",
        material=Material(colour=(90, 120, 170), ir_absorption=0.0),
        cx=20,
        cy=15,
        r_inner=3,
        r_outer=9,
        petals=9,
        lines=12,
        stroke_mm=0.1,
        samples=400,
    ),
    Text(id="t", material=CARBON, text="MRZ<<", x=2, y=28, font="OCRB", size_mm=3),
)


def _dense_guilloche_page(covers: bool, monkeypatch, lights) -> dict[Light, np.ndarray]:
    """A whole page of thin, crossing guilloche, text and microprint at 30 px/mm (1200 x 900 px,
    a 'whole page' render that paints them once for all lights), or with that switched off."""
    from docinspect.optics import painter

    if not covers:
        monkeypatch.setattr(painter, "_COVER_MIN_PIECES", 10**9)
        monkeypatch.setattr(painter, "_COVER_MAX_FILL", -1.0)
    src = source(
        Rosette(
            id="r",
            material=Material(colour=(150, 90, 60), alpha=0.7, uv_colour=None),
            cx=20,
            cy=15,
            r_inner=2,
            r_outer=13,
            petals=9,
            lines=24,
            stroke_mm=0.035,
            samples=600,
        ),
        Text(id="t", material=CARBON, text="P<UTOERIKSSON", x=2, y=28, font="OCRB", size_mm=2),
        Microprint(
            id="m",
            material=Material(colour=(35, 45, 110)),
            text="UTOPIA ",
            font="OCRB",
            glyph_height_mm=0.25,
            points=((2.0, 4.0), (38.0, 4.0)),
        ),
        Text(
            id="h",
            material=Material(colour=(40, 40, 40), process=PrintProcess.INKJET, dot_pitch_mm=0.1),
            text="FORGED",
            x=22,
            y=28,
            font="OCRB",
            size_mm=3,
        ),
        substrate=OFFICE,
    )
    size = (1200, 900)
    return {light: render_view(src, Viewing(light), src.page_mm, size) for light in lights}


def test_guilloche_stroked_once_for_all_lights_looks_as_when_stroked_per_light(monkeypatch):
    """Whole pages lay each light's ink through one coverage mask of the thin guilloche, text
    and microprint; the picture must not change (crossings stay darker, lines stay solid, an
    inkjet forgery keeps its dots)."""
    lights = (Light.WHITE, Light.UV365, Light.IR, Light.TRANSMITTED)
    shared = _dense_guilloche_page(True, monkeypatch, lights)
    direct = _dense_guilloche_page(False, monkeypatch, lights)
    for light in lights:
        diff = np.abs(shared[light].astype(int) - direct[light].astype(int))
        assert diff.mean() < 0.3 and np.percentile(diff, 99) <= 2 and diff.max() <= 12, light
    # Under white light the guilloche is really drawn (not lost in the mask).
    assert luminance(direct[Light.WHITE]).min() < 170


def test_coverage_tables_keep_one_piece_exact_and_darken_crossings():
    from docinspect.optics import coverage

    p, close, faint = coverage.sharing(
        {Light.WHITE: 0.7, Light.UV365: 0.63, Light.TRANSMITTED: 0.2}
    )
    # The faint transmitted ink shares the mask only if the guilloche is sparse.
    assert close == {Light.WHITE, Light.UV365} and faint == {Light.TRANSMITTED}
    assert coverage.sharing({Light.WHITE: 1.0, Light.UV365: 0.9})[0] == 1.0
    assert coverage.sharing({Light.WHITE: 1.0, Light.TRANSMITTED: 0.2})[0] <= 0.8
    same = coverage.weight_table(p, p)
    assert np.abs(same.astype(int) - np.arange(256)).max() <= 1
    table = coverage.weight_table(p, 0.63)
    # One piece at full coverage: the light's own opacity.
    assert abs(int(table[round(255 * p)]) - round(255 * 0.63)) <= 1
    # Two whole pieces crossing: 1 - (1 - a)^2 as QPainter lays them.
    crossing = round(255 * (1 - (1 - p) ** 2))
    assert abs(int(table[crossing]) - 255 * (1 - 0.37**2)) <= 2


def test_ink_boxes_hold_every_inked_pixel():
    from docinspect.optics import coverage

    mask = np.zeros((300, 500), np.uint8)
    mask[3, 7] = 9
    mask[150:160, 0:500] = 255
    mask[299, 499] = 1
    inside = np.zeros_like(mask, bool)
    boxes = coverage.ink_boxes(mask)
    for x0, y0, x1, y1 in boxes:
        inside[y0:y1, x0:x1] = True
    assert inside[mask > 0].all()
    assert inside.mean() < 0.6  # ink-free tiles are left out


def test_faint_lights_share_the_mask_of_sparse_guilloche_only():
    """Dense guilloche (lines closer than their width, crossing everywhere) keeps its own
    stroking under transmitted light; a document's sparse guilloche shares the mask."""
    from docinspect.optics import coverage

    p = 0.8
    sparse = np.zeros((400, 400), np.uint8)
    for y in range(20, 400, 25):
        cv2.line(sparse, (0, y), (399, y + 30), round(255 * p), 1, cv2.LINE_AA)
    assert coverage.sparse(sparse, p)
    dense = np.zeros((400, 400), np.float32)
    for y in range(-400, 400, 2):  # lines 2 px apart, antialiased over 2-3 px: overlapping
        one = np.zeros_like(dense)
        cv2.line(one, (0, y), (399, y + 200), 1.0, 1, cv2.LINE_AA)
        dense = 1 - (1 - dense) * (1 - p * one)
    assert not coverage.sparse(np.rint(255 * dense).astype(np.uint8), p)


def test_render_layers_in_threads_equals_pages_one_by_one(monkeypatch):
    """Lights drawn in parallel threads give the same pixels as one light after another."""
    from docinspect.optics import render_layers

    def fresh():
        return source(
            Rosette(
                id="r",
                material=Material(colour=(150, 90, 60), alpha=0.7),
                cx=20,
                cy=15,
                r_inner=2,
                r_outer=13,
                petals=9,
                lines=16,
                stroke_mm=0.035,
                samples=500,
            ),
            Text(id="t", material=CARBON, text="UTOPIA", x=2, y=28, font="OCRB", size_mm=3),
            substrate=OFFICE,
        )

    size = (1200, 900)  # a whole page of over a megapixel: masks and passes are shared
    lights = [Light.UV365, Light.WHITE, Light.IR, Light.OBLIQUE, Light.TRANSMITTED]
    serial = fresh()
    expected = {light: serial.page(Viewing(light), size) for light in lights}
    got = render_layers(fresh(), lights, size)
    assert list(got) == lights
    for light in lights:
        assert np.array_equal(got[light], expected[light]), light


def test_pieces_made_at_once_equal_pieces_made_one_by_one():
    """Preparing a scene builds all guilloche pieces in one pass; same polygons and boxes."""
    from docinspect.optics import curves
    from docinspect.optics.qt import polygon, polygons

    rng = np.random.default_rng(3)
    pieces = [rng.normal(0, 40, (n, 2)) for n in [41] * 30 + [1, 2, 7, 41, 120]]
    assert polygons(pieces) == [polygon(p) for p in pieces]
    boxes = curves.polyline_bounds(pieces, 0.05)
    for box, p in zip(boxes, pieces, strict=True):
        assert np.allclose(box, [*(p.min(axis=0) - 0.05), *(p.max(axis=0) + 0.05)])
    assert polygons([]) == [] and curves.polyline_bounds([], 0.1).shape == (0, 4)


def test_pass_cache_makes_an_entry_once_for_threads_asking_together():
    """Lights rendered in parallel ask for the same masks and grain; one thread makes them."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from docinspect.optics.prepared import PassCache

    cache, made, lock = PassCache(), [], threading.Lock()

    def make():
        with lock:
            made.append(1)
        time.sleep(0.05)
        return "mask"

    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda _: cache.get_or_make("k", make), range(4)))
    assert got == ["mask"] * 4 and len(made) == 1
    # An entry that is not usable for the asker is made again.
    assert cache.get_or_make("k", lambda: "wider", usable=lambda v: v == "wider") == "wider"


def test_a_speck_of_ink_is_judged_without_error():
    from docinspect.optics import coverage

    assert coverage.sparse(np.full((2, 3), 50, np.uint8), 0.8)
    assert coverage.sparse(np.zeros((1, 1), np.uint8), 0.8)


def test_the_loupe_keeps_one_power_range_for_the_app_and_the_render_command():
    """1x is no loupe: the render command refuses it as the app's loupe never reaches it."""
    from docinspect.optics.loupe import MAX_LOUPE_POWER, MIN_LOUPE_POWER, loupe_power_problem

    src = _microprint_source()
    assert (MIN_LOUPE_POWER, MAX_LOUPE_POWER) == (2.0, 30.0)
    for power in (MIN_LOUPE_POWER, MAX_LOUPE_POWER):
        assert loupe_power_problem(power) is None
        lp = render_loupe(src, Viewing(), (12.0, 15.0), power=power, base_px_per_mm=4)
        assert lp.shape == (300, 300, 4)
    for power in (1.0, 1.99, 30.5):
        assert "2-30" in (loupe_power_problem(power) or "")
        with pytest.raises(ValueError, match="loupe power"):
            render_loupe(src, Viewing(), (12.0, 15.0), power=power, base_px_per_mm=4)
