<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>ClockQuestion</name>
    <message>
        <source>The &amp;computer's clock ({time})</source>
        <translation>&amp;Computerens ur ({time})</translation>
    </message>
    <message>
        <source>The computer's clock jumped {minutes} min back at {time}. The countdown kept the time. Which time is right?</source>
        <translation>Computerens ur sprang {minutes} min. tilbage kl. {time}. Nedtællingen har holdt tiden. Hvilken tid er rigtig?</translation>
    </message>
    <message>
        <source>The computer's clock jumped {minutes} min forward at {time}. The countdown kept the time. Which time is right?</source>
        <translation>Computerens ur sprang {minutes} min. frem kl. {time}. Nedtællingen har holdt tiden. Hvilken tid er rigtig?</translation>
    </message>
    <message>
        <source>The countdown's &amp;time ({time})</source>
        <translation>&amp;Nedtællingens tid ({time})</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Click or press Esc to close.</source>
        <translation>Klik eller tryk Esc for at lukke.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>overalt</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>1. Join the Wi-Fi “{network}”</source>
        <translation>1. Gå på Wi-Fi'et »{network}«</translation>
    </message>
    <message>
        <source>2. Scan your table’s code with the phone’s camera</source>
        <translation>2. Scan jeres bords kode med telefonens kamera</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Criticise</source>
        <translation>Kritiser</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Næste: {title}</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Tilbyd</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sat på pause</translation>
    </message>
    <message>
        <source>Scan your table's code with the phone's camera</source>
        <translation>Scan jeres bords kode med telefonens kamera</translation>
    </message>
    <message>
        <source>Thank you for today</source>
        <translation>Tak for i dag</translation>
    </message>
    <message>
        <source>We resume at {time}</source>
        <translation>Vi fortsætter kl. {time}</translation>
    </message>
    <message>
        <source>What can we contribute ourselves?</source>
        <translation>Hvad kan vi selv bidrage med?</translation>
    </message>
    <message>
        <source>What can we support as it is?</source>
        <translation>Hvad kan vi bakke op om, som det er?</translation>
    </message>
    <message>
        <source>What worries us, what is missing?</source>
        <translation>Hvad bekymrer os, hvad mangler?</translation>
    </message>
    <message>
        <source>Write along from your table</source>
        <translation>Skriv med fra jeres bord</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>v/ {name}</translation>
    </message>
    <message>
        <source>{hours}:{minutes}</source>
        <translation>{hours}.{minutes}</translation>
    </message>
    <message>
        <source>{label} · part {number} of {count}</source>
        <translation>{label} · del {number} af {count}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source> min)</source>
        <translation> min)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source>&amp;Compress the flexible items, keep pinned items and the end of the day</source>
        <translation>&amp;Komprimér de fleksible punkter, behold faste tidspunkter og dagens sluttid</translation>
    </message>
    <message>
        <source>&amp;Round times to:</source>
        <translation>&amp;Rund tider af til:</translation>
    </message>
    <message>
        <source>&amp;Shift everything (pinned items move too)</source>
        <translation>&amp;Ryk alt (også punkter med fast tidspunkt)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Nothing left to replan.</source>
        <translation>Der er intet tilbage at planlægge om.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Replan the rest of the day</source>
        <translation>Planlæg resten af dagen om</translation>
    </message>
    <message>
        <source>Shortest item after compressing:</source>
        <translation>Korteste punkt efter komprimering:</translation>
    </message>
    <message>
        <source>The plan stays as planned (the minutes show it); the new times are kept beside it. Ctrl+Z in the console takes them back.</source>
        <translation>Planen forbliver som planlagt (referatet viser den); de nye tider gemmes ved siden af. Ctrl+Z i konsollen tager dem tilbage.</translation>
    </message>
</context>
<context>
    <name>RunAgendaModel</name>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Replanned</source>
        <translation>Ny plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>paused {time}</source>
        <translation>på pause {time}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Fortsæt afviklingen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minut</translation>
    </message>
    <message>
        <source>+5 minutes</source>
        <translation>+5 minutter</translation>
    </message>
    <message>
        <source>Back to the previous item</source>
        <translation>Tilbage til forrige punkt</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Black screen on the projector (again: back)</source>
        <translation>Sort skærm på projektoren (igen: tilbage)</translation>
    </message>
    <message>
        <source>Day {number}</source>
        <translation>Dag {number}</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>End the item now</source>
        <translation>Afslut punktet nu</translation>
    </message>
    <message>
        <source>Full screen console</source>
        <translation>Konsollen i fuld skærm</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Leave full screen / close help</source>
        <translation>Forlad fuld skærm / luk hjælpen</translation>
    </message>
    <message>
        <source>Next phase or item</source>
        <translation>Næste fase eller punkt</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <source>Nothing left to replan.</source>
        <translation>Der er intet tilbage at planlægge om.</translation>
    </message>
    <message>
        <source>On time — {times}</source>
        <translation>Til tiden — {times}</translation>
    </message>
    <message>
        <source>Open / close the projector view</source>
        <translation>Åbn / luk projektorvisningen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Projector preview</source>
        <translation>Forhåndsvisning af projektoren</translation>
    </message>
    <message>
        <source>Quit during the run?</source>
        <translation>Afslut midt i afviklingen?</translation>
    </message>
    <message>
        <source>Replan the rest of the day…</source>
        <translation>Planlæg resten af dagen om…</translation>
    </message>
    <message>
        <source>Replan…</source>
        <translation>Planlæg om…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Genveje</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Vis disse genveje</translation>
    </message>
    <message>
        <source>Skip the selected item</source>
        <translation>Spring det valgte punkt over</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start / pause / resume</source>
        <translation>Start / pause / fortsæt</translation>
    </message>
    <message>
        <source>Start the selected item</source>
        <translation>Start det valgte punkt</translation>
    </message>
    <message>
        <source>Start the table scribes first (F6), then show their join screen.</source>
        <translation>Start bordreferenterne først (F6), og vis så deres log ind-skærm.</translation>
    </message>
    <message>
        <source>Table scribes' join screen on the projector (again: back)</source>
        <translation>Bordreferenternes log ind-skærm på projektoren (igen: tilbage)</translation>
    </message>
    <message>
        <source>Table scribes…</source>
        <translation>Bordreferenter…</translation>
    </message>
    <message>
        <source>The agenda is empty: plan the day first.</source>
        <translation>Dagsordenen er tom: planlæg dagen først.</translation>
    </message>
    <message>
        <source>The laptop was asleep for {minutes} min; the countdown shows the real time that passed.</source>
        <translation>Computeren har sovet i {minutes} min.; nedtællingen viser den tid, der reelt er gået.</translation>
    </message>
    <message>
        <source>The programme is done.</source>
        <translation>Programmet er slut.</translation>
    </message>
    <message>
        <source>The run is in progress ({item}). Quit anyway?

The timer keeps counting: when Facilitator starts again it carries on where the run is, with the projector.</source>
        <translation>Afviklingen er i gang ({item}). Vil du afslutte alligevel?

Uret tæller videre: når Facilitator startes igen, fortsætter den, hvor afviklingen er, med projektoren.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title screen on the projector (again: back)</source>
        <translation>Titelskærm på projektoren (igen: tilbage)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Undo the last command</source>
        <translation>Fortryd seneste handling</translation>
    </message>
    <message>
        <source>expected end {expected} (planned {planned})</source>
        <translation>forventet slut {expected} (planlagt {planned})</translation>
    </message>
    <message>
        <source>{minutes} min ahead — {times}</source>
        <translation>{minutes} min. foran — {times}</translation>
    </message>
    <message>
        <source>{minutes} min behind — {times}</source>
        <translation>{minutes} min. bagud — {times}</translation>
    </message>
    <message>
        <source>−1 minute</source>
        <translation>−1 minut</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Tilbage</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Phases start by themselves</source>
        <translation>Faserne starter af sig selv</translation>
    </message>
    <message>
        <source>Projector screen:</source>
        <translation>Projektorskærm:</translation>
    </message>
    <message>
        <source>Soft sound at zero (system beep)</source>
        <translation>Blød lyd ved nul (systemets bip)</translation>
    </message>
    <message>
        <source>Warning colour in the last:</source>
        <translation>Advarselsfarve de sidste:</translation>
    </message>
</context>
<context>
    <name>RunStrip</name>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Intet planlagt</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over tiden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sat på pause</translation>
    </message>
    <message>
        <source>Programme done</source>
        <translation>Programmet er slut</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kører</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
</TS>