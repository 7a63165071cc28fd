"""The pipeline core: employees and their calendars, clients, deals, their history, settings.

Revision ID: 0001
Revises:
Create Date: 2026-12-03 16:17:04.382502
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("contact_person", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_name"), ["name"], unique=False)

    op.create_table(
        "employee",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("login", sa.String(length=200), nullable=True),
        sa.Column("manager", sa.String(length=200), nullable=False),
        sa.Column("office", sa.String(length=200), nullable=False),
        sa.Column("hours_mon", sa.Float(), nullable=False),
        sa.Column("hours_tue", sa.Float(), nullable=False),
        sa.Column("hours_wed", sa.Float(), nullable=False),
        sa.Column("hours_thu", sa.Float(), nullable=False),
        sa.Column("hours_fri", sa.Float(), nullable=False),
        sa.Column("hours_sat", sa.Float(), nullable=False),
        sa.Column("hours_sun", sa.Float(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employee")),
    )
    op.create_table(
        "holiday",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday")),
    )
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_holiday_day"), ["day"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_setting_key")),
    )
    op.create_table(
        "deal",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.Numeric(precision=16, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("effort_hours", sa.Float(), nullable=False),
        sa.Column("tier", sa.String(length=10), nullable=False),
        sa.Column("rank", sa.Float(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("assignee_id", sa.Uuid(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_finish", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("finished_on", sa.Date(), nullable=True),
        sa.Column("lost_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("external_source", sa.String(length=100), nullable=True),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "tier IN ('incoming', '0.1', '0.5', '0.9', '1', 'done', 'lost')",
            name=op.f("ck_deal_known_tier"),
        ),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_deal_amount_not_negative")),
        sa.CheckConstraint("effort_hours >= 0", name=op.f("ck_deal_effort_not_negative")),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["employee.id"], name=op.f("fk_deal_assignee_id_employee")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_deal_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["employee.id"], name=op.f("fk_deal_owner_id_employee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal")),
        sa.UniqueConstraint("external_source", "external_id", name="uq_deal_external"),
    )
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deal_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index("ix_deal_board", ["tier", "deleted_at", "rank"], unique=False)
        batch_op.create_index(batch_op.f("ix_deal_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deal_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "time_off",
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_time_off_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employee.id"], name=op.f("fk_time_off_employee_id_employee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_off")),
    )
    with op.batch_alter_table("time_off", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_time_off_employee_id"), ["employee_id"], unique=False)

    op.create_table(
        "tier_event",
        sa.Column("deal_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("from_value", sa.String(length=100), nullable=True),
        sa.Column("to_value", sa.String(length=100), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["employee.id"], name=op.f("fk_tier_event_actor_id_employee")
        ),
        sa.ForeignKeyConstraint(["deal_id"], ["deal.id"], name=op.f("fk_tier_event_deal_id_deal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_event")),
    )
    with op.batch_alter_table("tier_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tier_event_at"), ["at"], unique=False)
        batch_op.create_index("ix_tier_event_deal_at", ["deal_id", "at"], unique=False)

    # One row whose value every committed write raises: other windows poll it to notice changes.
    counter = op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_counter")),
    )
    op.bulk_insert(counter, [{"id": 1, "value": 0}])


def downgrade() -> None:
    op.drop_table("change_counter")
    with op.batch_alter_table("tier_event", schema=None) as batch_op:
        batch_op.drop_index("ix_tier_event_deal_at")
        batch_op.drop_index(batch_op.f("ix_tier_event_at"))

    op.drop_table("tier_event")
    with op.batch_alter_table("time_off", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_time_off_employee_id"))

    op.drop_table("time_off")
    with op.batch_alter_table("deal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deal_owner_id"))
        batch_op.drop_index(batch_op.f("ix_deal_client_id"))
        batch_op.drop_index("ix_deal_board")
        batch_op.drop_index(batch_op.f("ix_deal_assignee_id"))

    op.drop_table("deal")
    op.drop_table("setting")
    with op.batch_alter_table("holiday", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holiday_day"))

    op.drop_table("holiday")
    op.drop_table("employee")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_name"))

    op.drop_table("client")
