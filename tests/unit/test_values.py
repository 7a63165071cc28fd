from datetime import date
from decimal import Decimal

import pytest

from app.models.errors import RuleError
from app.models.tiers import Tier
from app.models.values import parse_amount, parse_currency, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234", "1234.00"), ("1 234,50", "1234.50"), ("1\u00a0234,5", "1234.50"),
        ("1,234.50", "1234.50"), ("1.234,50", "1234.50"), ("1,234,567", "1234567.00"),
        ("12,5", "12.50"), ("₽ 100", "100.00"), ("0", "0.00"), (Decimal("7.005"), "7.00"),
        (12, "12.00"), (3.5, "3.50"),
    ],
)
def test_amounts_people_write(text, expected):
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("bad", ["", "abc", "-1", "NaN", "inf", float("nan"), True, None, [1]])
def test_bad_amounts_name_the_field(bad):
    with pytest.raises(RuleError) as caught:
        parse_amount(bad, "amount")
    assert caught.value.field == "amount"


def test_dates_iso_and_russian():
    assert parse_date("2026-12-31", "due_date") == date(2026, 12, 31)
    assert parse_date("31.12.2026", "due_date") == date(2026, 12, 31)
    assert parse_date("", "due_date") is None
    with pytest.raises(RuleError, match="not a date"):
        parse_date("31/13/2026", "due_date")


def test_currency_codes():
    assert parse_currency("eur") == "EUR"
    assert parse_currency("₽") == "RUB"
    with pytest.raises(RuleError):
        parse_currency("euros")


def test_tiers_parse_what_people_write():
    assert Tier.parse("0,5") is Tier.T05
    assert Tier.parse("Incoming") is Tier.INCOMING
    assert Tier.parse("1.0") is Tier.T1
    with pytest.raises(ValueError, match="unknown tier"):
        Tier.parse("0.7")


@pytest.mark.parametrize("huge", ["1e30", "99999999999999999999999", "1e400"])
def test_amounts_beyond_the_column_are_refused(huge):
    with pytest.raises(RuleError, match="too large"):
        parse_amount(huge, "amount")


def test_effort_beyond_reason_is_refused():
    from app.models.values import parse_hours

    assert parse_hours("1 200,5") == 1200.5
    with pytest.raises(RuleError, match="check the number"):
        parse_hours("1e12")
