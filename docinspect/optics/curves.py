"""Geometry of the parametric scene items, as numpy polylines in millimetres.

The formulas are the ones documented on the item classes in ``docinspect.model.scene``; they
are part of the scene format (changing one changes every generated specimen).
"""

from __future__ import annotations

import math

import numpy as np

from docinspect.model.scene import Border, Fibres, Rosette, WaveBand

#: Points per wavelength of a wave line: chord error stays below 1 px at 30x.
_POINTS_PER_WAVE = 48


def rosette_lines(r: Rosette) -> list[np.ndarray]:
    theta = np.linspace(0.0, 2 * math.pi, r.samples, endpoint=False)
    theta = np.append(theta, 0.0)  # closed
    cos_t, sin_t = np.cos(theta), np.sin(theta)
    lines = []
    for k in range(r.lines):
        phi = 2 * math.pi * k / r.lines
        radius = r.r_inner + (r.r_outer - r.r_inner) * 0.5 * (1 + np.cos(r.petals * theta + phi))
        if r.wave_amp_mm:
            radius = radius + r.wave_amp_mm * np.sin(r.waves * theta - phi)
        lines.append(np.column_stack((r.cx + radius * cos_t, r.cy + radius * sin_t)))
    return lines


def _samples(length: float, *wavelengths: float) -> int:
    shortest = min((w for w in wavelengths if w > 0), default=length)
    return max(16, math.ceil(length / shortest * _POINTS_PER_WAVE) + 1)


def wave_lines(w: WaveBand) -> list[np.ndarray]:
    n = _samples(w.width, w.wavelength_mm, w.mod_wavelength_mm)
    u = np.linspace(0.0, w.width, n)
    lines = []
    step = math.radians(w.phase_step_deg)
    mod = (
        w.mod_amplitude_mm * np.sin(2 * math.pi * u / w.mod_wavelength_mm)
        if w.mod_amplitude_mm and w.mod_wavelength_mm
        else 0.0
    )
    for k in range(w.lines):
        y0 = w.y + w.height * (k + 0.5) / w.lines
        y = y0 + w.amplitude_mm * np.sin(2 * math.pi * u / w.wavelength_mm + k * step) + mod
        lines.append(np.column_stack((w.x + u, y)))
    return lines


def wave_gap_mm(lines: list[np.ndarray]) -> float:
    """Least distance between neighbouring lines of a wave band (``wave_lines``: one ``u``
    grid, each line above the next), across the lines rather than down: 0 when they touch or
    cross, when one line bends tighter than the gap (its pen would overlap itself), or when the
    band has a single line (nothing to keep apart, so nothing known)."""
    if len(lines) < 2:
        return 0.0
    ys = np.stack([line[:, 1] for line in lines])  # (lines, samples), same u for every line
    u = lines[0][:, 0]
    if len(u) < 3:
        return 0.0
    down = float(np.min(np.diff(ys, axis=0)))
    if down <= 0:
        return 0.0
    # Across the lines: the vertical gap shrinks by the cosine of the steepest slope.
    slope = float(np.max(np.abs(np.diff(ys, axis=1) / np.diff(u)[None, :])))
    across = down / math.hypot(1.0, slope)
    # A line's tightest bend (radius of curvature of y(u), from its samples).
    du = float(np.min(np.diff(u)))
    y2 = np.abs(ys[:, 2:] - 2 * ys[:, 1:-1] + ys[:, :-2]) / du**2
    bend = float(np.max(y2))
    radius = 1.0 / bend if bend > 0 else math.inf
    return min(across, radius)


def _rounded_rect(x: float, y: float, w: float, h: float, r: float, step: float) -> np.ndarray:
    """Closed outline of a rounded rectangle sampled every ~``step`` mm, clockwise from top-left."""
    r = max(0.0, min(r, w / 2, h / 2))
    parts = []
    corners = [
        ((x + w - r, y + r), -math.pi / 2),  # top-right: from -90 to 0
        ((x + w - r, y + h - r), 0.0),
        ((x + r, y + h - r), math.pi / 2),
        ((x + r, y + r), math.pi),
    ]
    starts = [(x + r, y), (x + w, y + r), (x + w - r, y + h), (x, y + h - r)]
    for start, ((cx, cy), a0) in zip(starts, corners, strict=True):
        ex, ey = cx + r * math.cos(a0), cy + r * math.sin(a0)
        length = math.hypot(ex - start[0], ey - start[1])
        n = max(2, math.ceil(length / step))
        t = np.linspace(0.0, 1.0, n, endpoint=False)
        parts.append(
            np.column_stack((start[0] + t * (ex - start[0]), start[1] + t * (ey - start[1])))
        )
        if r > 0:
            m = max(2, math.ceil(r * math.pi / 2 / step))
            a = a0 + np.linspace(0.0, math.pi / 2, m, endpoint=False)
            parts.append(np.column_stack((cx + r * np.cos(a), cy + r * np.sin(a))))
    outline = np.concatenate(parts)
    return np.vstack((outline, outline[:1]))


def border_lines(b: Border) -> list[np.ndarray]:
    mid = b.depth_mm / 2
    step = b.wavelength_mm / _POINTS_PER_WAVE
    centre = _rounded_rect(
        b.x + mid,
        b.y + mid,
        b.width - 2 * mid,
        b.height - 2 * mid,
        max(0.0, b.corner_radius_mm - mid) + mid,
        step,
    )
    seg = np.diff(centre, axis=0)
    s = np.concatenate(([0.0], np.cumsum(np.hypot(seg[:, 0], seg[:, 1]))))
    # Inward normal of a clockwise outline (y down): rotate the tangent by +90 degrees.
    tangent = np.gradient(centre, axis=0)
    tangent[0] = tangent[-1] = centre[1] - centre[-2]
    tangent /= np.maximum(np.hypot(tangent[:, 0], tangent[:, 1]), 1e-12)[:, None]
    normal = np.column_stack((-tangent[:, 1], tangent[:, 0]))
    # Whole wavelengths round the loop, so every line closes smoothly.
    total = s[-1]
    waves = max(1, round(total / b.wavelength_mm))
    phase = 2 * math.pi * s / total * waves
    step_rad = math.radians(b.phase_step_deg)
    lines = []
    for k in range(b.lines):
        offset = b.depth_mm * ((k + 0.5) / b.lines - 0.5)
        d = offset + b.amplitude_mm * np.sin(phase + k * step_rad)
        lines.append(centre + normal * d[:, None])
    return lines


def fibre_lines(f: Fibres) -> list[np.ndarray]:
    """Fibres placed by numpy's PCG64 generator from ``f.seed`` (same on every machine)."""
    rng = np.random.Generator(np.random.PCG64(f.seed))
    cx = f.x + rng.random(f.count) * f.width
    cy = f.y + rng.random(f.count) * f.height
    angle = rng.random(f.count) * 2 * math.pi
    length = f.length_mm * (0.6 + 0.6 * rng.random(f.count))
    bend = f.curl * rng.standard_normal(f.count) * 0.5
    t = np.linspace(-0.5, 0.5, 9)
    lines = []
    for i in range(f.count):
        lx = t * length[i]
        ly = bend[i] * length[i] * (t * t - 0.25)
        ca, sa = math.cos(angle[i]), math.sin(angle[i])
        lines.append(np.column_stack((cx[i] + lx * ca - ly * sa, cy[i] + lx * sa + ly * ca)))
    return lines


def split(line: np.ndarray, size: int = 40) -> list[np.ndarray]:
    """Consecutive pieces of ``size`` points sharing their end points, so they join seamlessly."""
    if len(line) <= size:
        return [line]
    return [line[i : i + size + 1] for i in range(0, len(line) - 1, size)]


def polyline_bounds(pieces: list[np.ndarray], pad: float) -> np.ndarray:
    """(N, 4) boxes left, top, right, bottom of each piece, grown by ``pad`` mm."""
    out = np.empty((len(pieces), 4))
    if not pieces:
        return out
    # All pieces at once: reduce each run of the concatenated points (a loop cost 12 µs each).
    counts = np.array([len(p) for p in pieces])
    if counts.min() == 0:
        raise ValueError("a polyline piece has no points")
    points = np.concatenate(pieces)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    out[:, :2] = np.minimum.reduceat(points, starts, axis=0) - pad
    out[:, 2:] = np.maximum.reduceat(points, starts, axis=0) + pad
    return out
