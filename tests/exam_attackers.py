"""A curious trainee's tools against a sealed exam pack: features read from its files, and two
small classifiers (a random forest and a logistic regression) written with numpy, so the
test extras need no scikit-learn (decision 0018).

The features are what a script can read without looking at the documents: every JSON key
path and value (strings and numbers as tokens, numbers also as count / mean / min / max per
key path), file names (their shape: prefix, extension, length), file sizes (each file kind's
size, sorted sizes of the images, totals) and the number of files and items.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

_HEX = re.compile(r"[0-9a-f]{6,}")


def _walk(value, path: str, tokens: Counter, numbers: dict[str, list[float]]) -> None:
    if isinstance(value, dict):
        tokens[f"keys:{path}:{','.join(sorted(value))}"] += 1
        for k, v in value.items():
            _walk(v, f"{path}.{k}", tokens, numbers)
    elif isinstance(value, list):
        tokens[f"len:{path}:{len(value)}"] += 1
        numbers[f"{path}#len"].append(float(len(value)))
        for v in value:
            _walk(v, f"{path}[]", tokens, numbers)
    elif isinstance(value, bool) or value is None:
        tokens[f"{path}={value}"] += 1
    elif isinstance(value, int | float):
        tokens[f"{path}={round(float(value), 3)}"] += 1
        numbers[path].append(float(value))
    else:
        tokens[f"{path}={_HEX.sub('#', str(value))[:60]}"] += 1


def specimen_features(folder: Path) -> tuple[Counter, dict[str, float]]:
    """Tokens and numbers an attacker reads from one specimen folder of a pack."""
    tokens: Counter = Counter()
    numbers: dict[str, list[float]] = defaultdict(list)
    sizes: dict[str, list[float]] = defaultdict(list)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    for path in files:
        name = path.name
        shape = f"{_HEX.sub('#', path.stem)}{path.suffix}"
        tokens[f"file:{shape}"] += 1
        tokens[f"file-length:{len(name)}"] += 1
        sizes[path.suffix].append(float(path.stat().st_size))
        sizes[f"name:{shape}"].append(float(path.stat().st_size))
        if path.suffix == ".json":
            _walk(json.loads(path.read_text(encoding="utf-8")), path.stem, tokens, numbers)
    tokens[f"folder:{_HEX.sub('#', folder.name)}"] += 1
    flat: dict[str, float] = {"files": float(len(files))}
    for key, values in list(numbers.items()) + [(f"size{k}", v) for k, v in sizes.items()]:
        arr = np.asarray(values)
        flat.update(
            {
                f"{key}:n": float(arr.size),
                f"{key}:mean": float(arr.mean()),
                f"{key}:min": float(arr.min()),
                f"{key}:max": float(arr.max()),
                f"{key}:sum": float(arr.sum()),
            }
        )
    for i, size in enumerate(sorted(sizes.get(".png", []))):
        flat[f"png-size-{i}"] = size
    return tokens, flat


def pack_features(root: Path) -> tuple[list[str], list[tuple[Counter, dict[str, float]]]]:
    """(specimen ids, features) of every specimen of the pack at ``root``, in pack order."""
    manifest = json.loads((root / "pack.json").read_text(encoding="utf-8"))
    ids, feats = [], []
    for folder in manifest["specimens"]:
        spec = json.loads((root / folder / "specimen.json").read_text(encoding="utf-8"))
        ids.append(spec["id"])
        feats.append(specimen_features(root / folder))
    return ids, feats


class Vectoriser:
    """Token counts and numbers as columns, vocabulary from the training pack."""

    def __init__(self, train: list[tuple[Counter, dict[str, float]]]) -> None:
        df: Counter = Counter()
        for tokens, _ in train:
            df.update(set(tokens))
        # Tokens every specimen has, or only one has, cannot separate anything.
        self.tokens = sorted(t for t, n in df.items() if 1 < n < len(train))
        self.numbers = sorted({k for _, flat in train for k in flat})

    def __call__(self, feats: list[tuple[Counter, dict[str, float]]]) -> np.ndarray:
        rows = []
        for tokens, flat in feats:
            rows.append(
                [float(tokens.get(t, 0)) for t in self.tokens]
                + [flat.get(k, 0.0) for k in self.numbers]
            )
        return np.asarray(rows, dtype=float).reshape(len(feats), -1)


def _standardise(train: np.ndarray, test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean, std = train.mean(axis=0), train.std(axis=0)
    std[std == 0] = 1.0
    return (train - mean) / std, (test - mean) / std


def logistic_regression(x: np.ndarray, y: np.ndarray, x_test: np.ndarray) -> np.ndarray:
    """L2-regularised logistic regression by gradient descent; predicted 0/1 labels."""
    x, x_test = _standardise(x, x_test)
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(2000):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        grad = p - y
        w -= 0.1 * (x.T @ grad / len(y) + 0.01 * w)
        b -= 0.1 * grad.mean()
    return ((x_test @ w + b) > 0).astype(int)


def _best_split(column: np.ndarray, y: np.ndarray) -> tuple[float, float] | None:
    """(weighted Gini, threshold) of the best split of ``column``, or None if it is constant."""
    order = np.argsort(column, kind="stable")
    values, labels = column[order], y[order]
    n = len(y)
    left_n = np.arange(1, n)
    left_pos = np.cumsum(labels)[:-1]
    right_n = n - left_n
    right_pos = labels.sum() - left_pos
    valid = values[1:] != values[:-1]  # split only between different values
    if not valid.any():
        return None
    pl, pr = left_pos / left_n, right_pos / right_n
    score = 2 * pl * (1 - pl) * left_n + 2 * pr * (1 - pr) * right_n
    score = np.where(valid, score, np.inf)
    i = int(np.argmin(score))
    return float(score[i]), float((values[i] + values[i + 1]) / 2)


def _tree(x, y, rng, depth, max_depth, n_features):
    if depth >= max_depth or y.size < 2 or y.min() == y.max():
        return float(y.mean()) if y.size else 0.5
    best = None
    cols = rng.choice(x.shape[1], size=min(n_features, x.shape[1]), replace=False)
    for c in cols:
        split = _best_split(x[:, c], y)
        if split is not None and (best is None or split[0] < best[0]):
            best = (split[0], c, split[1])
    if best is None:
        return float(y.mean())
    _, c, t = best
    left = x[:, c] <= t
    return (
        c,
        t,
        _tree(x[left], y[left], rng, depth + 1, max_depth, n_features),
        _tree(x[~left], y[~left], rng, depth + 1, max_depth, n_features),
    )


def _predict_tree(node, row) -> float:
    while isinstance(node, tuple):
        c, t, left, right = node
        node = left if row[c] <= t else right
    return node


def random_forest(
    x: np.ndarray, y: np.ndarray, x_test: np.ndarray, *, trees: int = 100, seed: int = 0
) -> np.ndarray:
    """Bagged CART trees (Gini, depth 6, √features per split); predicted 0/1 labels."""
    rng = np.random.default_rng(seed)
    x = np.asfortranarray(x)  # the trees read columns
    n_features = max(1, int(np.sqrt(x.shape[1])))
    votes = np.zeros(len(x_test))
    for _ in range(trees):
        rows = rng.integers(0, len(y), size=len(y))
        tree = _tree(x[rows], y[rows], rng, 0, 6, n_features)
        votes += np.array([_predict_tree(tree, row) for row in x_test])
    return (votes / trees > 0.5).astype(int)
