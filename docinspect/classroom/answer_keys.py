"""Exam packs for trainees without a readable answer key, and the sealed key for the instructor.

``seal_exam_pack`` writes a trainee's copy of a folder pack that holds only what inspecting
the documents shows (decision 0018: neutral ids, names and order, scenes compiled to their
look, images re-encoded, exercises without their answers), and the originals encrypted to
``answer-key.sealed`` in it. Only ``open_answer_key`` with the instructor's passphrase reads
them back.

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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from docinspect.classroom.exam_content import (
    SealRefused,
    check_captured_names,
    check_seed,
    neutral_name,
    page_scenes,
    plain_png,
    sealed_exercise,
    sealed_specimen,
    shown_texts,
    shown_translations,
    specimen_files,
)
from docinspect.classroom.sealed_scene import seal_scene
from docinspect.i18n import (
    LANGUAGES,
    CatalogueError,
    Message,
    message_of,
    parse_po,
    translate_message,
    updated_po,
)
from docinspect.model.scene import SceneError
from docinspect.packs.pack import ANSWER_KEY_FIELD, SEALED_KEY_FORMAT
from docinspect.training.catalogue import MAX_CATALOGUE_BYTES
from docinspect.training.content_language import CATALOGUE_FOLDER

KEY_FILE: Final = "answer-key.sealed"
FORMAT: Final = SEALED_KEY_FORMAT
VERSION: Final = 1
#: What the sealed JSON holds (inside the encryption).
PAYLOAD_FORMAT: Final = "docinspect-answer-key-1"
_N, _R, _P = 2**15, 8, 1
#: A sealed exam's title unless the instructor gives one; a seat reads it in its language.
SEALED_TITLE: Final = Message("Sealed exam")


class AnswerKeyError(ValueError):
    """The pack or its sealed key cannot be used; the message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class SealReport:
    specimens_sealed: int
    out: Path
    #: Questions whose presence tells another question's answer (sealed anyway; the
    #: instructor decides): "file: question: why".
    warnings: tuple[str, ...] = ()


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
            raise AnswerKeyError(
                Message(
                    "{where}: not a sealed answer key of version {version}",
                    where=where,
                    version=VERSION,
                )
            )
        kdf = sealed["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(sealed["nonce"], validate=True)
        ciphertext = base64.b64decode(sealed["ciphertext"], validate=True)
        mac = base64.b64decode(sealed["mac"], validate=True)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, AnswerKeyError):
            raise
        raise AnswerKeyError(
            Message("{where}: damaged sealed answer key ({exc})", where=where, exc=exc)
        ) from exc
    if kdf.get("name") != "scrypt" or n < 2**14 or n > 2**20 or not (1 <= r <= 32 and 1 <= p <= 4):
        raise AnswerKeyError(Message("{where}: unsupported key-derivation parameters", where=where))
    enc_key, mac_key = _keys(passphrase, salt, n, r, p)
    header = f"{FORMAT}|{VERSION}|scrypt|{n}|{r}|{p}".encode()
    expected = hmac.digest(mac_key, header + salt + nonce + ciphertext, "sha256")
    if not hmac.compare_digest(expected, mac):
        raise AnswerKeyError(
            Message("{where}: wrong passphrase, or the sealed key was changed", where=where)
        )
    return json.loads(_keystream_xor(enc_key, nonce, ciphertext))


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AnswerKeyError(
            Message("{path}: cannot be read as JSON: {exc}", path=path, exc=exc)
        ) from exc


def _sealed_scene_file(data: Any, where: str, rename) -> bytes:
    try:
        sealed = seal_scene(data, rename=rename, source=where)
    except SceneError as exc:
        raise AnswerKeyError(str(exc)) from exc
    return json.dumps(sealed, indent=2, ensure_ascii=False).encode("utf-8")


def seal_exam_pack(
    source: Path, out: Path, passphrase: str, *, title: str = SEALED_TITLE
) -> SealReport:
    """Write a trainee's copy of the folder pack ``source`` to ``out``, every answer sealed.

    The copy holds only what inspecting the documents shows (decision 0018): specimens in a
    random order under random ids and folders, titled "Exam document N", each ``scene.json``
    compiled to its look (docinspect.classroom.sealed_scene), every image re-encoded with
    nothing but its pixels under a random name, a ``pack.json`` of known keys only, and
    exercises in exam mode without the fields that name an answer. The originals (under the
    new ids and file names) are encrypted into ``answer-key.sealed`` so the instructor's
    station can score (docinspect.classroom.exams). Files of the source pack the specimens
    and exercises do not name are not copied.

    Raises AnswerKeyError naming the file and the reason for what cannot be sealed safely
    (a guessable generator seed, a scan named for its truth, a question that shows its
    answer, a scene or image that cannot be read). ``out`` must not exist; the source pack
    is not changed.
    """
    if source.is_file():
        raise AnswerKeyError(
            Message("{source}: sealing takes a folder pack; unpack the zip first", source=source)
        )
    if not (source / "pack.json").is_file():
        raise AnswerKeyError(
            Message("{source}: not a folder pack (pack.json is missing)", source=source)
        )
    if out.exists():
        raise AnswerKeyError(
            Message("{out}: exists already; choose a new folder for the exam pack", out=out)
        )
    if len(passphrase) < 8:  # said before the work, not after
        raise ValueError("an answer-key passphrase needs at least 8 characters")
    manifest = _read_json(source / "pack.json")
    folders = manifest.get("specimens") if isinstance(manifest, dict) else None
    if not isinstance(folders, list):
        raise AnswerKeyError(
            Message("{value}: specimens: must be a list", value=source / "pack.json")
        )
    exercise_files = manifest.get("exercises", [])
    if not isinstance(exercise_files, list):
        raise AnswerKeyError(
            Message("{value}: exercises: must be a list", value=source / "pack.json")
        )
    try:
        files, key, warnings, sealed_folders, sealed_exercises = _sealed_content(
            source, manifest, folders, exercise_files, title
        )
    except SealRefused as exc:
        raise AnswerKeyError(message_of(exc)) from exc
    sealed_manifest = {
        "format": manifest.get("format", 1),
        "id": neutral_name("exam"),
        "title": str(title),
        "version": "1",
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "specimens": sealed_folders,
        "exercises": sealed_exercises,
        ANSWER_KEY_FIELD: KEY_FILE,
    }
    files["pack.json"] = json.dumps(sealed_manifest, indent=2).encode("utf-8")
    files[KEY_FILE] = json.dumps(seal(key, passphrase), indent=2).encode("utf-8")
    out.mkdir(parents=True)
    try:
        for name, data in files.items():
            path = out / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)  # never leave a half-sealed pack with a key in it
        raise
    return SealReport(len(key["specimens"]), out, tuple(warnings))


def _sealed_content(source: Path, manifest: dict, folders: list, exercise_files: list, title: str):
    """Every file of the sealed pack but pack.json and the key, and the key's content."""
    check_seed(manifest, str(source / "pack.json"))
    key: dict[str, Any] = {
        "format": PAYLOAD_FORMAT,
        "specimens": {},
        "exercises": {},
        # Which exam document is which of the instructor's pack, for the instructor.
        "originals": {},
    }
    files: dict[str, bytes] = {}
    order = list(range(len(folders)))
    secrets.SystemRandom().shuffle(order)  # the pack's order says nothing either
    new_ids: dict[str, str] = {}
    sealed_folders: list[str] = []
    used_ids: set[str] = set()
    for number, index in enumerate(order, start=1):
        folder = str(folders[index])
        spec_path = source / folder / "specimen.json"
        spec = _read_json(spec_path)
        if not isinstance(spec, dict) or not isinstance(spec.get("id"), str):
            raise AnswerKeyError(Message("{spec_path}: id: missing", spec_path=spec_path))
        if spec.get("layers"):
            check_captured_names(spec, folder, str(spec_path))
        new_id = neutral_name("doc")
        while new_id in used_ids:
            new_id = neutral_name("doc")
        used_ids.add(new_id)
        new_ids[spec["id"]] = new_id
        new_folder = f"documents/{new_id}"
        renamed = _neutral_file_names(spec)
        for name, new_name in renamed.items():
            where = f"{source / folder / name}"
            path = source / folder / name
            if not path.is_file():
                raise AnswerKeyError(
                    Message("{where}: missing (named by {name})", where=where, name=spec_path.name)
                )
            if name == spec.get("scene") or name in page_scenes(spec):
                data = _sealed_scene_file(_read_json(path), where, _renamer(renamed, where))
            else:
                data = plain_png(path.read_bytes(), where)
            files[f"{new_folder}/{new_name}"] = data
        shown, original = sealed_specimen(spec, new_id=new_id, number=number, renamed=renamed)
        files[f"{new_folder}/specimen.json"] = _json_bytes(shown)
        key["specimens"][new_id] = original
        key["originals"][new_id] = {"id": spec["id"], "folder": folder}
        sealed_folders.append(new_folder)
    warnings: list[str] = []
    sealed_exercises: list[str] = []
    for number, name in enumerate(exercise_files, start=1):
        data = _read_json(source / str(name))
        new_name = f"exercises/exam-{number}.json"
        shown, original, hints = sealed_exercise(data, str(name), new_ids)
        warnings += hints
        key["exercises"][new_name] = original
        files[new_name] = _json_bytes(shown)
        sealed_exercises.append(new_name)
    shown_exercises = [json.loads(files[name]) for name in sealed_exercises]
    shown = shown_texts(shown_exercises, str(title))
    key["translations"], carried = _catalogues(source, shown, title)
    files.update(carried)
    return files, key, warnings, sealed_folders, sealed_exercises


def _catalogues(
    source: Path, shown: set[str], title: str
) -> tuple[dict[str, str], dict[str, bytes]]:
    """The instructor's translations (decision 0035): each ``i18n/<language>.po`` of the
    source pack whole, for the key (the instructor's station gets the pack back as it was),
    and the sealed pack's own catalogues, which translate only the texts the exam shows (its
    titles and prompts); a seat reads them as any pack's. Nothing of an explanation is in
    clear: its translation would say what the sealed English does. The default title
    ("Sealed exam") comes with DocInspect's own translation of it."""
    whole: dict[str, str] = {}
    carried: dict[str, bytes] = {}
    for language in LANGUAGES:
        path = source / CATALOGUE_FOLDER / f"{language}.po"
        own = translate_message(title, language)
        kept = {str(title): own} if own != str(title) else {}
        if not path.is_file():
            if kept:
                name = f"{CATALOGUE_FOLDER}/{language}.po"
                carried[name] = updated_po(None, language, kept).encode("utf-8")
            continue
        where = str(path)
        try:
            if path.stat().st_size > MAX_CATALOGUE_BYTES:
                raise SealRefused(
                    Message(
                        "{where}: larger than {kib} KiB; it cannot be sealed",
                        where=where,
                        kib=MAX_CATALOGUE_BYTES // 1024,
                    )
                )
            text = path.read_text("utf-8")
            entries = parse_po(text, file=where)
        except UnicodeDecodeError as exc:
            raise SealRefused(
                Message("{where}: is not UTF-8 text; it cannot be sealed", where=where)
            ) from exc
        except CatalogueError as exc:
            raise SealRefused(message_of(exc)) from exc
        whole[language] = text
        kept = {**kept, **shown_translations(entries, shown)}
        if kept:
            name = f"{CATALOGUE_FOLDER}/{language}.po"
            carried[name] = updated_po(None, language, kept).encode("utf-8")
    return whole, carried


def _renamer(renamed: dict[str, str], where: str):
    def rename(name: str) -> str:
        if name not in renamed:
            raise SealRefused(
                Message(
                    "{where}: draws {name}, which its specimen.json does not list",
                    where=where,
                    name=repr(name),
                )
            )
        return renamed[name]

    return rename


def _neutral_file_names(spec: dict[str, Any]) -> dict[str, str]:
    """Each file the specimen names, under a random name (images become PNGs)."""
    out: dict[str, str] = {}
    for name in specimen_files(spec):
        if name == spec.get("scene"):
            out[name] = "scene.json"
        elif name in page_scenes(spec):
            # A booklet's page: in the document's folder, named for nothing (not its number).
            new = neutral_name("img") + ".json"
            while new in out.values():
                new = neutral_name("img") + ".json"
            out[name] = new
        else:
            new = neutral_name("img") + ".png"
            while new in out.values():
                new = neutral_name("img") + ".png"
            out[name] = new
    return out


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def open_answer_key(pack: Path, passphrase: str) -> dict[str, Any]:
    """The sealed key of an exam pack: ``{"specimens": {id: specimen.json as written},
    "exercises": {file: exercise as written}}`` of the instructor's original pack."""
    path = pack / KEY_FILE
    if not path.is_file():
        raise AnswerKeyError(
            Message(
                "{pack}: no sealed answer key ({key_file} is missing)", pack=pack, key_file=KEY_FILE
            )
        )
    key = unseal(_read_json(path), passphrase, where=str(path))
    if not isinstance(key, dict) or key.get("format") != PAYLOAD_FORMAT:
        raise AnswerKeyError(
            Message("{path}: not an answer key this DocInspect can read", path=path)
        )
    return key
