"""Reading and checking single values, shared by the rules, the editor and the importers."""

import math
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from app.models.errors import RuleError

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_CURRENCY_MARKS = re.compile(r"[₽$€£]|руб\.?|rub|usd|eur", re.IGNORECASE)


#: The database keeps amounts with 16 digits, two of them after the point.
MAX_AMOUNT = Decimal(10) ** 14
#: More hours than a person works in fifty years is a typing mistake, not an estimate.
MAX_EFFORT_HOURS = 100_000.0


def parse_amount(value: object, field: str = "amount") -> Decimal:
    """Read a money amount: a Decimal, a number, or text such as ``1 234,50`` or ``1,234.50``.

    Raises:
        RuleError: the value is empty, not a number, not finite, or negative.
    """
    if isinstance(value, bool):
        raise RuleError(field, "must be a number, not yes/no")

    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise RuleError(field, f"must be a finite number, not {value}")
        number = Decimal(str(value))
    elif isinstance(value, str):
        number = _parse_decimal_text(value, field)
    else:
        raise RuleError(field, f"must be a number, not {type(value).__name__}")

    if not number.is_finite():
        raise RuleError(field, f"must be a finite number, not {value}")
    if number < 0:
        raise RuleError(field, f"must not be negative (got {value})")
    if number >= MAX_AMOUNT:
        raise RuleError(field, f"{value} is too large (at most 99 999 999 999 999.99)")
    return number.quantize(Decimal("0.01"))


def _parse_decimal_text(text: str, field: str) -> Decimal:
    cleaned = _SPACES.sub("", _CURRENCY_MARKS.sub("", text)).strip()
    if not cleaned:
        raise RuleError(field, "is empty; a number is needed")

    # With both separators, the last one is the decimal mark; a lone comma is a decimal comma
    # unless it groups thousands exactly (1,234,567).
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        if re.fullmatch(r"-?\d{1,3}(,\d{3}){2,}", cleaned):
            cleaned = cleaned.replace(",", "")
        else:
            cleaned = cleaned.replace(",", ".")

    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise RuleError(field, f"{text!r} is not a number") from None
    if not number.is_finite():
        raise RuleError(field, f"must be a finite number, not {text!r}")
    return number


def parse_hours(value: object, field: str = "effort_hours") -> float:
    """Read a number of hours: not negative, finite."""
    if value is None or value == "":
        return 0.0
    hours = float(parse_amount(value, field))
    if hours > MAX_EFFORT_HOURS:
        raise RuleError(field, f"{value} hours is more than {MAX_EFFORT_HOURS:,.0f}; "
                               "check the number")
    return hours


def parse_date(value: object, field: str) -> date | None:
    """Read a date: a date, a datetime, an ISO string, or 31.12.2026. Empty gives None.

    Raises:
        RuleError: the text is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise RuleError(field, f"must be a date, not {type(value).__name__}")

    text = value.strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise RuleError(field, f"{value!r} is not a date (use 2026-12-31 or 31.12.2026)")


def parse_datetime(value: object, field: str) -> datetime | None:
    """Read a moment in time; a bare date means its midnight."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    parsed = parse_date(value, field)
    return datetime(parsed.year, parsed.month, parsed.day) if parsed else None


def parse_text(value: object, field: str, *, required: bool = False, limit: int = 500) -> str:
    """Read a line of text, trimmed; refuse an empty one where it is required or one too long."""
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise RuleError(field, "must not be empty")
    if len(text) > limit:
        raise RuleError(field, f"is too long ({len(text)} characters, at most {limit})")
    return text


def parse_currency(value: object, field: str = "currency") -> str:
    """Read an ISO 4217 currency code such as RUB, EUR or USD."""
    text = parse_text(value, field).upper() or "RUB"
    if text in {"₽", "РУБ", "РУБ.", "RUR"}:
        return "RUB"
    if not re.fullmatch(r"[A-Z]{3}", text):
        raise RuleError(field, f"{value!r} is not a three-letter currency code such as RUB")
    return text
