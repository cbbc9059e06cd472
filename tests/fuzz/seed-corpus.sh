#!/usr/bin/env bash
# Cuts fuzzing seeds from the real files each reader meets, at run time so no dataset text is
# copied into the repository: statements of ../shared/datasets (MIT and BSD-3 licensed, see the
# licence files there), the orders sample, and the Mermaid and JSON examples of docs/.
# usage: seed-corpus.sh REPO_ROOT SHARED_DIR OUT_DIR
set -euo pipefail
root=$1 shared=$2 out=$3
rm -rf "$out"
for t in sqltokenizer scriptsplitter ddlparser querylist mermaid answersjson planjson migrationname; do
    mkdir -p "$out/$t"
done

# One seed per statement (at most 4 KB), keeping every CREATE and the first 40 other statements
# of each file; runs of 15 statements for the splitter; views' SELECTs as query files.
for f in "$shared"/datasets/*.sql "$root"/resources/samples/orders/*.sql; do
    [ -f "$f" ] || continue
    awk -v out="$out" -v base="$(basename "$f" .sql)" '
        BEGIN { RS = ";" }
        {
            s = $0
            sub(/^[ \t\r\n]+/, "", s)
            if (s == "" || length(s) > 4096)
                next
            n++
            create = toupper(substr(s, 1, 6)) == "CREATE"
            if (create || ++others <= 40) {
                file = sprintf("%s/sqltokenizer/%s-%04d.sql", out, base, n)
                printf "%s;", s > file; close(file)
            }
            if (create) {
                file = sprintf("%s/ddlparser/%s-%04d.sql", out, base, n)
                printf "%s", s > file; close(file)
            }
            if (toupper(substr(s, 1, 11)) == "CREATE VIEW" && match(toupper(s), /[ \t\r\n\]"]AS[ \t\r\n]/)) {
                file = sprintf("%s/querylist/%s-%04d.sql", out, base, n)
                printf "-- name: %s\n%s;\n", base "-" n, substr(s, RSTART + RLENGTH) > file; close(file)
            }
            chunk = chunk s ";\n"
            if (++inChunk == 15) {
                file = sprintf("%s/scriptsplitter/%s-%04d.sql", out, base, n)
                if (length(chunk) <= 8192) { printf "%s", chunk > file; close(file) }
                chunk = ""; inChunk = 0
            }
        }' "$f"
    case $(basename "$f") in
        [VUR]*__*.sql) printf '%s' "$(basename "$f")" > "$out/migrationname/$(basename "$f").txt" ;;
    esac
done
cp "$root"/resources/samples/orders/queries.sql "$out/querylist/"

# Fenced ```mermaid and ```json blocks of the docs.
for f in "$root"/docs/*.md "$root"/README.md; do
    awk -v out="$out" -v base="$(basename "$f" .md)" '
        /^```mermaid/ { kind = "mermaid"; n++; file = sprintf("%s/mermaid/%s-%03d.mmd", out, base, n); next }
        /^```json/ { kind = "json"; n++; file = sprintf("%s/answersjson/%s-%03d.json", out, base, n); next }
        /^```/ { if (kind != "") close(file); kind = ""; next }
        kind != "" { print > file }' "$f"
done
cp "$out"/answersjson/* "$out/planjson/" 2>/dev/null || true
cp "$root"/resources/samples/orders/orders.mmd "$out/mermaid/"
