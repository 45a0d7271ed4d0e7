#!/usr/bin/env bash
# Every context of the zh_CN catalogue is one the program looks texts up in.
# lupdate files a tr() it cannot place (a free function forwarding to
# another class's tr(), a class without Q_OBJECT) under the enclosing
# namespace or class, where the program never looks: such texts show in
# English however complete the catalogue is.
#
#   test_contexts.sh SOURCE_DIR
set -euo pipefail
source=$1
cd "$source"

# The contexts the code names: Q_DECLARE_TR_FUNCTIONS(X), translate("X", …),
# QT_TRANSLATE_NOOP("X", …), and the QObject classes of the namespace huajie.
known=$(
    {
        grep -rhoE 'Q_DECLARE_TR_FUNCTIONS\([A-Za-z_:]+\)' core ui app | sed -E 's/.*\((.*)\)/\1/'
        grep -rhoE '(translate|QT_TRANSLATE_NOOP)\(\s*"[^"]+"' core ui app | sed -E 's/.*"([^"]+)"/\1/'
        grep -rlE '^\s*Q_OBJECT' core ui app --include='*.h' --include='*.cpp' |
            xargs grep -hB3 -E '^\s*Q_OBJECT' | grep -oE '^class [A-Za-z_]+' |
            sed -E 's/class /huajie::/'
    } | sort -u
)
failures=0
for ts in resources/translations/*.ts; do
    while read -r context; do
        if ! grep -qxF "$context" <<<"$known"; then
            echo "$(basename "$ts"): context \"$context\" is looked up nowhere; its texts:" >&2
            awk -v c="$context" '/<name>/ { inside = ($0 ~ "<name>" c "</name>") }
                inside && /<source>/ { print "    " $0 }' "$ts" | head -5 >&2
            failures=$((failures + 1))
        fi
    done < <(grep -oE '<name>[^<]+</name>' "$ts" | sed -E 's/<\/?name>//g' | sort -u)
done
if ((failures)); then
    echo "$failures context(s): translate them with the tr() of the class, or of a" \
        "Q_DECLARE_TR_FUNCTIONS struct of core/i18n/contexts.h, where they are written" >&2
    exit 1
fi
echo "every context is looked up"
