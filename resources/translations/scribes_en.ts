<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ClusterCard</name>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation><numerusform>%n phone connected</numerusform><numerusform>%n phones connected</numerusform></translation>
    </message>
    </context>
<context>
    <name>ScribePage</name>
    <message numerus="yes">
        <source>%n line(s) written for another table were not sent.</source>
        <translation><numerusform>%n line written for another table was not sent.</numerusform><numerusform>%n lines written for another table were not sent.</numerusform></translation>
    </message>
    </context>
</TS>