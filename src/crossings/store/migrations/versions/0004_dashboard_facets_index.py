"""event_facets: the dashboard's filter and sort columns in narrow rows beside `events`.

Pages, counts and substring filters over the wide JSON rows of `events` were slow at 100k events
even with covering indexes; this table (filled from `events` here, then by Store.replace_events)
replaces the (column, id) indexes of 0003, which are dropped.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OLD = ["ix_events_date_id", "ix_events_reported_id", "ix_events_country_id", "ix_events_status_id",
       "ix_events_type_id", "ix_events_type_date_id"]
COLUMNS = ["type", "status", "year", "country", "city", "date", "reported", "roles", "search_text"]
INDEXES = {
    "ix_event_facets_date_id": ["date", "id"],
    "ix_event_facets_reported_id": ["reported", "id"],
    "ix_event_facets_country_id": ["country", "id"],
    "ix_event_facets_type_date_id": ["type", "date", "id"],
    "ix_event_facets_status_date_id": ["status", "date", "id"],
    "ix_event_facets_country_date_id": ["country", "date", "id"],
    "ix_event_facets_year_date_id": ["year", "date", "id"],
    "ix_event_facets_type_year": ["type", "year"],
}


def upgrade() -> None:
    for name in OLD:
        op.drop_index(name, "events", if_exists=True)
    if "event_facets" not in sa.inspect(op.get_bind()).get_table_names():
        op.create_table(
            "event_facets",
            sa.Column("id", sa.String(64), primary_key=True),
            sa.Column("type", sa.String(40), nullable=False),
            sa.Column("status", sa.String(20)),
            sa.Column("year", sa.Integer()),
            sa.Column("country", sa.String(8)),
            sa.Column("city", sa.String(200)),
            sa.Column("date", sa.String(32)),
            sa.Column("reported", sa.String(32)),
            sa.Column("roles", sa.String(300), nullable=False),
            sa.Column("search_text", sa.Text(), nullable=False),
        )
        names = ", ".join(COLUMNS)
        op.execute(f"INSERT INTO event_facets (id, {names}) SELECT id, {names} FROM events")
    for name, columns in INDEXES.items():
        op.create_index(name, "event_facets", columns, if_not_exists=True)


def downgrade() -> None:
    op.drop_table("event_facets")
