"""File > Generate specimens… once asked for: the generator on a pool thread, a progress
window with Cancel (the library stays usable meanwhile), and how the run ended. The result
is written under the user's generated-packs folder."""

from __future__ import annotations

import datetime as dt
import os
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from docinspect.ui.generate_dialog import GenerationRequest
from docinspect.userdata import log_file


class _RunSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # the pack's path
    failed = Signal(str)
    cancelled = Signal()


class GenerationRun(QRunnable):
    """One run of the generator on a pool thread. ``cancel()`` may be called from the GUI
    thread at any time; the generator then stops and writes nothing."""

    def __init__(self, request: GenerationRequest, out: Path) -> None:
        super().__init__()
        self.request = request
        self.out = out
        self.signals = _RunSignals()
        self._stop = threading.Event()
        self.setAutoDelete(False)  # the window keeps it, to cancel it

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        from docinspect.packs import PackWriteError
        from docinspect.synth.generate import GenerationCancelled, generate_pack

        r = self.request
        try:
            path = generate_pack(
                self.out,
                doc_type=r.doc_type,
                count=r.count,
                seed=r.seed,
                forged_share=r.forged_share,
                methods=r.methods,
                profiles=r.profiles,
                subtlety=r.subtlety,
                wear=r.wear,
                issuer_errors=r.issuer_errors,
                state=r.state,
                jobs=_jobs(),
                progress=self.signals.progress.emit,
                cancelled=self._stop.is_set,
            )
        except GenerationCancelled:
            self.signals.cancelled.emit()
        except (ValueError, PackWriteError, OSError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a generator bug: one line for the user, details in the log
            _log_failure()
            self.signals.failed.emit(f"{exc} ({log_file()})")
        else:
            self.signals.finished.emit(Path(path))


class Generation(QObject):
    """One run as the user sees it. ``generated(path)`` when a pack was written, then
    ``ended()`` however it ended (``outcome`` says how, ``error`` why it failed)."""

    generated = Signal(object)
    ended = Signal()

    def __init__(self, request: GenerationRequest, pool: QThreadPool, parent: QWidget) -> None:
        super().__init__(parent)
        self.request = request
        self.run = GenerationRun(request, request.destination())
        #: "running", then "generated", "cancelled" or "failed".
        self.outcome = "running"
        self.error = ""
        self.progress = QProgressDialog(
            self.tr("Generating {count} {type} specimens…").format(
                count=request.count, type=request.doc_type.upper()
            ),
            self.tr("Cancel"),
            0,
            request.count,
            parent,
        )
        self.progress.setWindowTitle(self.tr("Generate specimens"))
        self.progress.setWindowModality(Qt.WindowModality.NonModal)  # browsing goes on
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self.cancel)
        self.run.signals.progress.connect(self._progressed)
        self.run.signals.finished.connect(self._finished)
        self.run.signals.failed.connect(self._failed)
        self.run.signals.cancelled.connect(lambda: self._end("cancelled"))
        self.progress.show()
        pool.start(self.run)

    def cancel(self) -> None:
        self.run.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finished(self, path: Path) -> None:
        self._end("generated")
        self.generated.emit(path)

    def _failed(self, reason: str) -> None:
        self.error = reason
        self._end("failed")
        parent = self.parent()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Generate specimens"),
            self.tr("The specimens could not be generated. Nothing was written."),
            QMessageBox.StandardButton.Ok,
            parent if isinstance(parent, QWidget) else None,
        )
        box.setInformativeText(reason)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _end(self, outcome: str) -> None:
        self.outcome = outcome
        self.progress.close()
        self.progress.deleteLater()
        self.ended.emit()


def _jobs() -> int:
    # Leave a core for the window; the generator's workers never touch Qt.
    return max(1, min(4, (os.cpu_count() or 1) - 1))


def _log_failure() -> None:
    try:
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with log_file().open("a", encoding="utf-8") as out:
            out.write(f"--- {stamp} generating specimens failed\n{traceback.format_exc()}")
    except OSError:
        pass
