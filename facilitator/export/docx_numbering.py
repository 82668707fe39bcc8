"""Numbered and bulleted lists that restart where the minutes say so.

Word's "List Number" keeps counting across separate lists; a list restarts only with its own
``w:num`` carrying a ``startOverride`` (python-docx issues 25 and 87). The list definitions are
added to the document itself at export time, so a user's own template needs no list styles.
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.numbering import CT_Num
from docx.shared import Twips

LEVELS = 3
"""Item, sub-point, sub-sub-point; deeper points are shown at the third level."""

_INDENT = 360  # twentieths of a point per level (a quarter inch, Word's default)

_NUMBERED = (("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%3."))
_BULLETED = (("bullet", "\u2022"), ("bullet", "\u2013"), ("bullet", "\u25e6"))


def _abstract_xml(abstract_id: int, formats: tuple[tuple[str, str], ...]) -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{_INDENT * (level + 1)}" w:hanging="{_INDENT}"/></w:pPr></w:lvl>'
        for level, (fmt, text) in enumerate(formats)
    )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )


class Lists:
    """Creates restarting lists in one document and numbers paragraphs into them."""

    def __init__(self, document: Document) -> None:
        self._numbering = document.part.numbering_part.element
        self._abstract: dict[str, int] = {}
        # python-docx finds the next free numId with an XPath over every w:num (quadratic in lists).
        self._num_ids = {num.numId for num in self._numbering.num_lst}

    def new_numbered(self) -> int:
        """A fresh "1., 2., 3." list (its ``numId``), starting again at 1."""
        return self._new_list("numbered", _NUMBERED)

    def new_bulleted(self) -> int:
        return self._new_list("bulleted", _BULLETED)

    def _new_list(self, kind: str, formats: tuple[tuple[str, str], ...]) -> int:
        if kind not in self._abstract:
            self._abstract[kind] = self._add_abstract(formats)
        num_id = next(n for n in range(1, len(self._num_ids) + 2) if n not in self._num_ids)
        self._num_ids.add(num_id)
        num = self._numbering._insert_num(CT_Num.new(num_id, self._abstract[kind]))
        for level in range(LEVELS):
            override = f'<w:lvlOverride {nsdecls("w")} w:ilvl="{level}"><w:startOverride w:val="1"/></w:lvlOverride>'
            num.append(parse_xml(override))
        return num.numId

    def _add_abstract(self, formats: tuple[tuple[str, str], ...]) -> int:
        existing = [int(a.get(qn("w:abstractNumId"))) for a in self._numbering.findall(qn("w:abstractNum"))]
        abstract_id = max(existing, default=-1) + 1
        element = parse_xml(_abstract_xml(abstract_id, formats))
        first_num = self._numbering.find(qn("w:num"))
        if first_num is not None:  # schema order: every abstractNum before the first num
            first_num.addprevious(element)
        else:
            self._numbering.append(element)
        return abstract_id

    @staticmethod
    def indent(level: int) -> Twips:
        """Where the text of an entry at ``level`` starts (its number hangs to the left of it)."""
        return Twips(_INDENT * (Lists.level(level) + 1))

    @staticmethod
    def level(level: int) -> int:
        """``level`` (0 = top) clamped to the levels the lists define."""
        return min(max(level, 0), LEVELS - 1)
