"""A data page from another booklet and a re-sewn binding, on rendered pixels (decision 0033):
each differs from the genuine booklet of the same seed where an examiner looks — the number
perforated through the stack, the binding under UV 365 — and not on the rest of the page."""

from __future__ import annotations

import numpy as np
import pytest
from support import booklets as bk

from docinspect.model import Light, Role, Viewing
from docinspect.model.geometry import Bounds
from docinspect.synth.forgeries import available_methods, refusal


def _render(*args, **kwargs) -> np.ndarray:
    return bk.render(*args, **kwargs).astype(int)


def _spine(specimen) -> Bounds:
    return Bounds(3.0, 0.2, specimen.width_mm - 3.0, 3.2)


def _yellow(rgb: np.ndarray) -> np.ndarray:
    return (rgb[..., 0] > 150) & (rgb[..., 1] > 130) & (rgb[..., 2] < 120)


@pytest.mark.parametrize("subtlety", [0.2, 0.8])
def test_a_swapped_data_page_has_another_number_than_the_pages_behind_it(tmp_path, subtlety):
    genuine_dir, forged_dir = tmp_path / "g", tmp_path / "f"
    genuine_dir.mkdir(), forged_dir.mkdir()
    genuine = bk.booklet(genuine_dir)
    forged = bk.booklet(forged_dir, methods=["data_page_swap"], subtlety=subtlety)
    box = bk.perforation_box(forged)
    data_page = bk.holes(forged, forged_dir, box)
    first_visa = bk.holes(bk.pages(forged)[1], forged_dir, box)
    # Against the light the visa page's holes leave the data page's number: another number.
    assert (first_visa & ~bk.grown(data_page)).sum() > 0.03 * first_visa.sum()
    # In the genuine booklet they lie inside the data page's holes.
    g_data = bk.holes(genuine, genuine_dir, box)
    g_visa = bk.holes(bk.pages(genuine)[1], genuine_dir, box)
    assert (g_visa & ~bk.grown(g_data)).sum() <= 0.05 * g_visa.sum()
    # The data page itself is the other booklet's genuine page: same number as its MRZ.
    assert (data_page ^ g_data).sum() <= 0.02 * g_data.sum()


@pytest.mark.parametrize("subtlety", [0.2, 0.8])
def test_a_swapped_data_page_shows_glue_and_new_holes_at_the_spine_under_uv(tmp_path, subtlety):
    genuine_dir, forged_dir = tmp_path / "g", tmp_path / "f"
    genuine_dir.mkdir(), forged_dir.mkdir()
    genuine = bk.booklet(genuine_dir)
    forged = bk.booklet(forged_dir, methods=["data_page_swap"], subtlety=subtlety)
    spine = _spine(forged)
    g = _render(genuine, genuine_dir, Light.UV365, spine)
    f = _render(forged, forged_dir, Light.UV365, spine)
    # The glue glows bluish along the spine where the genuine binding has none.
    assert f[..., 2].mean() > g[..., 2].mean() + 15
    # Below the spine the page is the same under UV: the attack is at the binding only.
    body = Bounds(10.0, 20.0, 60.0, 40.0)
    g_body = _render(genuine, genuine_dir, Light.UV365, body)
    f_body = _render(forged, forged_dir, Light.UV365, body)
    assert abs(f_body.mean() - g_body.mean()) < 3
    indicators = [r for r in forged.regions if r.role is Role.FORGERY_INDICATOR]
    assert {r.feature for r in indicators} == {"laser_perforation", "binding_thread"}
    assert all(r.method == "data_page_swap" for r in indicators)
    assert forged.truth.methods == ("data_page_swap",)


@pytest.mark.parametrize("subtlety", [0.2, 0.8])
def test_a_rebound_booklet_has_another_thread_under_uv_on_every_page(tmp_path, subtlety):
    genuine_dir, forged_dir = tmp_path / "g", tmp_path / "f"
    genuine_dir.mkdir(), forged_dir.mkdir()
    genuine = bk.booklet(genuine_dir)
    forged = bk.booklet(forged_dir, methods=["rebinding"], subtlety=subtlety)
    line = Bounds(4.0, 1.2, forged.width_mm - 4.0, 2.0)  # the genuine stitches' line
    for g_view, f_view in zip(bk.pages(genuine), bk.pages(forged), strict=True):
        g = _render(g_view, genuine_dir, Light.UV365, line)
        f = _render(f_view, forged_dir, Light.UV365, line)
        assert _yellow(g).mean() > 0.1
        # The new thread does not glow yellow: blue when blatant, dull orange when subtle.
        assert _yellow(f).mean() < 0.3 * _yellow(g).mean(), f_view.title
        assert any(
            r.method == "rebinding" and r.feature == "binding_thread" for r in f_view.regions
        )
    # In daylight a subtle forger's thread is red like the genuine one; a blatant one's white.
    day = _render(forged, forged_dir, Light.WHITE, line)
    reddish = ((day[..., 0] - day[..., 2]) > 60).mean()
    assert (reddish > 0.1) if subtlety > 0.5 else (reddish < 0.05)


def test_the_empty_old_holes_shine_through_a_rebound_booklet(tmp_path):
    genuine_dir, forged_dir = tmp_path / "g", tmp_path / "f"
    genuine_dir.mkdir(), forged_dir.mkdir()
    genuine = bk.booklet(genuine_dir)
    forged = bk.booklet(forged_dir, methods=["rebinding"], subtlety=0.5)
    line = Bounds(3.0, 0.4, forged.width_mm - 3.0, 3.0)
    g = _render(genuine, genuine_dir, Light.TRANSMITTED, line, ppm=20).min(axis=2) > 220
    f = _render(forged, forged_dir, Light.TRANSMITTED, line, ppm=20).min(axis=2) > 220
    # In the genuine booklet the thread fills every hole; in the re-sewn one the holes of the
    # original sewing are empty and shine through against the light.
    assert g.sum() == 0
    assert f.sum() > 200


@pytest.mark.parametrize("method", ["data_page_swap", "rebinding", "cover_replacement"])
@pytest.mark.parametrize("kind", ["td3", "td2", "td1", "td1-back", "mrva"])
def test_booklet_attacks_are_refused_without_a_booklet(method, kind):
    reason = refusal(method, kind)
    assert reason is not None and method in reason and kind in reason
    assert method not in available_methods(kind)
    assert method in available_methods("td3-booklet")


def test_the_cover_is_dull_under_uv_opaque_and_its_stamping_in_relief(tmp_path):
    specimen = bk.booklet(tmp_path)
    cover = specimen.booklet_page("cover")
    inside = specimen.booklet_page("inside-cover")
    whole = Bounds(0.0, 0.0, specimen.width_mm, specimen.height_mm)
    uv = _render(cover, tmp_path, Light.UV365, whole, ppm=4)
    assert uv.mean() < 40  # the board and its gold foil glow nowhere
    back_lit = _render(cover, tmp_path, Light.TRANSMITTED, whole, ppm=4)
    inside_lit = _render(inside, tmp_path, Light.TRANSMITTED, whole, ppm=4)
    assert back_lit.mean() < 0.5 * inside_lit.mean()  # a board, not paper
    # The stamped coat of arms: under raking light its pressed edges cast shadows and catch
    # the light, where the flat board beside it stays even.
    arms = Bounds(specimen.width_mm / 2 - 10, 30.0, specimen.width_mm / 2 + 10, 50.0)
    plain = Bounds(5.0, 30.0, 25.0, 50.0)
    oblique = _render(cover, tmp_path, Light.OBLIQUE, arms, ppm=10).mean(axis=2)
    flat = _render(cover, tmp_path, Light.OBLIQUE, plain, ppm=10).mean(axis=2)
    day = _render(cover, tmp_path, Light.WHITE, arms, ppm=10).mean(axis=2)
    assert np.abs(np.diff(oblique, axis=1)).mean() > 1.5 * np.abs(np.diff(flat, axis=1)).mean()
    # It is the relief that does it: the same cover with its foil laid flat looks otherwise
    # under raking light, and the same in daylight.
    import dataclasses

    from docinspect.optics import SpecimenSource, read_scene

    scene = read_scene(tmp_path / cover.scene)
    flat_scene = dataclasses.replace(
        scene,
        items=tuple(
            dataclasses.replace(it, material=dataclasses.replace(it.material, relief_um=0.0))
            for it in scene.items
        ),
    )
    flat_source = SpecimenSource(cover, tmp_path, flat_scene)
    size = (round(arms.width * 10), round(arms.height * 10))
    pressed_flat = flat_source.render(Viewing(light=Light.OBLIQUE), arms, size).mean(axis=2)
    day_flat = flat_source.render(Viewing(light=Light.WHITE), arms, size).mean(axis=2)
    assert np.abs(oblique - pressed_flat).mean() > 3
    assert np.abs(day - day_flat).mean() < 1
    # The inside cover is the security paper: dull, with the state's UV image glowing.
    inside_uv = _render(inside, tmp_path, Light.UV365, whole, ppm=4)
    assert inside_uv.max() > 150 and np.median(inside_uv) < 60


@pytest.mark.parametrize("subtlety", [0.2, 0.8])
def test_a_replaced_cover_glows_under_uv_and_its_gold_is_flat_under_raking_light(
    tmp_path, subtlety
):
    genuine = bk.booklet(tmp_path / "g")
    forged = bk.booklet(tmp_path / "f", methods=["cover_replacement"], subtlety=subtlety)
    whole = Bounds(0.0, 0.0, genuine.width_mm, genuine.height_mm)
    arms = Bounds(genuine.width_mm / 2 - 10, 30.0, genuine.width_mm / 2 + 10, 50.0)
    covers = [s.booklet_page("cover") for s in (genuine, forged)]
    folders = [tmp_path / "g", tmp_path / "f"]
    uv = [
        _render(c, f, Light.UV365, whole, ppm=4).mean()
        for c, f in zip(covers, folders, strict=True)
    ]
    # A cheap board's brighteners glow where the issuer's board stays dull.
    assert uv[1] > uv[0] + 30, uv
    # The issuer's foil is pressed 45 µm deep: its edges shade under raking light; the
    # replacement's gold is printed flat or pressed shallow, so they shade less.
    relief = [_stamping_relief(c, f, arms) for c, f in zip(covers, folders, strict=True)]
    assert relief[0] > 3 and relief[1] < 0.6 * relief[0], relief
    page = next(p for p in forged.pages if p.id == "cover")
    marks = {r.feature for r in page.regions if r.method == "cover_replacement"}
    assert marks == {"uv_dull_substrate", "chip_symbol"}
    assert forged.truth.methods == ("cover_replacement",)
    assert "cover board glows" in forged.truth.explanation


def _stamping_relief(cover, folder, box) -> float:
    """How much the cover's stamping shows under raking light through its relief: the mean
    change when every item's relief is taken away."""
    import dataclasses

    from docinspect.optics import SpecimenSource, read_scene

    scene = read_scene(folder / cover.scene)
    flat = dataclasses.replace(
        scene,
        items=tuple(
            dataclasses.replace(it, material=dataclasses.replace(it.material, relief_um=0.0))
            for it in scene.items
        ),
    )
    size = (round(box.width * 10), round(box.height * 10))
    seen = _render(cover, folder, Light.OBLIQUE, box, ppm=10).mean(axis=2)
    pressed_flat = SpecimenSource(cover, folder, flat).render(
        Viewing(light=Light.OBLIQUE), box, size
    )
    return float(np.abs(seen - pressed_flat.mean(axis=2)).mean())
