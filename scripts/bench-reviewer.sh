#!/usr/bin/env bash
# Throughput and memory of the reviewer (`jatomics review`), against the limit (JavaParser parsing
# the same files and doing nothing else) and against PMD 7.27.0's multithreading rules.
#
# usage: scripts/bench-reviewer.sh [--reps N] [--corpora a,b,...] [--copies K] [--out DIR]
#                                   [--jar JAR] [--jvm-opts "OPTIONS"]
#   --reps N     repetitions, alternating between the tools (default 3)
#   --corpora    default guava,caffeine,jctools,agrona (about 333k lines)
#   --copies K   the large tree for the memory measurement: the corpora K times (default 3: ~1M lines)
#   --out DIR    default build/bench-reviewer/<timestamp>
#   --jar JAR    the reviewer jar to measure (default: this tree's, built when needed); e.g. an
#                older build, to compare before and after under the same load
#   --jvm-opts O the reviewer's JVM options (default "-Xmx512m -XX:TieredStopAtLevel=1", what
#                ./jatomics passes; "" for the JVM's defaults)
#   --passes P   passes of the steady-state measurement (default 10; 0 skips it)
# Prints:
#   1. one core (taskset -c 0): reviewer --jobs 1 vs ParseOnly (JavaParser 3.28.2, JAVA_25), lines
#      per wall second and per CPU second, ratio reviewer/parse-only (goal >= 0.8): the reviewer as
#      shipped against parse-only with the JVM's defaults, and both with the same JIT (default
#      tiered C2, and C1 only) so the JIT choice and the reviewer's own cost show separately;
#   2. reviewer --jobs 2 vs --jobs 1, both unpinned: speed-up in wall time (goal >= 1.7);
#   3. the large tree with the same JVM options: peak heap used (from -Xlog:gc), heap after GC, max RSS;
#   4. PMD 7.27.0 (category/java/multithreading.xml, --no-cache) with 1 and 2 threads on the same
#      files: lines per second and the reviewer/PMD speed ratio;
#   5. where the CPU of a cold run on one core goes, both on the default JIT: the JIT compilers'
#      threads against the tool's own (scripts/thread-cpu.py);
#   6. the steady state: parse-only and the reviewer taking turns in one JVM (default JIT, not
#      pinned, -Xmx1g) for --passes passes (ReviewPasses), the median ratio of the second half.
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"

reps=3 corpora=guava,caffeine,jctools,agrona copies=3 out="" jar="" jvm="-Xmx512m -XX:TieredStopAtLevel=1" passes=10
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) reps="$2"; shift ;;
    --corpora) corpora="$2"; shift ;;
    --copies) copies="$2"; shift ;;
    --out) out="$2"; shift ;;
    --jar) jar="$2"; shift ;;
    --jvm-opts) jvm="$2"; shift ;;
    --passes) passes="$2"; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "bench-reviewer: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
out="${out:-$JATOMICS_ROOT/build/bench-reviewer/$(date -u +%Y%m%dT%H%M%S)}"
work="$JATOMICS_ROOT/build/bench-reviewer/work"
mkdir -p "$out" "$work"
{
  bench_describe_machine
  echo "command: scripts/bench-reviewer.sh --reps $reps --corpora $corpora --copies $copies${jar:+ --jar $jar} --jvm-opts '$jvm' --passes $passes"
} | tee "$out/machine.txt"

IFS=, read -r -a names <<<"$corpora"
"$JATOMICS_ROOT/scripts/corpora.sh" "$JATOMICS_ROOT/build/corpora" "${names[@]}" | tee "$out/corpora.txt"
dirs=() lists=()
for n in "${names[@]}"; do
  dirs+=("$JATOMICS_ROOT/build/corpora/$n/src")
done
# Every .java file under the corpora (the reviewer reads folders; ParseOnly and PMD get the same).
find "${dirs[@]}" -name '*.java' | LC_ALL=C sort > "$work/files.txt"
lines=$( (tr '\n' '\0' < "$work/files.txt" | xargs -0 cat) | wc -l)
echo "corpus: $(wc -l < "$work/files.txt") files, $lines lines" | tee -a "$out/machine.txt"

bench_build_jar
if [ -n "$jar" ]; then
  reviewer_jar="$jar"
else
  "$JATOMICS_ROOT/jatomics" review --help > /dev/null   # builds the reviewer when needed
  reviewer_jar=$(ls "$JATOMICS_ROOT"/checker/reviewer/target/jatomics-reviewer-*-all.jar | head -n 1)
fi
read -r -a jvm_opts <<<"$jvm"
heap_opts=()   # the heap option alone: the reviewer under the JVM's default JIT
for o in "${jvm_opts[@]}"; do case "$o" in -Xmx*|-XX:MaxHeapSize*|-XX:MaxRAMPercentage*) heap_opts+=("$o") ;; esac; done

# PMD from Maven Central through a throwaway pom.
mkdir -p "$work/pmd"
cat > "$work/pmd/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.bench</groupId><artifactId>pmd-path</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>net.sourceforge.pmd</groupId><artifactId>pmd-cli</artifactId><version>7.27.0</version></dependency>
    <dependency><groupId>net.sourceforge.pmd</groupId><artifactId>pmd-java</artifactId><version>7.27.0</version></dependency>
  </dependencies>
</project>
POM
[ -s "$work/pmd/classpath.txt" ] || mvn -B -ntp -q -f "$work/pmd/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/pmd/classpath.txt" >&2
pmd_cp=$(cat "$work/pmd/classpath.txt")

java="$JAVA_HOME/bin/java"
# Runs a command, appends "tool rep wall cpu maxrss_kb rc" to results.txt.
measure() {
  local tool="$1" rep="$2"; shift 2
  local start end rc=0 user sys rss
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$out/time.tmp" "$@" > "$out/$tool-$rep.out" 2> "$out/$tool-$rep.err" || rc=$?
  end=$(date +%s.%N)
  read -r user sys rss < <(tail -n 1 "$out/time.tmp")
  if [ "$rc" -ne 0 ]; then
    echo "bench: $tool (rep $rep) exited $rc, so its time means nothing; see $out/$tool-$rep.err" >&2
  fi
  printf '%s %s %.3f %.3f %s %s\n' "$tool" "$rep" "$(echo "$end - $start" | bc)" "$(echo "$user + $sys" | bc)" "$rss" "$rc" \
    | tee -a "$out/results.txt" >&2
}

review_args=(-jar "$reviewer_jar" review --format text --fail-on never --no-progress)
review=("$java" "${jvm_opts[@]}" "${review_args[@]}")
review_c2=("$java" "${heap_opts[@]}" "${review_args[@]}")
parse=("$java" -cp "$BENCH_JAR" org.jatomics.benchmarks.ParseOnly "@$work/files.txt")
parse_c1=("$java" -XX:TieredStopAtLevel=1 -cp "$BENCH_JAR" org.jatomics.benchmarks.ParseOnly "@$work/files.txt")
# --no-fail-on-error: PMD cannot process 2 of these files ("processing errors"; it skips them and
# exits 5 without this flag, which made its times unusable).
pmd=("$java" -cp "$pmd_cp" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress --no-fail-on-violation --no-fail-on-error
     -R category/java/multithreading.xml -f text -r /dev/null --file-list "$work/files.txt")
for ((rep = 1; rep <= reps; rep++)); do
  echo "== rep $rep/$reps" >&2
  measure parse-1core "$rep" taskset -c 0 "${parse[@]}"
  measure review-1core "$rep" taskset -c 0 "${review[@]}" --jobs 1 "${dirs[@]}"
  measure parse-1core-c1 "$rep" taskset -c 0 "${parse_c1[@]}"
  measure review-1core-c2 "$rep" taskset -c 0 "${review_c2[@]}" --jobs 1 "${dirs[@]}"
  measure review-jobs1 "$rep" "${review[@]}" --jobs 1 "${dirs[@]}"
  measure review-jobs2 "$rep" "${review[@]}" --jobs 2 "${dirs[@]}"
  measure pmd-1thread "$rep" "${pmd[@]}" -t 1
  measure pmd-2threads "$rep" "${pmd[@]}" -t 2
done

# Where a cold run's CPU goes on one core, both on the default JIT (C2).
echo "== CPU by thread kind, one core, default JIT" >&2
"$JATOMICS_ROOT/scripts/thread-cpu.py" "$out/threads-parse.out" taskset -c 0 "${parse[@]}" \
  | sed 's/^/parse-only  /' | tee "$out/threads.txt" >&2
"$JATOMICS_ROOT/scripts/thread-cpu.py" "$out/threads-review.out" taskset -c 0 "${review_c2[@]}" --jobs 1 "${dirs[@]}" \
  | sed 's/^/reviewer    /' | tee -a "$out/threads.txt" >&2

# The steady state: both tools taking turns in one JVM, compiled.
if [ "$passes" -gt 0 ]; then
  echo "== steady state: $passes passes of parse-only and the reviewer in turn, one JVM" >&2
  "$java" -Xmx1g -cp "$BENCH_JAR" org.jatomics.benchmarks.ReviewPasses --passes "$passes" \
    "$work/files.txt" "$reviewer_jar" -- --format text --fail-on never --no-progress --jobs 1 "${dirs[@]}" \
    | tee "$out/steady.txt" >&2
fi

# The large tree: the corpora $copies times (hard links, no extra disk), reviewed with the same JVM options.
big="$work/tree"
if [ ! -d "$big/copy$copies" ]; then
  rm -rf "$big" && mkdir -p "$big"
  for ((k = 1; k <= copies; k++)); do
    mkdir -p "$big/copy$k"
    for n in "${names[@]}"; do cp -al "$JATOMICS_ROOT/build/corpora/$n/src" "$big/copy$k/$n"; done
  done
fi
big_lines=$((lines * copies))
echo "large tree: $copies copies, $big_lines lines" | tee -a "$out/machine.txt"
measure review-large 1 "$java" "${jvm_opts[@]}" "-Xlog:gc:file=$out/gc-large.log" -jar "$reviewer_jar" review --format text --fail-on never --no-progress "$big"

python3 - "$out" "$lines" "$big_lines" "$jvm" <<'PY' | tee "$out/summary.txt"
import re, statistics, sys
from collections import defaultdict
out, lines, big_lines = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
heap = sys.argv[4] or "the JVM's default options"
runs = defaultdict(dict)
for l in open(f"{out}/results.txt"):
    tool, rep, wall, cpu, rss, rc = l.split()
    runs[tool][int(rep)] = (float(wall), float(cpu), int(rss), int(rc))
def med(tool, i):
    return statistics.median(v[i] for v in runs[tool].values())
def ratio(a, b, i, invert=False):
    rs = [(runs[b][r][i] / runs[a][r][i]) for r in runs[a] if r in runs[b]]
    return statistics.median(rs), min(rs), max(rs)
print(f"{'run':<14}{'wall s':>9}{'cpu s':>9}{'lines/wall-s':>14}{'lines/cpu-s':>13}{'max RSS MB':>12}  exit")
for tool in runs:
    n = big_lines if tool == "review-large" else lines
    print(f"{tool:<14}{med(tool,0):>9.1f}{med(tool,1):>9.1f}{n/med(tool,0):>14.0f}{n/med(tool,1):>13.0f}{med(tool,2)/1024:>12.0f}  {sorted({v[3] for v in runs[tool].values()})}")
def show(label, a, b, goal=None, op=">="):
    if a not in runs or b not in runs: return
    if any(v[3] != 0 for t in (a, b) for v in runs[t].values()):
        print(f"{label:<48} not measured: a run exited non-zero (see results.txt)"); return
    w = ratio(a, b, 0); c = ratio(a, b, 1)
    g = "" if goal is None else f"   goal {op} {goal}: {'met' if (w[0] >= goal) else 'MISSED'} (wall)"
    print(f"{label:<48} wall {w[0]:.3f} [{w[1]:.3f}-{w[2]:.3f}]  cpu {c[0]:.3f} [{c[1]:.3f}-{c[2]:.3f}]{g}")
print()
show("reviewer (as shipped) / parse-only, one core", "review-1core", "parse-1core", 0.8)
show("  both C1 only (-XX:TieredStopAtLevel=1)", "review-1core", "parse-1core-c1", 0.8)
show("  both default JIT (tiered, C2)", "review-1core-c2", "parse-1core", 0.8)
show("speed-up --jobs 2 over --jobs 1", "review-jobs2", "review-jobs1", 1.7)
show("reviewer / PMD, one thread each", "review-jobs1", "pmd-1thread")
show("reviewer / PMD, two threads each", "review-jobs2", "pmd-2threads")
import os
if os.path.exists(f"{out}/threads.txt"):
    print("\ncold run on one core, default JIT, CPU by thread kind (scripts/thread-cpu.py):")
    for l in open(f"{out}/threads.txt"):
        print("  " + l.rstrip())
if os.path.exists(f"{out}/steady.txt"):
    for l in open(f"{out}/steady.txt"):
        if l.startswith("steady state"):
            print(f"{l.rstrip()}   goal >= 0.8: {'met' if float(l.split('median ')[1].split()[0]) >= 0.8 else 'MISSED'}")
peak = after = committed = 0.0
units = {"K": 1 / 1024, "M": 1, "G": 1024}
try:
    for l in open(f"{out}/gc-large.log"):
        m = re.search(r"(\d+)([KMG])->(\d+)([KMG])\((\d+)([KMG])\)", l)
        if m:
            peak = max(peak, int(m.group(1)) * units[m.group(2)])
            if "Pause Young" in l or "Pause Full" in l:  # Remark/Cleanup free nothing: not "after a GC"
                after = max(after, int(m.group(3)) * units[m.group(4)])
            committed = max(committed, int(m.group(5)) * units[m.group(6)])
except FileNotFoundError:
    pass
print(f"\nlarge tree ({big_lines} lines, {heap}): peak heap used {peak:.0f} MB (goal <= 512), "
      f"largest heap after a GC {after:.0f} MB, largest committed heap {committed:.0f} MB, "
      f"max RSS {runs['review-large'][1][2]/1024:.0f} MB")
PY
echo "results: $out" >&2
