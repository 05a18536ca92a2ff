"""The trainee and cohort PDFs in Russian and Bulgarian: every text on every page in the
report's language (names of trainees and exercises aside), no placeholder left, headers
within their columns, Cyrillic glyphs in the fonts; ``docinspect report --lang``
(docs/decisions/0029-everything-a-trainee-reads-translated.md)."""

from __future__ import annotations

import re
import warnings

import pytest
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.text import Text
from test_report_cli import db  # noqa: F401  (the fixture)
from test_report_pdf import _cohort, _dashboard

from docinspect.cli import main
from docinspect.reports import cohort_pdf
from docinspect.reports.language import report_language, tr
from docinspect.reports.names import category_names, method_names
from docinspect.reports.trainee_pdf import SESSION_COLUMNS, write_trainee_pdf

LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d")
#: The data's own names (trainees, cohort, exercise ids) and what stays Latin in any language.
KEPT = {"DocInspect", "docinspect", "report", "items", "out", "FILE", "csv"}
DATA = ("Ann Example", "Spring class", "Trainee", "ex-uv", "office_paper", "office paper")


@pytest.fixture
def pages(monkeypatch):
    """The texts of every page written, page by page."""
    seen: list[list[str]] = []
    original = PdfPages.savefig

    def savefig(self, figure=None, **kwargs):
        seen.append([t.get_text() for t in figure.findobj(Text) if t.get_text().strip()])
        return original(self, figure, **kwargs)

    monkeypatch.setattr(PdfPages, "savefig", savefig)
    return seen


def _english_left(texts: list[str]) -> list[str]:
    left = []
    for text in texts:
        for name in DATA:
            text = text.replace(name, "")
        left += [w for w in LATIN_WORD.findall(text) if w not in KEPT]
    return left


@pytest.mark.parametrize("language", ["ru", "bg"])
def test_every_page_of_both_reports_is_in_the_report_language(language, pages, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns of a glyph missing from a font
        with report_language(language):
            write_trainee_pdf(_dashboard(), tmp_path / "t.pdf")
            cohort_pdf.write_cohort_pdf(_cohort(n_items=30), tmp_path / "c.pdf")
    assert len(pages) == 2 + 5
    for number, texts in enumerate(pages, start=1):
        joined = "\n".join(texts)
        assert re.search("[А-Яа-я]", joined), f"page {number} has no Cyrillic"
        assert _english_left(texts) == [], f"page {number}"
        assert PLACEHOLDER.findall(joined) == [], f"page {number}"


def test_english_stays_the_default(pages, tmp_path, monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    write_trainee_pdf(_dashboard(), tmp_path / "t.pdf")
    assert "Learning curve" in pages[0]


@pytest.mark.parametrize("language", ["ru", "bg"])
def test_every_header_fits_its_column(language):
    tables = [SESSION_COLUMNS, cohort_pdf._TRAINEE_COLUMNS, cohort_pdf._ITEM_COLUMNS]
    with report_language(language):
        for columns in tables:
            for column in columns:
                lines = tr(column.header).split("\n")
                assert all(len(line) <= column.width for line in lines), (column, lines)
                assert len(lines) <= 2


def test_names_come_from_the_windows_translations():
    with report_language("bg"):
        assert method_names()["photo_substitution"] == "Подмяна на снимката"
        assert category_names()["printing"] == "Печат"
    with report_language("ru"):
        assert category_names()["printing"] == "Полиграфия"
    assert category_names()["printing"] == "Printing"


def test_the_report_command_takes_a_language(db, tmp_path, capsys, pages, monkeypatch):  # noqa: F811
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    url, _ann, _bob = db
    out = tmp_path / "class.pdf"
    code = main(["report", "cohort", "--all", "--db", url, "--out", str(out), "--lang", "bg"])
    assert code == 0, capsys.readouterr().err
    assert "Отчет за група — Всички курсисти" in pages[0]
    code = main(["report", "trainee", "--trainee", "Ann", "--db", url, "--out", str(out)])
    assert code == 0
    assert "Learning curve" in pages[-2]  # no --lang, no Russian or Bulgarian LANG: English


def _report_texts() -> list[str]:
    """Every literal the report code passes to tr() or names a table column with."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "docinspect"
    found = []
    for path in [*sorted((root / "reports").glob("*.py")), root / "cli" / "report.py"]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("tr", "Column"):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value:
                    found.append(first.value)
    return list(dict.fromkeys(found))


@pytest.mark.parametrize("language", ["ru", "bg"])
def test_every_report_text_has_a_translation_with_its_placeholders(language):
    from docinspect.reports.language import _catalogue

    catalogue = _catalogue(language)
    texts = _report_texts()
    assert len(texts) > 100
    assert [t for t in texts if not catalogue.get(t)] == []
    for text in texts:
        names = sorted(re.findall(r"\{[a-z_]*\}", text))
        assert names == sorted(re.findall(r"\{[a-z_]*\}", catalogue[text])), text


def test_the_report_command_speaks_the_language_on_its_exit_paths(
    db,  # noqa: F811  (the fixture of test_report_cli)
    tmp_path,
    capsys,
    monkeypatch,
):
    url, _ann, _bob = db
    out = str(tmp_path / "x.pdf")
    code = main(
        ["report", "trainee", "--trainee", "Zoe", "--db", url, "--out", out, "--lang", "bg"]
    )
    assert code == 2
    assert capsys.readouterr().err == "docinspect: --trainee: няма курсист 'Zoe'\n"
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    code = main(["report", "trainee", "--trainee", "Ann", "--db", url, "--out", out, "--to", "x"])
    assert code == 2
    assert "--to: 'x' — не дата (ГГГГ-ММ-ДД)" in capsys.readouterr().err
    code = main(["report", "cohorts", "--db", url])
    assert code == 0
    assert "May\tслушателей: 2" in capsys.readouterr().out
