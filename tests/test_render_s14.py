"""The story's timeline: one event told by several documents is one row naming every file."""

from __future__ import annotations

from allegedly.model import DateValue, TimelineEvent
from allegedly.present.render import person_view
from allegedly.store.records import PersonRecord, StoredEvent


def _event(document: int, file_name: str, date: str, summary: str) -> StoredEvent:
    return StoredEvent(
        document, file_name, TimelineEvent(DateValue(date), ["Ines Marlowe", "Teodor Brask"], summary)
    )


def test_one_event_from_two_documents_is_one_row_with_both_files() -> None:
    record = PersonRecord(
        name="Ines Marlowe",
        kind="person",
        aliases=[],
        decided_by="name",
        document_ids=[1, 2, 3],
        claims=[],
        timeline=[
            _event(1, "wire.jsonl", "2024-03-11", "Ines Marlowe and Teodor Brask divorce"),
            _event(2, "tabloid.txt", "2024-03-11", "Ines Marlowe and Teodor Brask divorce"),
            _event(3, "wire.jsonl", "2024-03-11", "Ines Marlowe and Teodor Brask divorce"),
            _event(3, "wire.jsonl", "2024-05", "Ines Marlowe and Teodor Brask divorce"),
        ],
    )
    rows = person_view(record, None, None)["timeline"]
    assert [(r["date"], r["file"], r["documents"]) for r in rows] == [
        ("2024-03-11", "wire.jsonl, tabloid.txt", 3),
        ("2024-05", "wire.jsonl", 1),
    ]


def test_a_pair_named_in_either_order_is_one_event() -> None:
    def event(document: int, people: list[str], summary: str) -> StoredEvent:
        return StoredEvent(document, "wire.jsonl", TimelineEvent(DateValue("2024-02-02"), people, summary))

    record = PersonRecord(
        name="Ines Marlowe",
        kind="person",
        aliases=[],
        decided_by="name",
        document_ids=[1, 2],
        claims=[],
        timeline=[
            event(1, ["Ines Marlowe", "Teodor Brask"], "Ines Marlowe and Teodor Brask split"),
            event(2, ["Teodor Brask", "Ines Marlowe"], "Teodor Brask and Ines Marlowe split"),
            event(2, ["Teodor Brask", "Ines Marlowe"], "Teodor Brask and Ines Marlowe marry"),
        ],
    )
    rows = person_view(record, None, None)["timeline"]
    assert [(r["summary"], r["documents"]) for r in rows] == [
        ("Ines Marlowe and Teodor Brask split", 2),
        ("Teodor Brask and Ines Marlowe marry", 1),
    ]
