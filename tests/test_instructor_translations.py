"""An instructor translates their own texts in the app (decision 0034): the studio's
translation table writes the draft's ``i18n/<language>.po`` (keeping all it held), the
export carries it, and a trainee in Bulgarian or Russian reads the instructor's prompt and
explanations in their language, with the English where a translation is missing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hostile.packbuild import exercise, specimen, specimen_files
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from docinspect.i18n import parse_po, read_po_entries, updated_po
from docinspect.model.exercise import PackSpecimen
from docinspect.packs import ExerciseFile, read_pack, write_pack
from docinspect.training import content_language as cl
from docinspect.training.catalogue import Catalogue, missing_translations
from docinspect.training.specimens import SpecimenSupply
from docinspect.ui.translation_table import TranslationsDialog

PROMPT = "Look at the paper under UV: genuine or forged?"
REGION = "The paper glows blue-white."
TRUTH = "Glows."
BG_PROMPT = "Погледнете хартията под УВ: истински или неистински?"
BG_REGION = "Хартията свети синьо-бяло."
BG_TITLE = "Задържан паспорт s01"
RU_REGION = "Бумага светится голубовато-белым."


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    cl.set_content_language(None)


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []

    def warning(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    return shown


def _source_pack(dest: Path) -> Path:
    data = exercise("seized-1")
    data["questions"][0]["prompt"] = PROMPT
    write_pack(
        dest,
        pack_id="east",
        title="Border east",
        version="1",
        specimens=[specimen_files(specimen("s01"))],
        exercises=[ExerciseFile("exercises/seized-1.json", data)],
    )
    return dest


@pytest.fixture
def studio(qtbot, warnings, tmp_path):
    from docinspect.ui.studio import open_studio

    window = open_studio(recover=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.pack_imported, timeout=60_000):
        window.import_pack(_source_pack(tmp_path / "source"))
    data = exercise("seized-1")
    data["questions"][0]["prompt"] = PROMPT
    window.document.edit("exercise", lambda d: replace(d, exercises=(data,)))
    yield window
    window.autosave_timer.stop()


def type_into_cell(qtbot, dialog, language: str, english: str, text: str) -> None:
    """Double-click the cell, type, press Enter: as an instructor does."""
    table = dialog.table
    row, column = dialog.row_of(english), dialog.column_of(language)
    assert row >= 0, english
    table.scrollToItem(table.item(row, column))
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def editor() -> QLineEdit | None:
        open_now = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
        return open_now[-1] if open_now else None

    qtbot.waitUntil(lambda: editor() is not None)
    editor = editor()
    editor.selectAll()
    for char in text:  # QTest's keyClicks knows only ASCII: Cyrillic keys as a keyboard sends
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert dialog.translation(language, english) == text


def test_the_instructor_translates_in_the_studio_and_the_trainee_reads_it(qtbot, studio, tmp_path):
    # The studio lists what is missing: the prompt, the exercise's title, the specimen's
    # title (decision 0035), the truth's and the region's explanations.
    label = studio.translations_label.text()
    assert "Български: 5 of 5 texts not translated (i18n/bg.po)" in label
    assert "Русский: 5 of 5" in label

    dialog = studio.edit_translations()
    qtbot.waitExposed(dialog)
    english = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert english == ["Exercise eized-1", PROMPT, "Specimen s01", TRUTH, REGION]
    assert dialog.missing("bg") == english and dialog.missing("ru") == english
    where = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "region r1" in where[4] and "Specimen s01" in where[4]
    assert "Specimen s01" in where[2]

    type_into_cell(qtbot, dialog, "bg", PROMPT, BG_PROMPT)
    type_into_cell(qtbot, dialog, "bg", REGION, BG_REGION)
    type_into_cell(qtbot, dialog, "ru", REGION, RU_REGION)
    type_into_cell(qtbot, dialog, "bg", "Specimen s01", BG_TITLE)
    assert dialog.missing("bg") == [english[0], TRUTH]
    assert "2 of 5 not translated yet" in dialog.summary.text()
    # "Only what is missing" hides the rows done in both languages.
    dialog.only_missing.setChecked(True)
    assert [dialog.table.isRowHidden(r) for r in range(5)] == [False] * 4 + [True]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    folder = studio.document.folder
    assert parse_po(folder.translation_file("bg").read_text("utf-8")) == {
        PROMPT: BG_PROMPT,
        REGION: BG_REGION,
        "Specimen s01": BG_TITLE,
    }
    assert parse_po(folder.translation_file("ru").read_text("utf-8")) == {REGION: RU_REGION}
    # Each text untranslated so far is in the file for a translator's PO editor, with where
    # it is used.
    bg_entries = read_po_entries(folder.translation_file("bg").read_text("utf-8"))
    assert {e.msgid for e in bg_entries if e.msgid} == set(english)
    assert any("question 1" in c for e in bg_entries for c in e.comments)
    assert "Български: 2 of 5 texts not translated" in studio.translations_label.text()

    # The region panel says which languages the selected region's explanation has.
    studio.canvas.selection_changed.emit("r1")
    assert (
        studio.region_panel.translation_state.text()
        == "Русский: translated · Български: translated"
    )

    # Exported, and practised by a trainee in Bulgarian.
    dest = tmp_path / "east.zip"
    with qtbot.waitSignal(studio.exported, timeout=60_000) as exported:
        studio.export_to(dest)
    assert exported.args == [str(dest)]
    pack = read_pack(dest)
    cl.set_content_language("bg")
    [entry] = Catalogue([], [pack]).entries
    assert entry.exercise.questions[0].prompt == BG_PROMPT
    located = SpecimenSupply(pack=pack, cache_dir=tmp_path / "cache").locate(PackSpecimen("s01"))
    assert located.specimen.regions[0].explanation == BG_REGION
    assert located.specimen.truth.explanation == TRUTH  # missing: as written
    assert located.specimen.title == BG_TITLE
    assert missing_translations(pack, "bg") == [english[0], TRUTH]
    cl.set_content_language("ru")
    located = SpecimenSupply(pack=pack, cache_dir=tmp_path / "cache").locate(PackSpecimen("s01"))
    assert located.specimen.regions[0].explanation == RU_REGION
    [entry] = Catalogue([], [pack]).entries
    assert entry.exercise.questions[0].prompt == PROMPT  # no Russian: as written


def test_saving_keeps_what_the_catalogue_held(studio, qtbot):
    folder = studio.document.folder
    path = folder.translation_file("bg")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        'msgid ""\nmsgstr "Language: bg\\n"\n\n'
        "# a translator's note\n"
        f'msgid "{TRUTH}"\nmsgstr "Свети."\n\n'
        '#, fuzzy\nmsgid "Not used any more"\nmsgstr "Вече не"\n\n'
        '#~ msgid "Old"\n#~ msgstr "Старо"\n',
        encoding="utf-8",
    )
    studio._refresh_translations()
    dialog = studio.edit_translations()
    assert dialog.translation("bg", TRUTH) == "Свети."
    type_into_cell(qtbot, dialog, "bg", PROMPT, BG_PROMPT)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = path.read_text("utf-8")
    assert "# a translator's note" in text and '#~ msgid "Old"' in text
    assert '#, fuzzy\nmsgid "Not used any more"\nmsgstr "Вече не"' in text
    assert parse_po(text) == {TRUTH: "Свети.", PROMPT: BG_PROMPT}
    # Nothing typed in Russian: its new catalogue lists the texts, none translated.
    assert parse_po(folder.translation_file("ru").read_text("utf-8")) == {}
    assert PROMPT in folder.translation_file("ru").read_text("utf-8")


def test_a_catalogue_that_cannot_be_read_is_named_and_never_overwritten(studio, qtbot, warnings):
    folder = studio.document.folder
    bad = folder.translation_file("ru")
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_text('msgid "x"\nnonsense here\n', encoding="utf-8")
    studio._refresh_translations()
    assert "Русский: i18n/ru.po cannot be read" in studio.translations_label.text()
    dialog = studio.edit_translations()
    assert f"{bad}:2: not a PO line" in dialog.problem_label.text()
    assert not dialog.table.item(0, dialog.column_of("ru")).flags() & Qt.ItemFlag.ItemIsEditable
    type_into_cell(qtbot, dialog, "bg", PROMPT, BG_PROMPT)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert bad.read_text("utf-8") == 'msgid "x"\nnonsense here\n'
    assert parse_po(folder.translation_file("bg").read_text("utf-8")) == {PROMPT: BG_PROMPT}
    assert warnings == []


def test_a_failed_save_names_the_file_and_keeps_the_old_one(studio, monkeypatch, warnings):
    folder = studio.document.folder
    folder.save_translations("bg", {PROMPT: "старо"})
    dialog = studio.edit_translations()
    dialog.set_translation("bg", PROMPT, BG_PROMPT)

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("docinspect.capture.draft.write_atomically", full)
    dialog.accept()
    assert (
        len(warnings) == 1 and "bg.po: cannot be written (No space left on device)" in warnings[0]
    )
    assert parse_po(folder.translation_file("bg").read_text("utf-8")) == {PROMPT: "старо"}


def test_updated_po_adds_changes_and_keeps_the_rest():
    text = '#, fuzzy\nmsgid "A"\nmsgstr "а?"\n\nmsgctxt "c"\nmsgid "B"\nmsgstr "б"\n'
    out = updated_po(text, "bg", {"A": "а", "C": "", "B": "б"}, comments={"C": "where\nC is"})
    entries = read_po_entries(out)
    assert [(e.msgid, e.msgstr, e.context) for e in entries] == [
        ("A", "а", None),
        ("B", "б", "c"),
        ("C", "", None),
    ]
    assert entries[0].comments == () and entries[2].comments == ("#. where C is",)
    assert read_po_entries(updated_po(out, "bg", {})) == entries
    new = updated_po(None, "ru", {"A": "а"})
    assert "Language: ru" in new and parse_po(new) == {"A": "а"}


def test_old_exercise_folders_without_translations_still_open(tmp_path):
    pack = read_pack(_source_pack(tmp_path / "old"))
    cl.set_content_language("bg")
    [entry] = Catalogue([], [pack]).entries
    assert entry.exercise.questions[0].prompt == PROMPT
    located = SpecimenSupply(pack=pack, cache_dir=tmp_path / "cache").locate(PackSpecimen("s01"))
    assert located.specimen.regions[0].explanation == REGION


def test_the_trainee_reads_the_instructors_explanation_in_the_feedback(qtbot, tmp_path):
    """The practice window, in Bulgarian, over a pack whose i18n/bg.po the studio wrote: the
    prompt and the region's explanation in the feedback are the instructor's Bulgarian."""
    from test_practice_pack_exercises import _window

    source = _source_pack(tmp_path / "east")
    (source / "i18n").mkdir()
    (source / "i18n" / "bg.po").write_text(
        updated_po(None, "bg", {PROMPT: BG_PROMPT, REGION: BG_REGION}), encoding="utf-8"
    )
    cl.set_content_language("bg")
    win, store = _window(qtbot, tmp_path, [read_pack(source)])
    try:
        rows = [win.picker.exercises.item(i) for i in range(win.picker.exercises.count())]
        row = next(i for i, r in enumerate(rows) if r.data(Qt.ItemDataRole.UserRole) == "seized-1")
        win.picker.exercises.setCurrentRow(row)
        qtbot.mouseClick(win.picker.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                win.pages.currentWidget() is win.question_page
                and win.panel.item is not None
                and win.panel.answer_box.isEnabled()
            )
        )
        assert BG_PROMPT in [w.text() for w in win.panel.findChildren(QLabel)]
        qtbot.mouseClick(
            win.panel.findChild(type(win.picker.start), "answerGenuine"), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: win.panel.feedback.isVisible())
        text = win.panel.feedback.text()
        assert BG_REGION in text and REGION not in text
        assert TRUTH in text  # no Bulgarian for it: as written
    finally:
        win.backend.wait()
        win.close()
        store.close()


# --- an instructor's own lesson plans ---------------------------------------------------------

NOTE = "Ask who has seen a seized passport glow."
PARAGRAPH = "Office paper glows blue-white under UV."
STEP_TITLE = "UV and the paper"
BG_NOTE = "Попитайте кой е виждал задържан паспорт да свети."
BG_PARAGRAPH = "Офис хартията свети синьо-бяло под УВ."


def _lesson_plan():
    from docinspect.model.lesson_plan import LessonPlan, Step, StepKind

    return LessonPlan(
        id="uv-morning",
        title="UV morning",
        steps=(
            Step(
                id="uv",
                kind=StepKind.LESSON,
                title=STEP_TITLE,
                minutes=10,
                notes=NOTE,
                text=(PARAGRAPH,),
            ),
        ),
    )


def test_the_plan_editor_shows_what_is_missing_and_the_presenter_speaks_the_translation(
    qtbot, tmp_path, monkeypatch
):
    from docinspect.model.lesson_plan import read_lesson_plan
    from docinspect.ui.presenter import opening
    from docinspect.ui.presenter.plan_editor import LessonPlanEditor
    from docinspect.ui.presenter.window import PresenterWindow

    path = tmp_path / "uv-morning.lesson"
    editor = LessonPlanEditor(_lesson_plan(), path=path)
    qtbot.addWidget(editor)
    editor.show()
    assert "Български: 4 of 4 texts not translated" in editor.translation_label.text()
    with qtbot.waitExposed(editor):
        pass
    qtbot.mouseClick(editor.translations_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in editor.findChildren(TranslationsDialog) if w.isVisible())
    assert [dialog.table.item(r, 1).text() for r in range(4)] == [
        "UV morning",
        STEP_TITLE,
        PARAGRAPH,
        NOTE,
    ]
    type_into_cell(qtbot, dialog, "bg", NOTE, BG_NOTE)
    type_into_cell(qtbot, dialog, "bg", PARAGRAPH, BG_PARAGRAPH)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Български: 2 of 4 texts not translated" in editor.translation_label.text()
    assert editor.missing_translations("bg") == ["UV morning", STEP_TITLE]
    assert editor.save_to(path), editor.last_error

    plan = read_lesson_plan(path)
    assert plan.translations == {"bg": {NOTE: BG_NOTE, PARAGRAPH: BG_PARAGRAPH}}
    cl.set_content_language("bg")
    monkeypatch.setattr("docinspect.ui.presenter.plan_editor.user_plans_dir", lambda: tmp_path)
    [shown] = opening.own_lesson_plans()
    assert shown.steps[0].notes == BG_NOTE and shown.steps[0].text == (BG_PARAGRAPH,)
    assert shown.steps[0].title == STEP_TITLE  # no translation: as written
    window = PresenterWindow(shown, db_url="nosuchdriver://x", exercises=())
    qtbot.addWidget(window)
    notes = window.notes.text()
    assert notes.startswith(BG_NOTE)
    assert f"Not translated, shown as written: {STEP_TITLE}" in notes  # the instructor's panel
    projected = [w.text() for w in window.text_page.findChildren(QLabel) if w.isVisibleTo(window)]
    assert any(BG_PARAGRAPH in t for t in projected) and not any(NOTE in t for t in projected)
    window.close()


def test_plan_translations_are_checked_and_old_plans_still_open(tmp_path):
    from docinspect.model.lesson_plan import (
        LessonPlanError,
        lesson_plan_to_data,
        parse_lesson_plan,
    )

    old = lesson_plan_to_data(_lesson_plan())
    assert "translations" not in old  # a plan without translations is written as before
    plan = parse_lesson_plan(old, file="old.lesson")
    assert plan.translations == {}
    english = cl.localized_plan(plan, {}, language="bg")
    assert english.steps == plan.steps
    assert english.untranslated == {"": ("UV morning",), "uv": (STEP_TITLE, PARAGRAPH, NOTE)}
    assert cl.localized_plan(plan, {}, language="en").untranslated == {}

    bad = {**old, "translations": {"bg": {NOTE: 5}, "Bulgarian": {}, "ru": ["x"]}}
    with pytest.raises(LessonPlanError) as caught:
        parse_lesson_plan(bad, file="bad.lesson")
    reasons = [str(p) for p in caught.value.problems]
    assert reasons == [
        f"bad.lesson: translations.bg[{NOTE[:40]!r}]: expected text (the translation)",
        "bad.lesson: translations.Bulgarian: a language is a code of two or three small "
        "letters, e.g. bg, ru",
        "bad.lesson: translations.ru: expected an object: English text -> translation",
    ]
    with pytest.raises(LessonPlanError, match="translations: expected an object"):
        parse_lesson_plan({**old, "translations": "bg"}, file="bad.lesson")


def test_the_inspection_desk_and_a_presenter_reveal_show_the_instructors_translation(
    qtbot, tmp_path
):
    from docinspect.model.lesson_plan import PackSpecimenRef
    from docinspect.training.page_sources import page_source
    from docinspect.ui.inspect.opening import open_inspection

    source = _source_pack(tmp_path / "east")
    (source / "i18n").mkdir()
    (source / "i18n" / "bg.po").write_text(
        updated_po(None, "bg", {REGION: BG_REGION}), encoding="utf-8"
    )
    pack = read_pack(source)
    cl.set_content_language("bg")
    supply = SpecimenSupply(cache_dir=tmp_path / "cache")
    shown = page_source(PackSpecimenRef("east", "s01"), [pack], supply).specimen
    assert shown.regions[0].explanation == BG_REGION
    window = open_inspection(pack, "s01")
    qtbot.addWidget(window)
    assert window.view.source.specimen.regions[0].explanation == BG_REGION
    window.close()
    cl.set_content_language("en")
    assert page_source(PackSpecimenRef("east", "s01"), [pack], supply).specimen == pack.specimen(
        "s01"
    )


def test_the_librarys_answer_panel_shows_the_instructors_translation(qtbot, tmp_path):
    from docinspect.ui.main_window import MainWindow
    from docinspect.ui.settings import AppSettings

    source = _source_pack(tmp_path / "east")
    (source / "i18n").mkdir()
    (source / "i18n" / "bg.po").write_text(
        updated_po(None, "bg", {TRUTH: "Свети."}), encoding="utf-8"
    )
    cl.set_content_language("bg")
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_pack_folder(source)
    qtbot.waitUntil(lambda: "Свети." in _answer_text(window))
    assert TRUTH not in _answer_text(window)


def _answer_text(window) -> str:
    from docinspect.ui.specimen_panel import SpecimenPanel

    panel = window.findChild(SpecimenPanel)
    return panel.answer.text() if panel is not None else ""


def test_importing_a_pack_brings_its_translations_and_keeps_the_drafts(
    studio, qtbot, tmp_path, warnings
):
    folder = studio.document.folder
    folder.save_translations("bg", {PROMPT: "моят превод"})
    pack = _source_pack(tmp_path / "again")
    (pack / "i18n").mkdir()
    (pack / "i18n" / "bg.po").write_text(
        updated_po(None, "bg", {PROMPT: BG_PROMPT, REGION: BG_REGION}), encoding="utf-8"
    )
    (pack / "i18n" / "ru.po").write_text('msgid "x"\nbroken\n', encoding="utf-8")
    with qtbot.waitSignal(studio.pack_imported, timeout=60_000):
        studio.import_pack(pack)
    assert parse_po(folder.translation_file("bg").read_text("utf-8")) == {
        PROMPT: "моят превод",  # the draft's own translation stays
        REGION: BG_REGION,
    }
    assert not folder.translation_file("ru").exists()
    [warning] = warnings
    assert "not all of its translations" in warning and "i18n/ru.po:2: not a PO line" in warning


def test_a_text_of_several_lines_is_translated_in_a_box_of_several_lines(qtbot):
    """An instructor's notes keep their lines: the cell opens a multi-line box, and Tab
    (not Enter, which starts a new line) finishes it."""
    from PySide6.QtWidgets import QPlainTextEdit

    notes = "Ask who has seen one.\nThen switch the lamp off."
    dialog = TranslationsDialog([(notes, "notes"), ("One line", "title")], {})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    rect = table.visualItemRect(table.item(0, dialog.column_of("bg")))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(e.isVisible() for e in table.findChildren(QPlainTextEdit)))
    [box] = [e for e in table.findChildren(QPlainTextEdit) if e.isVisible()]
    box.setFocus()
    for part in ("Попитайте кой е виждал.", None, "После изключете лампата."):
        if part is None:
            qtbot.keyClick(box, Qt.Key.Key_Return)
            continue
        for char in part:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert dialog.changes() == {"bg": {notes: "Попитайте кой е виждал.\nПосле изключете лампата."}}
    assert not [e for e in table.findChildren(QPlainTextEdit) if e.isVisible()]
    # A one-line text is typed on one line.
    type_into_cell(qtbot, dialog, "ru", "One line", "Одна строка")
    assert dialog.changes()["ru"] == {"One line": "Одна строка"}
