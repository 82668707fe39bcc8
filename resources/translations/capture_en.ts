<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>PasteBar</name>
    <message numerus="yes">
        <source>Add the pasted text (%n character(s)) as one line? Enter: yes, Esc: no</source>
        <translation><numerusform>Add the pasted text (%n character) as one line? Enter: yes, Esc: no</numerusform><numerusform>Add the pasted text (%n characters) as one line? Enter: yes, Esc: no</numerusform></translation>
    </message>
    </context>
<context>
    <name>Wall</name>
    <message numerus="yes">
        <source>↑ %n more line(s)</source>
        <translation><numerusform>↑ %n more line</numerusform><numerusform>↑ %n more lines</numerusform></translation>
    </message>
</context>
</TS>