"""Opening the workstation for a specimen of a pack, with a genuine reference to compare."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from docinspect.i18n import message_of, translate_message
from docinspect.model.region import Region
from docinspect.model.scene import SceneError
from docinspect.model.specimen import Specimen
from docinspect.model.truth import Verdict
from docinspect.optics import SceneAssetError
from docinspect.optics.page_source import pack_page_source
from docinspect.training.content_language import content_language
from docinspect.training.page_sources import pack_source_in_language
from docinspect.ui.inspect.chip_panel import attach_chip_reader
from docinspect.ui.inspect.face_compare import attach_face_compare
from docinspect.ui.inspect.pages import attach_booklet_pages
from docinspect.ui.inspect.traveller import traveller_photo_path
from docinspect.ui.inspect.workstation import InspectionWindow

log = logging.getLogger(__name__)

#: Open workstation windows, kept alive here until they close (a caller need not hold them).
_OPEN: set[InspectionWindow] = set()


def choose_reference(pack: Any, specimen: Specimen) -> str | None:
    """The id of a genuine specimen of the pack to compare ``specimen`` with, or None.

    Prefers the same issuing state and document type, then the same document type; never the
    specimen itself.
    """
    genuine = [
        s
        for s in pack.specimens
        if s.id != specimen.id
        and s.truth.verdict is Verdict.GENUINE
        and s.document_type is specimen.document_type
    ]
    same_state = [s for s in genuine if s.issuing_state == specimen.issuing_state]
    for candidates in (same_state, genuine):
        if candidates:
            return candidates[0].id
    return None


def open_inspection(
    pack: Any,
    specimen_id: str,
    parent: QWidget | None = None,
    *,
    reference_id: str | None = None,
    regions: tuple[Region, ...] | None = None,
) -> InspectionWindow | None:
    """Open the inspection workstation for ``specimen_id`` of ``pack`` (from ``read_pack``).

    A genuine reference from the same pack is offered for Compare (``reference_id``, or one
    chosen by :func:`choose_reference`). ``regions`` are shown on the overlay (study mode).
    The window deletes itself when closed. When the specimen cannot be opened the user is told
    why in a message box and None is returned.
    """
    title = QCoreApplication.translate("Inspection", "Cannot inspect this specimen")
    try:
        # The author's explanations in the trainee's language (decision 0034).
        source = pack_source_in_language(pack, specimen_id)
    except KeyError:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("Inspection", "The pack has no specimen {id}.").format(
                id=specimen_id
            ),
        )
        return None
    except (SceneError, SceneAssetError, OSError, ValueError) as exc:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("Inspection", "Specimen {id}: {reason}").format(
                id=specimen_id, reason=translate_message(message_of(exc), content_language())
            ),
        )
        return None
    reference = None
    ref_id = reference_id or choose_reference(pack, source.specimen)
    if ref_id is not None:
        try:
            reference = pack_page_source(pack, ref_id)
        except (KeyError, SceneError, SceneAssetError, OSError, ValueError):
            log.warning("reference %s of pack could not be opened", ref_id, exc_info=True)
            reference = None  # inspect without Compare rather than not at all
    try:
        folder = Path(pack.specimen_dir(specimen_id))
    except (AttributeError, KeyError, OSError, ValueError):
        folder = None
    traveller = traveller_photo_path(source.specimen, folder)
    window = InspectionWindow(source, reference=reference, traveller=traveller, parent=parent)
    if parent is not None:
        window.setWindowFlag(Qt.WindowType.Window, True)  # its own window, owned by the parent
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if regions:
        window.show_regions(regions)
    attach_chip_reader(window, source.specimen, folder)
    attach_face_compare(window, source.specimen, folder)
    attach_booklet_pages(window, source.specimen, folder)
    _OPEN.add(window)
    window.closed.connect(lambda: _OPEN.discard(window))
    window.show()
    return window
