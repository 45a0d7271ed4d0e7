#!/usr/bin/env bash
# Makes the Debian package with CPack and checks it without installing it:
# its files, its dependencies, the desktop file and AppStream metadata, the
# icons, and the programs run from the unpacked files, reading the installed
# data. Leaves the package in OUT_DIR for test_clean_install.sh.
# Usage: test_package.sh BUILD_DIR SOURCE_DIR VERSION CPACK OUT_DIR
set -euo pipefail

build=$1 source=$2 version=$3 cpack=$4 out=$5
work=$(mktemp -d "${TMPDIR:-/tmp}/huajie-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if ! "$@"; then fail "$what"; fi
}

# --- the package ---------------------------------------------------------------
rm -rf "$out"
mkdir -p "$out"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; exit 1; }
debs=("$work"/cpack/huajie_"$version"_*.deb)
[[ -f ${debs[0]} ]] || { echo "cpack made no huajie_${version}_*.deb" >&2; exit 1; }
deb=${debs[0]}
cp "$deb" "$out/"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# --- what it holds ---------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
expected=(
    /usr/bin/huajie
    /usr/bin/huajie-cli
    /usr/share/applications/huajie.desktop
    /usr/share/metainfo/io.github.huajie.Huajie.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/huajie.svg
    /usr/share/huajie/holidays/LICENSE
    /usr/share/doc/huajie/copyright
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/huajie.png")
done
for f in "$source"/templates/*.html "$source"/templates/*/*.html; do
    expected+=("/usr/share/huajie/templates/${f#"$source"/templates/}")
done
for f in "$source"/resources/profiles/*.json; do expected+=("/usr/share/huajie/profiles/$(basename "$f")"); done
for f in "$source"/resources/holidays/*.json; do expected+=("/usr/share/huajie/holidays/$(basename "$f")"); done
for f in "$source"/resources/translations/*.ts; do
    expected+=("/usr/share/huajie/translations/$(basename "${f%.ts}").qm")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/contents" || fail "the package has no $path"
done
# Nothing outside /usr, and nothing of the build (tests, benchmarks) in it.
if grep -v '^/usr/\?$\|^/$' "$work/contents" | grep -v '^/usr/' >"$work/stray"; then
    fail "files outside /usr: $(tr '\n' ' ' <"$work/stray")"
fi
if grep -E 'test-|bench' "$work/contents" >"$work/stray"; then
    fail "build files in the package: $(tr '\n' ' ' <"$work/stray")"
fi

# --- its control data ---------------------------------------------------------------
check "Package: huajie" test "$(dpkg-deb -f "$deb" Package)" = huajie
check "Version: $version" test "$(dpkg-deb -f "$deb" Version)" = "$version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# The package names alone, one a line (alternatives "a | b" each on its own).
tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//' | grep . >"$work/depends"
depends_on() { grep -qxF "$1" "$work/depends"; }
# Loaded at run time, so no library scan finds them.
for package in libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n fonts-noto-cjk \
    libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6printsupport6 libqt6charts6; do
    depends_on "$package" || fail "Depends lacks $package"
done
# Every library the programs link comes from a package they depend on.
mkdir -p "$work/root"
dpkg-deb -x "$deb" "$work/root"
for program in huajie huajie-cli; do
    ldd "$work/root/usr/bin/$program" >"$work/ldd" || fail "ldd $program"
    if grep -q 'not found' "$work/ldd"; then fail "$program: $(grep 'not found' "$work/ldd")"; fi
    for soname in $(objdump -p "$work/root/usr/bin/$program" | awk '$1 == "NEEDED" {print $2}'); do
        # "libx.so.1 => /path (...)", or "/path/ld-linux.so.2 (...)" for the loader.
        path=$(awk -v s="$soname" '$1 == s && $3 ~ /^\// {print $3}
            $1 ~ /^\// && substr($1, length($1) - length(s)) == "/" s {print $1}' "$work/ldd")
        [[ -n $path ]] || { fail "$program: no path for $soname"; continue; }
        owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null ||
            dpkg -S "${path#/usr}" 2>/dev/null || true)
        owner=${owner%%:*}
        [[ -n $owner ]] || { fail "$program: no package owns $path"; continue; }
        depends_on "$owner" || fail "$program links $soname of $owner, which Depends lacks"
    done
done

# --- desktop file, AppStream metadata, icons ------------------------------------------
check "desktop-file-validate" desktop-file-validate "$work/root/usr/share/applications/huajie.desktop"
metainfo=$work/root/usr/share/metainfo/io.github.huajie.Huajie.metainfo.xml
check "appstreamcli validate" appstreamcli validate --no-net "$metainfo"
release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
check "the newest release in the metainfo ($release) is $version" test "$release" = "$version"
check "the desktop file names the icon huajie" grep -qx 'Icon=huajie' \
    "$work/root/usr/share/applications/huajie.desktop"
for png in "$work"/root/usr/share/icons/hicolor/*/apps/huajie.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    actual="$(((w1 << 24) + (w2 << 16) + (w3 << 8) + w4))x$(((h1 << 24) + (h2 << 16) + (h3 << 8) + h4))"
    check "$size icon is $actual" test "$actual" = "$size"
done

# --- the programs, run from the unpacked files -------------------------------------------
# A home of their own, so the user's settings and data folders are empty.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
export XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
cli=$work/root/usr/bin/huajie-cli
db=$work/cases.sqlite
check "huajie-cli --version" test "$("$cli" --version)" = "huajie $version"
check "huajie --version" test "$("$work/root/usr/bin/huajie" --version)" = "huajie $version"
check "huajie-cli init" "$cli" --db "$db" init
check "huajie-cli demo" "$cli" --db "$db" demo --cases 3 --seed 1 >/dev/null
check "huajie-cli verify" "$cli" --db "$db" verify >/dev/null

# The installed data is read: each kind with a file the built-in copies lack.
share=$work/root/usr/share/huajie
sed 's/"id": *"shizuishan"/"id": "packagetest"/' "$share/profiles/shizuishan.json" \
    >"$share/profiles/packagetest.json"
check "an installed profile is listed" grep -q '^ *packagetest' < <("$cli" --db "$db" profile list)
cat >"$share/holidays/2099.json" <<'EOF'
{"year": 2099, "papers": ["test"], "days": [{"name": "测试", "date": "2099-03-04", "isOffDay": true}]}
EOF
check "an installed holiday file is read" grep -q '^2099-03-04 rest' < <("$cli" --db "$db" calendar 2099-03-04)
echo '<p>INSTALLED-TEMPLATE</p>' >>"$share/templates/notice.html"
number=$("$cli" --db "$db" case list --json | grep -o '"number": *"[^"]*"' | head -n 1 | cut -d'"' -f4)
check "a document renders from the installed template" \
    "$cli" --db "$db" document render "$number" notice --html "$work/notice.html"
check "the installed template is the one used" grep -q INSTALLED-TEMPLATE "$work/notice.html"
# The built-in catalogue is huajie_zh_CN only; a zh_TW one can only come from the folder.
cp "$share/translations/huajie_zh_CN.qm" "$share/translations/huajie_zh_TW.qm"
check "an installed catalogue is loaded" grep -q '行政争议' < <(LANG=zh_TW.UTF-8 "$cli" --help)
check "Chinese under a Chinese locale" grep -q '行政争议' < <(LANG=zh_CN.UTF-8 "$cli" --help)

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package checks passed"
