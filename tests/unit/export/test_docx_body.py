"""Paragraphs appended by BodyEnd are the ones python-docx's own API writes, in the same place."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.export.docx_body import BodyEnd

SHAPES = st.lists(
    st.tuples(st.sampled_from([None, "ListParagraph", "Heading1"]),
              st.one_of(st.none(), st.tuples(st.integers(1, 900), st.integers(0, 2)))),
    max_size=6,
)


def body_xml(document: docx.document.Document) -> str:
    return document.element.body.xml


@settings(deadline=None)  # a first python-docx Document takes 300 ms on a loaded machine
@given(SHAPES)
def test_paragraphs_match_python_docx_add_paragraph(shapes: list) -> None:
    ours, theirs = docx.Document(), docx.Document()
    end = BodyEnd(ours)
    for style_id, numbering in shapes:
        end.paragraph(style_id, numbering)
        paragraph = theirs.add_paragraph()
        if style_id is not None:
            paragraph._p.style = style_id
        if numbering is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = numbering[1]
            num_pr.get_or_add_numId().val = numbering[0]
    assert body_xml(ours) == body_xml(theirs)


def test_paragraphs_go_before_the_section_properties_and_mix_with_tables() -> None:
    document = docx.Document()
    end = BodyEnd(document)
    end.paragraph().add_run("first")
    document.add_table(rows=1, cols=1)
    end.paragraph().add_run("second")
    tags = [child.tag for child in document.element.body]
    assert tags == [qn("w:p"), qn("w:tbl"), qn("w:p"), qn("w:sectPr")]
    assert [p.text for p in document.paragraphs] == ["first", "second"]


def test_a_body_without_section_properties_grows_at_its_end() -> None:
    document = docx.Document()
    body = document.element.body
    body.remove(body.find(qn("w:sectPr")))
    end = BodyEnd(document)
    end.paragraph().add_run("one")
    end.paragraph().add_run("two")
    assert [p.text for p in document.paragraphs] == ["one", "two"]
