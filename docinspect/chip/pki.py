"""The fictional states' public key infrastructure for their chips (ICAO Doc 9303 part 12).

Each state has a Country Signing CA (CSCA) whose certificate is in the app's master list, and
Document Signers (DS) whose certificates the CSCA issues: a new one each quarter, as states
rotate them, with a private-key usage period of that quarter and a certificate valid while the
documents it signed are. One DS key per state leaked and was revoked: it is on the state's
certificate revocation list (CRL), and only forgers still sign with it.

Everything is deterministic (decision 0025): keys are derived from the state's code, and
ECDSA signatures use RFC 6979 nonces, so the same document always gets the same chip bytes.
P-256 with SHA-256, as many states' chips use. Names carry no countryName: X.509 allows only
ISO 3166 two-letter codes there, and the fictional states have none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CURVE: Final = ec.SECP256R1()
HASH: Final = hashes.SHA256()
#: The master list: the states whose CSCA certificates the app ships as trusted.
STATES: Final = ("UTO", "KDV", "NRV")
STATE_NAMES: Final = {"UTO": "Utopia", "KDV": "Kaldavia", "NRV": "Nerevia"}
CSCA_VALID: Final = (dt.datetime(2015, 1, 1, tzinfo=dt.UTC), dt.datetime(2045, 1, 1, tzinfo=dt.UTC))
#: How long a DS certificate stays valid after its quarter: the longest document validity
#: (10 years) and a margin, as Doc 9303 asks.
DS_VALID_AFTER: Final = dt.timedelta(days=round(365.25 * 10) + 92)
#: Nerevia's policy gives its DS certificates only three years, fewer than its documents
#: live: an older Nerevian document's DS certificate has expired although the document is
#: valid (readers warn; the signature was sound when it was made).
SHORT_DS_POLICY: Final = {"NRV": dt.timedelta(days=3 * 365)}
#: The leaked DS key of each state (not a quarter's: its own serial), on the state's CRL.
LEAKED_SERIAL: Final = 0x7E57
CRL_DATES: Final = (dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2030, 1, 1, tzinfo=dt.UTC))


@dataclass(frozen=True, slots=True)
class Signer:
    """A key and its certificate."""

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)


def _key(label: str) -> ec.EllipticCurvePrivateKey:
    order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
    value = int.from_bytes(hashlib.sha256(f"docinspect-chip:{label}".encode()).digest(), "big")
    return ec.derive_private_key(value % (order - 1) + 1, CURVE)


def _name(state: str, common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"{STATE_NAMES.get(state, state)}"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"State {state}"),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def csca_name(state: str) -> x509.Name:
    return _name(state, f"CSCA {STATE_NAMES.get(state, state)}")


@lru_cache(maxsize=16)
def csca(state: str, *, forged_by: str = "") -> Signer:
    """The state's CSCA, or (``forged_by`` set) a forger's self-made CSCA with the same name
    and another key: the names match, the signatures do not."""
    key = _key(f"csca:{state}:{forged_by}")
    name = csca_name(state)
    public = key.public_key()
    serial = 1 if not forged_by else int.from_bytes(hashlib.sha256(forged_by.encode()).digest()[:8])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(serial)
        .not_valid_before(CSCA_VALID[0])
        .not_valid_after(CSCA_VALID[1])
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(signs_certificates=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, HASH, ecdsa_deterministic=True)
    )
    return Signer(key, cert)


def _usage(*, signs_certificates: bool) -> x509.KeyUsage:
    """A CSCA signs certificates and CRLs; a Document Signer signs documents (EF.SOD)."""
    return x509.KeyUsage(
        digital_signature=not signs_certificates,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=signs_certificates,
        crl_sign=signs_certificates,
        encipher_only=False,
        decipher_only=False,
    )


def quarter(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


@lru_cache(maxsize=256)
def document_signer(
    state: str, year: int, q: int, *, forged_by: str = "", leaked: bool = False
) -> Signer:
    """The DS of ``state`` for quarter ``q`` of ``year`` (the documents issued then), issued
    by the state's CSCA — or by a forger's self-made CSCA, or the state's leaked DS."""
    start = dt.datetime(year, 3 * q - 2, 1, tzinfo=dt.UTC)
    end = dt.datetime(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1, tzinfo=dt.UTC)
    issuer = csca(state, forged_by=forged_by)
    label = f"ds:{state}:{year}:{q}:{forged_by}:{leaked}"
    key = _key(label)
    serial = LEAKED_SERIAL if leaked else year * 10 + q
    validity = SHORT_DS_POLICY.get(state, DS_VALID_AFTER)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(state, f"Document Signer {state} {year}-{q}"))
        .issuer_name(issuer.certificate.subject)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(start)
        .not_valid_after(end + validity)
        .add_extension(_usage(signs_certificates=False), critical=True)
        .add_extension(x509.PrivateKeyUsagePeriod(not_before=start, not_after=end), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False,
        )
        .sign(issuer.key, HASH, ecdsa_deterministic=True)
    )
    return Signer(key, cert)


@lru_cache(maxsize=16)
def revocation_list(state: str) -> x509.CertificateRevocationList:
    """The state's CRL: its leaked DS certificate, revoked for key compromise."""
    issuer = csca(state)
    revoked = (
        x509.RevokedCertificateBuilder()
        .serial_number(LEAKED_SERIAL)
        .revocation_date(CRL_DATES[0])
        .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False)
        .build()
    )
    return (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.certificate.subject)
        .last_update(CRL_DATES[0])
        .next_update(CRL_DATES[1])
        .add_revoked_certificate(revoked)
        .sign(issuer.key, HASH, ecdsa_deterministic=True)
    )


def master_list() -> dict[str, x509.Certificate]:
    """The CSCA certificates the app trusts, by state code."""
    return {state: csca(state).certificate for state in STATES}


def master_list_pem() -> bytes:
    """The master list as PEM certificates, for outside tools (``openssl cms -verify``)."""
    return b"".join(
        cert.public_bytes(serialization.Encoding.PEM) for cert in master_list().values()
    )
