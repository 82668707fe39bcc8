<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>ClusterCard</name>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation><numerusform>%n telefon forbundet</numerusform><numerusform>%n telefoner forbundet</numerusform></translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Kode: {code}</translation>
    </message>
    <message>
        <source>New code…</source>
        <translation>Ny kode…</translation>
    </message>
    <message>
        <source>The old QR code and every phone that joined with it stop at once</source>
        <translation>Den gamle QR-kode og alle telefoner, der er logget ind med den, stopper straks</translation>
    </message>
    <message>
        <source>last line {time}</source>
        <translation>seneste linje {time}</translation>
    </message>
</context>
<context>
    <name>ScribePage</name>
    <message numerus="yes">
        <source>%n line(s) written for another table were not sent.</source>
        <translation><numerusform>%n linje skrevet til et andet bord blev ikke sendt.</numerusform><numerusform>%n linjer skrevet til et andet bord blev ikke sendt.</numerusform></translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete this line?</source>
        <translation>Slet denne linje?</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ret</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Gå i gang</translation>
    </message>
    <message>
        <source>No points yet. Add the first one.</source>
        <translation>Ingen punkter endnu. Tilføj det første.</translation>
    </message>
    <message>
        <source>Not connected — your text is kept</source>
        <translation>Ikke forbundet — din tekst er gemt på telefonen</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Ikke startet endnu</translation>
    </message>
    <message>
        <source>Nothing is running right now.</source>
        <translation>Der kører ikke noget punkt lige nu.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Scan your table's QR code, or type the code shown on the screen.</source>
        <translation>Scan jeres bords QR-kode, eller skriv koden fra skærmen.</translation>
    </message>
    <message>
        <source>Sub-point</source>
        <translation>Underpunkt</translation>
    </message>
    <message>
        <source>Table scribe</source>
        <translation>Bordets referent</translation>
    </message>
    <message>
        <source>That code is not valid (or it was replaced). Check the code on the screen.</source>
        <translation>Koden passer ikke (eller den er skiftet ud). Tjek koden på skærmen.</translation>
    </message>
    <message>
        <source>That is not allowed from this page.</source>
        <translation>Det er ikke tilladt fra denne side.</translation>
    </message>
    <message>
        <source>The laptop could not store it; your text is kept.</source>
        <translation>Den bærbare kunne ikke gemme det; din tekst er gemt på telefonen.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Her er ikke noget.</translation>
    </message>
    <message>
        <source>This phone's access has ended. Scan your table's QR code again.</source>
        <translation>Telefonens adgang er udløbet. Scan jeres bords QR-kode igen.</translation>
    </message>
    <message>
        <source>Too fast: waiting a moment before sending the rest.</source>
        <translation>For hurtigt: venter et øjeblik, før resten sendes.</translation>
    </message>
    <message>
        <source>Too long to send as one line: please shorten it or split it in two.</source>
        <translation>For langt til én linje: gør det kortere, eller del det i to.</translation>
    </message>
    <message>
        <source>Type a point and press Add</source>
        <translation>Skriv en pointe og tryk Tilføj</translation>
    </message>
    <message>
        <source>Write for your table</source>
        <translation>Skriv for jeres bord</translation>
    </message>
    <message>
        <source>Write in</source>
        <translation>Skriv i</translation>
    </message>
    <message>
        <source>Your table's point</source>
        <translation>Jeres bords pointe</translation>
    </message>
    <message>
        <source>from your table</source>
        <translation>fra jeres bord</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ikke gemt endnu</translation>
    </message>
    <message>
        <source>{count} kept on this phone: sent when the connection is back</source>
        <translation>{count} venter på telefonen og sendes, når forbindelsen er tilbage</translation>
    </message>
</context>
<context>
    <name>ScribesDialog</name>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netværk:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>All networks of this laptop — 0.0.0.0 (not recommended)</source>
        <translation>Alle den bærbares netværk — 0.0.0.0 (frarådes)</translation>
    </message>
    <message>
        <source>Give {name} a new code? Their QR code and every phone that joined with it stop at once; the table scans the new code.</source>
        <translation>Giv {name} en ny kode? Den gamle QR-kode og alle telefoner, der er logget ind med den, stopper straks; bordet scanner den nye kode.</translation>
    </message>
    <message>
        <source>It listens on every network of this laptop, also ones you may not trust.</source>
        <translation>Den lytter på alle den bærbares netværk, også dem du måske ikke stoler på.</translation>
    </message>
    <message>
        <source>Join screen on the projector   [J]</source>
        <translation>Vis log ind-skærm på projektoren   [J]</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <source>No phone has reached this laptop yet.</source>
        <translation>Ingen telefon har fået fat i den bærbare endnu.</translation>
    </message>
    <message>
        <source>Off. Start the server to give each table a QR code.</source>
        <translation>Slukket. Start serveren for at give hvert bord en QR-kode.</translation>
    </message>
    <message>
        <source>Phones must be on the same network as this laptop. If the page does not open on a phone, the venue Wi-Fi may keep devices apart or a firewall blocks the port: use your phone's hotspot or a travel router.</source>
        <translation>Telefonerne skal være på samme netværk som den bærbare. Hvis siden ikke åbner på en telefon, holder stedets Wi-Fi måske enhederne adskilt, eller en firewall blokerer porten: brug din telefons hotspot eller en rejserouter.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program. Choose another port (for example {other}).</source>
        <translation>Port {port} bruges allerede af et andet program. Vælg en anden port (for eksempel {other}).</translation>
    </message>
    <message>
        <source>Running for this laptop only ({address}): phones cannot reach it. Choose the Wi-Fi to let the tables in.</source>
        <translation>Kører kun for denne bærbare ({address}): telefonerne kan ikke nå den. Vælg Wi-Fi'et for at lukke bordene ind.</translation>
    </message>
    <message>
        <source>Running on {address}. Phones on the same network open the address or scan their table's code.</source>
        <translation>Kører på {address}. Telefoner på samme netværk åbner adressen eller scanner deres bords kode.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Table scribes</source>
        <translation>Bordreferenter</translation>
    </message>
    <message>
        <source>The address {address} is no longer on this laptop: the network has changed. Choose the network again.</source>
        <translation>Adressen {address} findes ikke længere på den bærbare: netværket er skiftet. Vælg netværket igen.</translation>
    </message>
    <message>
        <source>The server could not start: {detail}</source>
        <translation>Serveren kunne ikke starte: {detail}</translation>
    </message>
    <message>
        <source>This laptop does not allow listening on port {port}. Choose another port.</source>
        <translation>Den bærbare tillader ikke at lytte på port {port}. Vælg en anden port.</translation>
    </message>
    <message>
        <source>This laptop has no proper address on that network ({address}): it is not really connected. Use a phone hotspot or a travel router.</source>
        <translation>Den bærbare har ingen rigtig adresse på det netværk ({address}): den er ikke rigtigt forbundet. Brug et telefon-hotspot eller en rejserouter.</translation>
    </message>
    <message>
        <source>This workshop has no clusters yet: add them in Set-up; each table joins as its cluster.</source>
        <translation>Workshoppen har ingen klynger endnu: tilføj dem under Opsætning; hvert bord logger ind som sin klynge.</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi &amp;name shown to the tables:</source>
        <translation>Wi-Fi-&amp;navn, som bordene ser:</translation>
    </message>
    <message>
        <source>cable</source>
        <translation>kabel</translation>
    </message>
    <message>
        <source>e.g. Temadag-hotspot</source>
        <translation>fx Temadag-hotspot</translation>
    </message>
    <message>
        <source>other network</source>
        <translation>andet netværk</translation>
    </message>
    <message>
        <source>this laptop only</source>
        <translation>kun denne bærbare</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}</source>
        <translation>Kan ikke lytte på {host}:{port}: {reason}</translation>
    </message>
    <message>
        <source>No workshop {id} in this file (see the list command).</source>
        <translation>Ingen workshop {id} i denne fil (se kommandoen list).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <source>Table scribes for “{title}” on http://{address} — stop with Ctrl+C</source>
        <translation>Bordreferenter til »{title}« på http://{address} — stop med Ctrl+C</translation>
    </message>
    <message>
        <source>The workshop has no clusters: nobody can join.</source>
        <translation>Workshoppen har ingen klynger: ingen kan logge ind.</translation>
    </message>
    <message>
        <source>This machine has no network address a phone could reach. Join the Wi-Fi (or a hotspot) first, or give --host.</source>
        <translation>Maskinen har ingen netværksadresse, en telefon kan nå. Gå på Wi-Fi'et (eller et hotspot) først, eller angiv --host.</translation>
    </message>
    <message>
        <source>This machine has several network addresses; choose one with --host:</source>
        <translation>Maskinen har flere netværksadresser; vælg én med --host:</translation>
    </message>
</context>
</TS>