"""The practice window's background work: the store (every save off the GUI thread, in order)
and specimens (generated from recipes ahead of the question that needs them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from docinspect.packs import Pack
from docinspect.store import Store, open_store
from docinspect.training.specimens import SpecimenSupply
from docinspect.ui.background import Background


class PracticeBackend(QObject):
    """Runs store operations on one worker thread (so saves keep their order) and specimen
    generation on another; results come back to the GUI thread through callbacks.

    A failed operation calls ``on_error`` with a readable message: never swallowed.
    """

    def __init__(
        self,
        *,
        store: Store | None = None,
        store_url: str | None = None,
        supply: SpecimenSupply | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._store_url = store_url
        self.supply = supply or SpecimenSupply()
        self._pack_supplies: dict[Path, SpecimenSupply] = {}
        self._store_work = Background(self, threads=1)
        self._specimen_work = Background(self, threads=1)

    @property
    def store(self) -> Store:
        """The open store; only for use inside ``with_store`` work (a worker thread)."""
        if self._store is None:
            self._store = open_store(self._store_url)
        return self._store

    def with_store(
        self,
        work: Callable[[Store], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Run ``work(store)`` on the store's worker thread (opening the store first if needed)."""
        self._start(self._store_work, lambda: work(self.store), on_done, on_error)

    def supply_for(self, pack: Pack | None) -> SpecimenSupply:
        """The specimens of an exercise of ``pack`` (None: the built-in curriculum's recipes)."""
        if pack is None:
            return self.supply
        found = self._pack_supplies.get(pack.root)
        if found is None:
            found = self._pack_supplies[pack.root] = self.supply.for_pack(pack)
        return found

    def prepare(
        self,
        source: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        *,
        supply: SpecimenSupply | None = None,
    ) -> None:
        """Locate (generate if needed) a specimen on the specimen worker thread."""
        supply = supply or self.supply
        self._start(self._specimen_work, lambda: supply.locate(source), on_done, on_error)

    def run_ahead(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Run ``work()`` on the specimen worker thread (after the specimens asked for first):
        work that makes a coming question quicker to show."""
        self._start(self._specimen_work, work, on_done, on_error)

    @staticmethod
    def _start(runner: Background, work, on_done, on_error) -> None:
        runner.run(work, on_done, lambda exc: on_error(str(exc) or type(exc).__name__))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for all background work (tests, and closing the window)."""
        return self._store_work.wait(msecs) and self._specimen_work.wait(msecs)

    def close(self) -> None:
        self.wait()
        if self._store is not None:
            self._store.close()
