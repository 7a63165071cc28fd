"""How a file's columns and stage names become deal fields and tiers."""

from dataclasses import dataclass, field
from decimal import Decimal

from app.models.tiers import Tier

#: The deal fields a column can be mapped to, in the order the wizard lists them, with the names
#: people and CRMs commonly give such a column (lower case) for a first guess.
DEAL_FIELDS: dict[str, tuple[str, ...]] = {
    "external_id": ("id", "deal id", "opportunity_id", "opportunity id", "external_id"),
    "title": ("title", "name", "deal", "deal name", "opportunity name", "название",
              "название сделки", "сделка"),
    "client": ("client", "account", "organization", "company", "клиент", "компания"),
    "amount": ("amount", "value", "close_value", "sum", "budget", "сумма", "бюджет"),
    "currency": ("currency", "валюта"),
    "stage": ("stage", "tier", "deal_stage", "stagename", "этап", "этап сделки",
              "стадия", "стадия сделки"),
    "status": ("status", "статус"),
    "probability": ("probability", "вероятность", "probability (%)"),
    "owner": ("owner", "sales_agent", "responsible", "ответственный"),
    "assignee": ("assignee", "исполнитель"),
    "received_at": ("received_at", "created", "createddate", "deal created", "created at",
                    "дата создания"),
    "expected_close": ("expected_close", "closedate", "close date", "expected close date",
                       "close_date", "дата закрытия", "дата завершения"),
    "due_date": ("due_date", "deadline", "срок"),
    "planned_start": ("planned_start",),
    "planned_finish": ("planned_finish",),
    "started_on": ("started_on",),
    "finished_on": ("finished_on", "won time"),
    "effort_hours": ("effort_hours", "effort", "hours", "трудоёмкость", "часы"),
    "lost_reason": ("lost_reason", "lost reason", "причина отказа", "причина провала"),
    "notes": ("notes", "description", "comment", "комментарий", "примечание"),
    "source": ("source", "leadsource", "lead source", "источник"),
    "rank": ("rank",),
    "id": (),
    "external_source": (),
}

#: Fields that hold dates.
DATE_FIELDS = (
    "received_at", "expected_close", "due_date", "planned_start", "planned_finish",
    "started_on", "finished_on",
)

#: What a stage name can be mapped to, besides a tier: the won deals go to Done or to tier 1
#: as the user chooses; ``by probability`` takes the nearest tier to the row's probability.
WON = "won"
BY_PROBABILITY = "probability"
SKIP = "skip"


@dataclass
class ImportSettings:
    """Everything that decides how a file becomes deals.

    Attributes:
        columns: deal field → the file's column header.
        stage_map: the file's stage (or status) value → a tier value, ``won``, ``probability``
            or ``skip``.
        won_to: where won deals go: Done, or tier 1 (in production).
        hourly_rate: estimate a missing effort as amount / rate (None: leave it at zero).
        date_format: a date format for every date column (None: guess it per column).
        decimal_comma: whether numbers use a decimal comma (None: as detected).
        currency: the currency of rows that name none.
        external_source: what the deals' origin is called, to find them again on a re-import.
        lost_reason: the reason given to lost deals whose row gives none.
        keep_ids: the file's ``id`` column holds Tierboard ids (its own export).
    """

    columns: dict[str, str] = field(default_factory=dict)
    stage_map: dict[str, str] = field(default_factory=dict)
    won_to: Tier = Tier.DONE
    hourly_rate: Decimal | None = None
    date_format: str | None = None
    decimal_comma: bool | None = None
    currency: str = "RUB"
    external_source: str = "file"
    lost_reason: str = ""
    keep_ids: bool = False


def guess_columns(headers: list[str]) -> dict[str, str]:
    """A first mapping of deal fields to columns, by the columns' names."""
    normalised = {header.strip().lower().removeprefix("deal - "): header for header in headers}
    columns: dict[str, str] = {}
    used: set[str] = set()
    for name, aliases in DEAL_FIELDS.items():
        for alias in aliases:
            header = normalised.get(alias)
            if header is not None and header not in used:
                columns[name] = header
                used.add(header)
                break
    return columns


def nearest_tier(probability: float) -> Tier | None:
    """The live tier nearest to a probability between 0 and 1 (a tie goes to the lower tier).

    Returns:
        None for 1 and above (won) and for 0 and below (lost): those are decided by the caller.
    """
    if probability >= 1:
        return None
    if probability <= 0:
        return None
    candidates = ((Tier.T01, 0.1), (Tier.T05, 0.5), (Tier.T09, 0.9))
    return min(candidates, key=lambda pair: (abs(pair[1] - probability) + 1e-9 * pair[1]))[0]


def read_probability(value: object) -> float | None:
    """A probability as a share: 75, 75 %, 0.75 and 0,75 all give 0.75; empty gives None."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float | Decimal):
        number = float(value)
    else:
        text = str(value).strip().rstrip("%").strip().replace(",", ".")
        if not text:
            return None
        number = float(text)
    return number / 100 if number > 1 else number
