# Sourced by scripts/bench-*.sh: JDK 25, the benchmarks jar, and a description of the machine.
# shellcheck shell=bash
JATOMICS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$JATOMICS_ROOT/scripts/find-jdk25.sh"
BENCH_JAR="$JATOMICS_ROOT/benchmarks/target/benchmarks.jar"

# Builds benchmarks/target/benchmarks.jar (and the modules it needs) when it is missing or older
# than a source or POM of the modules it contains; never when BENCH_NO_BUILD=1 and it exists.
# (Rebuilding replaces the jar under any JMH run still using it, so it is not done needlessly.)
bench_build_jar() {
  if [ -f "$BENCH_JAR" ]; then
    if [ "${BENCH_NO_BUILD:-0}" = 1 ] || [ -z "$(find "$JATOMICS_ROOT"/{annotations,processor,raw,benchmarks} \
        "$JATOMICS_ROOT/pom.xml" -newer "$BENCH_JAR" -type f \( -name '*.java' -o -name pom.xml \) \
        -not -path '*/target/*' -print -quit)" ]; then
      return 0
    fi
  fi
  echo "== building the benchmarks jar (mvn -pl benchmarks -am package -DskipTests)" >&2
  (cd "$JATOMICS_ROOT" && mvn -B -ntp -q -pl benchmarks -am package -DskipTests) >&2
  if [ "$(unzip -p "$BENCH_JAR" META-INF/BenchmarkList | wc -l)" -eq 0 ]; then
    echo "bench: META-INF/BenchmarkList is empty: JMH's annotation processor did not run" >&2
    exit 1
  fi
}

# Prints the machine, JDK and date, for the record in docs/performance.md.
bench_describe_machine() {
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min)"
  echo "jdk:     $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p)"
  echo "commit:  $(git -C "$JATOMICS_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
}

# The median of the numbers given as arguments.
bench_median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'
}
