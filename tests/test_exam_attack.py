"""The attacker of issue 13: learn forged from genuine on one sealed exam's files, try another.

Two packs of 40 generated TD3 specimens (different seeds, half forged, every method the
generator offers dealt out in turn), sealed. A random forest and a logistic regression
(tests/exam_attackers.py) learn from the first pack's files with its truth and predict the
second's, and the other way round. Sealed, neither may beat the majority baseline by more
than 0.1 (mean over both directions and, for the forest, three seeds: with 40 test
specimens chance alone spreads ±0.08). Unsealed, the same forest must read the packs well —
otherwise this test could not fail. Decision 0018 discusses what is left (appearance).
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from exam_attackers import Vectoriser, logistic_regression, pack_features, random_forest

from docinspect.classroom import open_answer_key, seal_exam_pack
from docinspect.synth.forgeries import available_methods
from docinspect.synth.generate import generate_pack

PASSPHRASE = "exam passphrase 2026"
#: Half of them forged: at least one for each of the 21 methods a TD3 can take (Nerevia's
#: polycarbonate page takes the card attacks).
COUNT = 44


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    root = tmp_path_factory.mktemp("attack")
    out = []
    for n in (1, 2):
        source = generate_pack(
            root / f"pack{n}",
            count=COUNT,
            seed=2**50 + n,
            forged_share=0.5,
            methods=list(available_methods("td3")),
            jobs=2,
        )
        exam = seal_exam_pack(source, root / f"exam{n}", PASSPHRASE).out
        out.append((source, exam))
    return out


def _plain_truth(root):
    manifest = json.loads((root / "pack.json").read_text())
    return np.array(
        [
            json.loads((root / f / "specimen.json").read_text())["truth"]["verdict"] != "genuine"
            for f in manifest["specimens"]
        ],
        dtype=int,
    )


def _sealed_truth(root):
    key = open_answer_key(root, PASSPHRASE)
    ids, _ = pack_features(root)
    return np.array([key["specimens"][i]["truth"]["verdict"] != "genuine" for i in ids], dtype=int)


def _accuracies(train, test, y_train, y_test, *, forest_seeds):
    _, f_train = pack_features(train)
    _, f_test = pack_features(test)
    vectorise = Vectoriser(f_train)
    x_train, x_test = vectorise(f_train), vectorise(f_test)
    lr = float((logistic_regression(x_train, y_train, x_test) == y_test).mean())
    rf = [
        float((random_forest(x_train, y_train, x_test, trees=50, seed=s) == y_test).mean())
        for s in forest_seeds
    ]
    return lr, rf


def test_every_method_is_in_both_packs(packs):
    for source, _ in packs:
        manifest = json.loads((source / "pack.json").read_text())
        methods = set()
        for folder in manifest["specimens"]:
            methods.update(
                json.loads((source / folder / "specimen.json").read_text())["truth"].get(
                    "methods", []
                )
            )
        assert methods == set(available_methods("td3"))
        assert _plain_truth(source).sum() == COUNT // 2


def test_the_attacker_reads_unsealed_packs(packs):
    (a, _), (b, _) = packs
    _, rf = _accuracies(a, b, _plain_truth(a), _plain_truth(b), forest_seeds=(0,))
    assert rf[0] >= 0.8  # the names and the generator's parameters give it away


def test_the_attacker_does_no_better_than_chance_on_sealed_packs(packs):
    (_, a), (_, b) = packs
    ya, yb = _sealed_truth(a), _sealed_truth(b)
    lrs, rfs, baselines = [], [], []
    for train, test, y_train, y_test in ((a, b, ya, yb), (b, a, yb, ya)):
        lr, rf = _accuracies(train, test, y_train, y_test, forest_seeds=(0, 1, 2))
        lrs.append(lr)
        rfs += rf
        baselines.append(max(y_test.mean(), 1 - y_test.mean()))
    baseline = float(np.mean(baselines))
    assert np.mean(lrs) <= baseline + 0.1, (lrs, baseline)
    assert np.mean(rfs) <= baseline + 0.1, (rfs, baseline)
