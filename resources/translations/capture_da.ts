<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>Aco</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Criticise</source>
        <translation>Kritiser</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Tilbyd</translation>
    </message>
</context>
<context>
    <name>AcoPage</name>
    <message>
        <source>Delete proposal</source>
        <translation>Slet forslag</translation>
    </message>
    <message>
        <source>Delete “{title}” and the responses to it?</source>
        <translation>Slet “{title}” og klyngernes svar på det?</translation>
    </message>
    <message>
        <source>New proposal: type and press Enter</source>
        <translation>Nyt forslag: skriv og tryk Enter</translation>
    </message>
    <message>
        <source>One proposal per cluster</source>
        <translation>Ét forslag pr. klynge</translation>
    </message>
    <message>
        <source>One proposal per theme</source>
        <translation>Ét forslag pr. tema</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Forslag</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <source>Add attachment</source>
        <translation>Tilføj bilag</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Tilføj fil…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Gem bilag som</translation>
    </message>
    <message>
        <source>Save copy as…</source>
        <translation>Gem kopi som…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title of an attachment without a file: type and press Enter</source>
        <translation>Titel på et bilag uden fil: skriv og tryk Enter</translation>
    </message>
</context>
<context>
    <name>CaptureList</name>
    <message>
        <source> (refused by the server: {reason})</source>
        <translation> (afvist af serveren: {reason})</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Slet punkt</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Ret punkt</translation>
    </message>
    <message>
        <source>Indent line</source>
        <translation>Ryk punkt ind</translation>
    </message>
    <message>
        <source>Kept on this laptop, sent when the server answers again:</source>
        <translation>Gemt på denne computer, sendes når serveren svarer igen:</translation>
    </message>
    <message>
        <source>Mark line</source>
        <translation>Markér punkt</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Flyt punkt</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>Indsæt punkter</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Skriv og tryk Enter</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Punkt:</translation>
    </message>
    <message>
        <source>&amp;Projector shows:</source>
        <translation>&amp;Projektoren viser:</translation>
    </message>
    <message>
        <source>Accept, criticise, offer</source>
        <translation>Accepter, kritiser, tilbyd</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Prioritering med prikker</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Let each table type its points on a phone</source>
        <translation>Lad hvert bord skrive sine pointer på en telefon</translation>
    </message>
    <message>
        <source>Minutes text</source>
        <translation>Referattekst</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Det videre forløb</translation>
    </message>
    <message>
        <source>Plenary summary</source>
        <translation>Opsamling i plenum</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Spørgsmål og svar</translation>
    </message>
    <message>
        <source>Table scribes…</source>
        <translation>Bordreferenter…</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Nedtælling</translation>
    </message>
    <message>
        <source>Timer and wall</source>
        <translation>Nedtælling og lister</translation>
    </message>
    <message>
        <source>Wall of lists</source>
        <translation>Klyngernes lister</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Benefit</source>
        <translation>Udbytte</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>I øvrigt</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Rammerne</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Deltagerkreds</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Rating (1–5)</source>
        <translation>Vurdering (1–5)</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Remark: type and press Enter · PgUp/PgDown: another dimension</source>
        <translation>Bemærkning: skriv og tryk Enter · PgUp/PgDown: en anden dimension</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>ingen vurdering</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>A count of dots must be a whole number from 0 to {most}.</source>
        <translation>Antallet af prikker skal være et helt tal fra 0 til {most}.</translation>
    </message>
    <message>
        <source>A rating must be from 1 to 5, or left empty.</source>
        <translation>En vurdering skal være fra 1 til 5 eller stå tom.</translation>
    </message>
    <message>
        <source>A remark needs text or a rating. Delete it instead.</source>
        <translation>En bemærkning skal have tekst eller en vurdering. Slet den i stedet.</translation>
    </message>
    <message>
        <source>Each voter needs between 1 and {most} dots.</source>
        <translation>Hver stemmegiver skal have mellem 1 og {most} prikker.</translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB. Keep it elsewhere and add only its title.</source>
        <translation>Filen er større end {mb} MB. Gem den et andet sted, og tilføj kun dens titel.</translation>
    </message>
    <message>
        <source>The file {path} could not be read: {reason}</source>
        <translation>Filen {path} kunne ikke læses: {reason}</translation>
    </message>
    <message>
        <source>This attachment has no file, only a title.</source>
        <translation>Dette bilag har ingen fil, kun en titel.</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
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
    <name>NotesPage</name>
    <message>
        <source>Bold</source>
        <translation>Fed</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktopstilling</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Name who speaks next</source>
        <translation>Angiv hvem der taler nu</translation>
    </message>
    <message>
        <source>Not saved: {reason} Trying again.</source>
        <translation>Ikke gemt: {reason} Prøver igen.</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummereret liste</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numre</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Taler</translation>
    </message>
    <message>
        <source>This item was removed; the text was not saved.</source>
        <translation>Punktet er fjernet; teksten blev ikke gemt.</translation>
    </message>
    <message>
        <source>What was said, for the minutes. Ctrl+Shift+S names the speaker; Ctrl+B bold; "- " or "1. " starts a list; Tab and Shift+Tab change its level.</source>
        <translation>Hvad der blev sagt, til referatet. Ctrl+Shift+S angiver taleren; Ctrl+B fed; "- " eller "1. " starter en liste; Tab og Shift+Tab skifter niveau.</translation>
    </message>
</context>
<context>
    <name>PasteBar</name>
    <message numerus="yes">
        <source>Add the pasted text (%n character(s)) as one line? Enter: yes, Esc: no</source>
        <translation><numerusform>Tilføj den indsatte tekst (%n tegn) som ét punkt? Enter: ja, Esc: nej</numerusform><numerusform>Tilføj den indsatte tekst (%n tegn) som ét punkt? Enter: ja, Esc: nej</numerusform></translation>
    </message>
    <message>
        <source>Add the {count} pasted lines as {count} contributions? Enter: yes, Esc: no</source>
        <translation>Tilføj de {count} indsatte linjer som {count} bidrag? Enter: ja, Esc: nej</translation>
    </message>
</context>
<context>
    <name>QaForm</name>
    <message>
        <source>&amp;Answer</source>
        <translation>S&amp;var</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Spørgsmål</translation>
    </message>
    <message>
        <source>Add question (Ctrl+Enter)</source>
        <translation>Tilføj spørgsmål (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation>Stillet &amp;af</translation>
    </message>
</context>
<context>
    <name>QaModel</name>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Stillet af</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <source>Speaker: type a name, Enter to insert</source>
        <translation>Taler: skriv et navn, Enter indsætter</translation>
    </message>
</context>
<context>
    <name>SynthesisPage</name>
    <message>
        <source>&amp;Gather from:</source>
        <translation>&amp;Saml fra:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle punkter</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Slet tema</translation>
    </message>
    <message>
        <source>New theme: type a title and press Enter</source>
        <translation>Nyt tema: skriv en overskrift og tryk Enter</translation>
    </message>
</context>
<context>
    <name>VoteGridModel</name>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <source>&amp;Dots each:</source>
        <translation>P&amp;rikker hver:</translation>
    </message>
    <message>
        <source>&amp;Voting:</source>
        <translation>&amp;Hvem stemmer:</translation>
    </message>
    <message>
        <source>Add the themes as options</source>
        <translation>Tilføj temaerne som muligheder</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Klynger</translation>
    </message>
    <message>
        <source>More dots placed than each voter has: {names}</source>
        <translation>Der er sat flere prikker, end hver stemmegiver har: {names}</translation>
    </message>
    <message>
        <source>New option: type and press Enter</source>
        <translation>Ny mulighed: skriv og tryk Enter</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>written at the table</source>
        <translation>skrevet ved bordet</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n more line(s)</source>
        <translation><numerusform>↑ %n linje mere</numerusform><numerusform>↑ %n linjer mere</numerusform></translation>
    </message>
</context>
</TS>