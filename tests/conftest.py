"""Test set-up: offscreen Qt, and a private data folder per test so nothing touches the real one."""

from __future__ import annotations

import os

import pytest

# Offscreen unless the developer asks for a real window (DOCINSPECT_TEST_HEADED=1).
if not os.environ.get("DOCINSPECT_TEST_HEADED"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own DOCINSPECT_HOME."""
    home = tmp_path_factory.mktemp("docinspect-home")
    monkeypatch.setenv("DOCINSPECT_HOME", str(home))
    return home
