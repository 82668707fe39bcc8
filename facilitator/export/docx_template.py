"""The Word file the minutes are built in: the user's template or ours, prepared for writing.

A template brings the organisation's styles, page setup, header logo and footer; its body text is
removed. python-docx refuses a ``.dotx`` (its main part has the template content type), so the
package is re-labelled as a document in memory first.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from facilitator.assets import resource
from facilitator.export.docx_text import add_text
from facilitator.export.errors import TemplateError

DEFAULT_TEMPLATE = "minutes.docx"
_TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_CONTENT_TYPES = "[Content_Types].xml"


def as_document_package(data: bytes) -> bytes:
    """``data`` with a template's (.dotx/.dotm-free) main part re-labelled as a document."""
    source = zipfile.ZipFile(io.BytesIO(data))
    types = source.read(_CONTENT_TYPES)
    if _TEMPLATE_MAIN not in types:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == _CONTENT_TYPES:
                content = content.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
            target.writestr(info, content)
    return out.getvalue()


def open_template(path: Path | None) -> Document:
    """A document with the styles of ``path`` (or the default template) and an empty body."""
    try:
        data = resource(DEFAULT_TEMPLATE).read_bytes() if path is None else Path(path).read_bytes()
    except OSError as exc:
        raise TemplateError(path or DEFAULT_TEMPLATE, str(exc)) from exc
    try:
        document = docx.Document(io.BytesIO(as_document_package(data)))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError, XMLSyntaxError) as exc:
        raise TemplateError(path or DEFAULT_TEMPLATE, str(exc)) from exc
    _clear_body(document)
    return document


def _clear_body(document: Document) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def set_language(document: Document, tag: str) -> None:
    """Proofing language for the whole document: ``w:lang`` in the style defaults and styles.

    ``core_properties.language`` does not do this (pitfalls.md); a template's styles may pin their
    own ``w:lang``, which would otherwise win over the default.
    """
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        styles.insert(0, defaults)
    r_pr_default = defaults.find(qn("w:rPrDefault"))
    if r_pr_default is None:
        r_pr_default = parse_xml(f"<w:rPrDefault {nsdecls('w')}><w:rPr/></w:rPrDefault>")
        defaults.insert(0, r_pr_default)
    r_pr = r_pr_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        r_pr_default.append(r_pr)
    if r_pr.find(qn("w:lang")) is None:
        r_pr.append(OxmlElement("w:lang"))
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), tag)


def style_named(document: Document, *names: str) -> BaseStyle | None:
    """The first of ``names`` the template defines (templates define only what they use)."""
    for name in names:
        try:
            return document.styles[name]
        except KeyError:
            continue
    return None


def ensure_heading_styles(document: Document, levels: int = 3) -> None:
    """Add "Heading 1…n" (and "Title") when a template lacks them, so the navigation pane works.

    python-docx maps the English name to Word's built-in id, so Word treats the added style as its
    own heading; the outline level makes it appear in the navigation pane either way.
    """
    for level in range(1, levels + 1):
        name = f"Heading {level}"
        if style_named(document, name) is None:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = style_named(document, "Normal")
            style.font.bold = True
            style.paragraph_format.keep_with_next = True
            p_pr = style.element.get_or_add_pPr()
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(level - 1))
            p_pr.append(outline)
    for name in ("Title", "Subtitle"):
        if style_named(document, name) is None:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = style_named(document, "Normal")
            style.font.bold = name == "Title"


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A complex field (``PAGE``, ``NUMPAGES``) Word and LibreOffice update when they lay out.

    One run per part, as Word writes it: begin, instruction, separate, cached result, end.
    """
    for kind in ("begin", "instruction", "separate", "result", "end"):
        run = paragraph.add_run()
        if kind == "instruction":
            text = OxmlElement("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = f" {instruction} "
            run._r.append(text)
        elif kind == "result":
            run.text = "1"
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def add_page_numbers(document: Document, pattern: str) -> None:
    """A centred "Page {page} of {pages}" line in every footer that has no page number yet.

    A template's own footer (address, logo) is kept; the numbers go below it.
    """
    for section in document.sections:
        footer = section.footer
        footer.is_linked_to_previous = False
        xml = footer._element.xml
        if "PAGE" in xml and ("instrText" in xml or "fldSimple" in xml):
            continue
        empty = not "".join(p.text for p in footer.paragraphs).strip()
        paragraph = footer.paragraphs[0] if empty else footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        style = style_named(document, "Footer")
        if style is not None:
            paragraph.style = style
        marked = pattern.replace("{pages}", "\0NUMPAGES\0").replace("{page}", "\0PAGE\0")
        for index, piece in enumerate(marked.split("\0")):
            if index % 2:
                _field(paragraph, piece)
            elif piece:
                add_text(paragraph, piece)
