<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>BackMatter</name>
    <message>
        <location filename="../../facilitator/export/minutes_back.py" line="17" />
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_back.py" line="22" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_back.py" line="22" />
        <source>Remarks</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_back.py" line="22" />
        <source>Rating (1–5)</source>
        <translation>Vurdering (1–5)</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_back.py" line="38" />
        <source>Next steps</source>
        <translation>Det videre forløb</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_back.py" line="43" />
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_back.py" line="43" />
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_back.py" line="43" />
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_back.py" line="51" />
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="61" />
        <source>Export minutes</source>
        <translation>Eksportér referat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="66" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="68" />
        <source>Facilitator's own style</source>
        <translation>Facilitators egen typografi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="73" />
        <source>Include items and sections with nothing recorded</source>
        <translation>Medtag punkter og afsnit uden indhold</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="74" />
        <source>Show actual times next to the planned ones</source>
        <translation>Vis faktiske tider ved siden af de planlagte</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="76" />
        <source>Show participants' e-mail addresses</source>
        <translation>Vis deltagernes e-mailadresser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="78" />
        <source>Open the file when it is written</source>
        <translation>Åbn filen, når den er skrevet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="86" />
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="95" />
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="96" />
        <source>&amp;Style template:</source>
        <translation>&amp;Typografiskabelon:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="97" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="112" />
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="119" />
        <source>Save minutes as</source>
        <translation>Gem referat som</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="119" />
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="126" />
        <source>Choose a style template</source>
        <translation>Vælg en typografiskabelon</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="127" />
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokumenter og -skabeloner (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="146" />
        <source>Choose a file name for the minutes.</source>
        <translation>Vælg et filnavn til referatet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="149" />
        <source>Writing the minutes…</source>
        <translation>Skriver referatet…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="157" />
        <source>Minutes not written</source>
        <translation>Referatet blev ikke skrevet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="161" />
        <source>The minutes were written to {path}.</source>
        <translation>Referatet er gemt i {path}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/export_dialog.py" line="164" />
        <source>The minutes were written to {path}, but no program could open them.</source>
        <translation>Referatet er gemt i {path}, men intet program kunne åbne det.</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <location filename="../../facilitator/export/errors.py" line="25" />
        <source>The minutes could not be written to {path}: {detail}</source>
        <translation>Referatet kunne ikke gemmes i {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/errors.py" line="32" />
        <source>{path} is a folder. Choose a file name for the minutes.</source>
        <translation>{path} er en mappe. Vælg et filnavn til referatet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/errors.py" line="39" />
        <source>The folder for {path} does not exist.</source>
        <translation>Mappen til {path} findes ikke.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/errors.py" line="46" />
        <source>{path} or its folder is read-only. Choose another file name or folder; nothing was changed.</source>
        <translation>{path} eller mappen er skrivebeskyttet. Vælg et andet filnavn eller en anden mappe; intet er ændret.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/errors.py" line="55" />
        <source>{path} is open in another program (Word?). Close it there and export again; the file was left as it was.</source>
        <translation>{path} er åben i et andet program (Word?). Luk den dér, og eksportér igen; filen er uændret.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/errors.py" line="64" />
        <source>The disk holding {path} is full. Free some space and export again; the file was left as it was.</source>
        <translation>Disken med {path} er fuld. Frigør plads, og eksportér igen; filen er uændret.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/errors.py" line="73" />
        <source>{path} cannot be used as a style template: it is not a Word document (.docx) or Word template (.dotx).</source>
        <translation>{path} kan ikke bruges som typografiskabelon: det er hverken et Word-dokument (.docx) eller en Word-skabelon (.dotx).</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/errors.py" line="88" />
        <source>There is no workshop with number {id} in this file.</source>
        <translation>Der er ingen workshop med nummer {id} i denne fil.</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="22" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="23" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="30" />
        <source>Organiser:</source>
        <translation>Arrangør:</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="31" />
        <source>Facilitator:</source>
        <translation>Facilitator:</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="32" />
        <source>Minutes by:</source>
        <translation>Referent:</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="33" />
        <source>E-mail:</source>
        <translation>Mail:</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="34" />
        <source>Phone:</source>
        <translation>Tlf.:</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="35" />
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="46" />
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="57" />
        <source>Other participants</source>
        <translation>Øvrige deltagere</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="75" />
        <location filename="../../facilitator/export/minutes_front.py" line="78" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="80" />
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="82" />
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="83" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="83" />
        <source>Presenter</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_front.py" line="89" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>ItemSections</name>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="47" />
        <source>Untitled item</source>
        <translation>Punkt uden titel</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="49" />
        <source>{number}. {title} – {presenter}</source>
        <translation>{number}. {title} v/ {presenter}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="52" />
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="67" />
        <source>In plenary</source>
        <translation>I plenum</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="77" />
        <source>Attachments:</source>
        <translation>Bilag:</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="84" />
        <source>Question:</source>
        <translation>Spørgsmål:</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="85" />
        <source>Answer:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="86" />
        <source>Decision:</source>
        <translation>Beslutning:</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="135" />
        <source>Plenary summary</source>
        <translation>Opsamling i plenum</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="143" />
        <source>Untitled theme</source>
        <translation>Tema uden titel</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="150" />
        <source>Vote</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="155" />
        <source>Room</source>
        <translation>Salen</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="157" />
        <source>Option</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="157" />
        <source>Dots</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="180" />
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="180" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="180" />
        <source>Criticise</source>
        <translation>Kritiser</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="180" />
        <source>Offer</source>
        <translation>Tilbyd</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="183" />
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes_items.py" line="191" />
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
</context>
<context>
    <name>MinutesBuilder</name>
    <message>
        <location filename="../../facilitator/export/minutes.py" line="70" />
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/minutes.py" line="75" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_view.py" line="42" />
        <source>The minutes are a Word document shaped like a consultant's referat: title block, participants by cluster, the programme with planned and actual times, one numbered section per agenda item with each cluster's list, Q&amp;A, themes, votes and accept-criticise-offer, then the evaluation and the next steps.</source>
        <translation>Referatet er et Word-dokument opbygget som et konsulentreferat: titelblok, deltagere fordelt på klynger, programmet med planlagte og faktiske tider, et nummereret afsnit pr. programpunkt med hver klynges liste, spørgsmål og svar, temaer, afstemninger og "Accepter, kritiser, tilbyd" – og til sidst evalueringen og det videre forløb.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_view.py" line="48" />
        <source>&amp;Export minutes…</source>
        <translation>&amp;Eksportér referat…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_view.py" line="53" />
        <source>&amp;Open the last exported file</source>
        <translation>&amp;Åbn den senest eksporterede fil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/minutes_view.py" line="106" />
        <source>Last exported: {path}</source>
        <translation>Senest eksporteret: {path}</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="23" />
        <source>Part of the minutes</source>
        <translation>Del af referatet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="23" />
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="28" />
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="28" />
        <source>People: {n}</source>
        <translation>Personer: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="29" />
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="50" />
        <source>Clusters: {n}</source>
        <translation>Klynger: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="30" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="30" />
        <source>Items: {n}</source>
        <translation>Punkter: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="31" />
        <source>Remarks: {n}</source>
        <translation>Bemærkninger: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="32" />
        <source>Actions: {n}</source>
        <translation>Opgaver: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="35" />
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="39" />
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="41" />
        <source>Next steps</source>
        <translation>Det videre forløb</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="43" />
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="43" />
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="55" />
        <source>Attachments: {n}</source>
        <translation>Bilag: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="49" />
        <source>Lines: {n}</source>
        <translation>Bidrag: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="51" />
        <source>Q&amp;A: {n}</source>
        <translation>Spørgsmål og svar: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="52" />
        <source>Themes: {n}</source>
        <translation>Temaer: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="53" />
        <source>Vote options: {n}</source>
        <translation>Afstemningsforslag: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="54" />
        <source>Proposals: {n}</source>
        <translation>Forslag: {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/minutes/outline_model.py" line="63" />
        <source>Nothing recorded</source>
        <translation>Intet noteret</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../facilitator/export/wording.py" line="62" />
        <source>{hours:02}:{minutes:02}</source>
        <translation>{hours:02}.{minutes:02}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/wording.py" line="70" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/wording.py" line="74" />
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <location filename="../../facilitator/export/minutes_writer.py" line="173" />
        <source>Nothing was recorded.</source>
        <translation>Der blev ikke noteret noget.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../facilitator/export/minutes_command.py" line="58" />
        <source>Minutes written to {path}</source>
        <translation>Referatet er gemt i {path}</translation>
    </message>
</context>
</TS>