"""Sums of money that may hold several currencies, written so that none passes for another."""

from collections.abc import Iterable
from decimal import Decimal

from app import formatting


def money_sums(amounts: Iterable[tuple[str, Decimal]], default_currency: str = "RUB", *,
               factor: Decimal = Decimal(1)) -> str:
    """The sum of each currency, joined by ``+`` when there are several (``$3,393 + 1 200 ₽``).

    Args:
        amounts: (currency code, amount) pairs, as ``TierTotals.by_currency`` holds them.
        default_currency: the currency of an empty sum.
        factor: what every amount is multiplied by first (a tier's probability).

    Returns:
        The text; a zero in ``default_currency`` when there is nothing.
    """
    parts = [formatting.money(amount * factor, code) for code, amount in amounts]
    return " + ".join(parts) if parts else formatting.money(0, default_currency)


def currency_adjusted(by_currency: Iterable[tuple[str, Decimal]], currency: str,
                      change: Decimal) -> tuple[tuple[str, Decimal], ...]:
    """``by_currency`` with ``change`` added to one currency (a currency left empty drops out)."""
    sums = dict(by_currency)
    code = currency.upper()
    sums[code] = sums.get(code, Decimal(0)) + change
    return tuple(sorted((key, value) for key, value in sums.items() if value != 0))
