"""Sealed exams keep the documents' look and lose everything else (decision 0018).

Run on every document type and every forgery method the generator offers, read from the
generator's own lists, so methods and items added later are held to the same property.
"""

from __future__ import annotations

import dataclasses
import json
import shutil

import numpy as np
import pytest

from docinspect.classroom import AnswerKeyError, open_answer_key, seal_exam_pack
from docinspect.classroom.exam_content import truth_words
from docinspect.classroom.exam_leaks import find_exam_leaks
from docinspect.cli import main
from docinspect.model.light import Light, Viewing
from docinspect.optics import SpecimenSource, read_scene, render_loupe
from docinspect.packs import read_pack
from docinspect.synth.forgeries import available_methods
from docinspect.synth.generate import DOC_TYPES, generate_pack

PASSPHRASE = "exam passphrase 2026"
SEED = 2**50 + 13  # generated exams need a seed nobody can guess
BASE_PX_PER_MM = 4.0  # the page as the inspection view fits it, about 100 dpi


def every_method_pack(tmp_path, doc_type):
    """One genuine specimen and one forged by each method the generator offers this type."""
    methods = available_methods(doc_type)
    count = len(methods) + 1
    return generate_pack(
        tmp_path / f"{doc_type}-pack",
        doc_type=doc_type,
        count=count,
        seed=SEED,
        forged_share=len(methods) / count,
        # Single-method forgeries, one per method (packs default to forgers' profiles, which
        # the attacker test in test_exam_attack.py seals).
        methods=list(methods),
    )


def _with_seeds_of(sealed, original):
    """The sealed scene with the original grain and fibre seeds put back: sealing draws them
    anew on purpose, and everything else must draw exactly as before."""

    def seeds(item):
        return {
            f.name: getattr(item, f.name)
            for f in dataclasses.fields(item)
            if f.name == "seed" or f.name.endswith("_seed")
        }

    assert len(sealed.items) == len(original.items)
    items = tuple(
        dataclasses.replace(s, **seeds(o))
        for s, o in zip(sealed.items, original.items, strict=True)
    )
    substrate = dataclasses.replace(sealed.substrate, seed=original.substrate.seed)
    return dataclasses.replace(sealed, items=items, substrate=substrate)


@pytest.mark.parametrize("doc_type", DOC_TYPES)
def test_every_method_is_sealed_without_a_leak_and_looks_the_same_in_the_loupe(tmp_path, doc_type):
    source = every_method_pack(tmp_path, doc_type)
    exam = seal_exam_pack(source, tmp_path / "exam", PASSPHRASE).out
    assert find_exam_leaks(exam) == []
    key = open_answer_key(exam, PASSPHRASE)
    original_pack, sealed_pack = read_pack(source), read_pack(exam)
    words = truth_words()
    methods_seen = set()
    for sealed_spec in sealed_pack.specimens:
        original_id = key["originals"][sealed_spec.id]["id"]
        original_spec = original_pack.specimen(original_id)
        methods_seen.update(original_spec.truth.methods)
        folder = sealed_pack.specimen_dir(sealed_spec.id)
        for path in folder.iterdir():  # nothing in the trainee's files names the truth
            text = path.name + (path.read_text("utf-8") if path.suffix == ".json" else "")
            assert not [w for w in words if w in text.lower()], path
        original_scene = read_scene(original_pack.scene_path(original_id))
        sealed_scene = read_scene(sealed_pack.scene_path(sealed_spec.id))
        assert sealed_scene.substrate.seed != original_scene.substrate.seed
        restored = _with_seeds_of(sealed_scene, original_scene)
        before = SpecimenSource(
            original_spec, original_pack.specimen_dir(original_id), original_scene
        )
        after = SpecimenSource(sealed_spec, folder, restored)
        points = [r.shape.bounds() for r in original_spec.forgery_indicators()][:1] or [
            before.page_mm
        ]
        for b in points:
            centre = ((b.left + b.right) / 2, (b.top + b.bottom) / 2)
            views = [Viewing(light=light) for light in Light] + [
                Viewing(tilt_deg=25.0),
                Viewing(tilt_away_deg=25.0),
            ]
            for viewing in views:
                for power in (10.0, 30.0):
                    kw = dict(power=power, base_px_per_mm=BASE_PX_PER_MM, diameter_px=96)
                    want = render_loupe(before, viewing, centre, **kw).astype(int)
                    got = render_loupe(after, viewing, centre, **kw).astype(int)
                    diff = np.abs(want - got).max()
                    assert diff <= 1, (original_id, viewing, power, centre, diff)
    assert methods_seen == set(available_methods(doc_type))


def test_a_sealed_pack_json_keeps_only_known_keys_and_nothing_regenerates_it(tmp_path):
    source = generate_pack(tmp_path / "pack", count=4, seed=SEED, forged_share=0.5)
    exam = seal_exam_pack(source, tmp_path / "exam", PASSPHRASE).out
    manifest = json.loads((exam / "pack.json").read_text())
    assert set(manifest) == {
        "format", "id", "title", "version", "created", "specimens", "exercises", "answer_key"
    }  # fmt: skip
    everything = "\n".join(
        p.read_text("utf-8") for p in exam.rglob("*.json") if p.name != "answer-key.sealed"
    )
    for secret in (str(SEED), "generator", "subtlety", "forged_share", "card_seed", "td3-0"):
        assert secret not in everything
    # Specimens in a new random order under random ids: neither says which was which.
    original = json.loads((source / "pack.json").read_text())["specimens"]
    assert all(f.startswith("documents/doc-") for f in manifest["specimens"])
    assert not set(manifest["specimens"]) & set(original)
    titles = [
        json.loads((exam / f / "specimen.json").read_text())["title"] for f in manifest["specimens"]
    ]
    assert titles == [f"Exam document {n}" for n in range(1, 5)]
    again = seal_exam_pack(source, tmp_path / "exam2", PASSPHRASE).out
    assert json.loads((again / "pack.json").read_text())["specimens"] != manifest["specimens"]


def test_images_carry_only_their_pixels(tmp_path):
    from PIL import Image, PngImagePlugin

    source = generate_pack(tmp_path / "pack", count=1, seed=SEED, forged_share=0.0)
    folder = source / json.loads((source / "pack.json").read_text())["specimens"][0]
    spec = json.loads((folder / "specimen.json").read_text())
    portrait = folder / spec["traveller"]
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "forged by photo substitution")
    with Image.open(portrait) as im:
        pixels = np.asarray(im.convert("RGB"))
        im.save(portrait, pnginfo=info)
    exam = seal_exam_pack(source, tmp_path / "exam", PASSPHRASE).out
    (sealed_folder,) = (exam / "documents").iterdir()
    sealed = json.loads((sealed_folder / "specimen.json").read_text())
    with Image.open(sealed_folder / sealed["traveller"]) as im:
        assert not {k for k in im.info if k not in ("dpi", "gamma")}
        assert np.array_equal(np.asarray(im.convert("RGB")), pixels)
    assert "forged" not in (sealed_folder / sealed["traveller"]).read_bytes().decode("latin-1")


def test_a_guessable_seed_is_refused_with_the_reason(tmp_path):
    source = generate_pack(tmp_path / "pack", count=1, seed=3)
    with pytest.raises(AnswerKeyError, match=r"generator.seed: 3 can be guessed"):
        seal_exam_pack(source, tmp_path / "exam", PASSPHRASE)
    assert not (tmp_path / "exam").exists()


def _course_with_a_scan_named_forged(tmp_path):
    """A course whose first specimen's white-light scan is named for its truth."""
    from test_classroom_answer_keys import make_course

    course = make_course(tmp_path)
    folder = course / "specimens" / "s01"
    (folder / "white.png").rename(folder / "forged-white.png")
    spec = json.loads((folder / "specimen.json").read_text())
    spec["layers"]["white"] = "forged-white.png"
    (folder / "specimen.json").write_text(json.dumps(spec))
    return course


def test_a_scan_named_for_its_truth_is_refused(tmp_path, monkeypatch, capsys):
    course = _course_with_a_scan_named_forged(tmp_path)
    monkeypatch.setenv("DOCINSPECT_PASSPHRASE", PASSPHRASE)
    assert main(["classroom", "seal-exam", str(course), str(tmp_path / "exam")]) == 2
    err = capsys.readouterr().err
    assert "forged-white.png" in err and "says 'forged'" in err and "rename the scans" in err
    assert not (tmp_path / "exam").exists()


def test_a_refused_seal_is_told_in_the_users_language(tmp_path, monkeypatch, capsys):
    course = _course_with_a_scan_named_forged(tmp_path)
    monkeypatch.setenv("DOCINSPECT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LANG", "bg_BG.UTF-8")
    assert main(["classroom", "seal-exam", str(course), str(tmp_path / "exam")]) == 2
    err = capsys.readouterr().err
    # The file and the word are the pack's; the reason is Bulgarian.
    assert "'forged-white.png'" in err and "'forged'" in err
    assert "преименувайте сканиранията" in err and "rename" not in err


def test_a_question_that_tells_another_ones_answer_is_named(tmp_path, monkeypatch, capsys):
    from test_classroom_answer_keys import make_course

    course = make_course(tmp_path)  # q3 asks to locate the defect on q1's document
    monkeypatch.setenv("DOCINSPECT_PASSPHRASE", PASSPHRASE)
    assert main(["classroom", "seal-exam", str(course), str(tmp_path / "exam")]) == 0
    captured = capsys.readouterr()
    assert "sealed 2 specimens" in captured.out
    assert "warning: exercises/final.json: q3: a locate question presupposes a defect" in (
        captured.err
    )
    exercise = json.loads((tmp_path / "exam" / "exercises" / "exam-1.json").read_text())
    locate = exercise["questions"][2]
    assert locate["type"] == "locate" and "light" not in locate and "feature" not in locate


def test_validate_says_sealed_and_names_every_leak(tmp_path, capsys):
    source = generate_pack(tmp_path / "pack", count=2, seed=SEED, forged_share=0.5)
    exam = seal_exam_pack(source, tmp_path / "exam", PASSPHRASE).out
    assert main(["pack", "validate", str(exam)]) == 0
    assert "sealed: no leak found" in capsys.readouterr().out

    # A pack sealed the old way: the generator block, named items, a locate question's light.
    leaky = tmp_path / "leaky"
    shutil.copytree(exam, leaky)
    manifest = json.loads((leaky / "pack.json").read_text())
    manifest["generator"] = {"seed": SEED}
    (leaky / "pack.json").write_text(json.dumps(manifest))
    scene_path = leaky / manifest["specimens"][0] / "scene.json"
    scene = json.loads(scene_path.read_text())
    scene["items"][0]["id"] = "erasure"
    scene["items"][1]["material"]["process"] = "intaglio"
    scene_path.write_text(json.dumps(scene))
    assert main(["pack", "validate", str(leaky)]) == 1
    err = capsys.readouterr().err
    assert "pack.json: generator: leak:" in err
    assert "items[0].id: leak: 'erasure' names the item" in err
    assert "items[1].material.process: leak: 'intaglio' names how it was made" in err


def test_a_scene_drawing_an_unlisted_image_is_refused_not_a_traceback(tmp_path):
    source = generate_pack(tmp_path / "pack", count=1, seed=SEED, forged_share=0.0)
    folder = source / json.loads((source / "pack.json").read_text())["specimens"][0]
    spec = json.loads((folder / "specimen.json").read_text())
    drawn = [a for a in spec["assets"] if a != spec.get("traveller")][0]
    spec["assets"].remove(drawn)
    (folder / "specimen.json").write_text(json.dumps(spec))
    with pytest.raises(AnswerKeyError, match=rf"draws '{drawn}', which its specimen.json"):
        seal_exam_pack(source, tmp_path / "exam", PASSPHRASE)
    assert not (tmp_path / "exam").exists()
