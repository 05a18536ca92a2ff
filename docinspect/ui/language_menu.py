"""The Language menu: the trainee picks the language of the windows, the curriculum, the
feedback and the reports; the choice is kept in settings.ini (``[ui] language=``).

The choice applies at the next start. A live switch would have every open window re-read
its texts on ``QEvent.LanguageChange``, and most of ours build their texts once; a restart
is honest and costs the trainee nothing they have not saved (answers are saved as given).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from docinspect.ui.settings import AppSettings

# The languages the app speaks, each under its own name (a Bulgarian trainee looking for
# Bulgarian in a Russian menu must find "Български", not "Болгарский").
LANGUAGES: Final = (("en", "English"), ("ru", "Русский"), ("bg", "Български"))


def add_language_menu(menu: QMenu, settings: AppSettings, parent: QWidget) -> QMenu:
    """Add the Language submenu to ``menu``: the system's language and each language the app
    speaks, the one in use checked. Returns the submenu."""
    submenu = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    submenu.setObjectName("languageMenu")
    group = QActionGroup(submenu)
    group.setExclusive(True)
    chosen = settings.language()
    system = QAction(
        QCoreApplication.translate("LanguageMenu", "As the &system ({language})").replace(
            "{language}", _name_of(QLocale.system().name())
        ),
        submenu,
    )
    entries: list[tuple[QAction, str | None]] = [(system, None)]
    entries += [(QAction(name, submenu), code) for code, name in LANGUAGES]
    for action, code in entries:
        action.setCheckable(True)
        action.setChecked(_code(chosen) == code)
        action.setData(code or "")
        group.addAction(action)
        submenu.addAction(action)
        action.triggered.connect(lambda _checked=False, code=code: _choose(settings, code, parent))
    submenu.addSeparator()
    note = submenu.addAction(
        QCoreApplication.translate("LanguageMenu", "Takes effect when DocInspect is restarted")
    )
    note.setEnabled(False)
    return submenu


def _choose(settings: AppSettings, code: str | None, parent: QWidget) -> None:
    if _code(settings.language()) == code:
        return
    settings.set_language(code)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("LanguageMenu", "Language"),
        QCoreApplication.translate(
            "LanguageMenu",
            "DocInspect will speak {language} from its next start: close it and open it "
            "again. Your answers and results are kept.",
        ).replace("{language}", _name_of(code or QLocale.system().name())),
    )


def _code(language: str | None) -> str | None:
    if not language:
        return None
    return language.split("_")[0].split("-")[0].lower()


def _name_of(locale_name: str) -> str:
    code = _code(locale_name) or "en"
    return dict(LANGUAGES).get(code, "English")
