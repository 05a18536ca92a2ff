"""Pictures of the generator's forgers' profiles and security features for docs/generator.md.

Each picture sets a genuine specimen beside its forgery under the light and loupe power that
show the difference, as an examiner would compare them. Run from the repository:

    .venv/bin/python scripts/screenshots_generator.py [OUT_FOLDER]   # default docs/images

Every specimen is built from a fixed seed, so the pictures are the same on every run.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from docinspect.model import Light, Viewing  # noqa: E402
from docinspect.model.geometry import Bounds  # noqa: E402
from docinspect.optics import SpecimenSource  # noqa: E402
from docinspect.synth.documents import SCENE_FILE, build_document  # noqa: E402
from docinspect.synth.forgeries import forge  # noqa: E402
from docinspect.synth.profiles import produce  # noqa: E402
from docinspect.synth.wear import add_issuer_error, add_wear  # noqa: E402

SEED = 4


def made(kind="td3", *, profile=None, method=None, subtlety=0.5, seed=SEED, wear=0.0):
    d = build_document(seed, doc_type=kind, traveller=False)
    rng = random.Random(seed)
    if profile:
        produce(d, profile, subtlety=subtlety, rng=rng)
    elif method:
        forge(d, [method], subtlety=subtlety, rng=rng)
    if wear:
        add_wear(d, wear, random.Random(seed))
    return d


def render(d, light, window=None, dpi=100, tilt=0.0) -> np.ndarray:
    folder = Path(tempfile.mkdtemp(prefix="docinspect-shot-"))
    files = dict(d.files)
    files[SCENE_FILE] = d.scene_bytes()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    source = SpecimenSource(d.specimen("x"), folder, d.scene())
    w = window or Bounds(0.0, 0.0, d.width_mm, d.height_mm)
    ppm = dpi / 25.4
    size = (round(w.width * ppm), round(w.height * ppm))
    return source.render(Viewing(light=Light(light), tilt_deg=tilt), w, size)


def labelled(img: np.ndarray, text: str) -> np.ndarray:
    bar = np.full((26, img.shape[1], 3), 250, np.uint8)
    cv2.putText(bar, text, (6, 18), cv2.FONT_HERSHEY_SIMPLEX, 0.42, (30, 30, 30), 1, cv2.LINE_AA)
    return np.vstack([bar, img])


def grid(rows: list[list[np.ndarray]], gap: int = 6) -> np.ndarray:
    width = max(sum(c.shape[1] for c in row) + gap * (len(row) - 1) for row in rows)
    out_rows = []
    for row in rows:
        h = max(c.shape[0] for c in row)
        line = np.full((h, width, 3), 255, np.uint8)
        x = 0
        for c in row:
            line[: c.shape[0], x : x + c.shape[1]] = c
            x += c.shape[1] + gap
        out_rows.append(line)
        out_rows.append(np.full((gap, width, 3), 255, np.uint8))
    return np.vstack(out_rows[:-1])


def save(folder: Path, name: str, img: np.ndarray) -> None:
    cv2.imwrite(str(folder / name), cv2.cvtColor(img, cv2.COLOR_RGB2BGR))
    print(folder / name)


def shots(out: Path) -> None:
    genuine = made()
    g4 = genuine

    # Desktop counterfeit: UV and IR over the whole page.
    desk = made(profile="desktop_counterfeit", subtlety=0.2)
    save(
        out,
        "prof-desktop-uv-ir.png",
        grid(
            [
                [
                    labelled(render(g4, "uv365"), "genuine, UV 365"),
                    labelled(render(desk, "uv365"), "desktop counterfeit, UV 365"),
                ],
                [
                    labelled(render(g4, "ir"), "genuine, IR"),
                    labelled(render(desk, "ir"), "desktop counterfeit, IR"),
                ],
            ]
        ),
    )
    # Desktop counterfeit in the loupe: microprint and guilloche at 10x.
    micro = g4.item("microprint-0")
    (mx, my) = micro.points[0]
    mwin = Bounds(mx + 2.0, my - 0.5, mx + 12.0, my + 0.3)
    ros = g4.item("rosette")
    gwin = Bounds(
        ros.cx + ros.r_outer * 0.45, ros.cy - 1.5, ros.cx + ros.r_outer * 0.45 + 4.0, ros.cy + 1.5
    )
    loupe = 10 * 150
    save(
        out,
        "prof-desktop-loupe.png",
        grid(
            [
                [
                    labelled(render(g4, "white", mwin, loupe), "genuine microprint, 10x"),
                    labelled(render(desk, "white", mwin, loupe), "desktop counterfeit, 10x"),
                ],
                [
                    labelled(render(g4, "white", gwin, loupe), "genuine guilloche, 10x"),
                    labelled(render(desk, "white", gwin, loupe), "desktop counterfeit, 10x"),
                ],
            ]
        ),
    )
    # Perforation: laser cone, punched hole, printed dot.
    pwin = g4.region("laser_perforation").shape.bounds()
    pwin = Bounds(pwin.left, pwin.top, pwin.left + 7.0, pwin.bottom)
    punched = made(method="imitated_perforation", subtlety=0.8)
    printed = made(method="imitated_perforation", subtlety=0.2)
    rows = []
    for light in ("transmitted", "oblique", "white"):
        rows.append(
            [
                labelled(render(d, light, pwin, 1200), f"{name}, {light}")
                for d, name in ((g4, "laser"), (punched, "punched"), (printed, "printed"))
            ]
        )
    save(out, "prof-perforation.png", grid(rows))
    # DOVID, iridescent band and latent image with tilt.
    foil = made(method="static_ovd", subtlety=0.8)
    dwin = g4.region("dovid").shape.bounds()
    save(
        out,
        "prof-dovid-tilt.png",
        grid(
            [
                [
                    labelled(render(d, "white", dwin, 600, t), f"{n} {t:g} deg")
                    for t in (0.0, 15.0, 30.0)
                ]
                for d, n in ((g4, "genuine"), (foil, "generic foil"))
            ]
        ),
    )
    flat = made(method="no_relief", subtlety=0.5)
    iwin = g4.region("iridescent_ink").shape.bounds()
    lwin = g4.region("latent_image").shape.bounds()
    twin = Bounds(iwin.left - 6, iwin.top, iwin.right + 6, iwin.top + 26)
    save(
        out,
        "feat-tilt.png",
        grid(
            [
                [
                    labelled(render(g4, "white", twin, 300, t), f"iridescent band {t:g} deg")
                    for t in (0.0, 25.0)
                ]
                + [
                    labelled(render(foil, "white", twin, 300, t), f"printed band {t:g} deg")
                    for t in (0.0, 25.0)
                ],
                [
                    labelled(render(g4, light, lwin, 600, t), f"latent image, {light} {t:g} deg")
                    for light, t in (("white", 0.0), ("white", 25.0), ("oblique", 25.0))
                ]
                + [labelled(render(flat, "white", lwin, 600, 0.0), "flat print 0 deg")],
            ]
        ),
    )
    # Embedded in the paper: thread and planchettes; the see-through register.
    thread = made(method="imitation_thread", subtlety=0.5)
    x = g4.region("security_thread").shape.bounds().left
    ewin = Bounds(x - 10, 10, x + 10, 40)
    rwin = g4.region("see_through_register").shape.bounds()
    misreg = made(method="misaligned_register", subtlety=0.3)
    px, py = g4.item("planchettes").holes[0]
    disc = Bounds(px - 2.5, py - 2.5, px + 2.5, py + 2.5)
    save(
        out,
        "feat-embedded.png",
        grid(
            [
                [
                    labelled(render(g4, "transmitted", ewin, 200), "thread, transmitted"),
                    labelled(render(g4, "uv365", ewin, 200), "thread, planchettes, UV"),
                    labelled(render(thread, "white", ewin, 200), "printed thread, white"),
                    labelled(
                        render(thread, "transmitted", ewin, 200), "printed thread, transmitted"
                    ),
                ],
                [
                    labelled(render(g4, "white", rwin, 600), "register, white"),
                    labelled(render(g4, "transmitted", rwin, 600), "register, transmitted"),
                    labelled(render(misreg, "transmitted", rwin, 600), "misaligned, transmitted"),
                    labelled(render(g4, "white", disc, 600), "a planchette, 4x"),
                ],
            ]
        ),
    )
    # Photo substitution under every light.
    photo = made(profile="photo_substitution", subtlety=0.3)
    ph = g4.region("portrait").shape.bounds()
    pw = Bounds(ph.left - 3, ph.top - 3, ph.right + 8, ph.bottom + 3)
    lights = ("white", "uv365", "ir", "transmitted", "oblique")
    save(
        out,
        "prof-photo-substitution.png",
        grid(
            [
                [labelled(render(d, li, pw, 150), f"{n}, {li}") for li in lights]
                for d, n in ((g4, "genuine"), (photo, "substituted"))
            ]
        ),
    )
    # Offset counterfeit: microprint misspelt, deliberate error corrected.
    offset = made(profile="offset_counterfeit", subtlety=0.0)
    save(
        out,
        "prof-offset-microprint.png",
        grid(
            [
                [
                    labelled(
                        render(g4, "white", Bounds(mx + 12, my - 0.5, mx + 24, my + 0.3), loupe),
                        "genuine, 10x (one word in five misspelt on purpose)",
                    )
                ],
                [
                    labelled(
                        render(
                            offset, "white", Bounds(mx + 12, my - 0.5, mx + 24, my + 0.3), loupe
                        ),
                        "offset counterfeit, 10x",
                    )
                ],
            ]
        ),
    )
    # Stolen blank: inkjet data.
    blank = made(profile="stolen_blank", subtlety=0.5)
    num = g4.region("document_number").shape.bounds()
    swin = Bounds(num.left, num.top - 0.5, num.left + 12, num.bottom + 0.5)
    save(
        out,
        "prof-stolen-blank.png",
        grid(
            [
                [labelled(render(d, li, swin, loupe), f"{n}, {li} 10x") for li in ("white", "ir")]
                for d, n in ((g4, "genuine"), (blank, "stolen blank"))
            ]
        ),
    )
    # Fantasy documents.
    save(
        out,
        "prof-fantasy.png",
        grid(
            [
                [
                    labelled(
                        render(made(profile="fantasy_document", subtlety=0.0), "white"),
                        "fantasy: an invented issuer (QSA)",
                    ),
                    labelled(
                        render(made(profile="fantasy_document", subtlety=1.0), "white"),
                        "fantasy: a registered issuer's name borrowed (QZK)",
                    ),
                ]
            ]
        ),
    )
    # Data alteration on sensitised paper.
    alt = made(profile="data_alteration", subtlety=0.2)
    box = next(
        r for r in alt.specimen("x").forgery_indicators() if r.feature == "chemical_sensitisation"
    ).shape.bounds()
    awin = Bounds(box.left - 3, box.top - 3, box.right + 3, box.bottom + 3)
    save(
        out,
        "prof-data-alteration.png",
        grid(
            [
                [
                    labelled(render(d, li, awin, 300), f"{n}, {li}")
                    for li in ("white", "uv365", "oblique")
                ]
                for d, n in ((g4, "genuine"), (alt, "altered"))
            ]
        ),
    )
    # Wear and an issuer error on a genuine document.
    for k in range(20):  # the first issuer error of its kind: data printed askew
        worn = made(wear=1.0, seed=3)
        error = add_issuer_error(worn, 1.0, random.Random(k))
        if error is not None and error["kind"] == "misaligned_personalisation":
            break
    save(
        out,
        "prof-wear.png",
        grid(
            [
                [
                    labelled(
                        render(worn, "white"), "worn genuine; issuer error: data printed askew"
                    ),
                    labelled(render(worn, "oblique"), "the same, raking light: crease, scratches"),
                ]
            ]
        ),
    )
    # The card back's barcode.
    back = made(kind="td1-back")
    save(
        out,
        "feat-card-back.png",
        grid(
            [[labelled(render(back, li, None, 150), f"card back, {li}") for li in ("white", "ir")]]
        ),
    )


if __name__ == "__main__":
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/images")
    target.mkdir(parents=True, exist_ok=True)
    shots(target)
