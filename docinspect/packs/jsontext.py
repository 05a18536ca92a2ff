"""Strict JSON for manifests: UTF-8, no duplicate keys, no NaN, bounded size and nesting."""

from __future__ import annotations

import json
import re
from typing import Any

from docinspect.packs.limits import MAX_JSON_DEPTH, MAX_MANIFEST_BYTES


class JsonTextError(ValueError):
    """The bytes are not a manifest we accept; the message is the reason, for a Problem."""


# Unrolled ("normal* (special normal*)*"): a group repeated per character made the regex
# engine's stack grow with the string, a MemoryError on a 5-million-character text.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _nesting_depth(text: str) -> int:
    # Strings may hold brackets; drop them first, then only brackets are left to walk.
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = deepest = 0
    for ch in brackets:
        if ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_JSON_DEPTH:
                    return deepest
        else:
            depth -= 1
    return deepest


def _reject_constant(name: str) -> Any:
    raise JsonTextError(f"{name} is not allowed in a manifest (use a number)")


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonTextError(f"key {key!r} appears twice in one object")
        result[key] = value
    return result


def decode_text(data: bytes, *, limit: int = MAX_MANIFEST_BYTES) -> str:
    """The bytes as UTF-8 text (a byte-order mark is allowed), or JsonTextError."""
    if len(data) > limit:
        raise JsonTextError(f"file is {len(data):,} bytes, more than the limit of {limit:,}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JsonTextError(f"not UTF-8 text (invalid byte at offset {exc.start})") from None


def parse_json(data: bytes, *, limit: int = MAX_MANIFEST_BYTES) -> Any:
    """Parse a manifest's bytes, or raise JsonTextError with one readable reason."""
    text = decode_text(data, limit=limit)
    if _nesting_depth(text) > MAX_JSON_DEPTH:
        raise JsonTextError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(
            text,
            object_pairs_hook=_object_without_duplicates,
            parse_constant=_reject_constant,
        )
    except json.JSONDecodeError as exc:
        raise JsonTextError(
            f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:  # the depth scan should prevent it; belt and braces
        raise JsonTextError(f"nested deeper than {MAX_JSON_DEPTH} levels") from None
    except JsonTextError:
        raise
    except ValueError:  # an integer of thousands of digits (Python refuses to convert)
        raise JsonTextError("not valid JSON: a number has more than 4300 digits") from None


def dump_json(value: Any) -> bytes:
    """Manifest bytes as written: UTF-8, indented, keys in the order given, newline at the end."""
    return (json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")
