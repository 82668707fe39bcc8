<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>BackupCommands</name>
    <message>
        <source>A server's workshops are restored with: facilitator --db URL copy --from BACKUP</source>
        <translation>En servers arrangementer genskabes med: facilitator --db URL copy --from SIKKERHEDSKOPI</translation>
    </message>
    <message>
        <source>Backup written and verified: {name}</source>
        <translation>Sikkerhedskopi skrevet og kontrolleret: {name}</translation>
    </message>
    <message>
        <source>No backups of {path} in {folder}.</source>
        <translation>Ingen sikkerhedskopier af {path} i {folder}.</translation>
    </message>
    <message>
        <source>Restored {name} into {path}.</source>
        <translation>{name} er gendannet til {path}.</translation>
    </message>
    <message>
        <source>The file as it was is kept as the backup {name}.</source>
        <translation>Filen, som den var, er gemt som sikkerhedskopien {name}.</translation>
    </message>
</context>
<context>
    <name>BackupError</name>
    <message>
        <source>The backup {path} failed its integrity check, so it was not used. Choose another backup.</source>
        <translation>Sikkerhedskopien {path} bestod ikke integritetstjekket og blev derfor ikke brugt. Vælg en anden sikkerhedskopi.</translation>
    </message>
    <message>
        <source>There is no backup called {path}.</source>
        <translation>Der findes ingen sikkerhedskopi med navnet {path}.</translation>
    </message>
    <message>
        <source>{name} is a backup of {other}, another workshop file, not of {path}. Nothing was changed.</source>
        <translation>{name} er en sikkerhedskopi af {other}, en anden workshopfil, ikke af {path}. Intet er ændret.</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Gendan en &amp;sikkerhedskopi…</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsag</translation>
    </message>
</context>
<context>
    <name>BackupReason</name>
    <message>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>før en gendannelse</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuelt</translation>
    </message>
    <message>
        <source>damaged file, kept before a restore</source>
        <translation>beskadiget fil, gemt før en gendannelse</translation>
    </message>
    <message>
        <source>when opened</source>
        <translation>ved åbning</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backups are written again: {name}</source>
        <translation>Sikkerhedskopierne skrives igen: {name}</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>Sikkerhedskopien kunne ikke skrives: {reason}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>Backups are taken when a workshop file is opened and every few minutes while it is in use. Restoring one replaces the file; the file as it is now is kept as a backup first, so a restore can be undone.</source>
        <translation>Der tages en sikkerhedskopi, når en workshopfil åbnes, og med få minutters mellemrum, mens den er i brug. Når du gendanner en kopi, erstattes filen; filen, som den er nu, gemmes først som sikkerhedskopi, så gendannelsen kan fortrydes.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Ikke gendannet</translation>
    </message>
    <message>
        <source>Replace the workshop file with the backup taken {when}? The file as it is now is kept as a backup.</source>
        <translation>Vil du erstatte workshopfilen med sikkerhedskopien fra {when}? Filen, som den er nu, gemmes som sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af denne fil.</translation>
    </message>
</context>
</TS>