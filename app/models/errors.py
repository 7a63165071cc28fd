"""Errors the rules raise. Each names the field at fault so that a screen can show it beside it."""

from typing import Any


class RuleError(ValueError):
    """A rule of the pipeline was broken or a value was refused; nothing was written.

    Attributes:
        field: the name of the field at fault (a deal field such as ``amount``, or ``tier``).
        message: what is wrong, in words a person understands.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(RuleError):
    """The row asked for does not exist (or was deleted)."""


class ConflictError(RuleError):
    """Somebody else changed the row first; the change was not written.

    Attributes:
        current: the row's values as they are now in the database, to show the other's change.
    """

    def __init__(self, field: str, message: str, current: dict[str, Any] | None = None) -> None:
        super().__init__(field, message)
        self.current = current or {}
