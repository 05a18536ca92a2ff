"""Exam packs for trainees without a readable answer key, and the sealed key for the instructor.

``seal_exam_pack`` copies a folder pack, takes every specimen's ``truth``, ``regions`` and
title out of its ``specimen.json`` (leaving ``"truth": {"sealed": true}``) and the answers out
of its exercises, and writes the originals encrypted to ``answer-key.sealed`` in the pack. Only ``open_answer_key`` with the instructor's passphrase
reads them back.

Encryption uses the standard library only (no new dependency): scrypt derives two keys from
the passphrase and a random salt; the key is XORed with an HMAC-SHA256 keystream (HMAC as a
PRF in counter mode) and authenticated with HMAC-SHA256 over everything (encrypt-then-MAC).
See docs/decisions/0014-classroom-security.md for why and for what it does not cover.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from docinspect.packs.pack import ANSWER_KEY_FIELD, SEALED_KEY_FORMAT

KEY_FILE: Final = "answer-key.sealed"
FORMAT: Final = SEALED_KEY_FORMAT
VERSION: Final = 1
#: What the sealed JSON holds (inside the encryption).
PAYLOAD_FORMAT: Final = "docinspect-answer-key-1"
_N, _R, _P = 2**15, 8, 1


class AnswerKeyError(ValueError):
    """The pack or its sealed key cannot be used; the message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class SealReport:
    specimens_sealed: int
    out: Path


def _keys(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    material = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 2**20, dklen=64
    )
    return material[:32], material[32:]


def _keystream_xor(key: bytes, nonce: bytes, data: bytes) -> bytes:
    out = bytearray(len(data))
    for block in range(0, len(data), 32):
        pad = hmac.digest(key, nonce + (block // 32).to_bytes(8, "big"), "sha256")
        chunk = data[block : block + 32]
        out[block : block + len(chunk)] = bytes(a ^ b for a, b in zip(chunk, pad, strict=False))
    return bytes(out)


def seal(key: dict[str, Any], passphrase: str) -> dict[str, Any]:
    """The encrypted, authenticated form of an answer key (a JSON-ready object)."""
    if len(passphrase) < 8:
        raise ValueError("an answer-key passphrase needs at least 8 characters")
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(16)
    enc_key, mac_key = _keys(passphrase, salt, _N, _R, _P)
    plaintext = json.dumps(key, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ciphertext = _keystream_xor(enc_key, nonce, plaintext)
    header = f"{FORMAT}|{VERSION}|scrypt|{_N}|{_R}|{_P}".encode()
    b64 = base64.b64encode
    return {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {"name": "scrypt", "n": _N, "r": _R, "p": _P, "salt": b64(salt).decode()},
        "nonce": b64(nonce).decode(),
        "ciphertext": b64(ciphertext).decode(),
        "mac": b64(hmac.digest(mac_key, header + salt + nonce + ciphertext, "sha256")).decode(),
    }


def unseal(sealed: Any, passphrase: str, *, where: str) -> dict[str, Any]:
    """The answer key inside ``sealed``; AnswerKeyError for a wrong passphrase or a changed file."""
    try:
        if sealed["format"] != FORMAT or sealed["version"] != VERSION:
            raise AnswerKeyError(f"{where}: not a sealed answer key of version {VERSION}")
        kdf = sealed["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(sealed["nonce"], validate=True)
        ciphertext = base64.b64decode(sealed["ciphertext"], validate=True)
        mac = base64.b64decode(sealed["mac"], validate=True)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, AnswerKeyError):
            raise
        raise AnswerKeyError(f"{where}: damaged sealed answer key ({exc})") from exc
    if kdf.get("name") != "scrypt" or n < 2**14 or n > 2**20 or not (1 <= r <= 32 and 1 <= p <= 4):
        raise AnswerKeyError(f"{where}: unsupported key-derivation parameters")
    enc_key, mac_key = _keys(passphrase, salt, n, r, p)
    header = f"{FORMAT}|{VERSION}|scrypt|{n}|{r}|{p}".encode()
    expected = hmac.digest(mac_key, header + salt + nonce + ciphertext, "sha256")
    if not hmac.compare_digest(expected, mac):
        raise AnswerKeyError(f"{where}: wrong passphrase, or the sealed key was changed")
    return json.loads(_keystream_xor(enc_key, nonce, ciphertext))


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AnswerKeyError(f"{path}: cannot be read as JSON: {exc}") from exc


#: What a trainee's copy of a specimen keeps: what is printed on or drawn for the document.
#: Everything else (truth, regions, title, unknown keys such as ``mrz_field``) goes in the key.
_SHOWN_SPECIMEN_KEYS = (
    "id",
    "document_type",
    "size_mm",
    "issuing_state",
    "layers",
    "mrz",
    "data",
    "scene",
    "assets",
)
#: Question fields that give the answer away, per question type, moved into the key.
_ANSWER_FIELDS = {"locate": ("feature", "method"), "mrz": ("answer",)}
#: Questions that cannot be asked without showing their answer.
_UNSEALABLE = {
    "identify": "an identify question marks the region and names its feature",
    "which_light": "a which-light question names its feature and accepted lights",
}


def _sealed_exercise(data: Any, file: str) -> dict[str, Any]:
    """The trainee's copy of an exercise: exam mode, answer fields out, questions marked sealed."""
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise AnswerKeyError(f"{file}: questions: must be a list")
    out = dict(data)
    out["mode"] = "exam"  # no feedback during the exam: the seat has nothing to explain
    out.pop("lesson", None)  # a lesson explains the forgeries the exam asks about
    questions = []
    for i, raw in enumerate(data["questions"]):
        if not isinstance(raw, dict):
            raise AnswerKeyError(f"{file}: questions[{i}]: must be an object")
        qtype = raw.get("type")
        if qtype in _UNSEALABLE:
            raise AnswerKeyError(
                f"{file}: questions[{i}]: {qtype} questions cannot go in a sealed exam "
                f"({_UNSEALABLE[qtype]}); use verdict, compare, locate or MRZ questions"
            )
        if raw.get("recipe") is not None or raw.get("reference_recipe") is not None:
            raise AnswerKeyError(
                f"{file}: questions[{i}]: a generator recipe names its forgery methods; "
                "generate the specimens into the pack before sealing it"
            )
        q = {k: v for k, v in raw.items() if k not in _ANSWER_FIELDS.get(str(qtype), ())}
        q["sealed"] = True
        questions.append(q)
    out["questions"] = questions
    return out


def seal_exam_pack(source: Path, out: Path, passphrase: str) -> SealReport:
    """Copy the folder pack ``source`` to ``out`` with every answer sealed.

    Each ``specimen.json`` keeps only what the document shows (``_SHOWN_SPECIMEN_KEYS``), a
    neutral title and ``"truth": {"sealed": true}``; exercises go to exam mode without the
    question fields that name the answer. The originals are encrypted into
    ``answer-key.sealed``, so the instructor's station can score (docinspect.classroom.exams).
    ``out`` must not exist. The source pack is not changed.
    """
    if source.is_file():
        raise AnswerKeyError(f"{source}: sealing takes a folder pack; unpack the zip first")
    if not (source / "pack.json").is_file():
        raise AnswerKeyError(f"{source}: not a folder pack (pack.json is missing)")
    if out.exists():
        raise AnswerKeyError(f"{out}: exists already; choose a new folder for the exam pack")
    manifest = _read_json(source / "pack.json")
    folders = manifest.get("specimens") if isinstance(manifest, dict) else None
    if not isinstance(folders, list):
        raise AnswerKeyError(f"{source / 'pack.json'}: specimens: must be a list")
    exercise_files = manifest.get("exercises", [])
    if not isinstance(exercise_files, list):
        raise AnswerKeyError(f"{source / 'pack.json'}: exercises: must be a list")
    key: dict[str, Any] = {"format": PAYLOAD_FORMAT, "specimens": {}, "exercises": {}}
    sealed_files: dict[str, Any] = {}
    for number, folder in enumerate(folders, start=1):
        spec_path = source / str(folder) / "specimen.json"
        spec = _read_json(spec_path)
        if not isinstance(spec, dict) or not isinstance(spec.get("id"), str):
            raise AnswerKeyError(f"{spec_path}: id: missing")
        key["specimens"][spec["id"]] = spec
        shown = {k: spec[k] for k in _SHOWN_SPECIMEN_KEYS if k in spec}
        shown["title"] = f"Exam document {number}"  # a title often names the forgery
        shown["truth"] = {"sealed": True}
        sealed_files[f"{folder}/specimen.json"] = shown
    for name in exercise_files:
        data = _read_json(source / str(name))
        key["exercises"][str(name)] = data
        sealed_files[str(name)] = _sealed_exercise(data, str(name))
    shutil.copytree(source, out)
    try:
        for name, data in sealed_files.items():
            text = json.dumps(data, indent=2, ensure_ascii=False)
            (out / name).write_text(text, encoding="utf-8")
        manifest[ANSWER_KEY_FIELD] = KEY_FILE
        (out / "pack.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        (out / KEY_FILE).write_text(json.dumps(seal(key, passphrase), indent=2), encoding="utf-8")
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)  # never leave a half-sealed pack with a key in it
        raise
    return SealReport(len(key["specimens"]), out)


def open_answer_key(pack: Path, passphrase: str) -> dict[str, Any]:
    """The sealed key of an exam pack: ``{"specimens": {id: specimen.json as written},
    "exercises": {file: exercise as written}}`` of the instructor's original pack."""
    path = pack / KEY_FILE
    if not path.is_file():
        raise AnswerKeyError(f"{pack}: no sealed answer key ({KEY_FILE} is missing)")
    key = unseal(_read_json(path), passphrase, where=str(path))
    if not isinstance(key, dict) or key.get("format") != PAYLOAD_FORMAT:
        raise AnswerKeyError(f"{path}: not an answer key this DocInspect can read")
    return key
