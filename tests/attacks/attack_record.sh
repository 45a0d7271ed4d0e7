#!/usr/bin/env bash
# The record's own integrity: rows changed behind the program's back, users
# added by hand, another day on a desk with users, an event dated before
# the one it follows, and verify beside a writer.
source "$(dirname "$0")/lib.sh"

first_case() {
    sqlite3 "$DB" "SELECT number FROM cases WHERE NOT voided ORDER BY id LIMIT 1"
}

# The attack, then verify must fail naming $2 (a case number, a login, 设置).
caught_naming() {
    local what=$1 subject=$2
    expect_caught "$what"
    grep -qF -- "$subject" "$WORK/err" || fail "$what: verify did not name $subject: $(head -c 500 "$WORK/err")"
}

# The README's example case, as JSON for case add.
readme_case() {
    sed -n '/^```json$/,/^```$/p' "$(dirname "$0")/../../README.md" | sed '1d;$d'
}

# A database with a case and an administrator, signing in for every command.
with_users() {
    new_database 10
    printf 'a long secret 1\n' | cli user add admin --name 管理员 --role administrator ||
        fail "user add: $(cat "$WORK/err")"
    export HUAJIE_LOGIN=admin HUAJIE_PASSWORD='a long secret 1'
    printf 'a long secret 2\n' | cli user add wang --name 王调解员 --role mediator ||
        fail "user add: $(cat "$WORK/err")"
    expect_whole "the database with users"
}

# --- Rows changed with sqlite3 ---------------------------------------------
new_database 10
expect_whole "the demo database"
number=$(first_case)
insider_sql "UPDATE cases SET state = 'closed' WHERE number = '$number'"
caught_naming "a case's state changed with sqlite3" "$number"

new_database 10
number=$(sqlite3 "$DB" "SELECT c.number FROM cases c JOIN parties p ON p.case_id = c.id
                        WHERE p.id_number <> '' ORDER BY c.id LIMIT 1")
insider_sql "UPDATE parties SET id_number = '110101199003074514'
             WHERE id = (SELECT p.id FROM parties p JOIN cases c ON c.id = p.case_id
                         WHERE c.number = '$number' AND p.id_number <> '' LIMIT 1)"
caught_naming "a party's ID number changed with sqlite3" "$number"

new_database 10
number=$(first_case)
insider_sql "DELETE FROM parties WHERE id = (SELECT p.id FROM parties p JOIN cases c ON c.id = p.case_id
                                            WHERE c.number = '$number' ORDER BY p.id DESC LIMIT 1)"
caught_naming "a party deleted with sqlite3" "$number"

new_database 10
insider_sql "INSERT INTO cases (number, year, sequence, source, state, registered_on, disputed_act,
                                consent_date, consent_form)
             VALUES ('（2026）化解字第999号', 2026, 999, 'direct', 'registered', '2026-11-01', '某行为',
                     '2026-11-01', 'written')"
caught_naming "a case inserted with sqlite3" "（2026）化解字第999号"

# --- Users and settings ------------------------------------------------------
with_users
insider_sql "UPDATE users SET role = 'administrator' WHERE login = 'wang'"
caught_naming "a user's role changed with sqlite3" wang

with_users
insider_sql "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE login = 'admin')
             WHERE login = 'wang'"
caught_naming "a user's password hash changed with sqlite3" wang

with_users
insider_sql "INSERT INTO users (login, name, role, password_hash, created_at)
             SELECT 'mole', '内鬼', 'administrator', password_hash, created_at FROM users WHERE login = 'admin'"
caught_naming "a user added with sqlite3" mole

with_users
insider_sql "INSERT INTO settings (key, value) VALUES ('login_required', '0')
             ON CONFLICT (key) DO UPDATE SET value = excluded.value"
caught_naming "login_required switched off with sqlite3" 设置
unset HUAJIE_LOGIN HUAJIE_PASSWORD

# --- Another day, and events dated backwards -----------------------------------
with_users
before=$(sqlite3 "$DB" 'SELECT count(*) FROM events')
HUAJIE_TODAY=2020-01-01 expect_refused "HUAJIE_TODAY on a database with users" \
    case void "$(first_case)" --reason 登记错误
grep -q HUAJIE_TODAY "$WORK/err" || fail "the refusal does not name HUAJIE_TODAY"
HUAJIE_TODAY=2020-01-01 expect_refused "HUAJIE_TODAY on a database with users, reading" case list
[[ $(sqlite3 "$DB" 'SELECT count(*) FROM events') == "$before" ]] || fail "HUAJIE_TODAY: events were written"
expect_whole "after HUAJIE_TODAY was refused"
unset HUAJIE_LOGIN HUAJIE_PASSWORD

new_database 10
# A forger who recomputes the hash still cannot make time run backwards:
# the event is written by the program, dated a year back.
HUAJIE_TODAY=$(date -d '-1 year' +%F) expect_done "an event dated a year back, on a desk without users" \
    case void "$(first_case)" --reason 登记错误
caught_naming "an event dated earlier than the one before it" "$(sqlite3 "$DB" 'SELECT max(sequence) FROM events')"

# --- verify beside a writer -----------------------------------------------------
# Registrations committed one after another while verify reads: it must see
# the record of one moment, never the events of one and the head of another.
new_database 300
readme_case >"$WORK/case.json"
# A registration refused while verify holds the writer's lock is not a
# failure of the record: the writer goes on, and counts what it wrote.
(
    written=0
    for i in $(seq 150); do
        "$CLI" --db "$DB" case add --json "$WORK/case.json" >/dev/null 2>&1 && written=$((written + 1))
    done
    echo "$written" >"$WORK/written"
) &
writer=$!
for i in $(seq 30); do
    "$CLI" --db "$DB" verify >"$WORK/out" 2>"$WORK/err" ||
        { kill "$writer" 2>/dev/null; fail "verify run $i beside a writer reported: $(head -c 500 "$WORK/err")"; }
done
kill -0 "$writer" 2>/dev/null || echo "(the writer ended before the last verify)"
wait "$writer"
[[ $(cat "$WORK/written") -gt 0 ]] || fail "the writer wrote nothing beside verify"
echo "verify ran 30 times beside a writer ($(cat "$WORK/written") registrations) with no false alarm"
expect_whole "after the writer"

# --- An honest day at the desk: every command that writes, then verify ---------
# A write that left rows with no event fixing them would fail verify here.
new_database 30
readme_case >"$WORK/case.json"
today=$(date +%F)
expect_done "case add" case add --json "$WORK/case.json"
number=$(tail -n 1 "$WORK/out")
expect_done "case add, to void" case add --json "$WORK/case.json"
mistaken=$(tail -n 1 "$WORK/out")
expect_done "case void" case void "$mistaken" --reason 重复登记
expect_done "case transition" case transition "$number" notify_agency --json - <<<'{"dispatchedOn": "2026-11-21"}'
expect_done "case correct" case correct "$number" --reason 日期有误 --json - <<<'{"dispatchedOn": "2026-11-22"}'
expect_done "case undo" case undo "$number" --reason 误操作
expect_done "document issue" document issue "$number" notice --pdf "$WORK/notice.pdf"
document=$(sqlite3 "$DB" "SELECT max(id) FROM documents")
agency=$(sqlite3 "$DB" "SELECT p.name FROM parties p JOIN cases c ON c.id = p.case_id
                        WHERE c.number = '$number' AND p.role = 'agency' LIMIT 1")
expect_done "document serve" document serve "$document" --to "$agency" --method in_person --sent "$today"
service=$(sqlite3 "$DB" "SELECT max(id) FROM services")
expect_done "document receipt" document receipt "$service" --on "$today"
expect_done "session add" session add "$number" --json - <<<"{\"start\": \"$(date -d '+20 days' +%F)T09:00\", \"room\": \"第一调解室\", \"noticeOn\": \"$today\"}"
session=$(sqlite3 "$DB" "SELECT max(id) FROM sessions")
expect_done "session reschedule" session reschedule "$session" --start "$(date -d '+21 days' +%F)T14:30" --reason 当事人请求改期
expect_done "session cancel" session cancel "$session" --reason 当事人撤回申请
held=$(sqlite3 "$DB" "SELECT s.id FROM sessions s WHERE s.status = 'scheduled' AND s.starts_at <= '$today' LIMIT 1")
if [[ -n $held ]]; then
    expect_done "session record" session record "$held" --json - <<<'{"attendance": []}'
fi
mkdir -p "$WORK/batch"
expect_done "document batch" document batch session-notice "$WORK/batch" "$number"
expect_done "calendar set" calendar set "$(date -d '+40 days' +%F)" --rest --name 调休 --reason 本地调休
expect_done "calendar clear" calendar clear "$(date -d '+40 days' +%F)" --reason 取消调休
expect_done "profile use" profile use shizuishan
expect_done "report freeze" report freeze --month "$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)"
expect_done "backup" backup
printf 'a long secret 1\n' | expect_done "user add, the first" user add admin --name 管理员 --role administrator
export HUAJIE_LOGIN=admin HUAJIE_PASSWORD='a long secret 1'
printf 'a long secret 2\n' | expect_done "user add" user add wang --name 王调解员 --role mediator
expect_done "case add, signed in" case add --json "$WORK/case.json"
expect_whole "after every command that writes"
unset HUAJIE_LOGIN HUAJIE_PASSWORD

echo "the record's attacks are caught"
