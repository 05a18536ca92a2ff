"""Passport booklets on rendered pixels: the perforated number through every page with holes
shrinking page by page, the binding thread glowing under UV, and a substituted page that
differs from its neighbours under UV and in its perforated number."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from support import booklets as bk

from docinspect.cli import main
from docinspect.model import Light, Role
from docinspect.model.geometry import Bounds
from docinspect.packs import read_pack
from docinspect.synth.booklet import VISA_PAGES
from docinspect.synth.forgeries import available_methods, refusal
from docinspect.synth.profiles import available_profiles, profile_refusal


def test_a_booklet_has_numbered_visa_pages_in_order(tmp_path: Path):
    specimen = bk.booklet(tmp_path)
    assert [p.label for p in specimen.pages] == [
        "cover", "inside cover", *(f"page {n}" for n in range(3, 3 + VISA_PAGES))
    ]  # fmt: skip
    assert all((tmp_path / p.scene).is_file() for p in bk.visa_pages(specimen))


def test_the_holes_shrink_page_by_page_and_stay_in_line(tmp_path: Path):
    specimen = bk.booklet(tmp_path)
    box = bk.perforation_box(specimen)
    masks = [bk.holes(view, tmp_path, box) for view in bk.pages(specimen)]
    areas = [int(m.sum()) for m in masks]
    assert areas[0] > 200  # the number shows against the light on the data page
    assert all(a > b for a, b in zip(areas, areas[1:], strict=False)), areas
    for deeper, shallower in zip(masks[1:], masks, strict=False):
        # Each hole lies inside the bigger hole of the page before: the same number, in line.
        assert (deeper & ~bk.grown(shallower)).sum() <= 0.05 * deeper.sum()


def _yellow(rgb: np.ndarray) -> np.ndarray:
    return (rgb[..., 0] > 150) & (rgb[..., 1] > 130) & (rgb[..., 2] < 120)


def test_the_binding_thread_glows_under_uv_on_every_page(tmp_path: Path):
    specimen = bk.booklet(tmp_path)
    spine = Bounds(4.0, 1.2, specimen.width_mm - 4.0, 2.0)  # the stitches' line
    below = Bounds(4.0, 3.0, specimen.width_mm - 4.0, 3.8)  # just below the stitches
    for view in bk.pages(specimen):
        thread = bk.render(view, tmp_path, Light.UV365, spine).astype(int)
        paper = bk.render(view, tmp_path, Light.UV365, below).astype(int)
        assert _yellow(thread).mean() > 0.15, view.title
        assert _yellow(paper).mean() < 0.01
        # In daylight the thread is red on the pale page.
        day = bk.render(view, tmp_path, Light.WHITE, spine).astype(int)
        assert ((day[..., 0] - day[..., 2]) > 60).mean() > 0.15


def _substituted(specimen):
    marked = [
        i
        for i, p in enumerate(bk.visa_pages(specimen))
        if any(r.method == "page_substitution" for r in p.regions)
    ]
    assert len(marked) == 1
    return marked[0]


@pytest.mark.parametrize("subtlety", [0.2, 0.9])
def test_a_substituted_page_glows_where_its_neighbours_stay_dull(tmp_path: Path, subtlety):
    specimen = bk.booklet(tmp_path, methods=["page_substitution"], subtlety=subtlety)
    k = _substituted(specimen)
    assert 0 < k < len(bk.visa_pages(specimen)) - 1  # neighbours on both sides
    field = Bounds(5.0, 20.0, 25.0, 60.0)  # away from the UV motif, thread and number
    blue = [
        bk.render(view, tmp_path, Light.UV365, field)[..., 2].mean()
        for view in bk.pages(specimen)[1:]
    ]
    for i, value in enumerate(blue):
        if i != k:
            assert blue[k] > value + 40, blue


def test_a_substituted_page_carries_another_perforation(tmp_path: Path):
    for subtlety in (0.2, 0.9):
        specimen = bk.booklet(tmp_path, methods=["page_substitution"], subtlety=subtlety)
        k = _substituted(specimen)
        box = bk.perforation_box(specimen)
        pages = bk.pages(specimen)
        before = bk.holes(pages[k], tmp_path, box)  # pages[0] is the data page
        page = bk.holes(pages[k + 1], tmp_path, box)
        after = bk.holes(pages[k + 2], tmp_path, box)
        # Its holes are not inside the holes of the page before it, as a genuine page's are
        # (another booklet's number differs in its last two characters of nine).
        assert (page & ~bk.grown(before)).sum() > 0.08 * page.sum(), subtlety
        assert (after & ~bk.grown(before)).sum() <= 0.05 * after.sum()


def test_page_substitution_indicators_and_truth(tmp_path: Path):
    specimen = bk.booklet(tmp_path, methods=["page_substitution"], subtlety=0.5)
    page = bk.visa_pages(specimen)[_substituted(specimen)]
    indicators = [r for r in page.regions if r.role is Role.FORGERY_INDICATOR]
    assert {r.feature for r in indicators} == {
        "uv_dull_substrate",
        "laser_perforation",
        "binding_thread",
        "page_numbers",  # at 0.5 the forger reprinted the number (decision 0036)
    }
    assert specimen.truth.verdict.value == "falsified"
    assert specimen.truth.methods == ("page_substitution",)
    assert not any(r.role is Role.FORGERY_INDICATOR for r in specimen.regions)


@pytest.mark.parametrize("kind", ["td1", "td2", "td1-back", "mrva", "td3"])
def test_page_substitution_is_refused_without_a_booklet(kind):
    reason = refusal("page_substitution", kind)
    assert reason is not None and "page" in reason
    assert "page_substitution" not in available_methods(kind)
    assert profile_refusal("page_substitution", kind) is not None


def test_a_booklet_takes_falsifications_of_its_data_page_not_counterfeits():
    booklet = set(available_methods("td3-booklet"))
    assert "page_substitution" in booklet
    assert {"photo_substitution", "data_alteration", "impostor"} <= booklet
    # A counterfeit booklet would be counterfeit on every page; only the data page is forged.
    assert not {"office_paper", "halftone_print", "fantasy_document"} & booklet
    assert "every page" in refusal("office_paper", "td3-booklet")
    profiles = set(available_profiles("td3-booklet"))
    assert {"page_substitution", "photo_substitution", "data_alteration"} <= profiles
    assert not {"desktop_counterfeit", "offset_counterfeit", "fantasy_document"} & profiles
    assert "every page" in profile_refusal("desktop_counterfeit", "td3-booklet")


def test_a_profile_on_a_booklet_keeps_its_pages(tmp_path: Path):
    specimen = bk.booklet(tmp_path, profile="photo_substitution", subtlety=0.5)
    assert len(bk.visa_pages(specimen)) == VISA_PAGES


def test_cli_generates_a_booklet_pack_that_reads_back(tmp_path: Path, capsys):
    out = tmp_path / "booklets"
    args = ["generate", "--out", str(out), "--type", "td3-booklet", "--count", "2"]
    code = main([*args, "--methods", "page_substitution", "--forged-share", "0.5"])
    assert code == 0, capsys.readouterr().err
    pack = read_pack(out)
    forged = [s for s in pack.specimens if s.truth.methods]
    assert len(forged) == 1 and forged[0].truth.methods == ("page_substitution",)
    for s in pack.specimens:
        assert len(bk.visa_pages(s)) == VISA_PAGES
        assert all((pack.specimen_dir(s.id) / p.scene).is_file() for p in bk.visa_pages(s))


@pytest.mark.parametrize("kind", ["td1", "mrva"])
def test_cli_refuses_page_substitution_without_a_booklet(tmp_path: Path, capsys, kind):
    out = tmp_path / "p"
    code = main(["generate", "--out", str(out), "--type", kind, "--methods", "page_substitution"])
    assert code == 2
    err = capsys.readouterr().err
    assert "page_substitution" in err and ("card" in err or "visa" in err)
    assert "Traceback" not in err and not out.exists()


def _number_ink(view, folder: Path, box: Bounds) -> np.ndarray:
    """Where the printed page number's ink is (dark on the pale page) in ``box``."""
    return bk.render(view, folder, Light.WHITE, box, ppm=20).mean(axis=2) < 140


@pytest.mark.parametrize(
    ("subtlety", "trace"), [(0.2, "numbered"), (0.5, "another typeface"), (0.9, None)]
)
def test_a_substituted_pages_printed_number_is_as_careful_as_its_forger(
    tmp_path: Path, subtlety, trace
):
    genuine = bk.booklet(tmp_path / "g")
    forged = bk.booklet(tmp_path / "f", methods=["page_substitution"], subtlety=subtlety)
    k = _substituted(forged)
    page = bk.visa_pages(forged)[k]
    marks = [r for r in page.regions if r.feature == "page_numbers"]
    same = [
        _number_ink(view.booklet_page(bk.visa_pages(view)[k].id), folder, NUMBER_BOX)
        for view, folder in ((genuine, tmp_path / "g"), (forged, tmp_path / "f"))
    ]
    changed = (same[0] ^ same[1]).sum() / max(1, (same[0] | same[1]).sum())
    if trace is None:
        # A careful forger took the same page of another booklet: its number is right.
        assert marks == [] and changed < 0.05, changed
        return
    (mark,) = marks
    assert trace in mark.explanation and mark.method == "page_substitution"
    assert mark.shape.bounds().within(forged.width_mm, forged.height_mm)
    assert NUMBER_BOX.left <= mark.shape.bounds().left and mark.shape.bounds().bottom <= 88.0
    # Another number, or the same one in another typeface and place: other ink.
    assert changed > 0.3, changed


#: Round the page number printed in each visa page's lower right corner.
NUMBER_BOX = Bounds(105.0, 76.0, 121.0, 87.0)
