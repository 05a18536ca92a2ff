"""The studio's translations: which of the draft's texts a trainee reads (exercise titles,
modules, lessons, prompts; the explanations of specimens and regions), how many still lack
a Russian or Bulgarian translation, and the dialog to type them in, saved into the draft
folder's ``i18n/<language>.po`` — the catalogues the export carries into the pack and the
practice window reads (decisions 0029, 0034)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from docinspect.capture import PackDraft
from docinspect.capture.draft import DraftFolder
from docinspect.i18n import LANGUAGES, CatalogueError
from docinspect.training.content_language import generated_title, read_po
from docinspect.ui.taxonomy_text import feature_name
from docinspect.ui.translation_table import TranslationsDialog, language_name


def draft_rows(draft: PackDraft) -> list[tuple[str, str]]:
    """(English text, where it is used) of every text of ``draft`` a trainee reads, each
    text once (where it is first used), exercises first, then the specimens."""
    rows: dict[str, str] = {}

    def add(text: Any, where: str) -> None:
        if isinstance(text, str) and text.strip() and text not in rows:
            rows[text] = where

    for data in draft.exercises:
        name = str(data.get("title") or data.get("id") or "")
        add(
            data.get("title"),
            QCoreApplication.translate("StudioTranslations", "Exercise “{name}”: title").format(
                name=name
            ),
        )
        add(
            data.get("module"),
            QCoreApplication.translate("StudioTranslations", "Exercise “{name}”: module").format(
                name=name
            ),
        )
        lesson = data.get("lesson") or []
        for n, paragraph in enumerate(lesson if isinstance(lesson, list) else [lesson], 1):
            add(
                paragraph,
                QCoreApplication.translate(
                    "StudioTranslations", "Exercise “{name}”: lesson, paragraph {n}"
                ).format(name=name, n=n),
            )
        for n, question in enumerate(data.get("questions") or [], 1):
            if isinstance(question, Mapping):
                add(
                    question.get("prompt"),
                    QCoreApplication.translate(
                        "StudioTranslations", "Exercise “{name}”: question {n}"
                    ).format(name=name, n=n),
                )
    for specimen in draft.specimens:
        title = specimen.title or specimen.id
        if not generated_title(specimen.title):  # the generator's translate themselves
            add(
                specimen.title,
                QCoreApplication.translate(
                    "StudioTranslations", "Specimen “{title}”: its title"
                ).format(title=title),
            )
        add(
            specimen.truth.explanation,
            QCoreApplication.translate(
                "StudioTranslations", "Specimen “{title}”: what the answer explains"
            ).format(title=title),
        )
        regions = list(specimen.regions) + [r for p in specimen.pages for r in p.regions]
        for region in regions:
            add(
                region.explanation,
                QCoreApplication.translate(
                    "StudioTranslations", "Specimen “{title}”: region {region} ({feature})"
                ).format(
                    title=title,
                    region=region.id,
                    feature=feature_name(region.feature) if region.feature else "—",
                ),
            )
    return list(rows.items())


def read_catalogues(folder: DraftFolder) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """The draft's catalogues by language, and the reason (naming the file) for each that
    cannot be read."""
    known: dict[str, dict[str, str]] = {}
    unreadable: dict[str, str] = {}
    files = folder.translations()
    for code in LANGUAGES:
        if code not in files:
            known[code] = {}
            continue
        try:
            known[code] = read_po(files[code])
        except UnicodeDecodeError:
            unreadable[code] = QCoreApplication.translate(
                "StudioTranslations", "{file}: is not UTF-8 text"
            ).format(file=files[code])
        except (CatalogueError, OSError) as exc:
            unreadable[code] = (
                str(exc) if isinstance(exc, CatalogueError) else f"{files[code]}: {exc}"
            )
    return known, unreadable


def translation_summary(folder: DraftFolder, draft: PackDraft) -> str:
    """For each language, how many of the draft's texts are not translated yet (or why its
    catalogue cannot be read); "" when the draft has no text to translate."""
    texts = [english for english, _where in draft_rows(draft)]
    if not texts:
        return ""
    known, unreadable = read_catalogues(folder)
    lines = []
    for code in LANGUAGES:
        name = language_name(code)
        if code in unreadable:
            lines.append(
                QCoreApplication.translate(
                    "StudioTranslations", "{language}: i18n/{code}.po cannot be read: {reason}"
                )
                .replace("{language}", name)
                .format(code=code, reason=unreadable[code])
            )
            continue
        lacking = sum(1 for t in texts if not known[code].get(t))
        if lacking:
            lines.append(
                QCoreApplication.translate(
                    "StudioTranslations",
                    "{language}: {n} of {total} texts not translated (i18n/{code}.po)",
                )
                .replace("{language}", name)
                .format(n=lacking, total=len(texts), code=code)
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "StudioTranslations", "{language}: all translated"
                ).replace("{language}", name)
            )
    return "\n".join(lines)


def text_state(folder: DraftFolder, text: str) -> str:
    """Which languages ``text`` (one region's explanation) is translated into, in a line."""
    if not text.strip():
        return ""
    known, unreadable = read_catalogues(folder)
    parts = []
    for code in LANGUAGES:
        name = language_name(code)
        if code in unreadable:
            parts.append(
                QCoreApplication.translate(
                    "StudioTranslations", "{language}: cannot be read"
                ).replace("{language}", name)
            )
        elif known[code].get(text):
            parts.append(
                QCoreApplication.translate("StudioTranslations", "{language}: translated").replace(
                    "{language}", name
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("StudioTranslations", "{language}: missing").replace(
                    "{language}", name
                )
            )
    return " · ".join(parts)


def translations_dialog(
    folder: DraftFolder, draft: PackDraft, parent: Any = None, *, focus: str = ""
) -> TranslationsDialog:
    """The dialog over the draft's texts; ``focus`` (an English text) is selected."""
    known, unreadable = read_catalogues(folder)
    reasons = {
        code: QCoreApplication.translate(
            "StudioTranslations",
            "{language} cannot be edited here until the file is fixed or removed: {reason}",
        )
        .replace("{language}", language_name(code))
        .format(reason=reason)
        for code, reason in unreadable.items()
    }
    dialog = TranslationsDialog(
        draft_rows(draft),
        known,
        unreadable=reasons,
        intro=QCoreApplication.translate(
            "StudioTranslations",
            "The texts of your exercises and the explanations of your specimens, as written, "
            "and their Russian and Bulgarian. Trainees read a text in their language when it "
            "has a translation, and as written when it has none. Saved in the draft folder "
            "and exported with the pack.",
        ),
        parent=parent,
    )
    row = dialog.row_of(focus) if focus else -1
    if row >= 0:
        dialog.table.setCurrentCell(row, dialog.column_of(LANGUAGES[0]))
    return dialog


def save_changes(folder: DraftFolder, dialog: TranslationsDialog) -> list[str]:
    """Write what the dialog changed into the draft's catalogues; the problems (file and
    reason), each language on its own: one that fails leaves its file as it was."""
    problems = []
    where = dialog.where()
    changed = dialog.changes()
    for code in dialog.languages:
        if code in dialog.unreadable:
            continue
        try:
            folder.save_translations(
                code, changed.get(code, {}), comments=where, listed=tuple(where)
            )
        except CatalogueError as exc:
            problems.append(str(exc))
        except OSError as exc:
            problems.append(
                QCoreApplication.translate(
                    "StudioTranslations", "{file}: cannot be written ({reason})"
                ).format(file=folder.translation_file(code), reason=exc.strerror or exc)
            )
    return problems
