"""Shared helpers: a database of many deals, built fast with bulk inserts."""

import random
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from app.db import Database, open_database
from app.models import Client, Deal, Employee, Tier, TierEvent, utcnow
from app.models.demo import build_deals


def big_database(path: Path, *, deals: int, employees: int = 200, closed_share: float = 0.7,
                 seed: int = 1) -> Database:
    """A migrated SQLite file with ``deals`` deals, ``closed_share`` of them Done or Lost."""
    database = open_database(str(path))
    rng = random.Random(seed)
    now = utcnow()
    employee_ids = [uuid.uuid4() for _ in range(employees)]
    client_ids = [uuid.uuid4() for _ in range(max(20, employees // 2))]

    def fill(session):
        session.execute(insert(Employee), [
            {"id": key, "name": f"Employee {n:03d}", "role": "", "colour": "#4c78a8",
             "active": True, "manager": "", "office": "", "hours_mon": 8, "hours_tue": 8,
             "hours_wed": 8, "hours_thu": 8, "hours_fri": 8, "hours_sat": 0, "hours_sun": 0,
             "version": 1, "created_at": now, "updated_at": now}
            for n, key in enumerate(employee_ids)
        ])
        session.execute(insert(Client), [
            {"id": key, "name": f"Client {n}", "contact_person": "", "phone": "", "email": "",
             "notes": "", "version": 1, "created_at": now, "updated_at": now}
            for n, key in enumerate(client_ids)
        ])
        deal_rows, event_rows = build_deals(rng, deals, employee_ids, client_ids, date.today(),
                                            now)
        live = [Tier.INCOMING, Tier.T01, Tier.T05, Tier.T09, Tier.T1]
        for row in deal_rows:
            closed = rng.random() < closed_share
            tier = rng.choice([Tier.DONE, Tier.LOST]) if closed else rng.choice(live)
            row["tier"] = tier.value
            row["lost_reason"] = "bench" if tier is Tier.LOST else ""
            if tier is Tier.T1 and row["assignee_id"] is None:
                row["assignee_id"] = rng.choice(employee_ids)
        for start in range(0, len(deal_rows), 5000):
            session.execute(insert(Deal), deal_rows[start:start + 5000])
        for start in range(0, len(event_rows), 5000):
            session.execute(insert(TierEvent), event_rows[start:start + 5000])

    database.write(fill)
    return database


def best_of(repeats: int, action) -> float:
    """The shortest of several timings of ``action()``, in seconds."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best
