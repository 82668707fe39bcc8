"""The offline journal: lines kept on this laptop survive a restart, go once, keep a refusal."""

from __future__ import annotations

from pathlib import Path

from facilitator.storage.line_journal import LineJournal, PendingLine, journal_path


def _line(number: int, cluster_id: int | None = 3) -> PendingLine:
    return PendingLine(f"id-{number}", 7, cluster_id, 0, f"Linje {number} æøå", "2026-12-01T10:00:00")


def test_kept_lines_are_there_after_reopening_in_the_order_typed(tmp_path: Path) -> None:
    path = journal_path(tmp_path, "postgresql://facilitator@venue:5432/temadag")
    journal = LineJournal(path)
    for number in (1, 2, 3):
        journal.keep(_line(number))
    journal.keep(_line(2))  # the same line twice is kept once
    journal.close()  # (no close at all is the crash test in test_server_outage)
    again = LineJournal(path)
    assert [line.text for line in again.lines()] == ["Linje 1 æøå", "Linje 2 æøå", "Linje 3 æøå"]
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_sent_line_is_forgotten_and_a_refused_one_kept_with_its_reason(tmp_path: Path) -> None:
    path = journal_path(tmp_path, "postgresql://venue/temadag")
    journal = LineJournal(path)
    journal.keep(_line(1))
    journal.keep(_line(2, cluster_id=None))
    journal.sent("id-1")
    journal.refused("id-2", "the item was deleted")
    journal.close()
    kept = LineJournal(path).lines()
    assert [(line.client_id, line.refused) for line in kept] == [("id-2", "the item was deleted")]
    assert kept[0].in_list(7, None, 0) and not kept[0].in_list(7, 3, 0)


def test_each_server_has_its_own_journal(tmp_path: Path) -> None:
    assert journal_path(tmp_path, "postgresql://a/x") != journal_path(tmp_path, "postgresql://b/x")
