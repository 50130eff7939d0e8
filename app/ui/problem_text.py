"""Problems from the service layer (app.errors: a message id and its values) in the interface
language: the id's template from the one catalogue (context "Problems" of the Qt translation),
filled with the values; a field's name becomes its label."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from app.errors import CONTEXT, Message, Name, Translate


class Problem(Protocol):
    """A problem of the service layer: a GpastError, a Message, an import's Problem."""

    def render(self, translate: Translate = ..., name: Name = ...) -> str: ...


def translate(message_id: str) -> str:
    return QCoreApplication.translate(CONTEXT, message_id)


def problem_text(problem: Problem | BaseException) -> str:
    """What went wrong, as the window shows it. Anything that is not one of our problems
    (an unexpected error) is named by its type and text, as the crash log does."""
    from app.ui.labels import field_label

    render = getattr(problem, "render", None)
    if render is not None:
        return render(translate, field_label)
    return f"{type(problem).__name__}: {problem}"


def reason_text(problem: Message) -> str:
    """What is wrong with one field, without its name (shown beside the field)."""
    return problem.render(translate)
