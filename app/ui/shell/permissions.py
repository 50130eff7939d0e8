"""What the signed-in role cannot do, shown as disabled with the reason (product.md, "Shared
server"): the window's menu entries, the pages' buttons and the editors' Save. The services
refuse the same (app.services.access); this only says so before anyone tries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMainWindow, QMenu, QWidget

from app.errors import ROLE_NAMES
from app.ui.problem_text import problem_text, reason_text

# the window's actions by the name of what they do (MainWindow._action names them so), and
# what the role must allow (app.services.access.Action: imported when a database is open, as
# the window comes up before the database layer is loaded)
WINDOW_ACTIONS = {
    "import_spreadsheet": "import",
    "back_up": "backup",
    "restore_backup": "backup",
    "send_bundle": "bundles",
    "receive_bundle": "bundles",
    "new_record": "edit",
    "duplicate_record": "edit",
    "edit_settings": "settings",
}
# the pages' buttons by attribute (Edit stays: it opens the record, whose Save says why not)
PAGE_BUTTONS = {
    "new_button": "edit",
    "duplicate_button": "edit",
    "delete_button": "delete",
    "merge_button": "people",
    "anonymise_button": "people",
}


def _refusal(db, what: str):
    from app.services.access import Action, refusal

    return refusal(db, Action(what))


FORBIDDEN = "gpastForbidden"  # the property of a widget or action the role may not use


class _KeepDisabled(QObject):
    """A page enables its buttons as rows are selected: a forbidden one stays disabled."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.property(FORBIDDEN)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def _forbid(target: QWidget | QAction, reason: str, keeper: QObject) -> None:
    target.setProperty(FORBIDDEN, True)
    target.setToolTip(reason)
    target.setStatusTip(reason)
    target.setEnabled(False)
    if isinstance(target, QWidget):
        target.installEventFilter(keeper)
    elif not target.property("gpastGuarded"):
        target.setProperty("gpastGuarded", True)
        target.changed.connect(
            lambda a=target: (
                a.setEnabled(False) if a.property(FORBIDDEN) and a.isEnabled() else None
            )
        )


def _allow(target: QAction) -> None:
    if target.property(FORBIDDEN):
        target.setProperty(FORBIDDEN, False)
        target.setToolTip("")
        target.setStatusTip("")
        target.setEnabled(True)


def show_role(window: QMainWindow, db) -> None:
    """Apply the role of whoever signed in to `db` to the window's menus, and name it in the
    status bar (on a server; a SQLite file's user may do everything)."""
    keeper = window.findChild(_KeepDisabled) or _KeepDisabled(window)
    for action in window.findChildren(QAction):
        what = WINDOW_ACTIONS.get(action.objectName())
        if what is None:
            continue
        refused = _refusal(db, what)
        if refused is None:
            _allow(action)
        else:
            _forbid(action, problem_text(refused), keeper)
    for menu in window.menuBar().findChildren(QMenu):
        menu.setToolTipsVisible(True)
    label = window.findChild(QLabel, "role-label")
    if label is None:
        label = QLabel(window)
        label.setObjectName("role-label")
        window.statusBar().addPermanentWidget(label)
    login, role = db.access
    on_server = db.path is None and not str(db.url).startswith("sqlite")
    label.setVisible(on_server)
    label.setText(
        QCoreApplication.translate("MainWindow", "Signed in as {login} ({role})").format(
            login=login, role=reason_text(ROLE_NAMES[role])
        )
    )


def guard_page(page: QWidget, db) -> None:
    """Disable, with the reason, the buttons of `page` the role may not use (PAGE_BUTTONS and
    the page's own ROLE_BUTTONS), and make its grids that save as typed (ROLE_GRIDS) read-only,
    with the reason as their tooltip."""
    keeper = page.window().findChild(_KeepDisabled) or _KeepDisabled(page)
    for name, what in getattr(page, "ROLE_GRIDS", {}).items():
        grid = getattr(page, name, None)
        refused = _refusal(db, what) if isinstance(grid, QAbstractItemView) else None
        if refused is not None and isinstance(grid, QAbstractItemView):
            grid.setProperty(FORBIDDEN, True)
            grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            grid.setToolTip(problem_text(refused))
    for name, what in {**PAGE_BUTTONS, **getattr(page, "ROLE_BUTTONS", {})}.items():
        button = getattr(page, name, None)
        refused = _refusal(db, what) if isinstance(button, QWidget) else None
        if refused is not None and isinstance(button, QWidget):
            _forbid(button, problem_text(refused), keeper)
