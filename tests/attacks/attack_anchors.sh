#!/usr/bin/env bash
# History rewritten by someone with the file: the events deleted at the end
# or rewritten with every hash after them computed again, so that the chain
# verifies; and an issued document or a frozen report replaced together with
# its hash. Caught against the backups, the anchors printed on paper and the
# hashes recorded in the events.
source "$(dirname "$0")/lib.sh"

# Caught, naming what: the message must hold the words given.
expect_caught_saying() {
    local what=$1 words=$2
    shift 2
    cli verify "$@"
    local code=$?
    [[ $code -eq 1 ]] || fail "$what was not caught by verify (exit code $code): $(head -c 500 "$WORK/out")"
    grep -q -- "$words" "$WORK/err" || fail "$what: verify does not say \"$words\": $(head -c 500 "$WORK/err")"
    echo "caught as expected: $what: $(grep -- "$words" "$WORK/err" | head -n 1)"
}

# The anchor printed at the foot of an issued document's PDF.
printed_anchor() {
    pdftotext "$1" - | grep -o '记录锚点 [0-9]*:[0-9a-f]*' | head -n 1 | cut -d ' ' -f 2
}

# 1. The last three events deleted and the head set back: the chain verifies
#    on its own, the backup made before shows it.
new_database 8
expect_done "a backup" backup
BACKUP=$(basename "$(ls "$WORK"/backups/*.sqlite | head -n 1)")
LAST=$(sqlite3 "$DB" 'SELECT max(sequence) FROM events')
HEAD=$(sqlite3 "$DB" "SELECT sequence || ':' || hash FROM events WHERE sequence = $((LAST - 3))")
insider_sql "DELETE FROM events WHERE sequence > $((LAST - 3));
             UPDATE settings SET value = '$HEAD' WHERE key = 'event_chain_head';"

expect_caught_saying "the last 3 events deleted and the head set back" "$BACKUP"

rm -rf "$WORK/backups"
# 2. Event 2's user rewritten and every hash after it computed again.
new_database 8
expect_done "a backup" backup
BACKUP=$(basename "$(ls "$WORK"/backups/*.sqlite | head -n 1)")
insider_rechain "UPDATE events SET user = 'someone else' WHERE sequence = 2;"
expect_caught_saying "event 2 rewritten and the chain computed again" "事件 2 被改写"

# 3. No backups: a rewrite with the chain and the stored anchors computed
#    again passes verify, but not the anchor printed on an issued document.
rm -rf "$WORK/backups"
new_database 8
CASE=$(sqlite3 "$DB" "SELECT number FROM cases WHERE NOT voided ORDER BY id LIMIT 1")
expect_done "issuing a document" document issue "$CASE" notice --pdf "$WORK/notice.pdf"
ANCHOR=$(printed_anchor "$WORK/notice.pdf")
[[ $ANCHOR =~ ^[0-9]+:[0-9a-f]{16}$ ]] || fail "the issued PDF carries no record anchor: '$ANCHOR'"
echo "the PDF's foot: 记录锚点 $ANCHOR"
expect_done "the anchor holds before the rewrite" verify --anchor "$ANCHOR"
insider_rechain "UPDATE events SET user = 'someone else' WHERE sequence = 2;"
expect_caught_saying "a rewrite that leaves the document's stored anchor" "记录锚点 $ANCHOR"
SEQ=${ANCHOR%%:*}
insider_sql "UPDATE documents SET anchor = (SELECT sequence || ':' || substr(hash, 1, 16)
                                            FROM events WHERE sequence = $SEQ);"
expect_not_caught "the same rewrite with the stored anchors fixed, without backups or the paper"
expect_caught_saying "the same rewrite against the anchor printed on the document" "$ANCHOR" \
    --anchor "$ANCHOR"
expect_refused "a malformed anchor" verify --anchor "$SEQ:xyz"
expect_refused "an anchor of 8 digits" verify --anchor "$SEQ:0123abcd"

# 4. An issued document's text and hash replaced together.
rm -rf "$WORK/backups"
new_database 8
CASE=$(sqlite3 "$DB" "SELECT number FROM cases WHERE NOT voided ORDER BY id LIMIT 1")
expect_done "issuing a document" document issue "$CASE" notice
ID=$(sqlite3 "$DB" 'SELECT max(id) FROM documents')
FORGED='<p>另一份通知</p>'
FORGED_HASH=$(printf '%s' "$FORGED" | sha256sum | cut -d ' ' -f 1)
insider_sql "UPDATE documents SET html = '$FORGED', sha256 = '$FORGED_HASH' WHERE id = $ID;"
expect_caught_saying "an issued document's text and hash replaced together" "$ID"
expect_refused "showing the replaced document" document show "$ID" --html "$WORK/shown.html"

# 5. A frozen report's figures and hash replaced together.
rm -rf "$WORK/backups"
new_database 8
MONTH=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
expect_done "freezing $MONTH" report freeze --month "$MONTH"
FIGURES=$(sqlite3 "$DB" "SELECT replace(figures, '\"newCases\":', '\"newCases\":9') FROM frozen_reports")
printf '%s' "$FIGURES" >"$WORK/figures.json"
FIGURES_HASH=$(sha256sum "$WORK/figures.json" | cut -d ' ' -f 1)
insider_sql "UPDATE frozen_reports SET figures = readfile('$WORK/figures.json'),
                                       sha256 = '$FIGURES_HASH';"
expect_caught_saying "a frozen report's figures and hash replaced together" "$MONTH"
echo "history rewritten is caught against the backups and the printed anchors"
