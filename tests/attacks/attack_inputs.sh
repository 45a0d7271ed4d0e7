#!/usr/bin/env bash
# Every input has its limit: what an insider types, pipes or drops into the
# templates and holiday folders is refused quickly, in bounded memory, with
# nothing changed; a document that could not be written takes no number.
source "$(dirname "$0")/lib.sh"

# Each attack's files and the center's own folders live in the work folder.
export XDG_DATA_HOME=$WORK/data
TEMPLATES=$XDG_DATA_HOME/Huajie/huajie/templates
mkdir -p "$TEMPLATES"

dump_hash() {
    sqlite3 "$DB" .dump | sha256sum | cut -d' ' -f1
}

# The command is refused (expect_refused) within 30 seconds and 300 MB,
# and the database is exactly as before.
refused_bounded() {
    local what=$1
    shift
    local before
    before=$(dump_hash)
    local real_cli=$CLI
    CLI=$WORK/bounded
    printf '#!/bin/sh\nexec /usr/bin/time -f %%M -o %s timeout 30 %q "$@"\n' "$WORK/rss" "$real_cli" >"$CLI"
    chmod +x "$CLI"
    expect_refused "$what" "$@"
    CLI=$real_cli
    local rss
    rss=$(tail -n 1 "$WORK/rss")
    [[ $rss =~ ^[0-9]+$ && $rss -lt 300000 ]] || fail "$what: took $rss KB of memory"
    [[ $(dump_hash) == "$before" ]] || fail "$what: the database changed"
    echo "  in $((rss / 1024)) MB, nothing changed"
}

# A JSON object with one text field of N characters: big.json FIELD N [OTHER JSON MEMBERS]
big_json() {
    python3 - "$@" <<'EOF'
import json, sys
field, n, extra = sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "{}"
o = json.loads(extra)
o[field] = "字" * n
sys.stdout.write(json.dumps(o, ensure_ascii=False))
EOF
}

new_database 5
cat >"$WORK/case.json" <<'EOF'
{"registeredOn": "2026-11-20", "source": "court_pre_filing", "referringUnit": "石嘴山市中级人民法院",
 "leadMediator": "赵志明",
 "dispute": {"act": "石嘴山市自然资源局房屋征收补偿决定", "actKind": "expropriation",
             "domain": "natural_resources", "claims": "撤销补偿决定", "suitabilityGround": "policy_history"},
 "consent": {"date": "2026-11-18", "form": "written_application"},
 "parties": [{"role": "applicant", "kind": "person", "name": "张三", "idNumber": "11010519491231002X"},
             {"role": "agency", "name": "石嘴山市自然资源局"}]}
EOF
cli case add --json "$WORK/case.json" || fail "case add: $(cat "$WORK/err")"
NUMBER=$(head -n 1 "$WORK/out" | grep -o '（[0-9]*）化解字第[0-9]*号')
[[ -n $NUMBER ]] || fail "no case number in: $(cat "$WORK/out")"
echo '{"dispatchedOn": "2026-11-21", "receivedOn": "2026-11-23"}' >"$WORK/notify.json"
expect_done "the notice sent" case transition "$NUMBER" notify_agency --json "$WORK/notify.json"

# --- Lifecycle actions
plan='{"receivedOn": "2026-11-25", "mediators": [{"name": "刘明"}]}'
big_json summary 20000000 "$plan" >"$WORK/plan20m.json"
refused_bounded "a 20 MB plan summary from a file" case transition "$NUMBER" receive_plan --json "$WORK/plan20m.json"
refused_bounded "a 20 MB plan summary on standard input" case transition "$NUMBER" receive_plan --json - <"$WORK/plan20m.json"
big_json summary 20000 "$plan" >"$WORK/plan20k.json"
refused_bounded "a plan summary of 20,000 characters" case transition "$NUMBER" receive_plan --json "$WORK/plan20k.json"
grep -q '10000' "$WORK/err" || fail "the refusal does not name the limit: $(cat "$WORK/err")"
printf '{"receivedOn": "2026-11-25", "summary": "方案\\u001b[31m", "mediators": [{"name": "刘明"}]}' >"$WORK/plan-esc.json"
refused_bounded "an escape sequence in the plan summary" case transition "$NUMBER" receive_plan --json "$WORK/plan-esc.json"
printf '{"receivedOn": "2026-11-25", "summary": "方案", "mediators": [{"name": "刘\\u0001明"}]}' >"$WORK/plan-ctl.json"
refused_bounded "a control character in a mediator's name" case transition "$NUMBER" receive_plan --json "$WORK/plan-ctl.json"
big_json text 20000000 '{"terminatedOn": "2026-11-26", "reason": "other"}' >"$WORK/term20m.json"
refused_bounded "a 20 MB termination text" case transition "$NUMBER" terminate --json "$WORK/term20m.json"
big_json text 900000 '{"terminatedOn": "2026-11-26", "reason": "other"}' >"$WORK/term900k.json"
refused_bounded "a termination text of 900,000 characters" case transition "$NUMBER" terminate --json "$WORK/term900k.json"
echo '{"receivedOn": "2026-11-25", "summary": "方案", "mediators": [{"name": "刘明"}]}' >"$WORK/plan.json"
expect_done "a plan of normal length" case transition "$NUMBER" receive_plan --json "$WORK/plan.json"

# --- Corrections
big_json summary 20000 >"$WORK/correct20k.json"
refused_bounded "a corrected plan summary of 20,000 characters" case correct "$NUMBER" --json "$WORK/correct20k.json" --reason '方案摘要录入错误'
echo '{"summary": "方案摘要"}' >"$WORK/correct.json"
refused_bounded "a correction reason with an escape sequence" case correct "$NUMBER" --json "$WORK/correct.json" --reason $'错误\x1b[31m'
refused_bounded "a correction reason of 30,000 characters" case correct "$NUMBER" --json "$WORK/correct.json" --reason "$(printf '错%.0s' {1..30000})"

# --- Sessions
session='{"kind": "hearing", "start": "2026-11-27T09:00", "duration": 60, "mode": "in_person", "noticeOn": "2026-11-23"}'
big_json place 20000000 "$session" >"$WORK/session20m.json"
refused_bounded "a 20 MB session place" session add "$NUMBER" --json "$WORK/session20m.json"
big_json place 5000 "$session" >"$WORK/session5k.json"
refused_bounded "a session place of 5,000 characters" session add "$NUMBER" --json "$WORK/session5k.json"
big_json shortNoticeReason 5000 '{"kind": "hearing", "start": "2026-11-24T09:00", "duration": 60, "mode": "in_person", "noticeOn": "2026-11-23", "place": "中心"}' >"$WORK/shortnotice.json"
refused_bounded "a short-notice reason of 5,000 characters" session add "$NUMBER" --json "$WORK/shortnotice.json"
echo '{"kind": "hearing", "start": "2026-11-27T09:00", "duration": 60, "mode": "in_person", "noticeOn": "2026-11-23", "place": "中心调解室"}' >"$WORK/session.json"
cli session add "$NUMBER" --json "$WORK/session.json" || fail "session add: $(cat "$WORK/err")"
SESSION=$(sqlite3 "$DB" 'SELECT max(id) FROM sessions')
names=$(sqlite3 "$DB" "SELECT group_concat(json_object('name', name, 'attended', json('true')), ',') FROM session_participants WHERE session_id = $SESSION")
big_json minutes 20000000 "{\"attendance\": [$names], \"agencyHeadAttended\": true}" >"$WORK/minutes20m.json"
refused_bounded "20 MB of session minutes" session record "$SESSION" --json "$WORK/minutes20m.json"
big_json minutes 30000 "{\"attendance\": [$names], \"agencyHeadAttended\": true}" >"$WORK/minutes30k.json"
refused_bounded "session minutes of 30,000 characters" session record "$SESSION" --json "$WORK/minutes30k.json"
refused_bounded "a cancellation reason of 30,000 characters" session cancel "$SESSION" --reason "$(printf '因%.0s' {1..30000})"
refused_bounded "a cancellation reason with a control character" session cancel "$SESSION" --reason $'当事人\x01请假'

# --- Calendar changes and holiday files
refused_bounded "a calendar reason of 30,000 characters" calendar set 2026-12-25 --rest --name 休息 --reason "$(printf '因%.0s' {1..30000})"
refused_bounded "a calendar reason with an escape sequence" calendar set 2026-12-25 --rest --name 休息 --reason $'本地\x1b[31m假日'
refused_bounded "a holiday name of 1,000 characters" calendar set 2026-12-25 --rest --name "$(printf '假%.0s' {1..1000})" --reason 本地假日
refused_bounded "a holiday file that is /dev/zero" calendar import /dev/zero --reason 导入
python3 -c "
import json; print(json.dumps({'year': 2027, 'papers': [], 'days': [], 'pad': 'x' * (109 * 1024 * 1024)}))" >"$WORK/holidays-109m.json"
refused_bounded "a holiday file of 109 MB" calendar import "$WORK/holidays-109m.json" --reason 导入
rm -f "$WORK/holidays-109m.json"
cli calendar 2026-05-01 && grep -q rest "$WORK/out" || fail "2026-05-01 is not a rest day to start with"
cat >"$WORK/2027.json" <<'EOF'
{"year": 2027, "papers": ["http://www.gov.cn/"], "days": [
 {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
 {"name": "劳动节", "date": "2026-05-01", "isOffDay": false}]}
EOF
refused_bounded "a 2027 holiday file that changes 2026-05-01" calendar import "$WORK/2027.json" --reason 导入
grep -q '2026-05-01' "$WORK/err" || fail "the refusal does not name the day: $(cat "$WORK/err")"
cli calendar 2026-05-01 && grep -q rest "$WORK/out" || fail "2026-05-01 changed"

# --- A document takes its number only once its PDF is written
documents() { sqlite3 "$DB" "SELECT count(*) FROM documents"; }
last_number=$(sqlite3 "$DB" "SELECT coalesce(max(sequence), 0) FROM documents WHERE kind = 'notice' AND year = 2026")
refused_bounded "a document issued into a folder that does not exist" document issue "$NUMBER" notice --pdf /nonexistent/x.pdf
[[ ! -e /nonexistent/x.pdf ]] || fail "a PDF appeared in /nonexistent"
expect_done "the document issued again" document issue "$NUMBER" notice --pdf "$WORK/notice.pdf"
[[ -s $WORK/notice.pdf ]] || fail "no PDF written"
next=$(sqlite3 "$DB" "SELECT sequence FROM documents ORDER BY id DESC LIMIT 1")
[[ $next -eq $((last_number + 1)) ]] || fail "the document got number $next, not $((last_number + 1)): the failed one used a number"
echo "the next document took the number the failed one did not use: $next"

# --- The center's own templates
render_refused() {
    local what=$1
    local before
    before=$(dump_hash)
    refused_bounded "$what" document render "$NUMBER" notice --pdf "$WORK/t.pdf"
    [[ ! -e $WORK/t.pdf ]] || fail "$what: a PDF was written"
    refused_bounded "$what, issued" document issue "$NUMBER" notice --pdf "$WORK/t.pdf"
    [[ ! -e $WORK/t.pdf ]] || fail "$what: a PDF was written"
    rm -f "$TEMPLATES/notice.html"
}
python3 -c "print('<h1>通知</h1>' + '<table><tr><td>' * 5000 + 'x' + '</td></tr></table>' * 5000)" >"$TEMPLATES/notice.html"
render_refused "a template of 5,000 nested tables"
python3 -c "print('<h1>通知</h1><p>' + '字' * 5000000 + '</p>')" >"$TEMPLATES/notice.html"
render_refused "a template of 15 MB of text"
python3 -c "print('<h1>通知</h1>' + '<p>段</p>' * 300000)" >"$TEMPLATES/notice.html"
render_refused "a template of 300,000 paragraphs"
python3 -c "print('<h1>通知</h1>{{#each parties}}{{#each parties}}{{#each parties}}' + '<p>段</p>' * 10000 + '{{/each}}{{/each}}{{/each}}')" >"$TEMPLATES/notice.html"
render_refused "a small template that repeats itself into 80,000 paragraphs"
ln -s /etc/passwd "$TEMPLATES/notice.html"
render_refused "a template that links to /etc/passwd"
# A PNG of 7 by 5 pixels, beside the templates, named in a template three ways.
python3 - "$WORK/secret.png" <<'EOF'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
rows = b"".join(b"\0" + b"\xff\x00\x00" * 7 for _ in range(5))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 7, 5, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
open(sys.argv[1], "wb").write(png)
EOF
cat >"$TEMPLATES/notice.html" <<EOF
<h1>通知</h1><p>{{case.number}}</p>
<img src="file://$WORK/secret.png" width="200" height="200">
<img src="$WORK/secret.png" width="200" height="200">
<p style="background-image: url($WORK/secret.png)">背景</p>
<img src="file:///etc/passwd">
EOF
expect_done "a template naming local files" document render "$NUMBER" notice --pdf "$WORK/img.pdf"
# The PDF may hold blank stand-ins, but no image of the file's 7 by 5 pixels.
pdfimages -list "$WORK/img.pdf" | awk 'NR > 2 && $4 == 7 && $5 == 5' | grep -q . &&
    fail "the PDF holds the image read from a local file: $(pdfimages -list "$WORK/img.pdf")"
pdftotext "$WORK/img.pdf" - | grep -q 'root:' && fail "the PDF holds /etc/passwd"
echo "the PDF holds no local file"
rm -f "$TEMPLATES/notice.html"

expect_whole "after every attack"
echo "every input attack refused"
