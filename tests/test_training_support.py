"""Shared test material for the training and store tests: a taxonomy and hand-made specimens.

(Named test_* so that it lives among the files of its owner; it holds no tests itself.)
"""

from __future__ import annotations

from docinspect.model.exercise import PackSpecimen, Recipe, SpecimenSource
from docinspect.model.geometry import Ellipse, Rect
from docinspect.model.light import Light
from docinspect.model.region import Region, Role
from docinspect.model.specimen import NOMINAL_SIZE_MM, DocumentType, Specimen
from docinspect.model.taxonomy import parse_taxonomy
from docinspect.model.truth import Truth, Verdict

_FEATURES = [
    ("uv_dull_substrate", "UV-dull substrate", "substrate", ["uv365"], 1),
    ("microprint", "Microprint", "printing", ["white"], 10),
    ("guilloche", "Guilloche", "printing", ["white"], 8),
    ("ovi", "Optically variable ink", "printing", ["white"], 1),
    ("ghost_image", "Ghost image", "protection", ["white", "uv365"], 1),
    ("mrz", "Machine readable zone", "machine_readable", ["white", "ir"], 1),
]
_METHODS = [
    ("office_paper", "Counterfeit on office paper", "counterfeit", ["uv_dull_substrate"]),
    ("halftone_print", "Halftone reproduction", "counterfeit", ["guilloche", "microprint"]),
    ("photo_substitution", "Photo substitution", "falsified", ["ghost_image"]),
    ("mrz_check_digit", "Wrong MRZ check digit", "falsified", ["mrz"]),
]
TAXONOMY = parse_taxonomy(
    {
        "features": [
            {
                "id": i,
                "name": n,
                "category": c,
                "description": f"About {n}.",
                "lights": lights,
                "min_magnification": mag,
            }
            for i, n, c, lights, mag in _FEATURES
        ],
        "forgery_methods": [
            {"id": i, "name": n, "verdict": v, "description": n, "indicator_features": f}
            for i, n, v, f in _METHODS
        ],
    }
)

#: Where each feature's region sits on a TD3 page, in mm.
_PLACES = {
    "uv_dull_substrate": Rect(5, 5, 30, 20),
    "microprint": Rect(60, 10, 40, 2),
    "guilloche": Ellipse(90, 40, 15, 10),
    "ovi": Rect(100, 55, 10, 10),
    "ghost_image": Rect(80, 20, 15, 20),
    "mrz": Rect(5, 70, 115, 12),
}


def specimen(
    specimen_id: str, methods: tuple[str, ...] = (), *, mrz_field: str | None = None
) -> Specimen:
    """A TD3 specimen, forged by ``methods`` (genuine if none), with one region per feature."""
    indicator_features = {f: m for m in methods for f in TAXONOMY.methods[m].indicator_features}
    regions = []
    for fid, shape in _PLACES.items():
        feature = TAXONOMY.features[fid]
        method = indicator_features.get(fid)
        regions.append(
            Region(
                id=f"r-{fid}",
                shape=shape,
                feature=fid,
                role=Role.FORGERY_INDICATOR if method else Role.SECURITY_FEATURE,
                lights=feature.lights,
                min_magnification=feature.min_magnification,
                explanation=f"{feature.name} {'fails here' if method else 'is as it should be'}.",
                method=method,
                extra={"mrz_field": mrz_field} if fid == "mrz" and mrz_field else {},
            )
        )
    verdict = TAXONOMY.methods[methods[0]].verdict if methods else Verdict.GENUINE
    w, h = NOMINAL_SIZE_MM[DocumentType.TD3]
    return Specimen(
        id=specimen_id,
        title=specimen_id,
        document_type=DocumentType.TD3,
        width_mm=w,
        height_mm=h,
        truth=Truth(verdict, methods, "Compare with the reference."),
        regions=tuple(regions),
    )


def resolver(source: SpecimenSource) -> Specimen:
    """Stands in for the pack and the generator: the same source always gives the same specimen."""
    if isinstance(source, Recipe):
        field = "birth_date_check" if "mrz_check_digit" in source.methods else None
        return specimen(source.key(), source.methods, mrz_field=field)
    assert isinstance(source, PackSpecimen)
    methods = tuple(m for m in TAXONOMY.methods if source.id.startswith(m))
    return specimen(source.id, methods, mrz_field="birth_date_check" if methods else None)


LIGHT = Light  # re-export for brevity in tests
