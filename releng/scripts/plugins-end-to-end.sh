#!/usr/bin/env bash
# End-to-end check of installing extra plugins: on a COPY of the built product (its tar.gz), from the
# built, signed update site, `verbatim plugins list | install | uninstall`, a restart between each
# step (each command is a new start of the product), the plugins' commands and formats appearing and
# going, and the trust checks: a tampered copy of the site is refused, an unsigned copy needs
# --allow-unsigned; and that the product's script starts the workbench again after "Restart Now"
# (exit status 23). Part of ./run-tests, after cli-end-to-end.sh.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/releng/scripts/java.sh"
TARGET="$ROOT/releng/org.verbatim.repository/target"
SITE="$TARGET/repository"
ARCHIVE="$(ls "$TARGET"/products/*linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)"
SAMPLES="$ROOT/bundles/org.verbatim.app/samples"
if [ -z "$ARCHIVE" ] || [ ! -f "$SITE/p2.index" ]; then
  echo "plugins-end-to-end: no built product archive or update site under $TARGET; build first (./mvnw -B clean verify)" >&2
  exit 1
fi
. "$ROOT/releng/scripts/e2e-lib.sh"
started=$(date +%s)

tar -xzf "$ARCHIVE" -C "$WORK"
V="$(ls -d "$WORK"/*/verbatim | head -n 1)"
[ -x "$V" ] || { echo "plugins-end-to-end: no verbatim script in $ARCHIVE" >&2; exit 1; }

PRODUCT_DIR="$(dirname "$V")"
# plugins_in_product: the extra plugins' bundles the copied product starts with
plugins_in_product() {
  grep -oE '^org\.verbatim\.(qda|feeds|sample\.importer),[^,]*' "$PRODUCT_DIR"/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info || true
}
# product_files: the bundles and features in the copied product's folders
product_files() {
  (cd "$PRODUCT_DIR" && ls plugins features | sort)
}
# files_of NAME: the copied product's jars or folders of bundle NAME and of feature NAME.feature
files_of() {
  ls -d "$PRODUCT_DIR"/plugins/"$1"_* "$PRODUCT_DIR"/features/"$1".feature_* 2>/dev/null
}
# files_gone NAME DESCRIPTION: an uninstall removed the files of NAME (p2's garbage collector ran)
files_gone() {
  checks=$((checks + 1))
  if [ -n "$(files_of "$1")" ]; then
    echo "FAIL: $2: left $(files_of "$1" | sed "s|$PRODUCT_DIR/||" | tr '\n' ' ')"; failures=$((failures + 1))
  fi
}
product_files >"$WORK/files-before"

QDA=org.verbatim.qda.feature
FEEDS=org.verbatim.feeds.feature

# Restart Now: the product's script starts the workbench again while it ends with 23 (EXIT_RESTART)
# or 24 (EXIT_RELAUNCH), with the same command line, and passes any other status on. A stand-in for
# java records each start and answers the statuses of FAKE_ANSWERS in turn.
mkdir -p "$WORK/fake-java/bin"
cat >"$WORK/fake-java/bin/java" <<'EOF'
#!/bin/sh
echo "$*" >>"$FAKE_STARTS"
answer=$(echo "$FAKE_ANSWERS" | cut -d ' ' -f "$(grep -c '' "$FAKE_STARTS")")
exit "${answer:-0}"
EOF
chmod +x "$WORK/fake-java/bin/java"
# the script takes a runtime whose release file says 25 or newer
printf 'JAVA_VERSION="25.0.1"\n' >"$WORK/fake-java/release"
# workbench_starts ANSWERS EXPECTED_STATUS EXPECTED_STARTS
workbench_starts() {
  : >"$WORK/starts"
  JAVA_HOME="$WORK/fake-java" FAKE_STARTS="$WORK/starts" FAKE_ANSWERS="$1" DISPLAY=:99 VERBATIM_WORKSPACE="$WORK/ws" \
    "$V" </dev/null >/dev/null 2>&1
  local status=$? starts
  starts=$(grep -c '' "$WORK/starts")
  checks=$((checks + 1))
  if [ "$status" -ne "$2" ] || [ "$starts" -ne "$3" ]; then
    echo "FAIL: a workbench answering '$1' was started $starts times and the script ended with $status;" \
      "expected $3 starts and $2"
    failures=$((failures + 1))
  fi
}
workbench_starts "23 24 0" 0 3
expect starts '-application org\.verbatim\.app\.workbench -data .*/ws$' "the workbench is started with its workspace"
checks=$((checks + 1))
if [ "$(sort -u "$WORK/starts" | grep -c '')" -ne 1 ]; then
  echo "FAIL: a restart changed the command line:"; sed 's/^/  | /' "$WORK/starts"; failures=$((failures + 1))
fi
workbench_starts "23 13" 13 2
workbench_starts "1" 1 1
# a JAVA_HOME (or java on the PATH) older than 25 is passed over for a Java 25 in /usr/lib/jvm,
# instead of the launcher failing with a LinkageError
OLD_JAVA="$(ls -d /usr/lib/jvm/java-17-openjdk* 2>/dev/null | head -n 1)"
if [ -n "$OLD_JAVA" ]; then
  JAVA_HOME="$OLD_JAVA" PATH="$OLD_JAVA/bin:$PATH" run 0 plugins list
  absent err 'LinkageError|UnsupportedClassVersionError' "an older JAVA_HOME is passed over"
fi

# A project with one tagged excerpt, to export with the QDA plugin's format.
P="$WORK/project"
run 0 init --project "$P"
run 0 import --project "$P" "$SAMPLES"
run 0 excerpt --project "$P" S1 --quote "killed hundreds of innocent civilians"
run 0 tag --project "$P" E1 remembrance
# qdpx_report STATUS DESCRIPTION: the QDA plugin's report format works (0) or is unknown (2)
qdpx_report() {
  rm -f "$WORK/quotes.qdpx"
  run "$1" report --project "$P" --tag remembrance --format qdpx --out "$WORK/quotes.qdpx"
  if [ "$1" -ne 0 ]; then expect err "unknown --format 'qdpx'" "$2"; fi
}

# The base product: nothing installed beyond it; the site offers both extras.
run 0 plugins list;                       expect out '^No plugins installed beyond Verbatim itself' "nothing installed at first"
prefs="$(find "$(dirname "$V")/p2" -name org.eclipse.equinox.p2.engine.prefs -path '*VerbatimProfile*' | head -n 1)"
checks=$((checks + 1)); grep -q '^pgp.trustedPublicKeys=.*BEGIN PGP PUBLIC KEY BLOCK' "${prefs:-/dev/null}" || { echo "FAIL: p2's trusted keys of the profile do not list Verbatim's key"; failures=$((failures + 1)); }
run 0 plugins list --repo "$SITE"
expect out "^$QDA +[0-9.]+[^ ]* +.*REFI-QDA" "the site offers the QDA exporter"
expect out "^$FEEDS " "the site offers the feed importer"
expect out '^org\.verbatim\.feature .*\[part of Verbatim\]$' "base features are marked"
run 0 plugins list --repo "$SITE" --json; expect out '"features":\[\{"id":' "list --json"
qdpx_report 2 "no qdpx format before the install"
run 2 feeds --help;                       expect err "unknown command 'feeds'" "no feeds command before the install"

# One-line errors: unknown feature, not a site, missing site, base feature, not installed.
run 1 plugins install --repo "$SITE" org.nope.feature
expect err "offers no feature org\.nope\.feature; it offers: .*$QDA" "unknown feature lists what the site offers"; lines err 1 "unknown feature"
mkdir "$WORK/empty"
run 1 plugins install --repo "$WORK/empty" $QDA
expect err 'is not a p2 update site' "an empty folder is not a site"; lines err 1 "not a site"
run 1 plugins list --repo "$WORK/nowhere"; expect err 'does not exist' "a missing site"; lines err 1 "missing site"
run 1 plugins uninstall org.verbatim.feature
expect err 'part of Verbatim itself and cannot be uninstalled' "base features stay"; lines err 1 "base feature"
run 1 plugins uninstall $QDA;             expect err "$QDA is not installed" "uninstall what is not there"

# A tampered copy of the site (one byte of the exporter's jar changed after signing) is refused,
# even with --allow-unsigned, and leaves the product as it was.
cp -r "$SITE" "$WORK/tampered"
jar="$(ls "$WORK"/tampered/plugins/org.verbatim.qda_*.jar | head -n 1)"
python3 - "$jar" <<'EOF'
import sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
data[len(data) // 2] ^= 0x01
open(path, "wb").write(bytes(data))
EOF
run 1 plugins install --repo "$WORK/tampered" $QDA
expect err "refusing to install $QDA from .*: artifact org\.verbatim\.qda_.* was changed after it was published" "a tampered jar is refused"
lines err 1 "tampered"
run 1 plugins install --repo "$WORK/tampered" --allow-unsigned $QDA
expect err 'was changed after it was published' "a tampered jar is refused even with --allow-unsigned"
checks=$((checks + 1)); [ -z "$(plugins_in_product)" ] || { echo "FAIL: a refused install left $(plugins_in_product)"; failures=$((failures + 1)); }
checks=$((checks + 1)); ! ls "$(dirname "$V")"/plugins | grep -q '^org\.verbatim\.qda_' || { echo "FAIL: a refused install copied the QDA jar into the product"; failures=$((failures + 1)); }
run 0 plugins list;                       expect out '^No plugins installed' "nothing installed after the refusals"
qdpx_report 2 "the product is unchanged after the refusals"

# Install the QDA exporter from the signed site: after a restart, report writes a real .qdpx.
run 0 plugins install --repo "$SITE" $QDA
expect out "^Installed $QDA .*Restart Verbatim to use it\.$" "install the QDA exporter"
checks=$((checks + 1)); [ -n "$(ls "$PRODUCT_DIR"/plugins/org.verbatim.qda_*.jar 2>/dev/null)" ] || { echo "FAIL: the install put no org.verbatim.qda jar into plugins/"; failures=$((failures + 1)); }
qdpx_report 0 "after a restart report writes qdpx"
checks=$((checks + 1))
if ! python3 - "$WORK/quotes.qdpx" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    qde = z.read("project.qde").decode("utf-8")
    assert "PlainTextSelection" in qde and "remembrance" in qde, qde[:300]
    assert any(n.startswith("sources/") for n in z.namelist())
EOF
then echo "FAIL: the .qdpx report is not a REFI-QDA project with the excerpt"; failures=$((failures + 1)); fi
run 1 plugins install --repo "$SITE" $QDA; expect err "$QDA is already installed" "install twice"; lines err 1 "install twice"

# The feed importer, named with .feature.group: its command works after a restart.
run 0 plugins install --repo "$SITE" $FEEDS.feature.group; expect out "^Installed $FEEDS " "install the feed importer"
run 0 feeds --help;                       expect out 'subscribe' "after a restart the feeds command is there"
run 0 plugins list
expect out "^$FEEDS " "list shows the feed importer"; expect out "^$QDA " "list shows the QDA exporter"
run 0 plugins list --repo "$SITE";        expect out "^$QDA .*\[installed\]$" "the site listing marks what is installed"

# Uninstall both: gone after a restart.
run 0 plugins uninstall $QDA;             expect out "^Uninstalled $QDA " "uninstall the QDA exporter"
run 0 plugins uninstall $FEEDS;           expect out "^Uninstalled $FEEDS " "uninstall the feed importer"
run 0 plugins list;                       expect out '^No plugins installed' "nothing installed after uninstalling"
qdpx_report 2 "qdpx is gone"
run 2 feeds --help;                       expect err "unknown command 'feeds'" "the feeds command is gone"
checks=$((checks + 1)); [ -z "$(plugins_in_product)" ] || { echo "FAIL: uninstalling left $(plugins_in_product)"; failures=$((failures + 1)); }
# p2's garbage collector ran after each uninstall: the plugins' jars and feature folders are gone
# too, and nothing of the product went with them
files_gone org.verbatim.qda "uninstalling the QDA exporter removes its files"
files_gone org.verbatim.feeds "uninstalling the feed importer removes its files"
product_files >"$WORK/files-after"
checks=$((checks + 1))
if ! diff "$WORK/files-before" "$WORK/files-after" >"$WORK/files-diff"; then
  echo "FAIL: after installing and uninstalling, plugins/ and features/ differ from the product's:"; sed 's/^/  | /' "$WORK/files-diff" | head -8
  failures=$((failures + 1))
fi

# An unsigned copy of the site: refused without the flag, installed with it.
cp -r "$SITE" "$WORK/unsigned"
python3 "$ROOT/releng/scripts/sign-update-site.py" --remove-signatures "$WORK/unsigned" >/dev/null
run 1 plugins install --repo "$WORK/unsigned" $FEEDS
expect err "refusing to install $FEEDS .*cannot be trusted \(it carries no signature\); .*--allow-unsigned" "unsigned content is refused"
lines err 1 "unsigned"
run 0 plugins install --repo "$WORK/unsigned" --allow-unsigned $FEEDS
expect out "^Installed $FEEDS " "unsigned content is installed with --allow-unsigned"
run 0 feeds --help;                       expect out 'subscribe' "the unsigned plugin works"
run 0 plugins uninstall $FEEDS

# The tutorial's install (docs/writing-a-plugin.md, "7. Installing it"), as written there: the
# sample Markdown importer from the site's "samples" category, a folder with a press release in
# Markdown imported with it, the plugin named as the agent of its cleaning; after uninstalling,
# .md files are not taken any more and the import says so in one line.
SAMPLE=org.verbatim.sample.importer.feature
mkdir "$WORK/press-releases"
cp "$ROOT/samples/org.verbatim.sample.importer.tests/data/press-release.md" "$WORK/press-releases/"
MD="$WORK/press-releases/press-release.md"
K="$WORK/khojaly"
run 0 init --project "$K"
run 0 import --project "$K" "$WORK/press-releases"
expect out '^0 imported, 0 duplicate, 1 skipped' "without the plugin a .md file is skipped"
run 0 plugins list --repo "$SITE";        expect out "^$SAMPLE " "the site offers the sample plugin"
run 0 plugins install --repo "$SITE" $SAMPLE
expect out "^Installed $SAMPLE " "install the tutorial's sample plugin"
run 0 import --project "$K" "$WORK/press-releases"
expect out '^1 imported, 0 duplicate, 0 skipped, 0 failed' "with the plugin the .md file is imported"
run 0 list --project "$K"
expect out '^S1 .*Ministry commemorates the victims of Black January' "the title is the Markdown heading, without markup"
run 0 show --project "$K" S1
absent out '\*\*hundreds\*\*' "the clean text has no Markdown markup"
run 0 prov --project "$K" S1
expect out 'org\.verbatim\.sample\.importer 1\.0\.0\.' "provenance names the plugin at its version as the agent"
run 0 plugins uninstall $SAMPLE;          expect out "^Uninstalled $SAMPLE " "uninstall the sample plugin"
files_gone org.verbatim.sample.importer "uninstalling the sample plugin removes its files"
mkdir "$WORK/later"; cp "$MD" "$WORK/later/second.md"; echo "Another line." >>"$WORK/later/second.md"
run 0 import --project "$K" "$WORK/later"
expect out '^0 imported, 0 duplicate, 1 skipped' "after the uninstall a new .md file is skipped"
expect out 'second\.md.*not a supported file type' "the skipped .md file is named with the reason"

# A zip of the site, as a jar: URL.
(cd "$SITE" && python3 -c 'import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for d, _, fs in os.walk("."):
        for f in fs: z.write(os.path.join(d, f))' "$WORK/site.zip")
run 0 plugins list --repo "jar:file:$WORK/site.zip!/"; expect out "^$QDA " "a zipped site is read"

echo "plugins-end-to-end: $checks checks, $failures failed ($(( $(date +%s) - started )) s)"
[ "$failures" -eq 0 ]
