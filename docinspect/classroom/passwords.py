"""Instructor and trainee passwords as salted slow hashes (scrypt), compared in constant time.

A stored hash reads ``scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>``: the parameters are kept
with every hash, so they can be raised later without locking out existing accounts.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Final

#: scrypt cost: 2**15 × 8 × 1 needs 32 MiB and ~0.1 s per check (OWASP's minimum is 2**17
#: with r=8, p=1 at 128 MiB; a classroom PC checks a login rarely, so 2**15 stays responsive).
N: Final = 2**15
R: Final = 8
P: Final = 1
_SALT_BYTES: Final = 16
_HASH_BYTES: Final = 32
#: Never accept a stored hash asking for less than this (a tampered row cannot weaken it).
_MIN_N: Final = 2**14


@dataclass(frozen=True, slots=True)
class ScryptParameters:
    n: int = N
    r: int = R
    p: int = P


def _scrypt(password: str, salt: bytes, params: ScryptParameters, length: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=256 * params.n * params.r + 2**20,
        dklen=length,
    )


def hash_password(password: str, params: ScryptParameters = ScryptParameters()) -> str:
    """A new salted hash of ``password`` (a fresh random salt each call)."""
    if len(password) < 8:
        raise ValueError("a password needs at least 8 characters")
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(password, salt, params, _HASH_BYTES)
    b64 = base64.b64encode
    return f"scrypt${params.n}${params.r}${params.p}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches ``stored``; False for a wrong password or a damaged hash."""
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
        params = ScryptParameters(int(n), int(r), int(p))
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(hash_b64, validate=True)
    except ValueError:
        return False
    if scheme != "scrypt" or params.n < _MIN_N or not expected:
        return False
    try:
        actual = _scrypt(password, salt, params, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)
