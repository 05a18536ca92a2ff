"""Capture core: reading scans, importing a three-light specimen, redaction, painted material,
drafts, export and merging packs."""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from docinspect.capture import (
    DraftFolder,
    ImportCancelled,
    Material,
    PackDraft,
    Redaction,
    ScanError,
    SharingRefused,
    SpecimenImportError,
    cut_pages,
    export_pack,
    find_page,
    load_lights,
    load_scan,
    mark_redacted,
    merge_pack,
    page_size_mm,
    paint,
    rectify,
    redact,
)
from docinspect.capture.material import PAINTED_KEY
from docinspect.model import DocumentType, Light, Rect, Region, Role, Specimen, Truth, Verdict
from docinspect.packs import PackExercise, read_pack
from tests.test_capture_support import document_page, similarity

# --- reading scans -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "mode", "bits"),
    [
        ("a.png", "RGB", 8),
        ("a.jpg", "RGB", 8),
        ("a.tif", "RGB", 8),
        ("g16.png", "I;16", 16),
        ("g16.tif", "I;16", 16),
    ],
)
def test_scans_of_every_format_and_depth_decode_to_rgb8(tmp_path, name, mode, bits):
    page = document_page(300, 212)
    path = tmp_path / name
    if mode == "RGB":
        Image.fromarray(page).save(path)
    else:
        grey16 = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY).astype(np.uint16) * 257
        Image.fromarray(grey16).save(path)
    scan = load_scan(path)
    assert scan.pixels.dtype == np.uint8 and scan.pixels.shape == (212, 300, 3)
    assert scan.bits == bits
    grey = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY).astype(int)
    assert np.abs(scan.pixels[..., 0].astype(int) - grey).mean() < 40  # same picture


def test_dim_12_bit_scan_is_stretched_not_darkened(tmp_path):
    values = (np.linspace(0, 4095, 200 * 100).reshape(100, 200)).astype(np.uint16)
    Image.fromarray(values).save(tmp_path / "dim.png")
    scan = load_scan(tmp_path / "dim.png")
    assert scan.pixels.max() >= 250


def test_truncated_scan_is_refused_with_file_and_reason(tmp_path):
    path = tmp_path / "cut.png"
    Image.fromarray(document_page(300, 212)).save(path)
    path.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(ScanError) as caught:
        load_scan(path)
    assert caught.value.file == str(path) and "truncated" in caught.value.reason


def test_huge_scan_is_refused_from_its_header(tmp_path):
    path = tmp_path / "huge.png"
    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk)
    with pytest.raises(ScanError, match="megapixels"):
        load_scan(path)


def test_text_file_is_not_a_scan(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("hello")
    with pytest.raises(ScanError, match="not a PNG, JPEG or TIFF"):
        load_scan(path)


# --- importing a three-light specimen -------------------------------------------------------


def three_light_files(tmp_path: Path) -> tuple[dict[Light, Path], np.ndarray]:
    """White, UV and IR photos of one page (1000 x 704 px = TD3 at ~203 dpi), the UV and IR
    ones moved, turned and scaled as a hand-held photo would be."""
    page = document_page()
    h, w = page.shape[:2]
    files = {Light.WHITE: tmp_path / "white.png"}
    Image.fromarray(page).save(files[Light.WHITE])
    uv_motion = similarity(w, h, angle=2.0, scale=1.03, shift=(12.0, -8.0))
    uv = cv2.warpPerspective(255 - page, uv_motion, (w, h), borderValue=(0, 0, 0)) // 3
    files[Light.UV365] = tmp_path / "uv.jpg"
    Image.fromarray(uv).save(files[Light.UV365], quality=95)
    ir_motion = similarity(w, h, angle=-1.5, scale=0.98, shift=(-6.0, 9.0))
    ir = cv2.warpPerspective(page, ir_motion, (w, h), borderValue=(200, 200, 200))
    files[Light.IR] = tmp_path / "ir.tif"
    Image.fromarray(cv2.cvtColor(ir, cv2.COLOR_RGB2GRAY)).save(files[Light.IR])
    return files, page


def test_three_lights_are_aligned_to_white_and_cut_to_one_size(tmp_path):
    files, page = three_light_files(tmp_path)
    steps: list[str] = []
    lights = load_lights(files, progress=lambda done, total, what: steps.append(what))
    assert not lights.unaligned
    assert steps[-1] == "done" and any("aligning uv365" in s for s in steps)
    size_mm = page_size_mm(DocumentType.TD3, lights.white.size_px)
    pages = cut_pages(lights, None, size_mm)
    assert {p.shape for p in pages.values()} == {page.shape}
    # The IR page now lies over the white one: edges in the same places.
    inner = (slice(40, -40), slice(40, -40))
    ir_edges = cv2.Canny(pages[Light.IR][inner][..., 0], 50, 150) > 0
    white_edges = cv2.Canny(cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)[inner], 50, 150) > 0
    near = cv2.dilate(white_edges.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    assert (ir_edges & near).sum() / ir_edges.sum() > 0.9


def test_mismatched_corrupt_and_missing_white_are_all_reported(tmp_path):
    files, _page = three_light_files(tmp_path)
    Image.fromarray(document_page(300, 900)).save(tmp_path / "tall.png")
    (tmp_path / "bad.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    files[Light.UV365] = tmp_path / "tall.png"
    files[Light.IR] = tmp_path / "bad.jpg"
    with pytest.raises(SpecimenImportError) as caught:
        load_lights(files)
    text = "\n".join(caught.value.problems)
    assert "uv365" in text and "tall.png" in text and "same document side" in text
    assert "ir" in text and "bad.jpg" in text
    with pytest.raises(SpecimenImportError, match="white-light image is needed"):
        load_lights({Light.UV365: files[Light.WHITE]})


def test_cancelled_import_stops(tmp_path):
    files, _page = three_light_files(tmp_path)
    with pytest.raises(ImportCancelled):
        load_lights(files, cancelled=lambda: True)


def test_page_size_from_dpi_type_or_given_and_checked_against_shape():
    assert page_size_mm(DocumentType.TD3, (1000, 704)) == (125.0, 88.0)
    w, h = page_size_mm(DocumentType.OTHER, (1000, 704), dpi=254)
    assert (w, h) == pytest.approx((100.0, 70.4))
    with pytest.raises(ValueError, match="aspect"):
        page_size_mm(DocumentType.TD1, (1000, 1000))
    with pytest.raises(ValueError, match="size or the scan's dpi"):
        page_size_mm(DocumentType.OTHER, (1000, 704))


# --- drafts, redaction, export ----------------------------------------------------------------


def _imported(tmp_path: Path) -> tuple[DraftFolder, PackDraft, Specimen]:
    files, _page = three_light_files(tmp_path)
    lights = load_lights(files)
    size_mm = page_size_mm(DocumentType.TD3, lights.white.size_px)
    folder = DraftFolder(tmp_path / "draft")
    specimen = Specimen(
        id="scan1",
        title="Seized passport",
        document_type=DocumentType.TD3,
        width_mm=size_mm[0],
        height_mm=size_mm[1],
        truth=Truth(Verdict.COUNTERFEIT, ("office_paper",)),
    )
    specimen = folder.store_layers(specimen, cut_pages(lights, None, size_mm))
    photo = Region(
        id="photo",
        shape=Rect(10.0, 20.0, 30.0, 40.0),
        feature="ghost_image",
        role=Role.SECURITY_FEATURE,
        lights=frozenset({Light.WHITE}),
        personal_data=True,
    )
    specimen = replace(specimen, regions=(photo,))
    draft = PackDraft(pack_id="seized", title="Seized documents", specimens=(specimen,))
    folder.save(draft)
    return folder, draft, specimen


def test_draft_survives_save_and_load(tmp_path):
    folder, draft, _specimen = _imported(tmp_path)
    again = DraftFolder(folder.root).load()
    assert again == draft


def test_export_then_read_pack_finds_everything(tmp_path):
    folder, draft, specimen = _imported(tmp_path)
    dest = export_pack(folder, draft, tmp_path / "out.zip")
    pack = read_pack(dest)
    got = pack.specimen("scan1")
    assert got.regions == specimen.regions
    assert set(got.layers) == {Light.WHITE, Light.UV365, Light.IR}
    sizes = {Image.open(pack.layer_path("scan1", light)).size for light in got.layers}
    assert sizes == {(1000, 704)}


def test_shared_pack_with_unredacted_personal_data_is_refused(tmp_path):
    folder, draft, specimen = _imported(tmp_path)
    shared = replace(draft, share=True)
    with pytest.raises(SharingRefused) as caught:
        export_pack(folder, shared, tmp_path / "shared.zip")
    assert "scan1" in str(caught.value) and "photo" in str(caught.value)
    assert not (tmp_path / "shared.zip").exists()

    region = specimen.regions[0]
    for light in specimen.layers:
        pixels = folder.layer_image(specimen, light)
        folder.write_image(
            specimen.id,
            specimen.layers[light].file,
            redact(pixels, region.shape, specimen.size_mm, Redaction.BLACK),
        )
    redacted = replace(specimen, regions=(mark_redacted(region, Redaction.BLACK),))
    export_pack(folder, replace(shared, specimens=(redacted,)), tmp_path / "shared.zip")
    pack = read_pack(tmp_path / "shared.zip")
    white = np.asarray(Image.open(pack.layer_path("scan1", Light.WHITE)))
    px = 1000 / 125.0
    inside = white[int(25 * px) : int(55 * px), int(14 * px) : int(36 * px)]
    assert inside.max() == 0
    assert pack.specimen("scan1").regions[0].extra["redacted"] == "black"


def test_blur_redaction_destroys_detail_inside_only():
    page = document_page()
    shape = Rect(20.0, 20.0, 40.0, 30.0)
    out = redact(page, shape, (125.0, 88.0), Redaction.BLUR)
    px = 8.0
    inside = out[int(22 * px) : int(48 * px), int(22 * px) : int(58 * px)].astype(np.float32)
    before = page[int(22 * px) : int(48 * px), int(22 * px) : int(58 * px)].astype(np.float32)
    assert cv2.Laplacian(inside, cv2.CV_32F).var() < cv2.Laplacian(before, cv2.CV_32F).var() / 20
    assert np.array_equal(out[600:, 700:], page[600:, 700:])


def test_painted_material_gives_uv_and_ir_layers(tmp_path):
    folder, draft, specimen = _imported(tmp_path)
    only_white = replace(specimen, layers={Light.WHITE: specimen.layers[Light.WHITE]})
    material = Material.blank((1000, 704))
    material = paint(
        material, Rect(60.0, 10.0, 20.0, 20.0), only_white.size_mm, uv_colour=(40, 230, 60)
    )
    material = paint(material, Rect(0.0, 0.0, 125.0, 88.0), only_white.size_mm, ir_absorbs=True)
    painted = folder.store_material(only_white, material)
    assert painted.layers[Light.UV365].extra[PAINTED_KEY] == "material-uv.png"
    uv = folder.layer_image(painted, Light.UV365)
    glow = uv[int(12 * 8) : int(28 * 8), int(62 * 8) : int(78 * 8)].mean(axis=(0, 1))
    dull = uv[600:680, 100:300].mean(axis=(0, 1))
    assert glow[1] > 150 and glow[1] > glow[0] + 80 and dull.max() < 70
    assert folder.material(painted).uv[int(20 * 8), int(70 * 8)].tolist() == [40, 230, 60]
    # A real capture is never overwritten by paint.
    kept = folder.store_material(specimen, material)
    assert kept.layers[Light.UV365] == specimen.layers[Light.UV365]
    export_pack(folder, replace(draft, specimens=(painted,)), tmp_path / "painted")
    pack = read_pack(tmp_path / "painted")
    assert pack.specimen("scan1").layers[Light.IR].extra[PAINTED_KEY] == "material-ir.png"


def test_merging_a_pack_twice_adds_nothing_the_second_time(tmp_path):
    folder, draft, specimen = _imported(tmp_path)
    exercise = {"id": "ex1", "title": "x", "questions": [{"specimen": "scan1"}]}
    export_pack(folder, replace(draft, exercises=()), tmp_path / "p1")
    incoming = read_pack(tmp_path / "p1")
    target = DraftFolder(tmp_path / "target")
    first = merge_pack(target, PackDraft(), incoming)
    assert first.added == ("scan1",)
    second = merge_pack(target, first.draft, incoming)
    assert second.added == () and second.skipped == ("scan1",)
    assert [s.id for s in second.draft.specimens] == ["scan1"]
    # A different specimen under the same id is kept under a new one, exercises follow it.
    other = replace(specimen, title="Another scan")
    changed = replace(draft, specimens=(other,))
    export_pack(folder, changed, tmp_path / "p2")
    p2 = read_pack(tmp_path / "p2")
    p2 = replace(p2, exercises=(PackExercise("exercises/ex1.json", exercise),))
    third = merge_pack(target, second.draft, p2)
    assert third.added == ("scan1-2",) and third.renamed == {"scan1": "scan1-2"}
    assert third.draft.exercises[0]["questions"][0]["specimen"] == "scan1-2"
    assert json.dumps(sorted(s.id for s in third.draft.specimens)) == '["scan1", "scan1-2"]'


def test_page_on_a_dark_desk_is_found_and_straightened():
    page = document_page(500, 352)
    desk = np.full((600, 700, 3), 35, np.uint8)
    desk[124:476, 100:600] = page
    motion = similarity(700, 600, angle=4.0, scale=1.0, shift=(0.0, 0.0))
    photo = cv2.warpPerspective(desk, motion, (700, 600), borderValue=(35, 35, 35))
    truth = cv2.perspectiveTransform(
        np.float64([[100, 124], [600, 124], [600, 476], [100, 476]]).reshape(-1, 1, 2), motion
    ).reshape(-1, 2)
    corners = find_page(photo)
    assert corners is not None
    assert np.abs(np.asarray(corners) - truth).max() < 4.0
    straight = rectify(photo, corners, (500, 352))
    inner = (slice(20, -20), slice(20, -20))
    assert np.abs(straight[inner].astype(int) - page[inner]).mean() < 20


@pytest.mark.parametrize("name", ["rgb48.png", "rgb48.tif"])
def test_16_bit_colour_scans_keep_their_picture(tmp_path, name):
    values = (np.random.default_rng(0).random((90, 120, 3)) * 65535).astype(np.uint16)
    cv2.imwrite(str(tmp_path / name), values)  # OpenCV writes BGR
    scan = load_scan(tmp_path / name)
    expected = (values >> 8)[..., ::-1]
    assert np.abs(scan.pixels.astype(int) - expected).max() <= 1
