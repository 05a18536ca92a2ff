"""Does a sealed exam pack hold anything beyond what inspecting its documents shows?

``find_exam_leaks`` reads a sealed pack folder as a curious trainee with a text editor would
and lists every place that says more than the documents show (decision 0018): unknown keys
in ``pack.json`` (a generator block, a seed, a description), specimen files with a truth, a
title or keys the trainee's copy does not carry, names that name a verdict or a method, a
scene whose ids or print processes say how the document was made, images with metadata,
questions that keep the field naming their answer. ``docinspect pack validate`` runs it on
every sealed pack. A pack sealed by this version has none; one sealed before decision 0018
has several, and should be sealed again from the instructor's pack.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Final

from PIL import Image, UnidentifiedImageError

from docinspect.classroom.exam_content import (
    ANSWER_FIELDS,
    SEALED_PACK_KEYS,
    SHOWN_EXERCISE_KEYS,
    SHOWN_PAGE_KEYS,
    SHOWN_QUESTION_KEYS,
    SHOWN_SPECIMEN_KEYS,
    page_scenes,
    shown_texts,
    truth_words,
    words_in,
)
from docinspect.classroom.sealed_scene import CONTINUOUS
from docinspect.i18n import LANGUAGES, CatalogueError, Message, parse_po
from docinspect.model.scene import DOT_PROCESSES
from docinspect.packs import Problem
from docinspect.training.content_language import CATALOGUE_FOLDER

_ITEM_ID: Final = re.compile(r"^e[0-9a-f]{10}$")
_TITLE: Final = re.compile(r"^Exam document \d+$")
#: A generator's specimen id (``td3-0007``): it numbers the specimens in generation order.
_GENERATED_ID: Final = re.compile(r"^(td\d|mrv[ab]|td1-back)-\d+$", re.IGNORECASE)
#: Print processes a sealed scene may name: what the loupe can tell apart.
_SHOWN_PROCESSES: Final = frozenset({CONTINUOUS.value} | {p.value for p in DOT_PROCESSES})
#: Image info keys that are not metadata (decoder facts Pillow reports for any file).
_IMAGE_INFO_OK: Final = frozenset({"dpi", "gamma", "transparency", "aspect", "interlace"})


def _read(path: Path, rel: str, problems: list[Problem]) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problems.append(Problem(rel, "", Message("cannot be read as JSON: {exc}", exc=exc)))
        return None


def find_exam_leaks(root: Path) -> list[Problem]:
    """Every leak of the sealed pack folder ``root``; empty when it shows only its documents."""
    problems: list[Problem] = []
    words = truth_words()
    manifest = _read(root / "pack.json", "pack.json", problems)
    if not isinstance(manifest, dict):
        return problems
    for key in manifest:
        if key not in SEALED_PACK_KEYS:
            problems.append(
                Problem("pack.json", key, Message('a sealed exam keeps only known keys; this one says how the pack was made'))
            )  # fmt: skip
    for folder in manifest.get("specimens") or []:
        _check_specimen(root, str(folder), words, problems)
    exercises = []
    for name in manifest.get("exercises") or []:
        exercises.append(_check_exercise(root, str(name), words, problems))
    shown = shown_texts((e for e in exercises if e is not None), str(manifest.get("title", "")))
    _check_catalogues(root, shown, problems)
    return problems


def _check_catalogues(root: Path, shown: set[str], problems: list[Problem]) -> None:
    """A sealed pack's ``i18n/<language>.po`` translates only what the exam shows (decision
    0035): a translated explanation says what the sealed English does."""
    folder = root / CATALOGUE_FOLDER
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        rel = f"{CATALOGUE_FOLDER}/{path.name}"
        if path.suffix != ".po" or path.stem not in LANGUAGES or not path.is_file():
            problems.append(Problem(rel, "", Message("not something the exam shows")))
            continue
        try:
            entries = parse_po(path.read_text("utf-8"), file=rel)
        except (OSError, UnicodeDecodeError, CatalogueError) as exc:
            problems.append(Problem(rel, "", Message("cannot be read: {exc}", exc=exc)))
            continue
        for english in entries:
            if english not in shown:
                problems.append(
                    Problem(
                        rel,
                        "msgid",
                        Message(
                            "{text} is not a title or prompt of the exam; its translation may "
                            "give the answer away",
                            text=repr(english[:60]),
                        ),
                    )
                )


def _check_name(name: str, rel: str, field: str, words, problems: list[Problem]) -> None:
    found = words_in(name, words)
    if found:
        problems.append(
            Problem(
                rel, field, Message("{name} says {value}", name=repr(name), value=repr(found[0]))
            )
        )
    elif _GENERATED_ID.match(name):
        problems.append(
            Problem(
                rel, field, Message("{name} numbers the documents as generated", name=repr(name))
            )
        )


def _check_specimen(root: Path, folder: str, words, problems: list[Problem]) -> None:
    rel = f"{folder}/specimen.json"
    _check_name(Path(folder).name, rel, "", words, problems)
    if not (root / folder).is_dir():
        problems.append(Problem(folder, "", Message("no such folder")))
        return
    spec = _read(root / folder / "specimen.json", rel, problems)
    if not isinstance(spec, dict):
        return
    for key in spec:
        if key not in SHOWN_SPECIMEN_KEYS:
            problems.append(Problem(rel, key, Message("not something the document shows")))
    if spec.get("truth") != {"sealed": True}:
        problems.append(Problem(rel, "truth", Message('must be {"sealed": true} in a sealed exam')))
    if not _TITLE.match(str(spec.get("title", ""))):
        problems.append(
            Problem(rel, "title", Message("a sealed document's title is 'Exam document N'"))
        )
    _check_name(str(spec.get("id", "")), rel, "id", words, problems)
    scenes = {spec.get("scene")} | page_scenes(spec)
    for i, page in enumerate(spec.get("pages") or []):
        if not isinstance(page, dict):
            problems.append(Problem(rel, f"pages[{i}]", "not a page"))
            continue
        for key in page:
            if key not in SHOWN_PAGE_KEYS:
                problems.append(Problem(rel, f"pages[{i}].{key}", "not something the page shows"))
        _check_name(str(page.get("label", "")), rel, f"pages[{i}].label", words, problems)
    for path in sorted((root / folder).iterdir()):
        name = path.name
        if path.is_dir():
            problems.append(
                Problem(f"{folder}/{name}", "", Message("a folder the specimen does not use"))
            )
            continue
        _check_name(name, f"{folder}/{name}", "", words, problems)
        if name in scenes:
            _check_scene(path, f"{folder}/{name}", words, problems)
        elif name != "specimen.json":
            _check_image(path, f"{folder}/{name}", problems)


def _check_scene(path: Path, rel: str, words, problems: list[Problem]) -> None:
    scene = _read(path, rel, problems)
    if not isinstance(scene, dict):
        return
    for i, item in enumerate(scene.get("items") or []):
        if not isinstance(item, dict):
            continue
        item_id = str(item.get("id", ""))
        if not _ITEM_ID.match(item_id):
            problems.append(
                Problem(
                    rel,
                    f"items[{i}].id",
                    Message(
                        "{item_id} names the item; sealed ids are random", item_id=repr(item_id)
                    ),
                )
            )
            break  # one is enough to say the scene was not compiled
    for i, item in enumerate(scene.get("items") or []):
        process = item.get("material", {}).get("process") if isinstance(item, dict) else None
        if process is not None and process not in _SHOWN_PROCESSES:
            problems.append(
                Problem(
                    rel,
                    f"items[{i}].material.process",
                    Message("{process} names how it was made", process=repr(process)),
                )
            )
            break
    text = json.dumps(scene, ensure_ascii=False)
    found = words_in(text, words)
    if found:
        problems.append(Problem(rel, "", Message("says {value}", value=repr(found[0]))))


def _check_image(path: Path, rel: str, problems: list[Problem]) -> None:
    try:
        with Image.open(path) as im:
            meta = sorted(k for k in im.info if k not in _IMAGE_INFO_OK)
    except (UnidentifiedImageError, OSError) as exc:
        problems.append(Problem(rel, "", Message("cannot be read as an image: {exc}", exc=exc)))
        return
    if meta:
        problems.append(
            Problem(rel, "", Message("carries metadata ({value})", value=", ".join(meta)))
        )


def _check_exercise(root: Path, name: str, words, problems: list[Problem]) -> dict | None:
    data = _read(root / name, name, problems)
    if not isinstance(data, dict):
        return None
    methods = [w for w in words if "_" in w or "-" in w]
    for key in data:
        if key not in SHOWN_EXERCISE_KEYS:
            problems.append(Problem(name, key, Message("not needed to sit the exam")))
    for i, q in enumerate(data.get("questions") or []):
        if not isinstance(q, dict):
            continue
        hidden = ANSWER_FIELDS.get(str(q.get("type")), ())
        for key in q:
            if key in hidden:
                problems.append(Problem(name, f"questions[{i}].{key}", Message("names the answer")))
            elif key not in SHOWN_QUESTION_KEYS:
                problems.append(
                    Problem(name, f"questions[{i}].{key}", Message("not needed to ask it"))
                )
        found = words_in(str(q.get("prompt", "")), methods)
        if found:
            problems.append(
                Problem(
                    name, f"questions[{i}].prompt", Message("names {value}", value=repr(found[0]))
                )
            )
    return data
