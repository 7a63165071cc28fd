"""Small builders for test data, through the real rules."""

import uuid
from typing import Any

from app.db import Database
from app.models import pipeline


def employee(db: Database, name: str = "Anna", **fields: Any) -> uuid.UUID:
    return db.write(lambda s: pipeline.create_employee(s, name=name, **fields))


def deal(db: Database, title: str = "Job", **fields: Any) -> uuid.UUID:
    return db.write(lambda s: pipeline.create_deal(s, title=title, **fields))
