"""Personalising a chip, the issuer's way and the forgers' ways.

A genuine chip is written when the document is personalised, from the same data: DG1 is the
MRZ, DG2 the holder's photo at issue, EF.SOD signed by the state's Document Signer of that
quarter, and the chip answers the access key of that MRZ. Whatever is done to the page later
(a photo glued on, a date scraped and reprinted) leaves the chip as it was: that is what a
reader finds. Forgers who make a whole document cannot sign for the state; what they do
instead is a :class:`ChipCase`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from PIL import Image

from docinspect.chip import lds, pki
from docinspect.chip.access import key_seed
from docinspect.chip.sod import make_sod

#: The chip's photo: JPEG at the size chips carry (ICAO: at least 240 pixels wide, 15-20 KB).
FACE_WIDTH: Final = 240
FACE_QUALITY: Final = 80


class ChipCase(StrEnum):
    """How a specimen's chip was made (recorded in its truth; the chip's bytes show it)."""

    GENUINE = "genuine"  # the issuer's chip
    NONE = "none"  # no chip behind the chip symbol: nothing answers
    DEAD = "dead"  # a chip that does not answer (also: a genuine chip broken by tampering)
    BLANK = "blank"  # a chip never personalised (a stolen blank's)
    SELF_SIGNED = "self_signed"  # data signed under a forger's own "CSCA"
    LEAKED_KEY = "leaked_key"  # data signed with a leaked, revoked DS key
    REVOKED_CSCA = "revoked_csca"  # a signer issued with the state's compromised, withdrawn CSCA
    CLONED = "cloned"  # another genuine document's chip, made to answer this MRZ


@dataclass(frozen=True, slots=True)
class ChipData:
    """What the issuer (or the forger) writes to the chip."""

    state: str
    mrz: tuple[str, ...]
    portrait_png: bytes
    sex: str
    issued: dt.date


def personalise(
    data: ChipData,
    *,
    access_mrz: Sequence[str] | None = None,
    forged_by: str = "",
    leaked: bool = False,
    withdrawn_csca: bool = False,
) -> dict[str, bytes]:
    """The chip's files for ``data``, signed by the state's DS of the issue quarter — or by a
    forger's self-made CSCA (``forged_by``) or the leaked DS key (``leaked``). The chip
    answers ``access_mrz``'s key (``data.mrz``'s by default)."""
    jpeg, width, height = _face_jpeg(data.portrait_png)
    groups = {
        "DG1": lds.dg1(data.mrz),
        "DG2": lds.dg2(jpeg, width=width, height=height, sex=data.sex),
    }
    year, q = pki.quarter(data.issued)
    signer = pki.document_signer(
        data.state, year, q, forged_by=forged_by, leaked=leaked, withdrawn_csca=withdrawn_csca
    )
    return {
        "EF.COM": lds.ef_com(list(groups)),
        **groups,
        "EF.SOD": make_sod(groups, signer, signed_on=data.issued),
        "ACCESS-KEY": key_seed(access_mrz if access_mrz is not None else data.mrz),
    }


def _face_jpeg(png: bytes) -> tuple[bytes, int, int]:
    with Image.open(io.BytesIO(png)) as im:
        rgb = im.convert("RGB")
    height = round(rgb.height * FACE_WIDTH / rgb.width)
    small = rgb.resize((FACE_WIDTH, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, format="JPEG", quality=FACE_QUALITY, optimize=False)
    return out.getvalue(), FACE_WIDTH, height
