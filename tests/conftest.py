"""Test set-up: offscreen Qt, and a private data folder per test so nothing touches the real one."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa
from support.databases import PG_URL, private_pg_schema

# Offscreen unless the developer asks for a real window (DOCINSPECT_TEST_HEADED=1).
if not os.environ.get("DOCINSPECT_TEST_HEADED"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own DOCINSPECT_HOME."""
    home = tmp_path_factory.mktemp("docinspect-home")
    monkeypatch.setenv("DOCINSPECT_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def content_language_as_found():
    """The curriculum's language as it was before each test: ``set_content_language(None)``
    pins English, so a test that set a language and put it back that way would leave the
    command line's tests after it reading English whatever LANG says."""
    from docinspect.training import content_language

    before = content_language._language
    yield
    content_language._language = before


@pytest.fixture(autouse=True, scope="session")
def one_qt_application(qapp):
    """Make the session's QApplication before any test runs.

    The renderer makes an offscreen QGuiApplication when none exists; a widget test after
    that could not make its QApplication and would crash the run. One QApplication from the
    start serves both. Python's cycles are collected on its thread, as in the app
    (``ui/gui_gc.py``): collected in a render thread, a widget's timer was stopped there and
    the run crashed later in Qt's event processing.
    """
    from docinspect.ui.gui_gc import collect_garbage_on_gui_thread

    collect_garbage_on_gui_thread(qapp)
    return qapp


@pytest.fixture(autouse=True)
def garbage_collected_between_tests(one_qt_application):
    """What a test left in reference cycles is collected on the GUI thread after it, when a
    generation is due (the automatic collector is off, see ``one_qt_application``)."""
    yield
    from docinspect.ui.gui_gc import collect_garbage_on_gui_thread

    collect_garbage_on_gui_thread(one_qt_application).check()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request, tmp_path):
    """A fresh database, once as a SQLite file and once as a private PostgreSQL schema (which
    must be reachable: marked ``postgres``, such a test fails rather than skips without it)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
    else:
        with private_pg_schema() as pg:
            yield pg


@pytest.fixture
def made_roles():
    """PostgreSQL login roles a test makes (seat roles): any left are dropped afterwards, since
    roles belong to the whole server, not to a test's private schema."""
    names: list[str] = []
    yield names
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        for name in names:
            if conn.execute(
                sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}
            ).first():
                conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
                conn.exec_driver_sql(f'DROP ROLE "{name}"')
    admin.dispose()
