<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Click or press Esc to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>1. Join the Wi-Fi “{network}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Scan your table’s code with the phone’s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your table&apos;s code with the phone&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We resume at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can we contribute ourselves?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can we support as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worries us, what is missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write along from your table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours}:{minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} · part {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compress the flexible items, keep pinned items and the end of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round times to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shift everything (pinned items move too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to replan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replan the rest of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest item after compressing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan stays as planned (the minutes show it); the new times are kept beside it. Ctrl+Z in the console takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunAgendaModel</name>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunConsole</name>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black screen on the projector (again: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the item now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen / close help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to replan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time — {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / close the projector view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit during the run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replan the rest of the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the table scribes first (F6), then show their join screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table scribes&apos; join screen on the projector (again: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table scribes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda is empty: plan the day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back {minutes} min; check the times shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop was asleep for {minutes} min; the countdown shows the real time that passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is in progress ({item}). Quit anyway?

The timer keeps counting: when Facilitator starts again it carries on where the run is, with the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title screen on the projector (again: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected end {expected} (planned {planned})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min ahead — {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min behind — {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases start by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft sound at zero (system beep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning colour in the last:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStrip</name>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
