"""Feedback that explains: what the truth was, and where and under which light to see it."""

from __future__ import annotations

from dataclasses import dataclass

from docinspect.model.exercise import (
    CompareQuestion,
    IdentifyQuestion,
    LocateQuestion,
    MrzQuestion,
    VerdictQuestion,
    WhichLightQuestion,
)
from docinspect.model.light import Light
from docinspect.model.region import Region
from docinspect.model.taxonomy import Taxonomy
from docinspect.training.items import Item
from docinspect.training.scoring import (
    Mark,
    Outcome,
    expected_lights,
    expected_mrz_field,
    revealing_light,
)

#: How lights are named to a trainee.
LIGHT_NAMES = {
    Light.WHITE: "white light",
    Light.UV365: "the UV lamp (365 nm)",
    Light.IR: "infrared (IR)",
    Light.OBLIQUE: "oblique (raking) light",
    Light.TRANSMITTED: "transmitted light (held against the light)",
}

_HEADLINES = {
    Mark.RIGHT: "Right.",
    Mark.WRONG: "Not right.",
    Mark.WRONG_METHOD: "Right that it is forged — but not by that method.",
    Mark.FALSE_ACCEPT: "You let a forged document through.",
    Mark.FALSE_REJECT: "This document is genuine: you refused it.",
    Mark.MISSED: "That is not where the defect is.",
    Mark.TIMED_OUT: "Time ran out.",
}


@dataclass(frozen=True, slots=True)
class Feedback:
    """What practice mode shows after an answer: text, the regions to outline, and the light."""

    text: str
    regions: tuple[Region, ...]
    light: Light


def explain(item: Item, outcome: Outcome, *, taxonomy: Taxonomy) -> Feedback:
    """Feedback for one answered item, using the specimen's truth and its regions' explanations."""
    q = item.question
    lines = [_HEADLINES[outcome.mark]]
    if outcome.timed_out and outcome.mark is not Mark.TIMED_OUT:
        lines.append("Time ran out, which at the booth means the document was accepted.")
    regions: tuple[Region, ...] = ()
    specimen = item.specimen
    if isinstance(q, VerdictQuestion | CompareQuestion | LocateQuestion) and specimen is not None:
        truth = specimen.truth
        if truth.verdict.is_forged:
            names = [
                taxonomy.methods[m].name if m in taxonomy.methods else m for m in truth.methods
            ]
            lines.append(f"This document is {truth.verdict.value}: {', '.join(names) or 'forged'}.")
        else:
            lines.append("This document is genuine.")
        regions = (
            item.truth_regions() if isinstance(q, LocateQuestion) else specimen.forgery_indicators()
        )
        if not regions and not truth.verdict.is_forged:
            regions = specimen.security_features()[:3]
        if truth.explanation:
            lines.append(truth.explanation)
    elif isinstance(q, IdentifyQuestion):
        feature = taxonomy.features.get(q.feature)
        lines.append(f"The marked region shows: {feature.name if feature else q.feature}.")
        marked = item.marked_region()
        regions = (marked,) if marked else ()
        if feature:
            lines.append(feature.description)
    elif isinstance(q, WhichLightQuestion):
        feature = taxonomy.features.get(q.feature)
        lights = sorted(expected_lights(item, taxonomy), key=list(Light).index)
        name = feature.name if feature else q.feature
        lines.append(f"{name} shows under {_join(LIGHT_NAMES[x] for x in lights)}.")
        if feature:
            lines.append(feature.description)
        if specimen is not None:
            regions = tuple(r for r in specimen.regions if r.feature == q.feature)
    elif isinstance(q, MrzQuestion):
        lines.append(f"The wrong field is: {expected_mrz_field(item).replace('_', ' ')}.")
        if specimen is not None:
            regions = tuple(r for r in specimen.forgery_indicators() if r.feature == "mrz")
    said = "\n".join(lines)
    # The specimen's explanation often quotes its regions': say each thing once.
    region_lines = [_region_line(r, taxonomy, explain=r.explanation not in said) for r in regions]
    lines.extend(dict.fromkeys(region_lines))
    light = revealing_light(regions[0]) if regions else Light.WHITE
    if isinstance(q, WhichLightQuestion):
        lights = sorted(expected_lights(item, taxonomy), key=list(Light).index)
        light = next(
            (x for x in lights if x is not Light.WHITE), lights[0] if lights else Light.WHITE
        )
    return Feedback("\n".join(lines), regions, light)


def _region_line(region: Region, taxonomy: Taxonomy, *, explain: bool = True) -> str:
    feature = taxonomy.features.get(region.feature)
    name = feature.name if feature else region.feature
    lights = sorted(region.lights, key=list(Light).index)
    how = f"look under {_join(LIGHT_NAMES[x] for x in lights)}" if lights else "look closely"
    if region.min_magnification > 1:
        how += f" with the loupe at {region.min_magnification:g}× or more"
    explanation = f": {region.explanation}" if region.explanation and explain else "."
    return f"• {name} — {how}{explanation}"


def _join(parts) -> str:
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]
