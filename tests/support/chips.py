"""A generated passport whose chip is one of the simulated cases (genuine, cloned, self-signed,
...), for tests of the document reader."""

from __future__ import annotations

from dataclasses import replace

from docinspect.chip.make import ChipCase
from docinspect.packs.writer import SpecimenFiles
from docinspect.synth import chips
from docinspect.synth.documents import build_document
from docinspect.synth.generate import make_specimen


def with_chip_case(seed: int, case: ChipCase, name: str) -> SpecimenFiles:
    """A TD3 of Utopia (seed ``seed``, id ``name``) carrying a chip of ``case``."""
    spec, files = make_specimen(seed, kind="td3", specimen_id=name, state_code="UTO")
    files = {k: v for k, v in files.items() if not k.startswith("chip/")}
    spec = replace(spec, chip=None)
    draft = build_document(seed, doc_type="td3", state_code="UTO")
    spec = chips.add_chip(spec, files, chips.chip_data(draft), case, seed=seed)
    return SpecimenFiles(spec, files)
