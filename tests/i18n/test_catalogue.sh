#!/usr/bin/env bash
# The zh_CN catalogue is complete. The committed files are only read.
#
#   test_catalogue.sh file SOURCE_DIR
#       no entry of resources/translations/*.ts is unfinished, vanished,
#       obsolete or empty.
#   test_catalogue.sh sources SOURCE_DIR LUPDATE CMAKE PROJECT_IN GENERATOR
#       every string the sources translate is in it, and nothing else: lupdate
#       run as update_translations runs it, into a copy, finds nothing new and
#       drops nothing. PROJECT_IN is what qt_add_lupdate (core/CMakeLists.txt)
#       records, its sources and include paths; GENERATOR is Qt's script that
#       turns it into lupdate's project file, made here to name the copy.
set -euo pipefail

mode=$1 source=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/huajie-catalogue.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0

# Prints the problems of a catalogue, with the source text of each, and counts them.
problems() { # problems FILE WHAT
    local file=$1 what=$2 found
    found=$(awk -v what="$what" '
        /<source>/ { source = $0; sub(/.*<source>/, "", source); sub(/<\/source>.*/, "", source) }
        /<translation[^>]*type="(unfinished|vanished|obsolete)"/ {
            match($0, /type="[a-z]+"/); print what ": " substr($0, RSTART + 6, RLENGTH - 7) ": " source; n++
            next }
        /<translation[^>]*\/>|<translation[^>]*><\/translation>|<numerusform><\/numerusform>/ {
            print what ": empty: " source; n++ }
        END { exit n > 0 }' "$file") && return 0
    echo "$found" >&2
    failures=$((failures + $(wc -l <<<"$found")))
}

for ts in "$source"/resources/translations/*.ts; do
    name=$(basename "$ts")
    entries=$(grep -c '<message' "$ts")
    case $mode in
    file)
        problems "$ts" "$name"
        ;;
    sources)
        lupdate=$3 cmake=$4 project_in=$5 generator=$6
        "$cmake" -DIN_FILE="$project_in" -DOUT_FILE="$work/project-all.json" -P "$generator"
        cp "$ts" "$work/$name"
        sed "s|\"$(realpath "$ts")\"|\"$work/$name\"|" "$work/project-all.json" >"$work/project.json"
        if ! grep -qF "\"$work/$name\"" "$work/project.json" ||
            grep -qF "$(realpath "$ts")" "$work/project.json"; then
            echo "$project_in does not name $ts as its catalogue" >&2
            exit 1
        fi
        "$lupdate" -project "$work/project.json" -no-obsolete -locations none \
            >"$work/lupdate.log" 2>&1 || { cat "$work/lupdate.log" >&2; exit 1; }
        problems "$work/$name" "$name, not translated"
        after=$(grep -c '<message' "$work/$name")
        if ((after < entries)); then
            echo "$name: $((entries - after)) entries no string of the sources uses any more:" >&2
            diff <(grep -o '<source>.*</source>' "$ts" | sort -u) \
                <(grep -o '<source>.*</source>' "$work/$name" | sort -u) | grep '^<' >&2 || true
            failures=$((failures + 1))
        fi
        ;;
    *)
        echo "usage: test_catalogue.sh file|sources SOURCE_DIR ..." >&2
        exit 2
        ;;
    esac
    echo "$name: $entries entries"
done

if ((failures)); then
    echo "$failures problem(s): cmake --build build --target update_translations, then translate" \
        "them in Qt Linguist (linguist resources/translations/huajie_zh_CN.ts)" >&2
    exit 1
fi
echo "complete"
