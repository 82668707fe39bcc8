"""Pasting into the notes keeps paragraphs, bold and lists, whatever program the text came from."""

from __future__ import annotations

from facilitator.domain.notes import ListBlock, ListEntry, Notes, Paragraph, Span
from facilitator.domain.notes_paste import notes_from_html, notes_from_plain_text

WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri"} --></style>
<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
<body lang=DA><!--StartFragment-->
<p class=MsoNormal><b><span style='font-size:12.0pt'>Kort fortalt:</span></b><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Flere
opgaver skal løses i det nære sundhedsvæsen</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>a.<span>&nbsp;</span></span><![endif]>forebyggelse frem for indlæggelse</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span><![endif]>Kompetenceudvikling</p>
<p class=MsoNormal><span style='color:red'>Rød</span> tekst med <a href="http://x">link</a><img src="x.png"></p>
<!--EndFragment--></body></html>"""

GOOGLE_HTML = """<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span
style="font-weight:400;">Almindelig og </span><span style="font-weight:700;">fed</span></p><ul><li dir="ltr"
style="list-style-type:disc;" aria-level="1"><p dir="ltr"><span>Punkt</span></p></li><li aria-level="2"
style="list-style-type:circle;"><p><span>Underpunkt</span></p></li></ul><ol><li style="list-style-type:decimal;"><p>Et</p></li></ol></b>"""


def test_word_keeps_bold_lists_and_levels_and_drops_the_rest() -> None:
    notes = notes_from_html(WORD_HTML)
    assert notes.blocks == (
        Paragraph((Span("Kort fortalt:", True),)),
        ListBlock(True, (ListEntry((Span("Flere opgaver skal løses i det nære sundhedsvæsen"),), 0),
                         ListEntry((Span("forebyggelse frem for indlæggelse"),), 1))),
        ListBlock(False, (ListEntry((Span("Kompetenceudvikling"),), 0),)),
        Paragraph((Span("Rød tekst med link"),)),
    )


def test_google_docs_normal_weight_wrapper_is_not_bold() -> None:
    notes = notes_from_html(GOOGLE_HTML)
    assert notes.blocks == (
        Paragraph((Span("Almindelig og "), Span("fed", True))),
        ListBlock(False, (ListEntry((Span("Punkt"),), 0), ListEntry((Span("Underpunkt"),), 1))),
        ListBlock(True, (ListEntry((Span("Et"),), 0),)),
    )


def test_scripts_styles_and_hidden_text_never_arrive() -> None:
    html = ('<p>Synligt<script>alert(1)</script><style>p{}</style><span style="display: none">skjult</span></p>'
            '<p onclick="x()">Klik<br>ny linje</p><table><tr><td>Celle 1</td><td><b>Celle 2</b></td></tr></table>')
    notes = notes_from_html(html)
    assert notes.plain_text() == "Synligt\nKlik\nny linje\nCelle 1\nCelle 2"
    assert notes.blocks[1] == Paragraph((Span("Klik\nny linje"),))
    assert "script" not in notes.to_json() and "onclick" not in notes.to_json()


def test_broken_html_loses_no_text() -> None:
    notes = notes_from_html("<p>Åben <b>fed <i>kursiv</p></b> efter </span></div> slut")
    assert "Åben fed kursiv" in notes.plain_text() and "efter slut" in notes.plain_text()


def test_plain_text_lines_become_paragraphs_and_lists() -> None:
    text = ("Kommunernes sundhedsopgaver:\n· Borgerrettet forebyggelse\n· Tidlig indsats – Kronisk sygdom\n"
            "Hvordan er det organiseret?\n1. SKU: De har opgaven\n2. Det fælleskommunale Forretningsudvalg\n"
            "\t- At de praktiserende læge bliver forpligtiget\n\t- Borgeren i centrum\r\n")
    notes = notes_from_plain_text(text)
    assert notes == Notes((
        Paragraph((Span("Kommunernes sundhedsopgaver:"),)),
        ListBlock(False, (ListEntry((Span("Borgerrettet forebyggelse"),)), ListEntry((Span("Tidlig indsats – Kronisk sygdom"),)))),
        Paragraph((Span("Hvordan er det organiseret?"),)),
        ListBlock(True, (ListEntry((Span("SKU: De har opgaven"),)), ListEntry((Span("Det fælleskommunale Forretningsudvalg"),)))),
        ListBlock(False, (ListEntry((Span("At de praktiserende læge bliver forpligtiget"),), 1),
                          ListEntry((Span("Borgeren i centrum"),), 1))),
    ))


def test_a_megabyte_paste_arrives_whole() -> None:
    line = "Lang linje med æøå og 😀 " * 45
    text = "\n".join(f"{line}{n}" for n in range(1_000))
    assert len(text) > 1_000_000
    notes = notes_from_plain_text(text)
    assert len(notes.blocks) == 1_000 and notes.plain_text().endswith("999")


def test_odd_attribute_values_are_ignored() -> None:
    html = '<ul><li aria-level="²">Et</li><li aria-level="99999999999999999999">To</li></ul><p style="font-weight:⁹00">x</p>'
    notes = notes_from_html(html)
    assert notes.plain_text() == "- Et\n- To\nx"
