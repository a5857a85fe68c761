"""store stage: analyses in, a queryable, migrated database out (SQLite now, PostgreSQL later)."""

from allegedly.store.engine import default_db_url
from allegedly.store.records import (
    DocumentRow,
    PersonRecord,
    PersonSummary,
    SaveOutcome,
    StoredClaim,
    StoredEvent,
)
from allegedly.store.repository import Store

__all__ = [
    "DocumentRow",
    "PersonRecord",
    "PersonSummary",
    "SaveOutcome",
    "Store",
    "StoredClaim",
    "StoredEvent",
    "default_db_url",
]
