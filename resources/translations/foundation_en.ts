<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>PasteParticipantsDialog</name>
    <message numerus="yes">
        <source>%n participant(s) will be added.</source>
        <translation><numerusform>%n participant will be added.</numerusform><numerusform>%n participants will be added.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{name}” on line(s) {lines}</source>
        <translation><numerusform>“{name}” on line {lines}</numerusform><numerusform>“{name}” on lines {lines}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation><numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
    </context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Copied workshop {source} as {target}: {title} (%n row(s))</source>
        <translation><numerusform>Copied workshop {source} as {target}: {title} (%n row)</numerusform><numerusform>Copied workshop {source} as {target}: {title} (%n rows)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Foreign keys: %n problem(s)</source>
        <translation><numerusform>Foreign keys: %n problem</numerusform><numerusform>Foreign keys: %n problems</numerusform></translation>
    </message>
    </context>
</TS>