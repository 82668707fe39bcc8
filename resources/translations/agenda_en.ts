<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source> %n line(s) kept as notes.</source>
        <translation><numerusform> %n line kept as a note.</numerusform><numerusform> %n lines kept as notes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found;</source>
        <translation><numerusform>%n item found;</numerusform><numerusform>%n items found;</numerusform></translation>
    </message>
    </context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source> %n line(s) kept as notes.</source>
        <translation><numerusform> %n line kept as a note.</numerusform><numerusform> %n lines kept as notes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s);</source>
        <translation><numerusform>Imported %n item;</numerusform><numerusform>Imported %n items;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Took back the import {source}of {stamp}: %n item(s) removed, {restored} restored.</source>
        <translation><numerusform>Took back the import {source}of {stamp}: %n item removed, {restored} restored.</numerusform><numerusform>Took back the import {source}of {stamp}: %n items removed, {restored} restored.</numerusform></translation>
    </message>
    </context>
</TS>