<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>Aco</name>
    <message>
        <location filename="../../facilitator/ui/capture/aco_models.py" line="19" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/aco_models.py" line="20" />
        <source>Criticise</source>
        <translation>Kritiser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/aco_models.py" line="21" />
        <source>Offer</source>
        <translation>Tilbyd</translation>
    </message>
</context>
<context>
    <name>AcoPage</name>
    <message>
        <location filename="../../facilitator/ui/capture/aco_page.py" line="66" />
        <source>New proposal: type and press Enter</source>
        <translation>Nyt forslag: skriv og tryk Enter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/aco_page.py" line="68" />
        <source>One proposal per cluster</source>
        <translation>Ét forslag pr. klynge</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/aco_page.py" line="70" />
        <source>One proposal per theme</source>
        <translation>Ét forslag pr. tema</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/aco_page.py" line="96" />
        <source>Proposals</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/aco_page.py" line="174" />
        <source>Delete proposal</source>
        <translation>Slet forslag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/aco_page.py" line="175" />
        <source>Delete “{title}” and the responses to it?</source>
        <translation>Slet “{title}” og klyngernes svar på det?</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="249" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="251" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="252" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="259" />
        <source>Title of an attachment without a file: type and press Enter</source>
        <translation>Titel på et bilag uden fil: skriv og tryk Enter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="261" />
        <source>Add file…</source>
        <translation>Tilføj fil…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="263" />
        <source>Save copy as…</source>
        <translation>Gem kopi som…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="305" />
        <source>Add attachment</source>
        <translation>Tilføj bilag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="314" />
        <source>Save attachment as</source>
        <translation>Gem bilag som</translation>
    </message>
</context>
<context>
    <name>CaptureList</name>
    <message>
        <location filename="../../facilitator/ui/capture/list_panel.py" line="23" />
        <location filename="../../facilitator/ui/capture/synthesis_models.py" line="49" />
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/list_panel.py" line="83" />
        <source>Type and press Enter</source>
        <translation>Skriv og tryk Enter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/list_panel.py" line="110" />
        <source>Add line</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/list_panel.py" line="126" />
        <source>Paste lines</source>
        <translation>Indsæt punkter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/list_panel.py" line="152" />
        <source>Edit line</source>
        <translation>Ret punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/list_panel.py" line="164" />
        <source>Mark line</source>
        <translation>Markér punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/list_panel.py" line="174" />
        <source>Move line</source>
        <translation>Flyt punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/list_panel.py" line="189" />
        <source>Indent line</source>
        <translation>Ryk punkt ind</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/list_panel.py" line="198" />
        <source>Delete line</source>
        <translation>Slet punkt</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="45" />
        <source>&amp;Item:</source>
        <translation>&amp;Punkt:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="49" />
        <source>Timer</source>
        <translation>Nedtælling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="50" />
        <source>Wall of lists</source>
        <translation>Klyngernes lister</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="51" />
        <source>Timer and wall</source>
        <translation>Nedtælling og lister</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="55" />
        <source>&amp;Projector shows:</source>
        <translation>&amp;Projektoren viser:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="83" />
        <source>Contributions</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="84" />
        <source>Questions and answers</source>
        <translation>Spørgsmål og svar</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="85" />
        <source>Plenary summary</source>
        <translation>Opsamling i plenum</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="86" />
        <source>Dot vote</source>
        <translation>Prioritering med prikker</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="87" />
        <source>Accept, criticise, offer</source>
        <translation>Accepter, kritiser, tilbyd</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="88" />
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="89" />
        <source>Next steps</source>
        <translation>Det videre forløb</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="90" />
        <source>Attachments</source>
        <translation>Bilag</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <location filename="../../facilitator/ui/capture/contributions_page.py" line="44" />
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/contributions_page.py" line="46" />
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../facilitator/services/evaluation.py" line="22" />
        <source>Setting</source>
        <translation>Rammerne</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/evaluation.py" line="23" />
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/evaluation.py" line="24" />
        <source>Benefit</source>
        <translation>Udbytte</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/evaluation.py" line="25" />
        <source>Who took part</source>
        <translation>Deltagerkreds</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/evaluation.py" line="26" />
        <source>Other</source>
        <translation>I øvrigt</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="103" />
        <source>Remark</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="104" />
        <source>Rating (1–5)</source>
        <translation>Vurdering (1–5)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="113" />
        <source>Remark: type and press Enter</source>
        <translation>Bemærkning: skriv og tryk Enter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="117" />
        <source>no rating</source>
        <translation>ingen vurdering</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../../facilitator/services/evaluation.py" line="49" />
        <source>A rating must be from 1 to 5, or left empty.</source>
        <translation>En vurdering skal være fra 1 til 5 eller stå tom.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/evaluation.py" line="114" />
        <source>A remark needs text or a rating. Delete it instead.</source>
        <translation>En bemærkning skal have tekst eller en vurdering. Slet den i stedet.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/voting.py" line="177" />
        <source>Each voter needs between 1 and {most} dots.</source>
        <translation>Hver stemmegiver skal have mellem 1 og {most} prikker.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/voting.py" line="205" />
        <source>A count of dots must be a whole number from 0 to {most}.</source>
        <translation>Antallet af prikker skal være et helt tal fra 0 til {most}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/attachments.py" line="26" />
        <source>The file is larger than {mb} MB. Keep it elsewhere and add only its title.</source>
        <translation>Filen er større end {mb} MB. Gem den et andet sted, og tilføj kun dens titel.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/attachments.py" line="90" />
        <source>The file {path} could not be read: {reason}</source>
        <translation>Filen {path} kunne ikke læses: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/attachments.py" line="100" />
        <source>This attachment has no file, only a title.</source>
        <translation>Dette bilag har ingen fil, kun en titel.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/attachments.py" line="112" />
        <source>The file {path} could not be written: {reason}</source>
        <translation>Filen {path} kunne ikke gemmes: {reason}</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="194" />
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="203" />
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="195" />
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="204" />
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="196" />
        <location filename="../../facilitator/ui/capture/workshop_pages.py" line="205" />
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
</context>
<context>
    <name>PasteBar</name>
    <message>
        <location filename="../../facilitator/ui/capture/entry_line.py" line="40" />
        <source>Add the pasted text ({count} characters) as one line? Enter: yes, Esc: no</source>
        <translation>Tilføj den indsatte tekst ({count} tegn) som ét punkt? Enter: ja, Esc: nej</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/entry_line.py" line="46" />
        <source>Add the {count} pasted lines as {count} contributions? Enter: yes, Esc: no</source>
        <translation>Tilføj de {count} indsatte linjer som {count} bidrag? Enter: ja, Esc: nej</translation>
    </message>
</context>
<context>
    <name>QaForm</name>
    <message>
        <location filename="../../facilitator/ui/capture/qa_form.py" line="86" />
        <source>Add question (Ctrl+Enter)</source>
        <translation>Tilføj spørgsmål (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/qa_form.py" line="92" />
        <source>&amp;Question</source>
        <translation>&amp;Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/qa_form.py" line="93" />
        <source>Asked &amp;by</source>
        <translation>Stillet &amp;af</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/qa_form.py" line="94" />
        <source>&amp;Answer</source>
        <translation>S&amp;var</translation>
    </message>
</context>
<context>
    <name>QaModel</name>
    <message>
        <location filename="../../facilitator/ui/capture/qa_form.py" line="51" />
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/qa_form.py" line="51" />
        <source>Asked by</source>
        <translation>Stillet af</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/qa_form.py" line="51" />
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
</context>
<context>
    <name>SynthesisPage</name>
    <message>
        <location filename="../../facilitator/ui/capture/synthesis_page.py" line="72" />
        <source>New theme: type a title and press Enter</source>
        <translation>Nyt tema: skriv en overskrift og tryk Enter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/synthesis_page.py" line="95" />
        <source>&amp;Gather from:</source>
        <translation>&amp;Saml fra:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/synthesis_page.py" line="119" />
        <source>All items</source>
        <translation>Alle punkter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/synthesis_page.py" line="222" />
        <source>Delete theme</source>
        <translation>Slet tema</translation>
    </message>
</context>
<context>
    <name>VoteGridModel</name>
    <message>
        <location filename="../../facilitator/ui/capture/vote_model.py" line="73" />
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <location filename="../../facilitator/ui/capture/voting_page.py" line="76" />
        <source>Clusters</source>
        <translation>Klynger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/voting_page.py" line="77" />
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/voting_page.py" line="80" />
        <source>New option: type and press Enter</source>
        <translation>Ny mulighed: skriv og tryk Enter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/voting_page.py" line="82" />
        <source>Add the themes as options</source>
        <translation>Tilføj temaerne som muligheder</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/voting_page.py" line="101" />
        <source>&amp;Dots each:</source>
        <translation>P&amp;rikker hver:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/voting_page.py" line="105" />
        <source>&amp;Voting:</source>
        <translation>&amp;Hvem stemmer:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture/voting_page.py" line="136" />
        <source>More dots placed than each voter has: {names}</source>
        <translation>Der er sat flere prikker, end hver stemmegiver har: {names}</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../facilitator/ui/capture/capture_view.py" line="20" />
        <source>Capture</source>
        <translation>Notater</translation>
    </message>
</context>
</TS>