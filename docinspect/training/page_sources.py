"""Finding what a presenter step puts on the big screen: a pack's specimen or a recipe's."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docinspect.i18n import Message, message_of, translate_message
from docinspect.model.exercise import PackSpecimen, Recipe, SpecimenSource
from docinspect.model.lesson_plan import PackSpecimenRef, SpecimenRef
from docinspect.optics import SceneAssetError
from docinspect.optics.page_source import PageSource, open_page_source, pack_page_source
from docinspect.packs import Pack
from docinspect.training.catalogue import specimen_in_language
from docinspect.training.specimens import SpecimenSupply


class SpecimenUnavailable(LookupError):
    """The specimen cannot be shown; the message (a Message, docinspect.i18n) says why, for
    the instructor, who reads it in the windows' language (``unavailable_reason``)."""


def unavailable_reason(exc: SpecimenUnavailable, language: str) -> str:
    """Why the specimen cannot be shown, in ``language`` (the core's message catalogue)."""
    return translate_message(message_of(exc), language)


def page_source(
    ref: SpecimenRef | SpecimenSource, packs: Sequence[Any], supply: SpecimenSupply
) -> PageSource:
    """A drawable page for a plan's (or a question's) specimen reference.

    Pack specimens are looked up in ``packs`` (by pack id when the reference names one);
    recipes are generated once and cached by ``supply``. Raises SpecimenUnavailable.
    """
    if isinstance(ref, Recipe):
        try:
            located = supply.locate(ref)
            return open_page_source(located.specimen, located.folder)
        except (ValueError, OSError, SceneAssetError) as exc:
            raise SpecimenUnavailable(message_of(exc)) from None
    if isinstance(ref, PackSpecimenRef):
        candidates = [p for p in packs if p.id == ref.pack]
        if not candidates:
            raise SpecimenUnavailable(
                Message(
                    "pack {pack} is not open (open it in the library first)", pack=repr(ref.pack)
                )
            )
        specimen_id = ref.id
    else:
        assert isinstance(ref, PackSpecimen)
        candidates, specimen_id = list(packs), ref.id
    for pack in candidates:
        try:
            return pack_source_in_language(pack, specimen_id)
        except KeyError:
            continue
        except (ValueError, OSError, SceneAssetError) as exc:
            raise SpecimenUnavailable(
                Message("specimen {id}: {reason}", id=repr(specimen_id), reason=message_of(exc))
            ) from None
    raise SpecimenUnavailable(Message("no open pack has specimen {id}", id=repr(specimen_id)))


def specimen_folder(
    ref: SpecimenRef | SpecimenSource, packs: Sequence[Any], supply: SpecimenSupply
) -> Path | None:
    """The folder of a reference's specimen (a booklet's pages are drawn from there), or None
    when it cannot be found (:func:`page_source` says why)."""
    if isinstance(ref, Recipe):
        try:
            return Path(supply.locate(ref).folder)
        except (ValueError, OSError):
            return None
    pack_id = ref.pack if isinstance(ref, PackSpecimenRef) else None
    for pack in packs:
        if pack_id is not None and pack.id != pack_id:
            continue
        try:
            return Path(pack.specimen_dir(ref.id))
        except (KeyError, ValueError, OSError, AttributeError):
            continue
    return None


def pack_source_in_language(pack: Any, specimen_id: str) -> PageSource:
    """The pack's specimen with its author's explanations in the content language (the
    pack's own ``i18n/<language>.po``, decision 0034): what a reveal or the inspection desk
    shows. KeyError when the pack has no such specimen, as ``pack_page_source``."""
    if not isinstance(pack, Pack):
        return pack_page_source(pack, specimen_id)
    specimen = specimen_in_language(pack, pack.specimen(specimen_id))
    return open_page_source(specimen, pack.specimen_dir(specimen_id))
