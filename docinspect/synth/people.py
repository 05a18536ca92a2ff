"""Seeded personal data for synthetic documents: names, dates, numbers, places.

Everything is drawn from a ``random.Random`` the caller seeds, never from global state, so the
same seed gives the same holder on every machine. Names are of the issuing state's script
(Latin with diacritics, or Cyrillic); the Latin form printed beside them and the MRZ form come
from ICAO transliteration (:func:`docinspect.mrz.transliterate`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass
from typing import Final

from docinspect.synth.states import State

#: Documents are generated as if issued before this day, so that output never depends on the
#: clock: a specimen generated today and next year from one seed are the same.
REFERENCE_DATE: Final = dt.date(2026, 6, 1)

_NAMES: Final = {
    "UTO": {
        "surnames": (
            "HYTHLODAY",
            "MORUS",
            "GILES",
            "ANDERS",
            "HOLLIS",
            "MARLOWE",
            "WHITCOMBE",
            "O'NEILL",
            "VAN DER BERG",
            "SMITH-JONES",
            "ERIKSSON",
            "DUPONT",
            "LEBLANC",
            "MACALLISTER",
            "OKONKWO",
            "TANAKA",
            "ROSSI",
            "FERREIRA",
            "NOVAK",
            "ABERNATHY",
        ),
        "male": (
            "THOMAS",
            "RAPHAEL",
            "PETER",
            "JOHN",
            "MARTIN",
            "OMAR",
            "LUCAS",
            "HENRI",
            "DAVID",
            "KENJI",
            "ARTHUR",
            "SAMUEL",
        ),
        "female": (
            "ANNA",
            "MARIA",
            "CLAIRE",
            "HELEN",
            "SOFIA",
            "AMARA",
            "JUDITH",
            "ELISE",
            "NORA",
            "YUKI",
            "ROSE",
            "ISABEL",
        ),
    },
    "KDV": {
        # (male form, female form)
        "surnames": (
            ("ПЕТРОВ", "ПЕТРОВА"),
            ("ЖЕКОВ", "ЖЕКОВА"),
            ("ЦВЕТКОВ", "ЦВЕТКОВА"),
            ("ШИШМАНОВ", "ШИШМАНОВА"),
            ("ЧОЛАКОВ", "ЧОЛАКОВА"),
            ("ХАДЖИЕВ", "ХАДЖИЕВА"),
            ("ЯСЕНОВ", "ЯСЕНОВА"),
            ("ЮРДАНОВ", "ЮРДАНОВА"),
            ("КАЛИНОВ", "КАЛИНОВА"),
            ("ДРАГАНОВ", "ДРАГАНОВА"),
            ("ЩЕРЕВ", "ЩЕРЕВА"),
            ("ЗЛАТЕВ", "ЗЛАТЕВА"),
            ("БЕЛЧЕВ", "БЕЛЧЕВА"),
            ("СТОЙКОВ", "СТОЙКОВА"),
        ),
        "male": (
            "ИВАН",
            "ГЕОРГИ",
            "ДИМИТЪР",
            "ЖЕКО",
            "ЦВЕТАН",
            "ХРИСТО",
            "ЮЛИАН",
            "ЙОРДАН",
            "ЯСЕН",
            "БОРИС",
            "НИКОЛАЙ",
            "ВЛАДИМИР",
        ),
        "female": (
            "ЯНА",
            "МАРИЯ",
            "ЕЛЕНА",
            "ЦВЕТЕЛИНА",
            "ЮЛИЯ",
            "НАДЕЖДА",
            "ЖИВКА",
            "РАЙНА",
            "ЛЮБОВ",
            "ДЕСИСЛАВА",
            "ВЕСЕЛА",
            "ТАТЯНА",
        ),
    },
    "NRV": {
        "surnames": (
            "CONCEIÇÃO",
            "MAGALHÃES",
            "ARAÚJO",
            "GONÇALVES",
            "BRANDÃO",
            "FALCÃO",
            "SIMÕES",
            "LOURENÇO",
            "RIBEIRO",
            "TAVARES",
            "PEÇANHA",
            "ALVERÉS",
            "DA COSTA",
            "QUEIRÓS",
            "VIEIRA",
            "SANTOS",
        ),
        "male": (
            "JOÃO",
            "MÁRCIO",
            "ESTÊVÃO",
            "TOMÁS",
            "RUI",
            "ANDRÉ",
            "SEBASTIÃO",
            "VASCO",
            "DUARTE",
            "NUNO",
            "CAETANO",
            "SIMÃO",
        ),
        "female": (
            "INÊS",
            "LÚCIA",
            "CONCEIÇÃO",
            "BEATRIZ",
            "MARTA",
            "LEONOR",
            "MÓNICA",
            "MATILDE",
            "JOANA",
            "CATARINA",
            "GRAÇA",
            "LUÍSA",
        ),
    },
}

_LETTERS: Final = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q: easily read as digits


@dataclass(frozen=True, slots=True)
class Visa:
    """What a visa sticker grants: printed in its visual zone, not in the MRZ (but for the
    validity end, which is the MRZ's expiry date)."""

    visa_type: str  # "C" short stay, "D" long stay
    valid_from: dt.date
    entries: str  # "1", "2" or "MULT"
    duration: str  # e.g. "30 DAYS"
    #: Number of the passport the visa is affixed in.
    passport_number: str
    #: Purpose of the journey, printed under remarks.
    remarks: str


@dataclass(frozen=True, slots=True)
class Holder:
    """A fictional document holder and the data of their document."""

    surname: str
    given_names: str
    sex: str  # "M" or "F"
    date_of_birth: dt.date
    place_of_birth: str
    nationality: str
    document_number: str
    date_of_issue: dt.date
    date_of_expiry: dt.date
    authority: str
    #: Seed of the holder's face: the same person always gets the same portrait.
    face_seed: int
    #: Seed of the holder's signature.
    signature_seed: int
    #: For a visa: what it grants (the holder's other fields describe the visa itself).
    visa: Visa | None = None

    def latin_surname(self) -> str:
        """The surname in Latin letters as ICAO transliterates it (equal for Latin names)."""
        return _latin(self.surname)

    def latin_given_names(self) -> str:
        return _latin(self.given_names)

    @property
    def age_at_issue(self) -> int:
        return _years_between(self.date_of_birth, self.date_of_issue)


def _latin(name: str) -> str:
    from docinspect.mrz import transliterate  # the MRZ layer sits below synth

    # transliterate() gives the MRZ form (fillers for spaces); the visual zone shows spaces.
    return transliterate(name).replace("<", " ").strip()


def _years_between(a: dt.date, b: dt.date) -> int:
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def document_number(rng: random.Random, pattern: str) -> str:
    """A document number following ``pattern`` ("L" a letter, "9" a digit)."""
    return "".join(rng.choice(_LETTERS) if c == "L" else str(rng.randrange(10)) for c in pattern)


def make_holder(rng: random.Random, st: State, *, id_card: bool = False) -> Holder:
    """Draw a holder of state ``st`` with a consistent, currently valid document.

    Dates make sense: the holder is 1–85 years old at issue, the document was issued before
    :data:`REFERENCE_DATE` and expires after it (10 years for adults, 5 for minors, minus
    one day as many states print it).
    """
    names = _NAMES[st.code]
    sex = rng.choice("MF")
    surname = rng.choice(names["surnames"])
    if isinstance(surname, tuple):  # Slavic surnames agree with the holder's sex
        surname = surname[0] if sex == "M" else surname[1]
    pool = names["male"] if sex == "M" else names["female"]
    count = 1 if rng.random() < 0.55 else 2
    given = " ".join(rng.sample(pool, count))

    validity = 10
    date_of_issue = REFERENCE_DATE - dt.timedelta(days=rng.randrange(30, 365 * 4))
    age_days = rng.randrange(365 * 2, 365 * 85)
    date_of_birth = date_of_issue - dt.timedelta(days=age_days)
    if _years_between(date_of_birth, date_of_issue) < 18:
        validity = 5
    date_of_expiry = _add_years(date_of_issue, validity) - dt.timedelta(days=1)
    if date_of_expiry <= REFERENCE_DATE:  # a minor's short document: issue it later
        date_of_issue = REFERENCE_DATE - dt.timedelta(days=rng.randrange(30, 365))
        date_of_expiry = _add_years(date_of_issue, validity) - dt.timedelta(days=1)

    pattern = st.id_number_pattern if id_card else st.passport_number_pattern
    return Holder(
        surname=surname,
        given_names=given,
        sex=sex,
        date_of_birth=date_of_birth,
        place_of_birth=rng.choice(st.places),
        nationality=st.code,
        document_number=document_number(rng, pattern),
        date_of_issue=date_of_issue,
        date_of_expiry=date_of_expiry,
        authority=st.authority,
        face_seed=rng.randrange(2**31),
        signature_seed=rng.randrange(2**31),
    )


def make_visa_holder(rng: random.Random, st: State) -> Holder:
    """A foreign traveller holding a visa issued by ``st``: a citizen of another fictional
    state with a valid passport, and a visa issued weeks before :data:`REFERENCE_DATE`, valid
    from a few days later for 3 to 12 months (``date_of_expiry`` is the visa's end)."""
    from docinspect.synth.states import STATES

    home = STATES[rng.choice(sorted(c for c in STATES if c != st.code))]
    person = make_holder(rng, home)
    issued = REFERENCE_DATE - dt.timedelta(days=rng.randrange(7, 60))
    valid_from = issued + dt.timedelta(days=rng.randrange(0, 14))
    long_stay = rng.random() < 0.3
    until = valid_from + dt.timedelta(
        days=rng.choice((180, 270, 365) if long_stay else (90, 120, 180))
    )
    stay = rng.choice((90, 180) if long_stay else (15, 30, 60, 90))
    return dataclasses.replace(
        person,
        document_number=document_number(rng, st.passport_number_pattern),
        date_of_issue=issued,
        date_of_expiry=until,
        authority=st.authority,
        visa=Visa(
            visa_type="D" if long_stay else "C",
            valid_from=valid_from,
            entries=rng.choice(("1", "2", "MULT")),
            duration=f"{stay} DAYS",
            passport_number=person.document_number,
            remarks=rng.choice(
                ("STUDY", "WORK", "FAMILY REUNION")
                if long_stay
                else ("TOURISM", "BUSINESS", "VISIT")
            ),
        ),
    )


def format_date(d: dt.date, st: State) -> str:
    """A date as the visual zone prints it: day, month (native/English abbreviation), year."""
    month = _MONTHS_EN[d.month - 1]
    native = _MONTHS.get(st.code, _MONTHS_EN)[d.month - 1]
    m = month if native == month else f"{native}/{month}"
    return f"{d.day:02d} {m} {d.year:04d}"


_MONTHS_EN: Final = (
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "OCT",
    "NOV",
    "DEC",
)
_MONTHS: Final = {
    "UTO": (
        "JAN",
        "FÉV",
        "MARS",
        "AVR",
        "MAI",
        "JUIN",
        "JUIL",
        "AOÛT",
        "SEPT",
        "OCT",
        "NOV",
        "DÉC",
    ),
    "KDV": ("ЯНУ", "ФЕВ", "МАР", "АПР", "МАЙ", "ЮНИ", "ЮЛИ", "АВГ", "СЕП", "ОКТ", "НОЕ", "ДЕК"),
    "NRV": ("JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"),
}
