"""Reading the app's .ts translation files in tests (Russian and Bulgarian alike)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

# {name}, {n:.0%}, {0}; Qt's %1 and %n.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n")
LATIN_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
# Latin words a translation keeps: names, file formats, document codes, key names, terms of
# the standards (CSCA, EF.SOD, DG1).
KEPT_LATIN = {
    "DocInspect", "OCR", "Ctrl", "Shift", "CMYK", "json", "pack", "docinspect",
    "classroom", "init", "cohort", "assign", "seized", "check", "DOVID", "kinegram",
    "CSCA", "EF", "SOD", "COM", "DG1", "DG2", "DS", "Enter",
}  # fmt: skip


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message still in the code."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue  # gone from the code; kept for a string that comes back
            found.append((context.findtext("name"), message.findtext("source"), translation))
    return found


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def unfinished(ts: Path) -> list[tuple[str, str]]:
    return [
        (context, source)
        for context, source, translation in messages(ts)
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]


def placeholder_or_accelerator_lost(ts: Path) -> list[tuple[str, str, str]]:
    lost = []
    for context, source, translation in messages(ts):
        text = translation.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)) or (
            mnemonic(source) is None
        ) != (mnemonic(text) is None):
            lost.append((context, source, text))
    return lost


def english_left(ts: Path) -> list[tuple[str, str, list[str]]]:
    left = []
    for context, source, translation in messages(ts):
        text = PLACEHOLDER.sub("", translation.text or "")
        if words := [w for w in LATIN_WORD.findall(text) if w not in KEPT_LATIN]:
            left.append((context, source, words))
    return left
