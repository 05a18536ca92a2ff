"""1:1 size: the calibrated screen density is kept in the settings and used by the view."""

from __future__ import annotations

import pytest

from docinspect.ui.inspect.calibration import (
    FALLBACK_DPI,
    calibrated_dpi,
    reported_dpi,
    save_calibrated_dpi,
    screen_px_per_mm,
)
from docinspect.ui.inspect.calibration_dialog import CalibrationDialog


def test_calibration_is_kept_and_can_be_forgotten(qapp):
    assert calibrated_dpi() is None
    save_calibrated_dpi(110.0)
    assert calibrated_dpi() == 110.0
    assert screen_px_per_mm() == pytest.approx(110.0 / 25.4)
    save_calibrated_dpi(None)
    assert calibrated_dpi() is None
    assert screen_px_per_mm() == pytest.approx(reported_dpi() / 25.4)


def test_implausible_densities_are_refused(qapp):
    with pytest.raises(ValueError, match="outside"):
        save_calibrated_dpi(5000.0)
    assert calibrated_dpi() is None


def test_a_damaged_setting_falls_back_to_the_system(qapp, private_data_dir):
    (private_data_dir / "settings.ini").write_text("[inspection]\nscreen_dpi=banana\n")
    assert calibrated_dpi() is None
    assert 50 <= reported_dpi() <= 600 or reported_dpi() == FALLBACK_DPI


def test_dialog_reports_the_density_the_slider_shows(qtbot):
    dialog = CalibrationDialog(96.0)
    qtbot.addWidget(dialog)
    assert dialog.dpi() == pytest.approx(96.0)
    dialog._slider.setValue(1234)
    assert dialog.dpi() == pytest.approx(123.4)
    assert "123.4" in dialog._readout.text()
