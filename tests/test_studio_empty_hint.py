"""The instructor studio says where to start when it has no specimens."""

from __future__ import annotations

from test_studio import import_three_lights
from test_studio import quiet_messages as quiet_messages  # the studio fixture needs it
from test_studio import studio as studio  # an empty studio, nothing recovered


def test_an_empty_studio_says_how_to_start_and_the_hint_goes_with_the_first_specimen(
    qtbot, studio, tmp_path
):
    studio.show()
    hint = studio.empty_hint
    assert hint.isVisible()
    assert "Import scans" in hint.text() and "Import pack" in hint.text()
    assert "Import photo set" in hint.text()
    import_three_lights(qtbot, studio, tmp_path)
    assert not hint.isVisible()
    studio.document.undo_stack.undo()
    qtbot.waitUntil(lambda: not studio.document.draft.specimens)
    assert hint.isVisible()
