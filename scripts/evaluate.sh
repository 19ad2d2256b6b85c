#!/usr/bin/env bash
# The jatomics checks on real code bases, through both front ends.
#
# usage: scripts/evaluate.sh [--corpora a,b,...] [--out DIR] [--timeout SECONDS] [--no-build]
#                            [--skip-ep | --skip-reviewer] [--no-configured]
#   --corpora   which corpora (default: all fourteen of scripts/corpora.sh; downloaded by it into
#               build/corpora/, never committed)
#   --out DIR   where logs, findings and the tables go (default build/evaluation)
#   --timeout S the wall-clock bound of each front end on each corpus (default 1800)
#   --no-build  use the checker and reviewer jars already under checker/*/target
#   --skip-ep / --skip-reviewer   run only one front end (the tables then show the other as -)
#   --no-configured  skip the second, configured run of the corpora that wrap Unsafe in helpers
#
# For each corpus it runs
#   (a) javac (JDK 25) with Error Prone 2.52.0 and only the six jatomics checks, each at WARN
#       (-XepDisableAllChecks -Xep:<check>:WARN, so Error Prone's own checks do not mix in and no
#       finding stops the compilation); the corpus's annotation processors are off (-proc:none);
#   (b) the reviewer: ./jatomics review --format rdjsonl over the corpus's unpacked sources;
# Both run without options (what a user gets out of the box). Corpora that reach sun.misc.Unsafe
# (or jdk.internal.misc.Unsafe) through their own helper class are run a second time as
# "<corpus>+opts" with the options that name those helpers (CONFIGURED below), as their users
# would configure the checker: Jatomics:UnsafeMethods and Jatomics:FieldOffsetMethods.
# It then prints, per corpus, the findings per check of each front end, how many of them the other
# front end reports at the same file, line and check, and the crashes of each front end:
#   - Error Prone: a javac that fails or reports "An unhandled exception was thrown by the Error
#     Prone static analysis plugin", or any "jatomics could not analyse this code" diagnostic (a
#     front-end or rule failure the checker caught and reported);
#   - reviewer: an exit status other than 0/1, a file it could not parse, or the same internal
#     failure diagnostic.
# Files written to OUT: <corpus>-ep.log, <corpus>-ep.tsv, <corpus>-reviewer.rdjsonl,
# <corpus>-reviewer.tsv, <corpus>-only-ep.tsv / -only-reviewer.tsv (the disagreements, one
# "path line check message" per line), summary.txt (the tables). Exit status 0 when neither front
# end crashed on any corpus, 1 otherwise.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/find-jdk25.sh"

corpora=guava,caffeine,jctools,agrona,disruptor,netty-common,chronicle-core,lwjgl,kryo,reactor-core
corpora+=,tomcat-ffm,arrow-memory,spark-unsafe,hdrhistogram
out="$root/build/evaluation" timeout_s=1800 build=1 run_ep=1 run_reviewer=1 configured=1
while [ $# -gt 0 ]; do
  case "$1" in
    --corpora) corpora="$2"; shift ;;
    --out) out="$2"; shift ;;
    --timeout) timeout_s="$2"; shift ;;
    --no-build) build=0 ;;
    --skip-ep) run_ep=0 ;;
    --skip-reviewer) run_reviewer=0 ;;
    --no-configured) configured=0 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "evaluate: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
IFS=, read -r -a names <<<"$corpora"

# corpus -> "UnsafeMethods|FieldOffsetMethods" (each a comma-separated Type#method list).
# agrona 2.x calls jdk.internal.misc.Unsafe through org.agrona.UnsafeApi (its memory accessors are
# listed; its objectFieldOffset is a FieldOffsetMethod, not an unsafe operation: an offset query
# touches no memory, CONTRACT section 7); JCTools computes field offsets with
# UnsafeAccess.fieldOffset(Class, String).
agrona_unsafe=""
for m in getByte getShort getChar getInt getLong getFloat getDouble getReference getIntVolatile \
    getLongVolatile getReferenceVolatile getIntAcquire getLongAcquire getReferenceAcquire getIntOpaque \
    getLongOpaque getReferenceOpaque putByte putShort putChar putInt putLong putFloat putDouble \
    putReference putIntVolatile putLongVolatile putReferenceVolatile putIntRelease putLongRelease \
    putReferenceRelease putIntOpaque putLongOpaque putReferenceOpaque compareAndSetInt \
    compareAndSetLong compareAndSetReference compareAndExchangeInt compareAndExchangeLong \
    getAndAddInt getAndAddLong getAndSetInt getAndSetLong getAndSetReference copyMemory setMemory \
    allocateMemory freeMemory; do
  agrona_unsafe+="${agrona_unsafe:+,}org.agrona.UnsafeApi#$m"
done
declare -A CONFIGURED=(
  [agrona]="$agrona_unsafe|org.agrona.UnsafeApi#objectFieldOffset"
  [jctools]="|org.jctools.util.UnsafeAccess#fieldOffset"
)
runs=()
for corpus in "${names[@]}"; do
  runs+=("$corpus")
  if [ "$configured" = 1 ] && [ -n "${CONFIGURED[$corpus]:-}" ]; then runs+=("$corpus+opts"); fi
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"
CHECKS=(NonAtomicAccess MixedAccessMode RelaxedDependentLoad MissingSafetyComment MissingSafetyContract UnnecessarySafetyComment)
mvn_q=(mvn -B -ntp -q)
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

"$root/scripts/corpora.sh" "$root/build/corpora" "${names[@]}" | tee "$out/corpora.txt"

if [ "$build" = 1 ]; then
  echo "== building the checker and the reviewer (mvn -pl checker/errorprone,checker/reviewer -am package -DskipTests)" >&2
  (cd "$root" && "${mvn_q[@]}" -pl checker/errorprone,checker/reviewer -am package -DskipTests) >&2
fi
jar_of() { ls "$root/$1"/target/"$2"-*.jar 2>/dev/null | grep -v -e sources -e javadoc -e tests | head -n 1; }
checker_path="$(jar_of checker/errorprone jatomics-checker):$(jar_of checker/core jatomics-checker-core)"

# Error Prone and its dependencies, resolved through a throwaway pom, as users' builds get them.
ep_version=$(sed -n 's:.*<errorprone.version>\(.*\)</errorprone.version>.*:\1:p' "$root/pom.xml")
ep_dir="$root/build/evaluation-ep"
if [ ! -s "$ep_dir/classpath-$ep_version.txt" ]; then
  mkdir -p "$ep_dir"
  cat > "$ep_dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.evaluation</groupId><artifactId>ep-path</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>com.google.errorprone</groupId><artifactId>error_prone_core</artifactId><version>$ep_version</version></dependency>
  </dependencies>
</project>
POM
  "${mvn_q[@]}" -f "$ep_dir/pom.xml" dependency:build-classpath -Dmdep.outputFile="$ep_dir/classpath-$ep_version.txt" >/dev/null
fi
ep_path=$(cat "$ep_dir/classpath-$ep_version.txt")
# javac runs Error Prone in its own JVM: the jdk.compiler exports go in as -J flags.
ep_jvm=()
for flag in $(sed -n 's:.*<errorprone.jvm.flags>\(.*\)</errorprone.jvm.flags>.*:\1:p' "$root/pom.xml"); do
  case "$flag" in --add-*) ep_jvm+=("-J$flag") ;; *) ep_jvm[-1]+="=$flag" ;; esac
done
ep_plugin="-Xplugin:ErrorProne -XepDisableAllChecks -XepAllErrorsAsWarnings"
for check in "${CHECKS[@]}"; do ep_plugin+=" -Xep:$check:WARN"; done

{
  echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "jdk:      $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p)"
  echo "errorprone: $ep_version"
  echo "commit:   $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "command:  scripts/evaluate.sh --corpora $corpora"
} | tee "$out/machine.txt"

for run in "${runs[@]}"; do
  corpus="${run%+opts}"
  d="$root/build/corpora/$corpus"
  ep_options=() reviewer_options=()
  if [ "$run" != "$corpus" ]; then
    IFS='|' read -r unsafe_methods offset_methods <<<"${CONFIGURED[$corpus]}"
    if [ -n "$unsafe_methods" ]; then
      ep_options+=("-XepOpt:Jatomics:UnsafeMethods=$unsafe_methods")
      reviewer_options+=(--unsafe-methods "$unsafe_methods")
    fi
    if [ -n "$offset_methods" ]; then
      ep_options+=("-XepOpt:Jatomics:FieldOffsetMethods=$offset_methods")
      reviewer_options+=(--field-offset-methods "$offset_methods")
    fi
  fi
  ep_extra=""
  for option in "${ep_options[@]}"; do ep_extra+=" $option"; done
  if [ "$run_ep" = 1 ]; then
    echo "== $run: javac + Error Prone (jatomics checks only)" >&2
    classes="$out/classes-$run"
    rm -rf "$classes" && mkdir -p "$classes"
    rc=0
    start=$(date +%s)
    # shellcheck disable=SC2046
    timeout "$timeout_s" "$JAVA_HOME/bin/javac" -J-Xss4m -d "$classes" -proc:none -encoding UTF-8 \
        -Xmaxwarns 1000000 -Xmaxerrs 1000 -XDcompilePolicy=simple --should-stop=ifError=FLOW \
        "${ep_jvm[@]}" -processorpath "$ep_path:$checker_path" "$ep_plugin$ep_extra" \
        -cp "$(cat "$d/classpath.txt")" $(cat "$d/javac-flags.txt") "@$d/sources.txt" \
        > "$out/$run-ep.log" 2>&1 || rc=$?
    echo "$rc $(( $(date +%s) - start ))" > "$out/$run-ep.status"
    rm -rf "$classes"
  fi
  if [ "$run_reviewer" = 1 ]; then
    echo "== $run: jatomics review" >&2
    rc=0
    start=$(date +%s)
    timeout "$timeout_s" "$root/jatomics" review --format rdjsonl --fail-on never --no-progress \
        --root "$d/src" "${reviewer_options[@]}" --output "$out/$run-reviewer.rdjsonl" "$d/src" \
        > "$out/$run-reviewer.log" 2>&1 || rc=$?
    echo "$rc $(( $(date +%s) - start ))" > "$out/$run-reviewer.status"
  fi
done

python3 "$root/scripts/evaluate-tables.py" "$out" "$root/build/corpora" "${CHECKS[@]}" -- "${runs[@]}" \
    | tee "$out/summary.txt"
