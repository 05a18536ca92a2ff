"""``specimen.json`` <-> Specimen: strict reading that reports every problem, and writing back.

Key names are the on-disk format of docs/pack-format.md; keys this version does not know are
kept in the ``extra`` of the specimen, truth, layer or region they appear in and written back.
Shapes have no such escape: an unknown key in a shape (say, a future ``rotation``) would change
where the region is, so it is reported instead of ignored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from docinspect.i18n import Message
from docinspect.model import (
    Chip,
    DocumentType,
    Ellipse,
    Layer,
    Light,
    Page,
    Polygon,
    Rect,
    Region,
    Role,
    Shape,
    Specimen,
    Taxonomy,
    Truth,
    Verdict,
    load_taxonomy,
)
from docinspect.model.light import MAX_POWER, MIN_POWER
from docinspect.packs.fields import MISSING, Fields, join
from docinspect.packs.limits import (
    MAX_ASSETS,
    MAX_PAGES,
    MAX_POLYGON_POINTS,
    MAX_REGIONS,
    MAX_SIZE_MM,
)
from docinspect.packs.problems import PackReadError, Problem, describe

SPECIMEN_KEYS: Final = (
    "id",
    "title",
    "document_type",
    "size_mm",
    "issuing_state",
    "truth",
    "layers",
    "regions",
    "mrz",
    "data",
    "scene",
    "assets",
    "chip",
    "pages",
)
PAGE_KEYS: Final = ("id", "label", "scene", "regions")
TRUTH_KEYS: Final = ("verdict", "methods", "explanation")
REGION_KEYS: Final = (
    "id",
    "shape",
    "feature",
    "role",
    "lights",
    "min_magnification",
    "explanation",
    "method",
    "personal_data",
)
SHAPE_KEYS: Final[Mapping[str, tuple[str, ...]]] = {
    "rect": ("x", "y", "width", "height"),
    "ellipse": ("cx", "cy", "rx", "ry"),
    "polygon": ("points",),
}
#: MRZ line count and length per document type (ICAO Doc 9303).
MRZ_SHAPE: Final[Mapping[DocumentType, tuple[int, int]]] = {
    DocumentType.TD1: (3, 30),
    DocumentType.TD2: (2, 36),
    DocumentType.TD3: (2, 44),
    DocumentType.MRVA: (2, 44),
    DocumentType.MRVB: (2, 36),
}
_MRZ_CHARS: Final = re.compile(r"^[A-Z0-9<]*$")
_STATE: Final = re.compile(r"^[A-Z][A-Z<]{2}$")
_DATA_KEY: Final = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
MAX_DATA_FIELDS: Final = 100


def parse_specimen(
    data: Any, *, file: str, taxonomy: Taxonomy | None, feature_optional: bool = False
) -> tuple[Specimen | None, list[Problem]]:
    """The Specimen described by ``data`` (a parsed specimen.json), or None and every problem.

    Feature and forgery-method ids are checked against ``taxonomy`` when one is given. File
    names are only checked as names here; whether the files exist is the reader's business.
    ``feature_optional``: a region may have the feature ``""`` (not chosen yet), as in a studio
    draft; a pack never may.
    """
    f = Fields(file)
    top = f.obj(data, "")
    if top is None:
        return None, f.problems
    sid = None
    if (raw := f.get(top, "id", "", required=True)) is not MISSING:
        sid = f.ident(raw, "id")
    title = _required_text(f, top, "title")
    doc_type = None
    if (raw := f.get(top, "document_type", "", required=True)) is not MISSING:
        doc_type = f.choice(raw, "document_type", DocumentType)
    size = _size(f, top)
    state = ""
    if (raw := f.get(top, "issuing_state", "", required=False)) is not MISSING:
        state = f.text(raw, "issuing_state") or ""
        if state and not _STATE.match(state):
            f.bad(
                "issuing_state",
                Message(
                    "must be a three-letter code such as UTO, got {value}", value=describe(state)
                ),
            )
    truth = _truth(f, top, taxonomy)
    layers = _layers(f, top)
    regions = _regions(f, top, size, taxonomy, feature_optional)
    if truth is not None and truth.sealed and regions:
        # Regions say where the defects are: an exam copy keeps them in the sealed key.
        f.bad(
            "regions",
            Message("a specimen whose truth is sealed has no regions (they are in the key)"),
        )
    mrz = _mrz(f, top, doc_type)
    visual = _visual_data(f, top)
    scene = None
    if (raw := f.get(top, "scene", "", required=False)) is not MISSING and raw is not None:
        scene = f.name(raw, "scene")
    assets = _assets(f, top)
    chip = _chip(f, top)
    pages = _pages(f, top, size, taxonomy, feature_optional, scene)
    if truth is not None and truth.sealed and any(page.regions for page in pages):
        f.bad(
            "pages", Message("a specimen whose truth is sealed has no regions on its pages either")
        )
    if "layers" in top and isinstance(top["layers"], dict) and not top["layers"] and not scene:
        f.bad("layers", Message("a specimen needs at least one layer, or a scene to render"))
    elif "layers" not in top and "scene" not in top:
        f.bad(
            "layers", Message("missing (a specimen needs at least one layer, or a scene to render)")
        )
    if f.problems:
        return None, f.problems
    assert sid and title is not None and doc_type and size and truth is not None
    specimen = Specimen(
        id=sid,
        title=title,
        document_type=doc_type,
        width_mm=size[0],
        height_mm=size[1],
        truth=truth,
        layers=layers,
        regions=tuple(regions),
        mrz=tuple(mrz),
        issuing_state=state,
        data=visual,
        scene=scene,
        assets=tuple(assets),
        chip=chip,
        pages=tuple(pages),
        extra={k: v for k, v in top.items() if k not in SPECIMEN_KEYS},
    )
    return specimen, []


def specimen_from_dict(
    data: Any,
    *,
    file: str = "specimen.json",
    taxonomy: Taxonomy | None = None,
    feature_optional: bool = False,
) -> Specimen:
    """The Specimen described by ``data``; raises PackReadError listing every problem.

    Checks feature and method ids against ``taxonomy`` (the shipped one by default).
    ``feature_optional``: see ``parse_specimen``.
    """
    specimen, problems = parse_specimen(
        data, file=file, taxonomy=taxonomy or load_taxonomy(), feature_optional=feature_optional
    )
    if specimen is None:
        from pathlib import Path

        raise PackReadError(Path(file), problems)
    return specimen


def specimen_to_dict(specimen: Specimen) -> dict[str, Any]:
    """The specimen.json form of ``specimen``, unknown keys (``extra``) included."""
    truth: dict[str, Any] = (
        {"sealed": True}
        if specimen.truth.verdict is None
        else {"verdict": specimen.truth.verdict.value}
    )
    if specimen.truth.methods:
        truth["methods"] = list(specimen.truth.methods)
    if specimen.truth.explanation:
        truth["explanation"] = specimen.truth.explanation
    truth.update(_extra(specimen.truth.extra, TRUTH_KEYS))
    out: dict[str, Any] = {
        "id": specimen.id,
        "title": specimen.title,
        "document_type": specimen.document_type.value,
        "size_mm": [specimen.width_mm, specimen.height_mm],
    }
    if specimen.issuing_state:
        out["issuing_state"] = specimen.issuing_state
    out["truth"] = truth
    out["layers"] = {
        light.value: _layer_to_json(layer)
        for light, layer in sorted(specimen.layers.items(), key=lambda item: _LIGHT_ORDER[item[0]])
    }
    out["regions"] = [_region_to_dict(region) for region in specimen.regions]
    if specimen.mrz:
        out["mrz"] = list(specimen.mrz)
    if specimen.data:
        out["data"] = dict(specimen.data)
    if specimen.scene is not None:
        out["scene"] = specimen.scene
    if specimen.assets:
        out["assets"] = list(specimen.assets)
    if specimen.chip is not None:
        out["chip"] = chip_to_dict(specimen.chip)
    if specimen.pages:
        out["pages"] = [_page_to_dict(page) for page in specimen.pages]
    out.update(_extra(specimen.extra, SPECIMEN_KEYS))
    return out


def chip_to_dict(chip: Chip) -> dict[str, Any]:
    """The on-disk form of a chip: ``{"files": {LDS name: file}}``, ``"answers": false``
    for a dead one."""
    out: dict[str, Any] = {"files": dict(sorted(chip.files.items()))}
    if not chip.answers:
        out["answers"] = False
    return out


def shape_to_dict(shape: Shape) -> dict[str, Any]:
    """The on-disk form of a region shape."""
    if isinstance(shape, Rect):
        return {
            "type": "rect",
            "x": shape.x,
            "y": shape.y,
            "width": shape.width,
            "height": shape.height,
        }
    if isinstance(shape, Ellipse):
        return {"type": "ellipse", "cx": shape.cx, "cy": shape.cy, "rx": shape.rx, "ry": shape.ry}
    return {"type": "polygon", "points": [[x, y] for x, y in shape.points]}


_LIGHT_ORDER: Final = {light: index for index, light in enumerate(Light)}


def _extra(extra: Mapping[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    # A known key smuggled into extra must never overwrite the real value.
    return {k: v for k, v in extra.items() if k not in known}


def _layer_to_json(layer: Layer) -> Any:
    if not layer.extra:
        return layer.file
    return {"file": layer.file, **_extra(layer.extra, ("file",))}


def _page_to_dict(page: Page) -> dict[str, Any]:
    out: dict[str, Any] = {"id": page.id, "label": page.label, "scene": page.scene}
    out["regions"] = [_region_to_dict(region) for region in page.regions]
    out.update(_extra(page.extra, PAGE_KEYS))
    return out


def _region_to_dict(region: Region) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": region.id,
        "shape": shape_to_dict(region.shape),
        "feature": region.feature,
        "role": region.role.value,
        "lights": sorted(
            (light.value for light in region.lights), key=lambda v: _LIGHT_ORDER[Light(v)]
        ),
        "min_magnification": region.min_magnification,
    }
    if region.explanation:
        out["explanation"] = region.explanation
    if region.method is not None:
        out["method"] = region.method
    if region.personal_data:
        out["personal_data"] = True
    out.update(_extra(region.extra, REGION_KEYS))
    return out


def _required_text(f: Fields, top: dict[str, Any], key: str) -> str | None:
    raw = f.get(top, key, "", required=True)
    return None if raw is MISSING else f.text(raw, key, non_empty=True)


def _size(f: Fields, top: dict[str, Any]) -> tuple[float, float] | None:
    raw = f.get(top, "size_mm", "", required=True)
    if raw is MISSING:
        return None
    if not isinstance(raw, list) or len(raw) != 2:
        f.bad(
            "size_mm",
            Message("must be [width, height] in millimetres, got {value}", value=describe(raw)),
        )
        return None
    w = f.number(raw[0], "size_mm[0]", positive=True)
    h = f.number(raw[1], "size_mm[1]", positive=True)
    if w is None or h is None:
        return None
    if w > MAX_SIZE_MM or h > MAX_SIZE_MM:
        f.bad(
            "size_mm",
            Message(
                "{w} x {h} mm is larger than {max_size_mm} mm on a side",
                w=format(w, "g"),
                h=format(h, "g"),
                max_size_mm=format(MAX_SIZE_MM, "g"),
            ),
        )
        return None
    return (w, h)


def _sealed_truth(f: Fields, obj: dict[str, Any]) -> Truth | None:
    """``{"sealed": true}``: an exam specimen whose answer is in the pack's sealed key."""
    if obj["sealed"] is not True:
        f.bad(
            "truth.sealed",
            Message("must be true when present, got {value}", value=describe(obj["sealed"])),
        )
        return None
    if others := sorted(k for k in obj if k != "sealed"):
        # A verdict beside "sealed" would hand the trainee the answer the key protects.
        f.bad(
            "truth",
            Message('a sealed truth has only "sealed": true, not {value}', value=", ".join(others)),
        )
        return None
    return Truth.sealed_key()


def _truth(f: Fields, top: dict[str, Any], taxonomy: Taxonomy | None) -> Truth | None:
    raw = f.get(top, "truth", "", required=True)
    if raw is MISSING:
        return None
    obj = f.obj(raw, "truth")
    if obj is None:
        return None
    if "sealed" in obj:
        return _sealed_truth(f, obj)
    before = f.count
    verdict = None
    if (v := f.get(obj, "verdict", "truth", required=True)) is not MISSING:
        verdict = f.choice(v, "truth.verdict", Verdict)
    methods: list[str] = []
    if (m := f.get(obj, "methods", "truth", required=False)) is not MISSING:
        for i, item in enumerate(f.items(m, "truth.methods", limit=50) or []):
            method = _method_id(f, item, f"truth.methods[{i}]", taxonomy)
            if method is not None:
                if method in methods:
                    f.bad(
                        f"truth.methods[{i}]",
                        Message("{method} is listed twice", method=repr(method)),
                    )
                methods.append(method)
    explanation = ""
    if (e := f.get(obj, "explanation", "truth", required=False)) is not MISSING:
        explanation = f.text(e, "truth.explanation") or ""
    if verdict is Verdict.GENUINE and methods:
        f.bad("truth.methods", Message("a genuine specimen has no forgery methods"))
    if f.count > before or verdict is None:
        return None
    return Truth(
        verdict=verdict,
        methods=tuple(methods),
        explanation=explanation,
        extra={k: v for k, v in obj.items() if k not in TRUTH_KEYS},
    )


def _method_id(f: Fields, value: Any, field: str, taxonomy: Taxonomy | None) -> str | None:
    method = f.ident(value, field)
    if method is not None and taxonomy is not None and method not in taxonomy.methods:
        f.bad(
            field,
            Message("unknown forgery method {method} (not in the taxonomy)", method=repr(method)),
        )
        return None
    return method


def _layers(f: Fields, top: dict[str, Any]) -> dict[Light, Layer]:
    raw = f.get(top, "layers", "", required=False)
    if raw is MISSING:
        return {}
    obj = f.obj(raw, "layers")
    if obj is None:
        return {}
    layers: dict[Light, Layer] = {}
    seen_files: dict[str, str] = {}
    for key, value in obj.items():
        field = join("layers", key)
        light = f.choice(key, field, Light) if isinstance(key, str) else None
        if isinstance(value, dict):
            file_value = f.get(value, "file", field, required=True)
            file = None if file_value is MISSING else f.name(file_value, join(field, "file"))
            extra = {k: v for k, v in value.items() if k != "file"}
        else:
            file = f.name(value, field)
            extra = {}
        if light is None or file is None:
            continue
        if file in seen_files:
            f.bad(
                field,
                Message(
                    "uses the same file as layers.{value} ({file})",
                    value=seen_files[file],
                    file=repr(file),
                ),
            )
            continue
        seen_files[file] = key
        layers[light] = Layer(light=light, file=file, extra=extra)
    return layers


def _regions(
    f: Fields,
    top: dict[str, Any],
    size: tuple[float, float] | None,
    taxonomy: Taxonomy | None,
    feature_optional: bool = False,
    where: str = "",
) -> list[Region]:
    """The regions of ``top`` (the specimen, or one of its pages at ``where``)."""
    raw = f.get(top, "regions", where, required=False)
    if raw is MISSING:
        return []
    regions: list[Region] = []
    seen: dict[str, int] = {}
    field = join(where, "regions")
    for i, item in enumerate(f.items(raw, field, limit=MAX_REGIONS) or []):
        region = _region(f, item, f"{field}[{i}]", size, taxonomy, feature_optional)
        if region is None:
            continue
        if region.id in seen:
            f.bad(
                f"{field}[{i}].id",
                Message(
                    "duplicate region id {id} (also {field}[{value}])",
                    id=repr(region.id),
                    field=field,
                    value=seen[region.id],
                ),
            )
            continue
        seen[region.id] = i
        regions.append(region)
    return regions


def _pages(
    f: Fields,
    top: dict[str, Any],
    size: tuple[float, float] | None,
    taxonomy: Taxonomy | None,
    feature_optional: bool,
    scene: str | None,
) -> list[Page]:
    """A booklet's other pages: each drawn from its own scene, its regions on a page the data
    page's size. Page ids and scene files are unique, and no page reuses the data page's scene
    (it would show the data page twice under another name)."""
    raw = f.get(top, "pages", "", required=False)
    if raw is MISSING:
        return []
    pages: list[Page] = []
    ids: dict[str, int] = {}
    scenes: dict[str, str] = {} if scene is None else {scene: "scene"}
    for i, item in enumerate(f.items(raw, "pages", limit=MAX_PAGES) or []):
        where = f"pages[{i}]"
        obj = f.obj(item, where)
        if obj is None:
            continue
        before = f.count
        pid = None
        if (v := f.get(obj, "id", where, required=True)) is not MISSING:
            pid = f.ident(v, join(where, "id"))
        if pid is not None and pid in ids:
            f.bad(
                join(where, "id"),
                Message(
                    "duplicate page id {pid} (also pages[{value}])", pid=repr(pid), value=ids[pid]
                ),
            )
        label = None
        if (v := f.get(obj, "label", where, required=True)) is not MISSING:
            label = f.text(v, join(where, "label"), non_empty=True, max_chars=100)
        page_scene = None
        if (v := f.get(obj, "scene", where, required=True)) is not MISSING:
            page_scene = f.name(v, join(where, "scene"))
        if page_scene is not None and page_scene in scenes:
            f.bad(
                join(where, "scene"),
                Message(
                    "{page_scene} is already {value}'s scene",
                    page_scene=repr(page_scene),
                    value=scenes[page_scene],
                ),
            )
        regions = _regions(f, obj, size, taxonomy, feature_optional, where=where)
        if f.count > before:
            continue
        assert pid and label and page_scene
        ids[pid] = i
        scenes[page_scene] = where
        pages.append(
            Page(
                id=pid,
                label=label,
                scene=page_scene,
                regions=tuple(regions),
                extra={k: v for k, v in obj.items() if k not in PAGE_KEYS},
            )
        )
    return pages


def _region(
    f: Fields,
    raw: Any,
    field: str,
    size: tuple[float, float] | None,
    taxonomy: Taxonomy | None,
    feature_optional: bool = False,
) -> Region | None:
    obj = f.obj(raw, field)
    if obj is None:
        return None
    before = f.count
    rid = None
    if (v := f.get(obj, "id", field, required=True)) is not MISSING:
        rid = f.ident(v, join(field, "id"))
    shape = None
    if (v := f.get(obj, "shape", field, required=True)) is not MISSING:
        shape = _shape(f, v, join(field, "shape"))
    feature = None
    if (v := f.get(obj, "feature", field, required=True)) is not MISSING:
        feature = "" if feature_optional and v == "" else f.ident(v, join(field, "feature"))
        if feature and taxonomy is not None and feature not in taxonomy.features:
            f.bad(
                join(field, "feature"),
                Message("unknown feature {feature} (not in the taxonomy)", feature=repr(feature)),
            )
    role = None
    if (v := f.get(obj, "role", field, required=True)) is not MISSING:
        role = f.choice(v, join(field, "role"), Role)
    lights: set[Light] = set()
    if (v := f.get(obj, "lights", field, required=True)) is not MISSING:
        items = f.items(v, join(field, "lights"), limit=len(Light))
        if items is not None and not items:
            f.bad(join(field, "lights"), Message("must name at least one light"))
        for j, item in enumerate(items or []):
            light = f.choice(item, join(field, f"lights[{j}]"), Light)
            if light is not None:
                if light in lights:
                    f.bad(
                        join(field, f"lights[{j}]"),
                        Message("{value} is listed twice", value=repr(light.value)),
                    )
                lights.add(light)
    power = 1.0
    if (v := f.get(obj, "min_magnification", field, required=False)) is not MISSING:
        power = f.number(v, join(field, "min_magnification"), low=MIN_POWER, high=MAX_POWER) or 1.0
    explanation = ""
    if (v := f.get(obj, "explanation", field, required=False)) is not MISSING:
        explanation = f.text(v, join(field, "explanation")) or ""
    method = None
    if (v := f.get(obj, "method", field, required=False)) is not MISSING and v is not None:
        method = _method_id(f, v, join(field, "method"), taxonomy)
        if method is not None and role is Role.SECURITY_FEATURE:
            f.bad(join(field, "method"), Message("only a forgery_indicator names a forgery method"))
    personal = False
    if (v := f.get(obj, "personal_data", field, required=False)) is not MISSING:
        personal = bool(f.boolean(v, join(field, "personal_data")))
    if shape is not None and size is not None:
        b = shape.bounds()
        if not b.within(*size):
            f.bad(
                join(field, "shape"),
                Message(
                    "lies outside the {value} x {value2} mm page (spans x {left}..{right}, y {top}..{bottom} mm)",
                    value=format(size[0], "g"),
                    value2=format(size[1], "g"),
                    left=format(b.left, "g"),
                    right=format(b.right, "g"),
                    top=format(b.top, "g"),
                    bottom=format(b.bottom, "g"),
                ),
            )
    if f.count > before:
        return None
    assert rid and shape is not None and feature is not None and role is not None
    return Region(
        id=rid,
        shape=shape,
        feature=feature,
        role=role,
        lights=frozenset(lights),
        min_magnification=power,
        explanation=explanation,
        method=method,
        personal_data=personal,
        extra={k: v for k, v in obj.items() if k not in REGION_KEYS},
    )


def _shape(f: Fields, raw: Any, field: str) -> Shape | None:
    obj = f.obj(raw, field)
    if obj is None:
        return None
    kind = obj.get("type")
    if kind not in SHAPE_KEYS:
        f.bad(
            join(field, "type"),
            Message("must be one of rect, ellipse, polygon; got {value}", value=describe(kind)),
        )
        return None
    keys = SHAPE_KEYS[kind]
    before = f.count
    for key in obj:
        if key != "type" and key not in keys:
            f.bad(
                join(field, key),
                Message(
                    "unknown key for a {kind} shape (expected {value})",
                    kind=kind,
                    value=", ".join(keys),
                ),
            )
    values: dict[str, float] = {}
    if kind in ("rect", "ellipse"):
        for key in keys:
            v = f.get(obj, key, field, required=True)
            if v is MISSING:
                continue
            positive = key in ("width", "height", "rx", "ry")
            number = f.number(v, join(field, key), positive=positive)
            if number is not None:
                values[key] = number
        if f.count > before:
            return None
        return Rect(**values) if kind == "rect" else Ellipse(**values)
    raw_points = f.get(obj, "points", field, required=True)
    if raw_points is MISSING:
        return None
    items = f.items(raw_points, join(field, "points"), limit=MAX_POLYGON_POINTS)
    if items is None:
        return None
    if len(items) < 3:
        f.bad(
            join(field, "points"),
            Message("a polygon needs at least 3 points, got {n}", n=len(items)),
        )
        return None
    points: list[tuple[float, float]] = []
    for i, point in enumerate(items):
        where = join(field, f"points[{i}]")
        if not isinstance(point, list) or len(point) != 2:
            f.bad(
                where, Message("must be [x, y] in millimetres, got {value}", value=describe(point))
            )
            continue
        x = f.number(point[0], f"{where}[0]")
        y = f.number(point[1], f"{where}[1]")
        if x is not None and y is not None:
            points.append((x, y))
    if f.count > before:
        return None
    return Polygon(points=tuple(points))


def _mrz(f: Fields, top: dict[str, Any], doc_type: DocumentType | None) -> list[str]:
    raw = f.get(top, "mrz", "", required=False)
    if raw is MISSING:
        return []
    lines: list[str] = []
    items = f.items(raw, "mrz", limit=3)
    for i, item in enumerate(items or []):
        line = f.text(item, f"mrz[{i}]", max_chars=44)
        if line is None:
            continue
        if not _MRZ_CHARS.match(line):
            f.bad(f"mrz[{i}]", Message("may hold only A-Z, 0-9 and '<'"))
            continue
        lines.append(line)
    expected = MRZ_SHAPE.get(doc_type) if doc_type else None
    if items and expected and len(lines) == len(items):
        count, length = expected
        if len(lines) != count or any(len(line) != length for line in lines):
            f.bad(
                "mrz",
                Message(
                    "a {value} MRZ has {count} lines of {length} characters, got {n} of {value2}",
                    value=doc_type.value.upper(),
                    count=count,
                    length=length,
                    n=len(lines),
                    value2=", ".join(str(len(line)) for line in lines),
                ),
            )
    return lines


def _visual_data(f: Fields, top: dict[str, Any]) -> dict[str, str]:
    raw = f.get(top, "data", "", required=False)
    if raw is MISSING:
        return {}
    obj = f.obj(raw, "data")
    if obj is None:
        return {}
    if len(obj) > MAX_DATA_FIELDS:
        f.bad(
            "data",
            Message(
                "has {n} fields, more than the limit of {max_data_fields}",
                n=len(obj),
                max_data_fields=MAX_DATA_FIELDS,
            ),
        )
        return {}
    out: dict[str, str] = {}
    for key, value in obj.items():
        field = join("data", key)
        if not _DATA_KEY.match(key):
            f.bad(field, Message("field names are lower-case letters, digits and '_'"))
            continue
        text = f.text(value, field, max_chars=1000)
        if text is not None:
            out[key] = text
    return out


def _assets(f: Fields, top: dict[str, Any]) -> list[str]:
    raw = f.get(top, "assets", "", required=False)
    if raw is MISSING:
        return []
    out: list[str] = []
    for i, item in enumerate(f.items(raw, "assets", limit=MAX_ASSETS) or []):
        name = f.name(item, f"assets[{i}]")
        if name is None:
            continue
        if name in out:
            f.bad(f"assets[{i}]", Message("{name} is listed twice", name=repr(name)))
            continue
        out.append(name)
    return out


#: Files a chip may hold (ICAO Doc 9303 part 10), and ``ACCESS-KEY``: the access key the
#: chip was personalised with, which a real chip keeps secret and a reader never sees.
CHIP_FILES: Final = frozenset({"EF.COM", "EF.SOD", "DG1", "DG2", "DG11", "DG12", "ACCESS-KEY"})


def _chip(f: Fields, top: dict[str, Any]) -> Chip | None:
    raw = f.get(top, "chip", "", required=False)
    if raw is MISSING or raw is None:
        return None
    obj = f.obj(raw, "chip")
    if obj is None:
        return None
    for key in obj:
        if key not in ("files", "answers"):
            f.bad(f"chip.{key}", Message("unknown key (a chip has files and answers)"))
    answers = True
    if "answers" in obj:
        answers = bool(f.boolean(obj["answers"], "chip.answers"))
    files: dict[str, str] = {}
    raw_files = obj.get("files", {})
    if not isinstance(raw_files, dict):
        f.bad(
            "chip.files",
            Message("must be an object of LDS file names, got {value}", value=describe(raw_files)),
        )
        return None
    for lds, name in raw_files.items():
        if lds not in CHIP_FILES:
            f.bad(
                f"chip.files.{lds}",
                Message("is not a chip file ({value})", value=", ".join(sorted(CHIP_FILES))),
            )
            continue
        if (path := f.name(name, f"chip.files.{lds}")) is not None:
            files[lds] = path
    return Chip(files=files, answers=answers)
