<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="53" />
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="66" />
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="71" />
        <source>Change kind</source>
        <translation>Skift type</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="85" />
        <source>Change duration</source>
        <translation>Ændr varighed</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="89" />
        <source>Pin start time</source>
        <translation>Fastlås starttid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="89" />
        <source>Unpin start time</source>
        <translation>Frigør starttid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="103" />
        <source>Edit phases</source>
        <translation>Rediger faser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="111" />
        <source>Change the day's times</source>
        <translation>Ændr dagens tider</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="132" />
        <source>Insert item</source>
        <translation>Indsæt punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="139" />
        <source>Duplicate item</source>
        <translation>Kopiér punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="144" />
        <source>Delete item</source>
        <translation>Slet punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="149" />
        <source>Move item</source>
        <translation>Flyt punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="176" />
        <source>Import programme</source>
        <translation>Importér program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="193" />
        <source>Add attachment</source>
        <translation>Tilføj bilag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/editing.py" line="199" />
        <source>Remove attachment</source>
        <translation>Fjern bilag</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="105" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="105" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="105" />
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="105" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="105" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="106" />
        <source>Presenter</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="106" />
        <source>Notice</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="156" />
        <source>{minutes} min gap after</source>
        <translation>{minutes} min hul efter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="158" />
        <source>overlaps the next item by {minutes} min</source>
        <translation>overlapper næste punkt med {minutes} min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="177" />
        <source>Pinned to {time}. Clear the field to let it follow the item above.</source>
        <translation>Fastlåst til kl. {time}. Tøm feltet for at lade punktet følge punktet ovenfor.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="179" />
        <source>Type a time to pin the item to it (e.g. lunch at 12.00).</source>
        <translation>Skriv et klokkeslæt for at fastlåse punktet (fx frokost kl. 12.00).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="181" />
        <source>The sum of the item's phases</source>
        <translation>Summen af punktets faser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="192" />
        <source>overlaps the item before by {minutes} min</source>
        <translation>overlapper punktet før med {minutes} min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="193" />
        <source>{minutes} min gap before</source>
        <translation>{minutes} min hul før</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="194" />
        <source>runs past midnight</source>
        <translation>går over midnat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="195" />
        <source>has no duration</source>
        <translation>har ingen varighed</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_model.py" line="196" />
        <source>the programme ends {minutes} min after the planned end of the day</source>
        <translation>programmet slutter {minutes} min efter dagens planlagte afslutning</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="78" />
        <source>Planned end</source>
        <translation>Planlagt slut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="125" />
        <source>Insert</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="126" />
        <source>Duplicate</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="127" />
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="129" />
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="130" />
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="131" />
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="133" />
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="138" />
        <source>Paste programme…</source>
        <translation>Indsæt program…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="139" />
        <source>Open text file…</source>
        <translation>Åbn tekstfil…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="141" />
        <source>Programme handout (Word)…</source>
        <translation>Program til deltagerne (Word)…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="142" />
        <source>Facilitator's script (Word)…</source>
        <translation>Drejebog (Word)…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="143" />
        <source>Programme as text…</source>
        <translation>Program som tekst…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="145" />
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="158" />
        <source>Day starts</source>
        <translation>Dagen starter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="296" />
        <source>Open a programme</source>
        <translation>Åbn et program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="297" />
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Tekstfiler (*.txt *.md);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="303" />
        <source>Cannot open</source>
        <translation>Kan ikke åbne</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="304" />
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan ikke læse {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="323" />
        <source>Save the facilitator's script</source>
        <translation>Gem drejebogen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="323" />
        <source>Save the programme</source>
        <translation>Gem programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="324" />
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="335" />
        <source>Save the programme as text</source>
        <translation>Gem programmet som tekst</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="336" />
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="345" />
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="347" />
        <source>Saved {path}</source>
        <translation>Gemt: {path}</translation>
    </message>
</context>
<context>
    <name>CellInput</name>
    <message>
        <location filename="../../facilitator/ui/agenda/cell_input.py" line="29" />
        <source>“{text}” is not a number of minutes</source>
        <translation>“{text}” er ikke et antal minutter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/cell_input.py" line="32" />
        <source>A duration must be between 0 and 1440 minutes</source>
        <translation>En varighed skal være mellem 0 og 1440 minutter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/cell_input.py" line="43" />
        <source>“{text}” is not a clock time; write e.g. 12.00</source>
        <translation>“{text}” er ikke et klokkeslæt; skriv fx 12.00</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="55" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="56" />
        <source>Questions for the projector</source>
        <translation>Spørgsmål til skærmen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="57" />
        <source>Private notes (never projected)</source>
        <translation>Egne noter (vises aldrig på skærmen)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="58" />
        <source>Materials to bring</source>
        <translation>Materialer der skal med</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="81" />
        <source>Add phase</source>
        <translation>Tilføj fase</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="83" />
        <source>Remove phase</source>
        <translation>Fjern fase</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="89" />
        <source>Add file…</source>
        <translation>Tilføj fil…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="91" />
        <source>Add title…</source>
        <translation>Tilføj titel…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="93" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="99" />
        <source>Phases (the item lasts as long as its phases together)</source>
        <translation>Faser (punktet varer lige så længe som faserne tilsammen)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="102" />
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="116" />
        <source>No item selected</source>
        <translation>Intet punkt valgt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="145" />
        <source>Attach a file</source>
        <translation>Vedhæft en fil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="151" />
        <source>Not attached</source>
        <translation>Ikke vedhæftet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="152" />
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan ikke læse {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="161" />
        <source>Attachment</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/detail_pane.py" line="161" />
        <source>Title of the attachment (bilag):</source>
        <translation>Bilagets titel:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="155" />
        <source>Import programme</source>
        <translation>Importér program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="159" />
        <source>Paste the programme here, e.g.
12.30-12.50: Oplæg om …</source>
        <translation>Indsæt programmet her, fx
12.30-12.50: Oplæg om …</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="169" />
        <source>Replace the current agenda (otherwise the items are added at the end)</source>
        <translation>Erstat det nuværende program (ellers tilføjes punkterne til sidst)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="171" />
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="179" />
        <source>Lines marked in yellow could not be placed; they are kept as notes of the item above. Double-click a kind to correct it.</source>
        <translation>Linjer markeret med gult kunne ikke placeres; de gemmes som noter til punktet ovenfor. Dobbeltklik på en type for at rette den.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="199" />
        <source>{items} items found; {notes} lines kept as notes.</source>
        <translation>{items} punkter fundet; {notes} linjer gemt som noter.</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <location filename="../../facilitator/export/kind_names.py" line="17" />
        <source>Presentation</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/kind_names.py" line="18" />
        <source>Plenary discussion</source>
        <translation>Drøftelse i plenum</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/kind_names.py" line="19" />
        <source>Group work</source>
        <translation>Gruppearbejde</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/kind_names.py" line="20" />
        <source>Summary</source>
        <translation>Opsamling</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/kind_names.py" line="21" />
        <source>Accept, criticise, offer</source>
        <translation>Accepter, kritiser, tilbyd</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/kind_names.py" line="22" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/kind_names.py" line="23" />
        <source>Next steps</source>
        <translation>Det videre forløb</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/kind_names.py" line="24" />
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/kind_names.py" line="25" />
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>PhaseModel</name>
    <message>
        <location filename="../../facilitator/ui/agenda/phase_model.py" line="53" />
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/phase_model.py" line="53" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/phase_model.py" line="53" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/phase_model.py" line="53" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="79" />
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="79" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="79" />
        <source>Read as</source>
        <translation>Læst som</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="79" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="79" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="80" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="118" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="119" />
        <source>Description of the item above</source>
        <translation>Beskrivelse af punktet ovenfor</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="120" />
        <source>Day heading – kept as a note</source>
        <translation>Dagsoverskrift – gemt som note</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="121" />
        <source>Not placed – kept as a note</source>
        <translation>Ikke placeret – gemt som note</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/agenda/import_dialog.py" line="122" />
        <source>Decoration – left out</source>
        <translation>Pynt – udeladt</translation>
    </message>
</context>
<context>
    <name>ProgrammeExport</name>
    <message>
        <location filename="../../facilitator/export/programme.py" line="94" />
        <location filename="../../facilitator/export/programme.py" line="193" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="105" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="106" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="107" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="108" />
        <source>Presenter</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="161" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="163" />
        <source>by {presenter}</source>
        <translation>v/ {presenter}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="165" />
        <source>fixed time</source>
        <translation>fast tidspunkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="168" />
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="173" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="174" />
        <source>Questions for the projector</source>
        <translation>Spørgsmål til skærmen</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="175" />
        <source>Private notes</source>
        <translation>Egne noter</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="176" />
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="178" />
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="191" />
        <source>Facilitator's script</source>
        <translation>Drejebog</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/programme.py" line="200" />
        <source>The agenda is empty.</source>
        <translation>Programmet er tomt.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../facilitator/cli_agenda.py" line="62" />
        <source>There is no workshop {id} in this file (the list command shows them).</source>
        <translation>Der er ingen workshop {id} i denne fil (kommandoen list viser dem).</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli_agenda.py" line="95" />
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli_agenda.py" line="107" />
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan ikke læse {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli_agenda.py" line="117" />
        <source>Imported {items} items; {notes} lines kept as notes.</source>
        <translation>Importerede {items} punkter; {notes} linjer gemt som noter.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli_agenda.py" line="119" />
        <source>  line {number} kept as a note: {text}</source>
        <translation>  linje {number} gemt som note: {text}</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../facilitator/ui/agenda/agenda_view.py" line="48" />
        <source>Plan</source>
        <translation>Program</translation>
    </message>
</context>
</TS>