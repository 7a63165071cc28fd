"""From a table and its settings to deals.

``prepare`` reads and checks every row without touching the database; ``dry_run`` says what an
import would do; ``apply_plan`` writes it, in the caller's single transaction, with bulk Core
statements (thousands of rows must take a second, not a minute).

A row that cannot be imported is reported with its line and reason and leaves no trace: its client
and people are created only for rows that do import. Importing the same file again updates the
deals it made before (found by their origin and id there) instead of adding them twice.
"""

import hashlib
import logging
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.exchange.dates import DateFormatError, guess_format, parse_moment
from app.exchange.mapping import (
    BY_PROBABILITY,
    DATE_FIELDS,
    SKIP,
    WON,
    ImportSettings,
    nearest_tier,
    read_probability,
)
from app.exchange.reading import SourceTable
from app.models.base import utcnow
from app.models.entities import Client, Deal, Employee, TierEvent
from app.models.errors import RuleError
from app.models.settings import save_setting
from app.models.tiers import LIVE_TIERS, Tier
from app.models.values import parse_amount, parse_currency, parse_hours

log = logging.getLogger(__name__)

#: The largest amount a deal can hold (the amount column keeps 14 digits before the point).
MAX_AMOUNT = Decimal(10) ** 14
#: The largest effort of one deal, in hours.
MAX_EFFORT_HOURS = 100_000.0

#: Gap between the ranks of imported cards (the same as the board's own step).
RANK_STEP = 1024.0

#: Colours given to imported employees in turn, so that the load chart tells them apart.
PALETTE = (
    "#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#eeca3b", "#b279a2", "#ff9da6",
    "#9d755d", "#bab0ac",
)

_deal = cast(Table, Deal.__table__)
_event = cast(Table, TierEvent.__table__)
_employee = cast(Table, Employee.__table__)
_client = cast(Table, Client.__table__)


class RowError(ValueError):
    """A row that cannot be imported.

    Attributes:
        line: the line (or spreadsheet row) of the file.
        reason: what is wrong, in words a person understands.
    """

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


@dataclass
class DealDraft:
    """One row read and checked, ready to be written.

    Attributes:
        history: (moment, from tier, to tier, note) entries, oldest first; the last one ends in
            ``tier``.
    """

    line: int
    key: str
    title: str = ""
    client: str = ""
    owner: str = ""
    assignee: str = ""
    tier: Tier = Tier.INCOMING
    amount: Decimal = Decimal(0)
    amount_given: bool = False
    currency: str = "RUB"
    effort_hours: float = 0.0
    effort_estimated: bool = False
    probability: float | None = None
    dates: dict[str, datetime | None] = field(default_factory=dict)
    lost_reason: str = ""
    notes: str = ""
    source: str = ""
    rank: float | None = None
    external_source: str | None = None
    external_id: str | None = None
    history: list[tuple[datetime, str | None, str, str]] = field(default_factory=list)
    #: The file gives no moment of receipt: the import's own moment stands in.
    received_defaulted: bool = False


class Enricher(Protocol):
    """What a preset adds to plain column mapping (see app.exchange.presets)."""

    employees: dict[str, dict[str, str]]
    clients: dict[str, dict[str, str]]

    @property
    def notes(self) -> list[str]:
        """Lines the report adds about what the enricher did."""

    def finish(self, draft: DealDraft, record: dict[str, object]) -> None:
        """Complete a draft from its raw row (titles, prices, history); may raise ValueError."""


@dataclass
class ImportPlan:
    """A file read and checked: the deals to write and the rows refused."""

    file: str
    settings: ImportSettings
    rows: int
    drafts: list[DealDraft]
    problems: list[RowError]
    date_formats: dict[str, str]
    employees: dict[str, dict[str, str]] = field(default_factory=dict)
    clients: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    weighted_open_in_file: Decimal | None = None

    @property
    def estimated_effort(self) -> int:
        """How many deals got an effort estimated from their amount."""
        return sum(1 for draft in self.drafts if draft.effort_estimated)

    @property
    def without_effort(self) -> int:
        """How many deals have no effort at all (neither given nor estimated)."""
        return sum(1 for draft in self.drafts if not draft.effort_hours)


@dataclass
class ImportReport:
    """What an import did, or (for a dry run) would do."""

    file: str
    dry_run: bool
    rows: int
    importable: int
    problems: list[RowError]
    created: int
    updated: int
    by_tier: dict[Tier, int]
    employees_created: list[str]
    clients_created: list[str]
    estimated_effort: int
    without_effort: int
    hourly_rate: Decimal | None
    notes: list[str]
    weighted_open_in_file: Decimal | None
    amount_by_tier: dict[Tier, Decimal] = field(default_factory=dict)
    #: Deals found again exactly as the file gives them, left untouched.
    unchanged: int = 0

    @property
    def ok(self) -> bool:
        """Whether at least one row imports."""
        return self.importable > 0

    def lines(self, *, max_problems: int = 50) -> list[str]:
        """The report as lines of text (the command line prints them, the wizard shows them)."""
        verb = "would be" if self.dry_run else "were"
        out = [
            f"{self.file}: {self.rows} rows read, {self.importable} importable, "
            f"{len(self.problems)} refused.",
            f"Deals: {self.created} {verb} created, {self.updated} {verb} updated, "
            f"{self.unchanged} unchanged.",
        ]
        if self.by_tier:
            parts = [f"{tier.label} {self.by_tier[tier]}" for tier in Tier if tier in self.by_tier]
            out.append("By tier: " + ", ".join(parts) + ".")
        if self.employees_created:
            out.append(f"Employees {verb} created: {len(self.employees_created)} "
                       f"({_sample(self.employees_created)}).")
        if self.clients_created:
            out.append(f"Clients {verb} created: {len(self.clients_created)} "
                       f"({_sample(self.clients_created)}).")
        if self.estimated_effort and self.hourly_rate:
            rate = f"{self.hourly_rate.normalize():f}"
            out.append(f"Effort estimated from the amount at {rate} per hour, for deals "
                       f"that give no hours: {self.estimated_effort}.")
        if self.without_effort:
            hint = "" if self.hourly_rate else " (give an hourly rate to estimate it from the " \
                "amount)"
            out.append(f"Deals without effort, kept at 0 h: {self.without_effort}{hint}.")
        if self.weighted_open_in_file is not None:
            out.append(f"Open deals weighted by the file's own probabilities: "
                       f"{self.weighted_open_in_file:,.2f}.")
        out.extend(self.notes)
        for problem in self.problems[:max_problems]:
            out.append(f"  line {problem.line}: {problem.reason}")
        if len(self.problems) > max_problems:
            out.append(f"  … and {len(self.problems) - max_problems} more refused rows.")
        return out


def _sample(names: list[str], limit: int = 5) -> str:
    shown = ", ".join(names[:limit])
    return shown + (", …" if len(names) > limit else "")


# --- reading the rows -----------------------------------------------------------------------

def parse_number(value: object, *, decimal_comma: bool) -> Decimal | None:
    """A number as a file writes it (1 234,50 or 1,234.50 by the file's convention).

    Returns:
        None for an empty value.

    Raises:
        ValueError: the text is not a number.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("a number is needed, not yes/no")
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    text = str(value).strip()
    for mark in ("\u00a0", "\u202f", " ", "'", "₽", "$", "€", "£", "руб.", "руб"):
        text = text.replace(mark, "")
    if not text:
        return None
    text = text.replace(".", "").replace(",", ".") if decimal_comma else text.replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return number


def prepare(table: SourceTable, settings: ImportSettings,
            enricher: Enricher | None = None) -> ImportPlan:
    """Read and check every row of ``table``; nothing is written.

    Returns:
        The plan: the drafts of the rows that import and the problems of those that do not.
    """
    columns = {name: header for name, header in settings.columns.items()
               if header in table.headers}
    formats = _date_formats(table, columns, settings)
    decimal_comma = table.decimal_comma if settings.decimal_comma is None \
        else settings.decimal_comma
    stage_map = {key.strip().casefold(): value for key, value in settings.stage_map.items()}
    reader = _RowReader(settings, columns, formats, decimal_comma, stage_map, enricher)

    drafts: list[DealDraft] = []
    problems: list[RowError] = []
    seen: dict[str, int] = {}
    for line, row in zip(table.lines, table.rows, strict=True):
        record = dict(zip(table.headers, row, strict=False))
        try:
            draft = reader.read(line, record)
            if draft.key in seen:
                raise RowError(line, f"the same id {draft.key!r} as line {seen[draft.key]}")
        except RowError as problem:
            problems.append(problem)
            continue
        except (ValueError, ArithmeticError) as error:
            problems.append(RowError(line, str(error)))
            continue
        seen[draft.key] = line
        drafts.append(draft)

    plan = ImportPlan(
        file=table.path.name, settings=settings, rows=len(table.rows), drafts=drafts,
        problems=problems, date_formats=formats,
        employees=dict(enricher.employees) if enricher else {},
        clients=dict(enricher.clients) if enricher else {},
        notes=list(enricher.notes) if enricher else [],
    )
    if "probability" in columns:
        plan.weighted_open_in_file = sum(
            (draft.amount * Decimal(str(draft.probability)) for draft in drafts
             if draft.tier in LIVE_TIERS and draft.probability is not None),
            Decimal(0),
        ).quantize(Decimal("0.01"))
    log.debug("prepared %s: %d drafts, %d problems", plan.file, len(drafts), len(problems))
    return plan


def _date_formats(table: SourceTable, columns: dict[str, str],
                  settings: ImportSettings) -> dict[str, str]:
    formats: dict[str, str] = {}
    for name in DATE_FIELDS:
        header = columns.get(name)
        if header is None:
            continue
        guessed = settings.date_format or guess_format(table.column(header))
        formats[header] = guessed or "%Y-%m-%d"
    return formats


def resolve_tier(values: Iterable[str], probability: float | None, stage_map: dict[str, str],
                 won_to: Tier) -> Tier:
    """The tier of a row, from its status, stage or probability.

    The first of ``values`` found in the stage map decides; otherwise the tier nearest to the
    probability.

    Args:
        values: the row's status and stage, most decisive first.
        probability: the row's probability as a share, if it has one.
        stage_map: case-folded stage names to tier values, ``won``, ``probability`` or ``skip``.
        won_to: where won deals go.

    Raises:
        ValueError: the stage is unmapped, left out, or needs a probability the row lacks.
    """
    names = [value for value in values if value]
    target = next((stage_map[name.casefold()] for name in names
                   if name.casefold() in stage_map), None)
    if target == SKIP:
        raise ValueError(f"stage {names[0]!r} is set to be left out")
    if target in (None, BY_PROBABILITY) and probability is not None:
        nearest = nearest_tier(probability)
        if nearest is not None:
            return nearest
        target = WON if probability >= 1 else Tier.LOST.value
    if target is None:
        if not names:
            raise ValueError("no stage: map the stage column or give its tier")
        raise ValueError(f"stage {names[-1]!r} is not mapped to a tier")
    if target == BY_PROBABILITY:
        raise ValueError(f"stage {names[-1]!r} goes by probability, but the row has none")
    if target == WON:
        return won_to
    return Tier.parse(target)


class _RowReader:
    """Turns one raw row into a checked draft."""

    def __init__(self, settings: ImportSettings, columns: dict[str, str],
                 formats: dict[str, str], decimal_comma: bool, stage_map: dict[str, str],
                 enricher: Enricher | None) -> None:
        self.settings = settings
        self.columns = columns
        self.formats = formats
        self.decimal_comma = decimal_comma
        self.stage_map = stage_map
        self.enricher = enricher
        self.now = utcnow().replace(microsecond=0)

    def text(self, record: dict[str, object], name: str) -> str:
        header = self.columns.get(name)
        if header is None:
            return ""
        value = record.get(header)
        return "" if value is None else str(value).strip()

    def value(self, record: dict[str, object], name: str) -> object:
        header = self.columns.get(name)
        return None if header is None else record.get(header)

    def read(self, line: int, record: dict[str, object]) -> DealDraft:
        draft = DealDraft(line=line, key="")
        draft.title = self.text(record, "title")
        draft.client = self.text(record, "client")
        draft.owner = self.text(record, "owner")
        draft.assignee = self.text(record, "assignee")
        draft.notes = self.text(record, "notes")
        draft.source = self.text(record, "source")
        draft.lost_reason = self.text(record, "lost_reason")
        draft.currency = parse_currency(self.text(record, "currency") or self.settings.currency)
        self._read_numbers(draft, record)
        self._read_dates(draft, record)
        draft.tier = self._tier(line, record, draft)
        self._identify(draft, record)

        if self.enricher is not None:
            self.enricher.finish(draft, record)
        self._complete(draft)
        return draft

    def _read_numbers(self, draft: DealDraft, record: dict[str, object]) -> None:
        try:
            amount = parse_number(self.value(record, "amount"), decimal_comma=self.decimal_comma)
        except ValueError as error:
            raise ValueError(f"amount: {error}") from None
        if amount is not None:
            if amount >= MAX_AMOUNT:
                raise ValueError(f"amount: {amount:f} is too large (below {MAX_AMOUNT:,f})")
            try:
                draft.amount = parse_amount(amount, "amount")
            except RuleError as error:
                raise ValueError(str(error)) from None
            draft.amount_given = True
        try:
            effort = parse_number(self.value(record, "effort_hours"),
                                  decimal_comma=self.decimal_comma)
        except ValueError as error:
            raise ValueError(f"effort: {error}") from None
        if effort is not None:
            if effort > Decimal(str(MAX_EFFORT_HOURS)):
                raise ValueError(f"effort: {effort:f} h is too large (at most "
                                 f"{MAX_EFFORT_HOURS:,.0f} h)")
            try:
                draft.effort_hours = parse_hours(effort, "effort")
            except RuleError as error:
                raise ValueError(str(error)) from None
        rank = self.value(record, "rank")
        if rank not in (None, ""):
            draft.rank = float(parse_number(rank, decimal_comma=self.decimal_comma) or 0)
        try:
            draft.probability = read_probability(self.value(record, "probability"))
        except ValueError:
            raise ValueError(f"probability: {self.text(record, 'probability')!r} is not a "
                             "number") from None

    def _read_dates(self, draft: DealDraft, record: dict[str, object]) -> None:
        for name in DATE_FIELDS:
            header = self.columns.get(name)
            if header is None:
                continue
            try:
                draft.dates[name] = parse_moment(record.get(header), self.formats[header])
            except DateFormatError as error:
                raise ValueError(f"{header}: {error}") from None

    def _tier(self, line: int, record: dict[str, object], draft: DealDraft) -> Tier:
        stage = self.text(record, "stage")
        status = self.text(record, "status")
        try:
            tier = resolve_tier((status, stage), draft.probability, self.stage_map,
                                self.settings.won_to)
        except ValueError as error:
            raise RowError(line, str(error)) from None
        if tier is Tier.LOST and not draft.lost_reason:
            draft.lost_reason = self.settings.lost_reason or stage or status or "lost"
        return tier

    def _identify(self, draft: DealDraft, record: dict[str, object]) -> None:
        if self.settings.keep_ids:
            raw = self.text(record, "id")
            try:
                draft.key = str(uuid.UUID(raw))
            except ValueError:
                raise RowError(draft.line, f"id {raw!r} is not a Tierboard deal id") from None
            draft.external_source = self.text(record, "external_source") or None
            draft.external_id = self.text(record, "external_id") or None
            return
        key = self.text(record, "external_id")
        if not key:
            # Without an id the row's content names it, so that the same file imported again
            # finds the same deals.
            content = "\x1f".join(str(record.get(header, "")) for header in
                                  sorted(self.columns.values()))
            key = "row-" + hashlib.sha1(content.encode("utf-8")).hexdigest()[:16]
        draft.key = key
        draft.external_source = self.settings.external_source
        draft.external_id = key

    def _complete(self, draft: DealDraft) -> None:
        """Checks and defaults that need the whole draft."""
        if not draft.title:
            raise RowError(draft.line, "no title")
        if len(draft.title) > 500:
            raise RowError(draft.line, f"the title is too long ({len(draft.title)} characters)")

        rate = self.settings.hourly_rate
        if not draft.effort_hours and rate and draft.amount > 0:
            draft.effort_hours = round(float(draft.amount / rate), 1) or 0.1
            draft.effort_estimated = True

        if draft.tier is Tier.T1:
            draft.assignee = draft.assignee or draft.owner
            if not draft.assignee:
                raise RowError(draft.line, "a deal in production (tier 1) needs an assignee; "
                                             "map an assignee or owner column")
            if draft.effort_hours <= 0:
                raise RowError(draft.line, "a deal in production (tier 1) needs an effort "
                                             "above zero; map an effort column or give an "
                                             "hourly rate")
        if (draft.tier is Tier.DONE and draft.dates.get("finished_on") is None
                and not self.settings.keep_ids):
            draft.dates["finished_on"] = draft.dates.get("expected_close")
        received = draft.dates.get("received_at")
        if received is None:
            received = draft.history[0][0] if draft.history else self.now
            draft.received_defaulted = not draft.history
            draft.dates["received_at"] = received
        for start, finish in (("started_on", "finished_on"), ("planned_start", "planned_finish")):
            first, last = draft.dates.get(start), draft.dates.get(finish)
            if first is not None and last is not None and last < first:
                raise RowError(draft.line, f"{finish} {last:%Y-%m-%d} is before "
                                             f"{start} {first:%Y-%m-%d}")
        if not draft.history:
            draft.history = [(received, None, draft.tier.value, "imported")]


# --- writing --------------------------------------------------------------------------------

@dataclass
class _Existing:
    employees: dict[str, uuid.UUID]
    clients: dict[str, uuid.UUID]
    deals: dict[str, tuple[uuid.UUID, str]]
    ranks: dict[str, float]
    #: What each found deal holds now, in the columns an import writes (by its key).
    stored: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Whether the database held no deal at all before the import.
    empty: bool = False


#: The columns an import writes and compares with what a found deal holds.
_COMPARED = (
    "title", "source", "client_id", "amount", "currency", "effort_hours", "tier", "owner_id",
    "assignee_id", "received_at", *(name for name in DATE_FIELDS if name != "received_at"),
    "lost_reason", "notes", "external_source", "external_id", "rank", "deleted_at",
)


def _comparable(value: Any) -> Any:
    """A value as both the database and a draft can give it (decimals, floats, moments)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, Decimal | float) and not isinstance(value, bool):
        return round(float(value), 6)
    return value


def _unchanged(values: dict[str, Any], stored: dict[str, Any] | None) -> bool:
    if stored is None:
        return False
    return all(_comparable(value) == _comparable(stored.get(name))
               for name, value in values.items() if name in stored)


def _names_needed(plan: ImportPlan) -> tuple[list[str], list[str]]:
    employees: dict[str, None] = dict.fromkeys(plan.employees)
    clients: dict[str, None] = dict.fromkeys(plan.clients)
    for draft in plan.drafts:
        for name in (draft.owner, draft.assignee):
            if name:
                employees.setdefault(name)
        if draft.client:
            clients.setdefault(draft.client)
    return list(employees), list(clients)


def _read_existing(connection: Connection, plan: ImportPlan) -> _Existing:
    employees = {
        name.strip().casefold(): key for key, name in connection.execute(
            select(_employee.c.id, _employee.c.name).where(_employee.c.deleted_at.is_(None))
            .order_by(_employee.c.created_at))
    }
    clients = {
        name.strip().casefold(): key for key, name in connection.execute(
            select(_client.c.id, _client.c.name).where(_client.c.deleted_at.is_(None))
            .order_by(_client.c.created_at))
    }
    deals: dict[str, tuple[uuid.UUID, str]] = {}
    stored: dict[str, dict[str, Any]] = {}
    compared = [_deal.c[name] for name in _COMPARED]
    if plan.settings.keep_ids:
        query = select(_deal.c.id, _deal.c.tier, _deal.c.id, *compared)
    else:
        query = select(_deal.c.id, _deal.c.tier, _deal.c.external_id, *compared).where(
            _deal.c.external_source == plan.settings.external_source)
    for row in connection.execute(query):
        deals[str(row[2])] = (row[0], row[1])
        stored[str(row[2])] = dict(zip(_COMPARED, row[3:], strict=True))
    empty = connection.execute(select(_deal.c.id).limit(1)).first() is None
    ranks = {
        tier: float(highest or 0.0) for tier, highest in connection.execute(
            select(_deal.c.tier, func.max(_deal.c.rank)).where(_deal.c.deleted_at.is_(None))
            .group_by(_deal.c.tier))
    }
    return _Existing(employees, clients, deals, ranks, stored, empty)


def dry_run(connection: Connection, plan: ImportPlan) -> ImportReport:
    """What importing ``plan`` would do to the database, without changing it."""
    existing = _read_existing(connection, plan)
    employees, clients = _names_needed(plan)
    new_employees = _missing(employees, existing.employees)
    new_clients = _missing(clients, existing.clients)
    # People and clients still to be created stand in with new ids: deals naming them change.
    for name in new_employees:
        existing.employees[name.strip().casefold()] = uuid.uuid4()
    for name in new_clients:
        existing.clients[name.strip().casefold()] = uuid.uuid4()
    _inserts, updates, _events, unchanged = _deal_rows(plan, existing, utcnow())
    found = len(updates) + unchanged
    return _report(plan, dry_run=True, created=len(plan.drafts) - found, updated=len(updates),
                   employees=new_employees, clients=new_clients, unchanged=unchanged)


def _missing(names: Iterable[str], existing: dict[str, uuid.UUID]) -> list[str]:
    seen: set[str] = set()
    missing = []
    for name in names:
        folded = name.strip().casefold()
        if folded not in existing and folded not in seen:
            seen.add(folded)
            missing.append(name)
    return missing


def _report(plan: ImportPlan, *, dry_run: bool, created: int, updated: int,
            employees: list[str], clients: list[str], unchanged: int = 0) -> ImportReport:
    by_tier = Counter(draft.tier for draft in plan.drafts)
    amounts: dict[Tier, Decimal] = {}
    for draft in plan.drafts:
        amounts[draft.tier] = amounts.get(draft.tier, Decimal(0)) + draft.amount
    return ImportReport(
        file=plan.file, dry_run=dry_run, rows=plan.rows, importable=len(plan.drafts),
        problems=list(plan.problems), created=created, updated=updated,
        by_tier=dict(by_tier), employees_created=employees, clients_created=clients,
        estimated_effort=plan.estimated_effort, without_effort=plan.without_effort,
        hourly_rate=plan.settings.hourly_rate,
        notes=list(plan.notes), weighted_open_in_file=plan.weighted_open_in_file,
        amount_by_tier=amounts, unchanged=unchanged,
    )


def apply_plan(session: Session, plan: ImportPlan) -> ImportReport:
    """Write the plan's deals, their people, clients and history in the caller's transaction.

    Existing deals from the same origin are updated, and a change of tier is added to their
    history; new ones are added at the end of their columns.
    """
    connection = session.connection()
    existing = _read_existing(connection, plan)
    now = utcnow()
    employees, clients = _names_needed(plan)

    new_employees = _missing(employees, existing.employees)
    _insert_employees(connection, new_employees, plan.employees, existing, now)
    new_clients = _missing(clients, existing.clients)
    _insert_clients(connection, new_clients, plan.clients, existing, now)

    inserts, updates, events, unchanged = _deal_rows(plan, existing, now)
    if existing.empty and inserts:
        currencies = {row["currency"] for row in inserts}
        if len(currencies) == 1:
            # A first import sets the firm's currency, so that sums are written in it.
            save_setting(session, "default_currency", currencies.pop())
    if inserts:
        connection.execute(insert(_deal), inserts)
    if updates:
        statement = (
            update(_deal).where(_deal.c.id == bindparam("deal_id"))
            .values(version=_deal.c.version + 1)
        )
        connection.execute(statement, updates)
    if events:
        connection.execute(insert(_event), events)
    log.info("imported %s: %d deals created, %d updated, %d unchanged, %d events", plan.file,
             len(inserts), len(updates), unchanged, len(events))
    return _report(plan, dry_run=False, created=len(inserts), updated=len(updates),
                   employees=new_employees, clients=new_clients, unchanged=unchanged)


def _base_row(now: datetime) -> dict[str, Any]:
    return {"id": uuid.uuid4(), "version": 1, "created_at": now, "updated_at": now,
            "deleted_at": None}


def _insert_employees(connection: Connection, names: list[str],
                      extras: dict[str, dict[str, str]], existing: _Existing,
                      now: datetime) -> None:
    if not names:
        return
    offset = len(existing.employees)
    rows = []
    for index, name in enumerate(names):
        info = extras.get(name, {})
        row = _base_row(now) | {
            "name": name[:200], "role": info.get("role", ""),
            "colour": PALETTE[(offset + index) % len(PALETTE)], "active": True, "login": None,
            "manager": info.get("manager", "")[:200], "office": info.get("office", "")[:200],
            "hours_mon": 8.0, "hours_tue": 8.0, "hours_wed": 8.0, "hours_thu": 8.0,
            "hours_fri": 8.0, "hours_sat": 0.0, "hours_sun": 0.0,
        }
        rows.append(row)
        existing.employees[name.strip().casefold()] = row["id"]
    connection.execute(insert(_employee), rows)


def _insert_clients(connection: Connection, names: list[str],
                    extras: dict[str, dict[str, str]], existing: _Existing,
                    now: datetime) -> None:
    if not names:
        return
    rows = []
    for name in names:
        info = extras.get(name, {})
        row = _base_row(now) | {
            "name": name[:300], "contact_person": info.get("contact_person", ""),
            "phone": info.get("phone", ""), "email": info.get("email", ""),
            "notes": info.get("notes", ""),
        }
        rows.append(row)
        existing.clients[name.strip().casefold()] = row["id"]
    connection.execute(insert(_client), rows)


def _as_date(moment: datetime | None) -> date | None:
    return None if moment is None else moment.date()


def _deal_rows(plan: ImportPlan, existing: _Existing, now: datetime
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], int]:
    """The deal rows to insert, the updates, the history entries, and how many are unchanged."""
    unchanged = 0
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    ranks = dict(existing.ranks)

    def person(name: str) -> uuid.UUID | None:
        return existing.employees[name.strip().casefold()] if name else None

    for draft in plan.drafts:
        values: dict[str, Any] = {
            "title": draft.title, "source": draft.source[:200],
            "client_id": existing.clients[draft.client.strip().casefold()]
            if draft.client else None,
            "amount": draft.amount, "currency": draft.currency,
            "effort_hours": draft.effort_hours, "tier": draft.tier.value,
            "owner_id": person(draft.owner), "assignee_id": person(draft.assignee),
            "received_at": draft.dates["received_at"],
            **{name: _as_date(draft.dates.get(name)) for name in DATE_FIELDS
               if name != "received_at"},
            "lost_reason": draft.lost_reason, "notes": draft.notes,
            "external_source": draft.external_source, "external_id": draft.external_id,
        }
        found = existing.deals.get(draft.key)
        if found is not None:
            deal_id, old_tier = found
            if draft.rank is not None:
                values["rank"] = draft.rank
            if draft.received_defaulted:
                del values["received_at"]  # keep the moment the first import gave it
            if _unchanged(values | {"deleted_at": None}, existing.stored.get(draft.key)):
                unchanged += 1
                continue
            updates.append(values | {"deal_id": deal_id, "updated_at": now, "deleted_at": None})
            if old_tier != draft.tier.value:
                events.append(_event_row(deal_id, (now, old_tier, draft.tier.value, "import"),
                                         now))
            continue

        if draft.rank is None:
            rank = ranks.get(draft.tier.value, 0.0) + RANK_STEP
            ranks[draft.tier.value] = rank
        else:
            rank = draft.rank
        row = _base_row(now) | values | {"rank": rank}
        if plan.settings.keep_ids:
            row["id"] = uuid.UUID(draft.key)
        inserts.append(row)
        existing.deals[draft.key] = (row["id"], draft.tier.value)
        events.extend(_event_row(row["id"], entry, now) for entry in draft.history)
        if row["assignee_id"] is not None:
            events.append(_event_row(row["id"], (draft.history[-1][0], None,
                                                 str(row["assignee_id"]), ""), now,
                                     kind="assignee"))
    return inserts, updates, events, unchanged


def _event_row(deal_id: uuid.UUID, entry: tuple[datetime, str | None, str, str], now: datetime,
               *, kind: str = "tier") -> dict[str, Any]:
    at, before, after, note = entry
    return _base_row(now) | {"deal_id": deal_id, "kind": kind, "from_value": before,
                             "to_value": after, "at": at, "actor_id": None, "note": note}
