"""Access to the chip with the MRZ (Basic Access Control, ICAO Doc 9303 part 11 §9.7.1).

A reader may only talk to the chip once it proves it has seen the data page: it derives the
access key from the MRZ's document number, date of birth and date of expiry (each with its
check digit). A chip answers only the key it was personalised with, so a mistyped or altered
MRZ gives "access refused" — which is why the MRZ matters to a chip reader. The simulation
compares the key seeds instead of running the challenge-response; the keys are the real ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from docinspect.i18n import Message
from docinspect.mrz import check_digit


class AccessError(ValueError):
    """The MRZ given to the reader cannot make an access key (e.g. too short)."""


def mrz_information(lines: Sequence[str]) -> str:
    """Document number, birth date and expiry date with their check digits, as BAC hashes
    them. The check digits are computed, not copied: a reader that reads the MRZ optically
    uses what is printed, so a wrong printed digit still yields this key (as it should: the
    chip was personalised from the right data)."""
    lines = [line.strip().upper() for line in lines]
    if len(lines) == 3 and all(len(line) == 30 for line in lines):
        number, birth, expiry = lines[0][5:14], lines[1][0:6], lines[1][8:14]
        if lines[0][14] == "<" and lines[0][15:30].rstrip("<"):
            # A long document number continues in the optional data (Doc 9303 part 5).
            rest = lines[0][15:30].split("<", 1)[0]
            number = number + rest[:-1]
    elif len(lines) == 2 and len(lines[0]) == len(lines[1]) and len(lines[1]) in (36, 44):
        number, birth, expiry = lines[1][0:9], lines[1][13:19], lines[1][21:27]
    else:
        raise AccessError(
            Message("the MRZ must be 3 lines of 30 (ID card) or 2 lines of 36 or 44 characters")
        )
    return "".join(part + check_digit(part) for part in (number, birth, expiry))


def key_seed(lines: Sequence[str]) -> bytes:
    """K_seed: the first 16 bytes of SHA-1 over the MRZ information."""
    return hashlib.sha1(mrz_information(lines).encode("ascii")).digest()[:16]


def _adjust_parity(key: bytes) -> bytes:
    return bytes((b & 0xFE) | (bin(b >> 1).count("1") + 1) % 2 for b in key)


def session_keys(seed: bytes) -> tuple[bytes, bytes]:
    """(K_enc, K_mac): the 3DES keys the reader and the chip derive from K_seed."""

    def derive(counter: int) -> bytes:
        digest = hashlib.sha1(seed + counter.to_bytes(4, "big")).digest()
        return _adjust_parity(digest[:16])

    return derive(1), derive(2)
