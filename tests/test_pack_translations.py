"""An instructor's exercises carry their own translations: ``i18n/<language>.po`` in the
pack, read like the curriculum's catalogues; what is missing can be listed, and a bad file
is a problem with its file and reason, never a crash
(docs/decisions/0029-everything-a-trainee-reads-translated.md)."""

from __future__ import annotations

import zipfile

import pytest
from hostile.packbuild import exercise, specimen, specimen_files

from docinspect.packs import ExerciseFile, read_pack, write_pack
from docinspect.training import content_language as cl
from docinspect.training.catalogue import Catalogue, missing_translations

TITLE = "Seized documents of the eastern crossing"
PROMPT = "Genuine or forged?"


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    cl.set_content_language(None)


def _pack(dest, *, po: str | None = None):
    data = exercise("seized-1")
    data["title"] = TITLE
    data["questions"][0]["prompt"] = PROMPT
    write_pack(
        dest,
        pack_id="east",
        title="Border east",
        version="1",
        specimens=[specimen_files(specimen("s01"))],
        exercises=[ExerciseFile("exercises/seized-1.json", data)],
    )
    if po is not None:
        (dest / "i18n").mkdir()
        (dest / "i18n" / "bg.po").write_text(po, encoding="utf-8")
    return read_pack(dest)


BG = (
    f'msgid "{TITLE}"\nmsgstr "Задържани документи от източния пункт"\n\n'
    f'msgid "{PROMPT}"\nmsgstr "Истински или неистински?"\n'
)


def test_a_pack_exercise_reads_in_the_trainee_language_from_the_pack_catalogue(tmp_path):
    pack = _pack(tmp_path / "east", po=BG)
    cl.set_content_language("bg")
    catalogue = Catalogue([], [pack])
    [entry] = catalogue.entries
    assert entry.title == "Задържани документи от източния пункт"
    assert entry.exercise.questions[0].prompt == "Истински или неистински?"
    assert entry.id == "seized-1"  # ids never change: results are the same in every language
    assert catalogue.problems == []
    cl.set_content_language("ru")  # no ru.po: as written
    assert Catalogue([], [pack]).entries[0].title == TITLE


def test_a_zipped_pack_carries_its_catalogue(tmp_path):
    folder = tmp_path / "east"
    _pack(folder, po=BG)
    zipped = tmp_path / "east.zip"
    with zipfile.ZipFile(zipped, "w") as z:
        for path in sorted(folder.rglob("*")):
            z.write(path, path.relative_to(folder).as_posix())
    cl.set_content_language("bg")
    [entry] = Catalogue([], [read_pack(zipped)]).entries
    assert entry.title == "Задържани документи от източния пункт"


def test_what_is_missing_is_listed(tmp_path):
    pack = _pack(tmp_path / "east", po=f'msgid "{TITLE}"\nmsgstr "Задържани документи"\n')
    # The exercises' texts, then the title and explanations written on the specimens
    # (decisions 0034, 0035).
    explained = ["Specimen s01", "Glows.", "The paper glows blue-white."]  # its title first
    assert missing_translations(pack, "bg") == [PROMPT, *explained]
    assert missing_translations(pack, "ru") == [TITLE, PROMPT, *explained]


def test_a_broken_catalogue_is_a_problem_naming_the_file(tmp_path):
    pack = _pack(tmp_path / "east", po='msgid "x"\nnonsense\n')
    cl.set_content_language("bg")
    catalogue = Catalogue([], [pack])
    assert catalogue.entries[0].title == TITLE  # the exercise stays usable, as written
    [problem] = catalogue.problems
    assert "i18n/bg.po" in str(problem) and "not a PO line" in str(problem)


def test_the_writer_carries_translations_into_folder_and_zip(tmp_path):
    data = exercise("seized-1")
    data["title"] = TITLE
    po = tmp_path / "bg.po"
    po.write_text(BG, encoding="utf-8")
    for dest in (tmp_path / "east", tmp_path / "east.zip"):
        write_pack(
            dest,
            pack_id="east",
            title="Border east",
            version="1",
            specimens=[specimen_files(specimen("s01"))],
            exercises=[ExerciseFile("exercises/seized-1.json", data)],
            translations={"bg": po},
        )
        cl.set_content_language("bg")
        [entry] = Catalogue([], [read_pack(dest)]).entries
        assert entry.title == "Задържани документи от източния пункт"


def test_the_studio_shows_which_translations_are_missing(qtbot, monkeypatch):
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from docinspect.ui.studio import open_studio

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    window = open_studio(recover=False)
    qtbot.addWidget(window)
    try:
        data = exercise("seized-1")
        data["title"] = TITLE
        data["questions"][0]["prompt"] = PROMPT
        window.document.edit("exercise", lambda d: replace(d, exercises=(data,)))
        window._refresh_exercises()
        label = window.translations_label.text()
        assert "Русский: 2 of 2 texts not translated (i18n/ru.po)" in label
        assert "Български: 2 of 2" in label
        folder = window.document.folder.root / "i18n"
        folder.mkdir()
        (folder / "bg.po").write_text(BG, encoding="utf-8")
        (folder / "ru.po").write_text('msgid "x"\nnonsense\n', encoding="utf-8")
        window._refresh_exercises()
        label = window.translations_label.text()
        assert "Български: all translated" in label
        assert "Русский: i18n/ru.po cannot be read" in label  # a message, not a crash
        assert window.document.folder.translations() == {
            "bg": folder / "bg.po",
            "ru": folder / "ru.po",
        }
    finally:
        window.autosave_timer.stop()
