# Shared by the end-to-end scripts (cli-end-to-end.sh, plugins-end-to-end.sh), which source it after
# setting V to the verbatim launcher they check: a scratch folder $WORK removed on exit, the check
# counters, and the checks themselves. Each check counts one and prints one FAIL line when it fails.
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0
checks=0

# fail MESSAGE: counts a failed check (the caller counted the check)
fail() {
  echo "FAIL: $1"
  failures=$((failures + 1))
}

# run EXPECTED_STATUS ARGS...: runs $V without input, keeps stdout/stderr in $WORK/out and $WORK/err;
# a stack trace on stderr fails too
run() {
  local expected=$1; shift
  "$V" "$@" >"$WORK/out" 2>"$WORK/err" </dev/null
  local status=$?
  checks=$((checks + 1))
  if [ "$status" -ne "$expected" ]; then
    fail "verbatim $* exited $status, expected $expected"; sed 's/^/  err: /' "$WORK/err" | head -5
  fi
  if grep -qE '^\s+at [a-z]|Exception in thread' "$WORK/err"; then
    fail "verbatim $* printed a stack trace"
  fi
}

# expect FILE PATTERN DESCRIPTION: $WORK/FILE has a line matching PATTERN
expect() {
  checks=$((checks + 1))
  if ! grep -qE -- "$2" "$WORK/$1"; then
    fail "$3: no /$2/ in $1:"; sed 's/^/  | /' "$WORK/$1" | head -8
  fi
}

# absent FILE PATTERN DESCRIPTION: no line of $WORK/FILE matches PATTERN
absent() {
  checks=$((checks + 1))
  if grep -qE -- "$2" "$WORK/$1"; then
    fail "$3: /$2/ found in $1:"; grep -E -- "$2" "$WORK/$1" | sed 's/^/  | /' | head -4
  fi
}

# lines FILE N DESCRIPTION: $WORK/FILE has N lines
lines() {
  checks=$((checks + 1))
  local n; n=$(grep -c '' "$WORK/$1")
  if [ "$n" -ne "$2" ]; then
    fail "$3: $1 has $n lines, expected $2:"; sed 's/^/  | /' "$WORK/$1" | head -8
  fi
}
