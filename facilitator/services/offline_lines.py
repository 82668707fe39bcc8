"""Typing on while the server is away: lines go to this station's journal and are sent later.

Only lines typed into a list are kept this way (the one thing typed continuously during a
workshop); every other change is refused with the server's "cannot be reached" until it is
back. A line is sent with the id its station made for it, so a line whose answer was lost with
the network is stored once.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain.text import clean_text
from facilitator.services.capture import CaptureService, ContributionView
from facilitator.services.changes import Changes
from facilitator.storage.errors import ServerUnreachableError, ServerWriteError
from facilitator.storage.line_journal import LineJournal, PendingLine
from facilitator.storage.models import utc_now


@dataclass(frozen=True)
class Sent:
    """What sending the journal did: lines now on the server, lines still here, and the changes."""

    sent: int
    waiting: int
    changes: Changes


class OfflineLines:
    """Adds typed lines to the store, or to the journal while the server cannot be reached.

    ``journal`` is ``None`` for a file (nothing to be away from): then it is plain adding.
    """

    def __init__(self, capture: CaptureService, journal: LineJournal | None) -> None:
        self._capture = capture
        self._journal = journal

    def add(self, item_id: int, cluster_id: int | None, text: str, *, column_index: int = 0,
            client_id: str) -> tuple[ContributionView | None, Changes, bool]:
        """The stored line and its changes, or ``(None, changes, True)``: kept in the journal.

        Lines kept earlier go first: a line typed just as the server came back, before anyone
        sent the journal, would otherwise be stored ahead of the lines typed before it. While
        they cannot all be sent, this one is kept behind them.
        """
        earlier = Changes()
        if self._holds_unsent():
            earlier = self.send().changes
            if self._holds_unsent():
                return None, earlier, self._keep(item_id, cluster_id, column_index, text, client_id)
        try:
            view, changes = self._capture.add_contribution(
                item_id, cluster_id, text, column_index=column_index, client_id=client_id)
        except ServerUnreachableError:
            if self._journal is None:
                raise
            return None, earlier, self._keep(item_id, cluster_id, column_index, text, client_id)
        return view, earlier | changes, False

    def _holds_unsent(self) -> bool:
        """Whether lines wait to be sent (a refused one waits for the user, not for the server)."""
        return self._journal is not None and any(not line.refused for line in self._journal.lines())

    def _keep(self, item_id: int, cluster_id: int | None, column_index: int, text: str, client_id: str) -> bool:
        """Into the journal, on disk when this returns; False for an empty line (nothing kept)."""
        assert self._journal is not None
        cleaned = clean_text(text).strip()
        if not cleaned:
            return False
        self._journal.keep(PendingLine(client_id, item_id, cluster_id, column_index, cleaned, utc_now().isoformat()))
        return True

    def pending(self, item_id: int, cluster_id: int | None, column_index: int = 0) -> list[PendingLine]:
        """The lines of one list still waiting on this station, in the order typed."""
        if self._journal is None:
            return []
        return [line for line in self._journal.lines() if line.in_list(item_id, cluster_id, column_index)]

    def waiting(self) -> int:
        return 0 if self._journal is None else len(self._journal.lines())

    def send(self) -> Sent:
        """Send the journal's lines in the order typed; stop at the first "cannot be reached".

        A line the server refuses (its item was deleted meanwhile) stays in the journal with
        the reason, so nothing typed is ever dropped silently.
        """
        if self._journal is None:
            return Sent(0, 0, Changes())
        sent, changes = 0, Changes()
        for line in self._journal.lines():
            if line.refused:
                continue
            try:
                _view, change = self._capture.add_contribution(
                    line.item_id, line.cluster_id, line.text, column_index=line.column_index,
                    client_id=line.client_id)
            except ServerUnreachableError:
                break
            except ServerWriteError as refusal:
                self._journal.refused(line.client_id, refusal.detail)
                continue
            self._journal.sent(line.client_id)
            sent += 1
            changes = changes | change
        return Sent(sent, len(self._journal.lines()), changes)
