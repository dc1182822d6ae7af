<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlembicToml</name>
    <message>
        <location filename="../core/config/AlembicToml.cpp" line="+71"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not valid TOML: %2</source>
        <translation>%1 ist kein gültiges TOML: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Bad value substitution in [tool.alembic] key %1: %2 (only %(here)s and %% are available)</source>
        <translation>Ungültige Ersetzung im [tool.alembic]-Schlüssel %1: %2 (nur %(here)s und %% sind verfügbar)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>[tool.alembic] key %1 must be a string</source>
        <translation>Der [tool.alembic]-Schlüssel %1 muss ein String sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[tool.alembic] key %1 must be a list of strings</source>
        <translation>Der [tool.alembic]-Schlüssel %1 muss eine Liste von Strings sein</translation>
    </message>
</context>
<context>
    <name>AlembicVersionProbe</name>
    <message>
        <location filename="../core/engine/AlembicVersionProbe.cpp" line="+25"/>
        <source>no site-packages folder</source>
        <translation>kein site-packages-Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Alembic installation was found for %1 (searched: %2).</source>
        <translation>Für %1 wurde keine Alembic-Installation gefunden (durchsucht: %2).</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="+18"/>
        <source>(no revision)</source>
        <translation>(keine Revision)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REVISIONS</source>
        <translation>REVISIONEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REASON</source>
        <translation>ANLASS</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No database is selected.</source>
        <translation>Keine Datenbank ausgewählt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>retort backup</source>
        <translation>retort backup</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backed up %1 at %2 (%3) as %4
</source>
        <translation>%1 am %2 (%3) gesichert als %4
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No backups of %1 in %2
</source>
        <translation>Keine Sicherungen von %1 in %2
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No backup of %1 has the id %2 (see retort backups)</source>
        <translation>Keine Sicherung von %1 hat die ID %2 (siehe retort backups)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 backups of %2 start with %3; give more of the id</source>
        <translation>%1 Sicherungen von %2 beginnen mit %3; geben Sie mehr von der ID an</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored %1 to %2 from backup %3
</source>
        <translation>%1 aus der Sicherung %3 auf %2 wiederhergestellt
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state before the restore was backed up as %1
</source>
        <translation>Der Stand vor der Wiederherstellung wurde als %1 gesichert
</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <location filename="../core/engine/BackupStore.cpp" line="+99"/>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The backup %1 is missing.</source>
        <translation>Die Sicherung %1 fehlt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>before restoring %1</source>
        <translation>vor dem Wiederherstellen von %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot replace %1 with the restored copy.</source>
        <translation>%1 kann nicht durch die wiederhergestellte Kopie ersetzt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The restored database %1 does not hold the revisions of backup %2.</source>
        <translation>Die wiederhergestellte Datenbank %1 enthält nicht die Revisionen der Sicherung %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot delete the backup %1.</source>
        <translation>Die Sicherung %1 kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+44"/>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No database is selected.</source>
        <translation>Keine Datenbank ausgewählt.</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <location filename="../core/checks/CheckResult.cpp" line="+35"/>
        <source>Single head</source>
        <translation>Ein einziger Head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade from empty to head</source>
        <translation>Upgrade von leer auf head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models match the database</source>
        <translation>Modelle stimmen mit der Datenbank überein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade again</source>
        <translation>Erneutes Upgrade</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+107"/>
        <source>Run &apos;retort --help&apos; for usage.
</source>
        <translation>Mit &apos;retort --help&apos; wird die Verwendung angezeigt.
</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="+77"/>
        <source>unknown command</source>
        <translation>unbekannter Befehl</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>History range has more than one &apos;:&apos;</source>
        <translation>Der History-Bereich enthält mehr als ein &apos;:&apos;</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+118"/>
        <source>show current available heads</source>
        <translation>die aktuell verfügbaren Heads anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list revisions, newest first</source>
        <translation>Revisionen auflisten, neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show branch points</source>
        <translation>Verzweigungspunkte anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the database&apos;s current revision(s)</source>
        <translation>die aktuelle(n) Revision(en) der Datenbank anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the revision(s) denoted by REV</source>
        <translation>die mit REV bezeichnete(n) Revision(en) anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the scripts (see retort lint --help)</source>
        <translation>die Skripte prüfen (siehe retort lint --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the steps of an upgrade or downgrade</source>
        <translation>die Schritte eines Upgrades oder Downgrades auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upgrade the database (backed up first)</source>
        <translation>Upgrade der Datenbank (vorher gesichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downgrade the database (backed up first)</source>
        <translation>Downgrade der Datenbank (vorher gesichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set the version table, running no migration</source>
        <translation>die Versionstabelle setzen, ohne eine Migration auszuführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the SQL from the current revision(s)</source>
        <translation>das SQL ab der aktuellen Revision bzw. den aktuellen Revisionen ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models vs head; --all: round-trip health checks on copies</source>
        <translation>Modelle gegen head; --all: Roundtrip-Gesundheitsprüfungen auf Kopien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>merge revisions in a new revision file</source>
        <translation>Revisionen in einer neuen Revisionsdatei zusammenführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restore a backup (the present state backed up)</source>
        <translation>eine Sicherung wiederherstellen (der jetzige Stand wird gesichert)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unrecognized option: %1</source>
        <translation>unbekannte Option: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>option %1 expects a value</source>
        <translation>Option %1 erwartet einen Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>option %1 takes no value</source>
        <translation>Option %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show expects one revision: retort show REV</source>
        <translation>show erwartet eine Revision: retort show REV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>plan expects a direction and a target: retort plan upgrade|downgrade TARGET</source>
        <translation>plan erwartet eine Richtung und ein Ziel: retort plan upgrade|downgrade TARGET</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 expects one target: retort %1 TARGET</source>
        <translation>%1 erwartet ein Ziel: retort %1 TARGET</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 expects one or more revisions: retort %1 REV...</source>
        <translation>%1 erwartet eine oder mehrere Revisionen: retort %1 REV...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore expects a backup id: retort restore ID (see retort backups)</source>
        <translation>restore erwartet eine Sicherungs-ID: retort restore ID (siehe retort backups)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no command given (one of: %1)</source>
        <translation>kein Befehl angegeben (einer von: %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option %1 does not apply to command %2</source>
        <translation>Option %1 gilt nicht für den Befehl %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Usage: retort [options] COMMAND [command options]

Reads an Alembic project (alembic.ini, env.py&apos;s script folder, revision scripts)
and an SQLite database. heads, history, branches, current, show, lint, plan and
the backup commands run no Python and need no trust. upgrade, downgrade, stamp,
sql, check, revision and merge run the project&apos;s own Alembic (env.py and the
migrations are Python code), so they need --trust or a folder trusted in the
Retort window; every write backs the database up first and restores it when the
run fails.

Commands (those alembic has print what the alembic command of the same name
prints):
</source>
        <translation>Verwendung: retort [Optionen] BEFEHL [Befehlsoptionen]

Liest ein Alembic-Projekt (alembic.ini, den Skriptordner von env.py, die Revisionsskripte)
und eine SQLite-Datenbank. heads, history, branches, current, show, lint, plan und
die Sicherungsbefehle führen kein Python aus und brauchen kein Vertrauen. upgrade,
downgrade, stamp, sql, check, revision und merge führen das Alembic des Projekts aus
(env.py und die Migrationen sind Python-Code), brauchen also --trust oder einen im
Retort-Fenster als vertrauenswürdig markierten Ordner; jeder Schreibvorgang sichert
die Datenbank vorher und stellt sie wieder her, wenn der Lauf fehlschlägt.

Befehle (die, die es auch in alembic gibt, geben aus, was der gleichnamige
alembic-Befehl ausgibt):
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
Options:
  -c, --config FILE         alembic.ini, or the folder holding it
                            (default: $ALEMBIC_CONFIG, else ./alembic.ini)
  -n, --name SECTION        ini section to read (default: alembic)
  --db FILE                 SQLite database file (default: from sqlalchemy.url)
  --version-table NAME      version table (default: alembic_version)
  --alembic-version X.Y.Z   behave like this Alembic release where releases
                            differ, e.g. script load order (default: the
                            release installed for the project, read from
                            package metadata without running Python)
  --no-cache                read every script; neither use nor update the header
                            cache (~/.cache/retort, validated by file stamps)
  --json                    print results as JSON
  -v, --verbose             verbose output
  -r, --rev-range RANGE     history: [start]:[end], [start]: or :[end]
  -i, --indicate-current    history: mark the database&apos;s current revision(s)
  --resolve-dependencies    heads: treat dependencies as down revisions
  --from REV[,REV]          plan: start from these revisions, not the database&apos;s
  --trust                   run the project&apos;s Python (env.py, migrations) this
                            once, without remembering the folder as trusted
  -x KEY=VALUE              extra argument for env.py (repeatable), as alembic -x
  --sql                     upgrade/downgrade/stamp: print Alembic&apos;s offline SQL;
                            TARGET may be a START:END range
  --tag TAG                 upgrade/downgrade/stamp: tag for env.py
  --purge                   stamp: empty the version table first
  -m, --message MSG         revision/merge: the message
  --autogenerate            revision: compare the models with the database
  --head REV                revision: the new revision&apos;s parent (default: head)
  --splice                  revision: allow a parent that is not a head
  --branch-label LABEL      revision/merge: label the new revision&apos;s branch
  --depends-on REV          revision: a dependency (repeatable)
  --version-path DIR        revision: where to write the file
  --rev-id ID               revision/merge: the new revision&apos;s id
  -h, --help                show this help
  --version                 show Retort&apos;s version

Exit codes:
  0  success
  1  the command failed as alembic&apos;s would (bad revision, multiple heads, ...)
  2  usage error (unknown command or option, missing argument)
  3  configuration or database problem (missing alembic.ini or scripts folder, a
     script Retort cannot read statically, database missing, locked or not
     SQLite, non-SQLite URL), or no Python interpreter with Alembic
  4  the project folder is not trusted: nothing ran (use --trust)
  5  a write failed and restoring the database failed too (the message names
     the backup to restore by hand)

Errors are printed to stderr as &quot;FAILED: &lt;message&gt;&quot;.
</source>
        <translation>
Optionen:
  -c, --config FILE         alembic.ini oder der Ordner, der sie enthält
                            (Standard: $ALEMBIC_CONFIG, sonst ./alembic.ini)
  -n, --name SECTION        zu lesender ini-Abschnitt (Standard: alembic)
  --db FILE                 SQLite-Datenbankdatei (Standard: aus sqlalchemy.url)
  --version-table NAME      Versionstabelle (Standard: alembic_version)
  --alembic-version X.Y.Z   sich wie dieses Alembic-Release verhalten, wo sich
                            Releases unterscheiden, z. B. in der Ladereihenfolge
                            der Skripte (Standard: das für das Projekt
                            installierte Release, aus den Paketmetadaten
                            gelesen, ohne Python auszuführen)
  --no-cache                jedes Skript lesen; den Header-Cache weder nutzen
                            noch aktualisieren (~/.cache/retort, über
                            Dateistempel validiert)
  --json                    Ergebnisse als JSON ausgeben
  -v, --verbose             ausführliche Ausgabe
  -r, --rev-range RANGE     history: [start]:[end], [start]: oder :[end]
  -i, --indicate-current    history: die aktuelle(n) Revision(en) der Datenbank
                            markieren
  --resolve-dependencies    heads: Abhängigkeiten als Down-Revisionen behandeln
  --from REV[,REV]          plan: von diesen Revisionen ausgehen, nicht von
                            denen der Datenbank
  --trust                   das Python des Projekts (env.py, Migrationen) dieses
                            eine Mal ausführen, ohne den Ordner als
                            vertrauenswürdig zu speichern
  -x KEY=VALUE              zusätzliches Argument für env.py (wiederholbar),
                            wie alembic -x
  --sql                     upgrade/downgrade/stamp: das Offline-SQL von Alembic
                            ausgeben; TARGET darf ein Bereich START:END sein
  --tag TAG                 upgrade/downgrade/stamp: Tag für env.py
  --purge                   stamp: zuerst die Versionstabelle leeren
  -m, --message MSG         revision/merge: die Nachricht
  --autogenerate            revision: die Modelle mit der Datenbank vergleichen
  --head REV                revision: der Vorgänger der neuen Revision
                            (Standard: head)
  --splice                  revision: einen Vorgänger erlauben, der kein Head ist
  --branch-label LABEL      revision/merge: den Zweig der neuen Revision
                            benennen
  --depends-on REV          revision: eine Abhängigkeit (wiederholbar)
  --version-path DIR        revision: wohin die Datei geschrieben wird
  --rev-id ID               revision/merge: die ID der neuen Revision
  -h, --help                diese Hilfe anzeigen
  --version                 die Version von Retort anzeigen

Exit-Codes:
  0  Erfolg
  1  der Befehl ist wie der von alembic fehlgeschlagen (ungültige Revision,
     mehrere Heads, ...)
  2  Bedienungsfehler (unbekannter Befehl oder unbekannte Option, fehlendes
     Argument)
  3  Konfigurations- oder Datenbankproblem (fehlende alembic.ini oder fehlender
     Skriptordner, ein Skript, das Retort nicht statisch lesen kann, Datenbank
     fehlt, ist gesperrt oder nicht SQLite, Nicht-SQLite-URL) oder kein
     Python-Interpreter mit Alembic
  4  dem Projektordner wird nicht vertraut: nichts wurde ausgeführt (--trust
     verwenden)
  5  ein Schreibvorgang ist fehlgeschlagen und die Wiederherstellung der
     Datenbank ebenfalls (die Meldung nennt die Sicherung, die von Hand
     wiederherzustellen ist)

Fehler werden auf stderr als &quot;FAILED: &lt;Meldung&gt;&quot; ausgegeben.
</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>create a new revision file</source>
        <translation>eine neue Revisionsdatei anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back up the database now (no Python runs)</source>
        <translation>die Datenbank jetzt sichern (es läuft kein Python)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the database&apos;s backups</source>
        <translation>die Sicherungen der Datenbank auflisten</translation>
    </message>
</context>
<context>
    <name>ConfigPaths</name>
    <message>
        <location filename="../core/config/ConfigPaths.cpp" line="+98"/>
        <source>Cannot resolve %1: no package %2 in the project folder or in prepend_sys_path (%3)</source>
        <translation>%1 kann nicht aufgelöst werden: kein Paket %2 im Projektordner oder in prepend_sys_path (%3)</translation>
    </message>
</context>
<context>
    <name>DatabaseState</name>
    <message>
        <location filename="../core/db/DatabaseState.cpp" line="+69"/>
        <source>Database file not found: %1</source>
        <translation>Datenbankdatei nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permission denied: cannot read database file %1</source>
        <translation>Zugriff verweigert: die Datenbankdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Qt SQLite driver (QSQLITE) is not available</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Database %1 is locked by another connection (%2)</source>
        <translation>Die Datenbank %1 ist durch eine andere Verbindung gesperrt (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an SQLite database (%2)</source>
        <translation>%1 ist keine SQLite-Datenbank (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permission denied reading database %1 (%2)</source>
        <translation>Zugriff verweigert beim Lesen der Datenbank %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open database %1 (%2)</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the version table %1 of database %2 (%3)</source>
        <translation>Die Versionstabelle %1 der Datenbank %2 kann nicht gelesen werden (%3)</translation>
    </message>
</context>
<context>
    <name>DownRevisionEdit</name>
    <message>
        <location filename="../core/merge/DownRevisionEdit.cpp" line="+40"/>
        <source>The file has no line %1.</source>
        <translation>Die Datei hat keine Zeile %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 is not a down_revision assignment.</source>
        <translation>Zeile %1 ist keine down_revision-Zuweisung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 does not name %2 as a quoted down revision.</source>
        <translation>Zeile %1 nennt %2 nicht als Down-Revision in Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 names %2 more than once.</source>
        <translation>Zeile %1 nennt %2 mehr als einmal.</translation>
    </message>
</context>
<context>
    <name>EngineSession</name>
    <message>
        <location filename="../app/cli/EngineSession.cpp" line="+36"/>
        <source>Run the command again with --trust to run it this once, or trust the folder in the Retort window.</source>
        <translation>Führen Sie den Befehl mit --trust erneut aus, um ihn dieses eine Mal auszuführen, oder vertrauen Sie dem Ordner im Retort-Fenster.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Python: %1 (%2; Python %3, Alembic %4, SQLAlchemy %5)
</source>
        <translation>Python: %1 (%2; Python %3, Alembic %4, SQLAlchemy %5)
</translation>
    </message>
    <message>
        <location line="+70"/>
        <source> (%1, line %2)</source>
        <translation> (%1, Zeile %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <location filename="../app/cli/HealthCommand.cpp" line="+69"/>
        <source>--timeout needs a number of seconds, not &apos;%1&apos;</source>
        <translation>--timeout braucht eine Anzahl Sekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 passed, %2 failed, %3 skipped</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 übersprungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--revision %1 names no revision to check</source>
        <translation>--revision %1 nennt keine zu prüfende Revision</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Unknown check option &apos;%1&apos;</source>
        <translation>Unbekannte check-Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retort check needs --all or --revision REV</source>
        <translation>retort check braucht --all oder --revision REV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: retort check (--all | --revision REV ...) [--json] [-c CONFIG] [-n NAME]
                    [--db FILE] [--trust] [--timeout SECONDS]

Runs the project&apos;s migrations with its own Alembic on temporary databases (the
project&apos;s database is never written) and checks: a single head; an empty
database upgrades to head; the models match the database at head; every
revision upgrades, downgrades one step and upgrades again, the downgrade
restoring the schema from before the upgrade.

  --all             every check, every revision
  --revision REV    the up/down check of REV only (repeatable)
  --json            one JSON object with every result
  --trust           run the project&apos;s Python without trusting its folder for good
  --timeout S       stop a bridge run after S seconds

exit codes: 0 every check passed, 1 a check failed, 2 usage, 3 project error
(unreadable, not trusted, no Python with Alembic)
</source>
        <translation>Verwendung: retort check (--all | --revision REV ...) [--json] [-c CONFIG] [-n NAME]
                          [--db FILE] [--trust] [--timeout SECONDS]

Führt die Migrationen des Projekts mit seinem eigenen Alembic auf temporären
Datenbanken aus (die Datenbank des Projekts wird nie geschrieben) und prüft: ein
einziger Head; eine leere Datenbank lässt sich per Upgrade auf head bringen; die
Modelle stimmen mit der Datenbank auf head überein; jede Revision schafft Upgrade,
Downgrade um einen Schritt und erneutes Upgrade, wobei das Downgrade das Schema
von vor dem Upgrade wiederherstellt.

  --all             jede Prüfung, jede Revision
  --revision REV    nur die Up/Down-Prüfung von REV (wiederholbar)
  --json            ein JSON-Objekt mit jedem Ergebnis
  --trust           das Python des Projekts ausführen, ohne dem Ordner dauerhaft
                    zu vertrauen
  --timeout S       einen Bridge-Lauf nach S Sekunden anhalten

Exit-Codes: 0 jede Prüfung bestanden, 1 eine Prüfung fehlgeschlagen,
2 Bedienungsfehler, 3 Projektfehler (unlesbar, nicht vertrauenswürdig, kein
Python mit Alembic)
</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>difference: </source>
        <translation>Unterschied: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sql: </source>
        <translation>SQL: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at: %1:%2</source>
        <translation>bei: %1:%2</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <location filename="../core/config/IniFile.cpp" line="+246"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not valid UTF-8.</source>
        <translation>%1 ist kein gültiges UTF-8.</translation>
    </message>
</context>
<context>
    <name>InterpreterLocator</name>
    <message>
        <location filename="../core/engine/InterpreterLocator.cpp" line="+48"/>
        <source>it did not answer the probe as Python does</source>
        <translation>es antwortete auf die Prüfung nicht wie Python</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Python %1 cannot import %2</source>
        <translation>Python %1 kann %2 nicht importieren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not run: it belongs to the project folder, which is not trusted</source>
        <translation>nicht ausgeführt: er gehört zum Projektordner, dem nicht vertraut wird</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no executable file at this path</source>
        <translation>keine ausführbare Datei unter diesem Pfad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be started: %1</source>
        <translation>er konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the probe did not finish in %1 ms</source>
        <translation>die Prüfung wurde nicht innerhalb von %1 ms fertig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the probe failed with exit code %1%2</source>
        <translation>die Prüfung schlug mit Exit-Code %1 fehl%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No Python interpreter was found.</source>
        <translation>Es wurde kein Python-Interpreter gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Python interpreter that imports alembic and sqlalchemy was found. Tried:</source>
        <translation>Es wurde kein Python-Interpreter gefunden, der alembic und sqlalchemy importiert. Versucht:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No Python installation with alembic and sqlalchemy was found. Looked at:</source>
        <translation>Es wurde keine Python-Installation mit alembic und sqlalchemy gefunden. Geprüft:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Install Alembic into the project&apos;s virtual environment: %1 install alembic</source>
        <translation>Installieren Sie Alembic in die virtuelle Umgebung des Projekts: %1 install alembic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install Alembic into the project&apos;s virtual environment (pip install alembic) or system-wide (apt install python3-alembic), or configure the interpreter to use.</source>
        <translation>Installieren Sie Alembic in die virtuelle Umgebung des Projekts (pip install alembic) oder systemweit (apt install python3-alembic), oder legen Sie den zu verwendenden Interpreter fest.</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <location filename="../app/cli/LintCommand.cpp" line="+35"/>
        <source>%1: no lint rule matches &apos;%2&apos;</source>
        <translation>%1: keine Lint-Regel passt zu &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a comma-separated list of rule ids</source>
        <translation>%1 braucht eine kommagetrennte Liste von Regel-IDs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format must be plain, json or github, not &apos;%1&apos;</source>
        <translation>--format muss plain, json oder github sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 error(s), %2 warning(s), %3 info
</source>
        <translation>%1 Fehler, %2 Warnung(en), %3 Hinweis(e)
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown lint option &apos;%1&apos;</source>
        <translation>Unbekannte Lint-Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--json and --format %1 cannot be combined</source>
        <translation>--json und --format %1 können nicht kombiniert werden</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>usage: retort lint [-c CONFIG] [-n NAME] [--db FILE] [--json | --format plain|json|github]
                   [--select IDS] [--ignore IDS] [--strict] [--list-rules]

Checks the revision scripts and the revision graph without running Python.
IDS: comma-separated rule ids or prefixes (SQLITE, DATA003). Configure rules in
retort.toml [lint] or pyproject.toml [tool.retort.lint]; silence one line with
`# retort: ignore[ID]`.

exit codes: 0 clean, 1 error findings (or warnings with --strict), 2 usage,
3 project or configuration error
</source>
        <translation>Verwendung: retort lint [-c CONFIG] [-n NAME] [--db FILE] [--json | --format plain|json|github]
                          [--select IDS] [--ignore IDS] [--strict] [--list-rules]

Prüft die Revisionsskripte und den Revisionsgraphen, ohne Python auszuführen.
IDS: kommagetrennte Regel-IDs oder Präfixe (SQLITE, DATA003). Regeln werden in
retort.toml [lint] oder pyproject.toml [tool.retort.lint] konfiguriert; eine Zeile
schaltet `# retort: ignore[ID]` stumm.

Exit-Codes: 0 sauber, 1 Befunde der Stufe Fehler (oder Warnungen mit --strict),
2 Bedienungsfehler, 3 Projekt- oder Konfigurationsfehler
</translation>
    </message>
</context>
<context>
    <name>LintRule</name>
    <message>
        <location filename="../core/lint/LintRule.cpp" line="+25"/>
        <source>ALTER that SQLite cannot run outside batch mode</source>
        <translation>ALTER, das SQLite außerhalb des Batch-Modus nicht ausführen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite&apos;s ALTER TABLE cannot change a column or add or drop a constraint: Alembic raises NotImplementedError or SQLite rejects the statement. Run the change inside `with op.batch_alter_table(&quot;t&quot;) as batch_op:` so Alembic recreates the table (&quot;move and copy&quot;).</source>
        <translation>SQLites ALTER TABLE kann weder eine Spalte ändern noch einen Constraint hinzufügen oder entfernen: Alembic wirft NotImplementedError, oder SQLite lehnt die Anweisung ab. Führen Sie die Änderung in `with op.batch_alter_table(&quot;t&quot;) as batch_op:` aus, damit Alembic die Tabelle neu anlegt (&quot;move and copy&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drop_column outside batch mode on SQLite</source>
        <translation>drop_column außerhalb des Batch-Modus unter SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTER TABLE ... DROP COLUMN needs SQLite 3.35 and fails when the column is indexed, part of a key, UNIQUE, a foreign key or used by a view or trigger. Drop it with batch_op.drop_column() inside op.batch_alter_table().</source>
        <translation>ALTER TABLE ... DROP COLUMN braucht SQLite 3.35 und schlägt fehl, wenn die Spalte indiziert, Teil eines Schlüssels, UNIQUE, ein Fremdschlüssel ist oder von einer View oder einem Trigger verwendet wird. Entfernen Sie sie mit batch_op.drop_column() innerhalb von op.batch_alter_table().</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NOT NULL column added without server_default</source>
        <translation>NOT-NULL-Spalte ohne server_default hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing rows have no value for the new column: the ALTER fails (SQLite refuses it even on an empty table). Add the column with a server_default (or nullable), backfill it with op.execute(&quot;UPDATE ...&quot;), then drop the default or make it NOT NULL in batch mode.</source>
        <translation>Bestehende Zeilen haben keinen Wert für die neue Spalte: das ALTER schlägt fehl (SQLite lehnt es sogar bei einer leeren Tabelle ab). Fügen Sie die Spalte mit einem server_default (oder nullable) hinzu, füllen Sie sie mit op.execute(&quot;UPDATE ...&quot;) und entfernen Sie dann den Default oder setzen Sie NOT NULL im Batch-Modus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column made NOT NULL without backfilling NULLs first</source>
        <translation>Spalte auf NOT NULL gesetzt, ohne NULL-Werte vorher aufzufüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alter_column(nullable=False) fails when a row still holds NULL. Run op.execute(&quot;UPDATE t SET c = ... WHERE c IS NULL&quot;) earlier in the same upgrade(), then alter the column (in batch mode on SQLite).</source>
        <translation>alter_column(nullable=False) schlägt fehl, solange eine Zeile noch NULL enthält. Führen Sie op.execute(&quot;UPDATE t SET c = ... WHERE c IS NULL&quot;) vorher im selben upgrade() aus und ändern Sie dann die Spalte (unter SQLite im Batch-Modus).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unique constraint or index added without removing duplicates first</source>
        <translation>Unique-Constraint oder -Index hinzugefügt, ohne vorher Duplikate zu entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating a UNIQUE constraint or index fails when the table already holds duplicates. Deduplicate first in the same upgrade() (op.execute(&quot;DELETE FROM t WHERE ...&quot;) or an UPDATE), then create the constraint.</source>
        <translation>Ein UNIQUE-Constraint oder -Index lässt sich nicht anlegen, wenn die Tabelle schon Duplikate enthält. Entfernen Sie die Duplikate zuerst im selben upgrade() (op.execute(&quot;DELETE FROM t WHERE ...&quot;) oder ein UPDATE) und legen Sie dann den Constraint an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drop_table deletes a table and all its rows</source>
        <translation>drop_table löscht eine Tabelle mit allen Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table&apos;s rows cannot be restored by downgrade(). Back up or migrate the data first, and make sure nothing reads the table any more.</source>
        <translation>Die Zeilen der Tabelle kann downgrade() nicht wiederherstellen. Sichern oder migrieren Sie die Daten vorher und stellen Sie sicher, dass nichts die Tabelle mehr liest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop_column deletes a column and its data</source>
        <translation>drop_column löscht eine Spalte mit ihren Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column&apos;s values cannot be restored by downgrade(). Copy them elsewhere first if they are still needed.</source>
        <translation>Die Werte der Spalte kann downgrade() nicht wiederherstellen. Kopieren Sie sie vorher anderswohin, falls sie noch gebraucht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column type narrowed</source>
        <translation>Spaltentyp verengt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing to a narrower type truncates, rounds or rejects existing values. Check the data fits (or convert it with an UPDATE) before altering the type.</source>
        <translation>Der Wechsel zu einem engeren Typ kürzt, rundet oder verwirft bestehende Werte. Prüfen Sie vor der Typänderung, dass die Daten passen (oder wandeln Sie sie mit einem UPDATE um).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop_column and add_column on one table look like a rename</source>
        <translation>drop_column und add_column auf einer Tabelle sehen nach einer Umbenennung aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropping a column and adding another loses the data. To rename, use alter_column(..., new_column_name=...) (batch_op.alter_column on SQLite).</source>
        <translation>Eine Spalte zu entfernen und eine andere hinzuzufügen verliert die Daten. Zum Umbenennen verwenden Sie alter_column(..., new_column_name=...) (unter SQLite batch_op.alter_column).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>downgrade() missing, empty or only raising</source>
        <translation>downgrade() fehlt, ist leer oder wirft nur eine Ausnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrade() changes the schema but downgrade() cannot undo it, so `alembic downgrade` past this revision is impossible. Write the inverse operations.</source>
        <translation>upgrade() ändert das Schema, aber downgrade() kann es nicht rückgängig machen, daher ist `alembic downgrade` über diese Revision hinaus unmöglich. Schreiben Sie die umgekehrten Operationen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade() is empty</source>
        <translation>upgrade() ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A revision that does nothing is usually a mistake (an autogenerate that found no change). Delete it or add the operations. Merge revisions are exempt.</source>
        <translation>Eine Revision, die nichts tut, ist meist ein Versehen (ein Autogenerate, das keine Änderung fand). Löschen Sie sie oder fügen Sie die Operationen hinzu. Merge-Revisionen sind ausgenommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>raw SQL in upgrade() that downgrade() does not undo</source>
        <translation>rohes SQL in upgrade(), das downgrade() nicht rückgängig macht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>op.execute() runs SQL Alembic cannot invert. Add the inverse op.execute() to downgrade(). UPDATE and DELETE statements (backfills, deduplication) are exempt.</source>
        <translation>op.execute() führt SQL aus, das Alembic nicht umkehren kann. Fügen Sie downgrade() das umgekehrte op.execute() hinzu. UPDATE- und DELETE-Anweisungen (Auffüllen, Entfernen von Duplikaten) sind ausgenommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>constraint or index created without a name</source>
        <translation>Constraint oder Index ohne Namen angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unnamed constraint gets a name chosen by the database (or none on SQLite), and batch mode cannot drop it later. Pass a name, or op.f() with a naming convention on the MetaData.</source>
        <translation>Ein unbenannter Constraint erhält einen von der Datenbank gewählten Namen (unter SQLite gar keinen), und der Batch-Modus kann ihn später nicht entfernen. Geben Sie einen Namen an oder op.f() mit einer Namenskonvention am MetaData.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>several heads</source>
        <translation>mehrere Heads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history has more than one head on the same branch: `alembic upgrade head` fails. Join them with `alembic merge heads`.</source>
        <translation>Die Historie hat mehr als einen Head auf demselben Zweig: `alembic upgrade head` schlägt fehl. Führen Sie sie mit `alembic merge heads` zusammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing down revision or dependency</source>
        <translation>fehlende Down-Revision oder Abhängigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A revision names a parent no script has: Alembic cannot build the history. Restore the missing script or fix down_revision / depends_on.</source>
        <translation>Eine Revision nennt einen Vorgänger, den kein Skript hat: Alembic kann die Historie nicht aufbauen. Stellen Sie das fehlende Skript wieder her oder korrigieren Sie down_revision / depends_on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate revision id</source>
        <translation>doppelte Revisions-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two scripts declare the same revision id; Alembic keeps only one of them. Give one a new id and fix its children&apos;s down_revision.</source>
        <translation>Zwei Skripte deklarieren dieselbe Revisions-ID; Alembic behält nur eines davon. Geben Sie einem eine neue ID und korrigieren Sie die down_revision seiner Kinder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate branch label</source>
        <translation>doppeltes Branch-Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branch label is used by two branches; Alembic refuses to load the history.</source>
        <translation>Ein Branch-Label wird von zwei Zweigen verwendet; Alembic verweigert das Laden der Historie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cycle in the revision graph</source>
        <translation>Zyklus im Revisionsgraphen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down_revision or depends_on links form a loop; Alembic refuses to load the history.</source>
        <translation>down_revision- oder depends_on-Verweise bilden eine Schleife; Alembic verweigert das Laden der Historie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable revision script</source>
        <translation>unlesbares Revisionsskript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The script cannot be read without running it (a syntax error, or revision variables computed at run time), so it is left out of the history.</source>
        <translation>Das Skript lässt sich nicht lesen, ohne es auszuführen (ein Syntaxfehler oder zur Laufzeit berechnete Revisionsvariablen), daher fehlt es in der Historie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file name does not match file_template</source>
        <translation>Dateiname passt nicht zu file_template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic names new revisions by the project&apos;s file_template (default %(rev)s_%(slug)s). A name that does not follow it makes scripts hard to find and sort.</source>
        <translation>Alembic benennt neue Revisionen nach dem file_template des Projekts (Standard %(rev)s_%(slug)s). Ein Name, der ihm nicht folgt, macht Skripte schwer auffindbar und sortierbar.</translation>
    </message>
</context>
<context>
    <name>LintSettings</name>
    <message>
        <location filename="../core/lint/LintSettings.cpp" line="+82"/>
        <source>Unknown or malformed lint setting &apos;%1&apos;</source>
        <translation>Unbekannte oder fehlerhafte Lint-Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;disable&apos; must be a list of rule ids</source>
        <translation>&apos;disable&apos; muss eine Liste von Regel-IDs sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;disable&apos; names no lint rule: %1</source>
        <translation>&apos;disable&apos; nennt keine Lint-Regel: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;severity&apos; must be a table of rule id = &quot;error&quot; | &quot;warning&quot; | &quot;info&quot;</source>
        <translation>&apos;severity&apos; muss eine Tabelle aus Regel-ID = &quot;error&quot; | &quot;warning&quot; | &quot;info&quot; sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown lint rule &apos;%1&apos;</source>
        <translation>Unbekannte Lint-Regel &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity of %1 must be &quot;error&quot;, &quot;warning&quot; or &quot;info&quot;</source>
        <translation>Der Schweregrad von %1 muss &quot;error&quot;, &quot;warning&quot; oder &quot;info&quot; sein</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not valid TOML: %2</source>
        <translation>%1 ist kein gültiges TOML: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lint settings must be a table</source>
        <translation>Die Lint-Einstellungen müssen eine Tabelle sein</translation>
    </message>
</context>
<context>
    <name>Linter</name>
    <message>
        <location filename="../core/lint/GraphRules.cpp" line="+85"/>
        <source>Revision %1 is one of %2 heads (%3): `alembic upgrade head` fails until they are merged</source>
        <translation>Revision %1 ist einer von %2 Heads (%3): `alembic upgrade head` schlägt fehl, bis sie zusammengeführt sind</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File name %1 does not match file_template %2 for revision %3</source>
        <translation>Dateiname %1 passt nicht zu file_template %2 für Revision %3</translation>
    </message>
    <message>
        <location filename="../core/lint/SqliteRules.cpp" line="+51"/>
        <source>op.%1() on %2 outside batch mode: SQLite cannot ALTER this; use `with op.batch_alter_table(&quot;%2&quot;) as batch_op:`</source>
        <translation>op.%1() auf %2 außerhalb des Batch-Modus: SQLite kann dies nicht per ALTER; verwenden Sie `with op.batch_alter_table(&quot;%2&quot;) as batch_op:`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>op.drop_column() on %1 outside batch mode needs SQLite 3.35 and fails on indexed or constrained columns</source>
        <translation>op.drop_column() auf %1 außerhalb des Batch-Modus braucht SQLite 3.35 und schlägt bei indizierten oder eingeschränkten Spalten fehl</translation>
    </message>
    <message>
        <location filename="../core/lint/DataSafetyRules.cpp" line="+48"/>
        <source>add_column %1 is NOT NULL without server_default (default= is applied by Python only): existing rows get no value</source>
        <translation>add_column %1 ist NOT NULL ohne server_default (default= wirkt nur in Python): bestehende Zeilen erhalten keinen Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add_column %1 is NOT NULL without server_default: existing rows get no value</source>
        <translation>add_column %1 ist NOT NULL ohne server_default: bestehende Zeilen erhalten keinen Wert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>alter_column %1 sets NOT NULL with no UPDATE backfilling NULLs before it</source>
        <translation>alter_column %1 setzt NOT NULL, ohne dass vorher ein UPDATE die NULL-Werte auffüllt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unique index</source>
        <translation>Unique-Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique constraint</source>
        <translation>Unique-Constraint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 (%3) added with no DELETE or UPDATE removing duplicates before it</source>
        <translation>%1 auf %2 (%3) hinzugefügt, ohne dass vorher ein DELETE oder UPDATE Duplikate entfernt</translation>
    </message>
    <message>
        <location filename="../core/lint/DestructiveRules.cpp" line="+18"/>
        <source>drop_table %1 deletes the table and all its rows</source>
        <translation>drop_table %1 löscht die Tabelle mit allen Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drop_column %1 deletes the column and its values</source>
        <translation>drop_column %1 löscht die Spalte mit ihren Werten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>alter_column %1 narrows the type from %2 to %3: %4</source>
        <translation>alter_column %1 verengt den Typ von %2 auf %3: %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>drop_column %1 and add_column %2.%3 look like a rename: the values are lost; use alter_column(new_column_name=...)</source>
        <translation>drop_column %1 und add_column %2.%3 sehen nach einer Umbenennung aus: die Werte gehen verloren; verwenden Sie alter_column(new_column_name=...)</translation>
    </message>
    <message>
        <location filename="../core/lint/NamingRules.cpp" line="+69"/>
        <source>op.%1() on %2 has no name: batch mode cannot drop it later</source>
        <translation>op.%1() auf %2 hat keinen Namen: der Batch-Modus kann ihn später nicht entfernen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 in create_table %2 has no name: batch mode cannot drop it later</source>
        <translation>%1 in create_table %2 hat keinen Namen: der Batch-Modus kann ihn später nicht entfernen</translation>
    </message>
    <message>
        <location filename="../core/lint/RevisionRules.cpp" line="+46"/>
        <source>downgrade() is missing although upgrade() changes the database</source>
        <translation>downgrade() fehlt, obwohl upgrade() die Datenbank ändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>downgrade() is empty although upgrade() changes the database</source>
        <translation>downgrade() ist leer, obwohl upgrade() die Datenbank ändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>downgrade() only raises although upgrade() changes the database</source>
        <translation>downgrade() wirft nur eine Ausnahme, obwohl upgrade() die Datenbank ändert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>upgrade() is missing</source>
        <translation>upgrade() fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade() is empty: the revision does nothing</source>
        <translation>upgrade() ist leer: die Revision tut nichts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>upgrade() only raises</source>
        <translation>upgrade() wirft nur eine Ausnahme</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>op.execute() in upgrade() has no op.execute() in downgrade() to undo it</source>
        <translation>op.execute() in upgrade() hat kein op.execute() in downgrade(), das es rückgängig macht</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="+139"/>
        <source>No database is selected.</source>
        <translation>Keine Datenbank ausgewählt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Retort: backup %1 of %2 was taken before the run.
</source>
        <translation>Retort: Sicherung %1 von %2 wurde vor dem Lauf angelegt.
</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../core/project/Project.cpp" line="+107"/>
        <source>No database: the configuration has no sqlalchemy.url and no --db file was given</source>
        <translation>Keine Datenbank: die Konfiguration hat keine sqlalchemy.url, und es wurde keine --db-Datei angegeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only SQLite databases can be read natively; %1 is a %2 URL</source>
        <translation>Nur SQLite-Datenbanken können nativ gelesen werden; %1 ist eine %2-URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an in-memory database: it has no state to read</source>
        <translation>%1 ist eine In-Memory-Datenbank: sie hat keinen Stand, der gelesen werden könnte</translation>
    </message>
</context>
<context>
    <name>ProjectConfig</name>
    <message>
        <location filename="../core/config/ProjectConfig.cpp" line="+70"/>
        <source>No Alembic configuration found in %1: looked for alembic.ini and for a pyproject.toml with a [tool.alembic] table.</source>
        <translation>Keine Alembic-Konfiguration in %1 gefunden: gesucht wurden alembic.ini und eine pyproject.toml mit einer [tool.alembic]-Tabelle.</translation>
    </message>
</context>
<context>
    <name>RebasePlan</name>
    <message>
        <location filename="../core/merge/RebasePlan.cpp" line="+53"/>
        <source>Both heads must be revisions of the project.</source>
        <translation>Beide Heads müssen Revisionen des Projekts sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 are on the same branch.</source>
        <translation>%1 und %2 liegen auf demselben Zweig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revision %1 is already applied; re-basing its branch would rewrite history that a database has. Merge instead.</source>
        <translation>Revision %1 ist bereits angewendet; ihren Zweig neu aufzusetzen (Re-Base) würde Historie umschreiben, die eine Datenbank schon hat. Führen Sie stattdessen einen Merge durch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The branch of %1 does not start with a single revision.</source>
        <translation>Der Zweig von %1 beginnt nicht mit einer einzelnen Revision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1 must have exactly one down revision to be re-based.</source>
        <translation>Revision %1 muss genau eine Down-Revision haben, um neu aufgesetzt zu werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 changed since the re-base was planned; nothing was written.</source>
        <translation>%1 hat sich geändert, seit das Re-Base geplant wurde; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>RevisionMap</name>
    <message>
        <location filename="../core/graph/RevisionMapBuilder.cpp" line="+243"/>
        <source>Dependency %1 of revision %2 is not present</source>
        <translation>Abhängigkeit %1 der Revision %2 ist nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/graph/RevisionMapIterate.cpp" line="+146"/>
        <source>%1 does not name exactly one current revision</source>
        <translation>%1 bezeichnet nicht genau eine aktuelle Revision</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Target %1 is past the end of the history</source>
        <translation>Ziel %1 liegt hinter dem Ende der Historie</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Revision %1 does not carry exactly one branch label</source>
        <translation>Revision %1 trägt nicht genau ein Branch-Label</translation>
    </message>
    <message>
        <location filename="../core/graph/RevisionMapResolve.cpp" line="+302"/>
        <source>A revision walk went past the base</source>
        <translation>Ein Durchlauf der Revisionen ging über die Base hinaus</translation>
    </message>
    <message>
        <location filename="../core/graph/RevisionMapWalk.cpp" line="+187"/>
        <location line="+43"/>
        <source>The revision graph could not be sorted</source>
        <translation>Der Revisionsgraph konnte nicht sortiert werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A relative revision resolved to base where a revision is needed</source>
        <translation>Eine relative Revision wurde zu base aufgelöst, wo eine Revision nötig ist</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <location filename="../core/checks/SchemaDiff.cpp" line="+36"/>
        <source>%1index %2 on %3 %4</source>
        <translation>%1Index %2 auf %3 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique </source>
        <translation>Unique-</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+45"/>
        <source>extra </source>
        <translation>zusätzlich: </translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+37"/>
        <source>missing </source>
        <translation>fehlend: </translation>
    </message>
    <message>
        <location line="-14"/>
        <source>missing table %1</source>
        <translation>fehlende Tabelle %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra table %1</source>
        <translation>zusätzliche Tabelle %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 expected, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing %1 %2</source>
        <translation>fehlend: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: expected %3, found %4</source>
        <translation>%1 %2: %3 erwartet, %4 gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>extra %1 %2</source>
        <translation>zusätzlich: %1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing column %1.%2</source>
        <translation>fehlende Spalte %1.%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>extra column %1.%2</source>
        <translation>zusätzliche Spalte %1.%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>type %1 expected, found %2</source>
        <translation>Typ %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>NOT NULL expected, found nullable</source>
        <translation>NOT NULL erwartet, nullable gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nullable expected, found NOT NULL</source>
        <translation>nullable erwartet, NOT NULL gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default %1 expected, found %2</source>
        <translation>Default %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>primary key expected, found none</source>
        <translation>Primärschlüssel erwartet, keiner gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no primary key expected, found one</source>
        <translation>kein Primärschlüssel erwartet, einer gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unique constraint on %1</source>
        <translation>Unique-Constraint auf %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>foreign key %1</source>
        <translation>Fremdschlüssel %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
</context>
<context>
    <name>SchemaSnapshot</name>
    <message>
        <location filename="../core/checks/SchemaSnapshot.cpp" line="+69"/>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Das Schema von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ScriptCacheFile</name>
    <message>
        <location filename="../core/scripts/ScriptCacheFile.cpp" line="+309"/>
        <source>Cannot write the header cache %1: %2</source>
        <translation>Der Header-Cache %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ScriptDirectory</name>
    <message>
        <location filename="../core/scripts/ScriptDirectory.cpp" line="+148"/>
        <source>Sourceless script %1 cannot be read natively; Retort reads .py files only</source>
        <translation>Das quelllose Skript %1 kann nicht nativ gelesen werden; Retort liest nur .py-Dateien</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ScriptParser</name>
    <message>
        <location filename="../core/scripts/ScriptParser.cpp" line="+288"/>
        <source>&apos;%1&apos; is changed by an augmented assignment; Retort reads only plain assignments</source>
        <translation>&apos;%1&apos; wird durch eine erweiterte Zuweisung geändert; Retort liest nur einfache Zuweisungen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;%1&apos; is assigned by unpacking; Retort reads only simple assignments</source>
        <translation>&apos;%1&apos; wird durch Entpacken zugewiesen; Retort liest nur einfache Zuweisungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is assigned inside a block; Retort reads only module-level assignments</source>
        <translation>&apos;%1&apos; wird innerhalb eines Blocks zugewiesen; Retort liest nur Zuweisungen auf Modulebene</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not assigned a literal value; Retort reads scripts without running Python</source>
        <translation>&apos;%1&apos; wird kein Literal zugewiesen; Retort liest Skripte, ohne Python auszuführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; muss ein String sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; must be None, a string, or a tuple or list of strings</source>
        <translation>&apos;%1&apos; muss None, ein String oder ein Tupel bzw. eine Liste von Strings sein</translation>
    </message>
</context>
<context>
    <name>SourceEncoding</name>
    <message>
        <location filename="../core/scripts/SourceEncoding.cpp" line="+137"/>
        <source>The script declares the source encoding &apos;%1&apos;; Retort reads only UTF-8 and Latin-1 scripts</source>
        <translation>Das Skript deklariert die Quellkodierung &apos;%1&apos;; Retort liest nur UTF-8- und Latin-1-Skripte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The script is not valid UTF-8: byte 0x%1 cannot be decoded</source>
        <translation>Das Skript ist kein gültiges UTF-8: Byte 0x%1 kann nicht dekodiert werden</translation>
    </message>
</context>
<context>
    <name>SqlCommand</name>
    <message>
        <location filename="../app/cli/SqlCommand.cpp" line="+47"/>
        <source>Retort: offline SQL rendered by Alembic (%1 %2 --sql)
</source>
        <translation>Retort: Offline-SQL, von Alembic erzeugt (%1 %2 --sql)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retort: Alembic cannot render this offline (%1); the SQL below was executed on a scratch database brought to %2 (rehearsal)
</source>
        <translation>Retort: Alembic kann dies nicht offline erzeugen (%1); das folgende SQL wurde auf einer Hilfsdatenbank ausgeführt, die auf %2 gebracht wurde (Probe)
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Retort: the database has several current heads, which an offline range cannot start from; the SQL below was executed on a copy of the database (rehearsal)
</source>
        <translation>Retort: die Datenbank hat mehrere aktuelle Heads, von denen ein Offline-Bereich nicht ausgehen kann; das folgende SQL wurde auf einer Kopie der Datenbank ausgeführt (Probe)
</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Retort: nothing to do: %1 is already at %2
</source>
        <translation>Retort: nichts zu tun: %1 steht bereits auf %2
</translation>
    </message>
</context>
<context>
    <name>SqlUrl</name>
    <message>
        <location filename="../core/config/SqlUrl.cpp" line="+202"/>
        <source>Retort reads SQLite databases natively; %1 is a %2 database URL.</source>
        <translation>Retort liest SQLite-Datenbanken nativ; %1 ist eine %2-Datenbank-URL.</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <location filename="../core/engine/SqliteConnection.cpp" line="+35"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot copy the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy the database %1 to %2: %3</source>
        <translation>Die Datenbank %1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown SQLite journal mode %1.</source>
        <translation>Unbekannter SQLite-Journalmodus %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot set the journal mode of %1 to %2: %3</source>
        <translation>Der Journalmodus von %1 kann nicht auf %2 gesetzt werden: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a sound SQLite database: %2</source>
        <translation>%1 ist keine intakte SQLite-Datenbank: %2</translation>
    </message>
</context>
<context>
    <name>SqliteSchemaText</name>
    <message>
        <location filename="../core/schemadiff/SqliteSchemaText.cpp" line="+31"/>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Das Schema von %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TemporaryDatabaseCopy</name>
    <message>
        <location filename="../core/engine/TemporaryDatabaseCopy.cpp" line="+25"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <location filename="../core/engine/TrustStore.cpp" line="+46"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The project folder %1 is not trusted. Its env.py and migration scripts are Python code; Retort runs none of it until you trust the folder.</source>
        <translation>Dem Projektordner %1 wird nicht vertraut. Seine env.py und die Migrationsskripte sind Python-Code; Retort führt nichts davon aus, bis Sie dem Ordner vertrauen.</translation>
    </message>
</context>
<context>
    <name>TypeNarrowing</name>
    <message>
        <location filename="../core/lint/TypeNarrowing.cpp" line="+69"/>
        <source>values longer than %1 characters are truncated or rejected</source>
        <translation>Werte mit mehr als %1 Zeichen werden gekürzt oder abgelehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fractional parts are lost</source>
        <translation>Nachkommastellen gehen verloren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>floating-point values are rounded to the new precision</source>
        <translation>Gleitkommawerte werden auf die neue Genauigkeit gerundet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>digits beyond precision %1 / scale %2 are lost</source>
        <translation>Ziffern jenseits von Präzision %1 / Skala %2 gehen verloren</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>text that does not convert is lost or rejected</source>
        <translation>Text, der sich nicht umwandeln lässt, geht verloren oder wird abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>integers outside the smaller range are rejected or wrapped</source>
        <translation>Ganzzahlen außerhalb des kleineren Bereichs werden abgelehnt oder laufen über</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>values other than 0 and 1 are lost</source>
        <translation>Werte außer 0 und 1 gehen verloren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the time of day is lost</source>
        <translation>die Uhrzeit geht verloren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date is lost</source>
        <translation>das Datum geht verloren</translation>
    </message>
</context>
<context>
    <name>retort</name>
    <message>
        <location filename="../ui/operations/ProjectSettingsDialog.cpp" line="+40"/>
        <source>No interpreter with Alembic was found.</source>
        <translation>Es wurde kein Interpreter mit Alembic gefunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alembic %1 · SQLAlchemy %2</source>
        <translation>Alembic %1 · SQLAlchemy %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>retort::AboutDialog</name>
    <message>
        <location filename="../ui/window/AboutDialog.cpp" line="+20"/>
        <source>About Retort</source>
        <translation>Über Retort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop workbench for Alembic database migrations.</source>
        <translation>Eine Desktop-Werkbank für Alembic-Datenbankmigrationen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Released under the MIT licence.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retort</source>
        <translation>Retort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QScintilla</source>
        <translation>QScintilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic (project)</source>
        <translation>Alembic (Projekt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no project open, or not found</source>
        <translation>kein Projekt geöffnet oder nicht gefunden</translation>
    </message>
</context>
<context>
    <name>retort::BackupListModel</name>
    <message>
        <location filename="../ui/operations/BackupListModel.cpp" line="+47"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision(s)</source>
        <translation>Revision(en)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Anlass</translation>
    </message>
</context>
<context>
    <name>retort::BackupsPane</name>
    <message>
        <location filename="../ui/operations/BackupsPane.cpp" line="+25"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the database with this backup (a safety copy of the database is taken first)</source>
        <translation>Die Datenbank durch diese Sicherung ersetzen (vorher wird eine Sicherheitskopie der Datenbank angelegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this backup</source>
        <translation>Diese Sicherung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backup folder in the file manager</source>
        <translation>Den Sicherungsordner im Dateimanager öffnen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No database is selected.</source>
        <translation>Keine Datenbank ausgewählt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backups of this database yet.</source>
        <translation>Noch keine Sicherungen dieser Datenbank.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no revision</source>
        <translation>keine Revision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace %1 with the backup of %2 (%3)?

A safety copy of the database as it is now is taken first.</source>
        <translation>%1 durch die Sicherung von %2 (%3) ersetzen?

Vorher wird eine Sicherheitskopie der Datenbank in ihrem jetzigen Zustand angelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the backup of %1 (%2)? This cannot be undone.</source>
        <translation>Die Sicherung von %1 (%2) löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Backup</source>
        <translation>Sicherung löschen</translation>
    </message>
</context>
<context>
    <name>retort::BridgeProcess</name>
    <message>
        <location filename="../core/engine/BridgeProcess.cpp" line="+78"/>
        <source>The Alembic bridge script was not found. Looked in:
%1</source>
        <translation>Das Alembic-Bridge-Skript wurde nicht gefunden. Gesucht in:
%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A bridge run is already under way.</source>
        <translation>Ein Bridge-Lauf ist bereits im Gange.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run was stopped after the time limit of %1 s.</source>
        <translation>Der Lauf wurde nach dem Zeitlimit von %1 s angehalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Alembic bridge was killed or crashed before it finished.</source>
        <translation>Die Alembic-Bridge wurde beendet oder ist abgestürzt, bevor sie fertig war.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Alembic bridge exited with code %1 without a result.</source>
        <translation>Die Alembic-Bridge endete mit Code %1 ohne Ergebnis.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Python interpreter %1 could not be started: %2</source>
        <translation>Der Python-Interpreter %1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>retort::ChecksModel</name>
    <message>
        <location filename="../ui/checks/ChecksModel.cpp" line="+18"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Revision / check</source>
        <translation>Revision / Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>retort::ChecksPane</name>
    <message>
        <location filename="../ui/checks/ChecksPane.cpp" line="+30"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Differences:</source>
        <translation>Unterschiede:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The step ran no SQL of its own.</source>
        <translation>Der Schritt hat kein eigenes SQL ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL the step ran:</source>
        <translation>Vom Schritt ausgeführtes SQL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL (the last statement failed):</source>
        <translation>SQL (die letzte Anweisung ist fehlgeschlagen):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Traceback:</source>
        <translation>Traceback:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run all</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run selected</source>
        <translation>Auswahl ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a check to see its SQL, differences and error.</source>
        <translation>Wählen Sie eine Prüfung aus, um ihr SQL, ihre Unterschiede und ihren Fehler zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No project.</source>
        <translation>Kein Projekt.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n revision(s). Run the checks to see how each one migrates.</source>
        <translation>
            <numerusform>%n Revision. Führen Sie die Prüfungen aus, um zu sehen, wie sie migriert.</numerusform>
            <numerusform>%n Revisionen. Führen Sie die Prüfungen aus, um zu sehen, wie jede migriert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Looking for a Python with Alembic…</source>
        <translation>Ein Python mit Alembic wird gesucht…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Running the checks on temporary databases…</source>
        <translation>Die Prüfungen laufen auf temporären Datenbanken…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 passed, %2 failed, %3 skipped.</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every check of this row passed.</source>
        <translation>Jede Prüfung dieser Zeile ist bestanden.</translation>
    </message>
</context>
<context>
    <name>retort::CodeView</name>
    <message>
        <location filename="../ui/editor/CodeView.cpp" line="+254"/>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diff files (*.diff *.patch)</source>
        <translation>Diff-Dateien (*.diff *.patch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python files (*.py)</source>
        <translation>Python-Dateien (*.py)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
</context>
<context>
    <name>retort::ConfirmActionDialog</name>
    <message>
        <location filename="../ui/operations/ConfirmActionDialog.cpp" line="+50"/>
        <source>Back up first</source>
        <translation>Vorher sichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working out the steps for %1…</source>
        <translation>Die Schritte für %1 werden ermittelt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL (preparing the preview…)</source>
        <translation>SQL (Vorschau wird vorbereitet…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a backup of the database as it is now in the Backups list. A backup always guards the run and restores the database if it fails; unchecked, it is deleted afterwards.</source>
        <translation>Eine Sicherung der Datenbank im jetzigen Zustand in der Liste der Sicherungen behalten. Eine Sicherung schützt jeden Lauf und stellt die Datenbank wieder her, wenn er fehlschlägt; ohne Haken wird sie danach gelöscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Retort cannot work out the steps: %1</source>
        <translation>Retort kann die Schritte nicht ermitteln: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>has no revision</source>
        <translation>hat keine Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at %1</source>
        <translation>steht auf %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: there is nothing to do.</source>
        <translation>%1 %2: es gibt nichts zu tun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2. Alembic will run one step:</source>
        <translation>%1 %2. Alembic führt einen Schritt aus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2. Alembic will run %3 steps:</source>
        <translation>%1 %2. Alembic führt %3 Schritte aus:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQL: no preview for several current revisions at once</source>
        <translation>SQL: keine Vorschau für mehrere aktuelle Revisionen zugleich</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SQL: the preview failed</source>
        <translation>SQL: die Vorschau ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQL (Alembic&apos;s offline script)</source>
        <translation>SQL (Offline-Skript von Alembic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL (rehearsed on a throw-away database: offline mode is impossible here)</source>
        <translation>SQL (auf einer Wegwerf-Datenbank geprobt: der Offline-Modus ist hier nicht möglich)</translation>
    </message>
</context>
<context>
    <name>retort::ConsoleWidget</name>
    <message>
        <location filename="../ui/operations/ConsoleWidget.cpp" line="+57"/>
        <source>The log of backups, upgrades, downgrades and stamps appears here.</source>
        <translation>Hier erscheint das Protokoll der Sicherungen, Upgrades, Downgrades und Stamps.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the console</source>
        <translation>Die Konsole leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selection, or the whole log</source>
        <translation>Die Auswahl oder das ganze Protokoll kopieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>▶ %1 %2 -&gt; %3  (%4)</source>
        <translation>▶ %1 %2 -&gt; %3  (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ %1 done</source>
        <translation>✔ %1 erledigt</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Open %1 at line %2</source>
        <translation>%1 in Zeile %2 öffnen</translation>
    </message>
</context>
<context>
    <name>retort::DatabaseBanner</name>
    <message>
        <location filename="../ui/banner/DatabaseBanner.cpp" line="+14"/>
        <source>Choose Database…</source>
        <translation>Datenbank wählen…</translation>
    </message>
</context>
<context>
    <name>retort::DiagnosticLayer</name>
    <message>
        <location filename="../ui/editor/DiagnosticLayer.cpp" line="+66"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>retort::DryRunPane</name>
    <message>
        <location filename="../ui/review/DryRunPane.cpp" line="+45"/>
        <source>Upgrade to</source>
        <translation>Upgrade auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade to</source>
        <translation>Downgrade auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the preview upgrades or downgrades the database</source>
        <translation>Ob die Vorschau ein Upgrade oder ein Downgrade der Datenbank zeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: head, a revision, +1, -1, label@head…</source>
        <translation>Ziel: head, eine Revision, +1, -1, label@head…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any target Alembic accepts; press Enter to preview</source>
        <translation>Jedes Ziel, das Alembic akzeptiert; Eingabe zeigt die Vorschau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the SQL to the clipboard</source>
        <translation>Das SQL in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as .sql…</source>
        <translation>Als .sql speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the SQL to a file</source>
        <translation>Das SQL in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a project to preview the SQL of its migrations.</source>
        <translation>Öffnen Sie ein Projekt, um das SQL seiner Migrationen vorab zu sehen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a revision or type a target to see the SQL it would run.</source>
        <translation>Wählen Sie eine Revision oder geben Sie ein Ziel ein, um das SQL zu sehen, das ausgeführt würde.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Upgrade %1</source>
        <translation>Upgrade %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade %1</source>
        <translation>Downgrade %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1, line %2)</source>
        <translation> (%1, Zeile %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the preview failed: %2%3</source>
        <translation>%1: die Vorschau ist fehlgeschlagen: %2%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Alembic&apos;s offline SQL (--sql).</source>
        <translation>%1 — Offline-SQL von Alembic (--sql).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — rehearsed on a throw-away database, because offline SQL is not possible here: %2</source>
        <translation>%1 — auf einer Wegwerf-Datenbank geprobt, weil Offline-SQL hier nicht möglich ist: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preparing the SQL for %1…</source>
        <translation>Das SQL für %1 wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>retort::EditorTabs</name>
    <message>
        <location filename="../ui/editor/EditorTabs.cpp" line="+25"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n files have unsaved changes. Save them before closing?</source>
        <translation>
            <numerusform>%n Datei hat ungespeicherte Änderungen. Vor dem Schließen speichern?</numerusform>
            <numerusform>%n Dateien haben ungespeicherte Änderungen. Vor dem Schließen speichern?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No script open.
Double-click a revision to open its file.</source>
        <translation>Kein Skript geöffnet.
Doppelklicken Sie auf eine Revision, um ihre Datei zu öffnen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save A&amp;ll</source>
        <translation>A&amp;lle speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>Weitersuche&amp;n</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rüc&amp;kwärts suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>retort::EmptyStatePage</name>
    <message>
        <location filename="../ui/window/EmptyStatePage.cpp" line="+15"/>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of an Alembic project (the one holding alembic.ini, or a pyproject.toml with [tool.alembic]) to browse its revisions and see which are applied. You can also drop the folder here.</source>
        <translation>Öffnen Sie den Ordner eines Alembic-Projekts (den mit der alembic.ini oder einer pyproject.toml mit [tool.alembic]), um seine Revisionen zu durchsuchen und zu sehen, welche angewendet sind. Sie können den Ordner auch hier ablegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project could not be opened</source>
        <translation>Das Projekt konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>retort::FindBar</name>
    <message>
        <location filename="../ui/editor/FindBar.cpp" line="+26"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Den vorherigen Treffer suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (Enter)</source>
        <translation>Den nächsten Treffer suchen (Eingabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>retort::HealthChecker</name>
    <message>
        <location filename="../core/checks/HealthChecker.cpp" line="+26"/>
        <source>revision %1: %2</source>
        <translation>Revision %1: %2</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Can&apos;t locate revision identified by &apos;%1&apos;</source>
        <translation>Die mit &apos;%1&apos; bezeichnete Revision wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Health checks are already running.</source>
        <translation>Die Gesundheitsprüfungen laufen bereits.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The project has no revisions yet.</source>
        <translation>Das Projekt hat noch keine Revisionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One head: %1.</source>
        <translation>Ein Head: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 heads: %2. Merge them (alembic merge heads) before upgrading to head.</source>
        <translation>%1 Heads: %2. Führen Sie sie zusammen (alembic merge heads), bevor Sie ein Upgrade auf head ausführen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not run: its ancestor %1 fails to upgrade.</source>
        <translation>Nicht ausgeführt: das Upgrade ihres Vorfahren %1 schlägt fehl.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Preparing a database for %1</source>
        <translation>Eine Datenbank für %1 wird vorbereitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading an empty database to head</source>
        <translation>Upgrade einer leeren Datenbank auf head</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading to %1</source>
        <translation>Upgrade auf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downgrading %1 to %2</source>
        <translation>Downgrade von %1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading to %1 again</source>
        <translation>Erneutes Upgrade auf %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>An empty database upgrades to %1.</source>
        <translation>Eine leere Datenbank lässt sich per Upgrade auf %1 bringen.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrades from %1 to %2.</source>
        <translation>Upgrade von %1 auf %2 gelingt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Downgrading to %1 restores the schema from before the upgrade.</source>
        <translation>Ein Downgrade auf %1 stellt das Schema von vor dem Upgrade wieder her.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading again gives the schema of the first upgrade.</source>
        <translation>Ein erneutes Upgrade ergibt das Schema des ersten Upgrades.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+166"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiterer)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-164"/>
        <source>The downgrade to %1 does not undo the upgrade to %2: %3</source>
        <translation>Das Downgrade auf %1 macht das Upgrade auf %2 nicht rückgängig: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading to %1 again gives another schema than the first time: %2</source>
        <translation>Ein erneutes Upgrade auf %1 ergibt ein anderes Schema als beim ersten Mal: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Upgrading an empty database to head failed: %1</source>
        <translation>Das Upgrade einer leeren Datenbank auf head ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot bring a database to %1, the parent revision(s) of %2: %3</source>
        <translation>Eine Datenbank kann nicht auf %1 gebracht werden, die Vorgänger-Revision(en) von %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Not run: the upgrade failed.</source>
        <translation>Nicht ausgeführt: das Upgrade ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Upgrading to %1 failed: %2</source>
        <translation>Das Upgrade auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downgrading %1 to %2 failed: %3</source>
        <translation>Das Downgrade von %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run: the downgrade failed.</source>
        <translation>Nicht ausgeführt: das Downgrade ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrading to %1 again failed: %2</source>
        <translation>Das erneute Upgrade auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not run: the upgrade to head failed.</source>
        <translation>Nicht ausgeführt: das Upgrade auf head ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comparing the models with the database at head</source>
        <translation>Die Modelle werden mit der Datenbank auf head verglichen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not run: env.py gives no target_metadata to compare with.</source>
        <translation>Nicht ausgeführt: env.py liefert kein target_metadata zum Vergleich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing the models with the database failed: %1</source>
        <translation>Der Vergleich der Modelle mit der Datenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The models differ from the database at head: %1</source>
        <translation>Die Modelle weichen von der Datenbank auf head ab: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autogenerate finds no difference between the models and the database at head.</source>
        <translation>Autogenerate findet keinen Unterschied zwischen den Modellen und der Datenbank auf head.</translation>
    </message>
</context>
<context>
    <name>retort::KSyntaxLexer</name>
    <message>
        <location filename="../ui/editor/KSyntaxLexer.cpp" line="+77"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>retort::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+108"/>
        <location line="+415"/>
        <location line="+12"/>
        <source>Trust Folder</source>
        <translation>Ordner vertrauen</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the folder of an Alembic project</source>
        <translation>Den Ordner eines Alembic-Projekts öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &amp;Database…</source>
        <translation>&amp;Datenbank wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another SQLite file for this project (remembered)</source>
        <translation>Eine andere SQLite-Datei für dieses Projekt verwenden (wird gespeichert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use &amp;Configured Database</source>
        <translation>&amp;Konfigurierte Datenbank verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the database sqlalchemy.url names</source>
        <translation>Zur Datenbank zurückkehren, die sqlalchemy.url nennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the project and the database again</source>
        <translation>Projekt und Datenbank neu einlesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Retort</source>
        <translation>Retort beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Oldest First</source>
        <translation>Älteste &amp;zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the oldest revision at the top instead of the newest</source>
        <translation>Die älteste Revision oben anzeigen statt der neuesten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Trust This Folder…</source>
        <translation>Diesem Ordner &amp;vertrauen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow Retort to run this project&apos;s env.py and migrations</source>
        <translation>Retort erlauben, env.py und die Migrationen dieses Projekts auszuführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;voke Trust</source>
        <translation>Vertrauen &amp;entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop running this project&apos;s Python code (restricted mode)</source>
        <translation>Den Python-Code dieses Projekts nicht mehr ausführen (eingeschränkter Modus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Retort</source>
        <translation>Über &amp;Retort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versions and licence</source>
        <translation>Versionen und Lizenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About the Qt toolkit</source>
        <translation>Über das Qt-Toolkit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;Projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose Environment</source>
        <translation>Umgebung wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 configures several Alembic environments. Open which one?</source>
        <translation>%1 konfiguriert mehrere Alembic-Umgebungen. Welche soll geöffnet werden?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Alembic Project</source>
        <translation>Alembic-Projekt öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose SQLite Database</source>
        <translation>SQLite-Datenbank wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Retort</source>
        <translation>%1 — Retort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retort</source>
        <translation>Retort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Off in restricted mode: this folder is not trusted to run Python (Project ▸ Trust This Folder…).</source>
        <translation>Im eingeschränkten Modus deaktiviert: Diesem Ordner wird nicht vertraut, Python auszuführen (Projekt ▸ Diesem Ordner vertrauen…).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trust This Folder?</source>
        <translation>Diesem Ordner vertrauen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust %1?</source>
        <translation>%1 vertrauen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading, downgrading, stamping, creating revisions and the SQL and schema previews run this project&apos;s env.py, its migration scripts and its virtual environment&apos;s Python. Only trust code you would run yourself.</source>
        <translation>Upgrade, Downgrade, Stamp, das Anlegen von Revisionen sowie die SQL- und Schema-Vorschau führen env.py, die Migrationsskripte und das Python der virtuellen Umgebung dieses Projekts aus. Vertrauen Sie nur Code, den Sie auch selbst ausführen würden.</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Revision</numerusform>
            <numerusform>%n Revisionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n revision(s); reading their scripts…</source>
        <translation>
            <numerusform>%n Revision; ihre Skripte werden gelesen…</numerusform>
            <numerusform>%n Revisionen; ihre Skripte werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>retort::MergeBranchesPage</name>
    <message>
        <location filename="../ui/wizards/MergeBranchesPage.cpp" line="+29"/>
        <source>Review the branches</source>
        <translation>Die Zweige prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each branch changed since they parted. Tables changed on more than one branch are likely conflicts: check that the merged schema is what you want.</source>
        <translation>Was jeder Zweig seit der Trennung geändert hat. Tabellen, die auf mehr als einem Zweig geändert wurden, sind wahrscheinliche Konflikte: prüfen Sie, ob das zusammengeführte Schema Ihren Wünschen entspricht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The branches share no revision: each starts from its own base.</source>
        <translation>Die Zweige haben keine gemeinsame Revision: jeder beginnt an seiner eigenen Base.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common ancestor: %1</source>
        <translation>Gemeinsamer Vorfahr: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch ending at %1</source>
        <translation>Zweig, der bei %1 endet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Also changed on another branch: %1</source>
        <translation>Auch auf einem anderen Zweig geändert: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No table is changed on more than one branch.</source>
        <translation>Keine Tabelle wird auf mehr als einem Zweig geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is changed on the branches of %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird auf den Zweigen von %2 geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (columns %2) is changed on the branches of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Spalten %2) wird auf den Zweigen von %3 geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likely conflicts:</source>
        <translation>Wahrscheinliche Konflikte:</translation>
    </message>
</context>
<context>
    <name>retort::MergeHeadsPage</name>
    <message>
        <location filename="../ui/wizards/MergeHeadsPage.cpp" line="+16"/>
        <source>Choose the heads to merge</source>
        <translation>Die zusammenzuführenden Heads wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has several heads. Alembic upgrades to &quot;head&quot; only once there is one; a merge revision joins the branches again.</source>
        <translation>Das Projekt hat mehrere Heads. Alembic führt ein Upgrade auf &quot;head&quot; erst aus, wenn es nur noch einen gibt; eine Merge-Revision führt die Zweige wieder zusammen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the project…</source>
        <translation>Das Projekt wird gelesen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The project could not be read: %1</source>
        <translation>Das Projekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>[branch labels: %1]</source>
        <translation>[Branch-Labels: %1]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project has a single head: there is nothing to merge.</source>
        <translation>Das Projekt hat einen einzigen Head: es gibt nichts zusammenzuführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heads: %1. Merge all of them, or uncheck the ones to leave apart.</source>
        <translation>Heads: %1. Führen Sie alle zusammen oder entfernen Sie den Haken bei denen, die getrennt bleiben sollen.</translation>
    </message>
</context>
<context>
    <name>retort::MergeMessagePage</name>
    <message>
        <location filename="../ui/wizards/MergeMessagePage.cpp" line="+17"/>
        <source>Describe the merge</source>
        <translation>Den Merge beschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The merge revision has no operations of its own: it names the heads as its down revisions.</source>
        <translation>Die Merge-Revision hat keine eigenen Operationen: sie nennt die Heads als ihre Down-Revisionen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a &amp;merge revision (recommended)</source>
        <translation>Eine &amp;Merge-Revision schreiben (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-base instead: move one branch onto the other head</source>
        <translation>Stattdessen &amp;neu aufsetzen: einen Zweig auf den anderen Head verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Re-basing rewrites history.&lt;/b&gt; The first revision of the moved branch gets a new down_revision. Never do this to revisions applied to any other database or already shared with others: their version tables would then disagree with the scripts.</source>
        <translation>&lt;b&gt;Neu aufsetzen schreibt die Historie um.&lt;/b&gt; Die erste Revision des verschobenen Zweigs erhält eine neue down_revision. Tun Sie das nie mit Revisionen, die auf eine andere Datenbank angewendet oder schon mit anderen geteilt wurden: deren Versionstabellen würden dann nicht mehr zu den Skripten passen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch label:</source>
        <translation>&amp;Branch-Label:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>merge %1</source>
        <translation>Merge %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-basing is offered for exactly two heads.</source>
        <translation>Neu aufsetzen wird nur für genau zwei Heads angeboten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the branch of %1 onto %2</source>
        <translation>Den Zweig von %1 auf %2 verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving the branch of %1: %2</source>
        <translation>Verschieben des Zweigs von %1: %2</translation>
    </message>
</context>
<context>
    <name>retort::MergePreviewPage</name>
    <message>
        <location filename="../ui/wizards/MergePreviewPage.cpp" line="+56"/>
        <source>Re-base: check the file change</source>
        <translation>Neu aufsetzen: die Dateiänderung prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this line of one file changes. Re-basing rewrites history: never re-base revisions that were applied to another database or shared.</source>
        <translation>Nur diese Zeile einer Datei ändert sich. Neu aufsetzen schreibt die Historie um: setzen Sie nie Revisionen neu auf, die auf eine andere Datenbank angewendet oder geteilt wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1 will name %2 as its down revision instead of %3; the branch %4 then follows %2.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; %1 nennt dann %2 statt %3 als Down-Revision; der Zweig %4 folgt danach auf %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview the merge revision</source>
        <translation>Vorschau der Merge-Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic writes it from the project&apos;s template; this is its header.</source>
        <translation>Alembic schreibt sie nach der Vorlage des Projekts; dies ist ihr Kopf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Write to create it with Alembic.</source>
        <translation>Klicken Sie auf Schreiben, um sie mit Alembic anzulegen.</translation>
    </message>
</context>
<context>
    <name>retort::MergeWizard</name>
    <message>
        <location filename="../ui/wizards/MergeWizard.cpp" line="+17"/>
        <source>Merge Heads</source>
        <translation>Heads zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
</context>
<context>
    <name>retort::MergeWritePage</name>
    <message>
        <location filename="../ui/wizards/MergeWritePage.cpp" line="+17"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic writes the files; the project is then read again to count its heads.</source>
        <translation>Alembic schreibt die Dateien; danach wird das Projekt neu gelesen, um seine Heads zu zählen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Upgrade the database to the new head when I press Finish</source>
        <translation>&amp;Upgrade der Datenbank auf den neuen Head, wenn ich auf Abschließen klicke</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Re-basing…</source>
        <translation>Wird neu aufgesetzt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alembic is writing the merge revision…</source>
        <translation>Alembic schreibt die Merge-Revision…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Written: %1 is the new head.</source>
        <translation>Geschrieben: %1 ist der neue Head.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has a single head again.</source>
        <translation>Das Projekt hat wieder einen einzigen Head.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project still has several heads: %1.</source>
        <translation>Das Projekt hat immer noch mehrere Heads: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Nothing was merged.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nichts wurde zusammengeführt.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>retort::ModelDiffPane</name>
    <message>
        <location filename="../ui/review/ModelDiffPane.cpp" line="+58"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unique constraint</source>
        <translation>Unique-Constraint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the database with the models again (F5)</source>
        <translation>Die Datenbank erneut mit den Modellen vergleichen (F5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+189"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+190"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Open a project to compare its database with its models.</source>
        <translation>Öffnen Sie ein Projekt, um seine Datenbank mit seinen Modellen zu vergleichen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Press Refresh to compare the database with the models.</source>
        <translation>Klicken Sie auf Aktualisieren, um die Datenbank mit den Modellen zu vergleichen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Comparing the database with the models…</source>
        <translation>Die Datenbank wird mit den Modellen verglichen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A comparison is already under way.</source>
        <translation>Ein Vergleich läuft bereits.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison failed: %1 (%2, line %3)</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1 (%2, Zeile %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an empty database</source>
        <translation>eine leere Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In sync: the database (at %1) matches the models.</source>
        <translation>Synchron: die Datenbank (auf %1) stimmt mit den Modellen überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In sync.</source>
        <translation>Synchron.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One difference between the database (at %1) and the models.</source>
        <translation>Ein Unterschied zwischen der Datenbank (auf %1) und den Modellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 differences between the database (at %2) and the models.</source>
        <translation>%1 Unterschiede zwischen der Datenbank (auf %2) und den Modellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3 %4 → %5</source>
        <translation>%1 %2: %3 %4 → %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 added</source>
        <translation>%1 %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 removed</source>
        <translation>%1 %2 entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 changed</source>
        <translation>%1 %2 geändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the models have this table</source>
        <translation>Nur die Modelle haben diese Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the database has this table</source>
        <translation>Nur die Datenbank hat diese Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table differs</source>
        <translation>Die Tabelle weicht ab</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Database (no such table)</source>
        <translation>Datenbank (keine solche Tabelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (no such table)</source>
        <translation>Modelle (keine solche Tabelle)</translation>
    </message>
</context>
<context>
    <name>retort::NewRevisionDialog</name>
    <message>
        <location filename="../ui/wizards/NewRevisionDialog.cpp" line="+28"/>
        <source>New Revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>head (the single head)</source>
        <translation>head (der einzige Head)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base (a new root)</source>
        <translation>base (eine neue Wurzel)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the revision does, e.g. &quot;add due dates&quot;</source>
        <translation>Was die Revision tut, z. B. &quot;add due dates&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autogenerate: compare the models with the database and review the operations first</source>
        <translation>Autogenerate: die Modelle mit der Datenbank vergleichen und die Operationen vorher prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autogenerate needs a database to compare with.</source>
        <translation>Autogenerate braucht eine Datenbank zum Vergleich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch label:</source>
        <translation>&amp;Branch-Label:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent:</source>
        <translation>&amp;Vorgänger:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations to write</source>
        <translation>Zu schreibende Operationen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A dropped and an added column of one table may be a rename: tick it in the Note column to keep the column&apos;s data.</source>
        <translation>Eine entfernte und eine hinzugefügte Spalte einer Tabelle können eine Umbenennung sein: setzen Sie den Haken in der Spalte Anmerkung, um die Daten der Spalte zu behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare &amp;Again</source>
        <translation>Erneut &amp;vergleichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+134"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Comparing the models with the database…</source>
        <translation>Die Modelle werden mit der Datenbank verglichen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The comparison failed.</source>
        <translation>Der Vergleich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The models and the database are in sync: the revision would be empty.</source>
        <translation>Modelle und Datenbank sind synchron: die Revision wäre leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations autogenerate found: %1. Uncheck what should not be written.</source>
        <translation>Von Autogenerate gefundene Operationen: %1. Entfernen Sie den Haken bei allem, was nicht geschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;b&gt;Alembic reported an error:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Alembic hat einen Fehler gemeldet:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>retort::OperationController</name>
    <message>
        <location filename="../ui/operations/OperationController.cpp" line="+37"/>
        <source>backup now</source>
        <translation>manuelle Sicherung</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No database is selected.</source>
        <translation>Keine Datenbank ausgewählt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No backup store is set.</source>
        <translation>Es ist kein Sicherungsspeicher festgelegt.</translation>
    </message>
</context>
<context>
    <name>retort::OperationRequest</name>
    <message>
        <location filename="../ui/operations/OperationRequest.cpp" line="+85"/>
        <source>Back up the database</source>
        <translation>Die Datenbank sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade to %1</source>
        <translation>Upgrade auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade one step</source>
        <translation>Downgrade um einen Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade to %1</source>
        <translation>Downgrade auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp %1</source>
        <translation>Stamp auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore backup %1</source>
        <translation>Sicherung %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>retort::OperationResult</name>
    <message>
        <location filename="../ui/operations/OperationResult.cpp" line="+60"/>
        <source>%1: done, backup %2.</source>
        <translation>%1: erledigt, Sicherung %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done; the database has no revision.</source>
        <translation>%1: erledigt; die Datenbank hat keine Revision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: done; the database is at %2.</source>
        <translation>%1: erledigt; die Datenbank steht auf %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not run: %2</source>
        <translation>%1 wurde nicht ausgeführt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was cancelled; the database was restored.</source>
        <translation>%1 wurde abgebrochen; die Datenbank wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed; the database it created was removed.
%2</source>
        <translation>%1 ist fehlgeschlagen; die dabei angelegte Datenbank wurde entfernt.
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed; the database was restored from backup %2.
%3</source>
        <translation>%1 ist fehlgeschlagen; die Datenbank wurde aus der Sicherung %2 wiederhergestellt.
%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed and the database could not be restored.
%2</source>
        <translation>%1 ist fehlgeschlagen, und die Datenbank konnte nicht wiederhergestellt werden.
%2</translation>
    </message>
</context>
<context>
    <name>retort::ProblemsModel</name>
    <message>
        <location filename="../ui/problems/ProblemsModel.cpp" line="+17"/>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>retort::ProblemsPane</name>
    <message>
        <location filename="../ui/problems/ProblemsPane.cpp" line="+26"/>
        <source>Double-click a problem to open its file at its line</source>
        <translation>Doppelklicken Sie auf ein Problem, um seine Datei an der betreffenden Zeile zu öffnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Linting the scripts…</source>
        <translation>Die Skripte werden geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linting the scripts…</source>
        <translation>die Skripte werden geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+5"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lint finding(s)</source>
        <translation>
            <numerusform>%n Lint-Befund</numerusform>
            <numerusform>%n Lint-Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retort::ProjectSettingsDialog</name>
    <message>
        <location filename="../ui/operations/ProjectSettingsDialog.cpp" line="+18"/>
        <source>Revoke Trust</source>
        <translation>Vertrauen entziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project Settings — %1</source>
        <translation>Projekteinstellungen — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database of sqlalchemy.url</source>
        <translation>Die Datenbank aus sqlalchemy.url</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep all</source>
        <translation>Alle behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per database</source>
        <translation> pro Datenbank</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Interpreter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ini &amp;section:</source>
        <translation>Ini-&amp;Abschnitt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database file:</source>
        <translation>&amp;Datenbankdatei:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the SQLite Database</source>
        <translation>SQLite-Datenbank wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Sicherungsordner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the Backup Folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep backups:</source>
        <translation>Sicherungen &amp;behalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust:</source>
        <translation>Vertrauen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic (the first Python with Alembic)</source>
        <translation>Automatisch (das erste Python mit Alembic)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a Python Interpreter</source>
        <translation>Python-Interpreter wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the installed versions…</source>
        <translation>Die installierten Versionen werden gelesen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trusted: Retort may run this project&apos;s env.py and migrations.</source>
        <translation>Vertrauenswürdig: Retort darf env.py und die Migrationen dieses Projekts ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not trusted: Retort reads this project but runs none of its Python.</source>
        <translation>Nicht vertrauenswürdig: Retort liest dieses Projekt, führt aber nichts von seinem Python aus.</translation>
    </message>
</context>
<context>
    <name>retort::Rehearsal</name>
    <message>
        <location filename="../core/engine/Rehearsal.cpp" line="+48"/>
        <source>Only upgrade, downgrade and stamp are rehearsed.</source>
        <translation>Nur Upgrade, Downgrade und Stamp werden geprobt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A rehearsal is already under way.</source>
        <translation>Eine Probe läuft bereits.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Revision %1: %2</source>
        <translation>Revision %1: %2</translation>
    </message>
</context>
<context>
    <name>retort::ReviewOperationModel</name>
    <message>
        <location filename="../ui/wizards/ReviewOperationModel.cpp" line="+81"/>
        <source>Add table %1</source>
        <translation>Tabelle %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop table %1</source>
        <translation>Tabelle %1 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add column %1 (%2)</source>
        <translation>Spalte %1 hinzufügen (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop column %1</source>
        <translation>Spalte %1 entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change column %1: %2</source>
        <translation>Spalte %1 ändern: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add index %1 on %2</source>
        <translation>Index %1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop index %1 on %2</source>
        <translation>Index %1 auf %2 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add constraint %1 on %2</source>
        <translation>Constraint %1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop constraint %1 on %2</source>
        <translation>Constraint %1 auf %2 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Possible rename of %1</source>
        <translation>Mögliche Umbenennung von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible rename: write %1 → %2 as a rename</source>
        <translation>Mögliche Umbenennung: %1 → %2 als Umbenennung schreiben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Written as part of a rename.</source>
        <translation>Als Teil einer Umbenennung geschrieben.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
</context>
<context>
    <name>retort::RevisionAuthor</name>
    <message>
        <location filename="../core/engine/RevisionAuthor.cpp" line="+91"/>
        <source>Autogenerate needs a database to compare with.</source>
        <translation>Autogenerate braucht eine Datenbank zum Vergleich.</translation>
    </message>
</context>
<context>
    <name>retort::RevisionDetailsPane</name>
    <message>
        <location filename="../ui/details/RevisionDetailsPane.cpp" line="+69"/>
        <source>No operations</source>
        <translation>Keine Operationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Select a revision to see its details.</source>
        <translation>Wählen Sie eine Revision aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Last commit</source>
        <translation>Letzter Commit</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>looking up…</source>
        <translation>wird nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not in a git repository, or not committed</source>
        <translation>nicht in einem Git-Repository oder nicht committet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>current (in the version table)</source>
        <translation>aktuell (in der Versionstabelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown (no database)</source>
        <translation>unbekannt (keine Datenbank)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parents</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch labels</source>
        <translation>Branch-Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s), see the Problems pane</source>
        <translation>
            <numerusform>%n Befund, siehe den Bereich Probleme</numerusform>
            <numerusform>%n Befunde, siehe den Bereich Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the script is broken or misses a parent</source>
        <translation>das Skript ist defekt oder ihm fehlt ein Vorgänger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the operations of every script…</source>
        <translation>Die Operationen aller Skripte werden gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
</context>
<context>
    <name>retort::RevisionGraphModel</name>
    <message>
        <location filename="../ui/model/RevisionGraphModel.cpp" line="+96"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>branch point</source>
        <translation>Verzweigungspunkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broken</source>
        <translation>defekt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Current revision of the database</source>
        <translation>Aktuelle Revision der Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied to the database</source>
        <translation>Auf die Datenbank angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied yet</source>
        <translation>Noch nicht angewendet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>retort::RevisionGraphPane</name>
    <message>
        <location filename="../ui/graph/RevisionGraphPane.cpp" line="+15"/>
        <source>Filter by revision id, message, branch label or table (Ctrl+F)</source>
        <translation>Nach Revisions-ID, Nachricht, Branch-Label oder Tabelle filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter Revisions</source>
        <translation>Revisionen filtern</translation>
    </message>
</context>
<context>
    <name>retort::RevisionGraphView</name>
    <message>
        <location filename="../ui/graph/RevisionGraphView.cpp" line="+42"/>
        <source>Go to &amp;Current Revision</source>
        <translation>Zur &amp;aktuellen Revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the revision the database is at (Ctrl+J)</source>
        <translation>Die Revision auswählen, auf der die Datenbank steht (Strg+J)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to &amp;Head</source>
        <translation>Zum &amp;Head</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the newest revision, cycling through several heads (Ctrl+Shift+H)</source>
        <translation>Die neueste Revision auswählen, bei mehreren Heads reihum (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y Revision ID</source>
        <translation>Revisions-ID &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>retort::RunProgressDialog</name>
    <message>
        <location filename="../ui/operations/RunProgressDialog.cpp" line="+21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop the run; the database is restored from its backup</source>
        <translation>Den Lauf anhalten; die Datenbank wird aus ihrer Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Backing up, then starting Alembic…</source>
        <translation>Sichern, dann Alembic starten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; in the editor.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; im Editor öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full traceback is in the console.</source>
        <translation>Der vollständige Traceback steht in der Konsole.</translation>
    </message>
</context>
<context>
    <name>retort::SafeRunner</name>
    <message>
        <location filename="../core/engine/SafeRunner.cpp" line="+87"/>
        <source>No Python interpreter is set for this project.</source>
        <translation>Für dieses Projekt ist kein Python-Interpreter festgelegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup store: Retort does not write without one.</source>
        <translation>Kein Sicherungsspeicher: ohne ihn schreibt Retort nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database is selected.</source>
        <translation>Keine Datenbank ausgewählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 is read-only; Retort does not change it. Make the file writable to run %2.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt; Retort ändert sie nicht. Machen Sie die Datei beschreibbar, um %2 auszuführen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>before %1 %2</source>
        <translation>vor %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Nothing was run, so the database is unchanged.</source>
        <translation>%1 Es wurde nichts ausgeführt, die Datenbank ist also unverändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A run is already under way.</source>
        <translation>Ein Lauf ist bereits im Gange.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 failed</source>
        <translation>%1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in revision %1</source>
        <translation> in Revision %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1, line %2)</source>
        <translation> (%1, Zeile %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database did not exist before the run and was removed.</source>
        <translation>Die Datenbank existierte vor dem Lauf nicht und wurde entfernt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database was restored from the backup taken before the run (%1).</source>
        <translation>Die Datenbank wurde aus der vor dem Lauf angelegten Sicherung wiederhergestellt (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restoring the database failed: %1
The backup taken before the run is %2.</source>
        <translation>Die Wiederherstellung der Datenbank ist fehlgeschlagen: %1
Die vor dem Lauf angelegte Sicherung ist %2.</translation>
    </message>
</context>
<context>
    <name>retort::SchemaCompare</name>
    <message>
        <location filename="../core/engine/SchemaCompare.cpp" line="+68"/>
        <source>A comparison is already under way.</source>
        <translation>Ein Vergleich läuft bereits.</translation>
    </message>
</context>
<context>
    <name>retort::ScriptEditor</name>
    <message>
        <location filename="../ui/editor/ScriptEditor.cpp" line="+46"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace your unsaved changes with the file on disk</source>
        <translation>Ihre ungespeicherten Änderungen durch die Datei auf der Festplatte ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep My Changes</source>
        <translation>Meine Änderungen behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing; saving will overwrite the file on disk</source>
        <translation>Weiter bearbeiten; Speichern überschreibt die Datei auf der Festplatte</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not UTF-8 text; Retort edits UTF-8 files only.</source>
        <translation>%1 ist kein UTF-8-Text; Retort bearbeitet nur UTF-8-Dateien.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This editor has no file to save to.</source>
        <translation>Dieser Editor hat keine Datei, in die er speichern kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>This file was deleted or moved on disk. Saving writes it again.</source>
        <translation>Diese Datei wurde auf der Festplatte gelöscht oder verschoben. Speichern schreibt sie erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file changed on disk, and you have unsaved changes.</source>
        <translation>Diese Datei hat sich auf der Festplatte geändert, und Sie haben ungespeicherte Änderungen.</translation>
    </message>
</context>
<context>
    <name>retort::ScriptLexer</name>
    <message>
        <location filename="../ui/editor/ScriptLexer.cpp" line="+39"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in name</source>
        <translation>Eingebauter Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triple-quoted string</source>
        <translation>String in dreifachen Anführungszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decorator</source>
        <translation>Decorator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class name</source>
        <translation>Klassenname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL text</source>
        <translation>SQL-Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL keyword</source>
        <translation>SQL-Schlüsselwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL identifier</source>
        <translation>SQL-Bezeichner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL number</source>
        <translation>SQL-Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL string</source>
        <translation>SQL-String</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL bind parameter</source>
        <translation>SQL-Bind-Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL operator</source>
        <translation>SQL-Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL comment</source>
        <translation>SQL-Kommentar</translation>
    </message>
</context>
<context>
    <name>retort::SqlPreview</name>
    <message>
        <location filename="../core/engine/SqlPreview.cpp" line="+70"/>
        <source>Only upgrade, downgrade and stamp have an SQL preview.</source>
        <translation>Nur Upgrade, Downgrade und Stamp haben eine SQL-Vorschau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not bring a scratch database to %1: %2</source>
        <translation>Eine Hilfsdatenbank konnte nicht auf %1 gebracht werden: %2</translation>
    </message>
</context>
<context>
    <name>retort::TrustBar</name>
    <message>
        <location filename="../ui/trust/TrustBar.cpp" line="+17"/>
        <source>Stay Restricted</source>
        <translation>Eingeschränkt bleiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep reading the project natively; nothing in it runs</source>
        <translation>Das Projekt weiter nativ lesen; nichts darin wird ausgeführt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Do you trust the authors of this folder?&lt;/b&gt; Upgrading, downgrading, stamping and creating revisions run its env.py and migration scripts with its Python. Reading the project never does.</source>
        <translation>&lt;b&gt;Vertrauen Sie den Autoren dieses Ordners?&lt;/b&gt; Upgrade, Downgrade, Stamp und das Anlegen von Revisionen führen seine env.py und seine Migrationsskripte mit seinem Python aus. Das Lesen des Projekts tut das nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust Folder</source>
        <translation>Ordner vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Allow Retort to run this project&apos;s Python code</source>
        <translation>Retort erlauben, den Python-Code dieses Projekts auszuführen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;b&gt;Restricted mode:&lt;/b&gt; this folder is not trusted, so actions that run its Python code (upgrade, downgrade, stamp, new revision, merge, SQL and schema previews) are off. Everything read natively works.</source>
        <translation>&lt;b&gt;Eingeschränkter Modus:&lt;/b&gt; diesem Ordner wird nicht vertraut, daher sind Aktionen, die seinen Python-Code ausführen (Upgrade, Downgrade, Stamp, neue Revision, Merge, SQL- und Schema-Vorschau), abgeschaltet. Alles, was nativ gelesen wird, funktioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust This Folder…</source>
        <translation>Diesem Ordner vertrauen…</translation>
    </message>
</context>
<context>
    <name>retort::TrustState</name>
    <message>
        <location filename="../ui/trust/TrustState.cpp" line="+23"/>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>retort::WorkbenchStatusBar</name>
    <message>
        <location filename="../ui/window/WorkbenchStatusBar.cpp" line="+44"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project names no SQLite database; choose one from the File menu</source>
        <translation>Das Projekt nennt keine SQLite-Datenbank; wählen Sie eine im Menü Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alembic not found</source>
        <translation>Alembic nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic %1</source>
        <translation>Alembic %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interpreter with Alembic found; the project is read with the rules of Alembic %1</source>
        <translation>Kein Interpreter mit Alembic gefunden; das Projekt wird nach den Regeln von Alembic %1 gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreter: %1 (found without running it)</source>
        <translation>Interpreter: %1 (gefunden, ohne ihn auszuführen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restricted mode</source>
        <translation>Eingeschränkter Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is trusted: Retort may run its Python code</source>
        <translation>Diesem Ordner wird vertraut: Retort darf seinen Python-Code ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is not trusted: nothing in it runs; trust it from the Project menu</source>
        <translation>Diesem Ordner wird nicht vertraut: nichts darin wird ausgeführt; vertrauen Sie ihm über das Menü Projekt</translation>
    </message>
</context>
<context>
    <name>retort::WorkbenchTools</name>
    <message>
        <location filename="../ui/window/WorkbenchTools.cpp" line="+139"/>
        <source>Dry-run SQL</source>
        <translation>SQL-Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model Diff</source>
        <translation>Modellvergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Backup Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the database into the Backups list</source>
        <translation>Die Datenbank in die Liste der Sicherungen kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upgrade to Head</source>
        <translation>&amp;Upgrade auf head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply every pending revision (asks first, backs up first)</source>
        <translation>Alle ausstehenden Revisionen anwenden (fragt vorher, sichert vorher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade to &amp;Selected</source>
        <translation>Upgrade auf die &amp;ausgewählte Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the pending revisions up to the selected one</source>
        <translation>Die ausstehenden Revisionen bis zur ausgewählten anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Downgrade One Step</source>
        <translation>&amp;Downgrade um einen Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the current revision (asks first, backs up first)</source>
        <translation>Die aktuelle Revision rückgängig machen (fragt vorher, sichert vorher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade &amp;to Selected</source>
        <translation>Downgrade auf die ausgewählte &amp;Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the applied revisions above the selected one</source>
        <translation>Die angewendeten Revisionen oberhalb der ausgewählten rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;amp Selected</source>
        <translation>S&amp;tamp auf die ausgewählte Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the selected revision in the version table without running it</source>
        <translation>Die ausgewählte Revision in die Versionstabelle eintragen, ohne sie auszuführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup of the database back in place</source>
        <translation>Eine Sicherung der Datenbank wieder an ihre Stelle setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Revision…</source>
        <translation>&amp;Neue Revision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a revision, optionally autogenerated from the models</source>
        <translation>Eine Revision schreiben, wahlweise per Autogenerate aus den Modellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Heads…</source>
        <translation>Heads &amp;zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the heads into one with a merge revision</source>
        <translation>Die Heads mit einer Merge-Revision zu einem zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project &amp;Settings…</source>
        <translation>&amp;Projekteinstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter, ini section, database, backups and trust</source>
        <translation>Interpreter, ini-Abschnitt, Datenbank, Sicherungen und Vertrauen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Database</source>
        <translation>Da&amp;tenbank</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>This project has %n heads. Alembic upgrades them all with &quot;heads&quot;, but new revisions need one parent: merge them.</source>
        <translation>
            <numerusform>Dieses Projekt hat %n Head. Alembic führt mit &quot;heads&quot; für alle ein Upgrade aus, aber neue Revisionen brauchen einen einzigen Vorgänger: Führen Sie sie zusammen.</numerusform>
            <numerusform>Dieses Projekt hat %n Heads. Alembic führt mit &quot;heads&quot; für alle ein Upgrade aus, aber neue Revisionen brauchen einen einzigen Vorgänger: Führen Sie sie zusammen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a project to see its SQL and its differences from the models.</source>
        <translation>Öffnen Sie ein Projekt, um sein SQL und seine Unterschiede zu den Modellen zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted mode: this folder is not trusted, so its env.py and migrations do not run. Trust it (Project ▸ Trust This Folder…) to see this.</source>
        <translation>Eingeschränkter Modus: Diesem Ordner wird nicht vertraut, daher laufen sein env.py und seine Migrationen nicht. Vertrauen Sie ihm (Projekt ▸ Diesem Ordner vertrauen…), um dies zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Python with Alembic was found for this project. Choose one in Project ▸ Project Settings….</source>
        <translation>Für dieses Projekt wurde kein Python mit Alembic gefunden. Wählen Sie eines unter Projekt ▸ Projekteinstellungen….</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project names no SQLite database. Choose one with File ▸ Choose Database….</source>
        <translation>Das Projekt nennt keine SQLite-Datenbank. Wählen Sie eine mit Datei ▸ Datenbank wählen….</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Choose a backup in the Backups pane, then Restore.</source>
        <translation>Wählen Sie im Bereich Sicherungen eine Sicherung aus, dann Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+45"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
</context>
</TS>
