"""Reading a chip as an inspection system does: access with the MRZ, then passive
authentication (ICAO Doc 9303 part 11 §5.1, part 12).

Passive authentication proves that the data groups are the ones the issuing state signed:
each data group's hash is in EF.SOD, EF.SOD is signed by a Document Signer, and the DS
certificate was issued by a CSCA in the reader's master list, valid and not revoked. It does
not prove that the chip belongs to this booklet (a cloned chip passes it: compare DG1 with
the printed MRZ) nor that the traveller is the holder (compare DG2 with the face).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from docinspect.chip import lds, pki
from docinspect.chip.access import AccessError, key_seed
from docinspect.chip.sod import DG_NUMBERS, SodError, open_sod
from docinspect.i18n import Message


class Outcome(StrEnum):
    PASSED = "passed"
    WARNING = "warning"  # passed, with something the officer should know
    FAILED = "failed"


class ChipStatus(StrEnum):
    NO_CHIP = "no_chip"  # nothing answers the reader
    ACCESS_REFUSED = "access_refused"  # the MRZ's key is not the chip's
    NOT_PERSONALISED = "not_personalised"  # the chip answers but holds no data
    READ = "read"


@dataclass(frozen=True, slots=True)
class Check:
    """One step of the reading, as the reader's screen lists it."""

    #: access, com, hash:DG1, signature, chain (or chain_withdrawn), validity, revocation,
    #: dg1_vs_mrz
    step: str
    outcome: Outcome
    #: What the reader says, in English; a Message (template and values: decision 0032), so a
    #: display translates it without reading the English back.
    detail: str
    #: The data groups EF.COM lists ("com" step): names a display shows in its own sentence.
    data_groups: tuple[str, ...] = ()


def _said(exc: Exception) -> str:
    """An exception's message, its Message kept when it was raised with one."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Message) else str(exc)


@dataclass(frozen=True, slots=True)
class ChipReading:
    status: ChipStatus
    checks: tuple[Check, ...] = ()
    #: DG1's MRZ lines, when read.
    mrz: tuple[str, ...] = ()
    #: DG2's face image (JPEG bytes), when read.
    face: bytes | None = None
    #: The DS certificate's subject and the CSCA it chains to, for the screen.
    signer: str = ""

    @property
    def authenticated(self) -> bool:
        """Passive authentication passed (possibly with warnings)."""
        return self.status is ChipStatus.READ and all(
            c.outcome is not Outcome.FAILED for c in self.checks if c.step != "dg1_vs_mrz"
        )

    @property
    def matches_page(self) -> bool:
        return any(c.step == "dg1_vs_mrz" and c.outcome is Outcome.PASSED for c in self.checks)


def read_chip(
    files: Mapping[str, bytes] | None,
    mrz: Sequence[str],
    *,
    today: dt.date,
    page_mrz: Sequence[str] | None = None,
    answers: bool = True,
) -> ChipReading:
    """Read a chip whose files are ``files`` (None: the document has no chip) with the access
    key of ``mrz`` (the lines the reader scanned or the officer typed), judging validity on
    ``today``. DG1 is compared with ``page_mrz`` (the printed MRZ; ``mrz`` when not given)."""
    if files is None or not answers:
        return ChipReading(ChipStatus.NO_CHIP)
    page_mrz = tuple(page_mrz if page_mrz is not None else mrz)
    try:
        seed = key_seed(mrz)
    except AccessError as exc:
        return ChipReading(
            ChipStatus.ACCESS_REFUSED, (Check("access", Outcome.FAILED, _said(exc)),)
        )
    if "ACCESS-KEY" not in files or not {"EF.COM", "EF.SOD"} <= files.keys():
        return ChipReading(
            ChipStatus.NOT_PERSONALISED,
            (
                Check(
                    "access",
                    Outcome.FAILED,
                    Message("the chip answers but holds no travel document"),
                ),
            ),
        )
    if files["ACCESS-KEY"] != seed:
        return ChipReading(
            ChipStatus.ACCESS_REFUSED,
            (
                Check(
                    "access",
                    Outcome.FAILED,
                    Message(
                        "the chip refused the key made from this MRZ (document number, date of "
                        "birth, date of expiry): it was not personalised with this data"
                    ),
                ),
            ),
        )
    checks = [
        Check("access", Outcome.PASSED, Message("the chip accepted the key made from the MRZ"))
    ]
    mrz_read: tuple[str, ...] = ()
    face = None
    try:
        groups = lds.read_com(files["EF.COM"])
        held = Message("holds {groups}", groups=", ".join(groups))
        checks.append(Check("com", Outcome.PASSED, held, data_groups=tuple(groups)))
    except lds.LdsError as exc:
        checks.append(Check("com", Outcome.FAILED, _said(exc)))
    try:
        opened = open_sod(files["EF.SOD"])
    except SodError as exc:
        checks.append(Check("signature", Outcome.FAILED, _said(exc)))
        return ChipReading(ChipStatus.READ, tuple(checks))
    for name, number in DG_NUMBERS.items():
        if name not in files:
            continue
        expected = opened.hashes.get(number)
        if expected is None:
            detail = Message("{group} is not in EF.SOD", group=name)
            checks.append(Check(f"hash:{name}", Outcome.FAILED, detail))
        elif hashlib.sha256(files[name]).digest() != expected:
            detail = Message("{group} was changed after signing", group=name)
            checks.append(Check(f"hash:{name}", Outcome.FAILED, detail))
        else:
            detail = Message("{group} is as signed", group=name)
            checks.append(Check(f"hash:{name}", Outcome.PASSED, detail))
    if "DG1" in files:
        try:
            mrz_read = lds.split_mrz(lds.read_dg1(files["DG1"]))
        except lds.LdsError as exc:
            checks.append(Check("hash:DG1", Outcome.FAILED, _said(exc)))
    if "DG2" in files:
        try:
            face = lds.read_dg2(files["DG2"])
        except lds.LdsError as exc:
            checks.append(Check("hash:DG2", Outcome.FAILED, _said(exc)))
    if opened.signature_valid and opened.digest_matches:
        detail = Message("EF.SOD is signed by its DS key")
        checks.append(Check("signature", Outcome.PASSED, detail))
    else:
        detail = Message("EF.SOD's signature does not match its content")
        checks.append(Check("signature", Outcome.FAILED, detail))
    ds = opened.certificate
    checks += _chain(ds, opened.signing_time, today)
    if mrz_read:
        same = tuple(mrz_read) == tuple(line.strip().upper() for line in page_mrz)
        checks.append(
            Check(
                "dg1_vs_mrz",
                Outcome.PASSED if same else Outcome.FAILED,
                Message("DG1 is the printed MRZ")
                if same
                else Message(
                    "DG1 differs from the printed MRZ: the chip was issued for other data"
                ),
            )
        )
    return ChipReading(
        ChipStatus.READ,
        tuple(checks),
        mrz=mrz_read,
        face=face,
        signer=ds.subject.rfc4514_string(),
    )


def _chain(ds: x509.Certificate, signed: dt.datetime | None, today: dt.date) -> list[Check]:
    """DS certificate -> CSCA in the master list; validity; revocation."""
    state = _state_of(ds.issuer)
    withdrawn = pki.withdrawn_cscas().get(state) if state else None
    if withdrawn is not None and withdrawn.subject == ds.issuer and _signed_by(ds, withdrawn):
        return [
            Check(
                "chain_withdrawn",
                Outcome.FAILED,
                Message(
                    "issued by {csca}, which {state} withdrew on {date} (its key was "
                    "compromised): a chip signed under it cannot be trusted",
                    csca=withdrawn.subject.rfc4514_string(),
                    state=state,
                    date=pki.WITHDRAWN_ON.isoformat(),
                ),
            )
        ]
    anchor = pki.master_list().get(state) if state else None
    if anchor is None or anchor.subject != ds.issuer:
        return [
            Check(
                "chain",
                Outcome.FAILED,
                Message(
                    "no CSCA in the master list issued this DS certificate ({issuer})",
                    issuer=ds.issuer.rfc4514_string(),
                ),
            )
        ]
    if not _signed_by(ds, anchor):
        return [
            Check(
                "chain",
                Outcome.FAILED,
                Message(
                    "the DS certificate bears the CSCA's name but not its signature: "
                    "a self-made CSCA"
                ),
            )
        ]
    issued = Message("issued by {csca}", csca=anchor.subject.rfc4514_string())
    checks = [Check("chain", Outcome.PASSED, issued)]
    now = dt.datetime.combine(today, dt.time(12, 0), tzinfo=dt.UTC)
    start, end = ds.not_valid_before_utc, ds.not_valid_after_utc
    if signed is not None and not start <= signed <= end:
        checks.append(
            Check(
                "validity",
                Outcome.FAILED,
                Message("EF.SOD was signed outside the DS certificate's validity"),
            )
        )
    elif now > end:
        checks.append(
            Check(
                "validity",
                Outcome.WARNING,
                Message(
                    "the DS certificate expired on {date}, after it signed this chip: the "
                    "signature was valid when made; alone this is no reason to refuse",
                    date=end.date().isoformat(),
                ),
            )
        )
    elif now < start:
        detail = Message("the DS certificate is not yet valid")
        checks.append(Check("validity", Outcome.FAILED, detail))
    else:
        detail = Message("DS and CSCA certificates are valid")
        checks.append(Check("validity", Outcome.PASSED, detail))
    revoked = pki.revocation_list(state).get_revoked_certificate_by_serial_number(ds.serial_number)
    if revoked is not None:
        checks.append(
            Check(
                "revocation",
                Outcome.FAILED,
                Message(
                    "the DS certificate is on {state}'s revocation list since {date} (key "
                    "compromise): anyone holding the leaked key can sign a chip",
                    state=state,
                    date=revoked.revocation_date_utc.date().isoformat(),
                ),
            )
        )
    else:
        detail = Message("not on {state}'s revocation list", state=state)
        checks.append(Check("revocation", Outcome.PASSED, detail))
    return checks


def _signed_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    public = issuer.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        return False
    try:
        public.verify(cert.signature, cert.tbs_certificate_bytes, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def _state_of(name: x509.Name) -> str:
    for attr in name.get_attributes_for_oid(x509.NameOID.ORGANIZATIONAL_UNIT_NAME):
        value = str(attr.value)
        if value.startswith("State "):
            return value.removeprefix("State ")
    return ""
