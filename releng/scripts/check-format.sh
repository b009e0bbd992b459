#!/usr/bin/env bash
# House style: Java sources are indented with tabs and carry no trailing whitespace.
set -euo pipefail
cd "$(dirname "$0")/../.."
bad=$(git ls-files -co --exclude-standard -- '*.java' | xargs -r grep -nE '^ +[^ *]|[[:space:]]+$' | head -20 || true)
if [ -n "$bad" ]; then
  echo "Formatting: Java sources are indented with tabs and have no trailing whitespace; fix these lines:" >&2
  echo "$bad" >&2
  exit 1
fi
