"""A classroom seat: the class's server when it answers, this machine's own file when it does not.

An offline seat keeps answering into its own SQLite database; when the server is back,
``push_results`` carries everything over (the same as exporting and importing a results
bundle, without the file), and pushing again changes nothing.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from docinspect.classroom.bundles import ImportReport, export_bundle, import_bundle
from docinspect.store import Store, StoreError, open_store


@dataclass(frozen=True, slots=True)
class SeatStore:
    store: Store
    #: True when the server could not be reached and answers go to this machine's own file.
    offline: bool
    #: Why the server was not used (the StoreError's message), or "".
    reason: str = ""


def open_seat(server_url: str, local_url: str | None = None) -> SeatStore:
    """The class server's store, or — if it cannot be opened — the local one, marked offline.

    Raises StoreError only when neither can be opened.
    """
    try:
        return SeatStore(open_store(server_url), offline=False)
    except StoreError as exc:
        return SeatStore(open_store(local_url), offline=True, reason=str(exc))


def push_results(local: Store, server: Store) -> ImportReport:
    """Add the local store's trainees, sessions and attempts to the server's (idempotent)."""
    with tempfile.TemporaryDirectory(prefix="docinspect-push-") as folder:
        path = Path(folder) / "results.zip"
        export_bundle(local, path)
        return import_bundle(server, path)
