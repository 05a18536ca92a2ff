"""``docinspect --version``: the version and where this user's data lives, no password."""

from __future__ import annotations

import docinspect
from docinspect.cli import main


def test_version_names_the_data_folder_and_hides_the_database_password(
    private_data_dir, monkeypatch, capsys
):
    monkeypatch.setenv("DOCINSPECT_DATABASE_URL", "postgresql+psycopg://seat:s3cret@class/db")
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"DocInspect {docinspect.__version__}\n")
    assert f"data folder: {private_data_dir}" in out
    assert "seat:***@class/db" in out and "s3cret" not in out
    assert main(["-V"]) == 0
