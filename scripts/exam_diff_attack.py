"""The second attacker of issue 13 (decision 0018): diff a sealed exam against genuine specimens.

    .venv/bin/python scripts/exam_diff_attack.py REFERENCE_PACK SEALED_EXAM

REFERENCE_PACK is any pack made by the public generator (``docinspect generate``, any seed);
its genuine specimens are the attacker's references, one per state and document type.
Each sealed scene is reduced to a multiset of item looks (kind, geometry, material as the
sealing writes it; no ids, seeds, texts, image files or free-drawn paths, which differ from
holder to holder) and compared with its reference's. Two genuine documents of one state
differ in one item (the signature's stroke), so more than one differing item on each side
reads as "forged". With DOCINSPECT_PASSPHRASE set, the guesses are checked against the key.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections import Counter
from pathlib import Path

from docinspect.classroom import open_answer_key
from docinspect.classroom.sealed_scene import visible_material
from docinspect.model.scene import scene_from_dict

_HOLDER_FIELDS = ("id", "text", "file", "light_files", "subpaths", "points")


def looks(scene_json: dict) -> Counter:
    scene = scene_from_dict(scene_json)
    out: Counter = Counter()
    for item in scene.items:
        fields = {}
        for f in dataclasses.fields(item):
            if f.name in _HOLDER_FIELDS or f.name == "seed" or f.name.endswith("_seed"):
                continue
            value = getattr(item, f.name)
            fields[f.name] = repr(visible_material(value) if f.name == "material" else value)
        out[(type(item).__name__, tuple(sorted(fields.items())))] += 1
    out[("substrate", repr(dataclasses.replace(scene.substrate, seed=0)))] += 1
    return out


def _specimens(root: Path):
    for folder in json.loads((root / "pack.json").read_text())["specimens"]:
        spec = json.loads((root / folder / "specimen.json").read_text())
        yield spec, json.loads((root / folder / spec["scene"]).read_text())


def main(reference: Path, exam: Path) -> int:
    refs = {}
    for spec, scene in _specimens(reference):
        if spec["truth"].get("verdict") == "genuine":
            refs.setdefault((spec["issuing_state"], spec["document_type"]), looks(scene))
    passphrase = os.environ.get("DOCINSPECT_PASSPHRASE")
    key = open_answer_key(exam, passphrase) if passphrase else None
    right = total = 0
    for spec, scene in _specimens(exam):
        ref = refs.get((spec["issuing_state"], spec["document_type"]))
        if ref is None:
            print(f"{spec['id']}: no genuine reference of {spec['issuing_state']}")
            continue
        mine = looks(scene)
        differing = sum(((mine - ref) + (ref - mine)).values())
        guess = differing > 2
        line = f"{spec['id']}: {differing} differing items -> {'forged' if guess else 'genuine'}"
        if key is not None:
            truth = key["specimens"][spec["id"]]["truth"]
            forged = truth["verdict"] != "genuine"
            right += guess == forged
            total += 1
            line += f" (truth: {truth['verdict']} {', '.join(truth.get('methods', []))})"
        print(line)
    if total:
        print(f"accuracy {right}/{total} = {right / total:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
