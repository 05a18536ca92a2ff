"""EF.SOD, the document security object (ICAO Doc 9303 part 10 §4.6.2, part 11 §5.1).

A CMS SignedData (RFC 5652) whose content is an LDSSecurityObject: the SHA-256 hash of each
data group. The Document Signer signs it (its certificate travels inside); the reader checks
the hashes, the signature and the DS certificate against the CSCA. Encoded with asn1crypto,
signed with cryptography (decision 0025).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from asn1crypto import algos, cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from docinspect.chip.pki import Signer
from docinspect.i18n import Message

#: id-icao-mrtd-security-ldsSecurityObject.
LDS_SECURITY_OBJECT_OID: Final = "2.23.136.1.1.1"
DG_NUMBERS: Final = {"DG1": 1, "DG2": 2, "DG11": 11, "DG12": 12}


class SodError(ValueError):
    """An EF.SOD that cannot be read (a reader reports it as a failed check)."""


class _DataGroupHash(core.Sequence):
    _fields = [("number", core.Integer), ("hash", core.OctetString)]


class _DataGroupHashes(core.SequenceOf):
    _child_spec = _DataGroupHash


class _LdsSecurityObject(core.Sequence):
    _fields = [
        ("version", core.Integer),
        ("hash_algorithm", algos.DigestAlgorithm),
        ("hashes", _DataGroupHashes),
    ]


class _Sod(core.Sequence):
    """EF.SOD: the ContentInfo under the application tag 77."""

    class_ = 1
    tag = 23
    _fields = [("content_type", cms.ContentType), ("content", cms.SignedData, {"explicit": 0})]


def make_sod(groups: Mapping[str, bytes], signer: Signer, *, signed_on: dt.date) -> bytes:
    """EF.SOD over ``groups`` (LDS name -> file bytes), signed by ``signer`` on ``signed_on``."""
    lds = _LdsSecurityObject(
        {
            "version": 0,
            "hash_algorithm": {"algorithm": "sha256"},
            "hashes": [
                {"number": DG_NUMBERS[name], "hash": hashlib.sha256(data).digest()}
                for name, data in sorted(groups.items(), key=lambda kv: DG_NUMBERS[kv[0]])
            ],
        }
    ).dump()
    signing_time = dt.datetime.combine(signed_on, dt.time(9, 0), tzinfo=dt.UTC)
    attrs = cms.CMSAttributes(
        [
            {"type": "content_type", "values": [LDS_SECURITY_OBJECT_OID]},
            {"type": "message_digest", "values": [hashlib.sha256(lds).digest()]},
            {"type": "signing_time", "values": [cms.Time({"utc_time": signing_time})]},
        ]
    )
    signature = signer.key.sign(attrs.dump(), ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
    certificate = asn1_x509.Certificate.load(signer.der)
    signed = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {
                "content_type": LDS_SECURITY_OBJECT_OID,
                "content": core.ParsableOctetString(lds),
            },
            "certificates": [certificate],
            "signer_infos": [
                {
                    "version": "v1",
                    "sid": {
                        "issuer_and_serial_number": {
                            "issuer": certificate.issuer,
                            "serial_number": certificate.serial_number,
                        }
                    },
                    "digest_algorithm": {"algorithm": "sha256"},
                    "signed_attrs": attrs,
                    "signature_algorithm": {"algorithm": "sha256_ecdsa"},
                    "signature": signature,
                }
            ],
        }
    )
    return _Sod({"content_type": "signed_data", "content": signed}).dump()


def content_info(sod: bytes) -> bytes:
    """The CMS ContentInfo inside EF.SOD (without its 77 tag), as outside tools read it."""
    value = _load(sod)
    return cms.ContentInfo({"content_type": "signed_data", "content": value["content"]}).dump()


@dataclass(frozen=True, slots=True)
class OpenedSod:
    """What EF.SOD says, before anything is trusted."""

    hashes: Mapping[int, bytes]
    certificate: x509.Certificate
    signing_time: dt.datetime | None
    #: True when the DS key signed these hashes (the signature matches the certificate).
    signature_valid: bool
    #: True when the signed attributes' digest is the digest of the hashes.
    digest_matches: bool


def open_sod(sod: bytes) -> OpenedSod:
    """Read EF.SOD and check its own signature (not yet whom the signer is)."""
    value = _load(sod)
    try:
        signed = value["content"]
        lds_bytes = signed["encap_content_info"]["content"].contents
        lds = _LdsSecurityObject.load(lds_bytes)
        hashes_by_dg = {int(h["number"].native): h["hash"].native for h in lds["hashes"]}
        info = signed["signer_infos"][0]
        certs = signed["certificates"]
        if not certs:
            raise SodError(Message("EF.SOD: carries no Document Signer certificate"))
        certificate = x509.load_der_x509_certificate(certs[0].chosen.dump())
        attrs = info["signed_attrs"]
        digest = next(
            (a["values"][0].native for a in attrs if a["type"].native == "message_digest"), None
        )
        when = next(
            (a["values"][0].native for a in attrs if a["type"].native == "signing_time"), None
        )
        signed_bytes = attrs.untag().dump(force=True)
        signature = info["signature"].native
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise SodError(Message("EF.SOD: cannot be read ({error})", error=str(exc))) from exc
    public = certificate.public_key()
    try:
        if not isinstance(public, ec.EllipticCurvePublicKey):
            raise InvalidSignature
        public.verify(signature, signed_bytes, ec.ECDSA(hashes.SHA256()))
        valid = True
    except InvalidSignature:
        valid = False
    return OpenedSod(
        hashes=hashes_by_dg,
        certificate=certificate,
        signing_time=when,
        signature_valid=valid,
        digest_matches=digest == hashlib.sha256(lds_bytes).digest(),
    )


def _load(sod: bytes) -> _Sod:
    try:
        value = _Sod.load(sod, strict=True)
        _ = value.native  # parse the whole object now, so a bad one fails here
    except (ValueError, TypeError, KeyError) as exc:
        raise SodError(
            Message("EF.SOD: not a document security object ({error})", error=str(exc))
        ) from exc
    return value
