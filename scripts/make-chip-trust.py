"""Write the chip trust files the app ships: the fictional states' master list (their CSCA
certificates) and the CSCAs they withdrew, in ``assets/chip/``.

    .venv/bin/python scripts/make-chip-trust.py

The keys are derived from the states' codes (docinspect/chip/pki.py), so the files come out
the same every time; tests/test_chip.py fails when they no longer match the code.
"""

from __future__ import annotations

from pathlib import Path

from docinspect.chip import pki

FOLDER = Path(__file__).resolve().parents[1] / "assets" / pki.TRUST_FOLDER


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    (FOLDER / pki.MASTER_LIST).write_bytes(pki.master_list_pem())
    (FOLDER / pki.WITHDRAWN_LIST).write_bytes(pki.withdrawn_pem())
    print(f"wrote {pki.MASTER_LIST} and {pki.WITHDRAWN_LIST} to {FOLDER}")


if __name__ == "__main__":
    main()
