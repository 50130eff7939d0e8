"""Start the desktop program: names first, then the QApplication, then the window."""

from __future__ import annotations

import sys

from app import APP_NAME, ORG_NAME, __version__


def make_application(argv: list[str] | None = None):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    from PySide6.QtCore import QLocale

    if QLocale.system().name() == "C":  # no locale set: British English dates and numbers
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from app.i18n import chosen_language, install_translators

    language = chosen_language()
    loaded = install_translators(app, language)
    # a requested language that cannot be loaded is said once, in the window (see below)
    app.setProperty("missingLanguage", "" if loaded or language.startswith("en") else language)
    QApplication.setApplicationDisplayName(APP_NAME)
    return app


# Shown exactly when our translation is missing, so it cannot come from it: English, and the
# Russian text for a Russian user.
MISSING_TRANSLATION = (
    "The interface translation for the language '{language}' could not be loaded ({file} is "
    "missing or damaged), so the window is in English. Reinstall the program to get it back."
)
MISSING_TRANSLATION_RU = (
    "Не удалось загрузить русский перевод интерфейса ({file} отсутствует или повреждён), "
    "поэтому окно на английском. Переустановите программу."
)


def warn_if_untranslated(window):
    """A message (not blocking the window) when the requested language could not be loaded."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.i18n import COMPILED

    app = QApplication.instance()
    language = str(app.property("missingLanguage") or "") if app is not None else ""
    if not language:
        return None
    file = COMPILED / f"gpast_{language}.qm"
    text = MISSING_TRANSLATION.format(language=language, file=file)
    if language.startswith("ru"):
        text = MISSING_TRANSLATION_RU.format(file=file) + "\n\n" + text
    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, ok, window)
    box.open()
    return box


def run_application(db_location: str | None = None) -> int:
    """Show the window at once, then open the database (default: $GPAST_DB or the user's data
    folder): check it, back it up once a day, and fill the window."""
    app = make_application()
    from app.ui.shell.error_dialog import install_exception_hook
    from app.ui.shell.main_window import MainWindow

    install_exception_hook()
    window = MainWindow()
    window.show()
    warn_if_untranslated(window)
    app.processEvents()
    db = _open(app, window, db_location)
    if db is None:
        window.close()
        return 1
    window.attach(db)
    code = app.exec()
    from app.ui.shell.background import finish_background_jobs

    finish_background_jobs()  # the window's close waited already; a quit without it did not
    window.db.close()
    return code


def _open(app, window, db_location: str | None):
    from PySide6.QtWidgets import QMessageBox

    from app.services import open_database
    from app.storage import default_location
    from app.ui.problem_text import problem_text
    from app.ui.transfer.backup_dialogs import check_before_open

    location = db_location or default_location()
    if not check_before_open(window, location):
        return None
    try:
        db = open_database(location)
    except Exception as exc:  # noqa: BLE001 - shown, not raised
        QMessageBox.critical(
            window,
            APP_NAME,
            app.translate("Application", "The database could not be opened:\n\n{problem}").format(
                problem=problem_text(exc)
            ),
        )
        return None
    if db.path is not None and not db.read_only:
        from app.storage.backups import ensure_daily_backup

        try:
            ensure_daily_backup(db.path)
        except Exception as exc:  # noqa: BLE001 - a failed backup must not stop the program
            from app.crash_log import log_exception

            log_exception(exc)
    return db
