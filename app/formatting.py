"""Numbers, money, hours and dates as the chosen locale writes them.

In Russian that is 1 234 567,50 ₽ and 31.12.2026. Every screen formats through here, so that a
language switch changes them all.
"""

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

_SYMBOLS = {"RUB": "₽", "USD": "$", "EUR": "€", "GBP": "£"}


def locale() -> QLocale:
    """The locale in force (set from the language setting at start-up)."""
    return QLocale()


def money(amount: Decimal | float | int, currency: str = "RUB", *, decimals: int = 0) -> str:
    """An amount with its currency sign, grouped by the locale."""
    text = locale().toString(float(amount), "f", decimals)
    symbol = _SYMBOLS.get(currency.upper(), currency.upper())
    if symbol == "$" or symbol == "£":
        return f"{symbol}{text}"
    return f"{text}\u00a0{symbol}"


def number(value: float, decimals: int = 0) -> str:
    """A plain number grouped by the locale."""
    return locale().toString(float(value), "f", decimals)


def hours(value: float) -> str:
    """A number of hours, such as ``12 h`` (a fraction only where there is one)."""
    decimals = 0 if abs(value - round(value)) < 0.05 else 1
    return QLocale().toString(float(value), "f", decimals) + "\u00a0" + _hour_mark()


def _hour_mark() -> str:
    return "ч" if locale().language() == QLocale.Language.Russian else "h"


def short_date(day: date | datetime | None) -> str:
    """A date in the locale's short form (31.12.2026 in Russian); empty for None."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    return locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def compact_date(day: date | datetime | None) -> str:
    """A date in the locale's short form with a two-digit year (19.12.26); empty for None.

    For places as narrow as a card's bottom line.
    """
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat).replace("yyyy", "yy")
    return locale().toString(QDate(day.year, day.month, day.day), pattern)


def age(seconds: float) -> str:
    """A time span as people say it: 45 min, 3 h, 5 d."""
    minutes = int(seconds // 60)
    russian = locale().language() == QLocale.Language.Russian
    if minutes < 60:
        return f"{max(minutes, 0)}\u00a0{'мин' if russian else 'min'}"
    if minutes < 48 * 60:
        return f"{minutes // 60}\u00a0{'ч' if russian else 'h'}"
    return f"{minutes // (24 * 60)}\u00a0{'дн' if russian else 'd'}"
