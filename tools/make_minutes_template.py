"""Generate ``resources/minutes.docx``, the default style template of the Word minutes.

Run ``python tools/make_minutes_template.py`` after changing it and commit the .docx. It starts
from python-docx's own template (which defines all of Word's built-in table styles) and gives it a
calm, professional look: A4 with 2.5 cm margins, Calibri body, Calibri Light headings in the
theme's blue, compact list spacing and a small grey footer.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TARGET = Path(__file__).resolve().parents[1] / "resources" / "minutes.docx"

BODY_FONT = "Calibri"
HEADING_FONT = "Calibri Light"
INK = RGBColor(0x26, 0x26, 0x26)
DARK_BLUE = RGBColor(0x1F, 0x38, 0x64)
BLUE = RGBColor(0x2E, 0x54, 0x96)
GREY = RGBColor(0x7F, 0x7F, 0x7F)

# (style, font, size pt, colour, bold, space before pt, space after pt)
PARAGRAPH_STYLES = (
    ("Normal", BODY_FONT, 11, INK, False, 0, 6),
    ("No Spacing", BODY_FONT, 11, INK, False, 0, 0),
    ("Title", HEADING_FONT, 26, DARK_BLUE, False, 0, 4),
    ("Subtitle", HEADING_FONT, 15, BLUE, False, 0, 12),
    ("Heading 1", HEADING_FONT, 16, DARK_BLUE, False, 18, 6),
    ("Heading 2", BODY_FONT, 12.5, BLUE, True, 12, 4),
    ("Heading 3", BODY_FONT, 11, BLUE, True, 10, 2),
    ("List Paragraph", BODY_FONT, 11, INK, False, 0, 2),
    ("Footer", BODY_FONT, 9, GREY, False, 0, 0),
    ("Caption", BODY_FONT, 9, GREY, False, 0, 6),
)


def _set_font(style: object, name: str) -> None:
    """An explicit font on every script slot; theme attributes would otherwise win."""
    r_pr = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), name)


def _theme_fonts(document: docx.document.Document) -> None:
    """Theme fonts too (table styles use them): Calibri Light headings, Calibri body."""
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/theme"):
            part = rel.target_part
            xml = part.blob.decode("utf-8")
            for slot, font in (("majorFont", HEADING_FONT), ("minorFont", BODY_FONT)):
                xml = re.sub(
                    rf'(<a:{slot}>\s*<a:latin typeface=")[^"]*"', rf'\g<1>{font}"', xml
                )
            part._blob = xml.encode("utf-8")


def _modern_settings(document: docx.document.Document) -> None:
    """Word 2013+ layout (no "Compatibility Mode" banner); spelling left for Word to check."""
    settings = document.settings.element
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    proof = settings.find(qn("w:proofState"))
    if proof is not None:
        settings.remove(proof)


def build() -> bytes:
    document = docx.Document()
    _theme_fonts(document)
    _modern_settings(document)
    for name, font, size, colour, bold, before, after in PARAGRAPH_STYLES:
        style = document.styles[name]
        _set_font(style, font)
        style.font.size = Pt(size)
        style.font.color.rgb = colour
        style.font.bold = bold
        style.font.italic = False
        fmt = style.paragraph_format
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(after)
        if name == "Normal":
            fmt.line_spacing = 1.1
    title = document.styles["Title"].element.get_or_add_pPr()
    border = title.find(qn("w:pBdr"))
    if border is not None:  # python-docx's Title has a rule under it; ours is plain
        title.remove(border)
    list_style = document.styles["List Paragraph"].paragraph_format
    list_style.left_indent = Cm(1.27)
    contextual = OxmlElement("w:contextualSpacing")
    document.styles["List Paragraph"].element.get_or_add_pPr().append(contextual)
    assert document.styles["Light Grid Accent 1"].type == WD_STYLE_TYPE.TABLE
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)
    section.header_distance = section.footer_distance = Cm(1.25)
    properties = document.core_properties
    properties.title = "Facilitator minutes template"
    properties.author = "Facilitator"
    properties.comments = ""
    properties.keywords = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> int:
    TARGET.write_bytes(build())
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
