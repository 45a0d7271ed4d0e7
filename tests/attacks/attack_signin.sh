#!/usr/bin/env bash
# Sign-in and what leaves the desk: guessing passwords through the command
# line, telling known logins from unknown ones by time, weak passwords,
# exports others on the machine can read, and backups carried off in clear.
source "$(dirname "$0")/lib.sh"

umask 022

# Milliseconds one run of the command line takes.
elapsed_ms() {
    local start end
    start=$(date +%s%N)
    cli "$@"
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

expect_owner_only() {
    local what=$1 file=$2
    [[ -f $file ]] || fail "$what: $file was not written: $(head -c 300 "$WORK/err")"
    local mode
    mode=$(stat -c %a "$file")
    [[ $mode == 600 ]] || fail "$what: $file has mode $mode, readable by others (umask 022)"
    echo "owner only as expected: $what ($mode)"
}

new_database 12
# A desk without users first: the exports and the backups.
number=$(cli case list && head -n 1 "$WORK/out" | cut -f 1)
[[ -n $number ]] || fail "no case to export"

# --- Every export is created 0600, even under umask 022 ---
expect_done "a document rendered" document render "$number" notice --pdf "$WORK/render.pdf"
expect_owner_only "a rendered document (PDF)" "$WORK/render.pdf"
expect_done "a document rendered as HTML" document render "$number" notice --html "$WORK/render.html"
expect_owner_only "a rendered document (HTML)" "$WORK/render.html"
expect_done "a document issued" document issue "$number" notice --pdf "$WORK/issued.pdf"
expect_owner_only "an issued document (PDF)" "$WORK/issued.pdf"
for format in pdf xlsx csv json; do
    expect_done "a report as $format" report --year 2026 --format "$format" -o "$WORK/report.$format"
    expect_owner_only "a report ($format)" "$WORK/report.$format"
done
expect_done "the ledger" ledger --from 2024-01-01 --to 2026-12-01 -o "$WORK/ledger.xlsx"
expect_owner_only "the ledger (XLSX)" "$WORK/ledger.xlsx"
expect_done "the agenda" agenda --from 2024-01-01 --to 2027-12-31 --ics "$WORK/agenda.ics"
expect_owner_only "the sessions (ICS)" "$WORK/agenda.ics"
# A file that was there, world-readable, is replaced by one that is not.
echo old >"$WORK/again.csv"
chmod 644 "$WORK/again.csv"
expect_done "a report over an old file" report --year 2026 --format csv -o "$WORK/again.csv"
expect_owner_only "a report written over a world-readable file" "$WORK/again.csv"

# --- A backup carried off on a USB stick is encrypted ---
party=$(sqlite3 "$DB" "SELECT name FROM parties ORDER BY length(name) DESC LIMIT 1")
cases_before=$(case_count)
export HUAJIE_BACKUP_PASSPHRASE='河边的柳树 2026 春'
HUAJIE_BACKUP_PASSPHRASE=short expect_refused "an encrypted backup with a short passphrase" \
    backup -o "$WORK/short.enc" --encrypt
[[ ! -e $WORK/short.enc ]] || fail "a refused encrypted backup left a file"
expect_done "an encrypted backup" backup -o "$WORK/stick.enc" --encrypt
expect_owner_only "the encrypted backup" "$WORK/stick.enc"
grep -q "SQLite format" "$WORK/stick.enc" && fail "the encrypted backup is a plain SQLite file"
grep -qF "$party" "$WORK/stick.enc" && fail "the encrypted backup holds the name of party $party in clear"
echo "no plaintext as expected: the party $party is not in the encrypted backup"
ls "$WORK"/.huajie-* >/dev/null 2>&1 && fail "the encryption left a plain copy beside the database"

before=$(sha256sum <"$DB")
HUAJIE_BACKUP_PASSPHRASE='the wrong passphrase' expect_refused "a restore with the wrong passphrase" \
    restore "$WORK/stick.enc"
[[ $(sha256sum <"$DB") == "$before" ]] || fail "a refused restore changed the database"
cp "$WORK/stick.enc" "$WORK/flipped.enc"
size=$(stat -c %s "$WORK/flipped.enc")
offset=$((size / 2))
byte=$(dd if="$WORK/flipped.enc" bs=1 skip=$offset count=1 2>/dev/null | od -An -tu1 | tr -d ' ')
printf "$(printf '\\%03o' $((byte ^ 1)))" |
    dd of="$WORK/flipped.enc" bs=1 seek=$offset count=1 conv=notrunc 2>/dev/null
cmp -s "$WORK/stick.enc" "$WORK/flipped.enc" && fail "the byte was not flipped"
expect_refused "a restore of an encrypted backup with one byte flipped" restore "$WORK/flipped.enc"
[[ $(sha256sum <"$DB") == "$before" ]] || fail "a refused restore changed the database"
head -c $((size - 100)) "$WORK/stick.enc" >"$WORK/cut.enc"
expect_refused "a restore of an encrypted backup cut short" restore "$WORK/cut.enc"
[[ $(sha256sum <"$DB") == "$before" ]] || fail "a refused restore changed the database"
ls "$WORK"/.huajie-* >/dev/null 2>&1 && fail "a refused restore left a decrypted copy beside the database"
# The passphrase from standard input, when the environment has none.
unset HUAJIE_BACKUP_PASSPHRASE
cli restore "$WORK/stick.enc" <<<'河边的柳树 2026 春' ||
    fail "a restore with the right passphrase: $(head -c 300 "$WORK/err")"
echo "done as expected: a restore of the encrypted backup with the right passphrase"
ls "$WORK"/.huajie-* >/dev/null 2>&1 && fail "the restore left its decrypted copy beside the database"
[[ $(case_count) == "$cases_before" ]] || fail "the restored database has $(case_count) cases, not $cases_before"
expect_whole "the database restored from the encrypted backup"

# --- Passwords: the rules ---
add_user() { # LOGIN NAME ROLE PASSWORD
    "$CLI" --db "$DB" user add "$1" --name "$2" --role "$3" >"$WORK/out" 2>"$WORK/err" <<<"$4"
}
for weak in 'password' '        ' '123456789' 'admin' 'admin12345' '1234567890' 'woaini1314' '马管理马管理马管理马管理'; do
    add_user admin 马管理 administrator "$weak"
    code=$?
    [[ $code -eq 1 ]] || fail "user add with the password '$weak': exit code $code, not 1"
    grep -qP '\p{Han}' "$WORK/err" || fail "the refusal of '$weak' is not in Chinese: $(cat "$WORK/err")"
    echo "refused as expected: the password '$weak': $(head -n 1 "$WORK/err")"
done
[[ $(sqlite3 "$DB" 'SELECT count(*) FROM users') == 0 ]] || fail "a refused password added a user"
add_user admin 马管理 administrator 'correct horse 马' || fail "user add admin: $(cat "$WORK/err")"
export HUAJIE_LOGIN=admin HUAJIE_PASSWORD='correct horse 马'
add_user root 王主任 administrator 'battery staple 王' || fail "user add root: $(cat "$WORK/err")"
add_user zhao 赵志明 mediator 'zhao 1234567' && fail "a password holding the login was accepted"
echo "refused as expected: a password holding the login"

# --- An unknown login takes as long as a known one ---
known=()
unknown=()
for i in 1 2 3 4 5; do
    known+=("$(HUAJIE_LOGIN=root HUAJIE_PASSWORD="wrong guess $i" elapsed_ms case list)")
    unknown+=("$(HUAJIE_LOGIN="nobody$i" HUAJIE_PASSWORD="wrong guess $i" elapsed_ms case list)")
    grep -q '用户名或密码错误' "$WORK/err" || fail "an unknown login is not told as a wrong login or password: $(cat "$WORK/err")"
    # The right password resets the count, so the timing never locks root.
    [[ $i == 4 ]] && HUAJIE_LOGIN=root HUAJIE_PASSWORD='battery staple 王' cli case list
done
k=$(printf '%s\n' "${known[@]}" | median)
u=$(printf '%s\n' "${unknown[@]}" | median)
echo "median sign-in: known login ${k} ms, unknown login ${u} ms"
((u * 3 >= k * 2 && u * 2 <= k * 3)) ||
    fail "an unknown login answers in ${u} ms, a known one in ${k} ms: the time tells which exist"

# --- Twenty wrong passwords through the command line ---
for i in $(seq 1 20); do
    HUAJIE_LOGIN=admin HUAJIE_PASSWORD="guess number $i" cli case list
    code=$?
    [[ $code -eq 1 ]] || fail "wrong password $i: exit code $code"
    if ((i <= 4)); then
        grep -q '锁定' "$WORK/err" && fail "locked after only $i wrong passwords"
    else
        grep -q '锁定' "$WORK/err" || fail "still not locked after $i wrong passwords: $(head -n 1 "$WORK/err")"
    fi
done
echo "locked as expected after 5 wrong passwords: $(head -n 1 "$WORK/err")"
grep -q '[0-9]\{2\}:[0-9]\{2\}' "$WORK/err" || fail "the lockout does not say when to try again"
[[ $(stat -c %a "$DB.signin") == 600 ]] || fail "the wrong passwords are counted in a file others can read"
HUAJIE_PASSWORD='correct horse 马' expect_refused "the right password while locked" case list
grep -q '锁定' "$WORK/err" || fail "the right password while locked is not told the lockout"
# An unknown login is locked alike: a lockout tells nothing of which exist.
for i in 1 2 3 4 5 6; do HUAJIE_LOGIN=ghost HUAJIE_PASSWORD="guess $i" cli case list; done
grep -q '锁定' "$WORK/err" || fail "an unknown login is never locked, which tells that it does not exist"
HUAJIE_LOGIN=root HUAJIE_PASSWORD='battery staple 王' expect_done "an administrator unlocks admin" \
    user unlock admin
expect_done "the right password after the unlock" case list
expect_whole "the database after the sign-in attacks"
echo "the sign-in attacks are refused"
