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

from docinspect.cli.common import EXIT_OK, CommandFailed, fail, open_pack_specimen, os_reason
from docinspect.cli.language import tr
from docinspect.cli.parser import number, whole_number
from docinspect.i18n import message_of
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
    MAX_LOUPE_POWER,
    MIN_DISC_PX,
    MIN_LOUPE_POWER,
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
            tr("expected X_MM,Y_MM,POWER (e.g. 30,40.5,10), got {text}").format(text=repr(text))
        ) from None
    if not MIN_LOUPE_POWER <= power <= MAX_LOUPE_POWER:
        raise argparse.ArgumentTypeError(
            tr("loupe power must be within {low}-{high}, not {power}").format(
                low=f"{MIN_LOUPE_POWER:g}", high=f"{MAX_LOUPE_POWER:g}", power=f"{power:g}"
            )
        )
    return x, y, power


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("expected a number, got {text}").format(text=repr(text))
        ) from None
    if not value > 0:
        raise argparse.ArgumentTypeError(tr("must be positive, got {text}").format(text=text))
    return value


def _tilt(text: str) -> tuple[float, float]:
    """``X`` or ``X,Y``: left–right and towards–away tilt in degrees (range checked by Viewing)."""
    parts = text.split(",")
    problem = tr("expected X or X,Y in degrees, got {text}").format(text=repr(text))
    if len(parts) > 2:
        raise argparse.ArgumentTypeError(problem)
    try:
        values = [float(v) for v in parts]
    except ValueError:
        raise argparse.ArgumentTypeError(problem) from None
    return (values[0], values[1] if len(values) == 2 else 0.0)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "render",
        help="draw a specimen under a light (and optionally the loupe) to a PNG",
        description="Draw a specimen of a pack as the app shows it. Exit 2 on an unknown "
        "specimen, a light the specimen has no image for, or bad options.",
    )
    p.add_argument("pack", type=Path, metavar="PACK", help="pack folder or .zip file")
    p.add_argument("specimen_id", metavar="SPECIMEN_ID", help="the specimen's id in the pack")
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
        help=tr(
            "tilt in degrees (±{limit}): X left–right, Y towards–away (top edge away > 0), "
            "default 0,0; write --tilt=-10,5 when X is negative"
        ).format(limit=f"{MAX_TILT_DEG:g}"),
    )
    p.add_argument(
        "--azimuth",
        type=number,
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
        type=whole_number,
        default=DEFAULT_DISC_PX,
        metavar="PX",
        help=tr("loupe diameter (default {px})").format(px=DEFAULT_DISC_PX),
    )
    p.add_argument(
        "--loupe-only", action="store_true", help="write only the loupe disc, not the page"
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE.png", help="the PNG file to write"
    )
    p.set_defaults(func=_render)


def _render(args: argparse.Namespace) -> int:
    try:
        light = parse_light(args.light)
        lr, ta = args.tilt
        viewing = Viewing(
            light, tilt_deg=lr, tilt_away_deg=ta, oblique_azimuth_deg=args.azimuth % 360
        )
    except ValueError as exc:
        return fail(tr(exc.args[0]) if exc.args else str(exc))
    if args.loupe_only and args.loupe is None:
        return fail(tr("--loupe-only needs --loupe X_MM,Y_MM,POWER"))
    if not MIN_DISC_PX <= args.loupe_size <= MAX_DISC_PX:
        return fail(
            tr("--loupe-size must be within {low}-{high} px, got {size}").format(
                low=MIN_DISC_PX, high=MAX_DISC_PX, size=args.loupe_size
            )
        )
    try:
        pack, _specimen = open_pack_specimen(args.pack, args.specimen_id)
    except CommandFailed as stop:
        return stop.code
    try:
        source = open_source(pack, args.specimen_id)
    except SceneError as exc:
        for problem in exc.problems:
            print(f"docinspect: {tr(problem)}", file=sys.stderr)
        return fail(
            tr("specimen {id}: its scene cannot be drawn").format(id=repr(args.specimen_id))
        )
    spec = source.specimen
    if not source.has_light(light):
        have = ", ".join(sorted(lt.value for lt in source.specimen.lights())) or tr("none")
        return fail(
            tr("specimen {id} has no {light} image (it has: {have})").format(
                id=repr(args.specimen_id), light=light.value, have=have
            )
        )
    ppm = args.dpi / MM_PER_INCH
    size = (max(1, round(spec.width_mm * ppm)), max(1, round(spec.height_mm * ppm)))
    if size[0] * size[1] > MAX_PIXELS:
        return fail(
            tr("--dpi {dpi} makes a page of {width}x{height} px; too large").format(
                dpi=f"{args.dpi:g}", width=size[0], height=size[1]
            )
        )
    try:
        image = _draw(source, viewing, args, ppm, size)
    except NoLayerError as exc:
        return fail(
            tr("specimen {id} has no image under {light}").format(
                id=repr(exc.specimen_id), light=exc.light.value
            )
        )
    except (SceneAssetError, UnknownFontError) as exc:
        # The renderer's own words (docinspect/optics): a scene naming a missing image or font.
        return fail(
            tr("specimen {id}: its scene cannot be drawn").format(id=repr(args.specimen_id))
            + f" ({tr(message_of(exc))})"
        )
    try:
        _save_png(image, args.out)
    except OSError as exc:
        return fail(
            tr("{path}: cannot write: {reason}").format(path=args.out, reason=os_reason(exc))
        )
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
