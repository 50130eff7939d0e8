"""File > Recent databases: the last five databases opened, the newest first, remembered in the
settings. A file that is no longer there is shown greyed out with "(not found)" and can be
taken off the list with "Remove missing"; the database in use is ticked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

SETTING = "database/recent"
KEEP = 5


def recent_locations() -> list[str]:
    """The remembered databases, the newest first (at most KEEP)."""
    value = QSettings().value(SETTING, [])
    if isinstance(value, str):  # QSettings gives one remembered value as a plain string
        return [value] if value else []
    return [str(v) for v in value if v][:KEEP] if isinstance(value, list) else []


def is_missing(location: str) -> bool:
    """True when `location` names a file that is no longer there (a server is never missing)."""
    return "://" not in location and not Path(location).is_file()


class RecentDatabases:
    """The submenu and its list; `open_location(location)` switches the window's database."""

    def __init__(self, parent: QWidget, menu: QMenu, open_location: Callable[[str], bool]):
        self.menu = menu.addMenu(QCoreApplication.translate("RecentDatabases", "Re&cent databases"))
        self.menu.setObjectName("recent-databases")
        self.menu.setToolTipsVisible(True)
        self._open_location = open_location
        self.current = ""
        self.menu.aboutToShow.connect(self.fill)
        self.fill()

    def remember(self, location: str) -> None:
        """`location` is in use now: first in the list."""
        self.current = location
        kept = [loc for loc in recent_locations() if loc != location]
        QSettings().setValue(SETTING, [location, *kept][:KEEP])
        self.fill()

    def forget_missing(self) -> None:
        QSettings().setValue(SETTING, [loc for loc in recent_locations() if not is_missing(loc)])
        self.fill()

    def fill(self) -> None:
        self.menu.clear()
        locations = recent_locations()
        missing = False
        for n, location in enumerate(locations, start=1):
            name = Path(location).name if "://" not in location else location
            action = QAction(f"&{n} {name}", self.menu)
            action.setData(location)
            action.setToolTip(location)
            if is_missing(location):
                missing = True
                action.setText(
                    QCoreApplication.translate("RecentDatabases", "&{n} {name} (not found)").format(
                        n=n, name=name
                    )
                )
                action.setToolTip(
                    QCoreApplication.translate(
                        "RecentDatabases", "{path} is no longer there (moved or deleted)"
                    ).format(path=location)
                )
                action.setEnabled(False)
            elif location == self.current:
                action.setCheckable(True)
                action.setChecked(True)
            action.triggered.connect(lambda _=False, loc=location: self._open(loc))
            self.menu.addAction(action)
        if not locations:
            empty = self.menu.addAction(
                QCoreApplication.translate("RecentDatabases", "No databases opened yet")
            )
            empty.setEnabled(False)
        if missing:
            self.menu.addSeparator()
            remove = self.menu.addAction(
                QCoreApplication.translate("RecentDatabases", "&Remove missing")
            )
            remove.triggered.connect(self.forget_missing)

    def _open(self, location: str) -> None:
        if location == self.current:
            self.fill()  # the database in use stays ticked
            return
        if is_missing(location):  # gone since the menu was filled: never a new empty file
            QMessageBox.warning(
                self.menu.parentWidget(),
                QCoreApplication.translate("RecentDatabases", "Recent databases"),
                QCoreApplication.translate(
                    "RecentDatabases",
                    "{path} is no longer there (moved or deleted); it is taken off the list.",
                ).format(path=location),
            )
            self.forget_missing()
            return
        self._open_location(location)
