"""Typing on while the server is away: the journal keeps lines, and nothing overtakes them."""

from __future__ import annotations

from pathlib import Path

from facilitator.services.changes import Changes
from facilitator.services.offline_lines import OfflineLines
from facilitator.storage.errors import ServerUnreachableError, ServerWriteError
from facilitator.storage.line_journal import LineJournal


class Server:
    """A capture service over a server that can be away; it keeps the lines in commit order."""

    def __init__(self) -> None:
        self.away = False
        self.stored: list[str] = []
        self.refuse = ""  # a line the server says no to (its item deleted meanwhile)

    def add_contribution(self, item_id: int, cluster_id: int | None, text: str, *, column_index: int = 0,
                         client_id: str) -> tuple[object, Changes]:
        if self.away:
            raise ServerUnreachableError("postgresql://venue/temadag", "away")
        if text == self.refuse:
            raise ServerWriteError("postgresql://venue/temadag", "the item was deleted")
        if text not in self.stored:  # the client id's guarantee: sent twice, stored once
            self.stored.append(text)
        return object(), Changes(capture=True, workshop_id=1, item_id=item_id)


def _type(lines: OfflineLines, text: str) -> bool:
    _view, _changes, kept = lines.add(7, 3, text, client_id=text.replace(" ", "-"))
    return kept


def test_a_line_typed_when_the_server_is_back_waits_behind_the_lines_kept_while_it_was_away(tmp_path: Path) -> None:
    server = Server()
    lines = OfflineLines(server, LineJournal(tmp_path / "journal.sqlite"))  # type: ignore[arg-type]
    assert not _type(lines, "Linje 1")
    server.away = True
    assert _type(lines, "Linje 2") and _type(lines, "Linje 3")
    server.away = False  # back, and the next Enter comes before anyone sent the journal
    assert not _type(lines, "Linje 4")
    assert server.stored == ["Linje 1", "Linje 2", "Linje 3", "Linje 4"]  # in the order typed
    assert lines.waiting() == 0


def test_a_line_the_server_refused_does_not_hold_back_the_lines_typed_after_it(tmp_path: Path) -> None:
    server = Server()
    lines = OfflineLines(server, LineJournal(tmp_path / "journal.sqlite"))  # type: ignore[arg-type]
    server.away = True
    assert _type(lines, "Til et slettet punkt")
    server.away, server.refuse = False, "Til et slettet punkt"  # its item was deleted meanwhile
    assert not _type(lines, "Linje 2")
    assert not _type(lines, "Linje 3")
    assert server.stored == ["Linje 2", "Linje 3"]
    assert [(line.text, bool(line.refused)) for line in lines.pending(7, 3)] == [("Til et slettet punkt", True)]
