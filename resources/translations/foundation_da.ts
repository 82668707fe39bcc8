<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>ChangesBus</name>
    <message>
        <location filename="../../facilitator/ui/changes_bus.py" line="61" />
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>ClusterDelegate</name>
    <message>
        <location filename="../../facilitator/ui/setup/participant_editor.py" line="36" />
        <source>(no cluster)</source>
        <translation>(ingen klynge)</translation>
    </message>
</context>
<context>
    <name>ClusterEditor</name>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_editor.py" line="44" />
        <source>Add cluster</source>
        <translation>Tilføj klynge</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_editor.py" line="45" />
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_editor.py" line="46" />
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_editor.py" line="47" />
        <source>Colour…</source>
        <translation>Farve…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_editor.py" line="48" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_editor.py" line="74" />
        <source>Cluster {number}</source>
        <translation>Klynge {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_editor.py" line="95" />
        <source>Colour of {name}</source>
        <translation>Farve for {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_editor.py" line="106" />
        <source>Remove cluster</source>
        <translation>Fjern klynge</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_editor.py" line="107" />
        <source>Remove {name}? Its participants and captured lines are kept without a cluster.</source>
        <translation>Fjern {name}? Klyngens deltagere og noterede punkter bevares uden klynge.</translation>
    </message>
</context>
<context>
    <name>ClusterModel</name>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_model.py" line="39" />
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_model.py" line="39" />
        <source>Member organisations</source>
        <translation>Medlemsorganisationer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_model.py" line="39" />
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/cluster_model.py" line="56" />
        <source>Separate organisations with commas</source>
        <translation>Adskil organisationerne med komma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="88" />
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="89" />
        <source>&amp;Workshops…</source>
        <translation>&amp;Workshops…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="95" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="100" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="107" />
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="119" />
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="120" />
        <source>The new language is used the next time Facilitator starts.</source>
        <translation>Det nye sprog bruges, næste gang Facilitator startes.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="131" />
        <source>Untitled workshop</source>
        <translation>Workshop uden titel</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <location filename="../../facilitator/ui/setup/participant_editor.py" line="67" />
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participant_editor.py" line="68" />
        <source>Paste list…</source>
        <translation>Indsæt liste…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participant_editor.py" line="69" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../../facilitator/ui/setup/participant_model.py" line="44" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participant_model.py" line="44" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participant_model.py" line="44" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participant_model.py" line="44" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/participant_model.py" line="45" />
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
</context>
<context>
    <name>PasteParticipantsDialog</name>
    <message>
        <location filename="../../facilitator/ui/setup/paste_dialog.py" line="25" />
        <source>Paste participants</source>
        <translation>Indsæt deltagere</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/paste_dialog.py" line="31" />
        <source>Paste rows from a spreadsheet: name, organisation, role, e-mail, cluster (tab- or semicolon-separated; a header row may name the columns).</source>
        <translation>Indsæt rækker fra et regneark: navn, organisation, rolle, e-mail, klynge (adskilt med tabulator eller semikolon; en overskriftsrække må navngive kolonnerne).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/paste_dialog.py" line="47" />
        <source>no name</source>
        <translation>intet navn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/paste_dialog.py" line="48" />
        <source>the e-mail address is not valid</source>
        <translation>e-mailadressen er ikke gyldig</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/paste_dialog.py" line="49" />
        <source>more columns than expected</source>
        <translation>flere kolonner end forventet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/paste_dialog.py" line="53" />
        <source>%n participant(s) will be added.</source>
        <translation><numerusform>%n deltager tilføjes.</numerusform><numerusform>%n deltagere tilføjes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/paste_dialog.py" line="55" />
        <source>These lines could not be read and will not be added:</source>
        <translation>Disse linjer kunne ikke læses og tilføjes ikke:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/paste_dialog.py" line="57" />
        <source>Line {number}: {reason} — “{text}”</source>
        <translation>Linje {number}: {reason} — “{text}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/setup/paste_dialog.py" line="62" />
        <source>… and %n more.</source>
        <translation><numerusform>… og %n mere.</numerusform><numerusform>… og %n mere.</numerusform></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../facilitator/ui/setup/setup_view.py" line="25" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_view.py" line="27" />
        <source>Clusters</source>
        <translation>Klynger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/setup_view.py" line="31" />
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="25" />
        <source>The workshop file {path} could not be opened.</source>
        <translation>Workshopfilen {path} kunne ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="30" />
        <source>{path} is a folder, not a workshop file. Choose a file name.</source>
        <translation>{path} er en mappe, ikke en workshopfil. Vælg et filnavn.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="37" />
        <source>The folder for {path} does not exist.</source>
        <translation>Mappen til {path} findes ikke.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="42" />
        <source>There is no workshop file at {path}.</source>
        <translation>Der er ingen workshopfil på {path}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="47" />
        <source>You are not allowed to read {path}. Check the file's permissions.</source>
        <translation>Du har ikke adgang til at læse {path}. Kontrollér filens rettigheder.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="54" />
        <source>{path} or its folder is read-only, so nothing you type could be saved. Copy the file to a folder you can write to, or choose another file.</source>
        <translation>{path} eller dens mappe er skrivebeskyttet, så intet af det, du skriver, kan gemmes. Kopiér filen til en mappe, du kan skrive i, eller vælg en anden fil.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="62" />
        <source>{path} is not a Facilitator workshop file. It was left untouched.</source>
        <translation>{path} er ikke en Facilitator-workshopfil. Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="69" />
        <source>{path} is damaged and cannot be opened safely. It was left untouched; restore a backup instead.</source>
        <translation>{path} er beskadiget og kan ikke åbnes sikkert. Den er ikke blevet ændret; gendan i stedet en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="77" />
        <source>{path} is open in another Facilitator window or on another computer. Close it there first.</source>
        <translation>{path} er åben i et andet Facilitator-vindue eller på en anden computer. Luk den der først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="85" />
        <source>{path} was saved by a newer version of Facilitator. Update the app to open it; the file was left untouched.</source>
        <translation>{path} er gemt af en nyere version af Facilitator. Opdatér programmet for at åbne den; filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="93" />
        <source>The disk holding {path} is full, so the last change was not saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>Disken med {path} er fuld, så den seneste ændring blev ikke gemt. Alt, hvad der er gemt før, er i behold. Frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../facilitator/storage/errors.py" line="101" />
        <source>The change could not be saved to {path}: {detail}</source>
        <translation>Ændringen kunne ikke gemmes i {path}: {detail}</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="27" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="28" />
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="29" />
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="30" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="31" />
        <source>Minute-taker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="32" />
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="33" />
        <source>Contact e-mail</source>
        <translation>Kontakt-e-mail</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="34" />
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="51" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="56" />
        <source>Day starts</source>
        <translation>Dagen starter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="57" />
        <source>Day ends</source>
        <translation>Dagen slutter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="59" />
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="60" />
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/setup/workshop_form.py" line="62" />
        <source>Language of documents</source>
        <translation>Dokumenternes sprog</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="51" />
        <source>Untitled workshop</source>
        <translation>Workshop uden titel</translation>
    </message>
</context>
<context>
    <name>WorkshopPicker</name>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="76" />
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="88" />
        <source>Blank workshop</source>
        <translation>Tom workshop</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="93" />
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="94" />
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="95" />
        <source>Open file…</source>
        <translation>Åbn fil…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="96" />
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="122" />
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="122" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="137" />
        <source>Open or create a workshop file</source>
        <translation>Åbn eller opret en workshopfil</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="138" />
        <source>Workshop files (*.sqlite *.db);;All files (*)</source>
        <translation>Workshopfiler (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="150" />
        <location filename="../../facilitator/ui/workshop_picker.py" line="155" />
        <source>Delete workshop</source>
        <translation>Slet workshop</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="151" />
        <source>Open another workshop before deleting this one.</source>
        <translation>Åbn en anden workshop, før du sletter denne.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/workshop_picker.py" line="156" />
        <source>Delete “{title}” and everything captured in it? This cannot be undone.</source>
        <translation>Slet “{title}” og alt, hvad der er noteret i den? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../facilitator/app.py" line="157" />
        <source>Choose another workshop file</source>
        <translation>Vælg en anden workshopfil</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="158" />
        <source>Workshop files (*.sqlite *.db);;All files (*)</source>
        <translation>Workshopfiler (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../facilitator/cli.py" line="77" />
        <source>File: {path}</source>
        <translation>Fil: {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="78" />
        <source>Schema version: {revision}</source>
        <translation>Skemaversion: {revision}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="79" />
        <source>Integrity: {verdict}</source>
        <translation>Integritet: {verdict}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli.py" line="80" />
        <source>Foreign keys: {count} problems</source>
        <translation>Fremmednøgler: {count} problemer</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../facilitator/app.py" line="45" />
        <source>Set-up</source>
        <translation>Opsætning</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="47" />
        <source>Capture</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../facilitator/app.py" line="48" />
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
</context>
</TS>