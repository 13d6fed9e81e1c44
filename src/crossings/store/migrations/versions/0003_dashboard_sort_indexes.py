"""events: (sort column, id) indexes, so the dashboard pages ids without sorting wide rows.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_events_date_id": ["date", "id"],
    "ix_events_reported_id": ["reported", "id"],
    "ix_events_country_id": ["country", "id"],
    "ix_events_status_id": ["status", "id"],
    "ix_events_type_id": ["type", "id"],
    "ix_events_type_date_id": ["type", "date", "id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "events", columns, if_not_exists=True)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, "events")
