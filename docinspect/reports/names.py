"""Readable names for taxonomy ids in reports (ids the taxonomy does not know stay as they
are), in the report's language (:mod:`docinspect.reports.language`)."""

from __future__ import annotations

from docinspect.model.taxonomy import Category, load_taxonomy
from docinspect.reports.language import current_language, taxonomy_name, tr
from docinspect.training.content_language import builtin_catalogue


def method_names() -> dict[str, str]:
    names = {m.id: taxonomy_name(m.name) for m in load_taxonomy().methods.values()}
    names["genuine"] = tr("genuine (no forgery)")
    return names


def category_names() -> dict[str, str]:
    # The windows' names of the categories ("Machine-readable"), translated once for both.
    return {c.value: taxonomy_name(c.value.replace("_", "-").capitalize()) for c in Category}


def skill_name(skill: str) -> str:
    """A skill (a forgery method's or a feature's id) by its name."""
    taxonomy = load_taxonomy()
    if skill in taxonomy.methods:
        return taxonomy_name(taxonomy.methods[skill].name)
    if skill in taxonomy.features:
        return taxonomy_name(taxonomy.features[skill].name)
    return skill.replace("_", " ")


def exercise_title(title: str) -> str:
    """A built-in exercise's title as the trainee read it (the curriculum's catalogue)."""
    return builtin_catalogue(current_language()).get(title) or title
