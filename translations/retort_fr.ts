<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlembicToml</name>
    <message>
        <location filename="../core/config/AlembicToml.cpp" line="+71"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not valid TOML: %2</source>
        <translation>%1 n&apos;est pas du TOML valide : %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Bad value substitution in [tool.alembic] key %1: %2 (only %(here)s and %% are available)</source>
        <translation>Substitution invalide dans la clé [tool.alembic] %1 : %2 (seuls %(here)s et %% sont disponibles)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>[tool.alembic] key %1 must be a string</source>
        <translation>La clé [tool.alembic] %1 doit être une chaîne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[tool.alembic] key %1 must be a list of strings</source>
        <translation>La clé [tool.alembic] %1 doit être une liste de chaînes</translation>
    </message>
</context>
<context>
    <name>AlembicVersionProbe</name>
    <message>
        <location filename="../core/engine/AlembicVersionProbe.cpp" line="+25"/>
        <source>no site-packages folder</source>
        <translation>aucun dossier site-packages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Alembic installation was found for %1 (searched: %2).</source>
        <translation>Aucune installation d&apos;Alembic trouvée pour %1 (recherché dans : %2).</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="+18"/>
        <source>(no revision)</source>
        <translation>(aucune révision)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REVISIONS</source>
        <translation>RÉVISIONS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No database is selected.</source>
        <translation>Aucune base de données n&apos;est sélectionnée.</translation>
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
        <translation>%1 sauvegardée le %2 (%3) sous %4
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No backups of %1 in %2
</source>
        <translation>Aucune sauvegarde de %1 dans %2
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No backup of %1 has the id %2 (see retort backups)</source>
        <translation>Aucune sauvegarde de %1 n&apos;a l&apos;identifiant %2 (voir retort backups)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 backups of %2 start with %3; give more of the id</source>
        <translation>%1 sauvegardes de %2 commencent par %3 ; donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored %1 to %2 from backup %3
</source>
        <translation>%1 restaurée à %2 depuis la sauvegarde %3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state before the restore was backed up as %1
</source>
        <translation>L&apos;état avant la restauration a été sauvegardé sous %1
</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <location filename="../core/engine/BackupStore.cpp" line="+99"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The backup %1 is missing.</source>
        <translation>La sauvegarde %1 est introuvable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>before restoring %1</source>
        <translation>avant la restauration de %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot replace %1 with the restored copy.</source>
        <translation>Impossible de remplacer %1 par la copie restaurée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The restored database %1 does not hold the revisions of backup %2.</source>
        <translation>La base de données restaurée %1 ne contient pas les révisions de la sauvegarde %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot delete the backup %1.</source>
        <translation>Impossible de supprimer la sauvegarde %1.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+44"/>
        <source> on %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No database is selected.</source>
        <translation>Aucune base de données n&apos;est sélectionnée.</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <location filename="../core/checks/CheckResult.cpp" line="+35"/>
        <source>Single head</source>
        <translation>Un seul head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade from empty to head</source>
        <translation>Upgrade de vide vers head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models match the database</source>
        <translation>Les modèles correspondent à la base de données</translation>
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
        <translation>Nouvel upgrade</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+107"/>
        <source>Run &apos;retort --help&apos; for usage.
</source>
        <translation>Lancez &apos;retort --help&apos; pour l&apos;aide.
</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="+77"/>
        <source>unknown command</source>
        <translation>commande inconnue</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>History range has more than one &apos;:&apos;</source>
        <translation>La plage d&apos;historique contient plus d&apos;un &apos;:&apos;</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+118"/>
        <source>show current available heads</source>
        <translation>afficher les heads disponibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list revisions, newest first</source>
        <translation>lister les révisions, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show branch points</source>
        <translation>afficher les points de branchement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the database&apos;s current revision(s)</source>
        <translation>afficher la ou les révisions actuelles de la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the revision(s) denoted by REV</source>
        <translation>afficher la ou les révisions désignées par REV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the scripts (see retort lint --help)</source>
        <translation>vérifier les scripts (voir retort lint --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the steps of an upgrade or downgrade</source>
        <translation>lister les étapes d&apos;un upgrade ou d&apos;un downgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upgrade the database (backed up first)</source>
        <translation>upgrade de la base de données (sauvegardée d&apos;abord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>downgrade the database (backed up first)</source>
        <translation>downgrade de la base de données (sauvegardée d&apos;abord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set the version table, running no migration</source>
        <translation>définir la table de versions sans exécuter de migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the SQL from the current revision(s)</source>
        <translation>afficher le SQL à partir de la ou des révisions actuelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>models vs head; --all: round-trip health checks on copies</source>
        <translation>modèles vs head ; --all : contrôles de santé aller-retour sur des copies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>merge revisions in a new revision file</source>
        <translation>fusionner des révisions dans un nouveau fichier de révision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restore a backup (the present state backed up)</source>
        <translation>restaurer une sauvegarde (l&apos;état actuel est sauvegardé)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unrecognized option: %1</source>
        <translation>option non reconnue : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>option %1 expects a value</source>
        <translation>l&apos;option %1 attend une valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>option %1 takes no value</source>
        <translation>l&apos;option %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show expects one revision: retort show REV</source>
        <translation>show attend une révision : retort show REV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>plan expects a direction and a target: retort plan upgrade|downgrade TARGET</source>
        <translation>plan attend une direction et une cible : retort plan upgrade|downgrade TARGET</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 expects one target: retort %1 TARGET</source>
        <translation>%1 attend une cible : retort %1 TARGET</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 expects one or more revisions: retort %1 REV...</source>
        <translation>%1 attend une ou plusieurs révisions : retort %1 REV...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore expects a backup id: retort restore ID (see retort backups)</source>
        <translation>restore attend un identifiant de sauvegarde : retort restore ID (voir retort backups)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no command given (one of: %1)</source>
        <translation>aucune commande indiquée (l&apos;une de : %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command: %1</source>
        <translation>commande inconnue : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option %1 does not apply to command %2</source>
        <translation>l&apos;option %1 ne s&apos;applique pas à la commande %2</translation>
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
        <translation>Usage : retort [options] COMMANDE [options de la commande]

Lit un projet Alembic (alembic.ini, le dossier de scripts de env.py, les scripts de
révision) et une base de données SQLite. heads, history, branches, current, show, lint,
plan et les commandes de sauvegarde n&apos;exécutent aucun Python et ne demandent pas
d&apos;approbation. upgrade, downgrade, stamp, sql, check, revision et merge exécutent
l&apos;Alembic du projet (env.py et les migrations sont du code Python) : ils demandent
--trust ou un dossier approuvé dans la fenêtre de Retort ; toute écriture sauvegarde
d&apos;abord la base de données et la restaure si l&apos;exécution échoue.

Commandes (celles qu&apos;alembic possède affichent ce qu&apos;affiche la commande alembic
du même nom) :
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
Options :
  -c, --config FILE         alembic.ini, ou le dossier qui le contient
                            (par défaut : $ALEMBIC_CONFIG, sinon ./alembic.ini)
  -n, --name SECTION        section ini à lire (par défaut : alembic)
  --db FILE                 fichier de base de données SQLite (par défaut :
                            d&apos;après sqlalchemy.url)
  --version-table NAME      table de versions (par défaut : alembic_version)
  --alembic-version X.Y.Z   se comporter comme cette version d&apos;Alembic là où les
                            versions diffèrent, p. ex. l&apos;ordre de chargement des
                            scripts (par défaut : la version installée pour le
                            projet, lue dans les métadonnées du paquet sans
                            exécuter Python)
  --no-cache                lire tous les scripts ; ni utiliser ni mettre à jour
                            le cache d&apos;en-têtes (~/.cache/retort, validé par
                            les horodatages des fichiers)
  --json                    afficher les résultats en JSON
  -v, --verbose             sortie détaillée
  -r, --rev-range RANGE     history : [début]:[fin], [début]: ou :[fin]
  -i, --indicate-current    history : marquer la ou les révisions actuelles de
                            la base de données
  --resolve-dependencies    heads : traiter les dépendances comme des down
                            revisions
  --from REV[,REV]          plan : partir de ces révisions plutôt que de celles
                            de la base de données
  --trust                   exécuter le Python du projet (env.py, migrations)
                            cette fois seulement, sans mémoriser le dossier
                            comme approuvé
  -x KEY=VALUE              argument supplémentaire pour env.py (répétable),
                            comme alembic -x
  --sql                     upgrade/downgrade/stamp : afficher le SQL hors ligne
                            d&apos;Alembic ; TARGET peut être une plage DÉBUT:FIN
  --tag TAG                 upgrade/downgrade/stamp : tag pour env.py
  --purge                   stamp : vider d&apos;abord la table de versions
  -m, --message MSG         revision/merge : le message
  --autogenerate            revision : comparer les modèles à la base de données
  --head REV                revision : le parent de la nouvelle révision
                            (par défaut : head)
  --splice                  revision : autoriser un parent qui n&apos;est pas un head
  --branch-label LABEL      revision/merge : étiqueter la branche de la nouvelle
                            révision
  --depends-on REV          revision : une dépendance (répétable)
  --version-path DIR        revision : où écrire le fichier
  --rev-id ID               revision/merge : l&apos;identifiant de la nouvelle révision
  -h, --help                afficher cette aide
  --version                 afficher la version de Retort

Codes de sortie :
  0  succès
  1  la commande a échoué comme celle d&apos;alembic (révision invalide, plusieurs
     heads, ...)
  2  erreur d&apos;utilisation (commande ou option inconnue, argument manquant)
  3  problème de configuration ou de base de données (alembic.ini ou dossier de
     scripts manquant, script que Retort ne sait pas lire statiquement, base de
     données absente, verrouillée ou non SQLite, URL non SQLite), ou aucun
     interpréteur Python avec Alembic
  4  le dossier du projet n&apos;est pas approuvé : rien n&apos;a été exécuté (utilisez
     --trust)
  5  une écriture a échoué et la restauration de la base de données aussi (le
     message indique la sauvegarde à restaurer à la main)

Les erreurs sont écrites sur stderr sous la forme &quot;FAILED: &lt;message&gt;&quot;.
</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>create a new revision file</source>
        <translation>créer un nouveau fichier de révision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back up the database now (no Python runs)</source>
        <translation>sauvegarder la base de données maintenant (aucun Python n&apos;est exécuté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the database&apos;s backups</source>
        <translation>lister les sauvegardes de la base de données</translation>
    </message>
</context>
<context>
    <name>ConfigPaths</name>
    <message>
        <location filename="../core/config/ConfigPaths.cpp" line="+98"/>
        <source>Cannot resolve %1: no package %2 in the project folder or in prepend_sys_path (%3)</source>
        <translation>Impossible de résoudre %1 : aucun paquet %2 dans le dossier du projet ni dans prepend_sys_path (%3)</translation>
    </message>
</context>
<context>
    <name>DatabaseState</name>
    <message>
        <location filename="../core/db/DatabaseState.cpp" line="+69"/>
        <source>Database file not found: %1</source>
        <translation>Fichier de base de données introuvable : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permission denied: cannot read database file %1</source>
        <translation>Permission refusée : impossible de lire le fichier de base de données %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Qt SQLite driver (QSQLITE) is not available</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Database %1 is locked by another connection (%2)</source>
        <translation>La base de données %1 est verrouillée par une autre connexion (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an SQLite database (%2)</source>
        <translation>%1 n&apos;est pas une base de données SQLite (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permission denied reading database %1 (%2)</source>
        <translation>Permission refusée en lisant la base de données %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open database %1 (%2)</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the version table %1 of database %2 (%3)</source>
        <translation>Impossible de lire la table de versions %1 de la base de données %2 (%3)</translation>
    </message>
</context>
<context>
    <name>DownRevisionEdit</name>
    <message>
        <location filename="../core/merge/DownRevisionEdit.cpp" line="+40"/>
        <source>The file has no line %1.</source>
        <translation>Le fichier n&apos;a pas de ligne %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 is not a down_revision assignment.</source>
        <translation>La ligne %1 n&apos;est pas une affectation de down_revision.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 does not name %2 as a quoted down revision.</source>
        <translation>La ligne %1 ne désigne pas %2 comme down revision entre guillemets.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1 names %2 more than once.</source>
        <translation>La ligne %1 désigne %2 plus d&apos;une fois.</translation>
    </message>
</context>
<context>
    <name>EngineSession</name>
    <message>
        <location filename="../app/cli/EngineSession.cpp" line="+36"/>
        <source>Run the command again with --trust to run it this once, or trust the folder in the Retort window.</source>
        <translation>Relancez la commande avec --trust pour l&apos;exécuter cette fois seulement, ou approuvez le dossier dans la fenêtre de Retort.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Python: %1 (%2; Python %3, Alembic %4, SQLAlchemy %5)
</source>
        <translation>Python : %1 (%2 ; Python %3, Alembic %4, SQLAlchemy %5)
</translation>
    </message>
    <message>
        <location line="+70"/>
        <source> (%1, line %2)</source>
        <translation> (%1, ligne %2)</translation>
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
        <translation>--timeout attend un nombre de secondes, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 passed, %2 failed, %3 skipped</source>
        <translation>%1 réussi(s), %2 échoué(s), %3 ignoré(s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--revision %1 names no revision to check</source>
        <translation>--revision %1 ne désigne aucune révision à vérifier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Unknown check option &apos;%1&apos;</source>
        <translation>Option de check inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retort check needs --all or --revision REV</source>
        <translation>retort check attend --all ou --revision REV</translation>
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
        <translation>usage : retort check (--all | --revision REV ...) [--json] [-c CONFIG] [-n NAME]
                     [--db FILE] [--trust] [--timeout SECONDS]

Exécute les migrations du projet avec son propre Alembic sur des bases de données
temporaires (la base du projet n&apos;est jamais écrite) et vérifie : un seul head ;
une base vide passe par upgrade à head ; les modèles correspondent à la base à
head ; chaque révision réussit un upgrade, un downgrade d&apos;une étape puis un nouvel
upgrade, le downgrade rétablissant le schéma d&apos;avant l&apos;upgrade.

  --all             tous les contrôles, toutes les révisions
  --revision REV    seulement le contrôle up/down de REV (répétable)
  --json            un objet JSON avec tous les résultats
  --trust           exécuter le Python du projet sans approuver son dossier
                    définitivement
  --timeout S       arrêter une exécution de la passerelle après S secondes

codes de sortie : 0 tous les contrôles ont réussi, 1 un contrôle a échoué,
2 utilisation, 3 erreur de projet (illisible, non approuvé, pas de Python avec
Alembic)
</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>difference: </source>
        <translation>différence : </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sql: </source>
        <translation>sql : </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: </source>
        <translation>erreur : </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at: %1:%2</source>
        <translation>à : %1:%2</translation>
    </message>
</context>
<context>
    <name>IniFile</name>
    <message>
        <location filename="../core/config/IniFile.cpp" line="+246"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not valid UTF-8.</source>
        <translation>%1 n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
</context>
<context>
    <name>InterpreterLocator</name>
    <message>
        <location filename="../core/engine/InterpreterLocator.cpp" line="+48"/>
        <source>it did not answer the probe as Python does</source>
        <translation>il n&apos;a pas répondu à la sonde comme le fait Python</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Python %1 cannot import %2</source>
        <translation>Python %1 ne peut pas importer %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not run: it belongs to the project folder, which is not trusted</source>
        <translation>non exécuté : il appartient au dossier du projet, qui n&apos;est pas approuvé</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no executable file at this path</source>
        <translation>aucun fichier exécutable à cet emplacement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it could not be started: %1</source>
        <translation>il n&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the probe did not finish in %1 ms</source>
        <translation>la sonde ne s&apos;est pas terminée en %1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the probe failed with exit code %1%2</source>
        <translation>la sonde a échoué avec le code de sortie %1%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No Python interpreter was found.</source>
        <translation>Aucun interpréteur Python n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Python interpreter that imports alembic and sqlalchemy was found. Tried:</source>
        <translation>Aucun interpréteur Python important alembic et sqlalchemy n&apos;a été trouvé. Essayés :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No Python installation with alembic and sqlalchemy was found. Looked at:</source>
        <translation>Aucune installation de Python avec alembic et sqlalchemy n&apos;a été trouvée. Examinés :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Install Alembic into the project&apos;s virtual environment: %1 install alembic</source>
        <translation>Installez Alembic dans l&apos;environnement virtuel du projet : %1 install alembic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install Alembic into the project&apos;s virtual environment (pip install alembic) or system-wide (apt install python3-alembic), or configure the interpreter to use.</source>
        <translation>Installez Alembic dans l&apos;environnement virtuel du projet (pip install alembic) ou pour tout le système (apt install python3-alembic), ou configurez l&apos;interpréteur à utiliser.</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <location filename="../app/cli/LintCommand.cpp" line="+35"/>
        <source>%1: no lint rule matches &apos;%2&apos;</source>
        <translation>%1 : aucune règle de lint ne correspond à &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a comma-separated list of rule ids</source>
        <translation>%1 attend une liste d&apos;identifiants de règles séparés par des virgules</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format must be plain, json or github, not &apos;%1&apos;</source>
        <translation>--format doit valoir plain, json ou github, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 error(s), %2 warning(s), %3 info
</source>
        <translation>%1 erreur(s), %2 avertissement(s), %3 information(s)
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unknown lint option &apos;%1&apos;</source>
        <translation>Option de lint inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--json and --format %1 cannot be combined</source>
        <translation>--json et --format %1 ne peuvent pas être combinés</translation>
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
        <translation>usage : retort lint [-c CONFIG] [-n NAME] [--db FILE] [--json | --format plain|json|github]
                     [--select IDS] [--ignore IDS] [--strict] [--list-rules]

Vérifie les scripts de révision et le graphe des révisions sans exécuter Python.
IDS : identifiants de règles ou préfixes séparés par des virgules (SQLITE, DATA003).
Configurez les règles dans retort.toml [lint] ou pyproject.toml [tool.retort.lint] ;
faites taire une ligne avec `# retort: ignore[ID]`.

codes de sortie : 0 propre, 1 constats de niveau erreur (ou avertissements avec
--strict), 2 utilisation, 3 erreur de projet ou de configuration
</translation>
    </message>
</context>
<context>
    <name>LintRule</name>
    <message>
        <location filename="../core/lint/LintRule.cpp" line="+25"/>
        <source>ALTER that SQLite cannot run outside batch mode</source>
        <translation>ALTER que SQLite ne peut pas exécuter hors du mode batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite&apos;s ALTER TABLE cannot change a column or add or drop a constraint: Alembic raises NotImplementedError or SQLite rejects the statement. Run the change inside `with op.batch_alter_table(&quot;t&quot;) as batch_op:` so Alembic recreates the table (&quot;move and copy&quot;).</source>
        <translation>L&apos;ALTER TABLE de SQLite ne peut ni modifier une colonne ni ajouter ou supprimer une contrainte : Alembic lève NotImplementedError ou SQLite rejette l&apos;instruction. Effectuez la modification dans `with op.batch_alter_table(&quot;t&quot;) as batch_op:` pour qu&apos;Alembic recrée la table (« move and copy »).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drop_column outside batch mode on SQLite</source>
        <translation>drop_column hors du mode batch sous SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALTER TABLE ... DROP COLUMN needs SQLite 3.35 and fails when the column is indexed, part of a key, UNIQUE, a foreign key or used by a view or trigger. Drop it with batch_op.drop_column() inside op.batch_alter_table().</source>
        <translation>ALTER TABLE ... DROP COLUMN nécessite SQLite 3.35 et échoue si la colonne est indexée, fait partie d&apos;une clé, est UNIQUE, est une clé étrangère ou est utilisée par une vue ou un déclencheur. Supprimez-la avec batch_op.drop_column() dans op.batch_alter_table().</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NOT NULL column added without server_default</source>
        <translation>colonne NOT NULL ajoutée sans server_default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing rows have no value for the new column: the ALTER fails (SQLite refuses it even on an empty table). Add the column with a server_default (or nullable), backfill it with op.execute(&quot;UPDATE ...&quot;), then drop the default or make it NOT NULL in batch mode.</source>
        <translation>Les lignes existantes n&apos;ont pas de valeur pour la nouvelle colonne : l&apos;ALTER échoue (SQLite le refuse même sur une table vide). Ajoutez la colonne avec un server_default (ou nullable), remplissez-la avec op.execute(&quot;UPDATE ...&quot;), puis retirez la valeur par défaut ou passez-la en NOT NULL en mode batch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column made NOT NULL without backfilling NULLs first</source>
        <translation>colonne rendue NOT NULL sans remplir d&apos;abord les NULL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alter_column(nullable=False) fails when a row still holds NULL. Run op.execute(&quot;UPDATE t SET c = ... WHERE c IS NULL&quot;) earlier in the same upgrade(), then alter the column (in batch mode on SQLite).</source>
        <translation>alter_column(nullable=False) échoue tant qu&apos;une ligne contient encore NULL. Exécutez op.execute(&quot;UPDATE t SET c = ... WHERE c IS NULL&quot;) plus tôt dans le même upgrade(), puis modifiez la colonne (en mode batch sous SQLite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unique constraint or index added without removing duplicates first</source>
        <translation>contrainte ou index unique ajouté sans supprimer d&apos;abord les doublons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating a UNIQUE constraint or index fails when the table already holds duplicates. Deduplicate first in the same upgrade() (op.execute(&quot;DELETE FROM t WHERE ...&quot;) or an UPDATE), then create the constraint.</source>
        <translation>La création d&apos;une contrainte ou d&apos;un index UNIQUE échoue si la table contient déjà des doublons. Dédoublonnez d&apos;abord dans le même upgrade() (op.execute(&quot;DELETE FROM t WHERE ...&quot;) ou un UPDATE), puis créez la contrainte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drop_table deletes a table and all its rows</source>
        <translation>drop_table supprime une table et toutes ses lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table&apos;s rows cannot be restored by downgrade(). Back up or migrate the data first, and make sure nothing reads the table any more.</source>
        <translation>downgrade() ne peut pas restaurer les lignes de la table. Sauvegardez ou migrez d&apos;abord les données, et assurez-vous que plus rien ne lit la table.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop_column deletes a column and its data</source>
        <translation>drop_column supprime une colonne et ses données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column&apos;s values cannot be restored by downgrade(). Copy them elsewhere first if they are still needed.</source>
        <translation>downgrade() ne peut pas restaurer les valeurs de la colonne. Copiez-les d&apos;abord ailleurs si elles sont encore utiles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column type narrowed</source>
        <translation>type de colonne restreint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing to a narrower type truncates, rounds or rejects existing values. Check the data fits (or convert it with an UPDATE) before altering the type.</source>
        <translation>Passer à un type plus restreint tronque, arrondit ou rejette les valeurs existantes. Vérifiez que les données tiennent (ou convertissez-les avec un UPDATE) avant de changer le type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drop_column and add_column on one table look like a rename</source>
        <translation>drop_column et add_column sur une même table ressemblent à un renommage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropping a column and adding another loses the data. To rename, use alter_column(..., new_column_name=...) (batch_op.alter_column on SQLite).</source>
        <translation>Supprimer une colonne puis en ajouter une autre perd les données. Pour renommer, utilisez alter_column(..., new_column_name=...) (batch_op.alter_column sous SQLite).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>downgrade() missing, empty or only raising</source>
        <translation>downgrade() absent, vide ou se contentant de lever une exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrade() changes the schema but downgrade() cannot undo it, so `alembic downgrade` past this revision is impossible. Write the inverse operations.</source>
        <translation>upgrade() modifie le schéma mais downgrade() ne peut pas l&apos;annuler : un `alembic downgrade` au-delà de cette révision est impossible. Écrivez les opérations inverses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade() is empty</source>
        <translation>upgrade() est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A revision that does nothing is usually a mistake (an autogenerate that found no change). Delete it or add the operations. Merge revisions are exempt.</source>
        <translation>Une révision qui ne fait rien est généralement une erreur (un autogenerate qui n&apos;a trouvé aucun changement). Supprimez-la ou ajoutez les opérations. Les révisions de merge font exception.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>raw SQL in upgrade() that downgrade() does not undo</source>
        <translation>SQL brut dans upgrade() que downgrade() n&apos;annule pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>op.execute() runs SQL Alembic cannot invert. Add the inverse op.execute() to downgrade(). UPDATE and DELETE statements (backfills, deduplication) are exempt.</source>
        <translation>op.execute() exécute du SQL qu&apos;Alembic ne sait pas inverser. Ajoutez l&apos;op.execute() inverse à downgrade(). Les instructions UPDATE et DELETE (remplissage, dédoublonnage) font exception.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>constraint or index created without a name</source>
        <translation>contrainte ou index créé sans nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unnamed constraint gets a name chosen by the database (or none on SQLite), and batch mode cannot drop it later. Pass a name, or op.f() with a naming convention on the MetaData.</source>
        <translation>Une contrainte sans nom reçoit un nom choisi par la base de données (aucun sous SQLite), et le mode batch ne pourra pas la supprimer plus tard. Donnez un nom, ou op.f() avec une convention de nommage sur le MetaData.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>several heads</source>
        <translation>plusieurs heads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history has more than one head on the same branch: `alembic upgrade head` fails. Join them with `alembic merge heads`.</source>
        <translation>L&apos;historique a plus d&apos;un head sur la même branche : `alembic upgrade head` échoue. Fusionnez-les avec `alembic merge heads`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing down revision or dependency</source>
        <translation>down revision ou dépendance manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A revision names a parent no script has: Alembic cannot build the history. Restore the missing script or fix down_revision / depends_on.</source>
        <translation>Une révision désigne un parent qu&apos;aucun script ne définit : Alembic ne peut pas construire l&apos;historique. Restaurez le script manquant ou corrigez down_revision / depends_on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate revision id</source>
        <translation>identifiant de révision en double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two scripts declare the same revision id; Alembic keeps only one of them. Give one a new id and fix its children&apos;s down_revision.</source>
        <translation>Deux scripts déclarent le même identifiant de révision ; Alembic n&apos;en garde qu&apos;un. Donnez un nouvel identifiant à l&apos;un d&apos;eux et corrigez le down_revision de ses enfants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate branch label</source>
        <translation>étiquette de branche en double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A branch label is used by two branches; Alembic refuses to load the history.</source>
        <translation>Une étiquette de branche est utilisée par deux branches ; Alembic refuse de charger l&apos;historique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cycle in the revision graph</source>
        <translation>cycle dans le graphe des révisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down_revision or depends_on links form a loop; Alembic refuses to load the history.</source>
        <translation>Les liens down_revision ou depends_on forment une boucle ; Alembic refuse de charger l&apos;historique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreadable revision script</source>
        <translation>script de révision illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The script cannot be read without running it (a syntax error, or revision variables computed at run time), so it is left out of the history.</source>
        <translation>Le script ne peut pas être lu sans être exécuté (erreur de syntaxe, ou variables de révision calculées à l&apos;exécution) ; il est donc exclu de l&apos;historique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file name does not match file_template</source>
        <translation>le nom de fichier ne suit pas file_template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic names new revisions by the project&apos;s file_template (default %(rev)s_%(slug)s). A name that does not follow it makes scripts hard to find and sort.</source>
        <translation>Alembic nomme les nouvelles révisions selon le file_template du projet (par défaut %(rev)s_%(slug)s). Un nom qui ne le suit pas rend les scripts difficiles à trouver et à trier.</translation>
    </message>
</context>
<context>
    <name>LintSettings</name>
    <message>
        <location filename="../core/lint/LintSettings.cpp" line="+82"/>
        <source>Unknown or malformed lint setting &apos;%1&apos;</source>
        <translation>Réglage de lint inconnu ou mal formé &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;disable&apos; must be a list of rule ids</source>
        <translation>&apos;disable&apos; doit être une liste d&apos;identifiants de règles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;disable&apos; names no lint rule: %1</source>
        <translation>&apos;disable&apos; ne désigne aucune règle de lint : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;severity&apos; must be a table of rule id = &quot;error&quot; | &quot;warning&quot; | &quot;info&quot;</source>
        <translation>&apos;severity&apos; doit être une table identifiant de règle = &quot;error&quot; | &quot;warning&quot; | &quot;info&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown lint rule &apos;%1&apos;</source>
        <translation>Règle de lint inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity of %1 must be &quot;error&quot;, &quot;warning&quot; or &quot;info&quot;</source>
        <translation>La gravité de %1 doit valoir &quot;error&quot;, &quot;warning&quot; ou &quot;info&quot;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not valid TOML: %2</source>
        <translation>%1 n&apos;est pas du TOML valide : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lint settings must be a table</source>
        <translation>Les réglages de lint doivent être une table</translation>
    </message>
</context>
<context>
    <name>Linter</name>
    <message>
        <location filename="../core/lint/GraphRules.cpp" line="+85"/>
        <source>Revision %1 is one of %2 heads (%3): `alembic upgrade head` fails until they are merged</source>
        <translation>La révision %1 est l&apos;un des %2 heads (%3) : `alembic upgrade head` échoue tant qu&apos;ils ne sont pas fusionnés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File name %1 does not match file_template %2 for revision %3</source>
        <translation>Le nom de fichier %1 ne suit pas le file_template %2 de la révision %3</translation>
    </message>
    <message>
        <location filename="../core/lint/SqliteRules.cpp" line="+51"/>
        <source>op.%1() on %2 outside batch mode: SQLite cannot ALTER this; use `with op.batch_alter_table(&quot;%2&quot;) as batch_op:`</source>
        <translation>op.%1() sur %2 hors du mode batch : SQLite ne peut pas faire cet ALTER ; utilisez `with op.batch_alter_table(&quot;%2&quot;) as batch_op:`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>op.drop_column() on %1 outside batch mode needs SQLite 3.35 and fails on indexed or constrained columns</source>
        <translation>op.drop_column() sur %1 hors du mode batch nécessite SQLite 3.35 et échoue sur les colonnes indexées ou contraintes</translation>
    </message>
    <message>
        <location filename="../core/lint/DataSafetyRules.cpp" line="+48"/>
        <source>add_column %1 is NOT NULL without server_default (default= is applied by Python only): existing rows get no value</source>
        <translation>add_column %1 est NOT NULL sans server_default (default= n&apos;est appliqué que par Python) : les lignes existantes n&apos;ont pas de valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add_column %1 is NOT NULL without server_default: existing rows get no value</source>
        <translation>add_column %1 est NOT NULL sans server_default : les lignes existantes n&apos;ont pas de valeur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>alter_column %1 sets NOT NULL with no UPDATE backfilling NULLs before it</source>
        <translation>alter_column %1 impose NOT NULL sans UPDATE préalable remplissant les NULL</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unique index</source>
        <translation>index unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique constraint</source>
        <translation>contrainte d&apos;unicité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 (%3) added with no DELETE or UPDATE removing duplicates before it</source>
        <translation>%1 sur %2 (%3) ajouté sans DELETE ni UPDATE préalable supprimant les doublons</translation>
    </message>
    <message>
        <location filename="../core/lint/DestructiveRules.cpp" line="+18"/>
        <source>drop_table %1 deletes the table and all its rows</source>
        <translation>drop_table %1 supprime la table et toutes ses lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drop_column %1 deletes the column and its values</source>
        <translation>drop_column %1 supprime la colonne et ses valeurs</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>alter_column %1 narrows the type from %2 to %3: %4</source>
        <translation>alter_column %1 restreint le type de %2 à %3 : %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>drop_column %1 and add_column %2.%3 look like a rename: the values are lost; use alter_column(new_column_name=...)</source>
        <translation>drop_column %1 et add_column %2.%3 ressemblent à un renommage : les valeurs sont perdues ; utilisez alter_column(new_column_name=...)</translation>
    </message>
    <message>
        <location filename="../core/lint/NamingRules.cpp" line="+69"/>
        <source>op.%1() on %2 has no name: batch mode cannot drop it later</source>
        <translation>op.%1() sur %2 n&apos;a pas de nom : le mode batch ne pourra pas le supprimer plus tard</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 in create_table %2 has no name: batch mode cannot drop it later</source>
        <translation>%1 dans create_table %2 n&apos;a pas de nom : le mode batch ne pourra pas le supprimer plus tard</translation>
    </message>
    <message>
        <location filename="../core/lint/RevisionRules.cpp" line="+46"/>
        <source>downgrade() is missing although upgrade() changes the database</source>
        <translation>downgrade() est absent alors qu&apos;upgrade() modifie la base de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>downgrade() is empty although upgrade() changes the database</source>
        <translation>downgrade() est vide alors qu&apos;upgrade() modifie la base de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>downgrade() only raises although upgrade() changes the database</source>
        <translation>downgrade() ne fait que lever une exception alors qu&apos;upgrade() modifie la base de données</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>upgrade() is missing</source>
        <translation>upgrade() est absent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade() is empty: the revision does nothing</source>
        <translation>upgrade() est vide : la révision ne fait rien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>upgrade() only raises</source>
        <translation>upgrade() ne fait que lever une exception</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>op.execute() in upgrade() has no op.execute() in downgrade() to undo it</source>
        <translation>op.execute() dans upgrade() n&apos;a pas d&apos;op.execute() dans downgrade() pour l&apos;annuler</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <location filename="../app/cli/MigrateCommand.cpp" line="+139"/>
        <source>No database is selected.</source>
        <translation>Aucune base de données n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Retort: backup %1 of %2 was taken before the run.
</source>
        <translation>Retort : la sauvegarde %1 de %2 a été faite avant l&apos;exécution.
</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../core/project/Project.cpp" line="+107"/>
        <source>No database: the configuration has no sqlalchemy.url and no --db file was given</source>
        <translation>Aucune base de données : la configuration n&apos;a pas de sqlalchemy.url et aucun fichier --db n&apos;a été indiqué</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only SQLite databases can be read natively; %1 is a %2 URL</source>
        <translation>Seules les bases SQLite peuvent être lues nativement ; %1 est une URL %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an in-memory database: it has no state to read</source>
        <translation>%1 est une base de données en mémoire : elle n&apos;a aucun état à lire</translation>
    </message>
</context>
<context>
    <name>ProjectConfig</name>
    <message>
        <location filename="../core/config/ProjectConfig.cpp" line="+70"/>
        <source>No Alembic configuration found in %1: looked for alembic.ini and for a pyproject.toml with a [tool.alembic] table.</source>
        <translation>Aucune configuration Alembic trouvée dans %1 : recherché alembic.ini et un pyproject.toml avec une table [tool.alembic].</translation>
    </message>
</context>
<context>
    <name>RebasePlan</name>
    <message>
        <location filename="../core/merge/RebasePlan.cpp" line="+53"/>
        <source>Both heads must be revisions of the project.</source>
        <translation>Les deux heads doivent être des révisions du projet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 are on the same branch.</source>
        <translation>%1 et %2 sont sur la même branche.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revision %1 is already applied; re-basing its branch would rewrite history that a database has. Merge instead.</source>
        <translation>La révision %1 est déjà appliquée ; rebaser sa branche réécrirait un historique qu&apos;une base de données possède déjà. Faites plutôt un merge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The branch of %1 does not start with a single revision.</source>
        <translation>La branche de %1 ne commence pas par une seule révision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1 must have exactly one down revision to be re-based.</source>
        <translation>La révision %1 doit avoir exactement une down revision pour être rebasée.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 changed since the re-base was planned; nothing was written.</source>
        <translation>%1 a changé depuis que le rebasage a été planifié ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>RevisionMap</name>
    <message>
        <location filename="../core/graph/RevisionMapBuilder.cpp" line="+243"/>
        <source>Dependency %1 of revision %2 is not present</source>
        <translation>La dépendance %1 de la révision %2 est absente</translation>
    </message>
    <message>
        <location filename="../core/graph/RevisionMapIterate.cpp" line="+146"/>
        <source>%1 does not name exactly one current revision</source>
        <translation>%1 ne désigne pas exactement une révision actuelle</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Target %1 is past the end of the history</source>
        <translation>La cible %1 est au-delà de la fin de l&apos;historique</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Revision %1 does not carry exactly one branch label</source>
        <translation>La révision %1 ne porte pas exactement une étiquette de branche</translation>
    </message>
    <message>
        <location filename="../core/graph/RevisionMapResolve.cpp" line="+302"/>
        <source>A revision walk went past the base</source>
        <translation>Un parcours des révisions est allé au-delà de la base</translation>
    </message>
    <message>
        <location filename="../core/graph/RevisionMapWalk.cpp" line="+187"/>
        <location line="+43"/>
        <source>The revision graph could not be sorted</source>
        <translation>Le graphe des révisions n&apos;a pas pu être trié</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A relative revision resolved to base where a revision is needed</source>
        <translation>Une révision relative a été résolue en base là où une révision est nécessaire</translation>
    </message>
</context>
<context>
    <name>SchemaDiff</name>
    <message>
        <location filename="../core/checks/SchemaDiff.cpp" line="+36"/>
        <source>%1index %2 on %3 %4</source>
        <translation>index %1%2 sur %3 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unique </source>
        <translation>unique </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+45"/>
        <source>extra </source>
        <translation>en trop : </translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+37"/>
        <source>missing </source>
        <translation>manquant : </translation>
    </message>
    <message>
        <location line="-14"/>
        <source>missing table %1</source>
        <translation>table %1 manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra table %1</source>
        <translation>table %1 en trop</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 expected, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing %1 %2</source>
        <translation>manquant : %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: expected %3, found %4</source>
        <translation>%1 %2 : %3 attendu, %4 trouvé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>extra %1 %2</source>
        <translation>en trop : %1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing column %1.%2</source>
        <translation>colonne %1.%2 manquante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>extra column %1.%2</source>
        <translation>colonne %1.%2 en trop</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>type %1 expected, found %2</source>
        <translation>type %1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>NOT NULL expected, found nullable</source>
        <translation>NOT NULL attendu, nullable trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nullable expected, found NOT NULL</source>
        <translation>nullable attendu, NOT NULL trouvé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default %1 expected, found %2</source>
        <translation>valeur par défaut %1 attendue, %2 trouvée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>primary key expected, found none</source>
        <translation>clé primaire attendue, aucune trouvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no primary key expected, found one</source>
        <translation>aucune clé primaire attendue, une trouvée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column %1: %2</source>
        <translation>colonne %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unique constraint on %1</source>
        <translation>contrainte d&apos;unicité sur %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>foreign key %1</source>
        <translation>clé étrangère %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
</context>
<context>
    <name>SchemaSnapshot</name>
    <message>
        <location filename="../core/checks/SchemaSnapshot.cpp" line="+69"/>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Impossible de lire le schéma de %1 : %2</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
</context>
<context>
    <name>ScriptCacheFile</name>
    <message>
        <location filename="../core/scripts/ScriptCacheFile.cpp" line="+309"/>
        <source>Cannot write the header cache %1: %2</source>
        <translation>Impossible d&apos;écrire le cache d&apos;en-têtes %1 : %2</translation>
    </message>
</context>
<context>
    <name>ScriptDirectory</name>
    <message>
        <location filename="../core/scripts/ScriptDirectory.cpp" line="+148"/>
        <source>Sourceless script %1 cannot be read natively; Retort reads .py files only</source>
        <translation>Le script sans source %1 ne peut pas être lu nativement ; Retort ne lit que les fichiers .py</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ScriptParser</name>
    <message>
        <location filename="../core/scripts/ScriptParser.cpp" line="+288"/>
        <source>&apos;%1&apos; is changed by an augmented assignment; Retort reads only plain assignments</source>
        <translation>&apos;%1&apos; est modifié par une affectation augmentée ; Retort ne lit que les affectations simples</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;%1&apos; is assigned by unpacking; Retort reads only simple assignments</source>
        <translation>&apos;%1&apos; est affecté par déballage ; Retort ne lit que les affectations simples</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is assigned inside a block; Retort reads only module-level assignments</source>
        <translation>&apos;%1&apos; est affecté dans un bloc ; Retort ne lit que les affectations au niveau du module</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not assigned a literal value; Retort reads scripts without running Python</source>
        <translation>&apos;%1&apos; ne reçoit pas une valeur littérale ; Retort lit les scripts sans exécuter Python</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; doit être une chaîne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; must be None, a string, or a tuple or list of strings</source>
        <translation>&apos;%1&apos; doit être None, une chaîne, ou un tuple ou une liste de chaînes</translation>
    </message>
</context>
<context>
    <name>SourceEncoding</name>
    <message>
        <location filename="../core/scripts/SourceEncoding.cpp" line="+137"/>
        <source>The script declares the source encoding &apos;%1&apos;; Retort reads only UTF-8 and Latin-1 scripts</source>
        <translation>Le script déclare l&apos;encodage source &apos;%1&apos; ; Retort ne lit que les scripts UTF-8 et Latin-1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The script is not valid UTF-8: byte 0x%1 cannot be decoded</source>
        <translation>Le script n&apos;est pas de l&apos;UTF-8 valide : l&apos;octet 0x%1 ne peut pas être décodé</translation>
    </message>
</context>
<context>
    <name>SqlCommand</name>
    <message>
        <location filename="../app/cli/SqlCommand.cpp" line="+47"/>
        <source>Retort: offline SQL rendered by Alembic (%1 %2 --sql)
</source>
        <translation>Retort : SQL hors ligne produit par Alembic (%1 %2 --sql)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retort: Alembic cannot render this offline (%1); the SQL below was executed on a scratch database brought to %2 (rehearsal)
</source>
        <translation>Retort : Alembic ne peut pas produire ceci hors ligne (%1) ; le SQL ci-dessous a été exécuté sur une base de travail amenée à %2 (répétition)
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Retort: the database has several current heads, which an offline range cannot start from; the SQL below was executed on a copy of the database (rehearsal)
</source>
        <translation>Retort : la base de données a plusieurs heads actuels, d&apos;où une plage hors ligne ne peut pas partir ; le SQL ci-dessous a été exécuté sur une copie de la base (répétition)
</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Retort: nothing to do: %1 is already at %2
</source>
        <translation>Retort : rien à faire : %1 est déjà à %2
</translation>
    </message>
</context>
<context>
    <name>SqlUrl</name>
    <message>
        <location filename="../core/config/SqlUrl.cpp" line="+202"/>
        <source>Retort reads SQLite databases natively; %1 is a %2 database URL.</source>
        <translation>Retort lit nativement les bases SQLite ; %1 est une URL de base de données %2.</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <location filename="../core/engine/SqliteConnection.cpp" line="+35"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot copy the database %1: %2</source>
        <translation>Impossible de copier la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy the database %1 to %2: %3</source>
        <translation>Impossible de copier la base de données %1 vers %2 : %3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown SQLite journal mode %1.</source>
        <translation>Mode de journal SQLite inconnu %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot set the journal mode of %1 to %2: %3</source>
        <translation>Impossible de passer le mode de journal de %1 à %2 : %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a sound SQLite database: %2</source>
        <translation>%1 n&apos;est pas une base de données SQLite saine : %2</translation>
    </message>
</context>
<context>
    <name>SqliteSchemaText</name>
    <message>
        <location filename="../core/schemadiff/SqliteSchemaText.cpp" line="+31"/>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Impossible de lire le schéma de %1 : %2</translation>
    </message>
</context>
<context>
    <name>TemporaryDatabaseCopy</name>
    <message>
        <location filename="../core/engine/TemporaryDatabaseCopy.cpp" line="+25"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <location filename="../core/engine/TrustStore.cpp" line="+46"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The project folder %1 is not trusted. Its env.py and migration scripts are Python code; Retort runs none of it until you trust the folder.</source>
        <translation>Le dossier de projet %1 n&apos;est pas approuvé. Son env.py et ses scripts de migration sont du code Python ; Retort n&apos;en exécute rien tant que vous n&apos;approuvez pas le dossier.</translation>
    </message>
</context>
<context>
    <name>TypeNarrowing</name>
    <message>
        <location filename="../core/lint/TypeNarrowing.cpp" line="+69"/>
        <source>values longer than %1 characters are truncated or rejected</source>
        <translation>les valeurs de plus de %1 caractères sont tronquées ou rejetées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fractional parts are lost</source>
        <translation>les parties décimales sont perdues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>floating-point values are rounded to the new precision</source>
        <translation>les valeurs à virgule flottante sont arrondies à la nouvelle précision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>digits beyond precision %1 / scale %2 are lost</source>
        <translation>les chiffres au-delà de la précision %1 / échelle %2 sont perdus</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>text that does not convert is lost or rejected</source>
        <translation>le texte non convertible est perdu ou rejeté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>integers outside the smaller range are rejected or wrapped</source>
        <translation>les entiers hors de la plage plus petite sont rejetés ou débordent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>values other than 0 and 1 are lost</source>
        <translation>les valeurs autres que 0 et 1 sont perdues</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the time of day is lost</source>
        <translation>l&apos;heure est perdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date is lost</source>
        <translation>la date est perdue</translation>
    </message>
</context>
<context>
    <name>retort</name>
    <message>
        <location filename="../ui/operations/ProjectSettingsDialog.cpp" line="+40"/>
        <source>No interpreter with Alembic was found.</source>
        <translation>Aucun interpréteur avec Alembic n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not installed</source>
        <translation>non installé</translation>
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
        <translation>À propos de Retort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A desktop workbench for Alembic database migrations.</source>
        <translation>Un atelier de bureau pour les migrations de base de données Alembic.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Released under the MIT licence.</source>
        <translation>Publié sous licence MIT.</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic (project)</source>
        <translation>Alembic (projet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no project open, or not found</source>
        <translation>aucun projet ouvert, ou introuvable</translation>
    </message>
</context>
<context>
    <name>retort::BackupListModel</name>
    <message>
        <location filename="../ui/operations/BackupListModel.cpp" line="+47"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision(s)</source>
        <translation>Révision(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>retort::BackupsPane</name>
    <message>
        <location filename="../ui/operations/BackupsPane.cpp" line="+25"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the database with this backup (a safety copy of the database is taken first)</source>
        <translation>Remplacer la base de données par cette sauvegarde (une copie de sécurité de la base est faite d&apos;abord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this backup</source>
        <translation>Supprimer cette sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backup folder in the file manager</source>
        <translation>Ouvrir le dossier des sauvegardes dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No database is selected.</source>
        <translation>Aucune base de données n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backups of this database yet.</source>
        <translation>Aucune sauvegarde de cette base de données pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no revision</source>
        <translation>aucune révision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace %1 with the backup of %2 (%3)?

A safety copy of the database as it is now is taken first.</source>
        <translation>Remplacer %1 par la sauvegarde du %2 (%3) ?

Une copie de sécurité de la base de données dans son état actuel est faite d&apos;abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the backup of %1 (%2)? This cannot be undone.</source>
        <translation>Supprimer la sauvegarde du %1 (%2) ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Backup</source>
        <translation>Supprimer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>retort::BridgeProcess</name>
    <message>
        <location filename="../core/engine/BridgeProcess.cpp" line="+78"/>
        <source>The Alembic bridge script was not found. Looked in:
%1</source>
        <translation>Le script passerelle Alembic est introuvable. Recherché dans :
%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A bridge run is already under way.</source>
        <translation>Une exécution de la passerelle est déjà en cours.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run was stopped after the time limit of %1 s.</source>
        <translation>L&apos;exécution a été arrêtée après la limite de temps de %1 s.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Alembic bridge was killed or crashed before it finished.</source>
        <translation>La passerelle Alembic a été tuée ou a planté avant la fin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Alembic bridge exited with code %1 without a result.</source>
        <translation>La passerelle Alembic s&apos;est terminée avec le code %1 sans résultat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Python interpreter %1 could not be started: %2</source>
        <translation>L&apos;interpréteur Python %1 n&apos;a pas pu être démarré : %2</translation>
    </message>
</context>
<context>
    <name>retort::ChecksModel</name>
    <message>
        <location filename="../ui/checks/ChecksModel.cpp" line="+18"/>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Revision / check</source>
        <translation>Révision / contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>retort::ChecksPane</name>
    <message>
        <location filename="../ui/checks/ChecksPane.cpp" line="+30"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>ÉCHOUÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Differences:</source>
        <translation>Différences :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The step ran no SQL of its own.</source>
        <translation>L&apos;étape n&apos;a exécuté aucun SQL propre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL the step ran:</source>
        <translation>SQL exécuté par l&apos;étape :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL (the last statement failed):</source>
        <translation>SQL (la dernière instruction a échoué) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Traceback:</source>
        <translation>Trace :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run all</source>
        <translation>Tout exécuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run selected</source>
        <translation>Exécuter la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a check to see its SQL, differences and error.</source>
        <translation>Sélectionnez un contrôle pour voir son SQL, ses différences et son erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No project.</source>
        <translation>Aucun projet.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n revision(s). Run the checks to see how each one migrates.</source>
        <translation>
            <numerusform>%n révision. Lancez les contrôles pour voir comment elle migre.</numerusform>
            <numerusform>%n révisions. Lancez les contrôles pour voir comment chacune migre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Looking for a Python with Alembic…</source>
        <translation>Recherche d&apos;un Python avec Alembic…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Running the checks on temporary databases…</source>
        <translation>Exécution des contrôles sur des bases de données temporaires…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 passed, %2 failed, %3 skipped.</source>
        <translation>%1 réussi(s), %2 échoué(s), %3 ignoré(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. </source>
        <translation>Annulé. </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every check of this row passed.</source>
        <translation>Tous les contrôles de cette ligne ont réussi.</translation>
    </message>
</context>
<context>
    <name>retort::CodeView</name>
    <message>
        <location filename="../ui/editor/CodeView.cpp" line="+254"/>
        <source>SQL files (*.sql)</source>
        <translation>Fichiers SQL (*.sql)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diff files (*.diff *.patch)</source>
        <translation>Fichiers diff (*.diff *.patch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python files (*.py)</source>
        <translation>Fichiers Python (*.py)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
</context>
<context>
    <name>retort::ConfirmActionDialog</name>
    <message>
        <location filename="../ui/operations/ConfirmActionDialog.cpp" line="+50"/>
        <source>Back up first</source>
        <translation>Sauvegarder d&apos;abord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working out the steps for %1…</source>
        <translation>Calcul des étapes pour %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL (preparing the preview…)</source>
        <translation>SQL (préparation de l&apos;aperçu…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a backup of the database as it is now in the Backups list. A backup always guards the run and restores the database if it fails; unchecked, it is deleted afterwards.</source>
        <translation>Conserver dans la liste des sauvegardes une sauvegarde de la base de données dans son état actuel. Une sauvegarde protège toujours l&apos;exécution et restaure la base si elle échoue ; décochée, elle est supprimée ensuite.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Retort cannot work out the steps: %1</source>
        <translation>Retort ne peut pas calculer les étapes : %1</translation>
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
        <translation>n&apos;a aucune révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at %1</source>
        <translation>est à %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: there is nothing to do.</source>
        <translation>%1 %2 : il n&apos;y a rien à faire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2. Alembic will run one step:</source>
        <translation>%1 %2. Alembic exécutera une étape :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2. Alembic will run %3 steps:</source>
        <translation>%1 %2. Alembic exécutera %3 étapes :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQL: no preview for several current revisions at once</source>
        <translation>SQL : pas d&apos;aperçu pour plusieurs révisions actuelles à la fois</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SQL: the preview failed</source>
        <translation>SQL : l&apos;aperçu a échoué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQL (Alembic&apos;s offline script)</source>
        <translation>SQL (script hors ligne d&apos;Alembic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL (rehearsed on a throw-away database: offline mode is impossible here)</source>
        <translation>SQL (répété sur une base jetable : le mode hors ligne est impossible ici)</translation>
    </message>
</context>
<context>
    <name>retort::ConsoleWidget</name>
    <message>
        <location filename="../ui/operations/ConsoleWidget.cpp" line="+57"/>
        <source>The log of backups, upgrades, downgrades and stamps appears here.</source>
        <translation>Le journal des sauvegardes, upgrades, downgrades et stamps s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the console</source>
        <translation>Effacer la console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selection, or the whole log</source>
        <translation>Copier la sélection, ou tout le journal</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>▶ %1 %2 -&gt; %3  (%4)</source>
        <translation>▶ %1 %2 -&gt; %3  (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ %1 done</source>
        <translation>✔ %1 terminé</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Open %1 at line %2</source>
        <translation>Ouvrir %1 à la ligne %2</translation>
    </message>
</context>
<context>
    <name>retort::DatabaseBanner</name>
    <message>
        <location filename="../ui/banner/DatabaseBanner.cpp" line="+14"/>
        <source>Choose Database…</source>
        <translation>Choisir la base de données…</translation>
    </message>
</context>
<context>
    <name>retort::DiagnosticLayer</name>
    <message>
        <location filename="../ui/editor/DiagnosticLayer.cpp" line="+66"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>retort::DryRunPane</name>
    <message>
        <location filename="../ui/review/DryRunPane.cpp" line="+45"/>
        <source>Upgrade to</source>
        <translation>Upgrade vers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade to</source>
        <translation>Downgrade vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the preview upgrades or downgrades the database</source>
        <translation>Si l&apos;aperçu montre un upgrade ou un downgrade de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: head, a revision, +1, -1, label@head…</source>
        <translation>Cible : head, une révision, +1, -1, label@head…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any target Alembic accepts; press Enter to preview</source>
        <translation>Toute cible acceptée par Alembic ; appuyez sur Entrée pour l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the SQL to the clipboard</source>
        <translation>Copier le SQL dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as .sql…</source>
        <translation>Enregistrer en .sql…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the SQL to a file</source>
        <translation>Enregistrer le SQL dans un fichier</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a project to preview the SQL of its migrations.</source>
        <translation>Ouvrez un projet pour voir un aperçu du SQL de ses migrations.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a revision or type a target to see the SQL it would run.</source>
        <translation>Sélectionnez une révision ou saisissez une cible pour voir le SQL qui serait exécuté.</translation>
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
        <translation> (%1, ligne %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the preview failed: %2%3</source>
        <translation>%1 : l&apos;aperçu a échoué : %2%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Alembic&apos;s offline SQL (--sql).</source>
        <translation>%1 — SQL hors ligne d&apos;Alembic (--sql).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — rehearsed on a throw-away database, because offline SQL is not possible here: %2</source>
        <translation>%1 — répété sur une base jetable, car le SQL hors ligne est impossible ici : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preparing the SQL for %1…</source>
        <translation>Préparation du SQL pour %1…</translation>
    </message>
</context>
<context>
    <name>retort::EditorTabs</name>
    <message>
        <location filename="../ui/editor/EditorTabs.cpp" line="+25"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>Enregistrer les modifications de %1 avant de fermer ?</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n files have unsaved changes. Save them before closing?</source>
        <translation>
            <numerusform>%n fichier a des modifications non enregistrées. L&apos;enregistrer avant de fermer ?</numerusform>
            <numerusform>%n fichiers ont des modifications non enregistrées. Les enregistrer avant de fermer ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No script open.
Double-click a revision to open its file.</source>
        <translation>Aucun script ouvert.
Double-cliquez sur une révision pour ouvrir son fichier.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save A&amp;ll</source>
        <translation>&amp;Tout enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;eplace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go to Line…</source>
        <translation>A&amp;ller à la ligne…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Cannot Save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>retort::EmptyStatePage</name>
    <message>
        <location filename="../ui/window/EmptyStatePage.cpp" line="+15"/>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of an Alembic project (the one holding alembic.ini, or a pyproject.toml with [tool.alembic]) to browse its revisions and see which are applied. You can also drop the folder here.</source>
        <translation>Ouvrez le dossier d&apos;un projet Alembic (celui qui contient alembic.ini, ou un pyproject.toml avec [tool.alembic]) pour parcourir ses révisions et voir lesquelles sont appliquées. Vous pouvez aussi déposer le dossier ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project could not be opened</source>
        <translation>Le projet n&apos;a pas pu être ouvert</translation>
    </message>
</context>
<context>
    <name>retort::FindBar</name>
    <message>
        <location filename="../ui/editor/FindBar.cpp" line="+26"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Rechercher l&apos;occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (Enter)</source>
        <translation>Rechercher l&apos;occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>retort::HealthChecker</name>
    <message>
        <location filename="../core/checks/HealthChecker.cpp" line="+26"/>
        <source>revision %1: %2</source>
        <translation>révision %1 : %2</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Can&apos;t locate revision identified by &apos;%1&apos;</source>
        <translation>Impossible de trouver la révision identifiée par &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Health checks are already running.</source>
        <translation>Les contrôles de santé sont déjà en cours.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The project has no revisions yet.</source>
        <translation>Le projet n&apos;a encore aucune révision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One head: %1.</source>
        <translation>Un head : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 heads: %2. Merge them (alembic merge heads) before upgrading to head.</source>
        <translation>%1 heads : %2. Fusionnez-les (alembic merge heads) avant un upgrade vers head.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not run: its ancestor %1 fails to upgrade.</source>
        <translation>Non exécuté : l&apos;upgrade de son ancêtre %1 échoue.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Preparing a database for %1</source>
        <translation>Préparation d&apos;une base de données pour %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading an empty database to head</source>
        <translation>Upgrade d&apos;une base de données vide vers head</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading to %1</source>
        <translation>Upgrade vers %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downgrading %1 to %2</source>
        <translation>Downgrade de %1 vers %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading to %1 again</source>
        <translation>Nouvel upgrade vers %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>An empty database upgrades to %1.</source>
        <translation>Une base de données vide passe par upgrade à %1.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrades from %1 to %2.</source>
        <translation>L&apos;upgrade de %1 vers %2 réussit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Downgrading to %1 restores the schema from before the upgrade.</source>
        <translation>Un downgrade vers %1 rétablit le schéma d&apos;avant l&apos;upgrade.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading again gives the schema of the first upgrade.</source>
        <translation>Un nouvel upgrade donne le schéma du premier upgrade.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+166"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-164"/>
        <source>The downgrade to %1 does not undo the upgrade to %2: %3</source>
        <translation>Le downgrade vers %1 n&apos;annule pas l&apos;upgrade vers %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading to %1 again gives another schema than the first time: %2</source>
        <translation>Un nouvel upgrade vers %1 donne un autre schéma que la première fois : %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Upgrading an empty database to head failed: %1</source>
        <translation>L&apos;upgrade d&apos;une base de données vide vers head a échoué : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot bring a database to %1, the parent revision(s) of %2: %3</source>
        <translation>Impossible d&apos;amener une base de données à %1, la ou les révisions parentes de %2 : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Not run: the upgrade failed.</source>
        <translation>Non exécuté : l&apos;upgrade a échoué.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Upgrading to %1 failed: %2</source>
        <translation>L&apos;upgrade vers %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downgrading %1 to %2 failed: %3</source>
        <translation>Le downgrade de %1 vers %2 a échoué : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run: the downgrade failed.</source>
        <translation>Non exécuté : le downgrade a échoué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrading to %1 again failed: %2</source>
        <translation>Le nouvel upgrade vers %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not run: the upgrade to head failed.</source>
        <translation>Non exécuté : l&apos;upgrade vers head a échoué.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comparing the models with the database at head</source>
        <translation>Comparaison des modèles avec la base de données à head</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not run: env.py gives no target_metadata to compare with.</source>
        <translation>Non exécuté : env.py ne fournit pas de target_metadata avec lequel comparer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing the models with the database failed: %1</source>
        <translation>La comparaison des modèles avec la base de données a échoué : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The models differ from the database at head: %1</source>
        <translation>Les modèles diffèrent de la base de données à head : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autogenerate finds no difference between the models and the database at head.</source>
        <translation>Autogenerate ne trouve aucune différence entre les modèles et la base de données à head.</translation>
    </message>
</context>
<context>
    <name>retort::KSyntaxLexer</name>
    <message>
        <location filename="../ui/editor/KSyntaxLexer.cpp" line="+77"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>retort::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+108"/>
        <location line="+415"/>
        <location line="+12"/>
        <source>Trust Folder</source>
        <translation>Approuver le dossier</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the folder of an Alembic project</source>
        <translation>Ouvrir le dossier d&apos;un projet Alembic</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &amp;Database…</source>
        <translation>Choisir la &amp;base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another SQLite file for this project (remembered)</source>
        <translation>Utiliser un autre fichier SQLite pour ce projet (mémorisé)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use &amp;Configured Database</source>
        <translation>Utiliser la base de données &amp;configurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the database sqlalchemy.url names</source>
        <translation>Revenir à la base de données désignée par sqlalchemy.url</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the project and the database again</source>
        <translation>Relire le projet et la base de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Retort</source>
        <translation>Quitter Retort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Oldest First</source>
        <translation>Plus &amp;ancienne d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the oldest revision at the top instead of the newest</source>
        <translation>Afficher la révision la plus ancienne en haut au lieu de la plus récente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Trust This Folder…</source>
        <translation>&amp;Approuver ce dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow Retort to run this project&apos;s env.py and migrations</source>
        <translation>Autoriser Retort à exécuter l&apos;env.py et les migrations de ce projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;voke Trust</source>
        <translation>Ré&amp;voquer l&apos;approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop running this project&apos;s Python code (restricted mode)</source>
        <translation>Ne plus exécuter le code Python de ce projet (mode restreint)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;About Retort</source>
        <translation>À &amp;propos de Retort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versions and licence</source>
        <translation>Versions et licence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About the Qt toolkit</source>
        <translation>À propos de la bibliothèque Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;Projects</source>
        <translation>Projets réce&amp;nts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose Environment</source>
        <translation>Choisir l&apos;environnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 configures several Alembic environments. Open which one?</source>
        <translation>%1 configure plusieurs environnements Alembic. Lequel ouvrir ?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Alembic Project</source>
        <translation>Ouvrir un projet Alembic</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose SQLite Database</source>
        <translation>Choisir une base de données SQLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
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
        <translation>Désactivé en mode restreint : ce dossier n&apos;est pas approuvé pour exécuter du Python (Projet ▸ Approuver ce dossier…).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trust This Folder?</source>
        <translation>Approuver ce dossier ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust %1?</source>
        <translation>Approuver %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading, downgrading, stamping, creating revisions and the SQL and schema previews run this project&apos;s env.py, its migration scripts and its virtual environment&apos;s Python. Only trust code you would run yourself.</source>
        <translation>Upgrade, downgrade, stamp, la création de révisions et les aperçus SQL et de schéma exécutent l&apos;env.py de ce projet, ses scripts de migration et le Python de son environnement virtuel. N&apos;approuvez que du code que vous exécuteriez vous-même.</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n révision</numerusform>
            <numerusform>%n révisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n revision(s); reading their scripts…</source>
        <translation>
            <numerusform>%n révision ; lecture de ses scripts…</numerusform>
            <numerusform>%n révisions ; lecture de leurs scripts…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
</context>
<context>
    <name>retort::MergeBranchesPage</name>
    <message>
        <location filename="../ui/wizards/MergeBranchesPage.cpp" line="+29"/>
        <source>Review the branches</source>
        <translation>Examiner les branches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each branch changed since they parted. Tables changed on more than one branch are likely conflicts: check that the merged schema is what you want.</source>
        <translation>Ce que chaque branche a modifié depuis leur séparation. Les tables modifiées sur plus d&apos;une branche sont des conflits probables : vérifiez que le schéma fusionné est bien celui que vous voulez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The branches share no revision: each starts from its own base.</source>
        <translation>Les branches n&apos;ont aucune révision commune : chacune part de sa propre base.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common ancestor: %1</source>
        <translation>Ancêtre commun : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch ending at %1</source>
        <translation>Branche se terminant à %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Also changed on another branch: %1</source>
        <translation>Également modifiée sur une autre branche : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No table is changed on more than one branch.</source>
        <translation>Aucune table n&apos;est modifiée sur plus d&apos;une branche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is changed on the branches of %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est modifiée sur les branches de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (columns %2) is changed on the branches of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (colonnes %2) est modifiée sur les branches de %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likely conflicts:</source>
        <translation>Conflits probables :</translation>
    </message>
</context>
<context>
    <name>retort::MergeHeadsPage</name>
    <message>
        <location filename="../ui/wizards/MergeHeadsPage.cpp" line="+16"/>
        <source>Choose the heads to merge</source>
        <translation>Choisir les heads à fusionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has several heads. Alembic upgrades to &quot;head&quot; only once there is one; a merge revision joins the branches again.</source>
        <translation>Le projet a plusieurs heads. Alembic ne fait d&apos;upgrade vers « head » que s&apos;il n&apos;y en a qu&apos;un ; une révision de merge réunit les branches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the project…</source>
        <translation>Lecture du projet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The project could not be read: %1</source>
        <translation>Le projet n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>[branch labels: %1]</source>
        <translation>[étiquettes de branche : %1]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The project has a single head: there is nothing to merge.</source>
        <translation>Le projet a un seul head : il n&apos;y a rien à fusionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heads: %1. Merge all of them, or uncheck the ones to leave apart.</source>
        <translation>Heads : %1. Fusionnez-les tous, ou décochez ceux à laisser à part.</translation>
    </message>
</context>
<context>
    <name>retort::MergeMessagePage</name>
    <message>
        <location filename="../ui/wizards/MergeMessagePage.cpp" line="+17"/>
        <source>Describe the merge</source>
        <translation>Décrire le merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The merge revision has no operations of its own: it names the heads as its down revisions.</source>
        <translation>La révision de merge n&apos;a pas d&apos;opérations propres : elle désigne les heads comme ses down revisions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a &amp;merge revision (recommended)</source>
        <translation>Écrire une révision de &amp;merge (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-base instead: move one branch onto the other head</source>
        <translation>&amp;Rebaser plutôt : déplacer une branche sur l&apos;autre head</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Re-basing rewrites history.&lt;/b&gt; The first revision of the moved branch gets a new down_revision. Never do this to revisions applied to any other database or already shared with others: their version tables would then disagree with the scripts.</source>
        <translation>&lt;b&gt;Rebaser réécrit l&apos;historique.&lt;/b&gt; La première révision de la branche déplacée reçoit un nouveau down_revision. Ne le faites jamais pour des révisions appliquées à une autre base de données ou déjà partagées : leurs tables de versions ne correspondraient plus aux scripts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch label:</source>
        <translation>Étiquette de &amp;branche :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>merge %1</source>
        <translation>merge %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-basing is offered for exactly two heads.</source>
        <translation>Le rebasage n&apos;est proposé que pour exactement deux heads.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the branch of %1 onto %2</source>
        <translation>Déplacer la branche de %1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving the branch of %1: %2</source>
        <translation>Déplacement de la branche de %1 : %2</translation>
    </message>
</context>
<context>
    <name>retort::MergePreviewPage</name>
    <message>
        <location filename="../ui/wizards/MergePreviewPage.cpp" line="+56"/>
        <source>Re-base: check the file change</source>
        <translation>Rebasage : vérifier la modification du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this line of one file changes. Re-basing rewrites history: never re-base revisions that were applied to another database or shared.</source>
        <translation>Seule cette ligne d&apos;un fichier change. Rebaser réécrit l&apos;historique : ne rebasez jamais des révisions appliquées à une autre base de données ou partagées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1 will name %2 as its down revision instead of %3; the branch %4 then follows %2.</source>
        <translation>&lt;b&gt;Attention :&lt;/b&gt; %1 désignera %2 comme down revision au lieu de %3 ; la branche %4 suivra alors %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview the merge revision</source>
        <translation>Aperçu de la révision de merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic writes it from the project&apos;s template; this is its header.</source>
        <translation>Alembic l&apos;écrit à partir du modèle du projet ; voici son en-tête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Write to create it with Alembic.</source>
        <translation>Cliquez sur Écrire pour la créer avec Alembic.</translation>
    </message>
</context>
<context>
    <name>retort::MergeWizard</name>
    <message>
        <location filename="../ui/wizards/MergeWizard.cpp" line="+17"/>
        <source>Merge Heads</source>
        <translation>Fusionner les heads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
</context>
<context>
    <name>retort::MergeWritePage</name>
    <message>
        <location filename="../ui/wizards/MergeWritePage.cpp" line="+17"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic writes the files; the project is then read again to count its heads.</source>
        <translation>Alembic écrit les fichiers ; le projet est ensuite relu pour compter ses heads.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Upgrade the database to the new head when I press Finish</source>
        <translation>Faire l&apos;&amp;upgrade de la base de données vers le nouveau head quand je clique sur Terminer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Re-basing…</source>
        <translation>Rebasage…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alembic is writing the merge revision…</source>
        <translation>Alembic écrit la révision de merge…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Written: %1 is the new head.</source>
        <translation>Écrit : %1 est le nouveau head.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has a single head again.</source>
        <translation>Le projet a de nouveau un seul head.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project still has several heads: %1.</source>
        <translation>Le projet a toujours plusieurs heads : %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Nothing was merged.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rien n&apos;a été fusionné.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>retort::ModelDiffPane</name>
    <message>
        <location filename="../ui/review/ModelDiffPane.cpp" line="+58"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unique constraint</source>
        <translation>contrainte d&apos;unicité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign key</source>
        <translation>clé étrangère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the database with the models again (F5)</source>
        <translation>Comparer à nouveau la base de données aux modèles (F5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+189"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+190"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Open a project to compare its database with its models.</source>
        <translation>Ouvrez un projet pour comparer sa base de données à ses modèles.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Press Refresh to compare the database with the models.</source>
        <translation>Cliquez sur Actualiser pour comparer la base de données aux modèles.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Comparing the database with the models…</source>
        <translation>Comparaison de la base de données avec les modèles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A comparison is already under way.</source>
        <translation>Une comparaison est déjà en cours.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison failed: %1 (%2, line %3)</source>
        <translation>La comparaison a échoué : %1 (%2, ligne %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an empty database</source>
        <translation>une base de données vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In sync: the database (at %1) matches the models.</source>
        <translation>Synchronisé : la base de données (à %1) correspond aux modèles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In sync.</source>
        <translation>Synchronisé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One difference between the database (at %1) and the models.</source>
        <translation>Une différence entre la base de données (à %1) et les modèles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 differences between the database (at %2) and the models.</source>
        <translation>%1 différences entre la base de données (à %2) et les modèles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2: %3 %4 → %5</source>
        <translation>%1 %2 : %3 %4 → %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 added</source>
        <translation>%1 %2 ajouté(e)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 removed</source>
        <translation>%1 %2 supprimé(e)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 changed</source>
        <translation>%1 %2 modifié(e)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the models have this table</source>
        <translation>Seuls les modèles ont cette table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the database has this table</source>
        <translation>Seule la base de données a cette table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table differs</source>
        <translation>La table diffère</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Database (no such table)</source>
        <translation>Base de données (table absente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (no such table)</source>
        <translation>Modèles (table absente)</translation>
    </message>
</context>
<context>
    <name>retort::NewRevisionDialog</name>
    <message>
        <location filename="../ui/wizards/NewRevisionDialog.cpp" line="+28"/>
        <source>New Revision</source>
        <translation>Nouvelle révision</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>head (the single head)</source>
        <translation>head (l&apos;unique head)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base (a new root)</source>
        <translation>base (une nouvelle racine)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the revision does, e.g. &quot;add due dates&quot;</source>
        <translation>Ce que fait la révision, p. ex. « add due dates »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autogenerate: compare the models with the database and review the operations first</source>
        <translation>Autogenerate : comparer les modèles à la base de données et relire d&apos;abord les opérations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autogenerate needs a database to compare with.</source>
        <translation>Autogenerate a besoin d&apos;une base de données avec laquelle comparer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch label:</source>
        <translation>Étiquette de &amp;branche :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent:</source>
        <translation>&amp;Parent :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations to write</source>
        <translation>Opérations à écrire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A dropped and an added column of one table may be a rename: tick it in the Note column to keep the column&apos;s data.</source>
        <translation>Une colonne supprimée et une colonne ajoutée dans une même table peuvent être un renommage : cochez-la dans la colonne Remarque pour garder les données de la colonne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare &amp;Again</source>
        <translation>Comparer à &amp;nouveau</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+134"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Comparing the models with the database…</source>
        <translation>Comparaison des modèles avec la base de données…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The comparison failed.</source>
        <translation>La comparaison a échoué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The models and the database are in sync: the revision would be empty.</source>
        <translation>Les modèles et la base de données sont synchronisés : la révision serait vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operations autogenerate found: %1. Uncheck what should not be written.</source>
        <translation>Opérations trouvées par autogenerate : %1. Décochez ce qui ne doit pas être écrit.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;b&gt;Alembic reported an error:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Alembic a signalé une erreur :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
</context>
<context>
    <name>retort::OperationController</name>
    <message>
        <location filename="../ui/operations/OperationController.cpp" line="+37"/>
        <source>backup now</source>
        <translation>sauvegarde manuelle</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No database is selected.</source>
        <translation>Aucune base de données n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No backup store is set.</source>
        <translation>Aucun stockage de sauvegardes n&apos;est défini.</translation>
    </message>
</context>
<context>
    <name>retort::OperationRequest</name>
    <message>
        <location filename="../ui/operations/OperationRequest.cpp" line="+85"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade to %1</source>
        <translation>Upgrade vers %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade one step</source>
        <translation>Downgrade d&apos;une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade to %1</source>
        <translation>Downgrade vers %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp %1</source>
        <translation>Stamp sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore backup %1</source>
        <translation>Restaurer la sauvegarde %1</translation>
    </message>
</context>
<context>
    <name>retort::OperationResult</name>
    <message>
        <location filename="../ui/operations/OperationResult.cpp" line="+60"/>
        <source>%1: done, backup %2.</source>
        <translation>%1 : terminé, sauvegarde %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done; the database has no revision.</source>
        <translation>%1 : terminé ; la base de données n&apos;a aucune révision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: done; the database is at %2.</source>
        <translation>%1 : terminé ; la base de données est à %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: done.</source>
        <translation>%1 : terminé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not run: %2</source>
        <translation>%1 n&apos;a pas été exécuté : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was cancelled; the database was restored.</source>
        <translation>%1 a été annulé ; la base de données a été restaurée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed; the database it created was removed.
%2</source>
        <translation>%1 a échoué ; la base de données qu&apos;il avait créée a été supprimée.
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed; the database was restored from backup %2.
%3</source>
        <translation>%1 a échoué ; la base de données a été restaurée depuis la sauvegarde %2.
%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed and the database could not be restored.
%2</source>
        <translation>%1 a échoué et la base de données n&apos;a pas pu être restaurée.
%2</translation>
    </message>
</context>
<context>
    <name>retort::ProblemsModel</name>
    <message>
        <location filename="../ui/problems/ProblemsModel.cpp" line="+17"/>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>config</source>
        <translation>configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>graph</source>
        <translation>graphe</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>retort::ProblemsPane</name>
    <message>
        <location filename="../ui/problems/ProblemsPane.cpp" line="+26"/>
        <source>Double-click a problem to open its file at its line</source>
        <translation>Double-cliquez sur un problème pour ouvrir son fichier à la bonne ligne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Linting the scripts…</source>
        <translation>Analyse des scripts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linting the scripts…</source>
        <translation>analyse des scripts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+5"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lint finding(s)</source>
        <translation>
            <numerusform>%n constat de lint</numerusform>
            <numerusform>%n constats de lint</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retort::ProjectSettingsDialog</name>
    <message>
        <location filename="../ui/operations/ProjectSettingsDialog.cpp" line="+18"/>
        <source>Revoke Trust</source>
        <translation>Révoquer l&apos;approbation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project Settings — %1</source>
        <translation>Paramètres du projet — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database of sqlalchemy.url</source>
        <translation>La base de données de sqlalchemy.url</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep all</source>
        <translation>Tout conserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per database</source>
        <translation> par base de données</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Interpréteur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ini &amp;section:</source>
        <translation>&amp;Section ini :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database file:</source>
        <translation>Fichier de &amp;base de données :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the SQLite Database</source>
        <translation>Choisir la base de données SQLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Dossier des sauvegardes :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the Backup Folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep backups:</source>
        <translation>&amp;Conserver les sauvegardes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust:</source>
        <translation>Approbation :</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic (the first Python with Alembic)</source>
        <translation>Automatique (le premier Python avec Alembic)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a Python Interpreter</source>
        <translation>Choisir un interpréteur Python</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the installed versions…</source>
        <translation>Lecture des versions installées…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trusted: Retort may run this project&apos;s env.py and migrations.</source>
        <translation>Approuvé : Retort peut exécuter l&apos;env.py et les migrations de ce projet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not trusted: Retort reads this project but runs none of its Python.</source>
        <translation>Non approuvé : Retort lit ce projet mais n&apos;exécute rien de son Python.</translation>
    </message>
</context>
<context>
    <name>retort::Rehearsal</name>
    <message>
        <location filename="../core/engine/Rehearsal.cpp" line="+48"/>
        <source>Only upgrade, downgrade and stamp are rehearsed.</source>
        <translation>Seuls upgrade, downgrade et stamp font l&apos;objet d&apos;une répétition.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A rehearsal is already under way.</source>
        <translation>Une répétition est déjà en cours.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Revision %1: %2</source>
        <translation>Révision %1 : %2</translation>
    </message>
</context>
<context>
    <name>retort::ReviewOperationModel</name>
    <message>
        <location filename="../ui/wizards/ReviewOperationModel.cpp" line="+81"/>
        <source>Add table %1</source>
        <translation>Ajouter la table %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop table %1</source>
        <translation>Supprimer la table %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add column %1 (%2)</source>
        <translation>Ajouter la colonne %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop column %1</source>
        <translation>Supprimer la colonne %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change column %1: %2</source>
        <translation>Modifier la colonne %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add index %1 on %2</source>
        <translation>Ajouter l&apos;index %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop index %1 on %2</source>
        <translation>Supprimer l&apos;index %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add constraint %1 on %2</source>
        <translation>Ajouter la contrainte %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop constraint %1 on %2</source>
        <translation>Supprimer la contrainte %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Possible rename of %1</source>
        <translation>Renommage possible de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible rename: write %1 → %2 as a rename</source>
        <translation>Renommage possible : écrire %1 → %2 comme un renommage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Written as part of a rename.</source>
        <translation>Écrit dans le cadre d&apos;un renommage.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>retort::RevisionAuthor</name>
    <message>
        <location filename="../core/engine/RevisionAuthor.cpp" line="+91"/>
        <source>Autogenerate needs a database to compare with.</source>
        <translation>Autogenerate a besoin d&apos;une base de données avec laquelle comparer.</translation>
    </message>
</context>
<context>
    <name>retort::RevisionDetailsPane</name>
    <message>
        <location filename="../ui/details/RevisionDetailsPane.cpp" line="+69"/>
        <source>No operations</source>
        <translation>Aucune opération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Select a revision to see its details.</source>
        <translation>Sélectionnez une révision pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Last commit</source>
        <translation>Dernier commit</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>looking up…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not in a git repository, or not committed</source>
        <translation>pas dans un dépôt git, ou pas commité</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>current (in the version table)</source>
        <translation>actuelle (dans la table de versions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown (no database)</source>
        <translation>inconnu (aucune base de données)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch labels</source>
        <translation>Étiquettes de branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File</source>
        <translation>Fichier</translation>
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
            <numerusform>%n constat, voir le panneau Problèmes</numerusform>
            <numerusform>%n constats, voir le panneau Problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the script is broken or misses a parent</source>
        <translation>le script est cassé ou il lui manque un parent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the operations of every script…</source>
        <translation>Lecture des opérations de chaque script…</translation>
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
        <translation>actuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge</source>
        <translation>merge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>branch point</source>
        <translation>point de branchement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>broken</source>
        <translation>cassée</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Current revision of the database</source>
        <translation>Révision actuelle de la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied to the database</source>
        <translation>Appliquée à la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied yet</source>
        <translation>Pas encore appliquée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>retort::RevisionGraphPane</name>
    <message>
        <location filename="../ui/graph/RevisionGraphPane.cpp" line="+15"/>
        <source>Filter by revision id, message, branch label or table (Ctrl+F)</source>
        <translation>Filtrer par identifiant de révision, message, étiquette de branche ou table (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter Revisions</source>
        <translation>Filtrer les révisions</translation>
    </message>
</context>
<context>
    <name>retort::RevisionGraphView</name>
    <message>
        <location filename="../ui/graph/RevisionGraphView.cpp" line="+42"/>
        <source>Go to &amp;Current Revision</source>
        <translation>Aller à la révision act&amp;uelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the revision the database is at (Ctrl+J)</source>
        <translation>Sélectionner la révision où se trouve la base de données (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to &amp;Head</source>
        <translation>Aller au &amp;head</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the newest revision, cycling through several heads (Ctrl+Shift+H)</source>
        <translation>Sélectionner la révision la plus récente, en passant d&apos;un head à l&apos;autre (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y Revision ID</source>
        <translation>&amp;Copier l&apos;identifiant de révision</translation>
    </message>
</context>
<context>
    <name>retort::RunProgressDialog</name>
    <message>
        <location filename="../ui/operations/RunProgressDialog.cpp" line="+21"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop the run; the database is restored from its backup</source>
        <translation>Arrêter l&apos;exécution ; la base de données est restaurée depuis sa sauvegarde</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Backing up, then starting Alembic…</source>
        <translation>Sauvegarde, puis démarrage d&apos;Alembic…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; in the editor.</source>
        <translation>Ouvrir &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; dans l&apos;éditeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full traceback is in the console.</source>
        <translation>La trace complète se trouve dans la console.</translation>
    </message>
</context>
<context>
    <name>retort::SafeRunner</name>
    <message>
        <location filename="../core/engine/SafeRunner.cpp" line="+87"/>
        <source>No Python interpreter is set for this project.</source>
        <translation>Aucun interpréteur Python n&apos;est défini pour ce projet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup store: Retort does not write without one.</source>
        <translation>Aucun stockage de sauvegardes : Retort n&apos;écrit pas sans lui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database is selected.</source>
        <translation>Aucune base de données n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 is read-only; Retort does not change it. Make the file writable to run %2.</source>
        <translation>La base de données %1 est en lecture seule ; Retort ne la modifie pas. Rendez le fichier accessible en écriture pour exécuter %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>before %1 %2</source>
        <translation>avant %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Nothing was run, so the database is unchanged.</source>
        <translation>%1 Rien n&apos;a été exécuté, la base de données est donc inchangée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A run is already under way.</source>
        <translation>Une exécution est déjà en cours.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in revision %1</source>
        <translation> dans la révision %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1, line %2)</source>
        <translation> (%1, ligne %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database did not exist before the run and was removed.</source>
        <translation>La base de données n&apos;existait pas avant l&apos;exécution et a été supprimée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database was restored from the backup taken before the run (%1).</source>
        <translation>La base de données a été restaurée à partir de la sauvegarde faite avant l&apos;exécution (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restoring the database failed: %1
The backup taken before the run is %2.</source>
        <translation>La restauration de la base de données a échoué : %1
La sauvegarde faite avant l&apos;exécution est %2.</translation>
    </message>
</context>
<context>
    <name>retort::SchemaCompare</name>
    <message>
        <location filename="../core/engine/SchemaCompare.cpp" line="+68"/>
        <source>A comparison is already under way.</source>
        <translation>Une comparaison est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>retort::ScriptEditor</name>
    <message>
        <location filename="../ui/editor/ScriptEditor.cpp" line="+46"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace your unsaved changes with the file on disk</source>
        <translation>Remplacer vos modifications non enregistrées par le fichier sur le disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep My Changes</source>
        <translation>Garder mes modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing; saving will overwrite the file on disk</source>
        <translation>Continuer l&apos;édition ; l&apos;enregistrement écrasera le fichier sur le disque</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not UTF-8 text; Retort edits UTF-8 files only.</source>
        <translation>%1 n&apos;est pas du texte UTF-8 ; Retort ne modifie que des fichiers UTF-8.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This editor has no file to save to.</source>
        <translation>Cet éditeur n&apos;a pas de fichier où enregistrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line (1–%1):</source>
        <translation>Ligne (1–%1) :</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>This file was deleted or moved on disk. Saving writes it again.</source>
        <translation>Ce fichier a été supprimé ou déplacé sur le disque. L&apos;enregistrement le réécrit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file changed on disk, and you have unsaved changes.</source>
        <translation>Ce fichier a changé sur le disque et vous avez des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>retort::ScriptLexer</name>
    <message>
        <location filename="../ui/editor/ScriptLexer.cpp" line="+39"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in name</source>
        <translation>Nom intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>String</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triple-quoted string</source>
        <translation>Chaîne entre triples guillemets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decorator</source>
        <translation>Décorateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class name</source>
        <translation>Nom de classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function name</source>
        <translation>Nom de fonction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL text</source>
        <translation>Texte SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL keyword</source>
        <translation>Mot-clé SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL identifier</source>
        <translation>Identifiant SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL number</source>
        <translation>Nombre SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL string</source>
        <translation>Chaîne SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL bind parameter</source>
        <translation>Paramètre lié SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL operator</source>
        <translation>Opérateur SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL comment</source>
        <translation>Commentaire SQL</translation>
    </message>
</context>
<context>
    <name>retort::SqlPreview</name>
    <message>
        <location filename="../core/engine/SqlPreview.cpp" line="+70"/>
        <source>Only upgrade, downgrade and stamp have an SQL preview.</source>
        <translation>Seuls upgrade, downgrade et stamp ont un aperçu SQL.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not bring a scratch database to %1: %2</source>
        <translation>Impossible d&apos;amener une base de données de travail à %1 : %2</translation>
    </message>
</context>
<context>
    <name>retort::TrustBar</name>
    <message>
        <location filename="../ui/trust/TrustBar.cpp" line="+17"/>
        <source>Stay Restricted</source>
        <translation>Rester en mode restreint</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep reading the project natively; nothing in it runs</source>
        <translation>Continuer à lire le projet nativement ; rien de ce qu&apos;il contient n&apos;est exécuté</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Do you trust the authors of this folder?&lt;/b&gt; Upgrading, downgrading, stamping and creating revisions run its env.py and migration scripts with its Python. Reading the project never does.</source>
        <translation>&lt;b&gt;Faites-vous confiance aux auteurs de ce dossier ?&lt;/b&gt; Upgrade, downgrade, stamp et la création de révisions exécutent son env.py et ses scripts de migration avec son Python. La lecture du projet ne le fait jamais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust Folder</source>
        <translation>Approuver le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Allow Retort to run this project&apos;s Python code</source>
        <translation>Autoriser Retort à exécuter le code Python de ce projet</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;b&gt;Restricted mode:&lt;/b&gt; this folder is not trusted, so actions that run its Python code (upgrade, downgrade, stamp, new revision, merge, SQL and schema previews) are off. Everything read natively works.</source>
        <translation>&lt;b&gt;Mode restreint :&lt;/b&gt; ce dossier n&apos;est pas approuvé, les actions qui exécutent son code Python (upgrade, downgrade, stamp, nouvelle révision, merge, aperçus SQL et de schéma) sont donc désactivées. Tout ce qui est lu nativement fonctionne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust This Folder…</source>
        <translation>Approuver ce dossier…</translation>
    </message>
</context>
<context>
    <name>retort::TrustState</name>
    <message>
        <location filename="../ui/trust/TrustState.cpp" line="+23"/>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
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
        <translation>Projet : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project names no SQLite database; choose one from the File menu</source>
        <translation>Le projet ne désigne aucune base SQLite ; choisissez-en une dans le menu Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alembic not found</source>
        <translation>Alembic introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic %1</source>
        <translation>Alembic %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interpreter with Alembic found; the project is read with the rules of Alembic %1</source>
        <translation>Aucun interpréteur avec Alembic trouvé ; le projet est lu selon les règles d&apos;Alembic %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreter: %1 (found without running it)</source>
        <translation>Interpréteur : %1 (trouvé sans l&apos;exécuter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trusted</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restricted mode</source>
        <translation>Mode restreint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is trusted: Retort may run its Python code</source>
        <translation>Ce dossier est approuvé : Retort peut exécuter son code Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is not trusted: nothing in it runs; trust it from the Project menu</source>
        <translation>Ce dossier n&apos;est pas approuvé : rien de ce qu&apos;il contient n&apos;est exécuté ; approuvez-le depuis le menu Projet</translation>
    </message>
</context>
<context>
    <name>retort::WorkbenchTools</name>
    <message>
        <location filename="../ui/window/WorkbenchTools.cpp" line="+139"/>
        <source>Dry-run SQL</source>
        <translation>Aperçu SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model Diff</source>
        <translation>Comparaison aux modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Backup Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the database into the Backups list</source>
        <translation>Copier la base de données dans la liste des sauvegardes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upgrade to Head</source>
        <translation>&amp;Upgrade vers head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply every pending revision (asks first, backs up first)</source>
        <translation>Appliquer toutes les révisions en attente (demande d&apos;abord, sauvegarde d&apos;abord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade to &amp;Selected</source>
        <translation>Upgrade &amp;vers la révision sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the pending revisions up to the selected one</source>
        <translation>Appliquer les révisions en attente jusqu&apos;à celle sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Downgrade One Step</source>
        <translation>&amp;Downgrade d&apos;une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the current revision (asks first, backs up first)</source>
        <translation>Annuler la révision actuelle (demande d&apos;abord, sauvegarde d&apos;abord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade &amp;to Selected</source>
        <translation>Do&amp;wngrade vers la révision sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the applied revisions above the selected one</source>
        <translation>Annuler les révisions appliquées au-dessus de celle sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;amp Selected</source>
        <translation>S&amp;tamp sur la révision sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the selected revision in the version table without running it</source>
        <translation>Inscrire la révision sélectionnée dans la table de versions sans l&apos;exécuter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup of the database back in place</source>
        <translation>Remettre en place une sauvegarde de la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Revision…</source>
        <translation>&amp;Nouvelle révision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a revision, optionally autogenerated from the models</source>
        <translation>Écrire une révision, éventuellement par autogenerate à partir des modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Heads…</source>
        <translation>&amp;Fusionner les heads…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the heads into one with a merge revision</source>
        <translation>Réunir les heads en un seul avec une révision de merge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project &amp;Settings…</source>
        <translation>&amp;Paramètres du projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter, ini section, database, backups and trust</source>
        <translation>Interpréteur, section ini, base de données, sauvegardes et approbation</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>This project has %n heads. Alembic upgrades them all with &quot;heads&quot;, but new revisions need one parent: merge them.</source>
        <translation>
            <numerusform>Ce projet a %n head. Avec « heads », Alembic fait l&apos;upgrade de chacun, mais une nouvelle révision a besoin d&apos;un seul parent : fusionnez-les.</numerusform>
            <numerusform>Ce projet a %n heads. Avec « heads », Alembic fait l&apos;upgrade de chacun, mais une nouvelle révision a besoin d&apos;un seul parent : fusionnez-les.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a project to see its SQL and its differences from the models.</source>
        <translation>Ouvrez un projet pour voir son SQL et ses différences avec les modèles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted mode: this folder is not trusted, so its env.py and migrations do not run. Trust it (Project ▸ Trust This Folder…) to see this.</source>
        <translation>Mode restreint : ce dossier n&apos;est pas approuvé, son env.py et ses migrations ne sont donc pas exécutés. Approuvez-le (Projet ▸ Approuver ce dossier…) pour voir ceci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Python with Alembic was found for this project. Choose one in Project ▸ Project Settings….</source>
        <translation>Aucun Python avec Alembic n&apos;a été trouvé pour ce projet. Choisissez-en un dans Projet ▸ Paramètres du projet….</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project names no SQLite database. Choose one with File ▸ Choose Database….</source>
        <translation>Le projet ne désigne aucune base SQLite. Choisissez-en une avec Fichier ▸ Choisir la base de données….</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Choose a backup in the Backups pane, then Restore.</source>
        <translation>Choisissez une sauvegarde dans le panneau Sauvegardes, puis Restaurer.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+45"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
</context>
</TS>
