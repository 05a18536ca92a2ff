"""Generator speed. Prints figures; asserts nothing.

- one TD3 specimen (or, with --type, a card: td1, td1-back, td2): building it (scene, portrait, ghost image), then rendering all five light
  layers at 600 dpi from a fresh source (no cache), median over runs     target <= 1.5 s
  (``render_layers``, two threads; the lights one after another are shown too, per light)
- a batch of 100 TD3 specimens written as a pack with --jobs 2 (both cores)
- peak memory of this process and of the worker processes            target < 1 GiB

Wall times on a shared machine include waiting for a core, so the CPU time of this process
(``time.process_time``, all its threads) and the load average are printed beside them.

Run: python benchmarks/bench_generate.py [--runs N] [--batch N] [--jobs N] [--type T]
(``--batch 0`` skips the batch.)
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from docinspect.model import Light, Viewing
from docinspect.optics import LayerCache, SpecimenSource, render_layers
from docinspect.synth.documents import SCENE_FILE, build_document
from docinspect.synth.generate import generate_pack

DPI = 600
PX_PER_MM = DPI / 25.4


def _source(seed: int, folder: Path, doc_type: str) -> tuple[SpecimenSource, float, float]:
    t0 = time.perf_counter()
    draft = build_document(seed, doc_type=doc_type, traveller=False)
    files = dict(draft.files)
    files[SCENE_FILE] = draft.scene_bytes()
    built = time.perf_counter() - t0
    # The traveller's live photo is not part of the document; timed on its own.
    t0 = time.perf_counter()
    draft.set_traveller(draft.holder_in_person())
    traveller = time.perf_counter() - t0
    for name, content in files.items():
        (folder / name).write_bytes(content)
    # A page cache of its own, dropped with the source: every run starts cold, and pages of
    # earlier runs do not stay in the process's shared cache.
    source = SpecimenSource(
        draft.specimen(f"bench-{seed}"), folder, draft.scene(), cache=LayerCache()
    )
    return source, built, traveller


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--type", default="td3", help="td3, td2, td1, td1-back or mrva")
    args = parser.parse_args(argv)
    kind = args.type
    probe = build_document(1000, doc_type=kind, traveller=False)

    build_times, traveller_times, prepare_times = [], [], []
    serial_wall, serial_cpu, per_light = [], [], {light: [] for light in Light}
    layers_wall, layers_cpu = [], []
    size = (round(probe.width_mm * PX_PER_MM), round(probe.height_mm * PX_PER_MM))
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs + 1):  # the first run warms caches (fonts, imports)
            # The lights one after another, each timed, on a fresh source.
            folder = Path(tmp) / f"s{run}"
            folder.mkdir()
            source, built, traveller = _source(1000 + run, folder, kind)
            t0, c0 = time.perf_counter(), time.process_time()
            source.prepare()
            prepared = time.perf_counter() - t0
            for light in Light:
                t1 = time.perf_counter()
                source.page(Viewing(light=light), size)
                if run:
                    per_light[light].append(time.perf_counter() - t1)
            if run:
                build_times.append(built)
                traveller_times.append(traveller)
                prepare_times.append(prepared)
                serial_wall.append(time.perf_counter() - t0)
                serial_cpu.append(time.process_time() - c0)
            # The same specimen afresh, all lights at once as the app and tools ask for them.
            folder = Path(tmp) / f"t{run}"
            folder.mkdir()
            source, _, _ = _source(1000 + run, folder, kind)
            t0, c0 = time.perf_counter(), time.process_time()
            render_layers(source, list(Light), size)
            if run:
                layers_wall.append(time.perf_counter() - t0)
                layers_cpu.append(time.process_time() - c0)
    med = statistics.median
    b, r = med(build_times), med(layers_wall)
    print(f"one {kind} specimen, median of {args.runs} (target <= 1.5 s for build + render):")
    print(f"  load average {load_start:.1f} at start, {os.getloadavg()[0]:.1f} at end (2 cores)")
    print(f"  build (scene, portrait, ghost image)      {b:6.2f} s")
    print(
        f"  render 5 lights at {DPI} dpi ({size[0]}x{size[1]}), render_layers (2 threads)  "
        f"{r:6.2f} s  cpu {med(layers_cpu):.2f} s"
    )
    print(
        f"  the same, one light after another         {med(serial_wall):6.2f} s  "
        f"cpu {med(serial_cpu):.2f} s"
    )
    print(f"    prepare scene  {med(prepare_times):6.2f} s")
    for light, times in per_light.items():
        print(f"    {light.value:<14} {med(times):6.2f} s")
    print(f"  total                                     {b + r:6.2f} s")
    t = med(traveller_times)
    print(
        f"  + traveller's live photo (traveller.png)  {t:6.2f} s  (total with it {b + r + t:.2f} s)"
    )

    if args.batch <= 0:
        return 0
    children_cpu = _children_cpu()
    workers = _WorkerPeak()
    with tempfile.TemporaryDirectory() as tmp, workers:
        t0, c0 = time.perf_counter(), time.process_time()
        generate_pack(Path(tmp) / "batch", count=args.batch, seed=7, jobs=args.jobs)
        took = time.perf_counter() - t0
    busy = (_children_cpu() - children_cpu) / took
    print(
        f"batch of {args.batch} TD3 specimens as a pack, --jobs {args.jobs}: {took:.1f} s "
        f"({took / args.batch:.2f} s each; workers busy {busy:.1f} cores on average, "
        f"this process {(time.process_time() - c0) / took:.1f})"
    )

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak memory: this process {own:.0f} MiB, largest worker {workers.peak_mib:.0f} MiB "
        "(target < 1024 MiB)"
    )
    return 0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class _WorkerPeak:
    """The largest peak resident size (VmHWM) of this process's child processes, read from
    /proc while they run. ``RUSAGE_CHILDREN`` cannot tell it: a spawned worker starts as a
    vfork of this process, and the kernel keeps this process's peak as the worker's."""

    def __init__(self) -> None:
        # The latest reading per process: a process read while still a vfork of this one shows
        # this process's peak, so earlier readings do not count.
        self._latest: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> _WorkerPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.05):
            for pid in _children():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue  # it has just exited
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self._latest[pid] = int(line.split()[1]) / 1024

    @property
    def peak_mib(self) -> float:
        return max(self._latest.values(), default=0.0)


def _children() -> list[str]:
    pids = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids += (task / "children").read_text().split()
        except OSError:
            continue
    return pids


if __name__ == "__main__":
    sys.exit(main())
