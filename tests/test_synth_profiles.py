"""Forgers' profiles measured the way an examiner finds them: on rendered pixels.

A desktop counterfeit's microprint cannot be read (by OCR) at 10× while the genuine page's
can; its fine lines are not continuous at 10×; its perforation passes no light; a substituted
photo keeps its picture under IR and against the light; every indicator changes the page
only under the lights its region declares.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest
from support.drafts import draft_source

from docinspect.model import Light, Role, Verdict, Viewing, load_taxonomy
from docinspect.model.geometry import Bounds
from docinspect.optics import SpecimenSource
from docinspect.synth.documents import build_document
from docinspect.synth.forgeries import _vanish, available_methods, forge
from docinspect.synth.profiles import (
    MIN_TRACES,
    PROFILES,
    available_profiles,
    offset_traces,
    produce,
)

TAXONOMY = load_taxonomy()
#: A 10× loupe held over a page shown at 150 dpi.
LOUPE_10X_PX_PER_MM = 10 * 150 / 25.4


def _made(
    seed: int,
    profile: str | None,
    subtlety: float = 0.5,
    kind: str = "td3",
    state: str | None = None,
):
    d = build_document(seed, doc_type=kind, state_code=state, traveller=profile is None)
    if profile is not None:
        produce(d, profile, subtlety=subtlety, rng=random.Random(seed))
    return d


def _render(source: SpecimenSource, light: Light, window: Bounds, ppm: float) -> np.ndarray:
    size = (round(window.width * ppm), round(window.height * ppm))
    return source.render(Viewing(light=light), window, size)


# --- the profiles and their truth -------------------------------------------------------------


@pytest.mark.parametrize("kind", ["td3", "td2", "td1", "td1-back", "mrva"])
def test_every_profile_makes_a_forgery_with_its_verdict_and_consistent_indicators(kind):
    for profile in available_profiles(kind):
        for subtlety in (0.0, 1.0):
            d = _made(3, profile, subtlety, kind)
            spec = d.specimen("x")
            assert spec.truth.verdict is PROFILES[profile].verdict
            assert spec.truth.extra["profile"] == profile
            indicators = spec.forgery_indicators()
            assert indicators, f"{profile} left no indicator on a {kind}"
            # Every method in the truth left an indicator, every indicator's method is in
            # the truth, and its feature is one the taxonomy lists for that method.
            assert {r.method for r in indicators} == set(spec.truth.methods)
            for r in indicators:
                assert r.feature in TAXONOMY.method(r.method).indicator_features
                assert r.lights


@pytest.mark.parametrize("kind", ["td3", "td2", "td1", "mrva"])
def test_a_desktop_counterfeit_leaves_every_trace_of_its_production_at_any_subtlety(kind):
    for subtlety in (0.0, 0.5, 1.0):
        methods = set(_made(4, "desktop_counterfeit", subtlety, kind).methods)
        # A card is counterfeited on PVC or paper, with printed portrait and data; a paper
        # page on office paper, without the fibres of security paper.
        expected = {
            *(
                ("non_polycarbonate_body", "printed_portrait")
                if kind in ("td1", "td2")
                else ("office_paper", "fibres_missing")
            ),
            "halftone_print",
            "degraded_microprint",
            "uv_motif_wrong",
            "no_relief",
            "static_ovd",
            "ir_anomaly",
        }
        if kind in ("td3", "mrva"):
            expected |= {"printed_watermark", "imitation_thread"}
        if kind == "td3":
            expected.add("misaligned_register")
        if kind != "mrva":
            expected.add("imitated_perforation")
        assert methods == expected


def test_an_offset_counterfeit_imitates_more_features_well_as_subtlety_rises():
    seed = 6
    traces = offset_traces(build_document(seed, traveller=False))
    counts = []
    for subtlety in (0.0, 0.25, 0.5, 0.75, 1.0):
        counts.append(len(_made(seed, "offset_counterfeit", subtlety).methods))
    assert counts[0] == len(traces)  # obvious: nothing imitated well
    assert counts[-1] == MIN_TRACES  # expert: still several consistent traces
    assert counts == sorted(counts, reverse=True)


def test_profiles_are_deterministic_for_a_seed():
    for profile in PROFILES:
        kind = "td3-booklet" if profile == "page_substitution" else "td3"
        a, b = _made(8, profile, 0.6, kind), _made(8, profile, 0.6, kind)
        assert a.scene_files() == b.scene_files()
        assert a.files == b.files
        assert a.specimen("x") == b.specimen("x")


def test_a_profile_the_document_cannot_carry_is_refused_with_its_reason():
    d = build_document(1, doc_type="td1-back", traveller=False)
    with pytest.raises(ValueError, match="portrait is on the card front"):
        produce(d, "photo_substitution", subtlety=0.5, rng=random.Random(1))
    with pytest.raises(ValueError, match="unknown forger profile"):
        produce(d, "glue", subtlety=0.5, rng=random.Random(1))


# --- microprint at 10x: readable on the genuine page, not on a desktop counterfeit ------------


def _tesseract() -> str:
    found = shutil.which("tesseract")
    if found is None:
        if os.environ.get("DOCINSPECT_REQUIRE_MRZ_READER") == "1":
            pytest.fail("tesseract required (DOCINSPECT_REQUIRE_MRZ_READER=1) but not installed")
        pytest.skip("needs the tesseract program (Debian: apt-get install tesseract-ocr)")
    return found


def _read_microprint(source: SpecimenSource, window: Bounds, work: Path) -> str:
    img = _render(source, Light.WHITE, window, LOUPE_10X_PX_PER_MM)
    grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    # Tesseract wants capitals about 30 px tall: enlarge the loupe image (the same for both).
    grey = cv2.resize(grey, None, fx=3, fy=3, interpolation=cv2.INTER_CUBIC)
    path = work / "loupe.png"
    cv2.imwrite(str(path), grey)
    out = subprocess.run(
        [_tesseract(), str(path), "-", "--psm", "7"], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


@pytest.mark.parametrize("seed", [1, 12])
def test_desktop_microprint_cannot_be_read_at_10x_while_the_genuine_can(seed, tmp_path, qapp):
    _tesseract()
    genuine = _made(seed, None)
    micro = genuine.item(genuine.feature_items["microprint"][0])
    (x0, y0) = micro.points[0]
    window = Bounds(x0 + 2.0, y0 - 0.35, x0 + 14.0, y0 + 0.15)
    word = genuine.state.microprint_text.split()[0]
    read = _read_microprint(draft_source(genuine, tmp_path / "g"), window, tmp_path)
    assert read.count(word) >= 2, read
    for subtlety in (0.0, 0.5, 1.0):
        fake = _made(seed, "desktop_counterfeit", subtlety)
        read = _read_microprint(draft_source(fake, tmp_path / f"d{subtlety}"), window, tmp_path)
        assert word not in read, (subtlety, read)
        assert word[:4] not in read, (subtlety, read)


# --- fine lines at 10x ------------------------------------------------------------------------


def _continuous_share(img: np.ndarray, ppm: float) -> float:
    """Share of the inked pixels that lie in strokes longer than 0.5 mm (connected ink)."""
    grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.int16)
    paper = np.percentile(grey, 90)
    ink = (grey < paper - 30).astype(np.uint8)
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 1:
        return 0.0
    extent = np.maximum(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT])
    area = stats[1:, cv2.CC_STAT_AREA]
    return float(area[extent >= 0.5 * ppm].sum() / area.sum())


@pytest.mark.parametrize("seed", [2, 9])
def test_desktop_fine_lines_are_not_continuous_at_10x(seed, tmp_path, qapp):
    genuine = _made(seed, None)
    rosette = genuine.item("rosette")
    cx, cy, r = rosette.cx, rosette.cy, rosette.r_outer
    window = Bounds(cx + r * 0.45, cy - 1.5, cx + r * 0.45 + 3.0, cy + 1.5)
    ppm = LOUPE_10X_PX_PER_MM
    g = _continuous_share(
        _render(draft_source(genuine, tmp_path / "g"), Light.WHITE, window, ppm), ppm
    )
    assert g > 0.9
    for subtlety in (0.0, 1.0):
        fake = _made(seed, "desktop_counterfeit", subtlety)
        img = _render(draft_source(fake, tmp_path / f"d{subtlety}"), Light.WHITE, window, ppm)
        assert _continuous_share(img, ppm) < 0.3, subtlety


# --- perforation against the light ------------------------------------------------------------


def _transmitted(source: SpecimenSource, draft) -> np.ndarray:
    window = draft.region("laser_perforation").shape.bounds()
    img = _render(source, Light.TRANSMITTED, window, 1200 / 25.4)
    return cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.int16)


def _light_through(source: SpecimenSource, draft) -> float:
    """Share of the perforated number's box where the light box shines through."""
    return float((_transmitted(source, draft) > 225).mean())


def _soft_edge(source: SpecimenSource, draft) -> float:
    """Pixels between the paper's and the light box's brightness (a hole's soft edge) per
    pixel of bright core: a laser cone's thinned wall gives a wide one, a punched hole only
    its antialiased rim."""
    grey = _transmitted(source, draft)
    paper = float(np.median(grey))
    core = int((grey > 225).sum())
    edge = int(((grey > paper + 15) & (grey <= 225)).sum())
    return edge / max(1, core)


@pytest.mark.parametrize(
    ("kind", "profile", "subtlety", "punched"),
    [
        ("td3", "desktop_counterfeit", 0.0, False),
        ("td3", "desktop_counterfeit", 1.0, True),
        ("td2", "desktop_counterfeit", 0.5, True),
        ("td2", "desktop_counterfeit", 0.2, False),
        ("td3", "stolen_blank", 0.8, False),
    ],
)
def test_an_imitated_perforation_is_printed_dots_or_clean_punched_holes(
    kind, profile, subtlety, punched, tmp_path, qapp
):
    genuine = _made(5, None, kind=kind)
    g_src = draft_source(genuine, tmp_path / "g")
    through = _light_through(g_src, genuine)
    assert through > 0.03  # the laser holes shine
    fake = _made(5, profile, subtlety, kind)
    f_src = draft_source(fake, tmp_path / "f")
    if not punched:
        assert _light_through(f_src, genuine) < through / 20  # printed dots pass no light
        return
    # Punched holes pass light too, but have no cone: a sharp edge instead of a soft one.
    assert _light_through(f_src, genuine) > through / 2
    g_edge, f_edge = _soft_edge(g_src, genuine), _soft_edge(f_src, genuine)
    assert g_edge > 0.8, g_edge
    assert f_edge < g_edge / 3, (g_edge, f_edge)


# --- a substituted photo under IR and against the light ---------------------------------------


def _texture(source: SpecimenSource, box: Bounds, light: Light) -> float:
    """Standard deviation of the grey level inside the portrait (its picture's detail)."""
    inner = Bounds(
        box.left + box.width * 0.15,
        box.top + box.height * 0.1,
        box.right - box.width * 0.15,
        box.bottom - box.height * 0.1,
    )
    img = _render(source, light, inner, 300 / 25.4)
    return float(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).std())


# Paper data pages (a polycarbonate one is split open instead: delamination): seed 4 draws
# Kaldavia; 7 and 11 draw Nerevia, whose data page is polycarbonate, and are made in Kaldavia.
@pytest.mark.parametrize(
    ("seed", "subtlety", "state"), [(4, 0.0, None), (7, 0.6, "KDV"), (11, 1.0, "KDV")]
)
def test_a_substituted_photo_keeps_its_picture_under_ir_and_transmitted_light(
    seed, subtlety, state, tmp_path, qapp
):
    genuine = _made(seed, None, state=state)
    fake = _made(seed, "photo_substitution", subtlety, state=state)
    box = genuine.region("portrait").shape.bounds()
    g_src, f_src = draft_source(genuine, tmp_path / "g"), draft_source(fake, tmp_path / "f")
    for light in (Light.IR, Light.TRANSMITTED, Light.WHITE):
        g, f = _texture(g_src, box, light), _texture(f_src, box, light)
        assert g > 8, light  # the genuine portrait has a picture under this light
        assert 0.5 <= f / g <= 2.0, (light, g, f)


# --- each indicator changes the page only under the lights it declares ------------------------

_PAGE_PX_PER_MM = 150 / 25.4


def _changed_lights(genuine, forged, folder: Path) -> dict[Light, tuple[float, float]]:
    """Per light: mm² of the page that changed by more than 32 and by more than 16 levels."""
    page = Bounds(0.0, 0.0, genuine.width_mm, genuine.height_mm)
    a, b = draft_source(genuine, folder / "g"), draft_source(forged, folder / "f")
    size = (round(page.width * _PAGE_PX_PER_MM), round(page.height * _PAGE_PX_PER_MM))
    mm2 = _PAGE_PX_PER_MM**2
    out = {}
    for light in Light:
        # Optically variable features show their indicators when the page is tilted: white
        # light counts the page head-on and tilted 25° about each axis (a card's CLI
        # switches towards and away).
        tilts = ((0.0, 0.0), (25.0, 0.0), (0.0, 25.0)) if light is Light.WHITE else ((0.0, 0.0),)
        strong = weak = 0.0
        for lr, ta in tilts:
            view = Viewing(light=light, tilt_deg=lr, tilt_away_deg=ta)
            diff = np.abs(
                a.render(view, page, size).astype(np.int16)
                - b.render(view, page, size).astype(np.int16)
            ).max(axis=2)
            strong = max(strong, float((diff > 32).sum() / mm2))
            weak = max(weak, float((diff > 16).sum() / mm2))
        out[light] = (strong, weak)
    return out


@pytest.mark.parametrize(
    ("kind", "subtlety"),
    [
        ("td3", 0.2),
        ("td3", 0.8),
        ("td3@NRV", 0.5),  # a polycarbonate data page
        ("td1", 0.5),
        ("td1", 0.2),
        ("td2", 0.8),
        ("mrva", 0.5),
    ],
)
def test_each_indicator_changes_the_page_only_under_the_lights_it_declares(
    kind, subtlety, tmp_path, qapp
):
    kind, _, state = kind.partition("@")
    genuine = build_document(5, doc_type=kind, state_code=state or None)
    for method in available_methods(kind, genuine.state.code):
        forged = build_document(5, doc_type=kind, state_code=state or None)
        forge(forged, [method], subtlety=subtlety, rng=random.Random(2))
        declared = set()
        for r in forged.regions:
            if r.role is Role.FORGERY_INDICATOR:
                declared |= r.lights
        # The raking-light picture is the white one shaded by relief: what white light
        # shows, oblique light shows too.
        allowed = declared | ({Light.OBLIQUE} if Light.WHITE in declared else set())
        changed = _changed_lights(genuine, forged, tmp_path / method)
        # A clear change (> 32 levels over at least 1.5 mm² of the page) only where declared.
        clear = {light for light, (strong, _) in changed.items() if strong >= 1.5}
        assert clear <= allowed, (method, clear - allowed, changed)
        if method == "impostor":  # the document is untouched: the traveller differs
            assert not clear
            continue
        # And the indicator is really there under a light it names.
        assert any(changed[light][1] >= 1.0 for light in declared), (method, changed)


def test_a_forged_specimen_is_a_forgery_in_the_truth_only():
    """The verdict and profile live in the truth (sealed in exams), never in ids."""
    d = _made(2, "desktop_counterfeit", 0.5)
    spec = d.specimen("td3-0001")
    assert spec.truth.verdict is Verdict.COUNTERFEIT
    ids = [it.id for it in d.scene().items]
    assert not any(
        word in item_id for item_id in ids for word in ("fake", "forg", "erasure", "edge")
    )


# --- DOVID channels and laser holes -----------------------------------------------------------


def test_the_dovid_switches_its_image_with_tilt_and_a_generic_foil_only_looks_right_head_on(
    tmp_path, qapp
):
    genuine = _made(4, None)
    foil = _made(4, None)
    forge(foil, ["static_ovd"], subtlety=0.8, rng=random.Random(1))
    window = genuine.region("dovid").shape.bounds()
    g_src, f_src = draft_source(genuine, tmp_path / "g"), draft_source(foil, tmp_path / "f")

    def look(src, tilt):
        size = (round(window.width * 25), round(window.height * 25))
        return src.render(Viewing(light=Light.WHITE, tilt_deg=tilt), window, size).astype(int)

    # Head-on the imitation is the genuine patch; tilted, the genuine one changes (colours
    # travel, the emblem gives way to the state code) and the imitation does not.
    assert np.abs(look(g_src, 0) - look(f_src, 0)).mean() < 1.0
    assert np.abs(look(g_src, 30) - look(g_src, 0)).mean() > 15
    assert np.abs(look(f_src, 30) - look(f_src, 0)).mean() < 1.0
    switching = [it for it in genuine.items if it.id in genuine.feature_items["dovid"]]
    shown = {it.id for it in switching if it.material.tilt and it.material.tilt.kind == "switch"}
    # Four image channels: emblem and state code left–right, two ray rings towards–away.
    assert len(shown) == 4
    axes = {it.material.tilt.axis for it in switching if it.id in shown}
    assert axes == {"left_right", "towards_away"}


def test_laser_holes_have_a_scorched_rim_that_imitations_lack(tmp_path, qapp):
    genuine = _made(5, None)
    fake = _made(5, "desktop_counterfeit", 0.5)
    window = genuine.region("laser_perforation").shape.bounds()

    def brownish(draft, folder):
        img = _render(draft_source(draft, folder), Light.WHITE, window, 1200 / 25.4).astype(int)
        r, b = img[..., 0], img[..., 2]
        return float(((r - b > 35) & (r < 190) & (r > 80)).mean())

    assert brownish(genuine, tmp_path / "g") > 0.02
    assert brownish(fake, tmp_path / "f") < 0.002


@pytest.mark.parametrize("kind", ["td3", "td1", "mrva"])
def test_a_forgery_keeps_every_item_id_of_the_genuine_document(kind):
    """What a forger leaves out is not drawn, but its item stays in the scene: an item name
    missing from a forged scene would give the answer without looking."""
    genuine = {it.id for it in build_document(9, doc_type=kind).items}
    for profile in available_profiles(kind):
        for subtlety in (0.0, 1.0):
            forged = {it.id for it in _made(9, profile, subtlety, kind).items}
            assert genuine <= forged, (profile, subtlety, genuine - forged)
            assert all(i.startswith("mark-") for i in forged - genuine), (profile, subtlety)


def test_under_raking_light_laser_holes_sit_in_scorched_rims_that_punched_holes_lack(
    tmp_path, qapp
):
    genuine = _made(5, None)
    punched = _made(5, None)
    forge(punched, ["imitated_perforation"], subtlety=0.8, rng=random.Random(1))
    bare = _made(5, None)
    for item_id in bare.feature_items["laser_perforation"]:
        _vanish(bare, item_id)
    window = genuine.region("laser_perforation").shape.bounds()

    def grey(draft, folder):
        img = _render(draft_source(draft, folder), Light.OBLIQUE, window, 1200 / 25.4)
        return cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.int16)

    paper = grey(bare, tmp_path / "b")

    def rim_per_hole(draft, folder):
        g = grey(draft, folder)
        hole = g < 70
        # What the perforation changed on the paper round its holes: the cone's scorched,
        # sunken rim; a punched hole changes little beyond its own edge.
        rim = (np.abs(g - paper) > 20) & ~hole
        return rim.sum() / max(1, hole.sum())

    g, p = rim_per_hole(genuine, tmp_path / "g"), rim_per_hole(punched, tmp_path / "p")
    assert g > 1.5 * p, (g, p)  # measured 1.15 against 0.62
