"""ICAO Doc 9303 machine readable zones: compose, parse and check.

Five layouts: TD1 (ID card, 3 lines of 30), TD2 (2 x 36), TD3 (passport, 2 x 44), MRV-A
(visa, 2 x 44) and MRV-B (visa, 2 x 36). Pure Python, no I/O.

- :func:`compose` writes the lines of a :class:`MrzData` (names transliterated and truncated
  the way Doc 9303 does it; every check digit computed).
- :func:`parse` reads the lines back into a :class:`MrzData`; it does not judge check digits.
- :func:`check` reads the lines and judges everything: line count and length, character set,
  each field and each check digit, and says what is wrong in words a trainee understands.

Dates carry two-digit years; the century is chosen relative to ``today``: a date of birth is
the latest such date not after ``today``; an expiry date is the one that falls within 50 years
before to 49 years after ``today``'s year.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Final

from docinspect.i18n import Message
from docinspect.model.specimen import DocumentType

FILLER: Final = "<"
MRZ_CHARACTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")

#: Number of lines and characters per line of each layout.
MRZ_SHAPE: Final[Mapping[DocumentType, tuple[int, int]]] = {
    DocumentType.TD1: (3, 30),
    DocumentType.TD2: (2, 36),
    DocumentType.TD3: (2, 44),
    DocumentType.MRVA: (2, 44),
    DocumentType.MRVB: (2, 36),
}

#: How the layouts are called in messages.
LAYOUT_NAMES: Final[Mapping[DocumentType, str]] = {
    DocumentType.TD1: "TD1",
    DocumentType.TD2: "TD2",
    DocumentType.TD3: "TD3",
    DocumentType.MRVA: "MRV-A",
    DocumentType.MRVB: "MRV-B",
}

#: First character of the document code each layout may carry (Doc 9303 parts 4 to 7).
_CODE_FIRST: Final[Mapping[DocumentType, str]] = {
    DocumentType.TD1: "ACI",
    DocumentType.TD2: "ACI",
    DocumentType.TD3: "P",
    DocumentType.MRVA: "V",
    DocumentType.MRVB: "V",
}

_WEIGHTS: Final = (7, 3, 1)


def _one_of(letters: str) -> str:
    """ "P", or "A or C or I" (a Message: "or" is a word of the reader's language)."""
    if len(letters) == 1:
        return letters
    return Message("{some} or {last}", some=_one_of(letters[:-1]), last=letters[-1])


class MrzError(ValueError):
    """The MRZ cannot be composed or read; ``problems`` lists every reason, one sentence each."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        super().__init__("; ".join(self.problems))


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    #: Unspecified, as most states write it in the MRZ.
    UNSPECIFIED = "<"
    #: Unspecified, as some states print it (the VIZ letter X carried into the MRZ).
    X = "X"


_SEX_LETTERS: Final = frozenset(s.value for s in Sex)


@dataclass(frozen=True, slots=True)
class MrzData:
    """The data an MRZ carries, in readable form.

    Names use single spaces between components ("ANNA MARIA"); codes, numbers and optional data
    are written without trailing fillers ("D" for ``D<<``).
    """

    document_type: DocumentType
    #: One or two characters, e.g. "P", "PD", "I", "ID", "AC", "V".
    document_code: str
    #: Three-letter code (or shorter, filled with ``<``), e.g. "UTO", "D".
    issuing_state: str
    #: Surname(s): the primary identifier.
    primary_identifier: str
    #: Given name(s): the secondary identifier; may be empty.
    secondary_identifier: str
    #: Up to 9 characters on TD3 and visas; longer on TD1 and TD2 (overflow into optional data).
    document_number: str
    nationality: str
    #: None when the date of birth is unknown (written ``<<<<<<``).
    birth_date: date | None
    sex: Sex
    expiry_date: date
    #: TD1 line 1, TD2, TD3 (personal number) and visas; without the document number overflow.
    optional_data: str = ""
    #: TD1 line 2 only.
    optional_data_2: str = ""


@dataclass(frozen=True, slots=True)
class FieldReading:
    """One field as printed and as understood."""

    name: str
    #: 1-based line and position of the field's first character.
    line: int
    position: int
    #: The characters as printed (for the document number, the principal part and overflow).
    printed: str
    #: The readable value ("" when it cannot be read).
    value: str
    #: Why the field is wrong, as a sentence; "" when it is fine.
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


@dataclass(frozen=True, slots=True)
class CheckDigitReading:
    """One check digit: what is printed and what the data it covers requires."""

    #: What it checks: "document number", "date of birth", "date of expiry", "optional data",
    #: "composite".
    name: str
    line: int
    position: int
    printed: str
    expected: str

    @property
    def ok(self) -> bool:
        return self.printed == self.expected

    @property
    def message(self) -> str:
        """A sentence naming the failure, e.g. 'document number check digit is 7, expected 6'."""
        return Message(
            "{name} check digit is {printed}, expected {expected}",
            name=self.name,
            printed=self.printed,
            expected=self.expected,
        )


@dataclass(frozen=True, slots=True)
class MrzCheck:
    """Everything :func:`check` found."""

    lines: tuple[str, ...]
    #: None when the line count and lengths fit no layout.
    document_type: DocumentType | None
    #: Problems that make the MRZ unreadable (line count or length, characters outside A-Z 0-9 <).
    format_problems: tuple[str, ...]
    fields: tuple[FieldReading, ...] = ()
    check_digits: tuple[CheckDigitReading, ...] = ()
    #: The data read, when every field could be understood (check digits may still be wrong).
    data: MrzData | None = None

    @property
    def usable(self) -> bool:
        """True when the lines could be read field by field."""
        return not self.format_problems

    @property
    def valid(self) -> bool:
        """True when readable, every field is well formed and every check digit matches."""
        return (
            self.usable and all(f.ok for f in self.fields) and all(c.ok for c in self.check_digits)
        )

    @property
    def problems(self) -> tuple[str, ...]:
        """Every problem as one sentence, format first, then fields, then check digits."""
        return (
            self.format_problems
            + tuple(f.problem for f in self.fields if not f.ok)
            + tuple(c.message for c in self.check_digits if not c.ok)
        )

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form: type, verdicts, fields, check digits and problems."""
        return {
            "document_type": self.document_type.value if self.document_type else None,
            "layout": LAYOUT_NAMES[self.document_type] if self.document_type else None,
            "lines": list(self.lines),
            "usable": self.usable,
            "valid": self.valid,
            "fields": [
                {
                    "name": f.name,
                    "line": f.line,
                    "position": f.position,
                    "printed": f.printed,
                    "value": f.value,
                    "ok": f.ok,
                    "problem": f.problem or None,
                }
                for f in self.fields
            ],
            "check_digits": [
                {
                    "name": c.name,
                    "line": c.line,
                    "position": c.position,
                    "printed": c.printed,
                    "expected": c.expected,
                    "ok": c.ok,
                }
                for c in self.check_digits
            ],
            "problems": list(self.problems),
        }


# --- check digits ------------------------------------------------------------------------------


def character_value(char: str) -> int:
    """Doc 9303 value of an MRZ character: 0-9 for digits, 10-35 for A-Z, 0 for the filler."""
    if "0" <= char <= "9" and len(char) == 1:
        return ord(char) - ord("0")
    if "A" <= char <= "Z" and len(char) == 1:
        return ord(char) - ord("A") + 10
    if char == FILLER:
        return 0
    raise ValueError(f"{char!r} is not an MRZ character (only A-Z, 0-9 and <)")


def check_digit(text: str) -> str:
    """The Doc 9303 check digit of ``text``: sum of values x weights 7, 3, 1 (repeating), mod 10.

    Raises ValueError for characters outside A-Z, 0-9 and ``<``.
    """
    total = sum(character_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(text))
    return str(total % 10)


# --- transliteration ---------------------------------------------------------------------------

# Doc 9303 part 3, section 6: Latin letters that do not simply lose their diacritic. All other
# accented Latin letters lose the mark (É -> E), which NFD decomposition does for us.
_LATIN: Final[Mapping[str, str]] = {
    "Ä": "AE",
    "Å": "AA",
    "Æ": "AE",
    "Ð": "D",
    "Ö": "OE",
    "Ø": "OE",
    "Ü": "UE",
    "Þ": "TH",
    "ß": "SS",
    "ẞ": "SS",
    "Đ": "D",
    "Ħ": "H",
    "Ĳ": "IJ",
    "ı": "I",
    "Ŀ": "L",
    "Ł": "L",
    "Ŋ": "N",
    "Œ": "OE",
    "Ŧ": "T",
    "Ə": "E",
}

# Doc 9303 part 3, section 6, Cyrillic table (the one Russian passports use since 2014).
_CYRILLIC: Final[Mapping[str, str]] = {
    "А": "A",
    "Б": "B",
    "В": "V",
    "Г": "G",
    "Д": "D",
    "Е": "E",
    "Ё": "E",
    "Ж": "ZH",
    "З": "Z",
    "И": "I",
    "Й": "I",
    "К": "K",
    "Л": "L",
    "М": "M",
    "Н": "N",
    "О": "O",
    "П": "P",
    "Р": "R",
    "С": "S",
    "Т": "T",
    "У": "U",
    "Ф": "F",
    "Х": "KH",
    "Ц": "TS",
    "Ч": "CH",
    "Ш": "SH",
    "Щ": "SHCH",
    "Ъ": "IE",
    "Ы": "Y",
    "Ь": "",
    "Э": "E",
    "Ю": "IU",
    "Я": "IA",
    # Other Slavic letters of the same table.
    "Ѐ": "E",
    "Ђ": "D",
    "Ѓ": "G",
    "Є": "IE",
    "Ѕ": "DZ",
    "І": "I",
    "Ї": "I",
    "Ј": "J",
    "Љ": "LJ",
    "Њ": "NJ",
    "Ћ": "C",
    "Ќ": "K",
    "Ѝ": "I",
    "Ў": "U",
    "Џ": "DZ",
    "Ґ": "G",
}

# Ukrainian names: Doc 9303 notes the exceptions Ukraine applies (Г -> H, И -> Y).
_CYRILLIC_UK: Final[Mapping[str, str]] = {"Г": "H", "И": "Y"}

# Greek: ELOT 743, which Greece uses in its passports (Doc 9303 has no Greek table).
_GREEK: Final[Mapping[str, str]] = {
    "Α": "A",
    "Β": "V",
    "Γ": "G",
    "Δ": "D",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "I",
    "Θ": "TH",
    "Ι": "I",
    "Κ": "K",
    "Λ": "L",
    "Μ": "M",
    "Ν": "N",
    "Ξ": "X",
    "Ο": "O",
    "Π": "P",
    "Ρ": "R",
    "Σ": "S",
    "Τ": "T",
    "Υ": "Y",
    "Φ": "F",
    "Χ": "CH",
    "Ψ": "PS",
    "Ω": "O",
}
_GREEK_PAIRS: Final[Mapping[str, str]] = {"ΟΥ": "OU", "ΓΓ": "NG", "ΓΞ": "NX", "ΓΧ": "NCH"}
# ΑΥ, ΕΥ, ΗΥ are read AV, EV, IV, but AF, EF, IF before a voiceless consonant or at the end.
_GREEK_U_DIPHTHONGS: Final[Mapping[str, str]] = {"Α": "A", "Ε": "E", "Η": "I"}
_GREEK_VOICELESS: Final = frozenset("ΘΚΞΠΣΤΦΧΨ")


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def transliterate(name: str, *, language: str | None = None) -> str:
    """Latin capitals for a name written in Latin (with diacritics), Cyrillic or Greek script.

    Follows Doc 9303 part 3 (ÄÖÜ -> AE OE UE, ß -> SS, Å -> AA, Ø -> OE, other marks dropped;
    Russian-style Cyrillic, with ``language="uk"`` for the Ukrainian exceptions) and ELOT 743
    for Greek. Spaces, hyphens, apostrophes and digits are kept as they are.
    Raises MrzError naming any character it cannot transliterate.
    """
    text = unicodedata.normalize("NFC", name.upper())
    cyrillic = {**_CYRILLIC, **(_CYRILLIC_UK if language == "uk" else {})}
    # Each character without its diacritics; "" for a mark standing alone.
    bases = [_strip_marks(c) for c in text]
    # A diaeresis (Ϊ, Ϋ) splits what would otherwise be a Greek letter pair.
    split = [False] + ["\u0308" in unicodedata.normalize("NFD", c) for c in text[1:]]
    out: list[str] = []
    unknown: list[str] = []
    i = 0
    while i < len(text):
        char, base = text[i], bases[i]
        if base in _GREEK:
            consumed, latin = _greek_at(bases, i, paired=i + 1 < len(text) and not split[i + 1])
            out.append(latin)
            i += consumed
            continue
        if char in _LATIN:
            out.append(_LATIN[char])
        elif char in cyrillic:
            out.append(cyrillic[char])
        elif "A" <= char <= "Z" or "0" <= char <= "9" or char in " -'’.,":
            out.append(char)
        elif base == "":
            pass  # a diacritic on its own: nothing to write
        elif len(base) == 1 and "A" <= base <= "Z":
            out.append(base)
        elif base in _LATIN:
            out.append(_LATIN[base])
        elif base in cyrillic:
            out.append(cyrillic[base])
        else:
            unknown.append(char)
        i += 1
    if unknown:
        chars = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in dict.fromkeys(unknown))
        raise MrzError(
            [Message("name {name}: cannot transliterate {chars}", name=repr(name), chars=chars)]
        )
    return "".join(out)


def _greek_at(bases: Sequence[str], i: int, *, paired: bool) -> tuple[int, str]:
    """Transliterate the Greek letter (or letter pair, when ``paired``) at ``bases[i]``:
    (letters used, Latin)."""
    pair = "".join(bases[i : i + 2]) if paired else bases[i]
    if pair in _GREEK_PAIRS:
        return 2, _GREEK_PAIRS[pair]
    if len(pair) == 2 and pair[0] in _GREEK_U_DIPHTHONGS and pair[1] == "Υ":
        following = "".join(bases[i + 2 : i + 3])
        voiceless = not following or following in _GREEK_VOICELESS or not following.isalpha()
        return 2, _GREEK_U_DIPHTHONGS[pair[0]] + ("F" if voiceless else "V")
    return 1, _GREEK[bases[i]]


# --- names -------------------------------------------------------------------------------------


def name_components(text: str, *, language: str | None = None) -> tuple[str, ...]:
    """The MRZ components of one name: transliterated, apostrophes and stops dropped,
    split at spaces, hyphens and commas ("Müller-Lüdenscheidt" -> ("MUELLER", "LUEDENSCHEIDT")).
    """
    latin = transliterate(text, language=language)
    for dropped in "'’.":
        latin = latin.replace(dropped, "")
    for separator in "-,<":
        latin = latin.replace(separator, " ")
    parts = tuple(latin.split())
    bad = sorted({c for p in parts for c in p if not "A" <= c <= "Z"})
    if bad:
        raise MrzError(
            [
                Message(
                    "name {name} contains {chars}, not a letter",
                    name=repr(text),
                    chars=", ".join(map(repr, bad)),
                )
            ]
        )
    return parts


def name_field(primary: str, secondary: str, width: int, *, language: str | None = None) -> str:
    """The name field of ``width`` characters: PRIMARY<<GIVEN<NAMES, filled with ``<``.

    When the name is too long, Doc 9303's order of truncation applies: given names are
    shortened first, from the last one backwards, down to their initials; then the last given
    names are dropped; the primary identifier is cut only when even one initial does not fit.
    A truncated field ends in a letter whenever the names allow it, which tells a reader that
    the name was cut.
    """
    surname = name_components(primary, language=language)
    given = list(name_components(secondary, language=language))
    if not surname:
        raise MrzError([Message("the primary identifier (surname) is empty")])
    head = FILLER.join(surname)

    def joined(parts: Sequence[str]) -> str:
        return head + (FILLER * 2 + FILLER.join(parts) if parts else "")

    if len(joined(given)) <= width:
        return joined(given).ljust(width, FILLER)
    # Drop the last given names until the rest fit as initials; then shorten the kept ones
    # from the last backwards, each down to its initial at most.
    while given and len(joined([p[0] for p in given])) > width:
        given.pop()
    if given:
        for i in reversed(range(len(given))):
            excess = len(joined(given)) - width
            if excess <= 0:
                break
            given[i] = given[i][: max(1, len(given[i]) - excess)]
        return joined(given).ljust(width, FILLER)
    # Even one initial does not fit: cut the primary identifier, keeping the first initial.
    # A cut that falls on a filler between surname components loses that filler.
    first_initial = name_components(secondary, language=language)[:1]
    if not first_initial:
        return head[:width].rstrip(FILLER).ljust(width, FILLER)
    cut = head[: width - 3].rstrip(FILLER)
    return (cut + FILLER * 2 + first_initial[0][0]).ljust(width, FILLER)


def _read_name(text: str) -> tuple[str, str]:
    body = text.rstrip(FILLER)
    primary, _, secondary = body.partition(FILLER * 2)
    return (
        " ".join(p for p in primary.split(FILLER) if p),
        " ".join(p for p in secondary.split(FILLER) if p),
    )


# --- layouts -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Slot:
    """Where a field sits: 0-based line and [start, end) positions."""

    line: int
    start: int
    end: int

    def take(self, lines: Sequence[str]) -> str:
        return lines[self.line][self.start : self.end]


@dataclass(frozen=True, slots=True)
class _Layout:
    name: _Slot
    number: _Slot  # the 9 principal characters; the check digit follows at number.end
    nationality: _Slot
    birth: _Slot  # check digit follows
    sex: _Slot
    expiry: _Slot  # check digit follows
    optional: _Slot
    optional_check: int | None = None  # position on the optional data's line (TD3)
    optional_2: _Slot | None = None
    #: (line, position) of the composite check digit and the slots it covers.
    composite: tuple[int, int, tuple[_Slot, ...]] | None = None
    #: True when a long document number may overflow into the optional data (TD1, TD2).
    overflow: bool = False


_LAYOUTS: Final[Mapping[DocumentType, _Layout]] = {
    DocumentType.TD1: _Layout(
        name=_Slot(2, 0, 30),
        number=_Slot(0, 5, 14),
        nationality=_Slot(1, 15, 18),
        birth=_Slot(1, 0, 6),
        sex=_Slot(1, 7, 8),
        expiry=_Slot(1, 8, 14),
        optional=_Slot(0, 15, 30),
        optional_2=_Slot(1, 18, 29),
        composite=(1, 29, (_Slot(0, 5, 30), _Slot(1, 0, 7), _Slot(1, 8, 15), _Slot(1, 18, 29))),
        overflow=True,
    ),
    DocumentType.TD2: _Layout(
        name=_Slot(0, 5, 36),
        number=_Slot(1, 0, 9),
        nationality=_Slot(1, 10, 13),
        birth=_Slot(1, 13, 19),
        sex=_Slot(1, 20, 21),
        expiry=_Slot(1, 21, 27),
        optional=_Slot(1, 28, 35),
        composite=(1, 35, (_Slot(1, 0, 10), _Slot(1, 13, 20), _Slot(1, 21, 35))),
        overflow=True,
    ),
    DocumentType.TD3: _Layout(
        name=_Slot(0, 5, 44),
        number=_Slot(1, 0, 9),
        nationality=_Slot(1, 10, 13),
        birth=_Slot(1, 13, 19),
        sex=_Slot(1, 20, 21),
        expiry=_Slot(1, 21, 27),
        optional=_Slot(1, 28, 42),
        optional_check=42,
        composite=(1, 43, (_Slot(1, 0, 10), _Slot(1, 13, 20), _Slot(1, 21, 43))),
    ),
    DocumentType.MRVA: _Layout(
        name=_Slot(0, 5, 44),
        number=_Slot(1, 0, 9),
        nationality=_Slot(1, 10, 13),
        birth=_Slot(1, 13, 19),
        sex=_Slot(1, 20, 21),
        expiry=_Slot(1, 21, 27),
        optional=_Slot(1, 28, 44),
    ),
    DocumentType.MRVB: _Layout(
        name=_Slot(0, 5, 36),
        number=_Slot(1, 0, 9),
        nationality=_Slot(1, 10, 13),
        birth=_Slot(1, 13, 19),
        sex=_Slot(1, 20, 21),
        expiry=_Slot(1, 21, 27),
        optional=_Slot(1, 28, 36),
    ),
}


# --- dates -------------------------------------------------------------------------------------


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def read_birth_date(yymmdd: str, *, today: date) -> date | None:
    """The date of birth written as YYMMDD: the latest such date not after ``today``.

    None when the text is not a date (or is ``<<<<<<``, unknown).
    """
    if len(yymmdd) != 6 or not yymmdd.isdigit():
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    base = today.year - today.year % 100 + yy
    for year in (base, base - 100, base - 200):
        candidate = _date_or_none(year, mm, dd)
        if candidate is not None and candidate <= today:
            return candidate
    return None


def read_expiry_date(yymmdd: str, *, today: date) -> date | None:
    """The expiry date written as YYMMDD: the year within 50 years before to 49 years after
    ``today``'s year. None when the text is not a date.
    """
    if len(yymmdd) != 6 or not yymmdd.isdigit():
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    year = today.year - today.year % 100 + yy
    if year > today.year + 49:
        year -= 100
    elif year < today.year - 50:
        year += 100
    return _date_or_none(year, mm, dd)


def _write_date(value: date | None) -> str:
    return FILLER * 6 if value is None else value.strftime("%y%m%d")


# --- compose -----------------------------------------------------------------------------------


def _code_text(value: str, width: int, what: str, problems: list[str]) -> str:
    text = value.strip().upper().replace(" ", FILLER)
    if not text or len(text) > width or any(not ("A" <= c <= "Z" or c == FILLER) for c in text):
        problems.append(
            Message(
                "{what} {value} must be 1 to {width} letters A-Z",
                what=Message(what),
                value=repr(value),
                width=width,
            )
        )
    return text.ljust(width, FILLER)[:width]


def compose(data: MrzData, *, language: str | None = None) -> tuple[str, ...]:
    """The MRZ lines of ``data``; every check digit computed.

    Names are transliterated (``language="uk"`` for Ukrainian Cyrillic) and truncated per
    Doc 9303 when too long. Raises MrzError listing every value that cannot be written
    (a code of the wrong kind, a document number or optional data too long, a bad character).
    """
    doc_type = DocumentType(data.document_type)
    if doc_type not in _LAYOUTS:
        raise MrzError(
            [
                Message(
                    "document type {type} has no machine readable zone", type=repr(doc_type.value)
                )
            ]
        )
    layout = _LAYOUTS[doc_type]
    n_lines, width = MRZ_SHAPE[doc_type]
    problems: list[str] = []
    lines = [[FILLER] * width for _ in range(n_lines)]

    def put(slot: _Slot, text: str) -> None:
        lines[slot.line][slot.start : slot.end] = list(text.ljust(slot.end - slot.start, FILLER))

    code = _code_text(data.document_code, 2, "document code", problems)
    if code[0] not in _CODE_FIRST[doc_type]:
        problems.append(
            Message(
                "document code {code} must start with {allowed} on a {layout} document",
                code=repr(data.document_code),
                allowed=_one_of(_CODE_FIRST[doc_type]),
                layout=LAYOUT_NAMES[doc_type],
            )
        )
    put(_Slot(0, 0, 2), code)
    put(_Slot(0, 2, 5), _code_text(data.issuing_state, 3, "issuing state", problems))
    put(layout.nationality, _code_text(data.nationality, 3, "nationality", problems))
    try:
        put(
            layout.name,
            name_field(
                data.primary_identifier,
                data.secondary_identifier,
                layout.name.end - layout.name.start,
                language=language,
            ),
        )
    except MrzError as exc:
        problems.extend(exc.problems)

    number = data.document_number.strip().upper()
    optional = data.optional_data.upper()
    if not number or any(not ("A" <= c <= "Z" or "0" <= c <= "9") for c in number):
        problems.append(
            Message(
                "document number {number} must be letters A-Z and digits",
                number=repr(data.document_number),
            )
        )
        number = number or FILLER
    number_check_pos = layout.number.end
    if len(number) <= 9:
        principal = number.ljust(9, FILLER)
        number_check = _safe_check_digit(principal)
    elif layout.overflow:
        # Doc 9303 parts 5 and 6: the 9 principal characters, a filler where the check digit
        # would be, then the rest of the number, its check digit and a filler open the
        # optional data field.
        principal = number[:9]
        number_check = FILLER
        optional = number[9:] + _safe_check_digit(number) + FILLER + optional
    else:
        principal = number[:9]
        number_check = FILLER
        problems.append(
            Message(
                "document number {number} has {n} characters; a {layout} MRZ holds at most 9",
                number=repr(data.document_number),
                n=len(number),
                layout=LAYOUT_NAMES[doc_type],
            )
        )
    put(layout.number, principal)
    lines[layout.number.line][number_check_pos] = number_check

    opt_width = layout.optional.end - layout.optional.start
    optional = optional.rstrip(FILLER)
    if any(c not in MRZ_CHARACTERS for c in optional):
        problems.append(
            Message("optional data {value} must be A-Z, 0-9 and <", value=repr(data.optional_data))
        )
    elif len(optional) > opt_width:
        problems.append(
            Message(
                "optional data {value} has {n} characters; the {layout} field holds {width}",
                value=repr(optional),
                n=len(optional),
                layout=LAYOUT_NAMES[doc_type],
                width=opt_width,
            )
        )
    put(layout.optional, optional[:opt_width])
    if layout.optional_check is not None:
        text = layout.optional.take(["".join(x) for x in lines])
        lines[layout.optional.line][layout.optional_check] = (
            FILLER if not text.strip(FILLER) else _safe_check_digit(text)
        )
    optional_2 = data.optional_data_2.upper().rstrip(FILLER)
    if layout.optional_2 is None:
        if optional_2:
            problems.append(
                Message(
                    "a {layout} MRZ has no second optional data field",
                    layout=LAYOUT_NAMES[doc_type],
                )
            )
    else:
        o2_width = layout.optional_2.end - layout.optional_2.start
        if len(optional_2) > o2_width or any(c not in MRZ_CHARACTERS for c in optional_2):
            problems.append(
                Message(
                    "optional data 2 {value} must be at most {width} of A-Z, 0-9 and <",
                    value=repr(data.optional_data_2),
                    width=o2_width,
                )
            )
        put(layout.optional_2, optional_2[:o2_width])

    try:
        sex = Sex(str(data.sex).upper())
    except ValueError:
        problems.append(Message("sex {value} must be M, F, X or <", value=repr(data.sex)))
        sex = Sex.UNSPECIFIED
    put(layout.sex, sex.value)
    for slot, value in ((layout.birth, data.birth_date), (layout.expiry, data.expiry_date)):
        text = _write_date(value)
        put(slot, text)
        lines[slot.line][slot.end] = check_digit(text)

    if problems:
        raise MrzError(problems)
    if layout.composite is not None:
        line, position, slots = layout.composite
        text = "".join(s.take(["".join(x) for x in lines]) for s in slots)
        lines[line][position] = check_digit(text)
    return tuple("".join(x) for x in lines)


def _clean(text: str) -> bool:
    return all(c in MRZ_CHARACTERS for c in text)


def _safe_check_digit(text: str) -> str:
    return check_digit(text) if _clean(text) else "0"


#: The names of the fields and check digits :func:`check` reads (their translations are in
#: ``assets/i18n/messages-*.po``, decision 0032).
FIELD_NAMES: Final = (
    "document code",
    "issuing state",
    "primary identifier",
    "secondary identifier",
    "document number",
    "nationality",
    "date of birth",
    "sex",
    "date of expiry",
    "optional data",
    "optional data 2",
    "composite",
)


# --- read and check ----------------------------------------------------------------------------


def detect_document_type(lines: Sequence[str]) -> DocumentType | None:
    """The layout the lines are written in, from their count, length and first character;
    None when they fit no layout (3 lines -> TD1; 2 lines of 36 or 44 -> visa when the first
    character is V, else TD2 or TD3).
    """
    if len(lines) == 3:
        return DocumentType.TD1
    if len(lines) == 2:
        width = len(lines[0])
        visa = lines[0][:1] == "V"
        if width == 36:
            return DocumentType.MRVB if visa else DocumentType.TD2
        if width == 44:
            return DocumentType.MRVA if visa else DocumentType.TD3
    return None


def _format_problems(lines: Sequence[str]) -> tuple[DocumentType | None, list[str]]:
    problems: list[str] = []
    doc_type = detect_document_type(lines)
    if doc_type is None:
        if len(lines) not in (2, 3):
            problems.append(Message("an MRZ has 2 or 3 lines, not {n}", n=len(lines)))
        else:
            problems.append(
                Message(
                    "line 1 has {n} characters; a 2-line MRZ has 36 (TD2, MRV-B) "
                    "or 44 (TD3, MRV-A)",
                    n=len(lines[0]),
                )
            )
    else:
        _, width = MRZ_SHAPE[doc_type]
        for n, line in enumerate(lines, 1):
            if len(line) != width:
                problems.append(
                    Message(
                        "line {line} has {n} characters, expected {width} for {layout}",
                        line=n,
                        n=len(line),
                        width=width,
                        layout=LAYOUT_NAMES[doc_type],
                    )
                )
    for n, line in enumerate(lines, 1):
        bad = [(i, c) for i, c in enumerate(line, 1) if c not in MRZ_CHARACTERS]
        for i, c in bad[:3]:
            problems.append(
                Message(
                    "line {line} position {position}: {char} is not an MRZ character (A-Z 0-9 <)",
                    line=n,
                    position=i,
                    char=repr(c),
                )
            )
        if len(bad) > 3:
            problems.append(
                Message(
                    "line {line}: {n} more characters outside A-Z 0-9 <", line=n, n=len(bad) - 3
                )
            )
    return doc_type, problems


def check(lines: Sequence[str], *, today: date | None = None) -> MrzCheck:
    """Read the lines and judge every field and check digit.

    Never raises for bad input: problems are reported in the result. ``today`` sets the century
    of two-digit years (see the module docstring); it defaults to the current date.
    """
    lines = tuple(lines)
    today = today or date.today()
    doc_type, problems = _format_problems(lines)
    if problems or doc_type is None:
        return MrzCheck(lines=lines, document_type=doc_type, format_problems=tuple(problems))
    fields, digits, data = _read(lines, doc_type, today)
    return MrzCheck(
        lines=lines,
        document_type=doc_type,
        format_problems=(),
        fields=tuple(fields),
        check_digits=tuple(digits),
        data=data,
    )


def parse(lines: Sequence[str], *, today: date | None = None) -> MrzData:
    """The data of an MRZ. Check digits are not judged here (use :func:`check`).

    Raises MrzError when the lines cannot be read or a field cannot be understood (a date that
    does not exist, an unknown sex, an empty name).
    """
    lines = tuple(lines)
    today = today or date.today()
    doc_type, problems = _format_problems(lines)
    if problems or doc_type is None:
        raise MrzError(problems)
    fields, _, data = _read(lines, doc_type, today)
    field_problems = [f.problem for f in fields if not f.ok]
    if field_problems or data is None:
        raise MrzError(field_problems)
    return data


def _read(
    lines: tuple[str, ...], doc_type: DocumentType, today: date
) -> tuple[list[FieldReading], list[CheckDigitReading], MrzData | None]:
    layout = _LAYOUTS[doc_type]
    layout_name = LAYOUT_NAMES[doc_type]
    fields: list[FieldReading] = []
    digits: list[CheckDigitReading] = []

    def field(name: str, slot: _Slot, value: str, problem: str = "", printed: str = "") -> None:
        fields.append(
            FieldReading(
                name=Message(name),
                line=slot.line + 1,
                position=slot.start + 1,
                printed=printed or slot.take(lines),
                value=value,
                problem=problem,
            )
        )

    def digit(name: str, line: int, position: int, covered: str, *, empty_ok: bool = False):
        printed = lines[line][position]
        expected = check_digit(covered)
        if empty_ok and not covered.strip(FILLER):
            # Doc 9303 part 4: "<" or 0 when the optional data is empty; we write "<".
            expected = printed if printed in (FILLER, "0") else FILLER
        digits.append(CheckDigitReading(Message(name), line + 1, position + 1, printed, expected))

    code_slot = _Slot(0, 0, 2)
    code = code_slot.take(lines)
    code_problem = ""
    if code[0] not in _CODE_FIRST[doc_type]:
        code_problem = Message(
            "document code {code} should start with {allowed} on a {layout} document",
            code=code,
            allowed=_one_of(_CODE_FIRST[doc_type]),
            layout=layout_name,
        )
    elif any(c.isdigit() for c in code):
        code_problem = Message("document code {code} must be letters", code=code)
    field("document code", code_slot, code.rstrip(FILLER), code_problem)

    state_slot = _Slot(0, 2, 5)
    state = _read_state(state_slot.take(lines))
    field(
        "issuing state",
        state_slot,
        state,
        ""
        if state
        else Message("issuing state {code} is not a state code", code=state_slot.take(lines)),
    )

    primary, secondary = _read_name(layout.name.take(lines))
    name_text = layout.name.take(lines)
    name_problem = ""
    if any(c.isdigit() for c in name_text):
        name_problem = Message("name {name} contains digits", name=name_text.rstrip(FILLER))
    elif not primary:
        name_problem = Message("the name field holds no primary identifier (surname)")
    field("primary identifier", layout.name, primary, name_problem, printed=name_text)
    field("secondary identifier", layout.name, secondary, printed=name_text)

    # Document number, with the overflow of parts 5 and 6.
    principal = layout.number.take(lines)
    check_pos = layout.number.end
    number_line = layout.number.line
    optional_text = layout.optional.take(lines)
    optional_start = layout.optional.start
    number_printed = principal
    if layout.overflow and lines[number_line][check_pos] == FILLER and optional_text[:1] != FILLER:
        cut = optional_text.find(FILLER)
        overflow = optional_text if cut < 0 else optional_text[:cut]
        number = principal + overflow[:-1]
        number_printed = principal + FILLER + overflow
        digit(
            "document number",
            number_line,
            optional_start + len(overflow) - 1,
            number,
        )
        optional_value = "" if cut < 0 else optional_text[cut + 1 :].rstrip(FILLER)
        optional_start += len(overflow) + 1
    else:
        number = principal.rstrip(FILLER)
        digit("document number", number_line, check_pos, principal)
        optional_value = optional_text.rstrip(FILLER)
    number_problem = ""
    if not number:
        number_problem = Message("document number is empty")
    elif FILLER in number:
        number_problem = Message("document number {number} has a filler < inside it", number=number)
    field("document number", layout.number, number, number_problem, printed=number_printed)

    nationality_text = layout.nationality.take(lines)
    nationality = _read_state(nationality_text)
    field(
        "nationality",
        layout.nationality,
        nationality,
        ""
        if nationality
        else Message("nationality {code} is not a state code", code=nationality_text),
    )

    birth_text = layout.birth.take(lines)
    birth = read_birth_date(birth_text, today=today)
    birth_problem = ""
    if birth is None and birth_text != FILLER * 6:
        birth_problem = Message("date of birth {text} is not a date (YYMMDD)", text=birth_text)
    field("date of birth", layout.birth, birth.isoformat() if birth else "", birth_problem)
    digit("date of birth", layout.birth.line, layout.birth.end, birth_text)

    sex_text = layout.sex.take(lines)
    sex_problem = (
        "" if sex_text in _SEX_LETTERS else Message("sex {text} is not M, F, X or <", text=sex_text)
    )
    field("sex", layout.sex, sex_text, sex_problem)

    expiry_text = layout.expiry.take(lines)
    expiry = read_expiry_date(expiry_text, today=today)
    expiry_problem = (
        "" if expiry else Message("date of expiry {text} is not a date (YYMMDD)", text=expiry_text)
    )
    field("date of expiry", layout.expiry, expiry.isoformat() if expiry else "", expiry_problem)
    digit("date of expiry", layout.expiry.line, layout.expiry.end, expiry_text)

    field(
        "optional data",
        _Slot(layout.optional.line, optional_start, layout.optional.end),
        optional_value,
        printed=optional_text[optional_start - layout.optional.start :],
    )
    if layout.optional_check is not None:
        digit(
            "optional data",
            layout.optional.line,
            layout.optional_check,
            optional_text,
            empty_ok=True,
        )
    optional_2 = ""
    if layout.optional_2 is not None:
        optional_2 = layout.optional_2.take(lines).rstrip(FILLER)
        field("optional data 2", layout.optional_2, optional_2)
    if layout.composite is not None:
        line, position, slots = layout.composite
        digit("composite", line, position, "".join(s.take(lines) for s in slots))

    data = None
    if all(f.ok for f in fields) and expiry is not None:
        data = MrzData(
            document_type=doc_type,
            document_code=code.rstrip(FILLER),
            issuing_state=state,
            primary_identifier=primary,
            secondary_identifier=secondary,
            document_number=number,
            nationality=nationality,
            birth_date=birth,
            sex=Sex(sex_text),
            expiry_date=expiry,
            optional_data=optional_value,
            optional_data_2=optional_2,
        )
    return fields, digits, data


def _read_state(text: str) -> str:
    """A state code without its fillers ("D<<" -> "D"); "" when it is not letters then fillers."""
    value = text.rstrip(FILLER)
    return value if value and value.isalpha() else ""
