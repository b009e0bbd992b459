#!/usr/bin/env bash
# End-to-end check of the built product's command line, run the way analysts and scripts run it
# (through ./verbatim and the product's launcher): exit statuses, one-line errors, no stack traces,
# nothing half-written. Part of ./run-tests.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
V="$ROOT/verbatim"
SAMPLES="$ROOT/bundles/org.verbatim.app/samples"
. "$ROOT/releng/scripts/e2e-lib.sh"

# json FILE DESCRIPTION: the file is one valid JSON document
json() {
  checks=$((checks + 1))
  if ! python3 -m json.tool "$WORK/$1" >/dev/null 2>"$WORK/json-err"; then
    echo "FAIL: $2: $1 is not JSON: $(head -1 "$WORK/json-err")"; failures=$((failures + 1))
  fi
}

P="$WORK/project"
run 0 --help;                         expect out 'import' "--help lists the commands"
run 0 --version;                      expect out '^Verbatim [0-9]+\.[0-9]+\.[0-9]+\.' "--version"
DISPLAY= WAYLAND_DISPLAY= run 1;     expect err 'no display to open the workbench on.*xvfb-run' "no command and no display"
run 2 frobnicate;                     expect err "unknown command 'frobnicate'" "unknown command"; lines err 1 "usage error"
run 0 import --help;                  expect out '--charset' "import --help"
run 2 list;                           expect err '--project DIR is required' "missing --project"
run 0 init --project "$P";            expect out "Created project 'project'" "init"
test -f "$P/verbatim.db" && test -d "$P/originals" || { echo "FAIL: init left no verbatim.db/originals"; failures=$((failures+1)); }
run 1 init --project "$P";            expect err 'already a Verbatim project' "init twice"; lines err 1 "init twice"

cp -r "$SAMPLES" "$WORK/samples"; echo '{"not": "a statement"}' > "$WORK/samples/notes.json"
run 0 import --project "$P" "$WORK/samples"
expect out '^5 imported, 0 duplicate, 1 skipped, 0 failed' "folder import summary"
run 0 import --project "$P" --json "$WORK/samples/000_27967090eb5e547d.txt"
expect out '"duplicates":\[\{"file":"[^"]*000_27967090eb5e547d.txt","of":"S1"\}\]' "re-import is a duplicate"

run 0 list --project "$P"
lines out 6 "list prints a header and 5 statements"
expect out '^S4 .*Anniversary of Khojaly massacre commemoration$' "title of the fourth statement"
run 0 list --project "$P" --json;     expect out '"statements":\[\{"id":"S1"' "list --json"
run 0 show --project "$P" S1;         expect out 'Black January' "show prints the text"; expect out 'sha256:[0-9a-f]{64}' "show prints the hash"
run 0 show --project "$P" s2 --json;  expect out '^\{"id":"S2",.*"text":"' "show --json"
run 1 show --project "$P" S99;        expect err 'has no statement S99' "unknown id"; lines err 1 "unknown id"
run 2 show --project "$P" 12x;        expect err 'is not a statement id' "malformed id"

# prov: a statement's lineage back to its original's bytes, PROV exports, one-line errors
run 0 prov --project "$P" S1;         expect out '^S1  lineage of statement/S1/1' "prov lineage"
expect out '^Original:  sha256:[0-9a-f]{64} .*, bytes [0-9]+\.\.[0-9]+ ' "prov names the original's bytes"
expect out '^  decode  ' "prov shows the decoding"; expect out '^  extract \(informs ' "prov shows the extraction"
expect out '^  record [0-9]+  retrieval ' "the duplicate re-import is a later record of S1"
run 0 prov --project "$P" s2 --json;  json out "prov --json"; expect out '"byte_start":[0-9]+' "prov --json byte range"
run 0 prov --project "$P" S1 --removed; expect out '^Removed: ' "prov --removed"
run 1 prov --project "$P" S99;        expect err 'has no statement S99' "prov unknown id"; lines err 1 "prov unknown id"
run 1 prov --project "$P" E1;         expect err 'has no provenance records for E1' "prov unknown excerpt"; lines err 1 "prov unknown excerpt"
run 2 prov --project "$P" 12x;        expect err 'is not a statement or excerpt id' "prov malformed id"; lines err 1 "prov malformed id"
run 0 prov --project "$P" --export prov-json; json out "PROV-JSON export"; expect out '"wasDerivedFrom": \{' "PROV-JSON relations"
run 0 prov --project "$P" --export prov-json S3; json out "PROV-JSON export of one statement"
run 0 prov --project "$P" --export turtle --out "$WORK/prov.ttl"; expect out '^Wrote [0-9]+ records as turtle to ' "turtle --out"
checks=$((checks + 1)); grep -q '^@prefix prov: <http://www.w3.org/ns/prov#> \.$' "$WORK/prov.ttl" || { echo "FAIL: prov.ttl has no PROV prefix"; failures=$((failures + 1)); }
run 1 prov --project "$P" --export turtle --out "$WORK/nowhere/prov.ttl"; expect err 'cannot write .*nowhere/prov.ttl' "export to a missing folder"; lines err 1 "export to a missing folder"
checks=$((checks + 1)); [ ! -e "$WORK/nowhere" ] || { echo "FAIL: a failed export left files"; failures=$((failures + 1)); }
run 2 prov --project "$P" --export rdfxml; expect err 'takes prov-json or turtle' "unknown export format"; lines err 1 "unknown export format"

# Bad input: one line each, naming the file; the good file in the same run is still imported.
B="$WORK/bad"; mkdir "$B"
: > "$B/empty.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$B/image.txt"
printf 'Caf\xe9 statement in windows-1252, issued by the ministry.\n' > "$B/latin1.txt"
printf 'A fresh statement about Khojaly, issued today by the embassy.\n' > "$B/good.txt"
run 1 import --project "$P" "$B/empty.txt" "$B/image.txt" "$B/latin1.txt" "$B/missing.txt" "$B/good.txt"
lines err 3 "one line per bad file"
expect err 'empty.txt: .*empty' "empty file"
expect err 'image.txt: .*binary.*PNG' "binary file"
expect err 'missing.txt: .*does not exist' "missing path"
expect out '^S6 +imported .*latin1.txt' "a file in another encoding is detected and imported"
expect out '^S7 +imported' "the good file is still imported"
run 0 show --project "$P" S6;         expect out 'Encoding:  windows-1252 \(detected\)' "the detected encoding is recorded"
run 1 import --project "$P" --charset UTF-8 "$B/latin1.txt"; expect err 'latin1.txt: is not valid UTF-8 \(byte 0xE9 at offset 3\)' "a named encoding is checked"
# No original is lost: a file that fails is kept under originals/ and listed with its hash.
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1' > "$B/photo.html"
run 1 import --project "$P" "$B/photo.html"; expect err 'photo.html: is a binary file \(PNG image\)' "binary file named .html"
sha=$(sha256sum "$B/photo.html" | cut -d' ' -f1)
test -f "$P/originals/${sha:0:2}/$sha" || { echo "FAIL: the failed original photo.html is not kept under originals/"; failures=$((failures+1)); }
run 0 list --project "$P" --failed
expect out "^F[0-9]+ +[0-9-]+ [0-9:]+ +$sha  [^ ]*/photo.html: is a binary file" "list --failed names the kept original"
expect out "^F[0-9]+ .* - +[^ ]*/missing.txt: does not exist" "list --failed names a failure without bytes"
run 0 list --project "$P" --failed --json
expect out "\"source\":\"[^\"]*/photo.html\",\"reason\":\"is a binary file[^\"]*\",\"sha256\":\"$sha\"" "list --failed --json"

# HTML, ZIP archives and web pages go through the same pipeline.
H="$WORK/html"; mkdir "$H"
cat > "$H/page.html" <<'HTML'
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embassy statement | Example News</title>
<meta property="article:published_time" content="2023-01-20T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
<article><h1>Embassy statement</h1><p>The Embassy of Azerbaijan in Pakistan commemorated the martyrs of 20 January
with a seminar in Islamabad, where speakers recalled the events of 1990 &amp; their victims.</p>
<p>Leaders of think tanks, students and media representatives took part in the seminar and laid flowers.</p></article>
<footer>Share this: Facebook Twitter. Copyright 2023 Example News.</footer></body></html>
HTML
run 0 import --project "$P" "$H/page.html"
run 0 show --project "$P" S8 --removed
expect out '^Issued: +2023-01-20' "issued date read from the page's markup"
expect out '1990 & their victims' "entities decoded in the clean text"
expect out 'nav-element|navigation' "what cleaning removed is listed with its rule"
(cd "$H" && zip -q "$WORK/batch.zip" page.html && cp "$B/good.txt" copy.txt && printf 'Another statement, issued by the ministry of foreign affairs today.\n' > other.txt && zip -q "$WORK/batch.zip" copy.txt other.txt)
run 0 import --project "$P" "$WORK/batch.zip"
expect out '^1 imported, 2 duplicate, 0 skipped, 0 failed' "a ZIP archive's entries are imported one by one"
if command -v python3 >/dev/null; then
  port=$(( 20000 + RANDOM % 20000 ))
  (cd "$H" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
  server=$!
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  printf '<html><body><p>A page fetched from the web about the commemoration in Baku, with enough words to be a statement.</p></body></html>' > "$H/fresh.html"
  run 0 import --project "$P" "http://127.0.0.1:$port/fresh.html"
  expect out 'imported +http://127.0.0.1' "a web page by URL"
  run 1 import --project "$P" "http://127.0.0.1:$port/nothing-here.html"
  expect err 'nothing-here.html: the server answered 404' "a missing page is one line"
  run 0 list --project "$P" --failed --json
  expect out 'nothing-here.html","reason":"the server answered 404[^"]*","sha256":"[0-9a-f]{64}"' "the server's 404 page is kept"
  run 0 import --project "$P" "http://127.0.0.1:$port/fresh.html"
  expect out '0 imported, 1 duplicate' "the same page fetched again unchanged is another retrieval"
  printf '<html><body><p>A page fetched from the web about the commemoration in Baku, with enough words to be a statement.</p><p>An added paragraph: the ceremony was attended by the ambassador.</p></body></html>' > "$H/fresh.html"
  run 0 import --project "$P" --json "http://127.0.0.1:$port/fresh.html"
  revised=$(grep -o '"id":"S[0-9]*"' "$WORK/out" | head -1 | grep -o 'S[0-9]*')
  run 0 show --project "$P" "$revised" --diff
  expect out '^Revision:  of S[0-9]+, imported from the same source' "a page fetched again with changed content is a revision"
  expect out '^\+ An added paragraph: the ceremony was attended by the ambassador\.$' "show --diff shows the added paragraph"
  kill $server 2>/dev/null
else
  echo "cli-end-to-end: python3 is missing, the web import check did not run"
fi

# Search: variants, bad queries in one line, an index rebuilt when it is missing, aliases, saved searches.
run 0 search --project "$P" Khojaly;  expect out '^S4 ' "Khojaly finds the statement that spells it Khojali"
expect out '\[Khojali\]' "the variant is highlighted in the snippet"
run 0 search --project "$P" --facets --json 'Khojaly AND issued:[2019 TO 2021]'
expect out '"total_hits":2,' "a date range"; expect out '"publisher":\[\{"value":"ISESCO","count":1\}' "facets with counts"
run 1 search --project "$P" '"Khojaly genocide'; expect err 'unbalanced quote'; lines err 1 "a bad query is one line"
run 1 search --project "$P" '*ojaly';  expect err 'starts with \* or \?' "a leading wildcard is refused"; lines err 1 "leading wildcard"
rm -rf "$P/index"
run 0 search --project "$P" Khojaly;  expect err 'rebuilt' "a missing index is rebuilt"; expect out '^S4 ' "and searched"
run 0 reindex --project "$P";         expect out '^Rebuilt the search index of .*: [0-9]+ statements' "reindex"
run 0 alias --project "$P" add Khojaly Khojali
run 0 search --project "$P" --exact --json Khojali; expect out '"id":"S2"' "an alias joins exact forms"
run 0 search --project "$P" --save dated 'Khojaly AND issued:[2019 TO 2021]'
run 0 search --project "$P" --saved dated --json; expect out '"total_hits":2,' "a saved search runs again"
run 0 search --project "$P" --list-saved; expect out '^dated  Khojaly AND issued' "saved searches are listed"

# Excerpts, tags, edits and undo: each recorded, nothing lost on undo.
Q='killed hundreds of innocent civilians'
run 0 excerpt --project "$P" S1 --quote "$Q" --note casualties
expect out "^E1  S1 [0-9]+-[0-9]+  \"$Q\"" "an excerpt by its quote"
expect out '^Original: characters [0-9]+-[0-9]+ of sha256:[0-9a-f]{64}$' "the excerpt's place in the original"
run 1 excerpt --project "$P" S1 --quote the; expect err '"the" occurs [0-9]+ times in S1; say which with --occurrence' "an ambiguous quote"; lines err 1 "ambiguous quote"
run 1 excerpt --project "$P" S1 --quote 'words not in the text'; expect err 'S1 does not contain' "a quote not in the text"
run 1 excerpt --project "$P" S1 --start 10 --end 999999; expect err 'outside the text of S1' "a range outside the text"
run 2 excerpt --project "$P" S1 --start 1; expect err 'give both --start and --end' "half a range"
run 0 excerpts --project "$P" --json; expect out '"id":"E1","statement":"S1",.*"original_sha256":"[0-9a-f]{64}"' "excerpts --json"
run 0 tag --project "$P" E1 casualties; expect out "^Tagged E1 'casualties'" "tag an excerpt"
run 0 tag --project "$P" S1 casualties
run 0 tag --project "$P" --find casualties; expect out '^S1 E1$' "tag --find"
run 1 tag --project "$P" E9 casualties; expect err 'has no excerpt E9' "tag of a missing excerpt"; lines err 1 "missing excerpt"
run 0 edit --project "$P" S1 --set issued=2019-01-20; expect out '^S1 issued: "2019-01-18" -> "2019-01-20" \(version 2\)$' "edit a date"
run 0 show --project "$P" S1;         expect out '^Issued: +2019-01-20  \[analyst-edit' "the edited value shows its evidence"
run 1 edit --project "$P" S1 --set issued=soon; expect err 'is not a date for issued' "a bad date"; lines err 1 "bad date"
run 2 edit --project "$P" S1 --set colour=red; expect err "'colour' is not a field that can be edited" "unknown field"
run 0 undo --project "$P";            expect out '^Undid S1 issued: ' "undo the edit"
run 0 show --project "$P" S1;         expect out '^Issued: +2019-01-18  \[' "the old value is back"; expect out '^Version: +3 ' "as version 3"
for _ in 1 2 3; do run 0 undo --project "$P"; done
expect out '^Undid E1 of S1' "undo the excerpt last"
run 1 undo --project "$P";            expect err 'nothing to undo' "nothing left to undo"; lines err 1 "nothing to undo"
run 0 undo --project "$P" --list;     lines out 9 "undo --list: a header, four changes and four undos"
run 0 excerpts --project "$P";        expect out '^No excerpts yet' "an undone excerpt is withdrawn"
# Verify: a fresh project passes and is left byte for byte as it was; one flipped bit of an original
# is named by its hash, with exit status 4.
VP="$WORK/verify"
run 0 init --project "$VP"; run 0 import --project "$VP" "$SAMPLES"
files_of() { (cd "$1" && find . -type f -exec sha256sum {} + | sort); }
before=$(files_of "$VP")
run 0 verify --project "$VP"
expect out '^Verified: 5 records, 5 originals, 5 statements checked in [0-9.]+ s; head hash [0-9a-f]{64}$' "verify passes on a fresh project"
[ "$(files_of "$VP")" = "$before" ] || { echo "FAIL: verify changed the project folder"; failures=$((failures+1)); }
run 0 verify --project "$VP" --json;  expect out '^\{"passed":true,"records":5,' "verify --json"
orig=$(find "$VP/originals" -type f | sort | head -1); osha=$(basename "$orig")
byte=$(od -An -tu1 -j 10 -N 1 "$orig" | tr -d ' ')
printf "\\$(printf %o $((byte ^ 1)))" | dd of="$orig" bs=1 seek=10 conv=notrunc status=none
run 4 verify --project "$VP"
expect out "^original $osha: \\(the original of S[0-9]+\\) .*damaged" "verify names the original whose byte was flipped"
expect err 'failed verification: 1 problem' "verify's one-line verdict"; lines err 1 "verify's verdict"

# Not a project, damaged database: a clear line, nothing created or overwritten.
mkdir "$WORK/plain"; echo keep > "$WORK/plain/file.txt"
run 1 list --project "$WORK/plain";   expect err 'not a Verbatim project' "not a project"; lines err 1 "not a project"
[ "$(ls -A "$WORK/plain")" = "file.txt" ] || { echo "FAIL: opening a non-project created files"; failures=$((failures+1)); }
run 1 init --project "$WORK/plain";   expect err 'not empty' "init refuses a folder with files"
cp -r "$P" "$WORK/damaged"; rm -f "$WORK/damaged"/verbatim.db-wal "$WORK/damaged"/verbatim.db-shm
printf 'this is not a database at all, just text written over the header' | dd of="$WORK/damaged/verbatim.db" conv=notrunc status=none
before=$(sha256sum "$WORK/damaged/verbatim.db")
run 1 list --project "$WORK/damaged"; expect err 'damaged' "damaged database"; lines err 1 "damaged database"
[ "$(sha256sum "$WORK/damaged/verbatim.db")" = "$before" ] || { echo "FAIL: a damaged database was changed"; failures=$((failures+1)); }

# A process killed mid-import leaves a consistent project: what was committed stays, nothing is
# partial, and running the same import again finishes the rest.
K="$WORK/killed"; M="$WORK/many"; mkdir "$M"
for i in $(seq 1000); do printf 'Statement %d of the ministry, issued in Baku on day %d.\n' "$i" "$i" > "$M/s$i.txt"; done
run 0 init --project "$K"
"$V" import --project "$K" "$M" >/dev/null 2>&1 &
importer=$!
for _ in $(seq 600); do
  [ "$(find "$K/originals" -type f 2>/dev/null | wc -l)" -ge 100 ] && break
  kill -0 $importer 2>/dev/null || break; sleep 0.05
done
pkill -KILL -P $importer 2>/dev/null; kill -KILL $importer 2>/dev/null; wait $importer 2>/dev/null
run 0 list --project "$K" --failed;  expect out '^No failed imports\.$' "a killed import records no failures"
run 0 list --project "$K" --json
done_before=$(grep -o '"id":"S[0-9]*"' "$WORK/out" | wc -l)
run 0 import --project "$K" "$M"
expect out "^$((1000 - done_before)) imported, $done_before duplicate, 0 skipped, 0 failed" "re-running a killed import finishes the rest"
run 0 list --project "$K"
lines out 1001 "after the re-run every file is in the project once"
run 0 search --project "$K" --json ministry
expect out '"total_hits":1000,' "the index catches up with what a killed import stored"
echo "cli-end-to-end: the killed import had committed $done_before of 1000 files"

# Reports in every format: Markdown and DOCX are verified like HTML and PDF, an edited quote is
# named with exit status 4; bibliographies cite each statement once; HTML embeds the lineage.
R="$WORK/reports"; RQ='killed hundreds of innocent civilians'
run 0 init --project "$R"; run 0 import --project "$R" "$SAMPLES"
run 0 excerpt --project "$R" S1 --quote "$RQ"
run 0 excerpt --project "$R" S1 --start 0 --end 20
run 0 excerpt --project "$R" S2 --start 0 --end 20
for f in html md pdf docx; do
  run 0 report --project "$R" --excerpts E1,E2,E3 --format $f --out "$WORK/r.$f"
  run 0 verify-report --project "$R" "$WORK/r.$f"; expect out '^All 3 quotes verified\.$' "verify-report of a $f report"
done
expect_file() { checks=$((checks + 1)); grep -qE -- "$2" "$1" || { echo "FAIL: $3: no /$2/ in $1"; failures=$((failures + 1)); }; }
expect_file "$WORK/r.html" '<script type="application/json" id="verbatim-provenance">\{$' "the HTML report embeds PROV-JSON"
expect_file "$WORK/r.html" '^ +"vbp": "urn:verbatim:log:[0-9a-f]{64}/",$' "the PROV-JSON's namespace"
expect_file "$WORK/r.html" '^ +"vbp:excerpt/E3/1": \{$' "the embedded PROV-JSON names each quoted excerpt"
sed -i "s/^> $RQ/> killed thousands of innocent civilians/" "$WORK/r.md"
run 4 verify-report --project "$R" "$WORK/r.md"; expect out '^E1 +EDITED ' "an edited Markdown quote is named"
run 0 report --project "$R" --excerpts E1,E2,E3 --format csl-json --out "$WORK/r.json"
[ "$(grep -c '"id":' "$WORK/r.json")" -eq 2 ] || { echo "FAIL: CSL-JSON: one item per cited statement"; failures=$((failures+1)); }
expect_file "$WORK/r.json" '"author":\[\{"literal":"Abdulaziz Othman Altwaijri"\}\]' "CSL-JSON authors"
run 0 report --project "$R" --excerpts E1,E2,E3 --format bibtex --out "$WORK/r.bib"
expect_file "$WORK/r.bib" '^@misc\{altwaijri2019occasion,$' "a BibTeX key"
expect_file "$WORK/r.bib" '^  note = \{Archived original SHA-256 [0-9a-f]{64}; ' "the original's hash in the BibTeX note"
run 0 report --project "$R" --excerpts E1,E2,E3 --format ris --out "$WORK/r.ris"
[ "$(grep -c '^ER  - ' "$WORK/r.ris")" -eq 2 ] || { echo "FAIL: RIS: one record per cited statement"; failures=$((failures+1)); }
run 0 report --project "$R" --query 'civilians' --format md --out "$WORK/q.md" --json
expect out '"quotes":1,"excerpts":\["E1"\]' "report --query takes the excerpts a search finds"
run 1 verify-report --project "$R" "$WORK/r.bib"; expect err 'carries no quote selectors' "a bibliography is not a report to verify"; lines err 1 "bibliography verify"

# Search in excerpts and tags: hits name their kind; untag takes a statement out at once.
run 0 excerpt --project "$P" S1 --quote "$Q" --note casualties
ex=$(grep -oE '^E[0-9]+' "$WORK/out" | head -1)
run 0 tag --project "$P" "$ex" casualties
run 0 tag --project "$P" S1 'Needs review'
run 0 search --project "$P" --scope excerpts --json civilians
expect out "\"kind\":\"excerpt\",\"id\":\"$ex\",\"statement\":\"S1\"" "an excerpt is found in the excerpts scope"
run 0 search --project "$P" --json 'tag:casualties'; expect out '"total_hits":1,' "tag: finds the tagged excerpt"
run 0 search --project "$P" --tag 'needs review' --facets civilians
expect out '^S1 ' "--tag finds the tagged statement"; expect out '^tag: +Needs review \(1\)' "the tag facet counts it"
run 0 tag --project "$P" S1 'Needs review' --remove
run 0 search --project "$P" --tag 'Needs review' civilians; expect out '^0 hits for civilians' "untag takes it out"
run 0 search --project "$P" '/civilian.*/'; expect out '^S1 ' "a regular expression (walked under the time limit)"

start=$(date +%s%N); "$V" list --project "$P" >/dev/null; end=$(date +%s%N)
echo "cli-end-to-end: $checks checks, $failures failed; 'verbatim list' on the sample project took $(( (end - start) / 1000000 )) ms"
[ "$failures" -eq 0 ]
