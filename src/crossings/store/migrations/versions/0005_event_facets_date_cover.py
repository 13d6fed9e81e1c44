"""event_facets: the date index covers every filter column, so a filtered newest-first page
(full text, role) walks it without a row lookup per event (224 -> 22 ms CPU at 100k events);
type (the usual filter) gets its own order for the other sort columns; substring counts scan
one-column indexes.

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_event_facets_date_cover": ["date", "id", "search_text", "roles", "type", "status", "year", "country",
                                   "reported"],
    "ix_event_facets_type_country_id": ["type", "country", "id"],
    "ix_event_facets_type_reported_id": ["type", "reported", "id"],
    "ix_event_facets_type_status_id": ["type", "status", "id"],
    "ix_event_facets_search": ["search_text"],
    "ix_event_facets_roles": ["roles"],
}


def upgrade() -> None:
    op.drop_index("ix_event_facets_date_id", "event_facets", if_exists=True)
    for name, columns in INDEXES.items():
        op.create_index(name, "event_facets", columns, if_not_exists=True)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, "event_facets")
    op.create_index("ix_event_facets_date_id", "event_facets", ["date", "id"])
