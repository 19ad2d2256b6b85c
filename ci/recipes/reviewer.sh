#!/usr/bin/env bash
# Shared by the recipes: runs the jatomics reviewer. JATOMICS_JAR names the -all jar
# (java -jar "$JATOMICS_JAR"); JAVA picks the java launcher (default: java on PATH).
jatomics() {
  if [ -z "${JATOMICS_JAR:-}" ]; then
    echo "jatomics recipes: set JATOMICS_JAR to jatomics-reviewer-VERSION-all.jar" >&2
    return 3
  fi
  "${JAVA:-java}" -jar "$JATOMICS_JAR" "$@"
}
