"""The pipeline core: reading the board, committing a move, summing the tiers (100,000 deals)."""

import sqlite3
from pathlib import Path

from app.models import Tier, pipeline, queries
from app.models.settings import load_settings
from bench.common import best_of, big_database

BOARD_SQL = """
SELECT d.id, d.version, d.title, coalesce(c.name, ''), d.amount, d.currency, d.effort_hours,
       d.tier, d.rank, d.owner_id, coalesce(o.name, ''), d.assignee_id, coalesce(a.name, ''),
       coalesce(a.colour, ''), d.received_at, d.expected_close, d.due_date, d.planned_start,
       d.planned_finish, d.started_on, d.finished_on, d.lost_reason
FROM deal d
LEFT JOIN client c ON c.id = d.client_id
LEFT JOIN employee o ON o.id = d.owner_id
LEFT JOIN employee a ON a.id = d.assignee_id
WHERE d.deleted_at IS NULL AND d.tier IN ('incoming', '1', '0.9', '0.5', '0.1')
ORDER BY CASE d.tier WHEN 'incoming' THEN 0 WHEN '1' THEN 1 WHEN '0.9' THEN 2
         WHEN '0.5' THEN 3 WHEN '0.1' THEN 4 ELSE 5 END, d.rank, d.id
"""


def run(figures: dict, workdir: Path) -> None:
    file = workdir / "core.sqlite3"
    database = big_database(file, deals=100_000, employees=200)

    def plain_fetch():
        connection = sqlite3.connect(file)
        rows = connection.execute(BOARD_SQL).fetchall()
        connection.close()
        return rows

    live_count = len(plain_fetch())
    figures["board_rows_count"] = live_count
    figures["board_rows_sqlite3_s"] = round(best_of(3, plain_fetch), 4)
    figures["board_rows_s"] = round(best_of(3, lambda: database.read(queries.board_rows)), 4)
    figures["board_rows_ratio"] = round(
        figures["board_rows_s"] / figures["board_rows_sqlite3_s"], 2
    )

    settings = database.read(load_settings)
    figures["tier_totals_s"] = round(
        best_of(3, lambda: database.read(lambda c: queries.tier_totals(c, settings))), 4
    )

    rows = database.read(queries.board_rows)
    movers = [row.id for row in rows if row.tier is Tier.T05][:20]
    targets = iter([Tier.T09, Tier.T01] * 10)

    def one_move():
        deal_id = movers.pop()
        tier = next(targets)
        database.write(lambda s: pipeline.move_deal(s, deal_id, tier, index=3))

    figures["move_commit_ms"] = round(best_of(15, one_move) * 1000, 2)
    database.close()
