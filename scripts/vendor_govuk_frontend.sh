#!/usr/bin/env bash
# Vendor GOV.UK Frontend into static/govuk/.
#
# - Installs pinned govuk-frontend + sass (dart-sass, pure JS) in a temp dir
#   (nothing is written to the repo apart from static/govuk/).
# - Compiles GOV.UK Frontend from Sass WITHOUT the GDS Transport font
#   (this is not a GOV.UK service) and with relative asset URLs so that
#   Django's ManifestStaticFilesStorage can fingerprint referenced files.
# - Copies the ES module JS bundle, images, manifest.json and licence.
#
# Re-runnable: static/govuk/ is rebuilt from scratch each time.
# Usage: scripts/vendor_govuk_frontend.sh   (from anywhere)
set -euo pipefail

GOVUK_FRONTEND_VERSION="6.6.0"
SASS_VERSION="1.108.2"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$REPO_ROOT/static/govuk"

TMP="$(mktemp -d)"
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT

die() { echo "ERROR: $*" >&2; exit 1; }

echo "==> Installing govuk-frontend@$GOVUK_FRONTEND_VERSION and sass@$SASS_VERSION in $TMP"
cd "$TMP"
cat > package.json <<JSON
{ "name": "vendor-govuk-frontend", "private": true, "version": "0.0.0" }
JSON
npm install --no-audit --no-fund --save-exact --loglevel=error \
  "govuk-frontend@$GOVUK_FRONTEND_VERSION" "sass@$SASS_VERSION" >/dev/null

PKG="$TMP/node_modules/govuk-frontend"
SRC="$PKG/dist/govuk"
installed="$(node -p "require('$PKG/package.json').version")"
[ "$installed" = "$GOVUK_FRONTEND_VERSION" ] || die "installed govuk-frontend $installed != $GOVUK_FRONTEND_VERSION"
sass_installed="$(node -p "require('$TMP/node_modules/sass/package.json').version")"
[ "$sass_installed" = "$SASS_VERSION" ] || die "installed sass $sass_installed != $SASS_VERSION"

echo "==> Compiling Sass"
# Settings live in dist/govuk/settings/_typography-font.scss and _assets.scss.
# Paths are relative to the compiled CSS file (static/govuk/govuk-frontend.min.css).
mkdir -p "$TMP/build"
cat > "$TMP/build/govuk-frontend.scss" <<'SCSS'
@use "pkg:govuk-frontend" with (
  $govuk-font-family: (arial, helvetica, sans-serif),
  $govuk-include-default-font-face: false,
  $govuk-assets-path: "assets/",
  $govuk-images-path: "assets/images/",
  $govuk-fonts-path: "assets/fonts/"
);
SCSS
"$TMP/node_modules/.bin/sass" \
  --pkg-importer=node \
  --style=compressed \
  --source-map --embed-sources \
  --no-error-css \
  --quiet-deps \
  "$TMP/build/govuk-frontend.scss" "$TMP/build/govuk-frontend.min.css"

CSS_TMP="$TMP/build/govuk-frontend.min.css"
[ -s "$CSS_TMP" ] || die "compiled CSS is empty"
[ -s "$CSS_TMP.map" ] || die "source map missing"
grep -q 'sourceMappingURL=govuk-frontend.min.css.map' "$CSS_TMP" || die "sourceMappingURL comment missing"
grep -q '\.govuk-header' "$CSS_TMP" || die "compiled CSS has no .govuk-header"
if grep -q 'GDS Transport' "$CSS_TMP"; then die "compiled CSS still references GDS Transport"; fi
if grep -q '@font-face' "$CSS_TMP"; then die "compiled CSS contains @font-face"; fi

echo "==> Writing $DEST"
rm -rf "$DEST"
mkdir -p "$DEST/assets"
cp "$CSS_TMP" "$CSS_TMP.map" "$DEST/"
cp "$SRC/govuk-frontend.min.js" "$SRC/govuk-frontend.min.js.map" "$DEST/"
cp -R "$SRC/assets/images" "$DEST/assets/images"   # fonts deliberately NOT copied
if [ -f "$SRC/assets/manifest.json" ]; then
  cp "$SRC/assets/manifest.json" "$DEST/assets/manifest.json"
  # Any absolute src ("/assets/images/x") -> relative to manifest ("images/x").
  node - "$DEST/assets/manifest.json" <<'JS'
const fs = require('fs'); const f = process.argv[2];
const m = JSON.parse(fs.readFileSync(f, 'utf8'));
for (const icon of m.icons || []) {
  if (typeof icon.src === 'string') icon.src = icon.src.replace(/^(\/?assets)?\/+/, '');
  if (/^([a-z]+:|\/)/i.test(icon.src)) { console.error('non-relative manifest src: ' + icon.src); process.exit(1); }
  if (!fs.existsSync(require('path').join(require('path').dirname(f), icon.src))) {
    console.error('manifest src missing: ' + icon.src); process.exit(1);
  }
}
fs.writeFileSync(f, JSON.stringify(m, null, 2) + '\n');
JS
fi

echo "==> Checking url() targets in compiled CSS"
missing=0
while IFS= read -r u; do
  [ -n "$u" ] || continue
  case "$u" in
    data:*) continue ;;
    /*|*://*) echo "absolute url() not allowed: $u" >&2; missing=1; continue ;;
  esac
  path="${u%%[?#]*}"
  if [ ! -f "$DEST/$path" ]; then
    echo "url() target missing: $u" >&2; missing=1
  fi
done < <(grep -o 'url([^)]*)' "$DEST/govuk-frontend.min.css" \
          | sed -E 's/^url\(//; s/\)$//; s/^["'\'']//; s/["'\'']$//' | sort -u)
[ "$missing" -eq 0 ] || die "url() check failed"

echo "==> Licence and version"
lic="$(find "$PKG" -maxdepth 1 -iname 'licen[cs]e*' | head -n1)"
if [ -n "$lic" ]; then
  cp "$lic" "$DEST/LICENSE.txt"
else
  # govuk-frontend's npm tarball ships no LICENSE file; package.json declares MIT.
  # Text below is upstream alphagov/govuk-frontend LICENSE.txt.
  [ "$(node -p "require('$PKG/package.json').license")" = "MIT" ] || die "unexpected licence in package.json"
  cat > "$DEST/LICENSE.txt" <<'LICENSE'
The MIT License (MIT)

Copyright (C) 2017 Crown Copyright (Government Digital Service)

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies
of the Software, and to permit persons to whom the Software is furnished to do
so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
LICENSE
fi

cat > "$DEST/VERSION" <<VERSION
govuk-frontend $GOVUK_FRONTEND_VERSION
sass $SASS_VERSION
Generated by scripts/vendor_govuk_frontend.sh (do not edit by hand)
Sass settings: \$govuk-font-family: (arial, helvetica, sans-serif); \$govuk-include-default-font-face: false; \$govuk-assets-path: "assets/"; \$govuk-images-path: "assets/images/"; \$govuk-fonts-path: "assets/fonts/"
VERSION

echo "==> Done: $DEST"
