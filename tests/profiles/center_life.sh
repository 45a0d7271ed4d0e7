#!/usr/bin/env bash
# One case's whole life under one center's profile, from the command line,
# as that center's head would go through it: choose the profile, register a
# case in the center's own words, take it through the center's own steps,
# print every document it has, and make the month's ledger and report.
# Checks that each document names the center's own rules and periods (and
# no other center's), that the deadlines are the profile's, and that the
# ledger and report have the columns and figures the profile lists.
#   center_life.sh HUAJIE_CLI PROFILE
# PROFILE.sh beside this script sets the center's case (CITY, CASE_EDITS),
# its steps (center_steps), the deadlines it must have (DEADLINES), what its
# documents say beyond what the profile states (DOCUMENT_TEXTS, "kind:text"),
# the ledger's columns and the report's figures by their Chinese headings.
set -uo pipefail

CLI=${1:?usage: $0 HUAJIE_CLI PROFILE}
PROFILE=${2:?usage: $0 HUAJIE_CLI PROFILE}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${KEEP:-$(mktemp -d)}
trap '[[ -n ${KEEP:-} ]] || rm -rf "$WORK"' EXIT
DB=$WORK/huajie.sqlite
export LANG=zh_CN.UTF-8 LANGUAGE=zh_CN LC_ALL=C.UTF-8
unset HUAJIE_LOGIN HUAJIE_PASSWORD
export HUAJIE_USER=head HUAJIE_TODAY=2026-12-28
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$WORK/runtime
mkdir -m 0700 "$XDG_RUNTIME_DIR"

fail() {
    echo "FAILED ($PROFILE): $*" >&2
    exit 1
}

cli() {
    "$CLI" --db "$DB" "$@" >"$WORK/out" 2>"$WORK/err"
}

must() {
    cli "$@" || fail "$*: exit code $?: $(head -c 800 "$WORK/err")"
}

NUMBER=
# Takes the case one step: act ACTION JSON.
act() {
    printf '%s' "$2" >"$WORK/act.json"
    cli case transition "$NUMBER" "$1" --json "$WORK/act.json" ||
        fail "action $1: $(head -c 800 "$WORK/err")"
    echo "done: $1"
}

# The action must not be offered now (refused, in Chinese).
refused() {
    printf '%s' "$2" >"$WORK/act.json"
    cli case transition "$NUMBER" "$1" --json "$WORK/act.json"
    local code=$?
    [[ $code -eq 1 ]] || fail "action $1 should be refused, exit code $code"
    grep -qP '\p{Han}' "$WORK/err" || fail "the refusal of $1 is not in Chinese: $(cat "$WORK/err")"
    echo "refused as expected: $(head -n 1 "$WORK/err")"
}

# A case with these CASE_EDITS must be refused at registration, in Chinese.
refused_case() {
    CASE_EDITS=$1 center_example >"$WORK/refused.json" || fail "the example case could not be made"
    cli case add --json "$WORK/refused.json" && fail "a case with $1 was registered"
    grep -qP '\p{Han}' "$WORK/err" || fail "the refusal of $1 is not in Chinese: $(cat "$WORK/err")"
    echo "refused as expected: $(head -n 1 "$WORK/err")"
}

# A hearing held on DAY, called on NOTICE_DAY, everyone present, the agency's
# head among them: hold_hearing DAY NOTICE_DAY.
hold_hearing() {
    printf '{"kind": "hearing", "start": "%sT09:30", "duration": 90, "place": "%s人民法院第三法庭",
        "noticeOn": "%s"}' "$1" "$CITY" "$2" >"$WORK/session.json"
    must session add "$NUMBER" --json "$WORK/session.json"
    local id
    id=$(tr -d '[:space:]' <"$WORK/out")
    must session list --from "$1" --to "$1" --json
    python3 -c '
import json, sys
sessions = json.load(open(sys.argv[1], encoding="utf-8"))
people = [{"name": p["name"], "attended": True} for p in sessions[0]["participants"]]
print(json.dumps({"attendance": people, "agencyHeadAttended": True,
                  "minutes": "双方就补偿标准充分协商，同意重新核定补偿。"}, ensure_ascii=False))
' "$WORK/out" >"$WORK/record.json" || fail "the session list could not be read"
    must session record "$id" --json "$WORK/record.json"
    echo "hearing held: $1"
}

# The case's deadlines (JSON) name this rule id.
has_deadline() {
    must case deadlines "$NUMBER" --json
    grep -q "\"$1\"" "$WORK/out" || fail "deadline $1 missing: $(head -c 1500 "$WORK/out")"
}

PROFILES=$HERE/../../resources/profiles

# The README's example case as this center registers it: CASE_EDITS is JSON
# whose keys replace the example's ("dispute.x" a key of its dispute), and
# the example's city, 石嘴山市, becomes CITY.
center_example() {
    python3 - "$HERE/../../README.md" "$CITY" "$CASE_EDITS" <<'PY'
import json, re, sys
readme, city, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
text = open(readme, encoding="utf-8").read()
example = json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))
example = json.loads(json.dumps(example, ensure_ascii=False).replace("石嘴山市", city))
for key, value in edits.items():
    target = example
    *path, last = key.split(".")
    for part in path:
        target = target[part]
    target[last] = value
print(json.dumps(example, ensure_ascii=False))
PY
}

# What every center's documents must say, from its profile: the rules'
# title in the notice and the minutes, the center's name in the notice, and
# each period in the document that states it; and what they must never say:
# another center's name, rules or city.
profile_texts() {
    python3 - "$PROFILES" "$PROFILE" "$WORK" <<'PY'
import json, os, sys
folder, own, work = sys.argv[1:]
profiles = {f[:-5]: json.load(open(os.path.join(folder, f), encoding="utf-8"))
            for f in os.listdir(folder) if f.endswith(".json")}
center = profiles[own]["center"]
with open(os.path.join(work, "expected"), "w", encoding="utf-8") as out:
    for kind in ("notice", "minutes"):
        print(f"{kind}:《{center['rules']}》", file=out)
    print(f"notice:{center['name']}", file=out)
    stating = {"liaison": "notice", "referral": "referral", "confirmation": "agreement",
               "followUp": "follow-up"}
    for purpose, period in center.get("periods", {}).items():
        print(f"{stating[purpose]}:{period['text']}", file=out)
with open(os.path.join(work, "foreign"), "w", encoding="utf-8") as out:
    for other, profile in profiles.items():
        if other != own:
            print(profile["center"]["name"], file=out)
            print(profile["center"]["rules"], file=out)
PY
}

# shellcheck source=/dev/null
source "$HERE/$PROFILE.sh"
profile_texts || fail "the profiles could not be read"
mapfile -t EXPECTED <"$WORK/expected"
mapfile -t OTHERS <"$WORK/foreign"
FOREIGN+=("${OTHERS[@]}")
for city in 石嘴山市 温县 鲁山县 钟祥市 汝州市; do
    [[ $city == "$CITY" ]] || FOREIGN+=("$city")
done
DOCUMENT_TEXTS+=("${EXPECTED[@]}")

must init
must profile use "$PROFILE"
must profile list
grep -q "^\* $PROFILE" "$WORK/out" || fail "profile list does not mark $PROFILE: $(cat "$WORK/out")"

center_example >"$WORK/case.json" || fail "the example case could not be made"
must case add --json "$WORK/case.json"
NUMBER=$(head -n 1 "$WORK/out" | tr -d '[:space:]')
[[ -n $NUMBER ]] || fail "no case number"
echo "registered $NUMBER"

center_steps

for rule in "${DEADLINES[@]}"; do
    has_deadline "$rule"
done
echo "deadlines: ${DEADLINES[*]}"
must verify

# Every document the case has, printed and read back.
must document templates
cut -f1 "$WORK/out" | grep -E '^[a-z-]+$' >"$WORK/kinds"
[[ -s $WORK/kinds ]] || fail "no documents listed"
while read -r kind; do
    cli document render "$NUMBER" "$kind" --pdf "$WORK/$kind.pdf" ||
        fail "document $kind: $(head -c 800 "$WORK/err")"
    pdftotext -layout "$WORK/$kind.pdf" - | tr -d ' \n' >"$WORK/$kind.txt"
    for foreign in "${FOREIGN[@]}"; do
        if grep -q "$foreign" "$WORK/$kind.txt"; then
            fail "document $kind names another center's $foreign"
        fi
    done
done <"$WORK/kinds"
echo "rendered: $(tr '\n' ' ' <"$WORK/kinds")"
for expected in "${DOCUMENT_TEXTS[@]}"; do
    kind=${expected%%:*}
    text=${expected#*:}
    grep -qF -- "$text" "$WORK/$kind.txt" ||
        fail "document $kind does not say $text: $(head -c 1500 "$WORK/$kind.txt")"
done
echo "documents say the center's rules and periods"

# The month's ledger and report.
must ledger --month 2026-12 -o "$WORK/ledger.xlsx"
unzip -p "$WORK/ledger.xlsx" xl/sharedStrings.xml >"$WORK/ledger.xml" ||
    fail "the ledger is not a workbook"
for column in "${LEDGER_COLUMNS[@]}"; do
    grep -qF -- "$column" "$WORK/ledger.xml" || fail "the ledger has no column $column"
done
echo "ledger columns: ${LEDGER_COLUMNS[*]}"
must report --month 2026-12 --format csv -o "$WORK/report.csv"
for figure in "${REPORT_FIGURES[@]}"; do
    grep -qF -- "$figure" "$WORK/report.csv" || fail "the report has no figure $figure"
done
echo "report figures: ${REPORT_FIGURES[*]}"
must verify
echo "the case's life under $PROFILE is whole"
