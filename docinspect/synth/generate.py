"""Generating a pack of synthetic genuine and forged specimens.

:func:`generate_pack` builds ``count`` specimens from one seed (each specimen from its own
sub-seed, so the result does not depend on how the work is split between processes), forges
the requested share of them, and writes the pack atomically through
:func:`docinspect.packs.write_pack`: a cancelled or failed run leaves no half-written pack.
The same seed, options and DocInspect version give a byte-identical pack folder.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import random
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from docinspect import __version__
from docinspect.i18n import Message
from docinspect.model import Specimen
from docinspect.packs import PackWriteError, SpecimenFiles, write_pack
from docinspect.synth import chips
from docinspect.synth.documents import TD1_BACK, build_document
from docinspect.synth.forgeries import METHODS, available_methods, forge, refusal
from docinspect.synth.people import REFERENCE_DATE
from docinspect.synth.profiles import available_profiles, produce, profile_refusal
from docinspect.synth.states import STATES
from docinspect.synth.wear import add_issuer_error, add_wear

#: Written as the pack's creation time so that the same seed gives the same bytes.
CREATED: Final = f"{REFERENCE_DATE.isoformat()}T00:00:00+00:00"
DOC_TYPES: Final = ("td3", "td2", "td1", "td1-back", "mrva", "td3-booklet")
#: Benign flaws on a pack's documents (synth/wear.py), genuine and forged alike: without
#: them a trainee learns that any flaw means forged.
DEFAULT_WEAR: Final = 0.5
#: Share of the documents an issuer personalised that carry one of its rare errors (data
#: printed askew, a field outside the MRZ misspelt): not forgery signs either.
DEFAULT_ISSUER_ERRORS: Final = 0.05


class GenerationCancelled(Exception):
    """The caller's ``cancelled()`` returned True; nothing was written."""


@dataclass(frozen=True, slots=True)
class SpecimenPlan:
    """What one specimen of a pack will be: built from ``seed``, forged by a forger's
    ``profile`` or (drills of one indicator) by ``methods``; genuine when it has neither."""

    index: int
    seed: int
    doc_type: str
    methods: tuple[str, ...]
    subtlety: float
    profile: str | None = None
    wear: float = 0.0
    issuer_errors: float = 0.0
    #: The issuing state's code; None: the state the seed draws.
    state: str | None = None

    @property
    def forged(self) -> bool:
        return bool(self.methods or self.profile)

    @property
    def specimen_id(self) -> str:
        return f"{self.doc_type}-{self.index + 1:04d}"


def check_options(
    *,
    doc_type: str,
    count: int,
    forged_share: float,
    methods: Sequence[str] | None,
    subtlety: float,
    jobs: int,
    profiles: Sequence[str] | None = None,
    wear: float = 0.0,
    issuer_errors: float = 0.0,
    state: str | None = None,
) -> list[str]:
    """Every problem with the generation options, one sentence each (empty when usable).

    ``state``: the issuing state of every specimen (a code), or None for the state each
    seed draws; a method is checked against what that state's document is made of."""
    problems = []
    if state is not None and state not in STATES:
        problems.append(
            Message(
                "state: {state} is not a generated state; expected one of: {states}",
                state=repr(state),
                states=", ".join(sorted(STATES)),
            )
        )
        state = None
    if doc_type not in DOC_TYPES:
        problems.append(
            Message(
                "type: {type} is not generated; expected one of: {types}",
                type=repr(doc_type),
                types=", ".join(DOC_TYPES),
            )
        )
    if count < 1 or count > 10_000:
        problems.append(Message("count: {n} is outside 1–10000", n=count))
    for problem, value in (
        (Message("forged-share: {value} is outside 0–1", value=f"{forged_share:g}"), forged_share),
        (Message("subtlety: {value} is outside 0–1", value=f"{subtlety:g}"), subtlety),
        (Message("wear: {value} is outside 0–1", value=f"{wear:g}"), wear),
        (
            Message("issuer-errors: {value} is outside 0–1", value=f"{issuer_errors:g}"),
            issuer_errors,
        ),
    ):
        if not 0.0 <= value <= 1.0:
            problems.append(problem)
    if jobs < 1 or jobs > 64:
        problems.append(Message("jobs: {n} is outside 1–64", n=jobs))
    if profiles is not None and methods is not None:
        problems.append(Message("profiles: give forger profiles or single methods, not both"))
    if profiles is not None and doc_type in DOC_TYPES:
        if not profiles:
            problems.append(Message("profiles: the list is empty"))
        for p in profiles:
            reason = profile_refusal(p, doc_type)
            if reason is not None:
                problems.append(
                    Message(
                        "profiles: {reason}; {type} takes: {allowed}",
                        reason=reason,
                        type=doc_type,
                        allowed=", ".join(available_profiles(doc_type)),
                    )
                )
    if methods is not None and doc_type in DOC_TYPES:
        allowed = available_methods(doc_type, state)
        if not methods:
            problems.append(Message("methods: the list is empty"))
        for m in methods:
            reason = refusal(m, doc_type, state)
            if reason is not None and m not in METHODS:
                # The reason lists every method.
                problems.append(Message("methods: {reason}", reason=reason))
            elif reason is not None:
                problems.append(
                    Message(
                        "methods: {reason}; {type} takes: {allowed}",
                        reason=reason,
                        type=doc_type,
                        allowed=", ".join(allowed),
                    )
                )
    return problems


def plan_pack(
    *,
    doc_type: str = "td3",
    count: int = 10,
    seed: int = 0,
    forged_share: float = 0.5,
    methods: Sequence[str] | None = None,
    subtlety: float = 0.5,
    profiles: Sequence[str] | None = None,
    wear: float = 0.0,
    issuer_errors: float = 0.0,
    state: str | None = None,
) -> list[SpecimenPlan]:
    """Which specimens the pack will hold. Forged specimens are spread over the pack at
    random positions, and the forgers' profiles (by default every profile that fits the
    type) — or, when ``methods`` are given, the single methods — are dealt out in turn so
    that each appears about equally often.

    Every specimen is of ``state`` when one is given; otherwise of the state its seed draws,
    unless that state's document cannot carry the specimen's method (a paper attack on a
    state's polycarbonate data page): that specimen is then of a state drawn (from its
    seed) among those whose document can."""
    card_seeds: list[int] | None = None
    if doc_type == TD1_BACK:
        # Card backs are built from the seeds of the fronts a td1 pack with the same seed,
        # count and forged share (and default profiles) holds: back N is the back of front N.
        card_seeds = [
            p.seed
            for p in plan_pack(
                doc_type="td1",
                count=count,
                seed=seed,
                forged_share=forged_share,
                subtlety=subtlety,
            )
        ]
    rng = random.Random(f"docinspect-pack:{seed}")
    n_forged = round(count * forged_share)
    forged = set(rng.sample(range(count), n_forged))
    by_method = methods is not None
    if by_method:
        pool = list(methods)
    else:
        pool = list(profiles) if profiles else list(available_profiles(doc_type))
    deck: list[str] = []
    plans = []
    for i in range(count):
        chosen: tuple[str, ...] = ()
        profile = None
        if i in forged:
            if not deck:
                deck = pool[:]
                rng.shuffle(deck)
            if by_method:
                chosen = (deck.pop(),)
            else:
                profile = deck.pop()
        own_seed = rng.randrange(2**62)
        plans.append(
            SpecimenPlan(
                index=i,
                seed=own_seed if card_seeds is None else card_seeds[i],
                doc_type=doc_type,
                methods=chosen,
                subtlety=subtlety,
                profile=profile,
                wear=wear,
                issuer_errors=issuer_errors,
                state=state,
            )
        )
    if state is None:
        plans = [_fitting_state(p) for p in plans]
    return plans


def seed_state(seed: int) -> str:
    """The code of the state a seed draws when no state is asked for (build_document's first
    draw; a booklet's is its data page's)."""
    return sorted(STATES)[random.Random(seed).randrange(len(STATES))]


def _fitting_state(plan: SpecimenPlan) -> SpecimenPlan:
    """The plan itself when its seed's state can carry its methods; else the plan with a
    state that can, drawn from the seed (so the same plan gives the same state)."""
    if not plan.methods:
        return plan  # genuine, or a profile: a forger's profile adapts to the body
    drawn = seed_state(plan.seed)
    if all(refusal(m, plan.doc_type, drawn) is None for m in plan.methods):
        return plan
    fits = [
        c for c in sorted(STATES) if all(refusal(m, plan.doc_type, c) is None for m in plan.methods)
    ]
    if not fits:
        return plan  # check_options names the problem
    pick = random.Random(f"docinspect-state:{plan.seed}").choice(fits)
    return dataclasses.replace(plan, state=pick)


def make_specimen(
    seed: int,
    *,
    kind: str,
    specimen_id: str,
    state_code: str | None = None,
    methods: Sequence[str] = (),
    profile: str | None = None,
    subtlety: float = 0.5,
    wear: float = 0.0,
    issuer_errors: float = 0.0,
) -> tuple[Specimen, dict[str, bytes]]:
    """One specimen from its recipe, with its files (scene and images): a genuine document
    of generator type ``kind`` built from ``seed``, forged by ``profile`` or ``methods``.
    Pure: the same recipe gives the same bytes. The pack generator and the exercises'
    recipes both make their specimens here.

    Raises ValueError when the generator cannot make it."""
    forged = bool(methods or profile)
    # A forged draft gets its traveller from forge(), so no photo is rendered twice.
    draft = build_document(seed, doc_type=kind, state_code=state_code, traveller=not forged)
    issued_chip = chips.chip_data(draft)  # written at issue, before any forger
    rng = random.Random(f"docinspect-forgery:{seed}")
    if profile:
        produce(draft, profile, subtlety=subtlety, rng=rng)
    elif methods:
        forge(draft, list(methods), subtlety=subtlety, rng=rng)
    if wear > 0:
        # Its own stream: the same document and forgery whatever the wear, and flaws drawn
        # alike for genuine and forged documents.
        add_wear(draft, wear, random.Random(f"docinspect-wear:{seed}"))
    if issuer_errors > 0:
        add_issuer_error(draft, issuer_errors, random.Random(f"docinspect-issuer:{seed}"))
    files = dict(draft.files)
    files.update(draft.scene_files())  # the data page's scene and a booklet's pages'
    case = chips.chip_case(draft, random.Random(f"docinspect-chip:{seed}"))
    specimen = chips.add_chip(draft.specimen(specimen_id), files, issued_chip, case, seed=seed)
    return specimen, files


def build_specimen(plan: SpecimenPlan) -> tuple[Specimen, dict[str, bytes]]:
    """One specimen of a plan with its files (scene and images). Pure: same plan, same bytes."""
    return make_specimen(
        plan.seed,
        kind=plan.doc_type,
        specimen_id=plan.specimen_id,
        state_code=plan.state,
        methods=plan.methods,
        profile=plan.profile,
        subtlety=plan.subtlety,
        wear=plan.wear,
        issuer_errors=plan.issuer_errors,
    )


def generate_pack(
    out: Path,
    *,
    doc_type: str = "td3",
    count: int = 10,
    seed: int = 0,
    forged_share: float = 0.5,
    methods: Sequence[str] | None = None,
    subtlety: float = 0.5,
    jobs: int = 1,
    profiles: Sequence[str] | None = None,
    wear: float = DEFAULT_WEAR,
    issuer_errors: float = DEFAULT_ISSUER_ERRORS,
    state: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Generate a pack of synthetic specimens at ``out`` (a folder, or a zip when it ends in
    .zip) and return ``out``.

    ``progress(done, total)`` is called after each specimen; when ``cancelled()`` returns True
    the work stops, worker processes are ended and GenerationCancelled is raised with nothing
    written. ValueError lists unusable options; PackWriteError reports a failed write (the
    previous pack at ``out``, if any, is then unchanged).
    """
    problems = check_options(
        doc_type=doc_type,
        count=count,
        forged_share=forged_share,
        methods=methods,
        subtlety=subtlety,
        jobs=jobs,
        profiles=profiles,
        wear=wear,
        issuer_errors=issuer_errors,
        state=state,
    )
    if problems:
        raise ValueError("; ".join(problems))
    out = Path(out)
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():  # say so before minutes of work, not after
        raise PackWriteError(Message("{path}: no such folder", path=str(parent)))
    plans = plan_pack(
        doc_type=doc_type,
        count=count,
        seed=seed,
        forged_share=forged_share,
        methods=methods,
        subtlety=subtlety,
        profiles=profiles,
        wear=wear,
        issuer_errors=issuer_errors,
        state=state,
    )
    results = _build_all(plans, jobs=jobs, progress=progress, cancelled=cancelled)
    if cancelled is not None and cancelled():
        raise GenerationCancelled()
    specimens = [SpecimenFiles(specimen=spec, files=files) for spec, files in results]
    n_forged = sum(1 for p in plans if p.forged)
    return write_pack(
        out,
        pack_id=f"synthetic-{doc_type}-{seed}",
        title=f"Synthetic {doc_type.upper()} specimens (seed {seed})",
        version=__version__,
        description=(
            f"{count} synthetic {doc_type.upper()} specimens of fictional states, {n_forged} forged "
            f"(subtlety {subtlety:g}). Generated by DocInspect {__version__}."
        ),
        created=CREATED,
        specimens=specimens,
        extra={
            "generator": {
                "version": __version__,
                "seed": seed,
                "type": doc_type,
                "count": count,
                "forged_share": forged_share,
                "methods": list(methods) if methods else None,
                "profiles": None if methods else list(profiles or available_profiles(doc_type)),
                "subtlety": subtlety,
                "wear": wear,
                "issuer_errors": issuer_errors,
                # Written only when asked for: a pack of random states reads as before.
                **({"state": state} if state is not None else {}),
            }
        },
    )


def _build_all(
    plans: list[SpecimenPlan], *, jobs: int, progress, cancelled
) -> list[tuple[Specimen, dict[str, bytes]]]:
    total = len(plans)
    if progress is not None:
        progress(0, total)
    if jobs <= 1 or total == 1:
        out = []
        for plan in plans:
            if cancelled is not None and cancelled():
                raise GenerationCancelled()
            out.append(build_specimen(plan))
            if progress is not None:
                progress(len(out), total)
        return out
    done: dict[int, tuple[Specimen, dict[str, bytes]]] = {}
    # Spawned, not forked: the app calls this from a worker thread of a Qt process, and a fork
    # of a multi-threaded process can inherit locks held by other threads.
    executor = ProcessPoolExecutor(
        max_workers=min(jobs, total), mp_context=multiprocessing.get_context("spawn")
    )
    try:
        pending: dict[Future, int] = {executor.submit(build_specimen, p): p.index for p in plans}
        while pending:
            finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if cancelled is not None and cancelled():
                raise GenerationCancelled()
            for fut in finished:
                done[pending.pop(fut)] = fut.result()
                if progress is not None:
                    progress(len(done), total)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return [done[p.index] for p in plans]
