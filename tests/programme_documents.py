"""Documents the programme tests build: a Word invitation letter, a workbook, clipboard HTML."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document


def invitation_docx() -> bytes:
    """A real invitation letter: address, prose, the programme as a table, a signature."""
    document = Document()
    document.add_paragraph("Region Midtjylland\nSundhedsplanlægning")
    document.add_paragraph("Viborg, den 3. februar 2025")
    document.add_heading("Invitation til temadag om det nære sundhedsvæsen", level=1)
    document.add_paragraph("Kære samarbejdspartner")
    document.add_paragraph("Vi inviterer hermed til temadag tirsdag den 4. marts 2025 kl. 9.00-15.30 i "
                           "Regionshuset, Skottenborg 26, 8800 Viborg. Dagen veksler mellem oplæg og "
                           "gruppearbejde i klynger (2 à 3 kommuner pr. bord).")
    document.add_paragraph("Program")
    rows = [
        ("Tid", "Indhold", "Ansvarlig"),
        ("09.00-09.30", "Ankomst og morgenmad", ""),
        ("09.30-09.45", "Velkomst", "Direktør Anne Holm"),
        ("09.45-10.30", "Oplæg: Fælles ambitioner\n(10 min oplæg, 35 min drøftelse)", "Bo Jensen"),
        ("", "Spørgsmål fra salen", ""),
        ("10.30-10.45", "Kaffepause", ""),
        ("10.45-12.00", "Gruppearbejde i klynger", "Alle"),
        ("12.00-12.45", "Frokost", ""),
        ("12.45-14.15", "Accepter, kritiser, tilbyd", "Facilitator"),
        ("14.15-15.00", "Opsamling i plenum", ""),
        ("15.00-15.30", "Det videre forløb", "Formandskabet"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            lines = value.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    document.add_paragraph("Tilmelding senest den 21. februar på www.rm.dk/temadag.")
    document.add_paragraph("Med venlig hilsen")
    document.add_paragraph("Karen Madsen, konsulent")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def numbered_docx() -> bytes:
    """An agenda written as a Word numbered list ("List Number"), numbers not in the text."""
    document = Document()
    document.add_paragraph("Dagsorden for teammødet")
    for text in ("Velkomst og check-in (15 min)", "Status på projektet – 30 min", "Pause",
                 "Gruppearbejde (45 min)", "Næste skridt"):
        document.add_paragraph(text, style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def workbook_xlsx() -> bytes:
    """A programme as people keep it in Excel: time cells, a length column, a date row."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Start", "Varighed", "Emne", "Ansvarlig"])
    sheet.append([dt.datetime(2025, 3, 4)])
    sheet.append([dt.time(9, 0), 30, "Velkomst", "Anne"])
    sheet.append([dt.time(9, 30), 45, "Oplæg om data", "Bo"])
    sheet.append([dt.time(10, 15), 15, "Kaffe", None])
    sheet.append([dt.time(10, 30), 90, "Gruppearbejde", "Alle"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WORD_CLIPBOARD_HTML = """Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000002000\r\n
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=DA><!--StartFragment-->
<p class=MsoNormal>Program for dagen<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
 <tr><td width=120><p class=MsoNormal><b>Tid<o:p></o:p></b></p></td>
     <td><p class=MsoNormal><b>Program<o:p></o:p></b></p></td></tr>
 <tr><td><p class=MsoNormal>09.00&nbsp;–&nbsp;09.30<o:p></o:p></p></td>
     <td><p class=MsoNormal>Velkomst og kaffe<o:p></o:p></p></td></tr>
 <tr><td rowspan=2><p class=MsoNormal>09.30 – 11.00</p></td>
     <td><p class=MsoNormal>Oplæg v/ Anne Holm</p></td></tr>
 <tr><td><p class=MsoNormal>Spørgsmål</p></td></tr>
 <tr><td><p class=MsoNormal>11.00 – 11.15</p></td><td><p class=MsoNormal>Pause</p></td></tr>
</table>
<p class=MsoNormal><![if !supportLists]>1.&nbsp;&nbsp;<![endif]>Husk navneskilte</p>
<!--EndFragment--></body></html>"""
