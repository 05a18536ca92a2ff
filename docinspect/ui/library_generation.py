"""Generating specimens from the library window: the options dialog, the run in the
background (docinspect.ui.generation) and what the window says when it ends.

The window's strings keep the translation context ``MainWindow`` they had before the
window was split, so no translation moved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from docinspect.ui.generate_dialog import GenerateDialog, GenerationRequest, generator_available
from docinspect.ui.generation import Generation


class SpecimenGeneration:
    """Part of MainWindow: one generator run at a time; the new pack joins the library.

    Uses the window's ``generation`` state, ``generate_action`` and ``open_pack``.
    """

    def generate_specimens(self, request: GenerationRequest | None = None) -> None:
        """File > Generate specimens…: ask for the options unless ``request`` is given, then
        generate in the background; the new pack joins the library."""
        if self.generation is not None:
            return  # one run at a time; its progress window is already showing
        if request is None:
            dialog = GenerateDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            request = dialog.request()
        self.generation_error = ""
        self.generation = Generation(request, self._generation_pool, self)
        self.generation.generated.connect(self.open_pack)
        self.generation.ended.connect(self._generation_ended)
        self.generate_action.setEnabled(False)

    def _generation_ended(self) -> None:
        ended = self.generation
        if ended is None:
            return
        # Kept until the next run ends: its thread may still be returning from run() now.
        self._finished_generation, self.generation = ended, None
        self.generation_error = ended.error
        self.generate_action.setEnabled(generator_available())
        if ended.outcome == "cancelled":
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Generating was cancelled; nothing was written."
                ),
                8000,
            )
        elif ended.outcome == "generated":
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Generated specimens are being opened…"),
                8000,
            )
