"""The light sources as the officer meets them: names, keys, what each one reveals."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from docinspect.model.light import Light

#: One key per light, as on the toolbar and in the Light menu.
LIGHT_KEYS: Final = {
    Light.WHITE: "W",
    Light.UV365: "U",
    Light.IR: "I",
    Light.OBLIQUE: "O",
    Light.TRANSMITTED: "T",
}


def light_purpose(light: Light) -> str:
    """One line on what the light shows, for tooltips."""
    purposes = {
        Light.WHITE: QCoreApplication.translate(
            "Light", "Ordinary daylight from above: colours, print, photo and data"
        ),
        Light.UV365: QCoreApplication.translate(
            "Light",
            "UV-A lamp in a dark room: dull paper, glowing fibres, inks and motifs; "
            "office paper glows blue-white",
        ),
        Light.IR: QCoreApplication.translate(
            "Light", "Near infrared (~900 nm): the MRZ stays black, most colour print fades"
        ),
        Light.OBLIQUE: QCoreApplication.translate(
            "Light", "Raking light from one side: relief, intaglio, embossing, erasures"
        ),
        Light.TRANSMITTED: QCoreApplication.translate(
            "Light", "Back light through the page: watermark, security thread, perforation"
        ),
    }
    return purposes[light]


def missing_text(light: Light) -> str:
    """What the view says when a specimen has no image under ``light``."""
    texts = {
        Light.WHITE: QCoreApplication.translate("Light", "No white-light image for this specimen"),
        Light.UV365: QCoreApplication.translate("Light", "No UV image for this specimen"),
        Light.IR: QCoreApplication.translate("Light", "No IR image for this specimen"),
        Light.OBLIQUE: QCoreApplication.translate(
            "Light", "No oblique-light image for this specimen"
        ),
        Light.TRANSMITTED: QCoreApplication.translate(
            "Light", "No transmitted-light image for this specimen"
        ),
    }
    return texts[light]


def direction_label(azimuth_deg: float) -> str:
    """Where raking light comes from, as a compass point on the page (top = north)."""
    names = (
        QCoreApplication.translate("Light", "from the top"),
        QCoreApplication.translate("Light", "from the top right"),
        QCoreApplication.translate("Light", "from the right"),
        QCoreApplication.translate("Light", "from the bottom right"),
        QCoreApplication.translate("Light", "from the bottom"),
        QCoreApplication.translate("Light", "from the bottom left"),
        QCoreApplication.translate("Light", "from the left"),
        QCoreApplication.translate("Light", "from the top left"),
    )
    return names[round((azimuth_deg % 360) / 45) % 8]
