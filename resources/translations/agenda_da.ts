<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Add attachment</source>
        <translation>Tilføj bilag</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>Ændr varighed</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Skift type</translation>
    </message>
    <message>
        <source>Change the day's times</source>
        <translation>Ændr dagens tider</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Slet punkt</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Kopiér punkt</translation>
    </message>
    <message>
        <source>Edit phases</source>
        <translation>Rediger faser</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Importér program</translation>
    </message>
    <message>
        <source>Insert item</source>
        <translation>Indsæt punkt</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Flyt punkt</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Pin start time</source>
        <translation>Fastlås starttid</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Fjern bilag</translation>
    </message>
    <message>
        <source>Unpin start time</source>
        <translation>Frigør starttid</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Day {number}</source>
        <translation>Dag {number}</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Pinned to {time}. Clear the field to let it follow the item above.</source>
        <translation>Fastlåst til kl. {time}. Tøm feltet for at lade punktet følge punktet ovenfor.</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The sum of the item's phases</source>
        <translation>Summen af punktets faser</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type a time to pin the item to it (e.g. lunch at 12.00).</source>
        <translation>Skriv et klokkeslæt for at fastlåse punktet (fx frokost kl. 12.00).</translation>
    </message>
    <message>
        <source>has no duration</source>
        <translation>har ingen varighed</translation>
    </message>
    <message>
        <source>overlaps the item before by {minutes} min</source>
        <translation>overlapper punktet før med {minutes} min</translation>
    </message>
    <message>
        <source>overlaps the next item by {minutes} min</source>
        <translation>overlapper næste punkt med {minutes} min</translation>
    </message>
    <message>
        <source>runs past midnight</source>
        <translation>går over midnat</translation>
    </message>
    <message>
        <source>starts {minutes} min before the day starts</source>
        <translation>starter {minutes} min før dagen starter</translation>
    </message>
    <message>
        <source>the programme ends {minutes} min after the planned end of the day</source>
        <translation>programmet slutter {minutes} min efter dagens planlagte afslutning</translation>
    </message>
    <message>
        <source>{minutes} min gap after</source>
        <translation>{minutes} min hul efter</translation>
    </message>
    <message>
        <source>{minutes} min gap before</source>
        <translation>{minutes} min hul før</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Cannot open</source>
        <translation>Kan ikke åbne</translation>
    </message>
    <message>
        <source>Day starts</source>
        <translation>Dagen starter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Facilitator's script (Word)…</source>
        <translation>Drejebog (Word)…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Open a programme</source>
        <translation>Åbn et program</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Åbn fil…</translation>
    </message>
    <message>
        <source>Paste programme…</source>
        <translation>Indsæt program…</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <source>Programme as text…</source>
        <translation>Program som tekst…</translation>
    </message>
    <message>
        <source>Programme handout (Word)…</source>
        <translation>Program til deltagerne (Word)…</translation>
    </message>
    <message>
        <source>Programmes (*.txt *.md *.docx *.xlsx *.csv *.tsv *.html *.htm);;All files (*)</source>
        <translation>Programmer (*.txt *.md *.docx *.xlsx *.csv *.tsv *.html *.htm);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Save the facilitator's script</source>
        <translation>Gem drejebogen</translation>
    </message>
    <message>
        <source>Save the programme</source>
        <translation>Gem programmet</translation>
    </message>
    <message>
        <source>Save the programme as text</source>
        <translation>Gem programmet som tekst</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gemt: {path}</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <source>A duration must be between 0 and 1440 minutes</source>
        <translation>En varighed skal være mellem 0 og 1440 minutter</translation>
    </message>
    <message>
        <source>“{text}” is not a clock time; write e.g. 12.00</source>
        <translation>“{text}” er ikke et klokkeslæt; skriv fx 12.00</translation>
    </message>
    <message>
        <source>“{text}” is not a number of minutes</source>
        <translation>“{text}” er ikke et antal minutter</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Add file…</source>
        <translation>Tilføj fil…</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Tilføj fase</translation>
    </message>
    <message>
        <source>Add title…</source>
        <translation>Tilføj titel…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Vedhæft en fil</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation>Materialer der skal med</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Intet punkt valgt</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Ikke vedhæftet</translation>
    </message>
    <message>
        <source>Phases (the item lasts as long as its phases together)</source>
        <translation>Faser (punktet varer lige så længe som faserne tilsammen)</translation>
    </message>
    <message>
        <source>Private notes (never projected)</source>
        <translation>Egne noter (vises aldrig på skærmen)</translation>
    </message>
    <message>
        <source>Questions for the projector</source>
        <translation>Spørgsmål til skærmen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Fjern fase</translation>
    </message>
    <message>
        <source>Title of the attachment (bilag):</source>
        <translation>Bilagets titel:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source> %n line(s) kept as notes.</source>
        <translation><numerusform> %n linje gemt som note.</numerusform><numerusform> %n linjer gemt som noter.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found;</source>
        <translation><numerusform>%n punkt fundet;</numerusform><numerusform>%n punkter fundet;</numerusform></translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Import programme</source>
        <translation>Importér program</translation>
    </message>
    <message>
        <source>Lines marked in yellow are not items; they are kept as notes. Double-click a kind to correct it.</source>
        <translation>Linjer markeret med gult er ikke punkter; de gemmes som noter. Dobbeltklik på en type for at rette den.</translation>
    </message>
    <message>
        <source>Paste the programme here, e.g.
12.30-12.50: Oplæg om …</source>
        <translation>Indsæt programmet her, fx
12.30-12.50: Oplæg om …</translation>
    </message>
    <message>
        <source>Read from a Word document: its paragraphs and table rows.</source>
        <translation>Læst fra et Word-dokument: dets afsnit og tabelrækker.</translation>
    </message>
    <message>
        <source>Read from a spreadsheet: choose which column holds what.</source>
        <translation>Læst fra et regneark: vælg hvilken kolonne der indeholder hvad.</translation>
    </message>
    <message>
        <source>Read from a table or web page.</source>
        <translation>Læst fra en tabel eller webside.</translation>
    </message>
    <message>
        <source>Replace the current agenda (otherwise the items are added at the end)</source>
        <translation>Erstat det nuværende program (ellers tilføjes punkterne til sidst)</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan ikke læse {path}: {reason}</translation>
    </message>
    <message>
        <source>PDF files cannot be read: open the PDF, copy the programme and paste it (Ctrl+Shift+V).</source>
        <translation>PDF-filer kan ikke læses: åbn PDF'en, kopier programmet og indsæt det (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <source>RTF files cannot be read: save the document as .docx or as text.</source>
        <translation>RTF-filer kan ikke læses: gem dokumentet som .docx eller som tekst.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file looks like a Word or Excel document but cannot be opened (it may be damaged).</source>
        <translation>Filen ligner et Word- eller Excel-dokument, men kan ikke åbnes (den er måske beskadiget).</translation>
    </message>
    <message>
        <source>This is a database (perhaps a workshop file), not a programme.</source>
        <translation>Dette er en database (måske en workshopfil), ikke et program.</translation>
    </message>
    <message>
        <source>This is an old Word or Excel file (.doc/.xls): save it as .docx or .xlsx and open that.</source>
        <translation>Dette er en gammel Word- eller Excel-fil (.doc/.xls): gem den som .docx eller .xlsx og åbn den.</translation>
    </message>
    <message>
        <source>This is not a text, Word, spreadsheet or HTML file.</source>
        <translation>Dette er ikke en tekst-, Word-, regneark- eller HTML-fil.</translation>
    </message>
    <message>
        <source>This kind of document cannot be read: save it as .docx, .xlsx, .csv or text.</source>
        <translation>Denne type dokument kan ikke læses: gem det som .docx, .xlsx, .csv eller tekst.</translation>
    </message>
    <message>
        <source>{path} is {size} MB: too big for a programme (at most {limit} MB).</source>
        <translation>{path} fylder {size} MB: for stor til et program (højst {limit} MB).</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <source>Accept, criticise, offer</source>
        <translation>Accepter, kritiser, tilbyd</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Gruppearbejde</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Det videre forløb</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Plenary discussion</source>
        <translation>Drøftelse i plenum</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Opsamling</translation>
    </message>
</context>
<context>
    <name>PhaseModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
</context>
<context>
    <name>PinConflictBar</name>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>Let it &amp;follow the item before</source>
        <translation>Lad det &amp;følge punktet før</translation>
    </message>
    <message>
        <source>Pin it &amp;to {time}</source>
        <translation>Fastlås &amp;til {time}</translation>
    </message>
    <message>
        <source>“{title}” is pinned to {pin}, but the item before it ends at {end}: they overlap by {minutes} min.</source>
        <translation>“{title}” er fastlåst til {pin}, men punktet før slutter {end}: de overlapper med {minutes} min.</translation>
    </message>
    <message>
        <source>“{title}” is pinned to {pin}, {minutes} min before the day starts ({end}).</source>
        <translation>“{title}” er fastlåst til {pin}, {minutes} min før dagen starter ({end}).</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>12-hour time read as afternoon</source>
        <translation>12-timers klokkeslæt læst som eftermiddag</translation>
    </message>
    <message>
        <source>Block over the items below – kept as their note</source>
        <translation>Blok over punkterne nedenfor – gemt som deres note</translation>
    </message>
    <message>
        <source>Column names – kept as a note</source>
        <translation>Kolonnenavne – gemt som note</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Day heading – kept as a note</source>
        <translation>Dagsoverskrift – gemt som note</translation>
    </message>
    <message>
        <source>Decoration – left out</source>
        <translation>Pynt – udeladt</translation>
    </message>
    <message>
        <source>Description of the item above</source>
        <translation>Beskrivelse af punktet ovenfor</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>Dagens afslutning</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Not placed – kept as a note</source>
        <translation>Ikke placeret – gemt som note</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Læst som</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>ends after midnight</source>
        <translation>slutter efter midnat</translation>
    </message>
    <message>
        <source>ends where the next item begins</source>
        <translation>slutter hvor næste punkt begynder</translation>
    </message>
    <message>
        <source>ends with the day</source>
        <translation>slutter med dagen</translation>
    </message>
    <message>
        <source>no length written: fill it in</source>
        <translation>ingen varighed angivet: udfyld den</translation>
    </message>
    <message>
        <source>parallel: same start as another item</source>
        <translation>parallelt: samme start som et andet punkt</translation>
    </message>
    <message>
        <source>starts a new day</source>
        <translation>starter en ny dag</translation>
    </message>
    <message>
        <source>starts before the item above</source>
        <translation>starter før punktet ovenfor</translation>
    </message>
</context>
<context>
    <name>ProgrammeExport</name>
    <message>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Day {number}</source>
        <translation>Dag {number}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Facilitator's script</source>
        <translation>Drejebog</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Egne noter</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Questions for the projector</source>
        <translation>Spørgsmål til skærmen</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Programmet er tomt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>by {presenter}</source>
        <translation>v/ {presenter}</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>fast tidspunkt</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>  line {number} kept as a note: {text}</source>
        <translation>  linje {number} gemt som note: {text}</translation>
    </message>
    <message numerus="yes">
        <source> %n line(s) kept as notes.</source>
        <translation><numerusform> %n linje gemt som note.</numerusform><numerusform> %n linjer gemt som noter.</numerusform></translation>
    </message>
    <message>
        <source>Give the programme file to import (or --undo).</source>
        <translation>Angiv programfilen der skal importeres (eller --undo).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s);</source>
        <translation><numerusform>Importerede %n punkt;</numerusform><numerusform>Importerede %n punkter;</numerusform></translation>
    </message>
    <message>
        <source>The replaced agenda is kept: facilitator import-agenda --workshop {id} --undo brings it back.</source>
        <translation>Det erstattede program er gemt: facilitator import-agenda --workshop {id} --undo henter det tilbage.</translation>
    </message>
    <message>
        <source>There is no workshop {id} in this file (the list command shows them).</source>
        <translation>Der er ingen workshop {id} i denne fil (kommandoen list viser dem).</translation>
    </message>
    <message numerus="yes">
        <source>Took back the import {source}of {stamp}: %n item(s) removed, {restored} restored.</source>
        <translation><numerusform>Importen {source}fra {stamp} er taget tilbage: %n punkt fjernet, {restored} genskabt.</numerusform><numerusform>Importen {source}fra {stamp} er taget tilbage: %n punkter fjernet, {restored} genskabt.</numerusform></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
</context>
</TS>