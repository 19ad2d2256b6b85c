#!/usr/bin/env bash
# The language server's latency and memory as an editor sees them (docs/performance.md,
# "Language server"): scripts/bench-lsp.sh [WORKSPACE_LINES (300000)] [EDITS (200)]
# Builds the reviewer's -all jar and the benchmarks, generates a workspace, drives `jatomics lsp`
# through LSP4J and prints didChange -> publishDiagnostics times and the server's heap.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/find-jdk25.sh"
cd "$root"
mvn -B -q -ntp -pl checker/reviewer,benchmarks -am package -DskipTests >&2
version="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)"
jar="checker/reviewer/target/jatomics-reviewer-$version-all.jar"
bench="benchmarks/target/benchmarks.jar"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
exec "$JAVA_HOME/bin/java" -cp "$bench" org.jatomics.benchmarks.LspLatency "$jar" "${1:-300000}" "${2:-200}"
