<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>BusyDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Vent et øjeblik</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>ClusterDelegate</name>
    <message>
        <source>(no cluster)</source>
        <translation>(ingen klynge)</translation>
    </message>
</context>
<context>
    <name>ClusterEditor</name>
    <message>
        <source>Add cluster</source>
        <translation>Tilføj klynge</translation>
    </message>
    <message>
        <source>Cluster {number}</source>
        <translation>Klynge {number}</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>Farve for {name}</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farve…</translation>
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
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove cluster</source>
        <translation>Fjern klynge</translation>
    </message>
    <message>
        <source>Remove {name}? Its participants and captured lines are kept without a cluster.</source>
        <translation>Fjern {name}? Klyngens deltagere og noterede punkter bevares uden klynge.</translation>
    </message>
</context>
<context>
    <name>ClusterModel</name>
    <message>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Member organisations</source>
        <translation>Medlemsorganisationer</translation>
    </message>
    <message>
        <source>Separate organisations with commas</source>
        <translation>Adskil organisationerne med komma</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Kalender (Alt+Pil ned)</translation>
    </message>
</context>
<context>
    <name>DateTimeFields</name>
    <message>
        <source>“{text}” is not a clock time; write e.g. 7.30, 07:30 or 730</source>
        <translation>“{text}” er ikke et klokkeslæt; skriv fx 7.30, 07:30 eller 730</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write e.g. 23.01.2027 or 23/1 2027</source>
        <translation>“{text}” er ikke en dato; skriv fx 23.01.2027 eller 23/1 2027</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>There is no import to undo in this workshop.</source>
        <translation>Der er ingen import at fortryde i denne workshop.</translation>
    </message>
</context>
<context>
    <name>LongField</name>
    <message>
        <source>The text is {kb} KB long. It is kept whole, but minutes with it will be slow to open in Word and LibreOffice: an attachment suits a text this long.</source>
        <translation>Teksten fylder {kb} KB. Den gemmes hel, men et referat med den bliver langsomt at åbne i Word og LibreOffice: så lang en tekst passer bedre som bilag.</translation>
    </message>
    <message>
        <source>“{field}” is {kb} KB long. It is kept whole, but minutes with it will be slow to open in Word and LibreOffice: an attachment suits a text this long.</source>
        <translation>“{field}” fylder {kb} KB. Teksten gemmes hel, men et referat med den bliver langsomt at åbne i Word og LibreOffice: så lang en tekst passer bedre som bilag.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Workshops…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The new language is used the next time Facilitator starts.</source>
        <translation>Det nye sprog bruges, næste gang Facilitator startes.</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Workshop uden titel</translation>
    </message>
</context>
<context>
    <name>OpenStore</name>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Password for {server}:</source>
        <translation>Adgangskode til {server}:</translation>
    </message>
    <message>
        <source>Take over the file</source>
        <translation>Overtag filen</translation>
    </message>
    <message>
        <source>Take the file over only if you are sure Facilitator is not running there any more: two Facilitators writing to the same file can lose work.</source>
        <translation>Overtag kun filen, hvis du er sikker på, at Facilitator ikke længere kører dér: to Facilitator, der skriver i samme fil, kan miste arbejde.</translation>
    </message>
    <message>
        <source>Workshop file in use</source>
        <translation>Workshopfilen er i brug</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Opening the workshop file…</source>
        <translation>Åbner workshopfilen …</translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation>Åbner »{title}« …</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <source>Paste list…</source>
        <translation>Indsæt liste…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>PasteParticipantsDialog</name>
    <message numerus="yes">
        <source>%n participant(s) will be added.</source>
        <translation><numerusform>%n deltager tilføjes.</numerusform><numerusform>%n deltagere tilføjes.</numerusform></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klynge</translation>
    </message>
    <message>
        <source>Columns read as {columns} (named by line {line}).</source>
        <translation>Kolonnerne er læst som {columns} (navngivet i linje {line}).</translation>
    </message>
    <message>
        <source>Columns read as {columns} (the usual order: no line names them).</source>
        <translation>Kolonnerne er læst som {columns} (den sædvanlige rækkefølge: ingen linje navngiver dem).</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Line {number}: {reason} — “{text}”</source>
        <translation>Linje {number}: {reason} — “{text}”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Paste participants</source>
        <translation>Indsæt deltagere</translation>
    </message>
    <message>
        <source>Paste rows from a spreadsheet: name, organisation, role, e-mail, cluster (tab- or semicolon-separated; a header row may name the columns).</source>
        <translation>Indsæt rækker fra et regneark: navn, organisation, rolle, e-mail, klynge (adskilt med tabulator eller semikolon; en overskriftsrække må navngive kolonnerne).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>These cluster names fit no cluster; the participants are added without one:</source>
        <translation>Disse klyngenavne passer ikke til nogen klynge; deltagerne tilføjes uden klynge:</translation>
    </message>
    <message>
        <source>These lines could not be read and will not be added:</source>
        <translation>Disse linjer kunne ikke læses og tilføjes ikke:</translation>
    </message>
    <message>
        <source>more columns than expected</source>
        <translation>flere kolonner end forventet</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>intet navn</translation>
    </message>
    <message>
        <source>the e-mail address is not valid</source>
        <translation>e-mailadressen er ikke gyldig</translation>
    </message>
    <message>
        <source>{cluster} (from the organisation)</source>
        <translation>{cluster} (ud fra organisationen)</translation>
    </message>
    <message>
        <source>{cluster} (“{typed}” is a member)</source>
        <translation>{cluster} (“{typed}” er medlem)</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” on line(s) {lines}</source>
        <translation><numerusform>“{name}” i linje {lines}</numerusform><numerusform>“{name}” i linje {lines}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation><numerusform>… og %n mere.</numerusform><numerusform>… og %n mere.</numerusform></translation>
    </message>
    <message>
        <source>⚠ no cluster is called “{typed}”</source>
        <translation>⚠ ingen klynge hedder “{typed}”</translation>
    </message>
    <message>
        <source>⚠ “{typed}” fits several clusters</source>
        <translation>⚠ “{typed}” passer til flere klynger</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Clusters</source>
        <translation>Klynger</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The change could not be saved to {path}: {detail}</source>
        <translation>Ændringen kunne ikke gemmes i {path}: {detail}</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so the last change was not saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>Disken med {path} er fuld, så den seneste ændring blev ikke gemt. Alt, hvad der er gemt før, er i behold. Frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The folder for {path} does not exist.</source>
        <translation>Mappen til {path} findes ikke.</translation>
    </message>
    <message>
        <source>The server {path} asks for a password.</source>
        <translation>Serveren {path} beder om en adgangskode.</translation>
    </message>
    <message>
        <source>The server {url} cannot be reached. Check the network and that the server runs. Until it is back, lines typed into the lists are kept on this laptop and sent when it returns; other changes cannot be saved meanwhile.</source>
        <translation>Serveren {url} kan ikke nås. Tjek netværket, og at serveren kører. Indtil den er tilbage, gemmes linjer skrevet i listerne på denne computer og sendes, når den vender tilbage; andre ændringer kan ikke gemmes imens.</translation>
    </message>
    <message>
        <source>The server {url} refused the change: {detail}</source>
        <translation>Serveren {url} afviste ændringen: {detail}</translation>
    </message>
    <message>
        <source>The workshop file {path} could not be opened.</source>
        <translation>Workshopfilen {path} kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>There is no workshop file at {path}.</source>
        <translation>Der er ingen workshopfil på {path}.</translation>
    </message>
    <message>
        <source>You are not allowed to read {path}. Check the file's permissions.</source>
        <translation>Du har ikke adgang til at læse {path}. Kontrollér filens rettigheder.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workshop file. Choose a file name.</source>
        <translation>{path} er en mappe, ikke en workshopfil. Vælg et filnavn.</translation>
    </message>
    <message>
        <source>{path} is busy (another program is writing to it); retrying…</source>
        <translation>{path} er optaget (et andet program skriver i den); prøver igen …</translation>
    </message>
    <message>
        <source>{path} is busy: another program has been writing to it for a while, so the last change was not saved. Everything saved before is safe; try again in a moment.</source>
        <translation>{path} er optaget: et andet program har skrevet i den et stykke tid, så den sidste ændring blev ikke gemt. Alt, hvad der er gemt før, er i sikkerhed; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. It was left untouched; restore a backup instead.</source>
        <translation>{path} er beskadiget og kan ikke åbnes sikkert. Den er ikke blevet ændret; gendan i stedet en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>{path} is not a Facilitator workshop file. It was left untouched.</source>
        <translation>{path} er ikke en Facilitator-workshopfil. Den er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>{path} is open in Facilitator on the computer {host} (since {since}). Close it there first. If Facilitator is no longer running there (that computer crashed, or the USB stick was moved here), you can take the file over.</source>
        <translation>{path} er åben i Facilitator på computeren {host} (siden {since}). Luk den dér først. Hvis Facilitator ikke længere kører dér (computeren gik ned, eller USB-nøglen blev flyttet hertil), kan du overtage filen.</translation>
    </message>
    <message>
        <source>{path} is open in another Facilitator window on this computer (since {since}). Close it there first.</source>
        <translation>{path} er åben i et andet Facilitator-vindue på denne computer (siden {since}). Luk den dér først.</translation>
    </message>
    <message>
        <source>{path} is open in another Facilitator window or on another computer. Close it there first.</source>
        <translation>{path} er åben i et andet Facilitator-vindue eller på en anden computer. Luk den der først.</translation>
    </message>
    <message>
        <source>{path} or its folder is read-only, so nothing you type could be saved. Copy the file to a folder you can write to, or choose another file.</source>
        <translation>{path} eller dens mappe er skrivebeskyttet, så intet af det, du skriver, kan gemmes. Kopiér filen til en mappe, du kan skrive i, eller vælg en anden fil.</translation>
    </message>
    <message>
        <source>{path} was left half-upgraded by an earlier version of Facilitator and cannot be repaired here. It was left untouched. The file as it was before the upgrade is kept as {copy}: close Facilitator, put that file in its place, and open it again.</source>
        <translation>{path} blev efterladt halvt opgraderet af en tidligere version af Facilitator og kan ikke repareres her. Den er ikke ændret. Filen, som den var før opgraderingen, er gemt som {copy}: luk Facilitator, læg den fil i stedet, og åbn den igen.</translation>
    </message>
    <message>
        <source>{path} was left half-upgraded by an earlier version of Facilitator and cannot be repaired here. It was left untouched; restore a backup instead.</source>
        <translation>{path} blev efterladt halvt opgraderet af en tidligere version af Facilitator og kan ikke repareres her. Den er ikke ændret; gendan en sikkerhedskopi i stedet.</translation>
    </message>
    <message>
        <source>{path} was not closed properly and its folder is read-only, so it was read from a temporary copy and left untouched.</source>
        <translation>{path} blev ikke lukket korrekt, og dens mappe er skrivebeskyttet, så den blev læst fra en midlertidig kopi og ikke ændret.</translation>
    </message>
    <message>
        <source>{path} was not closed properly and its folder is read-only. Copy the file, together with its -wal file, to a folder you can write to and open the copy.</source>
        <translation>{path} blev ikke lukket korrekt, og dens mappe er skrivebeskyttet. Kopiér filen sammen med dens -wal-fil til en mappe, du kan skrive i, og åbn kopien.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Facilitator. Update the app to open it; the file was left untouched.</source>
        <translation>{path} er gemt af en nyere version af Facilitator. Opdatér programmet for at åbne den; filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>{path} was saved by an older version of Facilitator. It was read from an upgraded temporary copy and left untouched; the app upgrades it when it opens it (keeping a copy of it as it was).</source>
        <translation>{path} er gemt af en ældre version af Facilitator. Den blev læst fra en opgraderet midlertidig kopi og ikke ændret; programmet opgraderer den, når det åbner den (og gemmer en kopi af den, som den var).</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>Contact e-mail</source>
        <translation>Kontakt-e-mail</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation>Dagen slutter</translation>
    </message>
    <message>
        <source>Day starts</source>
        <translation>Dagen starter</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Dokumenternes sprog</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Untitled workshop</source>
        <translation>Workshop uden titel</translation>
    </message>
</context>
<context>
    <name>WorkshopPicker</name>
    <message>
        <source>Address of the workshop database (postgresql://user@host:port/name):</source>
        <translation>Adresse på arrangementsdatabasen (postgresql://bruger@vært:port/navn):</translation>
    </message>
    <message>
        <source>An address starts with postgresql://, e.g. postgresql://facilitator@192.168.8.10:5432/temadag</source>
        <translation>En adresse begynder med postgresql://, fx postgresql://facilitator@192.168.8.10:5432/temadag</translation>
    </message>
    <message>
        <source>Blank workshop</source>
        <translation>Tom workshop</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Forbind til en server</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Forbind til en server …</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Forbinder til {server} …</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
    <message>
        <source>Copying to {file}…</source>
        <translation>Kopierer til {file} …</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Slet workshop</translation>
    </message>
    <message>
        <source>Delete “{title}” and everything captured in it? This cannot be undone.</source>
        <translation>Slet “{title}” og alt, hvad der er noteret i den? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Ikke kopieret</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Open another workshop before deleting this one.</source>
        <translation>Åbn en anden workshop, før du sletter denne.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Åbn fil…</translation>
    </message>
    <message>
        <source>Open or create a workshop file</source>
        <translation>Åbn eller opret en workshopfil</translation>
    </message>
    <message>
        <source>Put on the server</source>
        <translation>Læg på serveren</translation>
    </message>
    <message>
        <source>Put on the server…</source>
        <translation>Læg på serveren …</translation>
    </message>
    <message>
        <source>Save a copy to this laptop</source>
        <translation>Gem en kopi på denne computer</translation>
    </message>
    <message>
        <source>Save a copy to this laptop…</source>
        <translation>Gem en kopi på denne computer …</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Workshop files (*.sqlite *.db);;All files (*)</source>
        <translation>Workshopfiler (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>“{title}” is copied to {target}: open it there with “Open file…” or “Connect to a server…”.</source>
        <translation>“{title}” er kopieret til {target}: åbn den dér med “Åbn fil…” eller “Forbind til en server …”.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>An error in Facilitator itself stopped the opening:

{error}</source>
        <translation>En fejl i selve Facilitator standsede åbningen:

{error}</translation>
    </message>
    <message>
        <source>Choose another workshop file</source>
        <translation>Vælg en anden workshopfil</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Forbinder til {server} …</translation>
    </message>
    <message>
        <source>Facilitator could not start</source>
        <translation>Facilitator kunne ikke starte</translation>
    </message>
    <message>
        <source>Lines typed while the server was away are now stored on it: {count}.</source>
        <translation>Linjer skrevet mens serveren var væk, er nu gemt på den: {count}.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Ikke åbnet</translation>
    </message>
    <message>
        <source>Workshop files (*.sqlite *.db);;All files (*)</source>
        <translation>Workshopfiler (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Copied workshop {source} as {target}: {title} (%n row(s))</source>
        <translation><numerusform>Kopierede arrangement {source} som {target}: {title} (%n række)</numerusform><numerusform>Kopierede arrangement {source} som {target}: {title} (%n rækker)</numerusform></translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fil: {path}</translation>
    </message>
    <message numerus="yes">
        <source>Foreign keys: %n problem(s)</source>
        <translation><numerusform>Fremmednøgler: %n problem</numerusform><numerusform>Fremmednøgler: %n problemer</numerusform></translation>
    </message>
    <message>
        <source>Integrity: {verdict}</source>
        <translation>Integritet: {verdict}</translation>
    </message>
    <message>
        <source>Readable: every value</source>
        <translation>Læsbar: alle værdier</translation>
    </message>
    <message>
        <source>Readable: no, damaged text in {tables}</source>
        <translation>Læsbar: nej, beskadiget tekst i {tables}</translation>
    </message>
    <message>
        <source>Schema version: {revision}</source>
        <translation>Skemaversion: {revision}</translation>
    </message>
    <message>
        <source>There is no template “{name}”. The templates are: {names}.</source>
        <translation>Der findes ingen skabelon “{name}”. Skabelonerne er: {names}.</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Capture</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Afvikling</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Opsætning</translation>
    </message>
</context>
</TS>