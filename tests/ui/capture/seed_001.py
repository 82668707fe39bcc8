"""Seed 001's cluster lists and plenary summary, as the consultant captured them on the day.

Each line is (text, is a sub-point). Generated from /work/shared/seeds/001_*.txt; numbering and
bullets are left out because the app numbers lines itself.
"""

from __future__ import annotations

CLUSTER_LISTS: dict[str, list[tuple[str, bool]]] = {
    'Klynge Syd': [
        ('Mål som sikrer lige vilkår, lige værdighed. Ligheder mellem det somatiske/psykiatriske.', False),
        ('Sikrer borgerne i overgang ml. sektorer men også internt i kommune henholdsvis sygehus. Se på det hele menneske.', False),
        ('Blive klar til fremtiden og til at tage mod den ændrede type af opgaver i kommunerne (efterbehandling og personale som skal have andre kompetencer end i dag)', False),
        ('Fokus på velfærdsteknologi og digitale løsninger (svar på fremtidige udfordringer?)', False),
        ('Sikre ensartethed, ensartethed i kvaliteten. På trods af forskelle mellem kommunerne, herunder: færdigbehandlede, sengedage, genindlæggelser, ”modtagne apparat”, fælles kodeks for læger (PLO)', False),
    ],
    'Klynge Nord': [
        ('Det sammenhængende borgerforløb!! Godt som begreb - Før og efter en behandling. Perioden som patient er meget lille, man er borger hele livet.  Se på ”Det hele menneske” med afsæt i kommunens kerneopgaver. Forebyggelse og livsmestring.', False),
        ('Planlagt opgaveoverdragelse. Der skal være klar plan, så opgaver ikke kommer uforberedt til kommunerne.', False),
        ('Telemedicin/velfærdsteknologi (også for at kompensere for lægemangel)', False),
        ('Kommunikation om det nye sundhedsvæsen. Kan kommune og region kommunikere fælles til borgerne og kommunikere ud at sundhedsvæsenet er en fælles opgave, ikke kun en regional opgave. Det kan også være en måde at komme ud over specialistsproget. Alle parter i kommunikationen med borgeren/patienten er tydelige om det sammenhængende borgerforløb, ansvar for egen sundhed.', False),
        ('Kommuner skal møde region med håndfaste krav. (Hvor skal den lægelige backup være, ved udskrivning er det nu en ren kommunal/almen praksis ansvar, f.eks. 2 dage efter udskrivning stadig sygehus ansvar med lægekontrol.', False),
        ('Kapacitets tilpasning (sengepladser). Vi skal være en del af den regionale planlægning, da vi efterfølgende får opgaven. De skal medvirke til at geare kommunen til at tage over; her har regionen en forpligtelse. Vi skal gøre hinanden til kompetente samarbejdspartnere, så borgeren oplever helhed og sammenhæng', False),
        ('Vi skal ikke glemme psykiatrien, skal psykiatri beskrives særskilt under hvert mål?', False),
        ('Dokumentation - hvad virker / virker ikke?', False),
    ],
    'Klynge Midt': [
        ('Velafbalanceret, gennemsigtigt sundhedsvæsen for borgeren', False),
        ('Både for borgere med somatisk og psykisk sygdom', True),
        ('Indebærer af vi skal vurdere resultater og virkninger af det vi gør.', True),
        ('Veltilrettelagt opgaveoverdragelse på borgerniveau mellem sygehuse, almen praksis og kommune.', False),
        ('Forudsætter klarhed over hvad vi som kommune skal stille op til', True),
        ('Forudsætter fælles kompetenceudvikling', True),
        ('Fælles kompetenceforløb, fælles uddannelsesforløb', False),
        ('Vi skal fremtidssikre det nære sundhedsvæsen. F.eks. kronikeraftalen, kunne det udbygges? Det samme med TeleCare Nord.', False),
        ('Indebærer blandt andet udvikling af en 2. generations kronikeraftale – Tele-homecare strategi (baggrund i Jes Søgård forudsigelser om stigende antal kræftpatienter i kommunerne)', True),
        ('Psykiatrien', False),
        ('Psykiatri sidestilles', True),
        ('(B-U udredning)', True),
        ('Underbehandling somatisk sygdom', True),
        ('Svært psykisk syge', True),
        ('Resultater/virkning af det, vi gør? Hjælper det?', False),
        ('Vi skal mindske den sociale ulighed i sundhed - Den sociale lighed skal være større hver gang vi indgår en aftale.', False),
    ],
    'Klynge Vest': [
        ('En borger, en sag! Vi koordinerer', False),
        ('Shared Care (gøre op med kassetænkning, hvor giver det mening at sætte ressourcerne ind? Fælles ansættelser, telemedicin', False),
        ('Fokus på psykiatrien og ligestillingen heraf', False),
        ('Fokus på forebyggelse', False),
        ('IT; fælles platform. En løsning, der virker.', False),
        ('Det nære sundhedsvæsen. Det skal defineres. Rammer og forventningsafstemning', False),
        ('Evidens – Hvad er det egentlig der virker? Tage lære af sig selv og hinanden. Tiltag evalueres på baggrund af evidens eller evalueres systematisk', False),
        ('Tiltag: Evidens for virkning, evaluering for effekt!', True),
        ('NB! Få noget af dette udmøntet i noget målbart, i noget operationalt! Stort fokus herpå, også politisk.', True),
        ('Vi skal efterfølgende kunne se, om vi bevæger os den rigtige vej… Vi starter dog her og det er helt ok.', True),
    ],
}

PLENARY_SUMMARY: list[str] = [
    'Skabe lighed og ligeværd mellem somatik og psykiatri....',
    'Sikre borgeren i overgang - det hele menneske...',
    'Være klar til fremtiden ...',
    'Fokus på velfærdsteknologi, telemedicin og digitale løsninger',
    'Sikre ensartethed i de kommunale tilbud og imellem de enkelte praksis ....',
    'En borger - én "sag"',
    'Shared Care - ikke kassetænkning?',
    'Fokus på forebyggelse..',
    'Fælles IT-platform ....',
    'Fokus på hvad der virker',
    'Det sammenhængende borgerforløb (giver fokus på før - under - efter)',
    'Planlagt overdragelse ....',
    'Kommunikation - bidrager til at borgerne har en de samme forventninger ....kommunikerer ind i den nye kontekst hvor kommunerne også er en aktør..',
    'Plan for kapacitetstilpasning...(tidlig inddragelse)',
    'Ikke glemme psykiatrien',
    'Veltilrettelagt opgaveoverdragelse på borgerniveau (måske suppleret med fælles kompetenceudvikling af personalet).',
    'Flere forløb ind under noget der ligner "kronikermodellen"',
    'Reducere (den sociale) ulighed i sundhed',
    'Det der mangler nu er konkretisering, operationalisering og målbarhed.....',
]
