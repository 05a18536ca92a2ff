"""A dense TD3-sized test scene for the renderer's benchmark and pictures (not a real design).

Built here so the renderer can be measured without the generator: six guilloche rosettes of
20,000 points each, 120 wave lines, a border, a rainbow band, microprint, text and an MRZ in
OCR-B, fibres, a UV motif, an OVD, a watermark, intaglio relief and a perforated number.
``counterfeit=True`` gives the same page as an office-paper inkjet/halftone copy.
"""

from __future__ import annotations

import math

from docinspect.model.scene import (
    Anchor,
    Border,
    EllipseItem,
    Fibres,
    Material,
    Microprint,
    Path,
    Perforation,
    PrintProcess,
    RainbowBand,
    Rosette,
    Scene,
    Substrate,
    Text,
    TiltEffect,
    TiltKind,
    WaveBand,
)

W, H = 125.0, 88.0
MICROPRINT_Y = 31.0  # baseline of the first straight microprint line


def test_page(*, counterfeit: bool = False) -> Scene:
    def printed(colour, **kw) -> Material:
        """Background ink: IR-transparent offset (a dot screen on the counterfeit)."""
        if counterfeit:
            kw.setdefault("process", PrintProcess.HALFTONE)
            kw.setdefault("dot_pitch_mm", 0.09)
            kw["ir_absorption"] = kw.get("ir_absorption", 1.0)  # copier toner: all the same in IR
            kw.pop("relief_um", None)
        else:
            kw.setdefault("ir_absorption", 0.0)
        return Material(colour=colour, **kw)

    substrate = (
        Substrate(
            colour=(246, 246, 244), uv_colour=(150, 175, 255), uv_strength=1.0, grain=0.3, seed=9
        )
        if counterfeit
        else Substrate(colour=(240, 236, 222), grain=0.6, seed=4)
    )
    items: list = [
        Border(
            id="border",
            material=printed((70, 110, 150)),
            x=2,
            y=2,
            width=W - 4,
            height=H - 4,
            depth_mm=2.5,
            lines=8,
            amplitude_mm=0.35,
            wavelength_mm=3.0,
            phase_step_deg=25,
            corner_radius_mm=3,
            stroke_mm=0.05,
        )
    ]
    for k in range(2):
        items.append(
            WaveBand(
                id=f"waves{k}",
                material=printed((120, 150, 110) if k else (150, 125, 160)),
                x=5,
                y=6 + k * 40,
                width=115,
                height=38,
                lines=60,
                amplitude_mm=1.1,
                wavelength_mm=7.0 + k,
                phase_step_deg=6,
                mod_amplitude_mm=0.4,
                mod_wavelength_mm=31,
                stroke_mm=0.045,
            )
        )
    items.append(
        RainbowBand(
            id="rainbow",
            material=printed((150, 150, 150)),
            x=4,
            y=70,
            width=117,
            height=6,
            lines=18,
            amplitude_mm=0.5,
            wavelength_mm=2.4,
            phase_step_deg=20,
            stroke_mm=0.05,
            colours=((210, 120, 80), (200, 170, 90), (110, 160, 120), (90, 130, 190)),
        )
    )
    for i in range(6):
        cx, cy = 44 + (i % 3) * 28, 24 + (i // 3) * 34
        items.append(
            Rosette(
                id=f"rosette{i}",
                material=printed((95 + 12 * i, 120, 170 - 10 * i), alpha=0.85),
                cx=cx,
                cy=cy,
                r_inner=4 + i % 2,
                r_outer=12.5,
                petals=14 + 2 * i,
                lines=40,
                waves=5,
                wave_amp_mm=0.3,
                stroke_mm=0.04,
                samples=500,
            )
        )
    if not counterfeit:
        for k, colour in enumerate(((255, 120, 60), (80, 220, 255))):
            items.append(
                Fibres(
                    id=f"uv_fibres{k}",
                    material=Material(
                        colour=(0, 0, 0), alpha=0.0, uv_colour=colour, ir_absorption=0.0
                    ),
                    seed=11 + k,
                    count=90,
                    x=0,
                    y=0,
                    width=W,
                    height=H,
                    length_mm=3.0,
                    width_mm=0.07,
                )
            )
        items.append(
            Fibres(
                id="visible_fibres",
                material=Material(colour=(200, 60, 70), alpha=0.8, ir_absorption=0.0),
                seed=21,
                count=40,
                x=0,
                y=0,
                width=W,
                height=H,
                length_mm=2.5,
                width_mm=0.05,
            )
        )
        items.append(
            EllipseItem(
                id="watermark",
                material=Material(alpha=0.0, density=-0.22, ir_absorption=0.0),
                cx=105,
                cy=30,
                rx=7,
                ry=9,
                filled=True,
                stroke_mm=0,
            )
        )
    # UV motif: a star that glows green; invisible in white light. Missing on the counterfeit.
    star = tuple(
        (
            22 + (9 if j % 2 == 0 else 4) * math.cos(math.pi * j / 5 - math.pi / 2),
            60 + (9 if j % 2 == 0 else 4) * math.sin(math.pi * j / 5 - math.pi / 2),
        )
        for j in range(10)
    )
    if not counterfeit:
        items.append(
            Path(
                id="uv_motif",
                material=Material(
                    alpha=0.0, uv_colour=(90, 255, 120), uv_strength=1.0, ir_absorption=0.0
                ),
                subpaths=(star,),
                closed=True,
                filled=True,
                stroke_mm=0,
            )
        )
    mp_material = (
        Material(
            colour=(60, 70, 110), process=PrintProcess.INKJET, dot_pitch_mm=0.085, ir_absorption=0.9
        )
        if counterfeit
        else Material(colour=(50, 60, 110), ir_absorption=0.0)
    )
    for k in range(6):
        y = MICROPRINT_Y + 3.2 * k
        items.append(
            Microprint(
                id=f"microprint{k}",
                material=mp_material,
                text="UTOPIA REPUBLIC PASSPORT ",
                points=((5.0, y), (120.0, y))
                if k % 2 == 0
                else tuple(
                    (5.0 + u, y + 0.4 * math.sin(u / 3)) for u in [i * 1.0 for i in range(116)]
                ),
                glyph_height_mm=0.2,
                font="OCRB",
            )
        )
    ink = Material(colour=(25, 25, 35), ir_absorption=1.0)
    title_relief = 0.0 if counterfeit else 28.0
    items.append(
        Text(
            id="title",
            material=Material(
                colour=(40, 50, 100),
                ir_absorption=0.0 if not counterfeit else 1.0,
                relief_um=title_relief,
                process=PrintProcess.OFFSET if counterfeit else PrintProcess.INTAGLIO,
            ),
            text="UTOPIA  PASSPORT",
            x=62.5,
            y=10,
            font="OCRB",
            size_mm=4.2,
            weight=700,
            anchor=Anchor.MIDDLE,
        )
    )
    labels = [
        ("SURNAME", "ERIKSSON"),
        ("GIVEN NAMES", "ANNA MARIA"),
        ("DATE OF BIRTH", "12 AUG 1974"),
    ]
    for i, (label, value) in enumerate(labels):
        y = 20 + i * 8
        items.append(
            Text(
                id=f"label{i}",
                material=printed((90, 90, 120)),
                text=label,
                x=45,
                y=y,
                font="OCRB",
                size_mm=1.6,
            )
        )
        items.append(
            Text(
                id=f"value{i}", material=ink, text=value, x=45, y=y + 3.2, font="OCRB", size_mm=2.8
            )
        )
    ovd_tilt = None if counterfeit else TiltEffect(kind=TiltKind.DIFFRACTIVE, full_tilt_deg=30)
    items.append(
        EllipseItem(
            id="ovd",
            material=Material(colour=(190, 190, 200), ir_absorption=0.3, tilt=ovd_tilt),
            cx=105,
            cy=58,
            rx=8,
            ry=6,
            filled=True,
            stroke_mm=0,
        )
    )
    mrz = (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    )
    for i, line in enumerate(mrz):
        items.append(
            Text(
                id=f"mrz{i}",
                material=Material(
                    colour=(20, 20, 25), ir_absorption=1.0 if not counterfeit else 0.0
                ),
                text=line,
                x=5.5,
                y=80.6 + 4.6 * i,
                font="OCRB",
                size_mm=3.3,
                letter_spacing_mm=-0.02,
            )
        )
    if not counterfeit:
        items.append(
            Perforation(
                id="perforation",
                material=Material(colour=(70, 55, 40), hole=True, ir_absorption=0.0),
                x=88,
                y=70,
                text="L898902C",
                height_mm=4.0,
                hole_mm=0.22,
                pitch_mm=0.42,
                font="OCRB",
            )
        )
    return Scene(width_mm=W, height_mm=H, substrate=substrate, items=tuple(items))
