"""``docinspect mrz check`` as a user runs it: exit codes, stdout table or JSON, stderr messages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from test_mrz import MRVA, MRVB, TD1, TD2, TD3  # Doc 9303's specimen MRZs

from docinspect.cli import main

TD3_ALTERED_NUMBER = (TD3[0], "L898902C46UTO7408122F1204159ZE184226B<<<<<10")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "docinspect", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_real_command_accepts_the_td3_specimen():
    done = run("mrz", "check", *TD3)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith("TD3 (passport, 2 lines of 44)")
    assert "FAILED" not in done.stdout
    assert done.stdout.rstrip().endswith("valid")
    for name in ("document number", "date of birth", "date of expiry", "composite", "nationality"):
        assert name in done.stdout


def test_real_command_rejects_an_altered_document_number_naming_it():
    done = run("mrz", "check", *TD3_ALTERED_NUMBER)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "docinspect: document number check digit is 6, expected 7",
        "docinspect: composite check digit is 0, expected 1",
    ]
    assert "INVALID: 2 problems" in done.stdout
    assert "Traceback" not in done.stderr


def test_real_command_says_unusable_for_one_line():
    done = run("mrz", "check", TD3[0])
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["docinspect: an MRZ has 2 or 3 lines, not 1"]
    assert done.stdout == ""


def test_real_command_json():
    done = run("mrz", "check", "--json", "--today", "2026-06-01", *TD1)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["layout"] == "TD1" and data["valid"] is True
    fields = {f["name"]: f["value"] for f in data["fields"]}
    assert fields["date of birth"] == "1974-08-12"
    assert fields["document number"] == "D23145890"
    assert [c["name"] for c in data["check_digits"]] == [
        "document number",
        "date of birth",
        "date of expiry",
        "composite",
    ]


@pytest.mark.parametrize("lines", [TD1, TD2, TD3, MRVA, MRVB], ids=["td1", "td2", "td3", "a", "b"])
def test_every_specimen_is_valid_through_main(lines, capsys):
    assert main(["mrz", "check", *lines]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.rstrip().endswith("valid")


def test_lines_pasted_as_one_argument_with_line_breaks(capsys):
    assert main(["mrz", "check", "\n".join(TD1) + "\n"]) == 0
    assert capsys.readouterr().out.startswith("TD1 (ID card, 3 lines of 30)")


def test_altered_td1_expiry_through_main(capsys):
    altered = (TD1[0], "7408122F1204169UTO<<<<<<<<<<<6", TD1[2])
    assert main(["mrz", "check", *altered]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "docinspect: date of expiry check digit is 9, expected 0",
        "docinspect: composite check digit is 6, expected 9",
    ]
    assert "date of expiry   2     15   9        0         FAILED" in out


def test_impossible_date_is_invalid_not_unusable(capsys):
    altered = (TD3[0], "L898902C36UTO7413122F1204159ZE184226B<<<<<10")
    assert main(["mrz", "check", "--json", *altered]) == 1
    out, err = capsys.readouterr()
    assert "docinspect: date of birth 741312 is not a date (YYMMDD)" in err.splitlines()
    assert json.loads(out)["usable"] is True


def test_wrong_length_and_bad_characters_are_unusable(capsys):
    assert main(["mrz", "check", TD3[0], TD3[1][:-2]]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "docinspect: line 2 has 42 characters, expected 44 for TD3"
    ]
    assert main(["mrz", "check", TD3[0], TD3[1].lower()]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "docinspect: line 2 position 1: 'l' is not an MRZ character (A-Z 0-9 <)"


def test_unusable_json_still_prints_the_result(capsys):
    assert main(["mrz", "check", "--json", "ABC", "DEF", "GHI", "JKL"]) == 2
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["usable"] is False and data["problems"] == ["an MRZ has 2 or 3 lines, not 4"]
    assert err == "docinspect: an MRZ has 2 or 3 lines, not 4\n"


def test_mrz_without_a_subcommand_is_a_usage_error(capsys):
    assert main(["mrz"]) == 2
    assert "check" in capsys.readouterr().err


def test_bad_today_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["mrz", "check", "--today", "tomorrow", *TD3])
    assert info.value.code == 2
    assert "'tomorrow' is not a date" in capsys.readouterr().err
