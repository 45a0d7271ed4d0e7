#!/usr/bin/env bash
# The writer lock and a missing database: a lock file no live process holds
# never blocks a writer, whatever it holds; two writers still exclude each
# other; commands that only read never take the lock; and a database that
# is gone is not silently replaced by an empty one.
source "$(dirname "$0")/lib.sh"

LOCK=$DB.lock
EXAMPLE=$WORK/case.json
# The README's complete case, as `case add` takes it.
sed -n '/^```json$/,/^```$/p' "$(dirname "$0")/../../README.md" | sed '1d;$d' >"$EXAMPLE"
[[ -s $EXAMPLE ]] || fail "no example case in the README"

STARTED=()
cleanup() {
    for pid in "${STARTED[@]}"; do kill -9 "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

# A writer that keeps the lock a while: a demo of many cases, in the
# background; waits until its process is named in the lock file.
start_holder() {
    "$CLI" --db "$DB" demo --cases 5000 --seed 7 >/dev/null 2>"$WORK/holder.err" &
    HOLDER=$!
    STARTED+=("$HOLDER")
    for _ in $(seq 600); do
        [[ $(head -n 1 "$LOCK" 2>/dev/null) == "$HOLDER" ]] && return
        kill -0 "$HOLDER" 2>/dev/null || fail "the holder ended early: $(cat "$WORK/holder.err")"
        sleep 0.1
    done
    fail "the holder never took the lock"
}

new_database 3000
expect_done "a backup to find later" backup

# A lock file no live process holds is taken over, whatever it holds.
: >"$LOCK"
expect_done "case add beside an empty lock file (a writer killed before it wrote its name)" \
    case add --json "$EXAMPLE"
printf 'garbage\001\377\n\n\n' >"$LOCK"
expect_done "case add beside a garbled lock file" case add --json "$EXAMPLE"
head -c 20000000 /dev/zero | tr '\0' 'x' >"$LOCK"
expect_done "case add beside a 20 MB lock file" case add --json "$EXAMPLE"
sleep 600 &
SLEEPER=$!
STARTED+=("$SLEEPER")
printf '%s\nsleep\n%s\n' "$SLEEPER" "$(hostname)" >"$LOCK"
expect_done "case add beside a lock file naming a live process of another program" \
    case add --json "$EXAMPLE"
printf '%s\nhuajie\n%s\n' "$SLEEPER" "$(hostname)" >"$LOCK"
expect_done "case add beside a lock file naming a live process as huajie" case add --json "$EXAMPLE"
printf '4242\nhuajie\nanother-machine\n' >"$LOCK"
expect_done "case add beside a lock file naming another machine" case add --json "$EXAMPLE"
rm -f "$LOCK"
expect_whole "after taking over each lock file"

# Two writers still exclude each other, and the one refused is told who
# holds the database; every command that only reads runs beside it.
start_holder
expect_refused "case add while another writer holds the lock" case add --json "$EXAMPLE"
grep -q "$HOLDER" "$WORK/err" || fail "the refusal does not name the holder $HOLDER: $(cat "$WORK/err")"
expect_done "verify beside a writer" verify
expect_done "report beside a writer" report --month 2026-10 -o "$WORK/report.json"
expect_done "case list beside a writer" case list
expect_done "backup list beside a writer" backup list
expect_done "backup beside a writer" backup
kill -0 "$HOLDER" 2>/dev/null || fail "the holder ended before the readers were done: the test proves nothing"
# Killed holding it: the system releases the lock with the process.
kill -9 "$HOLDER"
wait "$HOLDER" 2>/dev/null
expect_done "case add after the holder was killed" case add --json "$EXAMPLE"
expect_whole "after the holder was killed"

# A reader never takes the lock: a writer starting while verify runs on a
# big database is not refused.
"$CLI" --db "$DB" verify >"$WORK/verify.out" 2>&1 &
VERIFY=$!
STARTED+=("$VERIFY")
beside=0
while kill -0 "$VERIFY" 2>/dev/null; do
    cli case add --json "$EXAMPLE" || fail "a writer was refused while verify ran: $(head -n 1 "$WORK/err")"
    kill -0 "$VERIFY" 2>/dev/null && beside=$((beside + 1))
done
# Whether verify reads the log and its head as one snapshot while cases are
# added is not this attack's concern: only that no writer was refused.
wait "$VERIFY"
((beside > 0)) || fail "verify ended before any writer ran beside it: the test proves nothing"
echo "done as expected: $beside writers started while verify ran ($(head -n 1 "$WORK/verify.out"))"

# A database that is gone: every command but init refuses, naming it and
# its newest backup, and creates nothing.
count=$(case_count)
cli backup list
newest=$(head -n 1 "$WORK/out" | cut -f 3)
[[ -f $newest ]] || fail "no newest backup listed: $(cat "$WORK/out")"
rm -f "$DB" "$DB"-wal "$DB"-shm
for command in "case list" "case add --json $EXAMPLE" "report --month 2026-10 -o $WORK/r.json"; do
    # shellcheck disable=SC2086
    expect_refused "$command on a missing database" $command
    grep -qF "$DB" "$WORK/err" || fail "$command: the refusal does not name the database: $(cat "$WORK/err")"
    grep -qF "$newest" "$WORK/err" || fail "$command: the refusal does not name the newest backup: $(cat "$WORK/err")"
    [[ ! -e $DB ]] || fail "$command created a database"
done
expect_done "restore onto a missing database" restore "$newest"
[[ $(case_count) -le $count && $(case_count) -gt 3000 ]] || fail "the restored copy holds $(case_count) cases"
expect_whole "restored"
rm -f "$DB" "$DB"-wal "$DB"-shm
expect_done "init on a missing database" init
[[ -f $DB ]] || fail "init did not create the database"
echo "the lock protects writers from each other, and a lost database is not replaced unseen"
