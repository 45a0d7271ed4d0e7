#!/usr/bin/env bash
# One case's whole life under one center's profile, from the command line,
# as that center's head would go through it: choose the profile, register a
# case in the center's own words, take it through the center's own steps,
# print every document it has, and make the month's ledger and report.
# Checks that each document names the center's own rules and periods (and
# no other center's), that the deadlines are the profile's, and that the
# ledger and report have the columns and figures the profile lists.
#   center_life.sh HUAJIE_CLI PROFILE
# The center's case and steps are in PROFILE.sh beside this script.
set -uo pipefail

CLI=${1:?usage: $0 HUAJIE_CLI PROFILE}
PROFILE=${2:?usage: $0 HUAJIE_CLI PROFILE}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
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
    echo "refused as expected: $1: $(head -n 1 "$WORK/err")"
}

# The case's deadlines (JSON) name this rule id.
has_deadline() {
    must case deadlines "$NUMBER" --json
    grep -q "\"$1\"" "$WORK/out" || fail "deadline $1 missing: $(head -c 1500 "$WORK/out")"
}

# shellcheck source=/dev/null
source "$HERE/$PROFILE.sh"

must init
must profile use "$PROFILE"
must profile list
grep -q "^\* $PROFILE" "$WORK/out" || fail "profile list does not mark $PROFILE: $(cat "$WORK/out")"

center_case >"$WORK/case.json"
must case add --json "$WORK/case.json"
NUMBER=$(head -n 1 "$WORK/out" | tr -d '[:space:]')
[[ -n $NUMBER ]] || fail "no case number"
echo "registered $NUMBER"

center_steps

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
