"""The chip's files in the ICAO Doc 9303 logical data structure (LDS, part 10).

Each data group is an application-tagged BER-TLV object; the encodings come from asn1crypto
(decision 0025: no hand-written DER). What a reader shows of them:

- ``EF.COM`` lists the LDS version and which data groups the chip holds;
- ``DG1`` holds the MRZ as printed at issue (tag 5F1F in template 61);
- ``DG2`` holds the face image at issue: a biometric information template (7F61/7F60) whose
  data block (5F2E) is an ISO/IEC 19794-5 face record around a JPEG.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Final

from asn1crypto import core

from docinspect.i18n import Message

#: LDS tags of the data groups this simulation writes (Doc 9303 part 10, table 34).
DG_TAGS: Final = {"DG1": 0x61, "DG2": 0x75}
LDS_VERSION: Final = b"0107"
UNICODE_VERSION: Final = b"040000"


class LdsError(ValueError):
    """A chip file that is not what its name says (a reader reports it, never a traceback)."""


# --- ASN.1 types, application class (class_ = 1) as Doc 9303 tags them ---


class _MrzInfo(core.OctetString):
    class_ = 1
    tag = 31  # 5F1F


class _Dg1(core.Sequence):
    class_ = 1
    tag = 1  # 61
    _fields = [("mrz", _MrzInfo)]


class _HeaderVersion(core.OctetString):
    class_ = 2
    tag = 0  # 80


class _BiometricType(core.OctetString):
    class_ = 2
    tag = 1  # 81


class _FormatOwner(core.OctetString):
    class_ = 2
    tag = 7  # 87


class _FormatType(core.OctetString):
    class_ = 2
    tag = 8  # 88


class _Header(core.Sequence):
    class_ = 2
    tag = 1  # A1: biometric header template
    _fields = [
        ("version", _HeaderVersion),
        ("type", _BiometricType),
        ("owner", _FormatOwner),
        ("format", _FormatType),
    ]


class _BiometricData(core.OctetString):
    class_ = 1
    tag = 46  # 5F2E


class _Template(core.Sequence):
    class_ = 1
    tag = 96  # 7F60: biometric information template
    _fields = [("header", _Header), ("data", _BiometricData)]


class _Group(core.Sequence):
    class_ = 1
    tag = 97  # 7F61: biometric information group template
    _fields = [("count", core.Integer), ("template", _Template)]


class _Dg2(core.Sequence):
    class_ = 1
    tag = 21  # 75
    _fields = [("group", _Group)]


# --- writing ---


def ef_com(groups: Sequence[str]) -> bytes:
    """EF.COM listing ``groups`` (e.g. ``["DG1", "DG2"]``).

    Written by hand: Doc 9303 tags the LDS version 5F01, a long-form tag for number 1 that
    DER (and so asn1crypto) refuses as non-minimal; EF.COM is three plain BER-TLVs."""
    tags = bytes(DG_TAGS[g] for g in groups)
    body = _tlv(b"\x5f\x01", LDS_VERSION) + _tlv(b"\x5f\x36", UNICODE_VERSION) + _tlv(b"\x5c", tags)
    return _tlv(b"\x60", body)


def _tlv(tag: bytes, value: bytes) -> bytes:
    n = len(value)
    if n < 0x80:
        length = bytes([n])
    elif n < 0x100:
        length = bytes([0x81, n])
    else:
        length = bytes([0x82]) + n.to_bytes(2, "big")
    return tag + length + value


def dg1(mrz_lines: Sequence[str]) -> bytes:
    """DG1: the MRZ lines run together, as the chip stores them."""
    return _Dg1({"mrz": "".join(mrz_lines).encode("ascii")}).dump()


def dg2(jpeg: bytes, *, width: int, height: int, sex: str = "") -> bytes:
    """DG2: one face image (a JPEG of ``width`` × ``height``) in its biometric template."""
    header = _Header(
        {"version": b"\x01\x01", "type": b"\x02", "owner": b"\x01\x01", "format": b"\x00\x08"}
    )
    record = _face_record(jpeg, width=width, height=height, sex=sex)
    return _Dg2({"group": {"count": 1, "template": {"header": header, "data": record}}}).dump()


def _face_record(jpeg: bytes, *, width: int, height: int, sex: str) -> bytes:
    """An ISO/IEC 19794-5:2005 face record: one image, frontal, no feature points."""
    gender = {"M": 1, "F": 2}.get(sex, 0)
    facial = struct.pack(
        ">IHBBB3sH3s3s",
        20 + 12 + len(jpeg),  # facial record block length
        0,  # feature points
        gender,
        0,  # eye colour unspecified
        0,  # hair colour unspecified
        b"\x00\x00\x00",  # property mask
        0,  # expression unspecified
        b"\x00\x00\x00",  # pose angles
        b"\x00\x00\x00",  # pose angle uncertainty
    )
    image_info = struct.pack(
        ">BBHHBBHH",
        1,  # full frontal
        0,  # JPEG
        width,
        height,
        1,  # 24-bit RGB
        2,  # static photo, digital camera
        0,  # device type
        0,  # quality unspecified
    )
    body = facial + image_info + jpeg
    return b"FAC\x00" + b"010\x00" + struct.pack(">IH", 14 + len(body), 1) + body


# --- reading ---


def read_com(data: bytes) -> list[str]:
    """The data groups EF.COM says the chip holds."""
    if data[:1] != b"\x60" or len(data) < 2:
        raise LdsError(Message("EF.COM: does not start with its template tag 60"))
    body = _value(data, 1, "EF.COM")
    i = 0
    names = {tag: name for name, tag in DG_TAGS.items()}
    while i < len(body):
        tag_len = 2 if body[i] & 0x1F == 0x1F else 1
        tag = body[i : i + tag_len]
        value = _value(body[i:], tag_len, "EF.COM")
        if tag == b"\x5c":
            return [names.get(t, f"tag {t:02X}") for t in value]
        i += tag_len + _length_size(body[i + tag_len :]) + len(value)
    raise LdsError(Message("EF.COM: has no tag list (5C)"))


def _length_size(data: bytes) -> int:
    return 1 if not data or data[0] < 0x80 else 1 + (data[0] & 0x7F)


def _value(data: bytes, tag_len: int, name: str) -> bytes:
    """The value of the TLV at the start of ``data`` whose tag is ``tag_len`` bytes."""
    rest = data[tag_len:]
    size = _length_size(rest)
    if not rest or size > 3 or len(rest) < size:
        raise LdsError(Message("{name}: a length cannot be read", name=name))
    n = rest[0] if size == 1 else int.from_bytes(rest[1:size], "big")
    if len(rest) < size + n:
        raise LdsError(
            Message("{name}: ends before its content ({n} bytes announced)", name=name, n=n)
        )
    return rest[size : size + n]


def read_dg1(data: bytes) -> str:
    """The MRZ text DG1 holds (the lines run together)."""
    value = _load(_Dg1, data, "DG1")
    try:
        return value["mrz"].native.decode("ascii")
    except (ValueError, UnicodeDecodeError) as exc:
        raise LdsError(Message("DG1: the MRZ is not ASCII text ({error})", error=str(exc))) from exc


def read_dg2(data: bytes) -> bytes:
    """The face image (JPEG bytes) DG2 holds."""
    value = _load(_Dg2, data, "DG2")
    try:
        record = value["group"]["template"]["data"].native
    except (ValueError, KeyError, TypeError) as exc:
        raise LdsError(
            Message("DG2: the biometric template cannot be read ({error})", error=str(exc))
        ) from exc
    if record[:4] != b"FAC\x00" or len(record) < 14 + 32:
        raise LdsError(
            Message("DG2: the biometric data block is not an ISO/IEC 19794-5 face record")
        )
    return record[14 + 32 :]


def split_mrz(text: str) -> tuple[str, ...]:
    """DG1's MRZ text cut into its printed lines (TD1: 3 × 30, TD2: 2 × 36, TD3: 2 × 44)."""
    for width, count in ((44, 2), (36, 2), (30, 3)):
        if len(text) == width * count:
            return tuple(text[i : i + width] for i in range(0, len(text), width))
    return (text,)


def _load(kind: type[core.Asn1Value], data: bytes, name: str):
    try:
        value = kind.load(data, strict=True)
        _ = value.native  # parse the whole object now, so a bad one fails here
    except (ValueError, TypeError, KeyError) as exc:
        raise LdsError(
            Message("{name}: not a valid {name} object ({error})", name=name, error=str(exc))
        ) from exc
    return value
