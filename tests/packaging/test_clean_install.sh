#!/usr/bin/env bash
# Installs the package made by test_package.sh on a clean Debian 12: a minimal
# root made with debootstrap from Debian's archive, where apt brings exactly
# what the package depends on (no recommends). Then runs the command line, starts
# the desk under a Chinese locale on a virtual screen and reads its window's
# title and icon, checks the menu entry and its icons, and removes the package.
# Needs root (chroot, mount) and Debian's archive; takes a minute or two.
# Usage: test_clean_install.sh PACKAGE_DIR VERSION WORK_DIR
set -euo pipefail

packages=$1 version=$2 work=$3
mirror=${HUAJIE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$work/root

debs=("$packages"/huajie_"$version"_*.deb)
[[ -f ${debs[0]} ]] || { echo "no package in $packages: run test_package.sh first" >&2; exit 1; }
deb=${debs[0]}
if [[ $(id -u) -ne 0 ]]; then
    echo "needs root, for chroot and mount (CI runs as root)" >&2
    exit 1
fi

unmount() {
    if mountpoint -q "$root/proc" 2>/dev/null; then umount "$root/proc" || umount -l "$root/proc"; fi
}
cleanup() {
    unmount
    # --one-file-system: never into a mount left behind.
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
cleanup # what a killed run left behind

mkdir -p "$work/debootstrap-cache"
echo "debootstrap bookworm from $mirror"
start=$SECONDS
debootstrap --variant=minbase --cache-dir="$(realpath "$work/debootstrap-cache")" \
    bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 20 "$work/debootstrap.log" >&2; exit 1; }
echo "  done in $((SECONDS - start)) s"
# As a fresh installation has it: the release with its updates and security fixes.
security=${HUAJIE_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
mount -t proc proc "$root/proc"

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        XDG_RUNTIME_DIR=/tmp/runtime DEBIAN_FRONTEND=noninteractive "$@"
}
failures=0
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then echo "ok: $what"; else echo "FAIL: $what" >&2; failures=$((failures + 1)); fi
}

cp "$deb" "$root/tmp/huajie.deb"
mkdir -p -m 700 "$root/tmp/runtime"
start=$SECONDS
in_root apt-get update -qq >"$work/apt.log" 2>&1 &&
    in_root apt-get install -y -qq --no-install-recommends /tmp/huajie.deb >>"$work/apt.log" 2>&1 ||
    { tail -n 30 "$work/apt.log" >&2; exit 1; }
echo "installed with its dependencies in $((SECONDS - start)) s"

# The command line and the desk, with nothing but the package's dependencies.
check "huajie-cli --version" test "$(in_root huajie-cli --version)" = "huajie $version"
check "huajie-cli init" in_root sh -c 'huajie-cli --db /tmp/cases.sqlite init >/dev/null'
check "huajie-cli demo" in_root sh -c 'huajie-cli --db /tmp/cases.sqlite demo --cases 2 --seed 1 >/dev/null'
check "a document to PDF" in_root sh -c \
    'huajie-cli --db /tmp/cases.sqlite document render "$(huajie-cli --db /tmp/cases.sqlite case list --json |
        grep -o "\"number\": *\"[^\"]*\"" | head -n 1 | cut -d\" -f4)" notice --pdf /tmp/notice.pdf'
# The Chinese faces come from fonts-noto-cjk, a dependency.
check "the PDF embeds a Noto CJK SC face" grep -aq 'BaseFont */Noto[A-Za-z]*CJKsc' "$root/tmp/notice.pdf"
check "huajie-cli speaks Chinese under zh_CN" grep -q '行政争议' \
    < <(in_root env LANG=zh_CN.UTF-8 huajie-cli --help)
check "huajie speaks Chinese under zh_CN" grep -q '工作台' \
    < <(in_root env LANG=zh_CN.UTF-8 QT_QPA_PLATFORM=offscreen huajie --help 2>/dev/null)
# Still running after a few seconds: it started, found its plugins and stayed up.
status=0
in_root env LANG=zh_CN.UTF-8 QT_QPA_PLATFORM=offscreen timeout 5 huajie --db /tmp/cases.sqlite \
    >"$work/offscreen.log" 2>&1 || status=$?
check "huajie starts (offscreen) and keeps running" test "$status" -eq 124

# The menu entry and its icon, where the desktop looks for them.
check "menu entry" test -f "$root/usr/share/applications/huajie.desktop"
check "menu entry runs huajie" grep -qx 'Exec=huajie' "$root/usr/share/applications/huajie.desktop"
check "Chinese menu name" grep -qx 'Name\[zh_CN\]=化解' "$root/usr/share/applications/huajie.desktop"
for size in 16x16 32x32 48x48 64x64 128x128 256x256 scalable; do
    icons=("$root/usr/share/icons/hicolor/$size/apps/huajie".*)
    check "hicolor $size icon" test -f "${icons[0]}"
done

# The desk on a real (virtual) X screen, as the menu entry starts it: its window
# says 化解 and carries the icon. The X tools come after the checks above, so that
# nothing they bring could stand in for a dependency the package lacks.
in_root apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils >>"$work/apt.log" 2>&1 ||
    { tail -n 30 "$work/apt.log" >&2; exit 1; }
cat >"$root/tmp/window.sh" <<'EOF'
#!/bin/sh
# Prints the title and whether an icon is set, of each top-level window of huajie.
Xvfb :7 -screen 0 1400x900x24 -nolisten tcp >/tmp/xvfb.log 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=:7
for _ in 1 2 3 4 5 6 7 8 9 10; do xwininfo -root >/dev/null 2>&1 && break; sleep 1; done
LANG=zh_CN.UTF-8 huajie --db /tmp/cases.sqlite >/tmp/huajie.log 2>&1 &
desk=$!
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
    sleep 1
    xwininfo -root -tree | grep -q '("huajie" "huajie")' && break
done
sleep 2
for id in $(xwininfo -root -tree | awk '/\("huajie" "huajie"\)/ {print $1}'); do
    xprop -id "$id" _NET_WM_NAME
    xprop -id "$id" _NET_WM_ICON | head -n 2
done
kill $desk
EOF
chmod +x "$root/tmp/window.sh"
in_root /tmp/window.sh >"$work/window.log" 2>&1 || true
# xprop writes UTF-8 as octal escapes: 化解 is \345\214\226\350\247\243.
# The title is the center's name, then the program's, as Qt adds it.
check "the desk's window title names 化解" grep -qE \
    '_NET_WM_NAME\(UTF8_STRING\) = ".*\\345\\214\\226\\350\\247\\243' "$work/window.log"
check "the desk's window has the icon" grep -q 'Icon (' "$work/window.log"
if ((failures)); then
    cat "$work/window.log" "$root/tmp/huajie.log" "$work/offscreen.log" 2>/dev/null >&2 || true
fi

# And away again, leaving nothing behind.
check "dpkg --purge huajie" in_root sh -c 'dpkg --purge huajie >/dev/null'
check "no /usr/share/huajie after purge" test ! -e "$root/usr/share/huajie"
check "no /usr/bin/huajie after purge" test ! -e "$root/usr/bin/huajie"

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "clean install checks passed"
