"""Exam packs handed to trainees carry no readable answer key: tried as a trainee would."""

from __future__ import annotations

import base64
import json

import pytest

from docinspect.classroom import (
    AnswerKeyError,
    NotAllowed,
    open_answer_key,
    open_classroom,
    seal_exam_pack,
)

TRUTH = {
    "verdict": "counterfeit",
    "methods": ["office_paper"],
    "explanation": "The paper glows blue-white under UV: optical brighteners.",
}
REGION = {
    "id": "r1",
    "shape": {"type": "rect", "x": 10.0, "y": 10.0, "width": 30.0, "height": 20.0},
    "feature": "uv_dull_substrate",
    "role": "forgery_indicator",
    "lights": ["uv365"],
    "min_magnification": 1.0,
    "explanation": "Genuine document paper stays dull under UV.",
    "method": "office_paper",
}
SECRETS = ["counterfeit", "office_paper", "uv_dull_substrate", "brighteners", "stays dull"]


@pytest.fixture
def pack(tmp_path):
    root = tmp_path / "exam"
    (root / "specimens" / "s01").mkdir(parents=True)
    (root / "pack.json").write_text(
        json.dumps(
            {
                "format": 1,
                "id": "exam",
                "title": "Exam",
                "version": "1",
                "specimens": ["specimens/s01"],
                "exercises": [],
            }
        )
    )
    (root / "specimens" / "s01" / "specimen.json").write_text(
        json.dumps(
            {
                "id": "s01",
                "title": "Passport",
                "document_type": "td3",
                "size_mm": [125.0, 88.0],
                "truth": TRUTH,
                "layers": {"white": "white.png"},
                "regions": [REGION],
            }
        )
    )
    (root / "specimens" / "s01" / "white.png").write_bytes(b"\x89PNG fake image bytes")
    return root


def _all_text(folder):
    return "\n".join(
        p.read_bytes().decode("latin-1") for p in sorted(folder.rglob("*")) if p.is_file()
    )


def test_no_file_of_a_sealed_exam_pack_reveals_the_answer(pack, tmp_path):
    report = seal_exam_pack(pack, tmp_path / "handed-out", "instructor passphrase")
    assert report.specimens_sealed == 1
    text = _all_text(tmp_path / "handed-out")
    for secret in SECRETS:
        assert secret not in text.lower()
    spec = json.loads((tmp_path / "handed-out/specimens/s01/specimen.json").read_text())
    assert spec["truth"] == {"sealed": True} and "regions" not in spec
    assert (tmp_path / "handed-out/specimens/s01/white.png").read_bytes().startswith(b"\x89PNG")
    assert SECRETS[0] in _all_text(pack)  # the instructor's own pack is untouched


def test_the_instructor_reopens_the_key_and_a_trainee_cannot(pack, tmp_path):
    exam = seal_exam_pack(pack, tmp_path / "handed-out", "instructor passphrase").out
    assert open_answer_key(exam, "instructor passphrase") == {
        "s01": {"truth": TRUTH, "regions": [REGION]}
    }
    with pytest.raises(AnswerKeyError, match="wrong passphrase"):
        open_answer_key(exam, "guessed passphrase")

    room = open_classroom(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    room.create_instructor("boss", "boss-password", by=None)
    boss = room.log_in("boss", "boss-password")
    room.add_trainee(boss, "Ann", username="ann", password="ann-password")
    ann = room.log_in("ann", "ann-password")
    with pytest.raises(NotAllowed):
        room.answer_key(ann, exam, "instructor passphrase")
    assert room.answer_key(boss, exam, "instructor passphrase")["s01"]["truth"] == TRUTH


def test_a_changed_sealed_key_is_refused_not_misread(pack, tmp_path):
    exam = seal_exam_pack(pack, tmp_path / "handed-out", "instructor passphrase").out
    sealed = json.loads((exam / "answer-key.sealed").read_text())
    for field in ("ciphertext", "nonce"):
        changed = dict(sealed)
        raw = bytearray(base64.b64decode(sealed[field]))
        raw[0] ^= 1
        changed[field] = base64.b64encode(bytes(raw)).decode()
        (exam / "answer-key.sealed").write_text(json.dumps(changed))
        with pytest.raises(AnswerKeyError, match="changed"):
            open_answer_key(exam, "instructor passphrase")
    (exam / "answer-key.sealed").write_text("{not json")
    with pytest.raises(AnswerKeyError, match="cannot be read as JSON"):
        open_answer_key(exam, "instructor passphrase")


def test_sealing_refuses_to_overwrite_and_names_a_missing_pack(pack, tmp_path):
    (tmp_path / "taken").mkdir()
    with pytest.raises(AnswerKeyError, match="exists already"):
        seal_exam_pack(pack, tmp_path / "taken", "instructor passphrase")
    with pytest.raises(AnswerKeyError, match="pack.json is missing"):
        seal_exam_pack(tmp_path / "nowhere", tmp_path / "x", "instructor passphrase")


def test_a_zip_pack_is_refused_with_advice(tmp_path):
    (tmp_path / "exam.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    with pytest.raises(AnswerKeyError, match="unpack the zip first"):
        seal_exam_pack(tmp_path / "exam.zip", tmp_path / "out", "instructor passphrase")
