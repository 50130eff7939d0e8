"""The main window's Help menu (a part of MainWindow): the manual (F1) in the window's language,
Getting started (the welcome page, also where an empty database opens) and About. Other Help
entries are added in make_help_menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.ui.attendance.certificate_check_dialog import add_certificate_check


def manual_language() -> str:
    """The language of the manual to open: the window's (its translation names it)."""
    return QCoreApplication.translate(
        "HelpMenu", "en", "the code of this translation's language: ru in the Russian one"
    )


class ManualDialog(QDialog):
    """The manual, read offline in the program (links inside it work; none leaves it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from app.manual import manual_path

        self.setObjectName("manual")
        self.setWindowTitle(QCoreApplication.translate("HelpMenu", "Manual — GPAST Coordinator"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manual-text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(manual_path(manual_language()))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 680)


class HelpActions:
    """Mixed into MainWindow, whose navigation, page stack and database these use."""

    db: Any
    nav: QListWidget
    stack: QStackedWidget
    help_menu: Any
    welcome: Any = None
    demo_banner: Any = None
    manual: ManualDialog | None = None

    def make_help_menu(self, bar) -> None:
        """Help: Manual (F1), Getting started, Check a certificate…, About (add entries here)."""
        assert isinstance(self, QWidget)
        self.help_menu = bar.addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
        manual = self._help_action(QCoreApplication.translate("HelpMenu", "&Manual"))
        manual.setShortcut(QKeySequence("F1"))
        manual.triggered.connect(self.show_manual)
        welcome = self._help_action(QCoreApplication.translate("HelpMenu", "&Getting started"))
        welcome.triggered.connect(self.show_welcome)
        self.help_menu.addSeparator()
        add_certificate_check(self.help_menu, self)
        about = self._help_action(
            QCoreApplication.translate("HelpMenu", "&About GPAST Coordinator")
        )
        about.triggered.connect(self.about)

    def _help_action(self, text: str) -> QAction:
        assert isinstance(self, QWidget)
        action = QAction(text, self)
        self.help_menu.addAction(action)
        return action

    def show_manual(self) -> None:
        assert isinstance(self, QWidget)
        if self.manual is None:
            self.manual = ManualDialog(self)
        self.manual.show()
        self.manual.raise_()
        self.manual.activateWindow()

    def show_welcome(self) -> None:
        """Help > Getting started: the welcome page (no navigation entry is current)."""
        from app.ui.shell.welcome_page import WelcomePage

        assert isinstance(self, QWidget)
        leaving = self.stack.currentWidget()
        may_leave = getattr(leaving, "may_leave", None)
        if may_leave is not None and not may_leave():
            return
        if self.welcome is None:
            self.welcome = WelcomePage(self, self)
            self.stack.addWidget(self.welcome)
        else:
            self.welcome.load()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.country.setFocus()

    def open_first_page(self, remembered: str) -> str:
        """The page a database opens on: the welcome page when it has no records yet, else
        `remembered` (returned for the window to show)."""
        from app.services.maintenance.demo import has_records

        self._show_demo_banner()
        if self.db is not None and not has_records(self.db):
            self.show_welcome()
            return ""
        return remembered

    def after_switch(self) -> None:
        """Another database is open: an empty one opens on the welcome page; from the welcome
        page, one with records opens on the dashboard."""
        from app.services.maintenance.demo import has_records

        self._show_demo_banner()
        if not has_records(self.db):
            self.show_welcome()
        elif self.welcome is not None and self.stack.currentWidget() is self.welcome:
            self.show_page("dashboard")

    def _show_demo_banner(self) -> None:
        from app.ui.shell.welcome_page import DemoBanner

        assert isinstance(self, QMainWindow)
        if self.demo_banner is None:
            self.demo_banner = DemoBanner(self)
            central = self.centralWidget()
            layout = central.layout() if central is not None else None
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(0, self.demo_banner)
        self.demo_banner.show_for(self.db)

    def show_page(self, key: str) -> None: ...

    def about(self) -> None:
        assert isinstance(self, QWidget)
        QMessageBox.about(
            self,
            QCoreApplication.translate("HelpMenu", "About GPAST Coordinator"),
            QCoreApplication.translate(
                "HelpMenu",
                "<h3>GPAST Coordinator {version}</h3><p>Log legislation, training sessions and "
                "awareness campaigns against the five focus areas of the Global Partnership "
                "against Slavery and Trafficking in Human Beings, and print progress reports.</p>"
                "<p>Database: {db}</p><p>The program opens no network connection except to a "
                "database server you name. Fonts: PT Sans (SIL Open Font License).</p>",
            ).format(version=__version__, db=self.db.shown),
        )
