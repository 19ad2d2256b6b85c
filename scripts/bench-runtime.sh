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
#   --include  a JMH regular expression replacing the mode's selection.
#   --out DIR  where the JSON results and ratios go (default build/bench-runtime/<timestamp>).
# Set BENCH_NO_BUILD=1 to reuse an existing benchmarks/target/benchmarks.jar.
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"

mode=quick rounds=1 include="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mode=quick ;;
    --full) mode=full ;;
    --rounds) rounds="$2"; shift ;;
    --include) include="$2"; shift ;;
    --out) out="$2"; shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
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
command="scripts/bench-runtime.sh --$mode --rounds $rounds${include:+ --include '$include'}${*:+ -- $*}"
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

count=$("$JAVA_HOME/bin/java" -jar "$BENCH_JAR" -l "$include" | tail -n +2 | grep -c . || true)
echo "== $count benchmarks per round" >&2
files=()
for ((r = 1; r <= rounds; r++)); do
  echo "== round $r of $rounds" >&2
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$BENCH_JAR" "$include" \
      "${jmh_opts[@]}" "${prof[@]}" -rf json -rff "$out/round-$r.json" "$@" > "$out/round-$r.log" 2>&1 \
    || { echo "bench-runtime: JMH failed, see $out/round-$r.log" >&2; tail -n 30 "$out/round-$r.log" >&2; exit 1; }
  files+=("$out/round-$r.json")
done

for metric in cpu wall; do
  if [ "$metric" = cpu ] && [ ${#prof[@]} -eq 0 ]; then continue; fi
  python3 "$JATOMICS_ROOT/scripts/bench-ratios.py" --metric "$metric" "${files[@]}" | tee "$out/ratios-$metric.txt"
  python3 "$JATOMICS_ROOT/scripts/bench-ratios.py" --metric "$metric" --markdown "${files[@]}" > "$out/ratios-$metric.md" 2>/dev/null
done
echo "results: $out" >&2
