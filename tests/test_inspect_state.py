"""The inspection state model on its own: limits, steps and what it announces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPointF

from docinspect.model.light import MAX_TILT_DEG, Light, Viewing
from docinspect.ui.inspect.state import (
    LOUPE_STEPS,
    MAX_LOUPE_POWER,
    MIN_LOUPE_POWER,
    InspectionState,
)


def test_defaults_are_white_light_flat_and_fitted(qapp):
    state = InspectionState()
    assert state.viewing() == Viewing(Light.WHITE, 0.0, 315.0)
    assert state.fit and not state.loupe_enabled and not state.overlay


def test_light_change_announces_viewing_once(qapp):
    state = InspectionState()
    seen: list[str] = []
    state.changed.connect(seen.append)
    viewings: list[int] = []
    state.viewing_changed.connect(lambda: viewings.append(1))
    state.set_light(Light.UV365)
    state.set_light(Light.UV365)  # no change, no signal
    assert seen == ["light"] and len(viewings) == 1
    assert state.viewing().light is Light.UV365


@given(st.floats(min_value=-1000, max_value=1000, allow_nan=False))
def test_tilt_is_clamped_to_the_model_range(degrees):
    state = InspectionState()
    state.set_tilt(degrees)
    state.set_tilt_away(-degrees)
    assert -MAX_TILT_DEG <= state.tilt_deg <= MAX_TILT_DEG
    assert -MAX_TILT_DEG <= state.tilt_away_deg <= MAX_TILT_DEG
    assert state.viewing().tilt_away_deg == state.tilt_away_deg  # the model accepts it


@given(st.floats(min_value=-100, max_value=100, allow_nan=False))
def test_loupe_power_stays_between_2_and_30(power):
    state = InspectionState()
    state.set_loupe_power(power)
    assert MIN_LOUPE_POWER <= state.loupe_power <= MAX_LOUPE_POWER


def test_power_steps_walk_the_ladder_and_stop_at_the_ends(qapp):
    state = InspectionState()
    state.set_loupe_power(2)
    visited = [state.loupe_power]
    for _ in range(len(LOUPE_STEPS) + 3):
        state.step_loupe_power(1)
        visited.append(state.loupe_power)
    assert visited[: len(LOUPE_STEPS)] == list(LOUPE_STEPS)
    assert state.loupe_power == MAX_LOUPE_POWER
    state.set_loupe_power(7)  # between steps: down goes to the next lower step
    state.step_loupe_power(-1)
    assert state.loupe_power == 6
    for _ in range(20):
        state.step_loupe_power(-1)
    assert state.loupe_power == MIN_LOUPE_POWER


def test_handheld_lamp_lights_only_the_loupe(qapp):
    state = InspectionState()
    state.set_loupe_light(Light.UV365)
    assert state.viewing().light is Light.WHITE
    assert state.loupe_viewing().light is Light.UV365
    state.set_loupe_light(None)
    assert state.loupe_viewing().light is Light.WHITE


def test_oblique_direction_wraps_and_only_matters_under_oblique_light(qapp):
    state = InspectionState()
    viewings: list[int] = []
    state.viewing_changed.connect(lambda: viewings.append(1))
    state.set_oblique_azimuth(405)
    assert state.oblique_azimuth_deg == 45
    assert viewings == []  # white light does not change with the raking direction
    state.set_light(Light.OBLIQUE)
    state.set_oblique_azimuth(90)
    assert len(viewings) == 2


def test_fit_scale_is_the_smallest_of_the_attached_views(qapp):
    state = InspectionState()
    state.add_fit_scale(lambda: 5.0)
    state.add_fit_scale(lambda: 3.0)
    state.add_fit_scale(lambda: None)  # a hidden view does not count
    assert state.fit_px_per_mm() == 3.0


def test_centre_and_loupe_position_are_copies(qapp):
    state = InspectionState()
    point = QPointF(10, 20)
    state.set_center(point)
    state.set_loupe_pos(point)
    point.setX(99)
    assert state.center_mm == QPointF(10, 20)
    assert state.loupe_pos_mm == QPointF(10, 20)


def test_the_app_loupe_keeps_to_the_optics_power_range(qapp):
    from docinspect.optics.loupe import loupe_power_problem

    state = InspectionState()
    for wanted in (0.5, 1.0, 7.0, 30.0, 99.0):
        state.set_loupe_power(wanted)
        assert loupe_power_problem(state.loupe_power) is None
