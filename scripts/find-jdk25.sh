# Sourced by the project's commands: finds a JDK 25 or newer and exports JAVA_HOME and PATH for it.
# Looks at JAVA_HOME (only if it is 25+), then the usual install locations. Nothing needs to be set by hand.
jatomics_jdk_version() {
  # prints the feature version of the JDK at $1 (e.g. 25), or nothing
  local release="$1/release"
  [ -x "$1/bin/javac" ] || return 0
  if [ -r "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n 1
  fi
}

jatomics_find_jdk25() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    version=$(jatomics_jdk_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge 25 ] 2>/dev/null; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JATOMICS_JDK=$(jatomics_find_jdk25); then
  echo "jatomics: no JDK 25 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*)." >&2
  echo "jatomics: install one, e.g. 'apt-get install temurin-25-jdk' or from https://adoptium.net/, then run again." >&2
  return 3 2>/dev/null || exit 3
fi
export JAVA_HOME="$JATOMICS_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
