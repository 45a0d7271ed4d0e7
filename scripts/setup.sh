#!/usr/bin/env bash
# Installs what Huajie needs from Debian 12's packages, only what is missing.
# Usage: scripts/setup.sh [--tests] [--fuzz]
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libgl-dev libical-dev
    qt6-charts-dev libqt6opengl6-dev libxlsxwriter-dev libsodium-dev
    fonts-noto-cjk
    xvfb xauth
)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(catch2 poppler-utils unzip python3)
    # The package test: cpack's dependency scan, validators, a clean Debian root.
    packages+=(dpkg-dev binutils desktop-file-utils appstream debootstrap)
fi
if [[ " $* " == *" --fuzz "* ]]; then
    # clang with libFuzzer and its sanitizer runtimes, for scripts/fuzz.sh.
    packages+=(clang libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=""
    if [[ $(id -u) -ne 0 ]]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
