"""The crash guard: an unexpected error is logged in full, the user sees one readable message,
and the app keeps running."""

from __future__ import annotations

import datetime as dt
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from docinspect.userdata import log_file


class CrashGuard(QObject):
    """Installed as ``sys.excepthook`` (and ``threading.excepthook``).

    Exceptions raised in Qt slots and event handlers reach ``sys.excepthook`` and Qt carries
    on; the guard writes the traceback to the log and shows a message box. A worker thread's
    exception is passed to the GUI thread through a queued signal before any widget is shown.
    """

    _report = Signal(str)

    def __init__(self, parent: QObject | None = None, *, log_path: Callable[[], Path] = log_file):
        super().__init__(parent)
        self._log_path = log_path
        self._box: QMessageBox | None = None
        #: How many errors were caught while the app ran (shown in the message when > 1).
        self.count = 0
        self._report.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.count += 1
        path = self._write_log(exc_type, exc, tb)
        summary = "".join(traceback.format_exception_only(exc_type, exc)).strip()
        self._report.emit(f"{summary}\n{path}")

    def _write_log(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> str:
        try:
            path = self._log_path()
            stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            with path.open("a", encoding="utf-8") as out:
                out.write(f"--- {stamp} unexpected error\n")
                out.writelines(traceback.format_exception(exc_type, exc, tb))
            return str(path)
        except OSError as write_error:  # a full disk must not turn one error into two
            print(f"docinspect: could not write the log: {write_error}", file=sys.stderr)
            traceback.print_exception(exc_type, exc, tb)
            return ""

    @Slot(str)
    def _show(self, report: str) -> None:
        summary, _, path = report.rpartition("\n")
        if QApplication.instance() is None:
            return
        text = self.tr("Something went wrong, but DocInspect is still running.")
        details = self.tr("Error: {summary}").format(summary=summary)
        if path:
            details += "\n\n" + self.tr("The details were written to {path}.").format(path=path)
        if self._box is not None and self._box.isVisible():
            # One box at a time: an error repeated in a paint event must not flood the screen.
            self._box.setInformativeText(
                details + "\n\n" + self.tr("Errors so far: {n}").format(n=self.count)
            )
            return
        parent = QApplication.activeWindow()
        self._box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("DocInspect: unexpected error"),
            text,
            QMessageBox.StandardButton.Ok,
            parent if isinstance(parent, QWidget) else None,
        )
        self._box.setInformativeText(details)
        self._box.open()  # not exec(): the event loop, and the app, go on

    @property
    def message_box(self) -> QMessageBox | None:
        """The box last shown (for tests and for closing it)."""
        return self._box
