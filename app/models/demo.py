"""A believable small firm to try Tierboard with: people, clients, and deals with their history.

The data is generated from a seed, so the same seed gives the same firm (tests rely on that).
"""

import logging
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.entities import Client, Deal, Employee, Holiday, TierEvent, TimeOff
from app.models.errors import RuleError
from app.models.tiers import Tier

log = logging.getLogger(__name__)

_PEOPLE = (
    ("Анна Соколова", "Director, sales", "#4c78a8", (8, 8, 8, 8, 8, 0, 0)),
    ("Борис Кузнецов", "Engineer", "#f58518", (8, 8, 8, 8, 8, 0, 0)),
    ("Виктория Морозова", "Designer", "#54a24b", (4, 4, 4, 0, 0, 0, 0)),
    ("Григорий Павлов", "Engineer", "#e45756", (8, 8, 8, 8, 8, 0, 0)),
    ("Дарья Лебедева", "Project manager", "#72b7b2", (8, 8, 8, 8, 8, 0, 0)),
    ("Егор Новиков", "Installer", "#b279a2", (8, 8, 8, 8, 8, 0, 0)),
    ("Жанна Волкова", "Accountant, sales", "#ff9da6", (8, 8, 8, 8, 6, 0, 0)),
    ("Илья Фёдоров", "Engineer", "#9d755d", (8, 8, 8, 8, 8, 0, 0)),
)

_CLIENTS = (
    "ООО «Северный берег»", "ИП Смирнов", "АО «Техностарт»", "Кафе «Ромашка»",
    "ООО «ГородСтрой»", "Школа № 12", "Клиника «Здоровье»", "ООО «Альфа-Логистик»",
    "Hotel Baltic", "Nordwind GmbH", "ООО «Квадрат»", "ТСЖ «Липовая аллея»",
    "Магазин «Уют»", "ООО «Вектор»", "Фитнес «Пульс»", "Bright Media",
    "ООО «Медтех»", "Пекарня «Колос»", "ЖК «Солнечный»", "ООО «Энергосбыт»",
)

_JOBS = (
    ("Website redesign", 120_000, 60), ("Office network", 85_000, 32),
    ("Brand identity", 150_000, 70), ("Kitchen fit-out", 240_000, 90),
    ("CCTV installation", 64_000, 24), ("Annual audit", 95_000, 40),
    ("Online shop", 310_000, 140), ("Server migration", 130_000, 48),
    ("Signage", 42_000, 16), ("Interior design", 180_000, 80),
    ("Accounting setup", 55_000, 20), ("Mobile app prototype", 260_000, 120),
    ("Repairs after leak", 75_000, 36), ("Smart lighting", 98_000, 30),
    ("Photo shoot", 35_000, 12), ("Heating service", 48_000, 18),
)

_SOURCES = ("website", "phone", "referral", "repeat client", "exhibition", "email")
_LOST_REASONS = (
    "chose a cheaper offer", "budget frozen", "no answer after the quote", "did it themselves",
    "deadline too tight", "went with their usual contractor",
)

#: How a firm of 300 deals spreads over the tiers.
_SHARE = {
    Tier.INCOMING: 0.02, Tier.T01: 0.13, Tier.T05: 0.12, Tier.T09: 0.07, Tier.T1: 0.09,
    Tier.DONE: 0.36, Tier.LOST: 0.21,
}


@dataclass
class _Chain:
    """The path one demo deal took, as (tier, moment) steps."""

    steps: list[tuple[Tier, datetime, str]] = field(default_factory=list)


def _climb(rng: random.Random, final: Tier, start: datetime, now: datetime) -> _Chain:
    order = [Tier.INCOMING, Tier.T01, Tier.T05, Tier.T09, Tier.T1, Tier.DONE]
    chain = _Chain([(Tier.INCOMING, start, "created")])
    moment = start
    if final is Tier.LOST:
        stop = rng.randint(0, 3)
        for tier in order[1:stop + 1]:
            moment += timedelta(days=rng.randint(2, 15), hours=rng.randint(0, 8))
            chain.steps.append((tier, moment, ""))
        moment += timedelta(days=rng.randint(3, 20))
        chain.steps.append((Tier.LOST, min(moment, now), rng.choice(_LOST_REASONS)))
        return chain

    target = order.index(final)
    for tier in order[1:target + 1]:
        moment += timedelta(days=rng.randint(2, 12), hours=rng.randint(0, 8))
        chain.steps.append((tier, min(moment, now - timedelta(hours=1)), ""))
    return chain


def _carousel(rng: random.Random, chain: _Chain, final: Tier, now: datetime) -> _Chain:
    """Insert a loss and a revival before the deal reached ``final``: it came back."""
    if len(chain.steps) < 3:
        return chain
    cut = rng.randint(1, len(chain.steps) - 2)
    lost_at = chain.steps[cut][1] + timedelta(days=1)
    revived_at = lost_at + timedelta(days=rng.randint(7, 40))
    shift = revived_at - chain.steps[cut][1]
    tail = [(tier, min(at + shift, now - timedelta(minutes=30)), note)
            for tier, at, note in chain.steps[cut + 1:]]
    revived_tier = tail[0][0] if tail else final
    steps = chain.steps[:cut + 1]
    steps.append((Tier.LOST, lost_at, rng.choice(_LOST_REASONS)))
    steps.append((revived_tier, min(revived_at, now - timedelta(hours=1)), "revived"))
    steps.extend(tail[1:])
    return _Chain(steps)


def fill_demo(session: Session, *, deals: int = 300, seed: int = 7,
              today: date | None = None) -> dict[str, int]:
    """Fill an empty database with a demo firm in one transaction.

    Returns:
        How many employees, clients and deals were made.

    Raises:
        RuleError: the database already holds deals (demo data never mixes with real data).
    """
    if session.scalar(select(Deal.id).limit(1)) is not None:
        raise RuleError("database", "already holds deals; demo data goes into an empty one")

    rng = random.Random(seed)
    today = today or date.today()
    now = utcnow().replace(microsecond=0)
    if today != now.date():
        now = datetime.combine(today, now.time())

    employee_ids = _add_people(session, rng, today)
    client_ids = [uuid.uuid4() for _ in _CLIENTS]
    session.execute(insert(Client), [
        {"id": key, "name": name, "contact_person": "", "phone": "", "email": "", "notes": "",
         "version": 1, "created_at": now, "updated_at": now}
        for key, name in zip(client_ids, _CLIENTS, strict=True)
    ])
    _add_holidays(session, today)

    deal_rows, event_rows = build_deals(rng, deals, employee_ids, client_ids, today, now)
    session.execute(insert(Deal), deal_rows)
    session.execute(insert(TierEvent), event_rows)
    session.flush()
    log.info("filled a demo firm: %d deals", len(deal_rows))
    return {"employees": len(employee_ids), "clients": len(client_ids), "deals": len(deal_rows)}


def _add_people(session: Session, rng: random.Random, today: date) -> list[uuid.UUID]:
    ids = []
    for name, role, colour, hours in _PEOPLE:
        key = uuid.uuid4()
        ids.append(key)
        session.add(Employee(
            id=key, name=name, role=role, colour=colour,
            hours_mon=hours[0], hours_tue=hours[1], hours_wed=hours[2], hours_thu=hours[3],
            hours_fri=hours[4], hours_sat=hours[5], hours_sun=hours[6],
        ))
    session.flush()

    # Two people are away for part of the coming weeks.
    for key, offset, length in ((ids[1], 9, 5), (ids[4], 20, 10)):
        start = today + timedelta(days=offset)
        session.add(TimeOff(employee_id=key, start_date=start,
                            end_date=start + timedelta(days=length - 1), note="vacation"))
    del rng
    return ids


def _add_holidays(session: Session, today: date) -> None:
    for month, day, name in ((1, 1, "New Year"), (1, 7, "Christmas"), (2, 23, "Defender's Day"),
                             (3, 8, "Women's Day"), (5, 1, "Labour Day"), (5, 9, "Victory Day"),
                             (6, 12, "Russia Day"), (11, 4, "Unity Day")):
        for year in (today.year, today.year + 1):
            session.add(Holiday(day=date(year, month, day), name=name))


def build_deals(rng: random.Random, count: int, employee_ids: list[uuid.UUID],
                client_ids: list[uuid.UUID], today: date, now: datetime,
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of ``count`` deals and of their history, ready for a bulk insert."""
    tiers = list(_SHARE)
    weights = [_SHARE[tier] for tier in tiers]
    deal_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    ranks = dict.fromkeys(Tier, 0.0)

    for number in range(count):
        final = rng.choices(tiers, weights)[0]
        job, base_amount, base_effort = rng.choice(_JOBS)
        scale = rng.uniform(0.6, 1.8)
        amount = Decimal(round(base_amount * scale, -2)).quantize(Decimal("0.01"))
        effort = float(max(4, round(base_effort * scale)))
        owner = rng.choice(employee_ids)
        assignee = owner if rng.random() < 0.5 else rng.choice(employee_ids)

        if final is Tier.INCOMING:
            start = now - timedelta(minutes=rng.randint(10, 60 * 5))
        else:
            start = now - timedelta(days=rng.randint(5, 420), hours=rng.randint(0, 8))
        chain = _climb(rng, final, start, now)
        if final in (Tier.T1, Tier.DONE, Tier.T09) and rng.random() < 0.12:
            chain = _carousel(rng, chain, final, now)

        key = uuid.uuid4()
        ranks[final] += 1024.0
        reached = {tier for tier, _, _ in chain.steps}
        in_production = final is Tier.T1 or final is Tier.DONE or Tier.T1 in reached
        row = {
            "id": key, "version": 1, "created_at": start, "updated_at": chain.steps[-1][1],
            "title": f"{job} #{number + 1}", "client_id": rng.choice(client_ids),
            "source": rng.choice(_SOURCES), "amount": amount, "currency": "RUB",
            "effort_hours": effort, "tier": final.value, "rank": ranks[final],
            "owner_id": owner, "assignee_id": assignee if in_production or rng.random() < 0.6
            else None, "received_at": start, "lost_reason": "", "notes": "",
            "expected_close": None, "due_date": None, "planned_start": None,
            "planned_finish": None, "started_on": None, "finished_on": None,
            "external_source": None, "external_id": None, "deleted_at": None,
        }
        _dates_for(rng, row, final, chain, today)
        deal_rows.append(row)

        previous: Tier | None = None
        for tier, at, note in chain.steps:
            event_rows.append({
                "id": uuid.uuid4(), "version": 1, "created_at": at, "updated_at": at,
                "deal_id": key, "kind": "tier", "from_value": previous.value if previous else None,
                "to_value": tier.value, "at": at, "actor_id": owner, "note": note,
                "deleted_at": None,
            })
            previous = tier
    return deal_rows, event_rows


def _dates_for(rng: random.Random, row: dict[str, Any], final: Tier, chain: _Chain,
               today: date) -> None:
    last_at = chain.steps[-1][1].date()
    if final is Tier.LOST:
        row["lost_reason"] = chain.steps[-1][2]
    elif final is Tier.DONE:
        row["started_on"] = last_at - timedelta(days=rng.randint(5, 30))
        row["finished_on"] = last_at
        row["due_date"] = last_at + timedelta(days=rng.randint(-5, 10))
    elif final is Tier.T1:
        row["started_on"] = last_at if rng.random() < 0.6 else None
        row["due_date"] = today + timedelta(days=rng.randint(5, 60))
    elif final in (Tier.T09, Tier.T05, Tier.T01):
        lead = {Tier.T09: (3, 21), Tier.T05: (14, 60), Tier.T01: (30, 120)}[final]
        if rng.random() < 0.8:
            row["expected_close"] = today + timedelta(days=rng.randint(*lead))
            row["due_date"] = row["expected_close"] + timedelta(days=rng.randint(14, 45))
