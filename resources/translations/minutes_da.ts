<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>BackMatter</name>
    <message>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Det videre forløb</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Vurdering (1–5)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Style template:</source>
        <translation>&amp;Typografiskabelon:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>Chart of planned and actual times in the programme</source>
        <translation>Diagram over planlagte og faktiske tider i programmet</translation>
    </message>
    <message>
        <source>Choose a file name for the minutes.</source>
        <translation>Vælg et filnavn til referatet.</translation>
    </message>
    <message>
        <source>Choose a style template</source>
        <translation>Vælg en typografiskabelon</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Eksportér referat</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Facilitator's own style</source>
        <translation>Facilitators egen typografi</translation>
    </message>
    <message>
        <source>Include items and sections with nothing recorded</source>
        <translation>Medtag punkter og afsnit uden indhold</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Minutes not written</source>
        <translation>Referatet blev ikke skrevet</translation>
    </message>
    <message>
        <source>Open the file when it is written</source>
        <translation>Åbn filen, når den er skrevet</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Save minutes as</source>
        <translation>Gem referat som</translation>
    </message>
    <message>
        <source>Show actual times next to the planned ones</source>
        <translation>Vis faktiske tider ved siden af de planlagte</translation>
    </message>
    <message>
        <source>Show participants' e-mail addresses</source>
        <translation>Vis deltagernes e-mailadresser</translation>
    </message>
    <message>
        <source>The minutes were written to {path}, but no program could open them.</source>
        <translation>Referatet er gemt i {path}, men intet program kunne åbne det.</translation>
    </message>
    <message>
        <source>The minutes were written to {path}.</source>
        <translation>Referatet er gemt i {path}.</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word-dokument (.docx)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokumenter og -skabeloner (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Skriver referatet…</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>The disk holding {path} is full. Free some space and export again; the file was left as it was.</source>
        <translation>Disken med {path} er fuld. Frigør plads, og eksportér igen; filen er uændret.</translation>
    </message>
    <message>
        <source>The folder for {path} does not exist.</source>
        <translation>Mappen til {path} findes ikke.</translation>
    </message>
    <message>
        <source>The minutes could not be written to {path}: {detail}</source>
        <translation>Referatet kunne ikke gemmes i {path}: {detail}</translation>
    </message>
    <message>
        <source>There is no workshop with number {id} in this file.</source>
        <translation>Der er ingen workshop med nummer {id} i denne fil.</translation>
    </message>
    <message>
        <source>{path} cannot be used as a style template: it is not a Word document (.docx) or Word template (.dotx).</source>
        <translation>{path} kan ikke bruges som typografiskabelon: det er hverken et Word-dokument (.docx) eller en Word-skabelon (.dotx).</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder. Choose a folder for the package; nothing was changed.</source>
        <translation>{path} er en fil, ikke en mappe. Vælg en mappe til pakken; intet er ændret.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} er en mappe. Vælg et filnavn.</translation>
    </message>
    <message>
        <source>{path} is a workshop file or part of one, and writing over it would destroy the workshop. Choose another file name; nothing was changed.</source>
        <translation>{path} er en workshopfil eller en del af en, og at skrive oven i den ville ødelægge workshoppen. Vælg et andet filnavn; intet er ændret.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, pipe or socket). Choose another file name; nothing was changed.</source>
        <translation>{path} er ikke en almindelig fil (men en enhed, et rør eller en sokkel). Vælg et andet filnavn; intet er ændret.</translation>
    </message>
    <message>
        <source>{path} is open in another program (Word?). Close it there and export again; the file was left as it was.</source>
        <translation>{path} er åben i et andet program (Word?). Luk den dér, og eksportér igen; filen er uændret.</translation>
    </message>
    <message>
        <source>{path} or its folder is read-only. Choose another file name or folder; nothing was changed.</source>
        <translation>{path} eller mappen er skrivebeskyttet. Vælg et andet filnavn eller en anden mappe; intet er ændret.</translation>
    </message>
    <message>
        <source>{path}: the minutes can be written as Word (.docx) or PDF (.pdf).</source>
        <translation>{path}: referatet kan skrives som Word (.docx) eller PDF (.pdf).</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Day {number}</source>
        <translation>Dag {number}</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Mail:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Facilitator:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Minutes by:</source>
        <translation>Referent:</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Arrangør:</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Øvrige deltagere</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Tlf.:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Untitled item</source>
        <translation>Punkt uden titel</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>ItemSections</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Bilag:</translation>
    </message>
    <message>
        <source>By cluster</source>
        <translation>Pr. klynge</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <source>Criticise</source>
        <translation>Kritiser</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslutning:</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>In plenary</source>
        <translation>I plenum</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Tilbyd</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Plenary summary</source>
        <translation>Opsamling i plenum</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Spørgsmål:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salen</translation>
    </message>
    <message>
        <source>Untitled item</source>
        <translation>Punkt uden titel</translation>
    </message>
    <message>
        <source>Untitled theme</source>
        <translation>Tema uden titel</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>{number}. {title} – {presenter}</source>
        <translation>{number}. {title} v/ {presenter}</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Dear organisers,</source>
        <translation>Kære arrangører</translation>
    </message>
    <message>
        <source>Dear participants of {cluster},</source>
        <translation>Kære deltagere i {cluster}</translation>
    </message>
    <message>
        <source>Dear participants,</source>
        <translation>Kære deltagere</translation>
    </message>
    <message>
        <source>Kind regards</source>
        <translation>Venlig hilsen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Minutes: {title}</source>
        <translation>Referat: {title}</translation>
    </message>
    <message>
        <source>Minutes: {title}, {date}</source>
        <translation>Referat: {title}, {date}</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Arrangører</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Øvrige deltagere</translation>
    </message>
    <message>
        <source>Please find attached the minutes of {title} on {date}.</source>
        <translation>Hermed referatet fra {title} den {date}.</translation>
    </message>
    <message>
        <source>Please find attached the minutes of {title}.</source>
        <translation>Hermed referatet fra {title}.</translation>
    </message>
    <message>
        <source>They come as a Word document and as a PDF, with the attachments.</source>
        <translation>Referatet er vedhæftet som Word-dokument og som PDF sammen med bilagene.</translation>
    </message>
    <message>
        <source>They come as a Word document and as a PDF.</source>
        <translation>Referatet er vedhæftet som Word-dokument og som PDF.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>MinutesBuilder</name>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <source>&amp;Export minutes…</source>
        <translation>&amp;Eksportér referat…</translation>
    </message>
    <message>
        <source>&amp;Open the last exported file</source>
        <translation>&amp;Åbn den senest eksporterede fil</translation>
    </message>
    <message>
        <source>Last exported: {path}</source>
        <translation>Senest eksporteret: {path}</translation>
    </message>
    <message>
        <source>Prepare for &amp;sending…</source>
        <translation>Klargør til &amp;afsendelse…</translation>
    </message>
    <message>
        <source>The minutes as Word and PDF, the attachments and an e-mail draft</source>
        <translation>Referatet som Word og PDF, bilagene og et mailudkast</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Actions: {n}</source>
        <translation>Opgaver: {n}</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Attachments: {n}</source>
        <translation>Bilag: {n}</translation>
    </message>
    <message>
        <source>Clusters: {n}</source>
        <translation>Klynger: {n}</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Items: {n}</source>
        <translation>Punkter: {n}</translation>
    </message>
    <message>
        <source>Lines: {n}</source>
        <translation>Bidrag: {n}</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Det videre forløb</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Intet noteret</translation>
    </message>
    <message>
        <source>Part of the minutes</source>
        <translation>Del af referatet</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>People: {n}</source>
        <translation>Personer: {n}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Proposals: {n}</source>
        <translation>Forslag: {n}</translation>
    </message>
    <message>
        <source>Questions: {n}</source>
        <translation>Spørgsmål: {n}</translation>
    </message>
    <message>
        <source>Remarks: {n}</source>
        <translation>Bemærkninger: {n}</translation>
    </message>
    <message>
        <source>Speakers: {n}</source>
        <translation>Talere: {n}</translation>
    </message>
    <message numerus="yes">
        <source>Text: %n paragraph(s)</source>
        <translation><numerusform>Tekst: %n afsnit</numerusform><numerusform>Tekst: %n afsnit</numerusform></translation>
    </message>
    <message>
        <source>Themes: {n}</source>
        <translation>Temaer: {n}</translation>
    </message>
    <message>
        <source>Vote options: {n}</source>
        <translation>Afstemningsforslag: {n}</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>&amp;All participants, in one e-mail</source>
        <translation>&amp;Alle deltagere i én mail</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>&amp;Write the package</source>
        <translation>&amp;Skriv pakken</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>Choose a folder for the package.</source>
        <translation>Vælg en mappe til pakken.</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Mappe til pakken</translation>
    </message>
    <message>
        <source>Listed in the minutes, but with no file to send: {titles}.</source>
        <translation>Nævnt i referatet, men uden fil at sende: {titles}.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>No e-mail address for: {names}.</source>
        <translation>Ingen mailadresse for: {names}.</translation>
    </message>
    <message>
        <source>No mail program could open the draft; it is in the folder.</source>
        <translation>Intet mailprogram kunne åbne udkastet; det ligger i mappen.</translation>
    </message>
    <message>
        <source>One e-mail &amp;per cluster</source>
        <translation>Én mail &amp;pr. klynge</translation>
    </message>
    <message>
        <source>One zip file instead of a folder</source>
        <translation>Én zip-fil i stedet for en mappe</translation>
    </message>
    <message>
        <source>Only the &amp;organisers (to read it through first)</source>
        <translation>Kun &amp;arrangørerne (til gennemlæsning først)</translation>
    </message>
    <message>
        <source>Open the e-mail draft in my mail program</source>
        <translation>Åbn mailudkastet i mit mailprogram</translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation>Pakken blev ikke skrevet</translation>
    </message>
    <message>
        <source>Prepare for sending</source>
        <translation>Klargør til afsendelse</translation>
    </message>
    <message>
        <source>The minutes as Word and PDF, every attachment and an e-mail draft with them attached. Nothing is sent: the draft opens in your mail program for you to read and send.</source>
        <translation>Referatet som Word og PDF, alle bilag og et mailudkast med dem vedhæftet. Intet sendes: udkastet åbner i dit mailprogram, så du kan læse det igennem og sende det.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Skriver pakken…</translation>
    </message>
    <message>
        <source>Written to {path}: {count} files.</source>
        <translation>Skrevet til {path}: {count} filer.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>{hours:02}:{minutes:02}</source>
        <translation>{hours:02}.{minutes:02}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Der blev ikke noteret noget.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Attachment without a file (listed in the minutes only): {title}</source>
        <translation>Bilag uden fil (kun nævnt i referatet): {title}</translation>
    </message>
    <message>
        <source>Minutes written to {path}</source>
        <translation>Referatet er gemt i {path}</translation>
    </message>
    <message>
        <source>No e-mail address for: {names}</source>
        <translation>Ingen mailadresse for: {names}</translation>
    </message>
    <message>
        <source>Nothing was sent: open the e-mail draft in your mail program to check and send it.</source>
        <translation>Intet er sendt: åbn mailudkastet i dit mailprogram for at kontrollere og sende det.</translation>
    </message>
    <message>
        <source>Send package written to {path}:</source>
        <translation>Afsendelsespakken er skrevet til {path}:</translation>
    </message>
</context>
<context>
    <name>letter</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
</TS>