# Sourced by ./verbatim and ./run-tests: points JAVA_HOME at a JDK 25 or newer, which Tycho 5 and the
# Eclipse bundles need. Looks at VERBATIM_JAVA_HOME, JAVA_HOME, then /usr/lib/jvm.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
verbatim_find_jdk() {
  local candidate
  for candidate in "${VERBATIM_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! JAVA_HOME="$(verbatim_find_jdk)"; then
  echo "verbatim: no JDK 25 found (looked at VERBATIM_JAVA_HOME, JAVA_HOME and /usr/lib/jvm); install Temurin 25 and set VERBATIM_JAVA_HOME to it" >&2
  exit 1
fi
export JAVA_HOME
