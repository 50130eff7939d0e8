"""Languages: Qt Linguist sources in resources/translations/*.ts, compiled to
app/translations/*.qm by the project's own command. The .ts is the one source of every
translated text: the window's (loaded at start with Qt's own translations), and, read through
catalogue() without a Qt application, the problems' (context Problems), the command line's
(CommandLine) and the documents' (Documents).

    python -m app.i18n update   # refresh the .ts from the code (pyside6-lupdate, the message
                                # ids of app.errors, t/tr/translatable texts); lists what has
                                # no translation
    python -m app.i18n build    # compile the .ts files to .qm (pyside6-lrelease)
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
COMPILED = Path(__file__).with_name("translations")
LANGUAGES = ("ru",)


def chosen_language() -> str:
    """$GPAST_LANG, else the language set in Settings, else the system's (Russian or English)."""
    import os

    from PySide6.QtCore import QLocale, QSettings

    language = os.environ.get("GPAST_LANG") or str(QSettings().value("language", "") or "")
    if language:
        return language
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install_translators(app, language: str) -> bool:
    """Load our translation and Qt's own (standard dialogs) for `language`."""
    if language == "en":
        return False
    from PySide6.QtCore import QLocale, QTranslator

    ours = QTranslator(app)
    if not ours.load(str(COMPILED / f"gpast_{language}.qm")):
        return False
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{language}", folder) for folder in _qt_translation_folders()):
        app.installTranslator(qt)
    # installed last, so asked first: ours also carries what Qt's lacks (app/ui/shell/qt_texts.py)
    app.installTranslator(ours)
    QLocale.setDefault(QLocale(language))
    return True


def _qt_translation_folders() -> list[str]:
    """Where Qt's own translations are: Qt's answer, else beside PySide6 (the stand-alone
    program keeps them in PySide6/Qt/translations whatever Qt was told at build time)."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo

    beside = Path(PySide6.__file__).resolve().parent
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(beside / "Qt" / "translations"),
        str(beside / "translations"),
    ]


COMMAND_LINE = "CommandLine"  # the catalogue's context of the command line's texts
DOCUMENTS = "Documents"  # … and of the documents' (PDF reports, sign-in sheets, certificates)


def translatable(text: str) -> str:
    """Marks a text kept in a table and translated where it is used (t(), tr()): `python -m
    app.i18n update` puts it into the catalogue."""
    return text


def catalogue(language: str, context: str):
    """The texts of `context` in `language` (a function English -> translated), read from the
    compiled catalogue without a Qt application: how the command line reads the one catalogue
    the window uses. None when there is no catalogue for `language`."""
    translator = _compiled(language)
    if translator is None:
        return None

    def translate(text: str) -> str:
        return translator.translate(context, text) or text

    return translate


def counted(language: str, context: str, text: str, n: int) -> str | None:
    """A "%n thing(s)" text of `context` with its plural form for `n` in `language` (None
    when there is none: the caller says it in English)."""
    translator = _compiled(language)
    found = translator.translate(context, text, None, n) if translator is not None else ""
    return found.replace("%n", str(n)) if found else None


@functools.cache
def _compiled(language: str):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if language == "en" or not translator.load(str(COMPILED / f"gpast_{language}.qm")):
        return None
    return translator


if __name__ == "__main__":
    from app.translation_sources import build, update

    commands = {"update": update, "build": build}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print("usage: python -m app.i18n update|build", file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(commands[sys.argv[1]]())
