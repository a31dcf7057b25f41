#!/usr/bin/env bash
# Make sure the Debian packages the product and its tests need are installed:
# Pango (WeasyPrint), HarfBuzz's subsetter (faster PDF fonts), Liberation fonts (the paper's
# Arial-compatible face), poppler-utils (tests read PDFs back with pdftotext), the PostgreSQL
# client tools, Chromium (the browser and accessibility tests drive it with Playwright), Java
# (the Nu HTML Checker, vnu.jar, checks every page the tests open).
# Installs what is missing when run as root with apt-get; otherwise says what to install.
set -euo pipefail

packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation poppler-utils
          postgresql-client chromium openjdk-17-jre-headless)

if ! command -v dpkg >/dev/null; then
    echo "Not a Debian-based system: install Pango, HarfBuzz, Liberation fonts, poppler-utils and Java 17" \
         "with your package manager." >&2
    exit 0
fi
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "Missing system packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
