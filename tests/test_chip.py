"""The simulated chip (issue 22): real encodings checked by outside tools, and every chip case
a reader meets, through ``docinspect chip read``."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from docinspect.chip import access, lds, pki
from docinspect.chip.make import ChipCase
from docinspect.chip.reader import ChipStatus, Outcome, read_chip
from docinspect.chip.sod import content_info, open_sod
from docinspect.cli import main
from docinspect.packs import read_pack
from docinspect.packs.writer import SpecimenFiles, write_pack
from docinspect.synth import chips
from docinspect.synth.documents import PORTRAIT_FILE, build_document
from docinspect.synth.generate import make_specimen

TODAY = dt.date(2026, 12, 7)


def _specimen(seed: int, *, kind: str = "td3", profile: str | None = None, case=None, state=None):
    """A generated specimen and its files, its chip forced to ``case`` when given."""
    spec, files = make_specimen(
        seed, kind=kind, specimen_id=f"s-{seed}", profile=profile, state_code=state
    )
    if case is not None:
        for name in [n for n in files if n.startswith("chip/")]:
            del files[name]
        draft = build_document(seed, doc_type=kind, state_code=state)
        spec = spec.__class__(**{**_fields(spec), "chip": None})
        spec = chips.add_chip(spec, files, chips.chip_data(draft), case, seed=seed)
    return spec, files


def _fields(spec):
    return {name: getattr(spec, name) for name in spec.__dataclass_fields__}


def _chip_bytes(spec, files):
    return {lds_name: files[path] for lds_name, path in spec.chip.files.items()}


def _read(spec, files, mrz=None):
    return read_chip(
        _chip_bytes(spec, files) if spec.chip.answers else {},
        mrz or spec.mrz,
        today=TODAY,
        page_mrz=spec.mrz,
        answers=spec.chip.answers,
    )


def _failed(reading) -> set[str]:
    return {c.step for c in reading.checks if c.outcome is Outcome.FAILED}


# --- the standard's own numbers ---


def test_access_key_is_doc_9303s_worked_example():
    # ICAO Doc 9303 part 11, appendix D.2: the BAC keys of the specimen MRZ.
    lines = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C<3UTO6908061F9406236ZE184226B<<<<<14",
    ]
    assert access.mrz_information(lines) == "L898902C<369080619406236"
    seed = access.key_seed(lines)
    assert seed.hex().upper() == "239AB9CB282DAF66231DC5A4DF6BFBAE"
    k_enc, k_mac = access.session_keys(seed)
    assert k_enc.hex().upper() == "AB94FDECF2674FDFB9B391F85D7F76F2"
    assert k_mac.hex().upper() == "7962D9ECE03D1ACD4C76089DCE131543"


def test_td1_access_key_reads_the_first_line():
    lines = [
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ]
    assert access.mrz_information(lines) == "D23145890774081221204159"
    with pytest.raises(access.AccessError, match="3 lines of 30"):
        access.mrz_information(["P<UTO", "SHORT"])


# --- outside tools verify what the generator writes ---


@pytest.fixture(scope="module")
def genuine():
    return _specimen(11, state="UTO")


def test_openssl_accepts_a_genuine_sod_and_rejects_a_tampered_one(genuine, tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("the openssl program is not installed")
    spec, files = genuine
    sod = files[spec.chip.files["EF.SOD"]]
    (tmp_path / "masterlist.pem").write_bytes(pki.master_list_pem())
    (tmp_path / "sod.der").write_bytes(content_info(sod))

    def verify(name: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["openssl", "cms", "-verify", "-inform", "DER", "-in", str(tmp_path / name),
             "-CAfile", str(tmp_path / "masterlist.pem"), "-purpose", "any",
             "-out", str(tmp_path / "content.der")],
            capture_output=True,
            text=True,
        )  # fmt: skip

    assert verify("sod.der").returncode == 0
    # The signed content is the LDS security object with the data groups' hashes.
    content = (tmp_path / "content.der").read_bytes()
    for name in ("DG1", "DG2"):
        assert hashlib.sha256(files[spec.chip.files[name]]).digest() in content
    tampered = bytearray(content_info(sod))
    at = bytes(tampered).find(hashlib.sha256(files[spec.chip.files["DG1"]]).digest())
    tampered[at] ^= 0x01
    (tmp_path / "bad.der").write_bytes(bytes(tampered))
    assert verify("bad.der").returncode != 0


def test_hashes_recomputed_with_hashlib_match_the_sod(genuine):
    spec, files = genuine
    opened = open_sod(files[spec.chip.files["EF.SOD"]])
    assert opened.signature_valid and opened.digest_matches
    assert opened.hashes == {
        1: hashlib.sha256(files[spec.chip.files["DG1"]]).digest(),
        2: hashlib.sha256(files[spec.chip.files["DG2"]]).digest(),
    }


def test_dg1_is_the_documents_mrz_and_passes_mrz_check(genuine, capsys):
    spec, files = genuine
    mrz = lds.split_mrz(lds.read_dg1(files[spec.chip.files["DG1"]]))
    assert mrz == spec.mrz
    assert main(["mrz", "check", *mrz]) == 0


def test_dg2_is_the_photo_at_issue(genuine):
    spec, files = genuine
    face = _image(lds.read_dg2(files[spec.chip.files["DG2"]]))
    printed = _image(files[PORTRAIT_FILE], size=face.shape[1::-1])
    assert np.abs(face - printed).mean() < 6  # the same picture, JPEG-compressed


def test_the_chip_is_deterministic():
    a = _specimen(5)[1]
    b = _specimen(5)[1]
    assert {k: v for k, v in a.items() if k.startswith("chip/")} == {
        k: v for k, v in b.items() if k.startswith("chip/")
    }
    assert any(k.startswith("chip/") for k in a)


def _image(data: bytes, size=None) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as im:
        im = im.convert("RGB")
        if size is not None:
            im = im.resize(size, Image.Resampling.LANCZOS)
        return np.asarray(im, dtype=float)


# --- every case, as the reader judges it ---


def test_a_genuine_chip_passes_passive_authentication(genuine):
    spec, files = genuine
    reading = _read(spec, files)
    assert reading.status is ChipStatus.READ
    assert reading.authenticated and reading.matches_page
    assert _failed(reading) == set()


def test_a_wrong_mrz_gets_access_refused(genuine):
    spec, files = genuine
    line2 = spec.mrz[1]
    typo = ("X" if line2[0] != "X" else "Y") + line2[1:]
    reading = _read(spec, files, mrz=[spec.mrz[0], typo])
    assert reading.status is ChipStatus.ACCESS_REFUSED
    assert not reading.authenticated


def test_a_photo_substitution_leaves_the_real_holder_on_the_chip():
    spec, files = _specimen(21, profile="photo_substitution")
    reading = _read(spec, files)
    assert reading.authenticated and reading.matches_page
    chip_face = _image(reading.face)
    page_face = _image(files[PORTRAIT_FILE], size=chip_face.shape[1::-1])
    # The chip keeps the photo at issue; the page now shows someone else's.
    assert np.abs(chip_face - page_face).mean() > 12
    assert spec.truth.extra["chip"] == "genuine"


def test_a_data_alteration_leaves_the_issued_data_on_the_chip():
    spec, files = _specimen(3, profile="data_alteration")
    issued = build_document(3)
    reading = _read(spec, files)
    assert reading.authenticated
    # The forger changed the visual zone; DG1 still holds what the state issued.
    assert reading.mrz == tuple(issued.mrz_lines)
    changed = {k for k in spec.data if spec.data[k] != issued.data.get(k)}
    assert changed


@pytest.mark.parametrize(
    ("case", "status", "failed"),
    [
        (ChipCase.NONE, ChipStatus.NO_CHIP, set()),
        (ChipCase.DEAD, ChipStatus.NO_CHIP, set()),
        (ChipCase.BLANK, ChipStatus.NOT_PERSONALISED, {"access"}),
        (ChipCase.SELF_SIGNED, ChipStatus.READ, {"chain"}),
        (ChipCase.LEAKED_KEY, ChipStatus.READ, {"revocation"}),
        (ChipCase.REVOKED_CSCA, ChipStatus.READ, {"chain_withdrawn"}),
        (ChipCase.CLONED, ChipStatus.READ, {"dg1_vs_mrz"}),
    ],
)
def test_forgers_chips(case, status, failed):
    spec, files = _specimen(8, case=case, state="KDV")
    reading = _read(spec, files)
    assert reading.status is status
    assert _failed(reading) == failed
    assert not (reading.authenticated and reading.matches_page)
    assert spec.truth.extra["chip"] == case.value
    assert chips.EXPLANATIONS[case] in spec.truth.explanation


def test_a_cloned_chip_passes_authentication_but_is_not_this_document():
    spec, files = _specimen(8, case=ChipCase.CLONED, state="UTO")
    reading = _read(spec, files)
    assert reading.authenticated  # a genuine chip, genuinely signed
    assert not reading.matches_page
    assert reading.mrz != tuple(spec.mrz)


def test_an_expired_document_signer_is_a_warning_not_a_failure():
    # Nerevia's DS certificates live three years; a passport issued four years ago is valid.
    for seed in range(40):
        spec, files = _specimen(seed, state="NRV")
        reading = _read(spec, files)
        warned = [c for c in reading.checks if c.outcome is Outcome.WARNING]
        if warned:
            break
    else:  # pragma: no cover
        pytest.fail("no Nerevian passport in 40 seeds was signed over three years ago")
    assert [c.step for c in warned] == ["validity"]
    assert reading.authenticated and reading.matches_page


def test_profiles_choose_their_chips():
    rng = random.Random(1)

    class Draft:
        profile = "desktop_counterfeit"
        verdict = None

    assert {chips.chip_case(Draft, rng) for _ in range(30)} <= {ChipCase.NONE, ChipCase.DEAD}
    Draft.profile = "impostor"
    assert chips.chip_case(Draft, rng) is ChipCase.GENUINE


def test_no_chip_on_documents_without_one():
    spec, _ = make_specimen(4, kind="td2", specimen_id="x")
    assert spec.chip is None
    spec, _ = make_specimen(4, kind="td1-back", specimen_id="x")
    assert spec.chip is None


# --- the command and the pack format ---


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    root = tmp_path_factory.mktemp("chip") / "pack"
    cases = {
        "genuine": _specimen(11, state="UTO"),
        "self-made": _specimen(12, case=ChipCase.SELF_SIGNED, state="UTO"),
        "nothing": _specimen(13, case=ChipCase.NONE, state="UTO"),
        "dead": _specimen(14, case=ChipCase.DEAD, state="UTO"),
        "blank": _specimen(15, case=ChipCase.BLANK, state="KDV"),
        "leaked": _specimen(16, case=ChipCase.LEAKED_KEY, state="KDV"),
        "withdrawn": _specimen(17, case=ChipCase.REVOKED_CSCA, state="NRV"),
        "cloned": _specimen(18, case=ChipCase.CLONED, state="UTO"),
        "substituted": _specimen(21, profile="photo_substitution"),
        "altered": _specimen(3, profile="data_alteration"),
        "nerevian": _specimen(19, state="NRV"),
    }
    specimens = []
    for name, (spec, files) in cases.items():
        spec = spec.__class__(**{**_fields(spec), "id": name})
        specimens.append(SpecimenFiles(spec, files))
    write_pack(root, pack_id="chips", title="Chips", version="1", specimens=specimens)
    return root


def test_chip_read_command(pack, capsys):
    assert main(["chip", "read", str(pack), "genuine", "--today", "2026-12-07"]) == 0
    out = capsys.readouterr().out
    assert "Passive authentication: passed" in out
    assert "DG1 is the printed MRZ" in out
    assert main(["chip", "read", str(pack), "self-made", "--today", "2026-12-07"]) == 1
    assert "self-made CSCA" in capsys.readouterr().out
    assert main(["chip", "read", str(pack), "nothing", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["status"] == "no_chip"


@pytest.mark.parametrize(
    ("specimen", "code", "says"),
    [
        ("genuine", 0, "Passive authentication: passed"),
        ("substituted", 0, "Passive authentication: passed"),  # the chip keeps the real holder
        ("self-made", 1, "self-made CSCA"),
        ("nothing", 1, "No chip answers the reader."),
        ("dead", 1, "No chip answers the reader."),
        ("blank", 1, "holds no travel document"),
        ("leaked", 1, "revocation list"),
        ("withdrawn", 1, "withdrew on"),
        ("cloned", 1, "DG1 differs from the printed MRZ"),
        # The forger changed the visual zone only: the chip still holds the issued data.
        ("altered", 0, "DG1 is the printed MRZ"),
    ],
)
def test_every_chip_case_through_the_command(pack, capsys, specimen, code, says):
    assert main(["chip", "read", str(pack), specimen, "--today", "2026-12-07"]) == code
    assert says in capsys.readouterr().out


def test_an_expired_signer_through_the_command_is_a_warning(pack, capsys):
    # Nerevia's signer certificates live three years: read in 2031, any of them has expired.
    assert main(["chip", "read", str(pack), "nerevian", "--today", "2031-01-01"]) == 0
    out = capsys.readouterr().out
    assert "[warn] validity" in out and "no reason to refuse" in out


def test_the_shipped_master_list_is_the_states_own():
    from docinspect.chip.pki import MASTER_LIST, TRUST_FOLDER, WITHDRAWN_LIST, withdrawn_pem

    folder = Path(__file__).resolve().parents[1] / "assets" / TRUST_FOLDER
    # scripts/make-chip-trust.py rewrites them when the states' keys change.
    assert (folder / MASTER_LIST).read_bytes() == pki.master_list_pem()
    assert (folder / WITHDRAWN_LIST).read_bytes() == withdrawn_pem()
    assert set(pki.master_list()) == set(pki.STATES) == set(pki.withdrawn_cscas())


def test_chip_read_with_another_mrz_and_bad_input(pack, capsys):
    spec = read_pack(pack).specimen("genuine")
    other = spec.mrz[1][:-1] + ("0" if spec.mrz[1][-1] != "0" else "1")
    wrong_number = "Z" + spec.mrz[1][1:]
    assert main(["chip", "read", str(pack), "genuine", "--mrz", spec.mrz[0], wrong_number]) == 1
    assert "Chip access refused" in capsys.readouterr().out
    # The composite check digit is not part of the access key: the chip still opens.
    assert main(["chip", "read", str(pack), "genuine", "--mrz", spec.mrz[0], other]) == 0
    capsys.readouterr()
    assert main(["chip", "read", str(pack), "no-such"]) == 2
    assert "no specimen 'no-such'" in capsys.readouterr().err
    assert main(["chip", "read", str(pack / "missing"), "genuine"]) == 2


def test_a_damaged_chip_file_is_a_failed_check_not_a_traceback(pack, tmp_path, capsys):
    copy = tmp_path / "pack"
    shutil.copytree(pack, copy)
    sod = next(copy.glob("specimens/genuine/chip/EF.SOD"))
    sod.write_bytes(b"\x77\x03abc")
    assert main(["chip", "read", str(copy), "genuine"]) == 1
    assert "EF.SOD" in capsys.readouterr().out


def test_masterlist_command_writes_the_cscas(tmp_path, capsys):
    out = tmp_path / "ml.pem"
    assert main(["chip", "masterlist", "--out", str(out)]) == 0
    assert out.read_bytes().count(b"BEGIN CERTIFICATE") == len(pki.STATES)


def test_the_pack_format_refuses_a_bad_chip(pack, tmp_path):
    from docinspect.packs import PackReadError

    copy = tmp_path / "pack"
    shutil.copytree(pack, copy)
    path = copy / "specimens" / "genuine" / "specimen.json"
    data = json.loads(path.read_text("utf-8"))
    data["chip"]["files"]["DG9"] = "chip/DG9"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(PackReadError) as err:
        read_pack(copy)
    text = "\n".join(str(p) for p in err.value.problems)
    assert "chip.files.DG9" in text and "is not a chip file" in text
    del data["chip"]["files"]["DG9"]
    data["chip"]["files"]["DG1"] = "chip/missing"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(PackReadError) as err:
        read_pack(copy)
    assert "chip/missing" in "\n".join(str(p) for p in err.value.problems)


def test_the_chip_module_meets_every_case_a_reader_shows():
    from docinspect.training.exercise_files import builtin_exercises
    from docinspect.training.specimens import generate_specimen

    exercise = next(e for e in builtin_exercises() if e.id == "chip")
    assert any("passive authentication" in p.lower() for p in exercise.lesson)
    seen, warnings = set(), 0
    for question in exercise.questions:
        spec, files = generate_specimen(question.specimen, specimen_id="q")
        seen.add((spec.truth.verdict.value, spec.truth.extra["chip"]))
        if spec.chip is not None and spec.chip.answers:
            reading = _read(spec, files)
            warnings += any(c.outcome is Outcome.WARNING for c in reading.checks)
    cases = {case for _verdict, case in seen}
    assert cases >= {"genuine", "none", "self_signed", "leaked_key", "cloned", "blank"}
    # The chip passes on falsified documents and impostors: the page and face must be read.
    assert {("falsified", "genuine"), ("impostor", "genuine")} <= seen
    assert warnings >= 1  # an expired signer on a valid document


def test_a_forgers_chip_is_a_trace_of_its_own_but_not_in_single_method_drills():
    spec, _ = make_specimen(9, kind="td3", specimen_id="x", profile="desktop_counterfeit")
    assert "chip_not_authentic" in spec.truth.methods
    assert spec.chip is not None and not spec.chip.answers
    # Seed 9 draws Nerevia, whose data page is polycarbonate: its paper counterfeit is in Utopia.
    spec, _ = make_specimen(
        9, kind="td3", specimen_id="x", state_code="UTO", methods=["office_paper"]
    )
    assert spec.truth.methods == ("office_paper",)
    assert spec.chip is not None and not spec.chip.answers  # still no working chip
    spec, _ = make_specimen(9, kind="td3", specimen_id="x", profile="impostor")
    assert "chip_not_authentic" not in spec.truth.methods
