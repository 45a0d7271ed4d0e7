# Shared by the attack scripts: source it, then call the functions.
#   $1 of the script: the huajie-cli binary.
# Every check prints what it did; the first failed check ends the script
# with exit code 1, naming the attack.
set -uo pipefail

CLI=${1:?usage: $0 HUAJIE_CLI}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB=$WORK/huajie.sqlite
# The messages are checked in the mediators' language.
export LANG=zh_CN.UTF-8 LANGUAGE=zh_CN LC_ALL=C.UTF-8
unset HUAJIE_LOGIN HUAJIE_PASSWORD HUAJIE_TODAY
export HUAJIE_USER=attacker
export QT_QPA_PLATFORM=offscreen
# Qt warns, in English, when the runtime folder is not set (as for root).
export XDG_RUNTIME_DIR=$WORK/runtime
mkdir -m 0700 "$XDG_RUNTIME_DIR"

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

# Runs the command line on $DB; its output in $WORK/out and $WORK/err.
cli() {
    "$CLI" --db "$DB" "$@" >"$WORK/out" 2>"$WORK/err"
}

# A database with a few cases in every state.
new_database() {
    rm -f "$DB" "$DB"-wal "$DB"-shm "$DB".lock
    cli init || fail "init: $(cat "$WORK/err")"
    cli demo --cases "${1:-20}" || fail "demo: $(cat "$WORK/err")"
}

# The command must be refused: exit code 1 (not a crash, not success),
# with a message in Chinese on stderr.
expect_refused() {
    local what=$1
    shift
    cli "$@"
    local code=$?
    [[ $code -eq 1 ]] || fail "$what: exit code $code, not 1; stderr: $(head -c 500 "$WORK/err")"
    grep -qP '\p{Han}' "$WORK/err" || fail "$what: the refusal is not in Chinese: $(head -c 500 "$WORK/err")"
    echo "refused as expected: $what: $(head -n 1 "$WORK/err")"
}

expect_done() {
    local what=$1
    shift
    cli "$@" || fail "$what: exit code $?; stderr: $(head -c 500 "$WORK/err")"
    echo "done as expected: $what"
}

# verify must report the record broken (exit code 1).
expect_caught() {
    local what=$1
    cli verify
    local code=$?
    [[ $code -eq 1 ]] || fail "$what was not caught by verify (exit code $code): $(head -c 500 "$WORK/out")"
    echo "caught as expected: $what: $(head -n 1 "$WORK/err" "$WORK/out" | grep -v '^==>' | head -n 1)"
}

# The database opens, passes SQLite's integrity check and verify.
expect_whole() {
    [[ -f $DB ]] || fail "${1:-}: the database is gone"
    [[ $(sqlite3 "$DB" 'PRAGMA integrity_check') == ok ]] || fail "${1:-}: the database is damaged"
    cli verify || fail "${1:-}: verify fails: $(cat "$WORK/out" "$WORK/err" | head -c 2000)"
    echo "whole: ${1:-the database}"
}

# How many cases the database holds.
case_count() {
    sqlite3 "$DB" 'SELECT count(*) FROM cases'
}

# What an insider does first: drops the triggers that keep the record
# append-only, so that sqlite3 may rewrite it. Runs the SQL given.
insider_sql() {
    local drops
    drops=$(sqlite3 "$DB" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master
                           WHERE type = 'trigger' AND (name LIKE '%append_only%' OR name LIKE '%_kept_%'
                                                       OR name LIKE '%receipt_once%')")
    sqlite3 "$DB" "$drops $1" || fail "the insider's SQL failed: $1"
}

# What an insider who read core/store/eventlog.cpp does after changing
# events: computes every event's hash again as EventLog::computeHash does
# (SHA-256 over the fields joined by U+001F, the previous hash, then the
# rows' digest where the event has one)
# and sets the recorded head, so that the chain verifies again. Runs the
# SQL given first (the triggers dropped).
insider_rechain() {
    insider_sql "${1:-SELECT 1;}"
    python3 - "$DB" <<'PY' || fail "recomputing the chain failed"
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
previous = "0" * 64
rows = db.execute("SELECT sequence, coalesce(case_id, 0), at, user, action, from_state, "
                  "to_state, input, changes, digest FROM events ORDER BY sequence").fetchall()
for r in rows:
    fields = [str(r[0]), str(r[1])] + [v or "" for v in r[2:9]] + [previous]
    if r[9]:
        fields.append(r[9])  # the rows' digest, hashed when the event has one
    digest = hashlib.sha256("\x1f".join(fields).encode()).hexdigest()
    db.execute("UPDATE events SET previous_hash = ?, hash = ? WHERE sequence = ?",
               (previous, digest, r[0]))
    previous = digest
db.execute("UPDATE settings SET value = ? WHERE key = 'event_chain_head'",
           ("%d:%s" % (rows[-1][0] if rows else 0, previous),))
db.commit()
PY
}

# verify must pass: the attack is not caught by what the file holds alone.
expect_not_caught() {
    local what=$1
    shift
    cli verify "$@" || fail "$what: verify fails: $(head -c 500 "$WORK/err")"
    echo "not caught, as documented: $what"
}
