"""Dates as files write them, in a format guessed from the whole column.

The format is never guessed from one value: 02/03/24 alone could be the 2nd of March or the 3rd of
February, but a column that also holds 03/31/26 can only be month first.

A value is a date, optionally followed by a time (``08:55 PM``, ``15:30``, ``15:30:00``).
"""

from datetime import date, datetime
from functools import lru_cache

#: The date formats a column may use, in the order a tie is decided (ISO first; with slashes the
#: US month-first order, with dots the European day-first order).
DATE_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%m/%d/%Y", "%m/%d/%y", "%d/%m/%Y", "%d/%m/%y",
    "%Y/%m/%d", "%d-%m-%Y", "%Y.%m.%d",
)

#: How each date format is shown to a person choosing one.
FORMAT_EXAMPLES: dict[str, str] = {
    fmt: date(2024, 12, 31).strftime(fmt) for fmt in DATE_FORMATS
}

_TIME_FORMATS = (
    "%H:%M", "%H:%M:%S", "%H:%M:%S.%f", "%I:%M %p", "%I:%M:%S %p", "%I:%M%p", "%H:%M:%S%z",
)


class DateFormatError(ValueError):
    """A value is not a date in the format of its column."""


def _split(text: str) -> tuple[str, str]:
    text = text.strip()
    for separator in ("T", " "):
        head, found, tail = text.partition(separator)
        if found and head and head[0].isdigit():
            return head, tail.strip()
    return text, ""


@lru_cache(maxsize=65536)
def _parse_cached(text: str, fmt: str) -> datetime:
    day_text, time_text = _split(text)
    day = datetime.strptime(day_text, fmt)
    if not time_text:
        return day
    for time_format in _TIME_FORMATS:
        try:
            moment = datetime.strptime(time_text.upper(), time_format)
        except ValueError:
            continue
        return day.replace(hour=moment.hour, minute=moment.minute, second=moment.second,
                           microsecond=moment.microsecond)
    raise ValueError(f"{time_text!r} is not a time of day")


def parse_moment(value: object, fmt: str) -> datetime | None:
    """A value read in ``fmt`` (with an optional time); None for an empty value.

    Raises:
        DateFormatError: the value is not a date in that format.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = str(value).strip()
    if not text:
        return None
    try:
        return _parse_cached(text, fmt)
    except ValueError:
        example = FORMAT_EXAMPLES.get(fmt, fmt)
        raise DateFormatError(f"{text!r} is not a date written like {example}") from None


def guess_format(values: list[object]) -> str | None:
    """The date format that reads every non-empty text value of a column.

    Returns:
        The format; the one reading the most values when none reads all; None when the column
        holds no text dates (empty, or real dates from a spreadsheet).
    """
    texts = sorted({str(value).strip() for value in values
                    if isinstance(value, str) and value.strip()})
    if not texts:
        return None
    best, best_count = None, 0
    for fmt in DATE_FORMATS:
        count = 0
        for text in texts:
            try:
                _parse_cached(text, fmt)
            except ValueError:
                continue
            count += 1
        if count == len(texts):
            return fmt
        if count > best_count:
            best, best_count = fmt, count
    return best
