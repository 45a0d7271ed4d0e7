#!/usr/bin/env bash
# Restore and backups against an insider: only an administrator restores,
# and the record says so; a copy goes in place only when its schema is
# exactly the program's, with none of its commits lost; a kill at any point
# of a restore leaves the old database or the new one, and a kill during a
# backup leaves no half copy under a backup's name and nothing others may read.
source "$(dirname "$0")/lib.sh"

ADMIN_PASSWORD='Qingshui-Desk-2026'
MEDIATOR_PASSWORD='Liushui-Xietiao-2026'

# A logical image of the database, to show it unchanged.
fingerprint() {
    sqlite3 "$DB" .dump | sha256sum
}

# Up to $1 milliseconds, in seconds.
random_delay() {
    local ms=$((RANDOM % $1))
    printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}

as_admin() {
    HUAJIE_LOGIN=admin HUAJIE_PASSWORD=$ADMIN_PASSWORD "$@"
}

# A copy of the database as it is now.
copy_to() {
    rm -f "$1"
    cli backup -o "$1" || fail "backup -o $1: $(cat "$WORK/err")"
}

# The restore must be refused naming $2, the database unchanged.
expect_restore_refused() {
    local what=$1 named=$2 copy=$3 before
    before=$(fingerprint)
    as_admin expect_refused "restoring $what" restore "$copy"
    grep -q -- "$named" "$WORK/err" || fail "restoring $what: the refusal does not name $named: $(cat "$WORK/err")"
    [[ $(fingerprint) == "$before" ]] || fail "restoring $what changed the database"
}

echo "== who may restore"
new_database 20
copy_to "$WORK/before-users.sqlite"
printf '%s\n' "$ADMIN_PASSWORD" | cli user add admin --name 管理员 --role administrator ||
    fail "user add admin: $(cat "$WORK/err")"
printf '%s\n' "$MEDIATOR_PASSWORD" | as_admin cli user add med --name 调解员 --role mediator ||
    fail "user add med: $(cat "$WORK/err")"
users_before=$(sqlite3 "$DB" 'SELECT count(*) FROM users')
expect_refused "a restore without signing in" restore "$WORK/before-users.sqlite"
[[ $(sqlite3 "$DB" 'SELECT count(*) FROM users') == "$users_before" ]] || fail "the accounts are gone"
HUAJIE_LOGIN=med HUAJIE_PASSWORD=$MEDIATOR_PASSWORD \
    expect_refused "a restore by a mediator" restore "$WORK/before-users.sqlite"
[[ $(sqlite3 "$DB" 'SELECT count(*) FROM users') == "$users_before" ]] || fail "the accounts are gone"
# Signing in switched off by the center: restoring still takes an administrator.
sqlite3 "$DB" "INSERT OR REPLACE INTO settings (key, value) VALUES ('login_required', '0')"
expect_refused "a restore without signing in where signing in is off" restore "$WORK/before-users.sqlite"
sqlite3 "$DB" "DELETE FROM settings WHERE key = 'login_required'"
head_before=$(sqlite3 "$DB" "SELECT value FROM settings WHERE key = 'event_chain_head'")
as_admin expect_done "a restore by the administrator" restore "$WORK/before-users.sqlite"
expect_whole "the restored database"
record=$(sqlite3 "$DB" "SELECT user || ' ' || input FROM events WHERE action = 'restore' AND case_id IS NULL")
[[ $record == admin* ]] || fail "the event log does not say who restored: '$record'"
[[ $record == *before-users.sqlite* ]] || fail "the event log does not name the copy restored: '$record'"
[[ $record == *"$head_before"* ]] || fail "the event log does not name the head it replaced ($head_before): '$record'"
echo "recorded: $record"

echo "== copies whose schema is not the program's"
new_database 20
copy_to "$WORK/good.sqlite"
cp "$WORK/good.sqlite" "$WORK/trigger.sqlite"
sqlite3 "$WORK/trigger.sqlite" "CREATE TRIGGER blank_id_numbers AFTER INSERT ON parties
    BEGIN UPDATE parties SET id_number = '' WHERE id = NEW.id; END"
expect_restore_refused "a copy with an extra trigger" blank_id_numbers "$WORK/trigger.sqlite"
cp "$WORK/good.sqlite" "$WORK/view.sqlite"
sqlite3 "$WORK/view.sqlite" "ALTER TABLE events RENAME TO events_kept;
    CREATE VIEW events AS SELECT * FROM events_kept"
expect_restore_refused "a copy whose events are a view" events "$WORK/view.sqlite"
cp "$WORK/good.sqlite" "$WORK/column.sqlite"
sqlite3 "$WORK/column.sqlite" "ALTER TABLE parties DROP COLUMN attends_in_person"
expect_restore_refused "a copy whose parties lack a column" attends_in_person "$WORK/column.sqlite"
sqlite3 "$WORK/empty.sqlite" "PRAGMA user_version = $(sqlite3 "$DB" 'PRAGMA user_version');
    CREATE TABLE t (a); DROP TABLE t"
expect_restore_refused "an empty schema stamped with the version" agencies "$WORK/empty.sqlite"
[[ $(sqlite3 "$DB" "SELECT count(*) FROM events WHERE action = 'restore'") == 0 ]] ||
    fail "a refused restore is in the record"

echo "== a copy whose newest commits are in its -wal"
copy_to "$WORK/live.sqlite"
# A reader keeps its snapshot open, so that no checkpoint moves the commits
# made meanwhile into the file: they stay in live.sqlite-wal.
mkfifo "$WORK/reader"
sqlite3 "$WORK/live.sqlite" <"$WORK/reader" >/dev/null &
reader=$!
exec 7>"$WORK/reader"
echo "PRAGMA journal_mode=WAL; BEGIN; SELECT count(*) FROM cases;" >&7
sleep 0.5
"$CLI" --db "$WORK/live.sqlite" demo --cases 7 >/dev/null 2>&1 || fail "demo on the live copy"
cp "$WORK/live.sqlite" "$WORK/walcopy.sqlite"
cp "$WORK/live.sqlite-wal" "$WORK/walcopy.sqlite-wal"
exec 7>&-
wait $reader
[[ -s $WORK/walcopy.sqlite-wal ]] || fail "the copy has no -wal to lose"
# Read-only: a connection that may write would checkpoint the -wal into the file.
wanted=$(sqlite3 -readonly "$WORK/walcopy.sqlite" 'SELECT count(*) FROM cases')
[[ $wanted == 27 ]] || fail "the live copy holds $wanted cases, not 27"
cp "$WORK/walcopy.sqlite" "$WORK/fileonly.sqlite"
[[ $(sqlite3 "$WORK/fileonly.sqlite" 'SELECT count(*) FROM cases') == 20 ]] ||
    fail "the commits of the live copy are not in its -wal alone"
expect_done "restoring a copy with commits in its -wal" restore "$WORK/walcopy.sqlite"
expect_whole "the database restored from db and -wal"
[[ $(case_count) == "$wanted" ]] || fail "the restore lost the commits of the -wal: $(case_count) cases, not $wanted"

echo "== kill -9 during a backup"
new_database 3000
rm -rf "$WORK/backups"
for i in $(seq 1 8); do
    "$CLI" --db "$DB" backup >/dev/null 2>&1 &
    pid=$!
    sleep "$(random_delay 600)"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    cli backup list || fail "backup list: $(cat "$WORK/err")"
    while IFS=$'\t' read -r _ _ path; do
        [[ $(sqlite3 "$path" 'PRAGMA integrity_check' 2>&1) == ok ]] || fail "backup list shows a half copy: $path"
        [[ $(sqlite3 "$path" 'SELECT count(*) FROM cases') == 3000 ]] || fail "backup list shows a short copy: $path"
    done <"$WORK/out"
    readable=$(find "$WORK" -type f -perm /o+r,g+r -path "*backups*")
    [[ -z $readable ]] || fail "a killed backup left a file others may read: $readable"
done
expect_done "a backup after the kills" backup
leftover=$(find "$WORK/backups" -type f ! -name '*.sqlite')
[[ -z $leftover ]] || fail "the next backup did not clean what killed ones left: $leftover"
cli backup -o "$WORK/out.sqlite" &
pid=$!
sleep 0.05
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
if [[ -e $WORK/out.sqlite ]]; then
    [[ $(sqlite3 "$WORK/out.sqlite" 'SELECT count(*) FROM cases') == 3000 ]] || fail "a killed backup -o left a half copy"
fi
echo "no half copy under a backup's name, none readable by others"

echo "== kill -9 during a restore"
new_database 400
copy_to "$WORK/same.sqlite"
cp "$WORK/same.sqlite" "$WORK/more.sqlite"
"$CLI" --db "$WORK/more.sqlite" demo --cases 50 >/dev/null 2>&1 || fail "demo on the copy"
# The kills fall anywhere within how long a restore takes here.
started=$(date +%s%N)
expect_done "a restore timed" restore "$WORK/more.sqlite"
took=$((($(date +%s%N) - started) / 1000000 + 50))
echo "a restore takes $took ms"
olds=0 news=0
for i in $(seq 1 30); do
    now=$(case_count)
    if [[ $now == 400 ]]; then other=$WORK/more.sqlite; else other=$WORK/same.sqlite; fi
    incoming=$(sqlite3 "$other" 'SELECT count(*) FROM cases')
    "$CLI" --db "$DB" restore "$other" >/dev/null 2>&1 &
    pid=$!
    sleep "$(random_delay $((took * 5 / 4)))"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    expect_whole "after kill $i" >/dev/null
    after=$(case_count)
    if [[ $after == "$now" ]]; then
        olds=$((olds + 1))
    elif [[ $after == "$incoming" ]]; then
        news=$((news + 1))
    else
        fail "kill $i left $after cases, neither the old database ($now) nor the new ($incoming)"
    fi
done
echo "30 kills: the old database whole $olds times, the new one $news times, never none"
echo "restore and backups hold"
