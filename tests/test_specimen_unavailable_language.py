"""Why a presenter's specimen cannot be shown is said in the windows' language: the reasons
are core Messages (docinspect.i18n) with Russian and Bulgarian in messages-*.po."""

from __future__ import annotations

import pytest

from docinspect.i18n import Message
from docinspect.model.exercise import PackSpecimen
from docinspect.model.lesson_plan import LessonPlan, PackSpecimenRef, Step, StepKind
from docinspect.training import content_language as cl
from docinspect.training.page_sources import SpecimenUnavailable, page_source, unavailable_reason
from docinspect.training.specimens import SpecimenSupply


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    cl.set_content_language(None)


class _Pack:
    """An open pack holding no specimen the plan names."""

    id = "east"

    def specimen(self, specimen_id):
        raise KeyError(specimen_id)

    def specimen_dir(self, specimen_id):
        raise KeyError(specimen_id)


@pytest.mark.parametrize(
    ("ref", "packs", "english", "bulgarian", "russian"),
    [
        (
            PackSpecimenRef("west", "s01"),
            [],
            "pack 'west' is not open (open it in the library first)",
            "пакетът 'west' не е отворен (първо го отворете в библиотеката)",
            "пакет 'west' не открыт (сначала откройте его в библиотеке)",
        ),
        (
            PackSpecimen("s09"),
            [_Pack()],
            "no open pack has specimen 's09'",
            "нито един отворен пакет няма образец 's09'",
            "ни в одном открытом пакете нет образца 's09'",
        ),
    ],
)
def test_the_reason_is_a_message_read_in_the_windows_language(
    tmp_path, ref, packs, english, bulgarian, russian
):
    with pytest.raises(SpecimenUnavailable) as caught:
        page_source(ref, packs, SpecimenSupply(cache_dir=tmp_path))
    assert isinstance(caught.value.args[0], Message)
    assert str(caught.value) == english  # logs and English windows as before
    assert unavailable_reason(caught.value, "en") == english
    assert unavailable_reason(caught.value, "bg") == bulgarian
    assert unavailable_reason(caught.value, "ru") == russian


def test_the_presenter_says_it_in_bulgarian(qtbot):
    from docinspect.ui.presenter.window import PresenterWindow

    cl.set_content_language("bg")
    plan = LessonPlan(
        id="t",
        title="План",
        steps=(
            Step(id="walk", kind=StepKind.PRESENTER, title="Паспорт", minutes=5,
                 specimen=PackSpecimenRef("west", "s01")),
        ),
    )  # fmt: skip
    win = PresenterWindow(plan, packs=[], db_url="sqlite:///:memory:")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.text_page)
    body = win.text_body.text()
    assert "пакетът &#x27;west&#x27; не е отворен" in body or "пакетът 'west' не е отворен" in body
    assert "is not open" not in body
