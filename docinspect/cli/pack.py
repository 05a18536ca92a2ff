"""``docinspect pack validate|info PATH``: check a pack, or list what is in it."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from docinspect.cli.common import EXIT_INVALID, EXIT_OK, fail
from docinspect.cli.language import problem_line, tr
from docinspect.i18n import Message, environment_language
from docinspect.model import Light, Specimen
from docinspect.packs import Pack, PackReadError, Problem, pack_kind, read_pack, shape_to_dict
from docinspect.training.explanation_language import translate_title


def register(subparsers: argparse._SubParsersAction) -> None:
    pack = subparsers.add_parser("pack", help="validate a pack or list its specimens")
    commands = pack.add_subparsers(dest="pack_command", metavar="SUBCOMMAND", required=True)

    validate = commands.add_parser(
        "validate",
        help="check a pack (folder or .zip); every problem on stderr, one a line",
        description="Exit 0 when the pack is valid, 1 when it has problems, 2 when PATH is "
        "not a folder or zip file.",
    )
    validate.add_argument("path", type=Path, metavar="PATH", help="pack folder or .zip file")
    validate.add_argument("--json", action="store_true", help="print a JSON report on stdout")
    validate.add_argument(
        "--quick",
        action="store_true",
        help="check image headers and structure without decoding them (faster)",
    )
    validate.set_defaults(func=_validate)

    info = commands.add_parser(
        "info",
        help="list a pack's specimens: type, size, lights, verdict, MRZ, regions",
    )
    info.add_argument("path", type=Path, metavar="PATH", help="pack folder or .zip file")
    info.add_argument("--json", action="store_true", help="print JSON on stdout")
    info.set_defaults(func=_info)


#: What validate/info say of an exam pack; verdicts and regions are in the encrypted key.
SEALED_NOTE = "; answer key sealed (an exam: results are scored by the instructor)"


def _usable(path: Path) -> bool:
    return pack_kind(path) is not None


def _unusable(path: Path) -> int:
    if not path.exists():
        return fail(tr("{path}: no such file or folder").format(path=path))
    return fail(tr("{path}: is neither a pack folder nor a zip file").format(path=path))


def _report_problems(problems: tuple[Problem, ...] | list[Problem]) -> None:
    for problem in problems:
        print(problem_line(problem), file=sys.stderr)


def _read(path: Path, *, verify_images: bool) -> tuple[Pack | None, list[Problem]]:
    try:
        return read_pack(path, verify_images=verify_images), []
    except PackReadError as exc:
        return None, list(exc.problems)


def _exam_leaks(pack: Pack) -> list[Problem]:
    """What a sealed exam pack says beyond its documents (decision 0018)."""
    from docinspect.classroom.exam_leaks import find_exam_leaks

    return find_exam_leaks(pack.root)


def _validate(args: argparse.Namespace) -> int:
    if not _usable(args.path):
        return _unusable(args.path)
    pack, problems = _read(args.path, verify_images=not args.quick)
    leaks = _exam_leaks(pack) if pack is not None and pack.sealed else []
    if args.json:
        report: dict[str, Any] = {
            "path": str(args.path),
            "valid": pack is not None,
            "problems": [p.to_dict() for p in problems],
        }
        if pack is not None:
            report.update(id=pack.id, format=pack.format, specimens=len(pack.specimens))
            if pack.sealed:
                report["answer_key_sealed"] = True
                report["sealed"] = True
                report["leaks"] = [p.to_dict() for p in leaks]
        print(json.dumps(report, indent=2, ensure_ascii=False))
    if pack is None:
        _report_problems(problems)
        return EXIT_INVALID
    if leaks:
        # A sealed exam that says more than its documents is not fit to hand out.
        _report_problems(
            [Problem(p.file, p.field, Message("leak: {reason}", reason=p.reason)) for p in leaks]
        )
        if not args.json:
            print(
                tr(
                    "{path}: sealed exam pack {id} with {n} leaks: it says more than its "
                    "documents show; seal it again from the instructor's pack"
                ).format(path=args.path, id=repr(pack.id), n=len(leaks))
            )
        return EXIT_INVALID
    if not args.json:
        print(
            tr(
                "{path}: valid pack {id} (format {format}), {specimens} specimens, "
                "{exercises} exercises"
            ).format(
                path=args.path,
                id=repr(pack.id),
                format=pack.format,
                specimens=len(pack.specimens),
                exercises=len(pack.exercises),
            )
            + (tr(SEALED_NOTE) if pack.sealed else "")
        )
        if pack.sealed:
            print(
                tr("{path}: sealed: no leak found (nothing beyond what the documents show)").format(
                    path=args.path
                )
            )
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    if not _usable(args.path):
        return _unusable(args.path)
    pack, problems = _read(args.path, verify_images=False)
    if pack is None:
        _report_problems(problems)
        return EXIT_INVALID
    if args.json:
        print(json.dumps(pack_summary(pack), indent=2, ensure_ascii=False))
        return EXIT_OK
    language = environment_language()
    print(
        tr("{title} ({id}, version {version}, format {format})").format(
            title=translate_title(pack.title, language),
            id=pack.id,
            version=pack.version,
            format=pack.format,
        )
    )
    if pack.description:
        print(pack.description)
    print(
        tr("{specimens} specimens, {exercises} exercises").format(
            specimens=len(pack.specimens), exercises=len(pack.exercises)
        )
        + (tr(SEALED_NOTE) if pack.sealed else "")
    )
    for specimen in pack.specimens:
        print()
        for line in _specimen_lines(specimen, language):
            print(line)
    if pack.exercises:
        print()
        print(
            tr("exercises: {listed}").format(
                listed=", ".join(f"{e.id} ({e.file})" for e in pack.exercises)
            )
        )
    return EXIT_OK


def _lights(specimen: Specimen) -> list[str]:
    shown = specimen.lights()
    return [light.value for light in Light if light in shown]


def _specimen_lines(specimen: Specimen, language: str) -> list[str]:
    # Verdicts, methods, roles, features and lights are shown by their ids: the values
    # --methods, --light and pack.json take, the same in every language.
    truth = (
        tr("answer key sealed") if specimen.truth.verdict is None else specimen.truth.verdict.value
    )
    if specimen.truth.methods:
        truth += " (" + ", ".join(specimen.truth.methods) + ")"
    source = tr("rendered from a scene") if specimen.scene else tr("captured")
    lines = [
        f"{specimen.id}  {translate_title(specimen.title, language)}",
        "  "
        + tr("type {type}, {width} x {height} mm, issuing state {state}").format(
            type=specimen.document_type.value.upper(),
            width=f"{specimen.width_mm:g}",
            height=f"{specimen.height_mm:g}",
            state=specimen.issuing_state or "-",
        ),
        "  "
        + tr("lights: {lights} ({source})").format(
            lights=", ".join(_lights(specimen)) or "-", source=source
        ),
        "  " + tr("verdict: {verdict}").format(verdict=truth),
    ]
    if specimen.mrz:
        lines.append("  MRZ:")
        lines += [f"    {line}" for line in specimen.mrz]
    lines.append("  " + tr("regions: {n}").format(n=len(specimen.regions)))
    for region in specimen.regions:
        b = region.shape.bounds()
        lights = ", ".join(sorted(light.value for light in region.lights))
        lines.append(
            f"    {region.id}: {region.role.value} {region.feature}"
            f"{' / ' + region.method if region.method else ''}, "
            + tr(
                "{shape} {width} x {height} mm at ({left}, {top}), lights {lights}, "
                "loupe >= {power}x"
            ).format(
                shape=_shape_name(region.shape),
                width=f"{b.width:g}",
                height=f"{b.height:g}",
                left=f"{b.left:g}",
                top=f"{b.top:g}",
                lights=lights,
                power=f"{region.min_magnification:g}",
            )
        )
    return lines


def _shape_name(shape) -> str:
    names = {"Rect": tr("rect"), "Ellipse": tr("ellipse"), "Polygon": tr("polygon")}
    return names.get(type(shape).__name__, type(shape).__name__.lower())


def pack_summary(pack: Pack) -> dict[str, Any]:
    """What ``pack info --json`` prints: the pack and, per specimen, what a user asks first.

    A sealed exam pack adds ``"answer_key_sealed": true``; its verdicts are null, with no
    methods or regions (they are in the encrypted key).
    """
    summary = {
        "id": pack.id,
        "title": pack.title,
        "version": pack.version,
        "format": pack.format,
        "description": pack.description,
        "created": pack.created,
        "source": str(pack.source),
        "specimens": [
            {
                "id": s.id,
                "title": s.title,
                "document_type": s.document_type.value,
                "size_mm": [s.width_mm, s.height_mm],
                "issuing_state": s.issuing_state,
                "lights": _lights(s),
                "captured_lights": [light.value for light in s.layers],
                "scene": s.scene,
                # None for a sealed exam specimen: the verdict is in the encrypted key.
                "verdict": s.truth.verdict.value if s.truth.verdict is not None else None,
                "methods": list(s.truth.methods),
                "mrz": list(s.mrz),
                "regions": [
                    {
                        "id": r.id,
                        "feature": r.feature,
                        "role": r.role.value,
                        "method": r.method,
                        "lights": sorted(light.value for light in r.lights),
                        "min_magnification": r.min_magnification,
                        "shape": shape_to_dict(r.shape),
                    }
                    for r in s.regions
                ],
            }
            for s in pack.specimens
        ],
        "exercises": [{"id": e.id, "file": e.file} for e in pack.exercises],
    }
    if pack.sealed:
        summary["answer_key_sealed"] = True
    return summary
