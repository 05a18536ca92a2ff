"""Installing the app's translations and Qt's own, before the first widget is made.

Every user-facing string goes through ``self.tr()`` or ``QCoreApplication.translate()``;
a language is added by dropping ``docinspect_<locale>.qm`` into ``docinspect/ui/i18n/``
(see docs/decisions/0006-ui-translations.md and scripts/update-translations.sh).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from docinspect.training.content_language import set_content_language

#: Where the compiled translations (.qm) ship, beside this module.
TRANSLATIONS_DIR: Final = Path(__file__).resolve().with_name("i18n")

# Installed translators must stay referenced, or Python frees them and the text reverts.
_installed: list[QTranslator] = []


def install_translations(
    app: QCoreApplication, locale: QLocale, *, directory: Path = TRANSLATIONS_DIR
) -> list[str]:
    """Install DocInspect's and Qt's translations for ``locale``; return the files loaded.

    A missing translation is not an error: the app then speaks English. Calling this again
    replaces what an earlier call installed.
    """
    # The curriculum (lessons, prompts) follows the windows' language (decision 0026).
    set_content_language(locale.name())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # QTranslator.load(locale, ...) tries ru_RU, then ru, so one file serves all regions.
    for name, folder in (("qtbase", qt_dir), ("docinspect", str(directory))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            _installed.append(translator)
            loaded.append(translator.filePath())
    return loaded
