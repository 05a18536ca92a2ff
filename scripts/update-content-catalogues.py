"""Bring the curriculum's translation catalogues up to date with the exercise files.

    .venv/bin/python scripts/update-content-catalogues.py [--check]

Writes ``exercises/i18n/docinspect-content.pot`` (every text a trainee reads, in English) and
rewrites ``exercises/i18n/<language>.po`` for each language in the same order: translations
kept, new texts added untranslated (a translator fills their ``msgstr``), texts no longer in
the curriculum dropped. With ``--check`` nothing is written; the exit status is 1 when a
catalogue misses a translation (tests/test_content_language.py checks the same).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from docinspect.model.lesson_plan import lesson_plan_files, read_lesson_plan
from docinspect.training.adaptive import ADAPTIVE_ID
from docinspect.training.adaptive import TEXTS as ADAPTIVE_TEXTS
from docinspect.training.content_language import (
    LANGUAGES,
    exercise_texts,
    lesson_plan_texts,
    po_entry,
    read_po,
)
from docinspect.training.exercise_files import read_exercise_folder

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "exercises"
FOLDER = EXERCISES / "i18n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing texts")
    check = parser.parse_args().check
    result = read_exercise_folder(EXERCISES)
    if result.problems:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 2
    entries: list[tuple[str, str]] = []  # (text, where)
    seen: set[str] = set()
    for exercise in result.exercises:
        for text in exercise_texts(exercise):
            if text not in seen:
                seen.add(text)
                entries.append((text, exercise.id))
    # The shipped lesson plans (the presenter's agendas) read in the class's language too.
    for path in lesson_plan_files(EXERCISES / "lesson-plans"):
        plan = read_lesson_plan(path)
        for text in lesson_plan_texts(plan):
            if text not in seen:
                seen.add(text)
                entries.append((text, f"lesson plan {plan.id}"))
    # The adaptive exercise is made at run time, from texts of its own.
    for text in ADAPTIVE_TEXTS:
        if text not in seen:
            seen.add(text)
            entries.append((text, ADAPTIVE_ID))
    header = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Project-Id-Version: DocInspect curriculum\\n"\n'
    )
    missing = 0
    pot = header + "".join("\n" + po_entry(t, comment=f"exercise {w}") for t, w in entries)
    if not check:
        FOLDER.mkdir(exist_ok=True)
        (FOLDER / "docinspect-content.pot").write_text(pot, "utf-8")
    for language in LANGUAGES:
        path = FOLDER / f"{language}.po"
        known = read_po(path) if path.exists() else {}
        lacking = [t for t, _ in entries if not known.get(t)]
        missing += len(lacking)
        print(f"{language}: {len(entries) - len(lacking)} of {len(entries)} texts translated")
        if not check:
            body = "".join(
                "\n" + po_entry(t, known.get(t, ""), comment=f"exercise {w}") for t, w in entries
            )
            language_header = header.replace(
                '"Project-Id-Version', f'"Language: {language}\\n"\n"Project-Id-Version'
            )
            path.write_text(language_header + body, "utf-8")
    return 1 if check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
