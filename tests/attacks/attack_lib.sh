#!/usr/bin/env bash
# The helpers must not pass what they should catch: a command that succeeds
# is not "refused", an untouched database is not "caught".
source "$(dirname "$0")/lib.sh"

new_database 5
expect_whole "a new database"
( expect_refused "listing cases" case list ) 2>/dev/null && fail "expect_refused passed a command that succeeded"
( expect_caught "nothing" ) 2>/dev/null && fail "expect_caught passed an untouched database"
insider_sql "UPDATE events SET user = 'someone else' WHERE sequence = 1"
expect_caught "an event edited with sqlite3"
echo "the attack helpers work"
