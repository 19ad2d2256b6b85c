#!/usr/bin/env bash
# Run-time benchmarks (JMH) of the generated accessors and RawAtomics against the hand-written
# limit and the alternatives, printing the throughput ratios measured side by side.
#
# usage: scripts/bench-runtime.sh [--quick | --full] [--rounds N] [--include REGEX] [--out DIR]
#                                 [-- extra JMH arguments]
#   --quick    (default) the long-field and raw-memory benchmarks of the generated/hand-written/
#              Agrona comparison, 1 fork, 2x0.5 s warm-up, 3x0.5 s measurement: about 5 minutes.
#   --full     every benchmark (also references, updaters, AtomicLong, synchronized, two contending
#              threads), 1 fork, 3x1 s warm-up, 5x1 s measurement: about 45 minutes a round; use
#              --include to run it in parts.
#   --rounds N run the selection N times; ratios are taken within each round, then the median.
#   --alternate run every benchmark in its own JMH invocation, in list order in odd rounds and in
#              reverse order in even rounds (A B B A ...), so slow drifts of the machine's load
#              cancel out of the ratios; costs one JVM start per benchmark.
#   --include  a JMH regular expression replacing the mode's selection.
#   --out DIR  where the JSON results and ratios go (default build/bench-runtime/<timestamp>).
# Set BENCH_NO_BUILD=1 to reuse an existing benchmarks/target/benchmarks.jar.
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"

mode=quick rounds=1 include="" out="" alternate=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mode=quick ;;
    --full) mode=full ;;
    --rounds) rounds="$2"; shift ;;
    --alternate) alternate=1 ;;
    --include) include="$2"; shift ;;
    --out) out="$2"; shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "bench-runtime: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ "$mode" = quick ]; then
  jmh_opts=(-f 1 -wi 2 -w 500ms -i 3 -r 500ms)
  default_include='\.(FieldBenchmark\.(load|store)_(RELAXED|ACQUIRE|RELEASE)|FieldBenchmark\.(xchg|cmpxchg|fetchAdd)_(RELAXED|ACQUIRE|RELEASE|FULL))_(generated|generatedVar|handwritten)$|\.RawBenchmark\.[a-zA-Z]+_[A-Z]+_(raw|handwritten|agrona)$|\.RawBenchmark\.subword_'
else
  jmh_opts=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  default_include='org\.jatomics\.benchmarks\.'
fi
command="scripts/bench-runtime.sh --$mode --rounds $rounds$([ $alternate = 1 ] && echo ' --alternate' || true)${include:+ --include '$include'}${*:+ -- $*}"
include="${include:-$default_include}"
# CPU time per operation (perf's task-clock, through JMH's perfnorm profiler) next to wall-clock
# throughput: on a shared machine, time spent descheduled does not count in CPU time.
prof=()
if command -v perf >/dev/null && perf stat -e task-clock true >/dev/null 2>&1; then
  prof=(-prof 'perfnorm:events=task-clock')
else
  echo "bench-runtime: perf is not usable here; ratios use wall-clock throughput only" >&2
fi
out="${out:-$JATOMICS_ROOT/build/bench-runtime/$(date -u +%Y%m%dT%H%M%S)}"
mkdir -p "$out"

bench_build_jar
{
  bench_describe_machine
  echo "mode:    $mode, rounds $rounds, JMH ${jmh_opts[*]} $*"
  echo "include: $include"
  echo "command: $command"
} | tee "$out/machine.txt"

java_jmh=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$BENCH_JAR")
mapfile -t benchmarks < <("${java_jmh[@]}" -l "$include" | tail -n +2 | sed 's/^ *//' | grep .)
echo "== ${#benchmarks[@]} benchmarks per round" >&2
# Runs JMH on a regular expression; results to $2 (JSON), output to $3.
run_jmh() {
  "${java_jmh[@]}" "$1" "${jmh_opts[@]}" "${prof[@]}" -rf json -rff "$2" "${extra[@]}" > "$3" 2>&1 \
    || { echo "bench-runtime: JMH failed, see $3" >&2; tail -n 30 "$3" >&2; exit 1; }
}
extra=("$@")
files=()
for ((r = 1; r <= rounds; r++)); do
  echo "== round $r of $rounds" >&2
  if [ "$alternate" = 0 ]; then
    run_jmh "$include" "$out/round-$r.json" "$out/round-$r.log"
  else
    order=("${benchmarks[@]}")
    if ((r % 2 == 0)); then
      mapfile -t order < <(printf '%s\n' "${benchmarks[@]}" | tac)
    fi
    parts=()
    for b in "${order[@]}"; do
      part="$out/round-$r.$((${#parts[@]} + 1))"
      run_jmh "^${b//./\\.}\$" "$part.json" "$part.log"
      parts+=("$part.json")
    done
    python3 -c 'import json, sys; print(json.dumps([e for f in sys.argv[1:] for e in json.load(open(f))]))' "${parts[@]}" > "$out/round-$r.json"
  fi
  files+=("$out/round-$r.json")
done

for metric in cpu wall; do
  if [ "$metric" = cpu ] && [ ${#prof[@]} -eq 0 ]; then continue; fi
  python3 "$JATOMICS_ROOT/scripts/bench-ratios.py" --metric "$metric" "${files[@]}" | tee "$out/ratios-$metric.txt"
  python3 "$JATOMICS_ROOT/scripts/bench-ratios.py" --metric "$metric" --markdown "${files[@]}" > "$out/ratios-$metric.md" 2>/dev/null
done
echo "results: $out" >&2
