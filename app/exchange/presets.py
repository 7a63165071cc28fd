"""Presets: the mappings of the exports people really have, ready made.

With them an import is one click. Each knows its file by its headers; some read the files that sit
beside it (the CRM Sales Opportunities price list and sales teams, Salesforce's stage history).
"""

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from app.exchange.dates import guess_format, parse_moment
from app.exchange.importer import DealDraft, Enricher, resolve_tier
from app.exchange.mapping import (
    BY_PROBABILITY,
    SKIP,
    WON,
    ImportSettings,
    guess_columns,
    read_probability,
)
from app.exchange.reading import SourceTable, read_table
from app.models.tiers import LIVE_TIERS, Tier

log = logging.getLogger(__name__)

#: The columns of Tierboard's own export, in order (the ``tierboard`` preset reads them back).
TIERBOARD_COLUMNS: tuple[str, ...] = (
    "id", "title", "client", "tier", "amount", "currency", "effort_hours", "owner", "assignee",
    "received_at", "expected_close", "due_date", "planned_start", "planned_finish",
    "started_on", "finished_on", "lost_reason", "notes", "source", "rank", "external_source",
    "external_id",
)

_T01, _T05, _T09, _INCOMING, _LOST = (Tier.T01.value, Tier.T05.value, Tier.T09.value,
                                      Tier.INCOMING.value, Tier.LOST.value)


class _Nothing:
    """An enricher that adds nothing (the plain presets)."""

    def __init__(self) -> None:
        self.employees: dict[str, dict[str, str]] = {}
        self.clients: dict[str, dict[str, str]] = {}
        self.notes: list[str] = []

    def finish(self, draft: DealDraft, record: dict[str, object]) -> None:
        """Leave the draft as the mapping made it."""


@dataclass(frozen=True)
class Preset:
    """A known export format.

    Attributes:
        name: the name given on the command line.
        label: the name shown in the wizard.
        matches: whether a file's headers are this format's.
        settings: the mapping for a file of this format.
        enricher: what reads the files beside it (None when nothing does).
    """

    name: str
    label: str
    matches: Callable[[list[str]], bool]
    settings: Callable[[SourceTable], ImportSettings]
    enricher: Callable[[SourceTable, ImportSettings], Enricher] | None = None


def _has(headers: list[str], *names: str) -> bool:
    lowered = {header.strip().lower() for header in headers}
    return all(name.lower() in lowered for name in names)


# --- CRM Sales Opportunities (Maven Analytics) ----------------------------------------------

def _crm_settings(_table: SourceTable) -> ImportSettings:
    return ImportSettings(
        columns={
            "external_id": "opportunity_id", "owner": "sales_agent", "client": "account",
            "stage": "deal_stage", "received_at": "engage_date", "expected_close": "close_date",
            "amount": "close_value", "notes": "product",
        },
        stage_map={"Prospecting": _T01, "Engaging": _T05, "Won": WON, "Lost": _LOST},
        currency="USD", external_source="crm-sales-opportunities",
    )


def _product_key(name: str) -> str:
    # The pipeline writes "GTXPro" where the price list writes "GTX Pro": compare without
    # spaces or case.
    return re.sub(r"\s+", "", name).casefold()


def _sibling_rows(table: SourceTable, name: str) -> list[dict[str, object]]:
    path = table.path.with_name(name)
    if not path.is_file():
        return []
    return read_table(path).records()


class CrmOpportunitiesEnricher:
    """Reads products.csv, sales_teams.csv and accounts.csv beside sales_pipeline.csv.

    Open deals carry no value in the pipeline file: they get their product's list price. Sales
    agents become employees with their manager and office, accounts become clients, and the
    history is rebuilt from the dates: into 0.5 on the engage date, closed on the close date.
    """

    def __init__(self, table: SourceTable, settings: ImportSettings) -> None:
        self.settings = settings
        self.prices = {
            _product_key(str(row.get("product", ""))): Decimal(str(row.get("sales_price") or 0))
            for row in _sibling_rows(table, "products.csv")
        }
        self.employees = {
            str(row["sales_agent"]).strip(): {
                "manager": str(row.get("manager", "")).strip(),
                "office": str(row.get("regional_office", "")).strip(), "role": "Sales agent",
            }
            for row in _sibling_rows(table, "sales_teams.csv") if row.get("sales_agent")
        }
        self.clients = {str(row["account"]).strip(): {"notes": _account_notes(row)}
                        for row in _sibling_rows(table, "accounts.csv") if row.get("account")}
        self.priced = 0
        self.unpriced: set[str] = set()

    def finish(self, draft: DealDraft, record: dict[str, object]) -> None:
        """Title, list price and history of one opportunity."""
        product = str(record.get("product", "")).strip()
        draft.title = f"{product} — {draft.client}" if draft.client else product
        draft.notes = f"Product: {product}" if product else ""

        if draft.tier in LIVE_TIERS and not draft.amount:
            price = self.prices.get(_product_key(product))
            if price is None:
                self.unpriced.add(product)
            else:
                draft.amount = price.quantize(Decimal("0.01"))
                self.priced += 1

        engaged = draft.dates.get("received_at")
        closed = draft.dates.get("expected_close")
        if engaged is None:
            return  # Prospecting: no dates; the import's own moment is all there is
        draft.history = [(engaged, None, _T05, "engaged")]
        if draft.tier.is_closed or draft.tier is Tier.T1:
            at = closed or engaged
            draft.history.append((max(at, engaged), _T05, draft.tier.value,
                                  "won" if draft.tier is not Tier.LOST else "lost"))

    @property
    def notes(self) -> list[str]:
        """What the report should say about prices."""
        notes = [f"Amounts of {self.priced} open deals taken from the list prices in "
                 "products.csv (GTXPro read as GTX Pro)."]
        if self.unpriced:
            notes.append("No list price for: " + ", ".join(sorted(self.unpriced)) + ".")
        return notes


def _account_notes(row: dict[str, object]) -> str:
    parts = [f"{label}: {row[key]}" for key, label in (
        ("sector", "Sector"), ("office_location", "Headquarters"),
        ("year_established", "Established"), ("employees", "Employees"),
        ("subsidiary_of", "Subsidiary of"),
    ) if row.get(key)]
    return "; ".join(parts)


# --- Salesforce -----------------------------------------------------------------------------

#: Salesforce's standard opportunity stages; their default probabilities put them in a tier.
SALESFORCE_STAGES: dict[str, str] = {
    "Prospecting": _T01, "Qualification": _T01, "Needs Analysis": _T01,
    "Value Proposition": _T05, "Id. Decision Makers": _T05, "Perception Analysis": _T05,
    "Proposal/Price Quote": _T09, "Negotiation/Review": _T09, "Closed Won": WON,
    "Closed Lost": _LOST,
}


def _salesforce_settings(table: SourceTable) -> ImportSettings:
    columns = {
        "external_id": "Id", "title": "Name", "amount": "Amount", "stage": "StageName",
        "probability": "Probability", "expected_close": "CloseDate",
        "received_at": "CreatedDate", "source": "LeadSource", "notes": "Description",
        "owner": "Owner.Name" if "Owner.Name" in table.headers else "OwnerId",
    }
    return ImportSettings(
        columns={key: value for key, value in columns.items() if value in table.headers},
        stage_map=dict(SALESFORCE_STAGES), currency="USD", external_source="salesforce",
    )


class SalesforceEnricher:
    """Reads OpportunityHistory.csv beside Opportunity.csv, when it is there, for the history.

    The history file is not in time order, and holds won deals later lost and lost deals later
    reopened: its rows are sorted by their time and every change of tier becomes one entry.
    """

    def __init__(self, table: SourceTable, settings: ImportSettings) -> None:
        self.settings = settings
        self.employees: dict[str, dict[str, str]] = {}
        self.clients: dict[str, dict[str, str]] = {}
        self.notes: list[str] = []
        self.stage_map = {key.casefold(): value for key, value in settings.stage_map.items()}
        self.history: dict[str, list[tuple[datetime, Tier]]] = {}
        path = table.path.with_name("OpportunityHistory.csv")
        if path.is_file():
            self._read_history(read_table(path))
            self.notes.append(f"History of {len(self.history)} opportunities read from "
                              f"{path.name}.")

    def _read_history(self, history: SourceTable) -> None:
        fmt = guess_format(history.column("CreatedDate")) or "%m/%d/%y"
        for record in history.records():
            if str(record.get("IsDeleted", "")).strip().upper() == "TRUE":
                continue
            try:
                at = parse_moment(record.get("CreatedDate"), fmt)
                tier = resolve_tier([str(record.get("StageName", ""))],
                                    read_probability(record.get("Probability")),
                                    self.stage_map, self.settings.won_to)
            except ValueError:
                continue  # a history row we cannot read does not stop the deal itself
            if at is not None:
                key = str(record.get("OpportunityId", "")).strip()
                self.history.setdefault(key, []).append((at, tier))

    def finish(self, draft: DealDraft,
               record: dict[str, object]) -> None:  # noqa: ARG002 - the Enricher signature
        """Give the draft its history from the history file."""
        changes = sorted(self.history.get(draft.key, []), key=lambda pair: pair[0])
        if not changes:
            return
        entries: list[tuple[datetime, str | None, str, str]] = []
        current: str | None = None
        for at, tier in changes:
            if tier.value != current:
                entries.append((at, current, tier.value, "created" if current is None else ""))
                current = tier.value
        if current != draft.tier.value:
            entries.append((entries[-1][0] + timedelta(seconds=1), current, draft.tier.value,
                            "imported"))
        received = draft.dates.get("received_at")
        if received is None or received.date() >= entries[0][0].date():
            draft.dates["received_at"] = entries[0][0]
        draft.history = entries


# --- Pipedrive, amoCRM, Bitrix24 ------------------------------------------------------------

PIPEDRIVE_STAGES: dict[str, str] = {
    "won": WON, "lost": _LOST, "deleted": SKIP, "Lead In": _INCOMING, "Qualified": _T01,
    "Contact Made": _T01, "Demo Scheduled": _T05, "Needs Defined": _T05,
    "Proposal Made": _T05, "Negotiations Started": _T09,
}

AMOCRM_STAGES: dict[str, str] = {
    "Неразобранное": _INCOMING, "Первичный контакт": _T01, "Переговоры": _T05,
    "Принимают решение": _T05, "Согласование договора": _T09, "Успешно реализовано": WON,
    "Закрыто и не реализовано": _LOST,
}

BITRIX24_STAGES: dict[str, str] = {
    "Новая": _INCOMING, "Подготовка документов": _T01, "Счёт на предоплату": _T05,
    "Счет на предоплату": _T05, "В работе": _T09, "Финальный счёт": _T09,
    "Финальный счет": _T09, "Сделка успешна": WON, "Сделка провалена": _LOST,
    "Анализ причины провала": _LOST,
}


def _pipedrive_settings(table: SourceTable) -> ImportSettings:
    columns = guess_columns(table.headers)
    return ImportSettings(columns=columns, stage_map=dict(PIPEDRIVE_STAGES), currency="EUR",
                          external_source="pipedrive")


def _mapped(table: SourceTable, wanted: dict[str, str]) -> dict[str, str]:
    return {field: header for field, header in wanted.items() if header in table.headers}


def _amocrm_settings(table: SourceTable) -> ImportSettings:
    columns = _mapped(table, {
        "external_id": "ID", "title": "Название сделки", "amount": "Бюджет",
        "owner": "Ответственный", "received_at": "Дата создания",
        "expected_close": "Дата закрытия", "stage": "Этап сделки", "client": "Компания",
        "lost_reason": "Причина отказа", "notes": "Примечание",
    })
    return ImportSettings(columns=columns, stage_map=dict(AMOCRM_STAGES), currency="RUB",
                          external_source="amocrm")


def _bitrix24_settings(table: SourceTable) -> ImportSettings:
    columns = _mapped(table, {
        "external_id": "ID", "title": "Название сделки", "stage": "Стадия сделки",
        "amount": "Сумма", "currency": "Валюта", "probability": "Вероятность",
        "owner": "Ответственный", "client": "Компания", "received_at": "Дата создания",
        "expected_close": "Дата завершения", "notes": "Комментарий", "source": "Источник",
    })
    stage_map = dict(BITRIX24_STAGES)
    return ImportSettings(columns=columns, stage_map=stage_map, currency="RUB",
                          external_source="bitrix24")


def _tierboard_settings(table: SourceTable) -> ImportSettings:
    columns = {name: name for name in TIERBOARD_COLUMNS if name in table.headers}
    columns["stage"] = columns.pop("tier", "tier")
    stage_map = {tier.label: tier.value for tier in Tier}
    stage_map.update({tier.value: tier.value for tier in Tier})
    return ImportSettings(columns=columns, stage_map=stage_map, keep_ids=True,
                          external_source="tierboard", date_format="%Y-%m-%d",
                          decimal_comma=False)


def _generic_settings(table: SourceTable) -> ImportSettings:
    return ImportSettings(columns=guess_columns(table.headers), external_source="file")


#: Every preset, by name, in the order the wizard offers them and detection tries them.
PRESETS: dict[str, Preset] = {
    preset.name: preset for preset in (
        Preset("tierboard", "Tierboard export",
               lambda headers: _has(headers, "id", "tier", "effort_hours", "rank"),
               _tierboard_settings),
        Preset("crm-sales-opportunities", "CRM Sales Opportunities (Maven Analytics)",
               lambda headers: _has(headers, "opportunity_id", "deal_stage", "sales_agent"),
               _crm_settings, CrmOpportunitiesEnricher),
        Preset("salesforce", "Salesforce opportunities",
               lambda headers: _has(headers, "Id", "StageName", "IsClosed"),
               _salesforce_settings, SalesforceEnricher),
        Preset("pipedrive", "Pipedrive deals",
               lambda headers: _has(headers, "Deal - Title")
               or _has(headers, "Title", "Stage", "Status", "Value", "Deal created"),
               _pipedrive_settings),
        Preset("amocrm", "amoCRM deals",
               lambda headers: _has(headers, "Название сделки", "Бюджет", "Этап сделки"),
               _amocrm_settings),
        Preset("bitrix24", "Bitrix24 deals",
               lambda headers: _has(headers, "Название сделки", "Стадия сделки"),
               _bitrix24_settings),
        Preset("generic", "Any other file (map the columns yourself)", lambda _headers: False,
               _generic_settings),
    )
}


def detect_preset(headers: list[str]) -> str:
    """The name of the preset whose format ``headers`` are (``generic`` when none is)."""
    for preset in PRESETS.values():
        if preset.matches(headers):
            return preset.name
    return "generic"


def build(name: str, table: SourceTable, *, hourly_rate: Decimal | None = None,
          won_to: Tier | None = None) -> tuple[ImportSettings, Enricher]:
    """The settings and the enricher of a preset for a file.

    Raises:
        KeyError: no preset has that name.
    """
    preset = PRESETS[name]
    settings = preset.settings(table)
    settings.hourly_rate = hourly_rate
    if won_to is not None:
        settings.won_to = won_to
    if name == "generic":
        values = {str(value).strip() for value in table.column(settings.columns["stage"])} \
            if "stage" in settings.columns else set()
        settings.stage_map = _parseable_stages(values)
    return settings, make_enricher(name, table, settings)


def make_enricher(name: str, table: SourceTable, settings: ImportSettings) -> Enricher:
    """The enricher of a preset for settings the user may have changed since."""
    factory = PRESETS[name].enricher if name in PRESETS else None
    return factory(table, settings) if factory else _Nothing()


def _parseable_stages(values: set[str]) -> dict[str, str]:
    stage_map: dict[str, str] = {}
    for value in values:
        try:
            stage_map[value] = Tier.parse(value).value
        except ValueError:
            continue
    return stage_map


def stage_values(table: SourceTable, settings: ImportSettings) -> dict[str, int]:
    """The distinct stage (and status) values of a file and how many rows have each."""
    counts: dict[str, int] = {}
    for name in ("status", "stage"):
        header = settings.columns.get(name)
        if header is None or header not in table.headers:
            continue
        for value in table.column(header):
            text = str(value).strip()
            if text:
                counts[text] = counts.get(text, 0) + 1
    return counts


def choices_for_stage() -> list[tuple[str, str]]:
    """What a stage can be mapped to: (value, label), for the wizard and the docs."""
    return [
        (_INCOMING, "Incoming"), (_T01, "0.1"), (_T05, "0.5"), (_T09, "0.9"),
        (Tier.T1.value, "1 (in production)"), (WON, "Won (as chosen above)"),
        (Tier.DONE.value, "Done"),
        (_LOST, "Lost"), (BY_PROBABILITY, "By probability"), (SKIP, "Leave out"),
    ]
