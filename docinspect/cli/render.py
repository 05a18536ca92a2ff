"""``docinspect render PACK SPECIMEN_ID --light L ... --out FILE.png``: what the app shows, as a PNG.

The page is drawn at ``--dpi`` (300 by default). With ``--loupe X_MM,Y_MM,POWER`` the loupe is
drawn over the page at that point, as in the app (the same 2x-30x powers): a 300 px disc
(``--loupe-size``) magnifying POWER times the page's resolution, drawn at its own resolution
(true detail). ``--loupe-only`` writes just the loupe disc (transparent outside the circle).
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path

import numpy as np
from PIL import Image

from docinspect.cli.common import EXIT_OK, CommandFailed, fail, open_pack_specimen
from docinspect.model.light import MAX_TILT_DEG, Viewing, parse_light
from docinspect.model.scene import SceneError
from docinspect.optics import (
    NoLayerError,
    SceneAssetError,
    UnknownFontError,
    draw_loupe,
    open_source,
    render_loupe,
)
from docinspect.optics.loupe import (
    DEFAULT_DISC_PX,
    MAX_DISC_PX,
    MIN_DISC_PX,
    loupe_power_problem,
)

MM_PER_INCH = 25.4
#: Largest page the command draws (pixels), so a typo in --dpi cannot exhaust memory.
MAX_PIXELS = 120_000_000


def _loupe(text: str) -> tuple[float, float, float]:
    parts = text.split(",")
    try:
        if len(parts) != 3:
            raise ValueError
        x, y, power = (float(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected X_MM,Y_MM,POWER (e.g. 30,40.5,10), got {text!r}"
        ) from None
    problem = loupe_power_problem(power)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return x, y, power


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def _tilt(text: str) -> tuple[float, float]:
    """``X`` or ``X,Y``: left–right and towards–away tilt in degrees (range checked by Viewing)."""
    parts = text.split(",")
    if len(parts) > 2:
        raise argparse.ArgumentTypeError(f"expected X or X,Y in degrees, got {text!r}")
    try:
        values = [float(v) for v in parts]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected X or X,Y in degrees, got {text!r}") from None
    return (values[0], values[1] if len(values) == 2 else 0.0)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "render",
        help="draw a specimen under a light (and optionally the loupe) to a PNG",
        description="Draw a specimen of a pack as the app shows it. Exit 2 on an unknown "
        "specimen, a light the specimen has no image for, or bad options.",
    )
    p.add_argument("pack", type=Path, metavar="PACK", help="pack folder or .zip file")
    p.add_argument("specimen_id", metavar="SPECIMEN_ID")
    p.add_argument(
        "--light",
        required=True,
        help="white, uv365, ir, oblique or transmitted",
    )
    p.add_argument(
        "--tilt",
        type=_tilt,
        default=(0.0, 0.0),
        metavar="X[,Y]",
        help=f"tilt in degrees (±{MAX_TILT_DEG:g}): X left–right, Y towards–away (top edge "
        "away > 0), default 0,0; write --tilt=-10,5 when X is negative",
    )
    p.add_argument(
        "--azimuth",
        type=float,
        default=315.0,
        help="where oblique light comes from, degrees clockwise from the top (default 315)",
    )
    p.add_argument("--dpi", type=_positive, default=300.0, help="page resolution (default 300)")
    p.add_argument(
        "--loupe",
        type=_loupe,
        metavar="X_MM,Y_MM,POWER",
        help="draw the loupe centred at (X, Y) mm from the top-left, magnifying POWER times",
    )
    p.add_argument(
        "--loupe-size",
        type=int,
        default=DEFAULT_DISC_PX,
        metavar="PX",
        help=f"loupe diameter (default {DEFAULT_DISC_PX})",
    )
    p.add_argument(
        "--loupe-only", action="store_true", help="write only the loupe disc, not the page"
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    p.set_defaults(func=_render)


def _render(args: argparse.Namespace) -> int:
    try:
        light = parse_light(args.light)
        lr, ta = args.tilt
        viewing = Viewing(
            light, tilt_deg=lr, tilt_away_deg=ta, oblique_azimuth_deg=args.azimuth % 360
        )
    except ValueError as exc:
        return fail(str(exc))
    if args.loupe_only and args.loupe is None:
        return fail("--loupe-only needs --loupe X_MM,Y_MM,POWER")
    if not MIN_DISC_PX <= args.loupe_size <= MAX_DISC_PX:
        return fail(
            f"--loupe-size must be within {MIN_DISC_PX}-{MAX_DISC_PX} px, got {args.loupe_size}"
        )
    try:
        pack, _specimen = open_pack_specimen(args.pack, args.specimen_id)
    except CommandFailed as stop:
        return stop.code
    try:
        source = open_source(pack, args.specimen_id)
    except SceneError as exc:
        for problem in exc.problems:
            print(f"docinspect: {problem}", file=sys.stderr)
        return fail(f"specimen {args.specimen_id!r}: its scene cannot be drawn")
    spec = source.specimen
    if not source.has_light(light):
        have = ", ".join(sorted(lt.value for lt in source.specimen.lights())) or "none"
        return fail(f"specimen {args.specimen_id!r} has no {light.value} image (it has: {have})")
    ppm = args.dpi / MM_PER_INCH
    size = (max(1, round(spec.width_mm * ppm)), max(1, round(spec.height_mm * ppm)))
    if size[0] * size[1] > MAX_PIXELS:
        return fail(f"--dpi {args.dpi:g} makes a page of {size[0]}x{size[1]} px; too large")
    try:
        image = _draw(source, viewing, args, ppm, size)
    except NoLayerError as exc:
        return fail(str(exc))
    except (SceneAssetError, UnknownFontError) as exc:
        return fail(f"specimen {args.specimen_id!r}: {exc}")
    try:
        _save_png(image, args.out)
    except OSError as exc:
        return fail(f"{args.out}: cannot write: {exc.strerror or exc}")
    return EXIT_OK


def _draw(source, viewing: Viewing, args, ppm: float, size: tuple[int, int]) -> np.ndarray:
    if args.loupe is None:
        return np.asarray(source.page(viewing, size))
    x, y, power = args.loupe
    disc = render_loupe(
        source,
        viewing,
        (x, y),
        power=power,
        base_px_per_mm=ppm,
        diameter_px=args.loupe_size,
    )
    if args.loupe_only:
        return disc
    page = np.asarray(source.page(viewing, size))
    return draw_loupe(page, disc, (x * ppm, y * ppm))


def _save_png(image: np.ndarray, out: Path) -> None:
    """Write atomically: a half-written PNG never replaces a good one."""
    out = out.resolve()
    # A name of our own in the same folder (so os.replace is atomic), created like any new
    # file: with the user's usual permissions, unlike mkstemp's private 0600.
    tmp = out.with_name(f".{out.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "xb") as f:
            Image.fromarray(image).save(f, format="PNG")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
