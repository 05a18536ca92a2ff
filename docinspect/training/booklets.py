"""Which page of a passport booklet a region is on: a locate answer on a booklet names the
page it was given on, and counts only on that page (decision 0033)."""

from __future__ import annotations

from docinspect.model.region import Region, Role
from docinspect.model.specimen import Specimen

#: The page id of the data page (a booklet's other pages have their own ids).
DATA_PAGE = ""


def regions_by_page(specimen: Specimen) -> tuple[tuple[str, Region], ...]:
    """Every region of the document with the page it is on: the data page's first."""
    out = [(DATA_PAGE, r) for r in specimen.regions]
    for page in specimen.pages:
        out += [(page.id, r) for r in page.regions]
    return tuple(out)


def indicators_by_page(specimen: Specimen) -> tuple[tuple[str, Region], ...]:
    """The forgery indicators of the document with their pages: the data page's first."""
    return tuple((p, r) for p, r in regions_by_page(specimen) if r.role is Role.FORGERY_INDICATOR)


def page_label(specimen: Specimen, page_id: str) -> str:
    """What the page is called ("page 4"); the data page is "data page"."""
    page = next((p for p in specimen.pages if p.id == page_id), None)
    return page.label if page is not None else "data page"
