<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../facilitator/ui/run/shortcuts.py" line="73" />
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/shortcuts.py" line="74" />
        <source>Click or press Esc to close.</source>
        <translation>Klik eller tryk Esc for at lukke.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../facilitator/ui/run/projector_view.py" line="129" />
        <source>Paused</source>
        <translation>Sat på pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="63" />
        <source>{hours}:{minutes}</source>
        <translation>{hours}.{minutes}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="70" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="70" />
        <source>What can we support as it is?</source>
        <translation>Hvad kan vi bakke op om, som det er?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="71" />
        <source>Criticise</source>
        <translation>Kritiser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="72" />
        <source>What worries us, what is missing?</source>
        <translation>Hvad bekymrer os, hvad mangler?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="73" />
        <source>Offer</source>
        <translation>Tilbyd</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="73" />
        <source>What can we contribute ourselves?</source>
        <translation>Hvad kan vi selv bidrage med?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="96" />
        <source>Thank you for today</source>
        <translation>Tak for i dag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="103" />
        <source>{label} · part {number} of {count}</source>
        <translation>{label} · del {number} af {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="113" />
        <source>We resume at {time}</source>
        <translation>Vi fortsætter kl. {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="115" />
        <source>by {name}</source>
        <translation>v/ {name}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/slide.py" line="116" />
        <source>Next: {title}</source>
        <translation>Næste: {title}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../facilitator/ui/run/projector_window.py" line="48" />
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../../facilitator/ui/run/replan_dialog.py" line="31" />
        <source>Replan the rest of the day</source>
        <translation>Planlæg resten af dagen om</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/replan_dialog.py" line="32" />
        <source>&amp;Shift everything (pinned items move too)</source>
        <translation>&amp;Ryk alt (også punkter med fast tidspunkt)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/replan_dialog.py" line="34" />
        <source>&amp;Compress the flexible items, keep pinned items and the end of the day</source>
        <translation>&amp;Komprimér de fleksible punkter, behold faste tidspunkter og dagens sluttid</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/replan_dialog.py" line="42" />
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/replan_dialog.py" line="45" />
        <source>Shortest item after compressing:</source>
        <translation>Korteste punkt efter komprimering:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/replan_dialog.py" line="51" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/replan_dialog.py" line="51" />
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/replan_dialog.py" line="51" />
        <source>Proposed</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/replan_dialog.py" line="57" />
        <source>Nothing left to replan.</source>
        <translation>Der er intet tilbage at planlægge om.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/replan_dialog.py" line="70" />
        <source>Ctrl+Z in the console takes the new plan back.</source>
        <translation>Ctrl+Z i konsollen fortryder den nye plan.</translation>
    </message>
</context>
<context>
    <name>RunAgendaModel</name>
    <message>
        <location filename="../../facilitator/ui/run/agenda_model.py" line="62" />
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_model.py" line="62" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_model.py" line="62" />
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_model.py" line="62" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_model.py" line="94" />
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_model.py" line="94" />
        <source>done</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/agenda_model.py" line="98" />
        <source>paused {time}</source>
        <translation>på pause {time}</translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="85" />
        <source>Start / pause / resume</source>
        <translation>Start / pause / fortsæt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="86" />
        <location filename="../../facilitator/ui/run/console.py" line="262" />
        <location filename="../../facilitator/ui/run/console.py" line="275" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="87" />
        <source>Next phase or item</source>
        <translation>Næste fase eller punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="88" />
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="89" />
        <source>Back to the previous item</source>
        <translation>Tilbage til forrige punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="90" />
        <source>◀ Back</source>
        <translation>◀ Tilbage</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="91" />
        <source>Start the selected item</source>
        <translation>Start det valgte punkt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="92" />
        <source>+1 minute</source>
        <translation>+1 minut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="93" />
        <source>+5 minutes</source>
        <translation>+5 minutter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="94" />
        <source>−1 minute</source>
        <translation>−1 minut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="95" />
        <source>End the item now</source>
        <translation>Afslut punktet nu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="95" />
        <source>End</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="96" />
        <source>Skip the selected item</source>
        <translation>Spring det valgte punkt over</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="97" />
        <source>Undo the last command</source>
        <translation>Fortryd seneste handling</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="98" />
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="99" />
        <source>Replan the rest of the day…</source>
        <translation>Planlæg resten af dagen om…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="100" />
        <source>Replan…</source>
        <translation>Planlæg om…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="101" />
        <source>Open / close the projector view</source>
        <translation>Åbn / luk projektorvisningen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="102" />
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="103" />
        <source>Black screen on the projector (again: back)</source>
        <translation>Sort skærm på projektoren (igen: tilbage)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="104" />
        <source>Black</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="105" />
        <source>Title screen on the projector (again: back)</source>
        <translation>Titelskærm på projektoren (igen: tilbage)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="106" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="107" />
        <source>Full screen console</source>
        <translation>Konsollen i fuld skærm</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="108" />
        <source>Leave full screen / close help</source>
        <translation>Forlad fuld skærm / luk hjælpen</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="109" />
        <source>Show these shortcuts</source>
        <translation>Vis disse genveje</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="110" />
        <source>Shortcuts</source>
        <translation>Genveje</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="194" />
        <source>Projector preview</source>
        <translation>Forhåndsvisning af projektoren</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="257" />
        <source>The agenda is empty: plan the day first.</source>
        <translation>Dagsordenen er tom: planlæg dagen først.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="259" />
        <source>The programme is done.</source>
        <translation>Programmet er slut.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="276" />
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="277" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="289" />
        <source>expected end {expected} (planned {planned})</source>
        <translation>forventet slut {expected} (planlagt {planned})</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="293" />
        <source>{minutes} min behind — {times}</source>
        <translation>{minutes} min. bagud — {times}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="295" />
        <source>{minutes} min ahead — {times}</source>
        <translation>{minutes} min. foran — {times}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="297" />
        <source>On time — {times}</source>
        <translation>Til tiden — {times}</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="308" />
        <source>The laptop was asleep for {minutes} min; the countdown shows the real time that passed.</source>
        <translation>Computeren har sovet i {minutes} min.; nedtællingen viser den tid, der reelt er gået.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="311" />
        <source>The computer's clock was set back {minutes} min; check the times shown.</source>
        <translation>Computerens ur er stillet {minutes} min. tilbage; kontrollér de viste tider.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="340" />
        <source>Nothing left to replan.</source>
        <translation>Der er intet tilbage at planlægge om.</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <location filename="../../facilitator/ui/run/options_panel.py" line="46" />
        <source>Phases start by themselves</source>
        <translation>Faserne starter af sig selv</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/options_panel.py" line="49" />
        <source>Soft sound at zero (system beep)</source>
        <translation>Blød lyd ved nul (systemets bip)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/options_panel.py" line="56" />
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/options_panel.py" line="60" />
        <source>Warning colour in the last:</source>
        <translation>Advarselsfarve de sidste:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/options_panel.py" line="66" />
        <source>Projector screen:</source>
        <translation>Projektorskærm:</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/run/options_panel.py" line="95" />
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../facilitator/ui/run/console.py" line="49" />
        <source>Run</source>
        <translation>Afvikling</translation>
    </message>
</context>
</TS>