"""Programme texts shared by the agenda tests: the seed 000 programme as a consultant pastes it."""

from facilitator.domain.programme.model import ParsedItem
from facilitator.domain.programme.reader import parse


def only_item(line: str) -> ParsedItem:
    """The one item a line is read as (fails when it is read as none or several)."""
    items = parse(line).programme.items
    assert len(items) == 1, items
    return items[0]


SEED_PROGRAMME = """Program

- 12.30-12.50: Oplæg om de overordnede rammer for sundhedsaftalen v/ formandskabet
- 12.50-13.10: Drøftelse af udfordringsbillede
- 13.10-13.25: Opsamling
- 13.25-13.55: Drøftelse: fra udfordringer til mål og indsatser (10 min oplæg, 20 min gruppearbejde)
- 13.55-14.10: Opsamling
- 14.10-14.50: Drøftelse: fra strategiske mål og indsatsområder til design af løsninger (10 min. oplæg, 30 min. drøftelse)
- 14.50-15.20: Accepter, kritiser, tilbyd
- 15.20-15.30: Det videre forløb

Udfordringer:
"""
