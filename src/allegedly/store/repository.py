"""The store: one object that opens a database, writes analyses and answers questions."""

from __future__ import annotations

import os
import threading
from types import TracebackType

import sqlalchemy as sa

from allegedly.errors import StoreError
from allegedly.model import Analysis, DateValue, EntityKind
from allegedly.store import people as people_queries
from allegedly.store import reader, writer
from allegedly.store.engine import create_store_engine, describe, migrate, resolve_url
from allegedly.store.records import DocumentRow, PersonRecord, PersonSummary, SaveOutcome, StoredClaim


class Store:
    """A database of analysed documents.

    One writer: saves made through one Store are serialised.  Readers open a short
    connection per question, so they see every save committed before they asked.
    """

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        self._write_lock = threading.Lock()

    @classmethod
    def open(cls, target: str | os.PathLike[str]) -> Store:
        """Open (creating if needed) the store at a path or URL, migrated to the newest schema.

        Raises StoreError, with one line, when it cannot be opened or migrated.
        """
        url = resolve_url(target)
        try:
            engine = create_store_engine(url)
        except (sa.exc.ArgumentError, ImportError) as error:
            raise StoreError(f"cannot open the store at {describe(url)}: {error}") from None
        try:
            migrate(engine)
        except StoreError:
            engine.dispose()
            raise
        except sa.exc.SQLAlchemyError as error:
            engine.dispose()
            reason = str(getattr(error, "orig", None) or error).splitlines()[0]
            raise StoreError(
                f"cannot open the store at {describe(url)}: {reason} (check the path, or set ALLEGEDLY_DB)"
            ) from None
        return cls(engine)

    @property
    def url(self) -> str:
        """Where the store is, without any password."""
        return describe(self._engine.url)

    def close(self) -> None:
        """Release the database connections (an in-memory store is gone after this)."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def save(self, analysis: Analysis) -> SaveOutcome:
        """Store one analysed document in one transaction.

        Idempotent: storing a document twice stores it once ("unchanged", nothing written).
        Atomic: on any failure nothing of this document remains (StoreError is raised) and
        earlier documents are untouched.
        """
        with self._write_lock:
            return writer.save(self._engine, analysis)

    # -- reading -------------------------------------------------------------------------

    def documents(self) -> list[DocumentRow]:
        """Every stored document, in the order stored."""
        with self._reading() as connection:
            return reader.documents(connection)

    def load_analysis(self, document_id: int) -> Analysis:
        """The Analysis saved under `document_id`, equal to the one saved; NotFound if absent."""
        with self._reading() as connection:
            return reader.load_analysis(connection, document_id)

    def analyses(self, file_names: set[str] | None = None) -> list[Analysis]:
        """Stored analyses in the order stored, only those read from `file_names` when given."""
        with self._reading() as connection:
            ids = reader.document_ids(connection, file_names)
            return [reader.load_analysis(connection, document_id) for document_id in ids]

    def people(self, kind: EntityKind = "person") -> list[PersonSummary]:
        """Everyone of `kind` across documents, most-documented first."""
        with self._reading() as connection:
            return people_queries.people(connection, kind)

    def person(self, name: str, kind: EntityKind = "person") -> PersonRecord:
        """Everything about one person, matched by name, alias, any case, accents or possessive.

        Raises NotFound with a one-line message that suggests close names.
        """
        with self._reading() as connection:
            return people_queries.person(connection, name, kind)

    def claims(
        self, name: str | None = None, as_of: DateValue | None = None, kind: EntityKind = "person"
    ) -> list[StoredClaim]:
        """Claims (about `name` when given) as known on `as_of`: only those certainly
        reported by then.  Ordered by event date, then report date."""
        with self._reading() as connection:
            return people_queries.claims(connection, name, as_of, kind)

    def stats(self) -> dict[str, int]:
        """Counts of what is stored, with `predicate:*` and `source_kind:*` breakdowns."""
        with self._reading() as connection:
            return people_queries.stats(connection)

    def _reading(self) -> sa.Connection:
        # A fresh connection per question: short-lived, so it never holds a WAL snapshot
        # open while the writer writes.
        try:
            return self._engine.connect()
        except sa.exc.OperationalError as error:
            raise StoreError(
                f"cannot read the store at {self.url}: {str(error.orig).splitlines()[0]}"
            ) from None
