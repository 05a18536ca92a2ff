"""No giveaway: nothing about a generated specimen but its appearance tells forged from genuine.

A trainee (or a curious script) can read a pack's files: specimen ids and order, titles, asset
names and file sizes, the scene's item names and count. REALISM.md §3: none of these may carry
the answer. This test trains two simple classifiers (nearest centroid on standardised
features, and the best single-feature threshold) on those features of a generated pack and
checks, by cross-validation, that they do no better than chance beyond a margin.

The margin: the pack holds 64 specimens, half forged; a classifier that has nothing to go
on scores 0.5 with a standard deviation of sqrt(0.25 / 64) ≈ 0.063, so 0.5 + 0.16 (≈ 2.5 sd)
fails a chance-level classifier by bad luck about once in 160 draws — and the draw is fixed
by the seed, so the test is deterministic. A real giveaway (an item named after a forgery,
extra items only forgeries have) scores 0.8–1.0 and fails it: the last test proves the
measure finds one.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from docinspect.synth.generate import generate_pack

COUNT = 64
MARGIN = 0.16


def _features(pack: Path) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Everything but the appearance and the truth, per specimen, as numbers."""
    rows, forged = [], []
    for folder in sorted((pack / "specimens").iterdir()):
        spec = json.loads((folder / "specimen.json").read_text("utf-8"))
        scene = json.loads((folder / "scene.json").read_text("utf-8"))
        ids = [it["id"] for it in scene["items"]]
        row = {
            "index": int(spec["id"].rsplit("-", 1)[1]),
            "title_length": len(spec["title"]),
            "assets": len(spec.get("assets", [])),
            "scene_bytes": (folder / "scene.json").stat().st_size,
            "scene_items": len(ids),
            "security_regions": sum(r["role"] == "security_feature" for r in spec["regions"]),
            "data_fields": len(spec.get("data", {})),
        }
        for asset in spec.get("assets", []):
            row[f"bytes:{asset}"] = (folder / asset).stat().st_size
        for item_id in ids:
            row[f"item:{item_id}"] = row.get(f"item:{item_id}", 0) + 1
        rows.append(row)
        forged.append(spec["truth"]["verdict"] != "genuine")
    names = sorted({k for r in rows for k in r})
    x = np.array([[r.get(k, 0) for k in names] for r in rows], dtype=float)
    return x, np.array(forged), names


def _folds(y: np.ndarray, k: int, seed: int) -> list[np.ndarray]:
    """Stratified folds: each holds about as many forged as genuine specimens."""
    rng = np.random.default_rng(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    for label in (True, False):
        idx = rng.permutation(np.flatnonzero(y == label))
        for n, i in enumerate(idx):
            folds[n % k].append(int(i))
    return [np.array(f) for f in folds]


def _nearest_centroid(xtr, ytr, xte) -> np.ndarray:
    mu, sd = xtr.mean(0), xtr.std(0)
    sd[sd == 0] = 1.0
    ztr, zte = (xtr - mu) / sd, (xte - mu) / sd
    c1, c0 = ztr[ytr].mean(0), ztr[~ytr].mean(0)
    return np.linalg.norm(zte - c1, axis=1) < np.linalg.norm(zte - c0, axis=1)


def _best_threshold(xtr, ytr, xte) -> np.ndarray:
    best = (-1.0, 0, 0.0, 1.0)
    for j in range(xtr.shape[1]):
        for t in np.unique(xtr[:, j]):
            for sign in (1.0, -1.0):
                acc = float(((sign * (xtr[:, j] - t) > 0) == ytr).mean())
                if acc > best[0]:
                    best = (acc, j, t, sign)
    _, j, t, sign = best
    return sign * (xte[:, j] - t) > 0


def _accuracy(x, y, classify, repeats: int = 4) -> float:
    scores = []
    for r in range(repeats):
        right = 0
        for test in _folds(y, 4, seed=r):
            train = np.setdiff1d(np.arange(len(y)), test)
            right += int((classify(x[train], y[train], x[test]) == y[test]).sum())
        scores.append(right / len(y))
    return float(np.mean(scores))


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> Path:
    # The default pack: forgers' profiles dealt out, benign flaws on every document.
    out = tmp_path_factory.mktemp("giveaway") / "pack"
    return generate_pack(out, count=COUNT, seed=2026, forged_share=0.5, subtlety=0.5, jobs=2)


def test_file_names_ids_sizes_and_item_names_do_not_tell_forged_from_genuine(pack):
    x, y, names = _features(pack)
    assert y.sum() == COUNT // 2
    for classify in (_nearest_centroid, _best_threshold):
        assert _accuracy(x, y, classify) <= 0.5 + MARGIN, classify.__name__


def test_the_measure_finds_a_giveaway_when_there_is_one(pack):
    """The same classifiers, given one leaking feature (an item that only forgeries have),
    find it: the test above could fail."""
    x, y, _ = _features(pack)
    # An extra item only forgeries have shows three times: its own id, and the scene's item
    # count and size it raises (since states differ in what their data page is made of, the
    # features spread more and one column alone moves the centroids less: decision 0036).
    leak = np.column_stack([x, *[y.astype(float)] * 3])
    for classify in (_nearest_centroid, _best_threshold):
        assert _accuracy(leak, y, classify) >= 0.8, classify.__name__
