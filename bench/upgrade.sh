#!/usr/bin/env bash
# Times `retort upgrade head` against `alembic upgrade head` on the same 500-revision project,
# each run on a fresh database (the file is deleted before every run, so neither tool has
# anything to back up), in one hyperfine run; then times the backup on its own: `retort backup`
# of the upgraded 500-revision database, and of a 1 GB SQLite database against `cp` of the same
# file. Writes a markdown summary.
#
#   usage: bench/upgrade.sh [BUILD_DIR] [OUT_MD]
#     BUILD_DIR  a Release build holding app/retort (default: build/release)
#     OUT_MD     where the summary goes (default: BUILD_DIR/bench-upgrade.md)
#   env: ALEMBIC_PYTHON (default /usr/bin/python3), BENCH_REVISIONS (default 500),
#        BENCH_RUNS (default 5), BENCH_BIG_MB (default 1024; 0 skips the big backup),
#        BENCH_WORK (default a new folder under /tmp, removed afterwards with the big database)
# retort runs with --trust and a private XDG_DATA_HOME/XDG_CONFIG_HOME under BENCH_WORK, so the
# user's trust store and backups are not touched.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build/release}" && pwd)
out=${2:-$build/bench-upgrade.md}
python=${ALEMBIC_PYTHON:-/usr/bin/python3}
revisions=${BENCH_REVISIONS:-500}
runs=${BENCH_RUNS:-5}
big_mb=${BENCH_BIG_MB:-1024}
retort=$build/app/retort

command -v hyperfine >/dev/null || { echo "upgrade.sh: hyperfine is not installed" >&2; exit 2; }
[ -x "$retort" ] || { echo "upgrade.sh: $retort missing (build target retort)" >&2; exit 2; }
"$python" -c "import alembic" || { echo "upgrade.sh: $python cannot import alembic" >&2; exit 2; }

if [ -n "${BENCH_WORK:-}" ]; then
    work=$BENCH_WORK
    mkdir -p "$work"
else
    work=$(mktemp -d /tmp/retort-bench-upgrade.XXXXXX)
    trap 'rm -rf "$work"' EXIT
fi
export XDG_DATA_HOME=$work/xdg-data XDG_CONFIG_HOME=$work/xdg-config XDG_CACHE_HOME=$work/xdg-cache
backups=$XDG_DATA_HOME/Retort/retort/backups

project=$work/runnable-$revisions
ini=$project/alembic.ini
db=$project/bench.db
[ -f "$ini" ] || "$python" "$here/make_project.py" "$project" --revisions "$revisions" --shape linear --seed "$revisions" --runnable

# Both tools must leave the same tables, indexes and version before their times mean anything
# (not the same SQL text: batch mode orders a rebuilt table's constraints by Python set order).
rm -f "$db" && (cd "$project" && "$python" -m alembic -c "$ini" upgrade head 2>/dev/null)
alembic_schema=$("$python" -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(list(c.execute("select type,name from sqlite_master order by 1,2")), list(c.execute("select * from alembic_version")))' "$db")
rm -f "$db" && "$retort" --trust -c "$ini" upgrade head 2>/dev/null
retort_schema=$("$python" -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(list(c.execute("select type,name from sqlite_master order by 1,2")), list(c.execute("select * from alembic_version")))' "$db")
[ "$alembic_schema" = "$retort_schema" ] || { echo "upgrade.sh: retort and alembic left different databases" >&2; exit 1; }

echo "== upgrade head, $revisions revisions, fresh database"
hyperfine -N --style basic --warmup 1 --runs "$runs" --export-json "$work/upgrade.json" \
    --prepare "rm -f $db" \
    -n "alembic upgrade head" "$python -m alembic -c $ini upgrade head" \
    -n "retort upgrade head" "$retort --trust -c $ini upgrade head"

echo "== backup of the upgraded $revisions-revision database"
rm -f "$db" && "$retort" --trust -c "$ini" upgrade head 2>/dev/null
hyperfine -N --style basic --warmup 2 --runs $((runs * 2)) --export-json "$work/backup-small.json" \
    --cleanup "rm -rf $backups" \
    -n "retort backup ($revisions revisions)" "$retort -c $ini backup" \
    -n "cp ($revisions revisions)" "cp $db $work/small-copy.db"

if [ "$big_mb" -gt 0 ]; then
    big=$work/big.db
    rows=$((big_mb * 1024 / 1))
    echo "== generating a ${big_mb} MB database"
    "$python" - "$big" "$rows" <<'PY'
import sqlite3, sys
path, rows = sys.argv[1], int(sys.argv[2])
c = sqlite3.connect(path)
c.execute("PRAGMA journal_mode=WAL")
c.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
c.execute("INSERT INTO alembic_version VALUES ('0000big00000')")
c.execute("CREATE TABLE payload (id INTEGER PRIMARY KEY, label TEXT NOT NULL, body BLOB NOT NULL)")
c.execute("CREATE INDEX ix_payload_label ON payload (label)")
c.execute("""WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ?)
             INSERT INTO payload SELECT x, 'row-' || x, randomblob(960) FROM n""", (rows,))
c.commit()
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
c.execute("PRAGMA journal_mode=DELETE")
c.close()
PY
    big_bytes=$(stat -c %s "$big")
    echo "   $big: $big_bytes bytes"
    cat "$big" >/dev/null # warm the page cache for both
    hyperfine -N --style basic --warmup 1 --runs 3 --export-json "$work/backup-big.json" \
        --cleanup "rm -rf $backups $work/big-copy.db" \
        -n "retort backup (1 GB)" "$retort -c $ini --db $big backup" \
        -n "cp (1 GB)" "cp $big $work/big-copy.db"
    rm -f "$big" "$work/big-copy.db"
    rm -rf "$backups"
else
    big_bytes=0
fi

{
    echo "Machine: $(nproc) cores, $(uname -sr); $("$python" -c 'import alembic, sqlalchemy, sys; print("alembic", alembic.__version__, "/ sqlalchemy", sqlalchemy.__version__, "/ python", sys.version.split()[0])'); $(hyperfine --version)."
    echo
    "$python" "$here/report_upgrade.py" "$work" "$revisions" "$big_bytes"
} >"$out"
cat "$out"
echo "wrote $out"
