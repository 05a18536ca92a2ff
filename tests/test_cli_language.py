"""The command line's shared exit paths in the language LANG names (Russian, Bulgarian),
English otherwise (docs/decisions/0029-everything-a-trainee-reads-translated.md)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from docinspect.cli import main
from docinspect.cli.language import _catalogue

CLI = Path(__file__).resolve().parents[1] / "docinspect" / "cli"


@pytest.fixture
def lang(monkeypatch):
    def use(value: str) -> None:
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.setenv(name, "")
        monkeypatch.setenv("LANG", value)

    return use


def test_a_missing_pack_is_reported_in_bulgarian_then_russian_then_english(lang, capsys, tmp_path):
    missing = tmp_path / "nowhere"
    argv = ["render", str(missing), "s1", "--light", "white", "--out", str(tmp_path / "x.png")]
    lang("bg_BG.UTF-8")
    assert main(argv) == 2
    assert capsys.readouterr().err == f"docinspect: {missing}: няма такъв файл или папка\n"
    lang("ru_RU.UTF-8")
    assert main(argv) == 2
    assert capsys.readouterr().err == f"docinspect: {missing}: нет такого файла или папки\n"
    lang("C.UTF-8")
    assert main(argv) == 2
    assert capsys.readouterr().err == f"docinspect: {missing}: no such file or folder\n"


def test_no_display_says_so_in_russian(lang, capsys, monkeypatch):
    lang("ru_RU.UTF-8")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main([]) == 2
    assert "нет дисплея" in capsys.readouterr().err


def _cli_texts() -> list[str]:
    found = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr":
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append((path.name, first.value))
    return found


@pytest.mark.parametrize("language", ["ru", "bg"])
def test_every_cli_text_has_a_translation_with_its_placeholders(language):
    from docinspect.reports.language import _catalogue as report_catalogue

    texts = _cli_texts()
    assert len(texts) >= 7
    for file, text in texts:
        catalogue = report_catalogue(language) if file == "report.py" else _catalogue(language)
        assert catalogue.get(text), (file, text)
        names = sorted(re.findall(r"\{[a-z_]*\}", text))
        assert names == sorted(re.findall(r"\{[a-z_]*\}", catalogue[text])), text


def test_exercise_validate_counts_in_bulgarian(lang, capsys, tmp_path):
    lang("bg_BG.UTF-8")
    exercises = Path(__file__).resolve().parents[1] / "exercises"
    assert main(["exercise", "validate", str(exercises)]) == 0
    assert re.fullmatch(r"валидни упражнения: \d+\n", capsys.readouterr().out)
    assert main(["exercise", "validate", str(tmp_path)]) == 2
    assert "в тази папка няма файлове с упражнения" in capsys.readouterr().err


def test_pack_validate_in_russian(lang, capsys, tmp_path):
    lang("ru_RU.UTF-8")
    not_a_pack = tmp_path / "notes.txt"
    not_a_pack.write_text("hello", encoding="utf-8")
    assert main(["pack", "validate", str(not_a_pack)]) == 2
    assert capsys.readouterr().err == (
        f"docinspect: {not_a_pack}: это не папка пакета и не zip-файл\n"
    )
