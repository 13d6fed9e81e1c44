"""Schema migrations. Placeholder until Alembic lands: creates the tables that are missing."""
from sqlalchemy.engine import Engine

from crossings.store.models import Base


def upgrade(engine: Engine) -> None:
    Base.metadata.create_all(engine)
