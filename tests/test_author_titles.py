"""An instructor's specimen title is translated by the pack's catalogue like the pack's other
texts (decision 0035): the studio lists it, and the library, its answer panel, the inspection
desk and the presenter show the translation; the generator's titles translate themselves and
are not listed."""

from __future__ import annotations

import dataclasses

import pytest
from test_instructor_translations import _source_pack

from docinspect.i18n import updated_po
from docinspect.packs import read_pack
from docinspect.training import content_language as cl
from docinspect.training.catalogue import missing_translations
from docinspect.training.content_language import generated_title, specimen_texts
from docinspect.training.page_sources import pack_source_in_language

BG_TITLE = "Задържан паспорт от пункт Калотина"


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    cl.set_content_language(None)


@pytest.fixture
def pack(tmp_path):
    source = _source_pack(tmp_path / "east")
    (source / "i18n").mkdir()
    (source / "i18n" / "bg.po").write_text(
        updated_po(None, "bg", {"Specimen s01": BG_TITLE}), encoding="utf-8"
    )
    return read_pack(source)


def test_the_library_desk_and_presenter_show_the_translated_title(qtbot, pack):
    from PySide6.QtCore import Qt

    from docinspect.ui.library_model import LibraryModel
    from docinspect.ui.presenter.opening import single_specimen_plan

    cl.set_content_language("bg")
    model = LibraryModel()
    model.set_pack(pack.root, pack)
    shown = [
        str(model.data(model.index(row), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]
    assert any(text.startswith(BG_TITLE + "\n") for text in shown)
    tips = [
        str(model.data(model.index(row), Qt.ItemDataRole.ToolTipRole))
        for row in range(model.rowCount())
    ]
    assert any(tip.startswith(BG_TITLE) for tip in tips)
    assert pack_source_in_language(pack, "s01").specimen.title == BG_TITLE
    plan = single_specimen_plan(pack, pack.specimen("s01"))
    assert plan.title == BG_TITLE and plan.steps[0].title == BG_TITLE

    cl.set_content_language("ru")  # no ru.po: as written
    model = LibraryModel()
    model.set_pack(pack.root, pack)
    shown = [
        str(model.data(model.index(row), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]
    assert any(text.startswith("Specimen s01\n") for text in shown)


def test_an_authors_title_is_listed_and_the_generators_is_not(pack):
    assert "Specimen s01" in missing_translations(pack, "ru")
    assert "Specimen s01" not in missing_translations(pack, "bg")
    generated = "Utopia passport data page — SMITH"
    assert generated_title(generated) and not generated_title("Specimen s01")
    specimen = dataclasses.replace(pack.specimen("s01"), title=generated)
    assert generated not in specimen_texts(specimen)
