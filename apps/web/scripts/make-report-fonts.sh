#!/usr/bin/env bash
# Regenerates the fonts embedded in the report PDF (src/features/report/pdf/fonts/): DejaVu Sans and DejaVu Sans
# Bold reduced to the characters the report can print (French and other Latin-script text, « » ’ … – —, €, ≤ ≥,
# ▲ ✓). Standard PDF fonts cannot print ≤ (jsPDF writes "d) — see docs/reports.md.
# Needs Debian's fonts-dejavu-core (DejaVu 2.37) and fonttools: apt-get install -y fonts-dejavu-core fonttools
# The ranges must match PRINTABLE_RANGES in src/features/report/pdf/printable.ts (checked by printable.test.ts).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source_dir="${DEJAVU_DIR:-/usr/share/fonts/truetype/dejavu}"
out="$here/src/features/report/pdf/fonts"
command -v pyftsubset >/dev/null || { echo "pyftsubset missing: apt-get install -y fonttools" >&2; exit 1; }
[ -f "$source_dir/DejaVuSans.ttf" ] || { echo "DejaVu fonts missing in $source_dir: apt-get install -y fonts-dejavu-core" >&2; exit 1; }
ranges="U+0020-007E,U+00A0-017F,U+0218-021B,U+2010-2027,U+202F-2030,U+2039-203A,U+20AC,U+2190-2193,U+2212,U+2248,U+2264-2265,U+25A0,U+25B2,U+25BC,U+25CF,U+2713"
for face in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "$source_dir/$face.ttf" --unicodes="$ranges" --output-file="$out/$face-oz.ttf" \
    --no-hinting --layout-features='' --name-IDs='*' --name-languages='*' --notdef-outline
done
ls -l "$out"
