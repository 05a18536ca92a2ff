"""The chip of a generated document: personalised with the genuine document, then left alone
or replaced the way the forger's profile would (decision 0025).

The chip is written from the *genuine* document before any forgery touches the page, so a
photo substitution or data alteration leaves the original holder's photo and data on the
chip — what a reader shows the officer. Whole-document forgers cannot sign for the state:
a desktop counterfeit has no working chip; an organised one may carry a chip signed under a
self-made CSCA, with a leaked (revoked) DS key, or a clone of another genuine document's chip.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Final

from docinspect.chip.make import ChipCase, ChipData, personalise
from docinspect.model import Chip, DocumentType, Specimen, Verdict
from docinspect.synth import portrait
from docinspect.synth.documents import PORTRAIT_FILE, Draft, build_document

#: Document types with a chip: passports and ID cards of the fictional states.
CHIP_TYPES: Final = frozenset({DocumentType.TD3, DocumentType.TD1})
#: Where the chip's files go in the specimen's folder.
CHIP_FOLDER: Final = "chip"

#: The forgery method a forger's chip leaves (assets/taxonomy.json).
CHIP_METHOD: Final = "chip_not_authentic"
FORGED_CHIPS: Final = frozenset(
    {
        ChipCase.NONE,
        ChipCase.DEAD,
        ChipCase.BLANK,
        ChipCase.SELF_SIGNED,
        ChipCase.LEAKED_KEY,
        ChipCase.REVOKED_CSCA,
        ChipCase.CLONED,
    }
)

#: What each forger's profile does about the chip, with weights.
PROFILE_CASES: Final = {
    "desktop_counterfeit": ((ChipCase.NONE, 3), (ChipCase.DEAD, 1)),
    "offset_counterfeit": (
        (ChipCase.SELF_SIGNED, 3),
        (ChipCase.LEAKED_KEY, 2),
        (ChipCase.REVOKED_CSCA, 1),
        (ChipCase.CLONED, 2),
        (ChipCase.NONE, 1),
    ),
    "stolen_blank": ((ChipCase.BLANK, 2), (ChipCase.SELF_SIGNED, 1)),
    "fantasy_document": ((ChipCase.NONE, 1),),
}

EXPLANATIONS: Final = {
    ChipCase.NONE: "No chip answers the reader although the document is electronic: the "
    "chip symbol is printed on a document that has no chip.",
    ChipCase.DEAD: "The chip does not answer. A dead chip alone is not proof of forgery "
    "(chips fail), but with the other signs it is one more.",
    ChipCase.BLANK: "The chip answers but holds no travel document: the blank was stolen "
    "before personalisation, and the criminals could not write the chip.",
    ChipCase.SELF_SIGNED: "The chip's data are signed under a CSCA that bears the state's "
    "name but not its key: a self-made signer, which passive authentication rejects.",
    ChipCase.LEAKED_KEY: "The chip's signature is valid, but its Document Signer "
    "certificate is on the state's revocation list: its key leaked and forgers sign with it.",
    ChipCase.REVOKED_CSCA: "The chip's signer was issued under the state's first CSCA, "
    "withdrawn when its key was compromised: passive authentication rejects the chain.",
    ChipCase.CLONED: "The chip passes passive authentication but holds another person's "
    "document: DG1 and DG2 differ from the page. A genuine chip copied into a counterfeit.",
}


def chip_data(draft: Draft) -> ChipData | None:
    """What the issuer wrote to the chip of ``draft`` (call it before forging), or None."""
    if draft.doc_type not in CHIP_TYPES or draft.side != "front":
        return None
    if PORTRAIT_FILE not in draft.files:
        return None
    return ChipData(
        state=draft.state.code,
        mrz=tuple(draft.mrz_lines),
        # A card's printed portrait is engraved in greys; the chip holds the colour photo.
        portrait_png=draft.files[PORTRAIT_FILE]
        if draft.doc_type is DocumentType.TD3
        else portrait.render_portrait(draft.face),
        sex=draft.holder.sex,
        issued=draft.holder.date_of_issue,
    )


def chip_case(draft: Draft, rng: random.Random) -> ChipCase:
    """The chip a forged (or genuine) ``draft`` carries."""
    choices = PROFILE_CASES.get(draft.profile or "")
    if choices is None:
        # Genuine documents, impostors and falsified genuine documents keep the issuer's
        # chip; a single-method counterfeit has none.
        return ChipCase.NONE if draft.verdict is Verdict.COUNTERFEIT else ChipCase.GENUINE
    cases, weights = zip(*choices, strict=True)
    return rng.choices(cases, weights)[0]


def add_chip(
    specimen: Specimen,
    files: dict[str, bytes],
    data: ChipData | None,
    case: ChipCase,
    *,
    seed: int,
) -> Specimen:
    """``specimen`` with its chip, the chip's files added to ``files``."""
    if data is None:
        return specimen
    if case in (ChipCase.NONE, ChipCase.DEAD):
        # A reader cannot tell a missing chip from a dead one: nothing answers.
        chip = Chip(answers=False)
    elif case is ChipCase.BLANK:
        chip = Chip()
    else:
        written = _written(data, specimen, case, seed)
        names = {name: f"{CHIP_FOLDER}/{name}" for name in written}
        files.update({names[name]: content for name, content in written.items()})
        chip = Chip(files=names)
    truth = specimen.truth
    explanation = truth.explanation
    if case in EXPLANATIONS:
        explanation = f"{explanation} {EXPLANATIONS[case]}".strip()
    methods = truth.methods
    if case in FORGED_CHIPS and truth.extra.get("profile"):
        # A trace of its own, found with the reader: named like any other, so it is scored,
        # scheduled and reported apart ("chip questions" in the analytics). Single-method
        # drills keep their one method: the chip is there, but the drill is about the page.
        methods = (*methods, CHIP_METHOD)
    truth = dataclasses.replace(
        truth, methods=methods, explanation=explanation, extra={**truth.extra, "chip": case.value}
    )
    return dataclasses.replace(specimen, chip=chip, truth=truth)


def _written(data: ChipData, specimen: Specimen, case: ChipCase, seed: int) -> dict[str, bytes]:
    page = specimen.mrz
    if case is ChipCase.GENUINE:
        return personalise(data)
    forged = dataclasses.replace(data, mrz=tuple(page))
    if case is ChipCase.SELF_SIGNED:
        return personalise(forged, forged_by=f"forger-{seed % 7}")
    if case is ChipCase.LEAKED_KEY:
        return personalise(forged, leaked=True)
    if case is ChipCase.REVOKED_CSCA:
        return personalise(forged, withdrawn_csca=True)
    # CLONED: the chip of another genuine document of the same state, set to answer the
    # key of this page's MRZ (an emulating chip answers any key it is told to).
    other = build_document(
        seed ^ 0x5EED, doc_type=specimen.document_type, state_code=data.state, traveller=False
    )
    source = chip_data(other)
    assert source is not None
    return personalise(source, access_mrz=page)
