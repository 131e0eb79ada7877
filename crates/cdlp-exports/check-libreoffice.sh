#!/usr/bin/env bash
# LibreOffice round trip of cdlp-exports, for CI or by hand (not a cargo test: it needs soffice).
#
#   crates/cdlp-exports/check-libreoffice.sh DIR
#
# Writes two sample sheets (accented French text, integers, decimals) as DIR/t.xlsx and
# DIR/t.ods with cdlp-exports, has LibreOffice convert each sheet of both files to CSV, and
# checks that every CSV holds the same text and figures as cdlp-exports' own CSV of that sheet
# (DIR/expected-N.csv), modulo separators, and that LibreOffice typed numbers as numbers and
# text as text (a département code "01" stays text). Exits non-zero if soffice is missing, if a conversion
# fails or if a figure differs.
#
# Needs: cargo, and LibreOffice Calc (Debian bookworm):
#   apt-get update && apt-get install -y --no-install-recommends libreoffice-calc
# (about 40 s, 94 MB of packages). Honours CARGO_TARGET_DIR.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
if ! command -v soffice >/dev/null; then
    echo "soffice not found: apt-get install -y --no-install-recommends libreoffice-calc" >&2
    exit 2
fi

crate=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$1"
dir=$(cd "$1" && pwd)

cargo run --quiet --manifest-path "$crate/Cargo.toml" --example libreoffice_roundtrip -- write "$dir"

# A profile of its own: no clash with a LibreOffice already running, nothing written to $HOME.
profile="$dir/.libreoffice-profile"
sheets=2
for format in xlsx ods; do
    for sheet in $(seq 1 "$sheets"); do
        out="$dir/.soffice-$format-$sheet"
        rm -rf "$out"
        mkdir -p "$out"
        # CSV filter options: separator ',' (44), text delimiter '"' (34), UTF-8 (76), from line
        # 1, -, -, quote all text cells (so that the check sees which cells are numbers), -,
        # save as shown, no formulas, -, sheet number.
        soffice -env:UserInstallation="file://$profile" --headless \
            --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,$sheet" \
            --outdir "$out" "$dir/t.$format" >"$out.log" 2>&1 || {
            cat "$out.log" >&2
            echo "soffice failed to convert t.$format, sheet $sheet" >&2
            exit 1
        }
        # LibreOffice names the file after the sheet: t-<sheet name>.csv.
        converted=("$out"/*.csv)
        if [[ ! -f "${converted[0]}" ]]; then
            cat "$out.log" >&2
            echo "soffice wrote no CSV for t.$format, sheet $sheet" >&2
            exit 1
        fi
        mv "${converted[0]}" "$dir/$format-$sheet.csv"
        rm -rf "$out" "$out.log"
    done
done

cargo run --quiet --manifest-path "$crate/Cargo.toml" --example libreoffice_roundtrip -- check "$dir"
