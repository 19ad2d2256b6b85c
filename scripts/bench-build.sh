#!/usr/bin/env bash
# Build-time cost of the jatomics checker and processor, measured side by side.
#
# usage: scripts/bench-build.sh [--reps N] [--corpora a,b,...] [--checker | --no-checker]
#                               [--processor | --no-processor] [--out DIR]
#   --reps N       repetitions of each configuration (default 3), run alternating:
#                  rep 1: javac, EP, EP+jatomics; rep 2: javac, EP, EP+jatomics; ...
#   --corpora      which corpora (default guava,caffeine,jctools,agrona: about 333k lines)
#   --no-checker   skip the checker part (javac / Error Prone / Error Prone + jatomics)
#   --no-processor skip the processor part (1,000 @Atomic fields: processor vs pre-generated sources,
#                  and "copy", a processor that only writes the pre-generated sources: the floor)
#   --out DIR      where logs and results go (default build/bench-build/<timestamp>)
# The checker part compiles each corpus three ways:
#   javac   plain javac
#   ep      javac + Error Prone 2.52.0, its default checks (-XepAllErrorsAsWarnings, so an Error
#           Prone error in a corpus does not stop compilation and hide the rest of the work)
#   epj     the same + the jatomics checker on the processor path (all six checks enabled)
# and prints, per corpus and in total, the median wall and CPU (user+sys) seconds and the ratios,
# each ratio taken within one repetition and then the median over repetitions.
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"

reps=3 corpora=guava,caffeine,jctools,agrona checker=1 processor=1 out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) reps="$2"; shift ;;
    --corpora) corpora="$2"; shift ;;
    --checker) checker=1 ;;
    --no-checker) checker=0 ;;
    --processor) processor=1 ;;
    --no-processor) processor=0 ;;
    --out) out="$2"; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "bench-build: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
out="${out:-$JATOMICS_ROOT/build/bench-build/$(date -u +%Y%m%dT%H%M%S)}"
mkdir -p "$out"
work="$JATOMICS_ROOT/build/bench-build/work"
mkdir -p "$work"
{
  bench_describe_machine
  echo "command: scripts/bench-build.sh --reps $reps --corpora $corpora$([ $checker = 0 ] && echo ' --no-checker')$([ $processor = 0 ] && echo ' --no-processor')"
} | tee "$out/machine.txt"

mvn_q=(mvn -B -ntp -q)
EP_JVM_FLAGS=()
for flag in $(sed -n 's:.*<errorprone.jvm.flags>\(.*\)</errorprone.jvm.flags>.*:\1:p' "$JATOMICS_ROOT/pom.xml"); do
  case "$flag" in --add-*) EP_JVM_FLAGS+=("-J$flag") ;; *) EP_JVM_FLAGS[-1]+="=$flag" ;; esac
done

# Runs one javac and appends "label config corpus rep wall cpu maxrss_kb warnings rc" to results.
# Arguments: label config corpus rep javac-arguments...
time_javac() {
  local label="$1" config="$2" corpus="$3" rep="$4"; shift 4
  local classes="$work/classes-$config"
  rm -rf "$classes" && mkdir -p "$classes"
  local log="$out/$label-$corpus-$config-$rep.log"
  local start end rc=0
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$out/time.tmp" "$JAVA_HOME/bin/javac" -d "$classes" \
      -Xmaxwarns 100000 -Xmaxerrs 100000 "$@" > "$log" 2>&1 || rc=$?
  end=$(date +%s.%N)
  local user sys rss warnings
  read -r user sys rss < <(tail -n 1 "$out/time.tmp")
  warnings=$(grep -c ': warning: ' "$log" || true)
  printf '%s %s %s %s %.3f %.3f %s %s %s\n' "$label" "$config" "$corpus" "$rep" \
      "$(echo "$end - $start" | bc)" "$(echo "$user + $sys" | bc)" "$rss" "$warnings" "$rc" | tee -a "$out/results.txt" >&2
  if [ "$rc" != 0 ]; then
    echo "bench-build: javac failed ($label $config $corpus), see $log:" >&2
    grep -m 5 ': error: ' "$log" >&2 || tail -n 5 "$log" >&2
    exit 1
  fi
}

if [ "$checker" = 1 ]; then
  IFS=, read -r -a names <<<"$corpora"
  "$JATOMICS_ROOT/scripts/corpora.sh" "$JATOMICS_ROOT/build/corpora" "${names[@]}" | tee "$out/corpora.txt"

  # Error Prone and its dependencies, resolved through a throwaway pom.
  ep_version=$(sed -n 's:.*<errorprone.version>\(.*\)</errorprone.version>.*:\1:p' "$JATOMICS_ROOT/pom.xml")
  mkdir -p "$work/ep"
  cat > "$work/ep/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.bench</groupId><artifactId>ep-path</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>com.google.errorprone</groupId><artifactId>error_prone_core</artifactId><version>$ep_version</version></dependency>
  </dependencies>
</project>
POM
  "${mvn_q[@]}" -f "$work/ep/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/ep/classpath.txt" >/dev/null
  ep_path=$(cat "$work/ep/classpath.txt")

  # The jatomics checker as users get it: jatomics-checker with its rule core.
  echo "== building the checker (mvn -pl checker/errorprone -am package -DskipTests)" >&2
  (cd "$JATOMICS_ROOT" && "${mvn_q[@]}" -pl checker/errorprone -am package -DskipTests) >&2
  checker_path=$(ls "$JATOMICS_ROOT"/checker/errorprone/target/jatomics-checker-*.jar "$JATOMICS_ROOT"/checker/core/target/jatomics-checker-core-*.jar \
      | grep -v -e sources -e tests -e javadoc | paste -sd: -)

  ep_flags=(-XDcompilePolicy=simple --should-stop=ifError=FLOW "${EP_JVM_FLAGS[@]}")
  ep_plugin='-Xplugin:ErrorProne -XepAllErrorsAsWarnings -XepDisableWarningsInGeneratedCode'
  for ((rep = 1; rep <= reps; rep++)); do
    for corpus in "${names[@]}"; do
      d="$JATOMICS_ROOT/build/corpora/$corpus"
      common=(-encoding UTF-8 -cp "$(cat "$d/classpath.txt")" $(cat "$d/javac-flags.txt") "@$d/sources.txt")
      echo "== rep $rep/$reps $corpus" >&2
      time_javac checker javac "$corpus" "$rep" -proc:none "${common[@]}"
      time_javac checker ep "$corpus" "$rep" "${ep_flags[@]}" -processorpath "$ep_path" "$ep_plugin" "${common[@]}"
      time_javac checker epj "$corpus" "$rep" "${ep_flags[@]}" -processorpath "$ep_path:$checker_path" "$ep_plugin" "${common[@]}"
    done
  done
fi

if [ "$processor" = 1 ]; then
  # A generated corpus: 100 classes in 10 packages with 10 @Atomic fields each (1,000 fields of
  # every kind the processor handles) and a method per class that uses the accessors.
  echo "== building the processor (mvn -pl processor -am package -DskipTests)" >&2
  # (one invocation: the last module built, the processor, writes the class path file last)
  (cd "$JATOMICS_ROOT" && "${mvn_q[@]}" -pl processor -am package dependency:build-classpath -DskipTests \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/processor-classpath.txt") >&2
  annotations_jar=$(ls "$JATOMICS_ROOT"/annotations/target/jatomics-annotations-*.jar | grep -v -e sources -e javadoc | head -n 1)
  processor_path="$(ls "$JATOMICS_ROOT"/processor/target/jatomics-processor-*.jar | grep -v -e sources -e javadoc | head -n 1):$(cat "$work/processor-classpath.txt")"
  src="$work/proc-corpus/src" gen="$work/proc-corpus/generated"
  rm -rf "$work/proc-corpus" && mkdir -p "$src" "$gen"
  python3 - "$src" <<'PY'
import os, sys
root = sys.argv[1]
kinds = [("int", "0", "1"), ("long", "0L", "1L"), ("boolean", "false", "true"), ("byte", "(byte) 0", "(byte) 1"),
         ("short", "(short) 0", "(short) 1"), ("char", "'a'", "'b'"), ("float", "0f", "1f"), ("double", "0d", "1d"),
         ("Object", "null", "new Object()"), ("String", "null", "\"s\"")]
for p in range(10):
    pkg = f"bench.p{p}"
    os.makedirs(os.path.join(root, *pkg.split(".")), exist_ok=True)
    for c in range(10):
        name = f"Shared{p}{c}"
        fields, uses = [], []
        for i, (t, zero, one) in enumerate(kinds):
            f = f"f{i}{t.capitalize()}"
            F = f[0].upper() + f[1:]
            static = "static " if i == 9 else ""
            fields.append(f"  @Atomic {static}{'volatile ' if i == 8 else ''}{t} {f};")
            obj = "" if static else "s, "
            uses.append(f"    {name}Atomics.store{F}({obj}{one}, RELEASE);")
            uses.append(f"    {t} v{i} = {name}Atomics.load{F}({obj}ACQUIRE);")
            uses.append(f"    {name}Atomics.cmpxchg{F}({obj}v{i}, {one}, FULL);")
            if t in ("int", "long"):
                uses.append(f"    {name}Atomics.fetchAdd{F}({obj}{one}, RELAXED);")
        body = "\n".join(fields)
        use = "\n".join(uses)
        src = f"""package {pkg};

import static org.jatomics.Ordering.*;

import org.jatomics.annotations.Atomic;

public class {name} {{
{body}

  static void touch({name} s) {{
{use}
  }}
}}
"""
        open(os.path.join(root, *pkg.split("."), name + ".java"), "w").write(src)
PY
  find "$src" -name '*.java' | sort > "$work/proc-corpus/sources.txt"
  # Generate once to get the accessors as sources for the "pre-generated" configuration.
  "$JAVA_HOME/bin/javac" -d "$work/proc-corpus/once" -s "$gen" -cp "$annotations_jar" -processorpath "$processor_path" @"$work/proc-corpus/sources.txt"
  find "$gen" -name '*.java' | sort > "$work/proc-corpus/generated.txt"
  echo "processor corpus: $(wc -l < "$work/proc-corpus/sources.txt") classes, $(grep -c '@Atomic' $(cat "$work/proc-corpus/sources.txt") | awk -F: '{s+=$2} END {print s}') @Atomic fields, $(wc -l < "$work/proc-corpus/generated.txt") generated sources ($(cat $(cat "$work/proc-corpus/generated.txt") | wc -l) lines)" | tee -a "$out/machine.txt"
  # The floor of any processor that generates these sources: "copy" writes the same pre-generated
  # text through the Filer (no model, no JavaPoet), so javac does everything else a generating
  # processor causes (the processor path, rounds, re-entering the trees, parsing the new files).
  mkdir -p "$work/copyproc/src" "$work/copyproc/classes/META-INF/services"
  cat > "$work/copyproc/src/CopyProcessor.java" <<'JAVA'
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Writes the pre-generated accessors of each class with @Atomic fields; generates nothing. */
@SupportedAnnotationTypes("org.jatomics.annotations.Atomic")
public final class CopyProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Path dir = Path.of(processingEnv.getOptions().get("copy.dir"));
    Set<TypeElement> classes = new LinkedHashSet<>();
    for (TypeElement annotation : annotations) {
      for (Element field : round.getElementsAnnotatedWith(annotation)) {
        classes.add((TypeElement) field.getEnclosingElement());
      }
    }
    for (TypeElement type : classes) {
      String name = type.getQualifiedName() + "Atomics";
      try (Writer out = processingEnv.getFiler().createSourceFile(name, type).openWriter()) {
        out.write(Files.readString(dir.resolve(name.replace('.', '/') + ".java")));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return false;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("copy.dir");
  }
}
JAVA
  "$JAVA_HOME/bin/javac" -d "$work/copyproc/classes" "$work/copyproc/src/CopyProcessor.java"
  echo CopyProcessor > "$work/copyproc/classes/META-INF/services/javax.annotation.processing.Processor"
  preps=$((reps * 3))
  for ((rep = 1; rep <= preps; rep++)); do
    time_javac processor processor corpus "$rep" -cp "$annotations_jar" -processorpath "$processor_path" @"$work/proc-corpus/sources.txt"
    time_javac processor pregenerated corpus "$rep" -cp "$annotations_jar" -proc:none @"$work/proc-corpus/sources.txt" @"$work/proc-corpus/generated.txt"
    time_javac processor copy corpus "$rep" -cp "$annotations_jar" -processorpath "$work/copyproc/classes" -Acopy.dir="$gen" @"$work/proc-corpus/sources.txt"
  done
fi

python3 - "$out/results.txt" <<'PY' | tee "$out/summary.txt"
import statistics, sys
from collections import defaultdict
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
by = defaultdict(dict)   # (label, corpus, rep) -> config -> (wall, cpu, rss, warnings)
for label, config, corpus, rep, wall, cpu, rss, warns, rc in rows:
    by[(label, corpus, int(rep))][config] = (float(wall), float(cpu), int(rss), int(warns))
def table(label, pairs, configs):
    corpora = sorted({c for (l, c, r) in by if l == label})
    reps = sorted({r for (l, c, r) in by if l == label})
    keys = corpora + (["total"] if len(corpora) > 1 else [])
    def get(corpus, rep, config, i):
        if corpus == "total":
            vals = [by[(label, c, rep)].get(config) for c in corpora]
            return None if None in vals else sum(v[i] for v in vals)
        v = by.get((label, corpus, rep), {}).get(config)
        return None if v is None else v[i]
    head = f"{'corpus':<14}" + "".join(f"{c + ' wall/cpu s':>22}" for c in configs)
    head += "".join(f"{n + '/' + d + ' wall (cpu) [range]':>44}" for n, d in pairs)
    print(f"\n{label}: median of {len(reps)} alternating repetitions")
    print(head)
    for k in keys:
        line = f"{k:<14}"
        for c in configs:
            w = [get(k, r, c, 0) for r in reps if get(k, r, c, 0) is not None]
            u = [get(k, r, c, 1) for r in reps if get(k, r, c, 1) is not None]
            line += f"{statistics.median(w):>13.1f}/{statistics.median(u):<8.1f}" if w else f"{'-':>22}"
        for n, d in pairs:
            rw = [get(k, r, n, 0) / get(k, r, d, 0) for r in reps if get(k, r, n, 0) and get(k, r, d, 0)]
            ru = [get(k, r, n, 1) / get(k, r, d, 1) for r in reps if get(k, r, n, 1) and get(k, r, d, 1)]
            if rw:
                line += f"{statistics.median(rw):>14.3f} ({statistics.median(ru):.3f}) [{min(rw):.3f}-{max(rw):.3f}] (cpu [{min(ru):.3f}-{max(ru):.3f}])"
        print(line)
    if label == "checker":
        w = {c: statistics.median([by[(label, k, r)][c][3] for r in reps if c in by[(label, k, r)]]) for k in corpora for c in configs if any(c in by[(label, k, r)] for r in reps)}
        print("warnings per corpus (javac / ep / epj): " + ", ".join(
            f"{k} {'/'.join(str(int(statistics.median([by[(label, k, r)][c][3] for r in reps if c in by[(label, k, r)]] or [0]))) for c in configs)}" for k in corpora))
labels = {r[0] for r in rows}
if "checker" in labels:
    table("checker", [("ep", "javac"), ("epj", "ep")], ["javac", "ep", "epj"])
if "processor" in labels:
    table("processor", [("processor", "pregenerated"), ("copy", "pregenerated"), ("processor", "copy")],
          ["processor", "pregenerated", "copy"])
PY
echo "results: $out" >&2
