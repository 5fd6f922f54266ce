#!/bin/sh
# Writes data/examples/roster.xlsx from data/examples/roster.csv with LibreOffice, so the example is a
# workbook saved by a spreadsheet program (shared strings, Calc's own styles), not by the library rencai
# reads with. The CSV is copied as 花名册.csv because Calc names the sheet after the file. The output is
# committed; CI does not need LibreOffice. Run after changing the CSV (Debian: apt-get install libreoffice-calc).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/data/examples/roster.csv" "$work/花名册.csv"
# CSV filter: comma, double quote, UTF-8 (76), from line 1, all columns as text-or-number as Calc guesses.
(cd "$work" && HOME="$work" soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx 花名册.csv >/dev/null)
cp "$work/花名册.xlsx" "$root/data/examples/roster.xlsx"
