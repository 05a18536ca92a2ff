"""The fictional states' codes are assigned to no real state and reserved for nothing else."""

from __future__ import annotations

import re

import pytest

from docinspect.synth.states import ENGLISH_LABELS, STATES, VISA_NATIVE, label, state

# ISO 3166-1 alpha-3, officially assigned (249 codes, 2024).
_ISO_ASSIGNED = """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD
    BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR
    COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH
    ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL
    GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR
    JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR
    MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL
    NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY
    PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP
    SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA
    UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
    """
ISO_ASSIGNED = set(_ISO_ASSIGNED.split())
# Formerly assigned, transitionally or exceptionally reserved by the ISO 3166 agency.
_ISO_RESERVED = """
    AFI ANT ATB ATN BUR BYS CSK CTE DDR DHY FXX GEL HVO JTN MID NHB NTZ PCI PCZ PUS RHO SCG
    SKM SUN TMP VDR WAK YMD YUG ZAR ROM ASC CPT DGA TAA
    """
ISO_RESERVED = set(_ISO_RESERVED.split())
# Codes ICAO Doc 9303 Part 3 uses besides ISO 3166-1 (organisations, British nationality
# categories, refugees and stateless persons, Kosovo as used in practice).
_ICAO_RESERVED = """
    D EUE GBD GBN GBO GBP GBS UNA UNK UNO XBA XIM XCC XCE XCO XEC XPO XES XMP XOM XDC XXA XXB
    XXC XXX RKS
    """
ICAO_RESERVED = set(_ICAO_RESERVED.split())


def _user_assigned(code: str) -> bool:
    """ISO 3166-1 user-assigned ranges AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ."""
    return (
        code.startswith("AA")
        or code.startswith("X")
        or code.startswith("ZZ")
        or (code[0] == "Q" and code[1] >= "M")
    )


def test_the_embedded_list_is_the_full_iso_list():
    assert len(ISO_ASSIGNED) == 249
    assert {"UTO", "GBR", "DEU", "RUS", "ZWE"} - {"UTO"} <= ISO_ASSIGNED


def test_there_are_at_least_three_states_including_utopia():
    assert len(STATES) >= 3
    assert "UTO" in STATES


@pytest.mark.parametrize("code", sorted(set(STATES) - {"UTO"}))
def test_invented_codes_are_assigned_to_no_real_state(code):
    assert re.fullmatch(r"[A-Z]{3}", code)
    assert code not in ISO_ASSIGNED
    assert code not in ISO_RESERVED
    assert code not in ICAO_RESERVED
    assert not _user_assigned(code)


def test_utopia_is_icaos_specimen_state_and_not_iso_assigned():
    assert "UTO" not in ISO_ASSIGNED


def test_each_state_has_its_own_design_language():
    palettes = {s.palette for s in STATES.values()}
    guilloches = {s.guilloche for s in STATES.values()}
    emblems = {s.emblem for s in STATES.values()}
    assert len(palettes) == len(guilloches) == len(emblems) == len(STATES)
    assert {s.name_script for s in STATES.values()} >= {"latin", "cyrillic"}


def test_every_state_labels_every_field_and_emblems_fit_the_unit_square():
    for s in STATES.values():
        # Document labels in the state's own table, visa labels (and title) in VISA_NATIVE.
        visa = set(VISA_NATIVE[s.code]) - {"title"}
        assert set(s.labels) | visa == set(ENGLISH_LABELS)
        assert all(label(s, key) for key in ENGLISH_LABELS)
        assert "/ Surname" in label(s, "surname") or s.labels["surname"] == "Surname"
        for stroke in s.emblem:
            assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in stroke.points)


def test_unknown_state_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="UTO"):
        state("ABC")
    assert state("uto").code == "UTO"
