<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <source>Text: %n paragraph(s)</source>
        <translation><numerusform>Text: %n paragraph</numerusform><numerusform>Text: %n paragraphs</numerusform></translation>
    </message>
    </context>
</TS>