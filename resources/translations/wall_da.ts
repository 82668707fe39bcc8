<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>RunFollower</name>
    <message>
        <source>The run has moved on to “{title}”. This screen follows when the line you are typing is stored (Enter) or emptied, or when you leave the minutes text.</source>
        <translation>Afviklingen er gået videre til “{title}”. Skærmen skifter, når den linje, du er ved at skrive, er gemt (Enter) eller tømt, eller når du forlader referatteksten.</translation>
    </message>
</context>
</TS>