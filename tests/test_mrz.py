"""ICAO Doc 9303 MRZ: the specimens printed in Doc 9303, the rules, and properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docinspect import mrz
from docinspect.model import DocumentType
from docinspect.mrz import MrzData, MrzError, Sex

#: A fixed "today" so the century rule gives the same answer every year.
TODAY = date(2026, 6, 1)

# The specimen MRZs printed in Doc 9303 (parts 4 to 7) for the fictional state Utopia.
TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)
TD2 = (
    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "D231458907UTO7408122F1204159<<<<<<<6",
)
MRVA = (
    "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
)
MRVB = (
    "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "L8988901C4XXX4009078F9612109<<<<<<<<",
)
# Doc 9303 part 5: a 12-character document number overflows into the optional data.
TD1_LONG_NUMBER = (
    "I<UTOD23145890<7349<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
)

SPECIMENS = {
    DocumentType.TD3: TD3,
    DocumentType.TD1: TD1,
    DocumentType.TD2: TD2,
    DocumentType.MRVA: MRVA,
    DocumentType.MRVB: MRVB,
}


def _replace(lines: tuple[str, ...], line: int, pos: int, char: str) -> tuple[str, ...]:
    out = list(lines)
    out[line] = out[line][:pos] + char + out[line][pos + 1 :]
    return tuple(out)


# --- check digits ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "digit"),
    [
        ("L898902C3", "6"),
        ("740812", "2"),
        ("120415", "9"),
        ("ZE184226B<<<<<", "1"),
        ("D23145890", "7"),
        ("D23145890734", "9"),
        ("L8988901C", "4"),
        ("<<<<<<", "0"),
        ("", "0"),
    ],
)
def test_check_digit_of_doc_9303_examples(text, digit):
    assert mrz.check_digit(text) == digit


def test_check_digit_rejects_characters_outside_the_mrz_set():
    with pytest.raises(ValueError, match="not an MRZ character"):
        mrz.check_digit("L898902c3")


# --- the specimens -----------------------------------------------------------------------------


@pytest.mark.parametrize("doc_type", list(SPECIMENS))
def test_specimen_is_valid_and_detected(doc_type):
    result = mrz.check(SPECIMENS[doc_type], today=TODAY)
    assert result.document_type is doc_type
    assert result.usable and result.valid, result.problems
    assert result.problems == ()
    assert all(c.ok for c in result.check_digits)


@pytest.mark.parametrize("doc_type", list(SPECIMENS))
def test_specimen_parses_and_composes_back_identically(doc_type):
    data = mrz.parse(SPECIMENS[doc_type], today=TODAY)
    assert data.primary_identifier == "ERIKSSON"
    assert data.secondary_identifier == "ANNA MARIA"
    assert data.issuing_state == "UTO"
    assert data.sex is Sex.FEMALE
    assert mrz.compose(data) == SPECIMENS[doc_type]


def test_td3_specimen_fields():
    data = mrz.parse(TD3, today=TODAY)
    assert data == MrzData(
        document_type=DocumentType.TD3,
        document_code="P",
        issuing_state="UTO",
        primary_identifier="ERIKSSON",
        secondary_identifier="ANNA MARIA",
        document_number="L898902C3",
        nationality="UTO",
        birth_date=date(1974, 8, 12),
        sex=Sex.FEMALE,
        expiry_date=date(2012, 4, 15),
        optional_data="ZE184226B",
    )


def test_visa_specimen_fields_and_no_composite():
    data = mrz.parse(MRVA, today=TODAY)
    assert data.document_number == "L8988901C"
    assert data.nationality == "XXX"
    assert data.birth_date == date(1940, 9, 7)
    assert data.expiry_date == date(1996, 12, 10)
    assert data.optional_data == "6ZE184226B"
    names = [c.name for c in mrz.check(MRVA, today=TODAY).check_digits]
    assert names == ["document number", "date of birth", "date of expiry"]


def test_check_lists_every_field_and_check_digit_of_td3():
    result = mrz.check(TD3, today=TODAY)
    assert [f.name for f in result.fields] == [
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
    ]
    digits = {c.name: (c.line, c.position, c.printed, c.expected) for c in result.check_digits}
    assert digits == {
        "document number": (2, 10, "6", "6"),
        "date of birth": (2, 20, "2", "2"),
        "date of expiry": (2, 28, "9", "9"),
        "optional data": (2, 43, "1", "1"),
        "composite": (2, 44, "0", "0"),
    }
    birth = next(f for f in result.fields if f.name == "date of birth")
    assert (birth.printed, birth.value, birth.line, birth.position) == (
        "740812",
        "1974-08-12",
        2,
        14,
    )


# --- altered specimens -------------------------------------------------------------------------


def test_altered_document_number_is_named_with_both_digits():
    altered = _replace(TD3, 1, 8, "4")  # L898902C3 -> L898902C4
    result = mrz.check(altered, today=TODAY)
    assert result.usable and not result.valid
    assert result.problems == (
        "document number check digit is 6, expected 7",
        "composite check digit is 0, expected 1",
    )


def test_altered_date_of_birth_is_named():
    altered = _replace(TD3, 1, 18, "3")  # 740812 -> 740813
    assert mrz.check(altered, today=TODAY).problems == (
        "date of birth check digit is 2, expected 3",
        "composite check digit is 0, expected 7",
    )


def test_altered_expiry_on_td1_is_named():
    altered = _replace(TD1, 1, 13, "6")  # 120415 -> 120416
    assert mrz.check(altered, today=TODAY).problems == (
        "date of expiry check digit is 9, expected 0",
        "composite check digit is 6, expected 9",
    )


def test_altered_optional_data_on_td3_is_named():
    altered = _replace(TD3, 1, 29, "F")  # ZE184226B -> ZF184226B
    problems = mrz.check(altered, today=TODAY).problems
    assert problems[0] == "optional data check digit is 1, expected 4"


def test_impossible_date_and_unknown_sex_are_field_problems():
    altered = _replace(_replace(TD3, 1, 15, "3"), 1, 20, "Q")  # 743812: month 38
    result = mrz.check(altered, today=TODAY)
    assert result.usable and not result.valid
    assert "date of birth 743812 is not a date (YYMMDD)" in result.problems
    assert "sex Q is not M, F, X or <" in result.problems
    with pytest.raises(MrzError, match="not a date"):
        mrz.parse(altered, today=TODAY)


def test_parse_does_not_judge_check_digits():
    altered = _replace(TD3, 1, 9, "5")
    assert mrz.parse(altered, today=TODAY).document_number == "L898902C3"


def test_empty_optional_data_check_digit_may_be_filler_or_zero():
    data = mrz.parse(TD3, today=TODAY)
    lines = mrz.compose(MrzData(**{**_fields(data), "optional_data": ""}))
    assert lines[1][28:43] == "<" * 15
    for digit in ("<", "0"):
        variant = _replace(lines, 1, 42, digit)
        variant = _replace(
            variant,
            1,
            43,
            mrz.check_digit(variant[1][0:10] + variant[1][13:20] + variant[1][21:43]),
        )
        assert mrz.check(variant, today=TODAY).valid, digit
    wrong = _replace(lines, 1, 42, "3")
    assert "optional data check digit is 3, expected <" in mrz.check(wrong, today=TODAY).problems


def test_substitutions_worth_ten_slip_past_every_check_digit():
    """Doc 9303's weights are all prime to 10, so only a value change of 10, 20 or 30 escapes:
    C (12) for 2 in the document number. Why the officer compares the MRZ with the VIZ."""
    altered = _replace(TD3, 1, 7, "2")  # L898902C3 -> L89890223
    assert mrz.check(altered, today=TODAY).valid


# --- format problems ---------------------------------------------------------------------------


def test_wrong_line_count_is_unusable():
    result = mrz.check(TD3[:1], today=TODAY)
    assert not result.usable and not result.valid
    assert result.problems == ("an MRZ has 2 or 3 lines, not 1",)
    assert result.fields == () and result.check_digits == ()


def test_wrong_line_length_is_unusable():
    result = mrz.check((TD3[0], TD3[1][:-1]), today=TODAY)
    assert result.document_type is DocumentType.TD3
    assert result.problems == ("line 2 has 43 characters, expected 44 for TD3",)
    with pytest.raises(MrzError, match="line 2 has 43"):
        mrz.parse((TD3[0], TD3[1][:-1]))


def test_unknown_two_line_width_is_unusable():
    result = mrz.check(("P<UTO" + "<" * 35, "X" * 40), today=TODAY)
    assert result.document_type is None
    assert result.problems == (
        "line 1 has 40 characters; a 2-line MRZ has 36 (TD2, MRV-B) or 44 (TD3, MRV-A)",
    )


def test_characters_outside_the_set_are_named_by_position():
    result = mrz.check(_replace(TD3, 0, 5, "e"), today=TODAY)
    assert not result.usable
    assert result.problems == ("line 1 position 6: 'e' is not an MRZ character (A-Z 0-9 <)",)


def test_wrong_document_code_for_the_layout():
    result = mrz.check(_replace(TD2, 0, 0, "P"), today=TODAY)
    assert "document code P< should start with A or C or I on a TD2 document" in result.problems


def test_as_dict_is_json_ready():
    import json

    altered = _replace(TD3, 1, 8, "4")
    data = json.loads(json.dumps(mrz.check(altered, today=TODAY).as_dict()))
    assert data["layout"] == "TD3" and data["valid"] is False and data["usable"] is True
    number = next(c for c in data["check_digits"] if c["name"] == "document number")
    assert number == {
        "name": "document number",
        "line": 2,
        "position": 10,
        "printed": "6",
        "expected": "7",
        "ok": False,
    }


# --- long document numbers ---------------------------------------------------------------------


def _fields(data: MrzData) -> dict:
    return {name: getattr(data, name) for name in MrzData.__dataclass_fields__}


def test_td1_long_document_number_specimen():
    assert mrz.check(TD1_LONG_NUMBER, today=TODAY).valid
    data = mrz.parse(TD1_LONG_NUMBER, today=TODAY)
    assert data.document_number == "D23145890734"
    assert data.optional_data == ""
    assert mrz.compose(data) == TD1_LONG_NUMBER
    digit = next(c for c in mrz.check(TD1_LONG_NUMBER).check_digits if c.name == "document number")
    assert (digit.line, digit.position, digit.printed) == (1, 19, "9")


def test_long_document_number_with_optional_data_after_it():
    base = _fields(mrz.parse(TD1, today=TODAY))
    data = MrzData(**{**base, "document_number": "D23145890734", "optional_data": "AB12"})
    lines = mrz.compose(data)
    assert lines[0] == "I<UTOD23145890<7349<AB12<<<<<<"
    assert mrz.parse(lines, today=TODAY) == data
    td2 = MrzData(**{**base, "document_type": DocumentType.TD2, "document_number": "X1234567890"})
    lines = mrz.compose(td2)
    assert lines[1][:10] == "X12345678<"
    assert lines[1][28:31] == "90" + mrz.check_digit("X1234567890")
    assert mrz.check(lines, today=TODAY).valid
    assert mrz.parse(lines, today=TODAY) == td2


def test_long_document_number_altered_in_the_overflow_is_named():
    altered = _replace(TD1_LONG_NUMBER, 0, 16, "5")  # ...734 -> ...754
    assert mrz.check(altered, today=TODAY).problems[0] == (
        "document number check digit is 9, expected " + mrz.check_digit("D23145890754")
    )


def test_long_document_number_does_not_fit_a_passport():
    data = MrzData(**{**_fields(mrz.parse(TD3, today=TODAY)), "document_number": "L898902C3XY"})
    with pytest.raises(MrzError, match="a TD3 MRZ holds at most 9"):
        mrz.compose(data)


def test_compose_reports_every_bad_value_at_once():
    base = _fields(mrz.parse(TD3, today=TODAY))
    bad = MrzData(**{**base, "document_code": "I", "sex": "Q", "optional_data": "A" * 15})
    with pytest.raises(MrzError) as info:
        mrz.compose(bad)
    assert len(info.value.problems) == 3


# --- dates -------------------------------------------------------------------------------------


def test_birth_date_century_is_never_in_the_future():
    assert mrz.read_birth_date("260601", today=TODAY) == date(2026, 6, 1)
    assert mrz.read_birth_date("260602", today=TODAY) == date(1926, 6, 2)
    assert mrz.read_birth_date("000229", today=TODAY) == date(2000, 2, 29)
    assert mrz.read_birth_date("741399", today=TODAY) is None


def test_expiry_century_is_a_window_around_today():
    assert mrz.read_expiry_date("750101", today=TODAY) == date(2075, 1, 1)
    assert mrz.read_expiry_date("760101", today=TODAY) == date(1976, 1, 1)
    assert mrz.read_expiry_date("961210", today=TODAY) == date(1996, 12, 10)


def test_unknown_birth_date_is_fillers():
    data = MrzData(**{**_fields(mrz.parse(TD3, today=TODAY)), "birth_date": None})
    lines = mrz.compose(data)
    assert lines[1][13:20] == "<<<<<<0"
    assert mrz.check(lines, today=TODAY).valid
    assert mrz.parse(lines, today=TODAY).birth_date is None


# --- names -------------------------------------------------------------------------------------


def test_names_are_transliterated_and_separated():
    field = mrz.name_field("Müller-Lüdenscheidt", "Jürgen Åke", 39)
    assert field == "MUELLER<LUEDENSCHEIDT<<JUERGEN<AAKE<<<<"
    assert mrz.name_field("D'Artagnan", "", 12) == "DARTAGNAN<<<"


def test_long_names_shorten_given_names_first_and_end_in_a_letter():
    field = mrz.name_field("Nilavadhanananda", "Chayapa Dejthamrong Krasuang", 39)
    assert field == "NILAVADHANANANDA<<CHAYAPA<DEJTHAMRONG<K"
    field = mrz.name_field("Nilavadhanananda", "Chayapa Dejthamrong Krasuang Somchai", 39)
    # The last given names go down to initials before an earlier one is shortened.
    assert field == "NILAVADHANANANDA<<CHAYAPA<DEJTHAMRO<K<S"


def test_very_long_primary_identifier_keeps_an_initial():
    field = mrz.name_field("Papadopoulos Konstantinopoulo Alexandrou", "Ioannis", 39)
    assert field == "PAPADOPOULOS<KONSTANTINOPOULO<ALEXAN<<I"


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("Åsa Ødegård", "AASA OEDEGAARD"),
        ("Straße Æbelø", "STRASSE AEBELOE"),
        ("Þórunn Ðuro Łukasz", "THORUNN DURO LUKASZ"),
        ("François Núñez Čapek Ţîrcă", "FRANCOIS NUNEZ CAPEK TIRCA"),
        ("Щербаков Юрий Жанна", "SHCHERBAKOV IURII ZHANNA"),
        ("Хрущёв Цой Ёлкин Объедков Ильич", "KHRUSHCHEV TSOI ELKIN OBIEEDKOV ILICH"),
        ("Яна Эрастовна", "IANA ERASTOVNA"),
        ("Γεώργιος Παπαδόπουλος", "GEORGIOS PAPADOPOULOS"),
        ("Ευάγγελος Αυτί", "EVANGELOS AFTI"),
        ("Ταΰγετος Αυγή Ψαρά", "TAYGETOS AVGI PSARA"),
    ],
)
def test_transliteration_tables(name, latin):
    assert mrz.transliterate(name) == latin


def test_ukrainian_exceptions():
    assert mrz.transliterate("Григорій") == "GRIGORII"
    assert mrz.transliterate("Григорій", language="uk") == "HRYHORII"


def test_untransliterable_name_is_named():
    with pytest.raises(MrzError, match="cannot transliterate '山'"):
        mrz.transliterate("山田 Taro")


# --- properties --------------------------------------------------------------------------------

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LETTERS + "0123456789"

_OPTIONAL_WIDTH = {
    DocumentType.TD1: 15,
    DocumentType.TD2: 7,
    DocumentType.TD3: 14,
    DocumentType.MRVA: 16,
    DocumentType.MRVB: 8,
}
_NAME_WIDTH = {
    DocumentType.TD1: 30,
    DocumentType.TD2: 31,
    DocumentType.TD3: 39,
    DocumentType.MRVA: 39,
    DocumentType.MRVB: 31,
}
_CODE_FIRST = {
    DocumentType.TD1: "ACI",
    DocumentType.TD2: "ACI",
    DocumentType.TD3: "P",
    DocumentType.MRVA: "V",
    DocumentType.MRVB: "V",
}


def _words(min_size: int, max_size: int):
    return st.lists(st.text(LETTERS, min_size=1, max_size=10), min_size=min_size, max_size=max_size)


@st.composite
def mrz_data(draw):
    doc_type = draw(st.sampled_from(list(SPECIMENS)))
    surname = draw(_words(1, 3))
    given_names = draw(_words(0, 3))
    while len("<".join(surname)) + 2 + len("<".join(given_names)) > _NAME_WIDTH[doc_type]:
        (given_names or surname).pop()
    if not surname:
        surname = ["X"]
    overflow = doc_type in (DocumentType.TD1, DocumentType.TD2)
    max_number = 9 + (_OPTIONAL_WIDTH[doc_type] - 2 if overflow else 0)
    number = draw(st.text(ALNUM, min_size=1, max_size=max_number))
    room = _OPTIONAL_WIDTH[doc_type] - (len(number) - 9 + 2 if len(number) > 9 else 0)
    optional = draw(st.text(ALNUM + "<", max_size=max(room, 0))).rstrip("<")
    optional_2 = ""
    if doc_type is DocumentType.TD1:
        optional_2 = draw(st.text(ALNUM + "<", max_size=11)).rstrip("<")
    return MrzData(
        document_type=doc_type,
        document_code=draw(st.sampled_from(_CODE_FIRST[doc_type]))
        + draw(st.sampled_from(["", *LETTERS])),
        issuing_state=draw(st.text(LETTERS, min_size=1, max_size=3)),
        primary_identifier=" ".join(surname),
        secondary_identifier=" ".join(given_names),
        document_number=number,
        nationality=draw(st.text(LETTERS, min_size=1, max_size=3)),
        birth_date=draw(st.none() | st.dates(date(1927, 1, 1), TODAY)),
        sex=draw(st.sampled_from(list(Sex))),
        expiry_date=draw(st.dates(date(1977, 1, 1), date(2075, 12, 31))),
        optional_data=optional,
        optional_data_2=optional_2,
    )


@settings(max_examples=300)
@given(mrz_data())
def test_compose_then_parse_round_trips(data):
    lines = mrz.compose(data)
    n_lines, width = mrz.MRZ_SHAPE[data.document_type]
    assert len(lines) == n_lines and all(len(line) == width for line in lines)
    result = mrz.check(lines, today=TODAY)
    assert result.valid, result.problems
    assert result.document_type is data.document_type
    assert mrz.parse(lines, today=TODAY) == data


# Positions (line, 0-based) covered by a check digit in Doc 9303, check digits included.
_COVERED = {
    DocumentType.TD1: [(0, range(5, 30)), (1, range(0, 7)), (1, range(8, 15)), (1, range(18, 30))],
    DocumentType.TD2: [(1, range(0, 10)), (1, range(13, 20)), (1, range(21, 36))],
    DocumentType.TD3: [(1, range(0, 10)), (1, range(13, 20)), (1, range(21, 44))],
    DocumentType.MRVA: [(1, range(0, 10)), (1, range(13, 20)), (1, range(21, 28))],
    DocumentType.MRVB: [(1, range(0, 10)), (1, range(13, 20)), (1, range(21, 28))],
}


@settings(max_examples=400)
@given(mrz_data(), st.data())
def test_any_single_change_in_a_checked_field_is_detected(data, draw):
    """Any change whose value differs mod 10 (the only kind 7-3-1 weights can see)."""
    lines = mrz.compose(data)
    line, positions = draw.draw(st.sampled_from(_COVERED[data.document_type]))
    pos = draw.draw(st.sampled_from(list(positions)))
    old = lines[line][pos]
    new = draw.draw(
        st.sampled_from(
            [c for c in ALNUM + "<" if mrz.character_value(c) % 10 != mrz.character_value(old) % 10]
        )
    )
    altered = _replace(lines, line, pos, new)
    result = mrz.check(altered, today=TODAY)
    assert result.usable
    assert not result.valid, (lines, altered)


@settings(max_examples=300)
@given(_words(1, 4), _words(0, 5), st.sampled_from([30, 31, 39]))
def test_name_field_truncation_keeps_the_surname_and_given_name_prefixes(surname, names, width):
    field = mrz.name_field(" ".join(surname), " ".join(names), width)
    assert len(field) == width and set(field) <= set(LETTERS + "<")
    head = "<".join(surname)
    full = head + ("<<" + "<".join(names) if names else "")
    if len(full) <= width:
        assert field == full.ljust(width, "<")
    elif len(head) + (3 if names else 0) <= width:
        assert field.startswith(head + ("<<" if names else ""))
        assert "<<<" not in field.rstrip("<")
        kept = field[len(head) + 2 :].rstrip("<").split("<")
        assert all(name.startswith(part) for name, part in zip(names, kept, strict=False))
        assert len(kept) <= len(names)


def test_check_carries_the_data_it_read():
    result = mrz.check(_replace(TD3, 1, 9, "5"), today=TODAY)
    assert not result.valid
    assert result.data == mrz.parse(TD3, today=TODAY)
    assert mrz.check(_replace(TD3, 1, 20, "Q"), today=TODAY).data is None


@settings(max_examples=300)
@given(st.lists(st.text(max_size=50), max_size=4))
def test_check_never_raises_on_arbitrary_text(lines):
    result = mrz.check(lines, today=TODAY)
    assert result.valid == (result.usable and not result.problems)
    if not result.usable:
        with pytest.raises(MrzError):
            mrz.parse(lines, today=TODAY)


@settings(max_examples=300)
@given(
    st.sampled_from(list(mrz.MRZ_SHAPE.items())).flatmap(
        lambda item: st.lists(
            st.text(ALNUM + "<", min_size=item[1][1], max_size=item[1][1]),
            min_size=item[1][0],
            max_size=item[1][0],
        )
    )
)
def test_check_reads_any_well_shaped_lines_without_raising(lines):
    result = mrz.check(lines, today=TODAY)
    assert result.usable
    assert len(result.check_digits) >= 3
    if result.data is not None and result.valid:
        assert mrz.parse(lines, today=TODAY) == result.data


def test_codes_must_be_letters():
    base = _fields(mrz.parse(TD3, today=TODAY))
    with pytest.raises(MrzError, match="issuing state 'U1O' must be 1 to 3 letters A-Z"):
        mrz.compose(MrzData(**{**base, "issuing_state": "U1O"}))
    assert mrz.compose(MrzData(**{**base, "issuing_state": "D", "nationality": "D"}))[0][:5] == (
        "P<D<<"
    )
