"""Item analysis against values worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from docinspect.analytics import item_analysis, item_analysis_from_cells

# Four trainees, three items, everyone answers everything once (1 = correct):
#        i1 i2 i3
#   T1    1  1  1
#   T2    1  0  1
#   T3    0  1  0
#   T4    0  0  1
COMPLETE = {
    "T1": {"i1": 1, "i2": 1, "i3": 1},
    "T2": {"i1": 1, "i2": 0, "i3": 1},
    "T3": {"i1": 0, "i2": 1, "i3": 0},
    "T4": {"i1": 0, "i2": 0, "i3": 1},
}


def _long(table):
    rows = [(t, i, ok) for t, answers in table.items() for i, ok in answers.items()]
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def test_difficulty_and_corrected_point_biserial_by_hand():
    stats = {s.item: s for s in item_analysis(*_long(COMPLETE))}
    assert list(stats) == ["i1", "i2", "i3"]
    # Difficulty p: i1 2/4 = 0.5, i2 2/4 = 0.5, i3 3/4 = 0.75.
    assert [stats[i].difficulty for i in ("i1", "i2", "i3")] == [0.5, 0.5, 0.75]
    assert stats["i3"].attempts == 4 and stats["i3"].correct == 3 and stats["i3"].trainees == 4

    # i1: x = (1, 1, 0, 0); rest = mean of the other two items = (1, 0.5, 0.5, 0.5)
    #   x - 0.5 = (.5, .5, -.5, -.5); rest - 0.625 = (.375, -.125, -.125, -.125)
    #   cov = .1875 - .0625 + .0625 + .0625 = .25; Sxx = 1; Syy = .140625 + 3 * .015625 = .1875
    #   r = .25 / sqrt(1 * .1875) = 0.57735
    assert stats["i1"].discrimination == pytest.approx(0.57735, abs=1e-5)
    assert not stats["i1"].flagged

    # i2: x = (1, 0, 1, 0); rest = (1, 1, 0, 0.5), mean .625
    #   dev y = (.375, .375, -.625, -.125); cov = .1875 - .1875 - .3125 + .0625 = -.25
    #   Syy = .140625 + .140625 + .390625 + .015625 = .6875; r = -.25 / sqrt(.6875) = -0.30151
    assert stats["i2"].discrimination == pytest.approx(-0.30151, abs=1e-5)
    assert stats["i2"].flagged  # better trainees get it wrong: review the question

    # i3: x = (1, 1, 0, 1), mean .75; rest = (1, .5, .5, 0), mean .5
    #   dev x = (.25, .25, -.75, .25); dev y = (.5, 0, 0, -.5); cov = .125 - .125 = 0 -> r = 0
    assert stats["i3"].discrimination == pytest.approx(0.0, abs=1e-12)
    assert not stats["i3"].flagged  # zero is not negative


def test_item_answered_by_one_trainee_only_has_no_discrimination():
    trainees = ["T1", "T1", "T2", "T2"]
    items = ["solo", "shared", "shared", "other"]
    correct = [True, True, False, True]
    stats = {s.item: s for s in item_analysis(trainees, items, correct)}
    solo = stats["solo"]
    assert solo.trainees == 1 and solo.difficulty == 1.0
    assert solo.discrimination is None and not solo.flagged
    # "shared": x = (1, 0); rest T1 = solo = 1, T2 = other = 1 -> rest does not vary -> None
    assert stats["shared"].discrimination is None


def test_trainee_with_a_single_item_is_left_out_of_discrimination():
    # T5 answered only i1: no rest score, so i1's r is the same as without T5.
    base = {s.item: s for s in item_analysis(*_long(COMPLETE))}
    t, i, c = _long(COMPLETE)
    with_t5 = {s.item: s for s in item_analysis(t + ["T5"], i + ["i1"], c + [1])}
    assert with_t5["i1"].discrimination == pytest.approx(base["i1"].discrimination)
    # ...but T5's attempt counts for difficulty: 3 of 5 = 0.6.
    assert with_t5["i1"].difficulty == pytest.approx(3 / 5)
    assert with_t5["i1"].trainees == 5


def test_repeated_attempts_score_as_a_proportion():
    # T1 answered i1 twice (right, wrong) -> item score 0.5; difficulty counts attempts: 1/2.
    stats = {s.item: s for s in item_analysis(["T1", "T1", "T1"], ["i1", "i1", "i2"], [1, 0, 1])}
    assert stats["i1"].attempts == 2 and stats["i1"].correct == 1
    assert stats["i1"].difficulty == 0.5 and stats["i1"].trainees == 1


def test_everyone_right_means_no_discrimination_not_nan():
    stats = item_analysis(["A", "B", "A", "B"], ["easy", "easy", "x", "x"], [1, 1, 1, 0])
    easy = next(s for s in stats if s.item == "easy")
    assert easy.difficulty == 1.0 and easy.discrimination is None


def test_cells_are_validated():
    with pytest.raises(ValueError, match="correct <= attempts"):
        item_analysis_from_cells(["A"], ["i"], [1], [2])
    assert item_analysis_from_cells([], [], [], []) == []


@given(st.lists(st.lists(st.booleans(), min_size=4, max_size=4), min_size=3, max_size=12))
def test_complete_data_matches_textbook_item_rest_correlation(matrix):
    # With complete 0/1 data, discrimination = corrcoef(item, row sum - item).
    m = np.array(matrix, dtype=float)
    trainees, items, correct = [], [], []
    for t, row in enumerate(matrix):
        for i, ok in enumerate(row):
            trainees.append(f"T{t}")
            items.append(f"i{i}")
            correct.append(ok)
    stats = {s.item: s for s in item_analysis(trainees, items, correct)}
    for i in range(m.shape[1]):
        x, rest = m[:, i], m.sum(axis=1) - m[:, i]
        got = stats[f"i{i}"].discrimination
        if x.std() == 0 or rest.std() == 0:
            assert got is None
        else:
            assert got == pytest.approx(np.corrcoef(x, rest)[0, 1], abs=1e-9)
