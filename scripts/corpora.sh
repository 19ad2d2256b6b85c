#!/usr/bin/env bash
# Downloads the real-world corpora (sources jars from Maven Central, with the compile dependencies
# needed to compile them), unpacks them and prints their sizes. Nothing here is ever committed.
#
# usage: scripts/corpora.sh [DIR] [NAME...]
#   DIR   where to put them (default: build/corpora, which is gitignored)
#   NAME  any of: guava caffeine jctools agrona disruptor netty-common chronicle-core lwjgl kryo
#         reactor-core tomcat-ffm arrow-memory spark-unsafe hdrhistogram
#         (default: all)
#
# For each NAME it produces:
#   DIR/NAME/src/            the unpacked sources jar
#   DIR/NAME/sources.txt     the .java files to compile, one per line (module-info.java left out:
#                            the corpora are compiled on the class path)
#   DIR/NAME/classpath.txt   the compile class path (':'-separated jars; may be empty)
#   DIR/NAME/javac-flags.txt extra javac flags the corpus needs (may be empty)
#   DIR/NAME/coordinates.txt groupId:artifactId:version
# and prints a table of files and lines. Re-running skips what is already there.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/find-jdk25.sh"

# name -> groupId:artifactId:version
declare -A COORDS=(
  [guava]=com.google.guava:guava:33.6.0-jre
  [caffeine]=com.github.ben-manes.caffeine:caffeine:3.3.1
  [jctools]=org.jctools:jctools-core:4.0.7
  [agrona]=org.agrona:agrona:2.6.0
  [disruptor]=com.lmax:disruptor:4.0.0
  [netty-common]=io.netty:netty-common:4.2.18.Final
  # Added for issue 13: more code that uses Unsafe, field updaters and FFM heavily.
  [chronicle-core]=net.openhft:chronicle-core:2026.5
  [lwjgl]=org.lwjgl:lwjgl:3.3.6
  [kryo]=com.esotericsoftware:kryo:5.6.2
  [reactor-core]=io.projectreactor:reactor-core:3.7.9
  [tomcat-ffm]=org.apache.tomcat:tomcat-coyote-ffm:10.1.34
  [arrow-memory]=org.apache.arrow:arrow-memory-core:19.0.0
  [spark-unsafe]=org.apache.spark:spark-unsafe_2.13:4.0.1
  [hdrhistogram]=org.hdrhistogram:HdrHistogram:2.2.2
)
ALL=(guava caffeine jctools agrona disruptor netty-common chronicle-core lwjgl kryo reactor-core
  tomcat-ffm arrow-memory spark-unsafe hdrhistogram)

# Dependencies a corpus compiles against that its published pom leaves out (Gradle's compileOnly,
# optional integrations) or declares "provided" (which the class path below does not include): added to the throwaway pom below, so
# they are resolved with their transitive dependencies.
declare -A EXTRA_DEPS=(
  [lwjgl]="org.jspecify:jspecify:1.0.0"
  [reactor-core]="org.slf4j:slf4j-api:1.7.36 com.google.code.findbugs:jsr305:3.0.2 io.micrometer:context-propagation:1.1.3 io.micrometer:micrometer-core:1.15.3 io.projectreactor.tools:blockhound:1.0.13.RELEASE"
  [spark-unsafe]="com.google.guava:guava:33.4.0-jre"
)
# Extra javac flags (@DIR@ is the corpus's folder): chronicle-core and kryo use JDK internals
# (sun.nio.ch.DirectBuffer, Interruptible, jdk.internal.ref.Cleaner), as their own builds allow
# with the same flags; reactor-core's stand-ins for two JDK 8 classes, see below.
declare -A JAVAC_FLAGS=(
  [chronicle-core]="--add-exports java.base/sun.nio.ch=ALL-UNNAMED --add-exports java.base/jdk.internal.ref=ALL-UNNAMED"
  [kryo]="--add-exports java.base/sun.nio.ch=ALL-UNNAMED"
  [reactor-core]="--patch-module jdk.unsupported=@DIR@/jdk8-stubs"
)

dir="${1:-$root/build/corpora}"
[ $# -gt 0 ] && shift
names=("$@")
[ ${#names[@]} -eq 0 ] && names=("${ALL[@]}")
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
command -v mvn >/dev/null || { echo "corpora: Apache Maven (mvn) is required" >&2; exit 3; }
mvn_q=(mvn -B -ntp -q)

fetch_one() {
  local name="$1" coords="${COORDS[$1]:-}"
  [ -n "$coords" ] || { echo "corpora: unknown corpus '$name' (known: ${ALL[*]})" >&2; return 2; }
  local g a v out
  IFS=: read -r g a v <<<"$coords"
  out="$dir/$name"
  if [ -s "$out/sources.txt" ] && [ -f "$out/classpath.txt" ]; then
    return 0
  fi
  echo "== $name ($coords)" >&2
  rm -rf "$out" && mkdir -p "$out/src" "$out/pom"
  echo "$coords" > "$out/coordinates.txt"

  # The sources jar.
  "${mvn_q[@]}" dependency:copy -Dartifact="$g:$a:$v:jar:sources" -DoutputDirectory="$out" -Dmdep.overWriteReleases=true
  (cd "$out/src" && "$JAVA_HOME/bin/jar" xf "$out/$a-$v-sources.jar")

  # The compile class path: the library's own pom is used as a throwaway project, so its direct
  # compile-scope dependencies (optional ones too) and their transitive dependencies are resolved;
  # what a library needs beyond them is in EXTRA_DEPS.
  "${mvn_q[@]}" dependency:copy -Dartifact="$g:$a:$v:pom" -DoutputDirectory="$out/pom" -Dmdep.overWriteReleases=true
  mv "$out/pom/$a-$v.pom" "$out/pom/pom.xml"
  if [ -n "${EXTRA_DEPS[$name]:-}" ]; then
    python3 - "$out/pom/pom.xml" ${EXTRA_DEPS[$name]} <<'PY'
import re, sys
path, extra = sys.argv[1], sys.argv[2:]
text = open(path).read()
deps = "".join("<dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><scope>compile</scope></dependency>"
               % tuple(c.split(":")) for c in extra)
# They are added in compile scope, replacing a declaration of the same artifact in another scope
# (spark's guava is "provided", which the class path below leaves out).
ids = {tuple(c.split(":")[:2]) for c in extra}
def other(m):
    g = re.search(r"<groupId>\s*([^<\s]+)", m.group(0))
    a = re.search(r"<artifactId>\s*([^<\s]+)", m.group(0))
    return "" if g and a and (g.group(1), a.group(1)) in ids else m.group(0)
text = re.sub(r"<dependency>.*?</dependency>", other, text, flags=re.S)
# The project's own <dependencies> (not the one inside <dependencyManagement>).
managed = re.search(r"<dependencyManagement>.*?</dependencyManagement>", text, flags=re.S)
body = text if managed is None else text[:managed.start()] + " " * (managed.end() - managed.start()) + text[managed.end():]
m = re.search(r"<dependencies>", body)
if m:
    text = text[:m.end()] + deps + text[m.end():]
else:
    text = text.replace("</project>", "<dependencies>" + deps + "</dependencies></project>")
open(path, "w").write(text)
PY
  fi
  # Some poms name artifacts of the library's own build that were never published (netty's
  # netty-jfr-stub, netty-varhandle-stub, netty-dev-tools: stand-ins for JDK classes that JDK 25
  # has anyway); those are dropped from the throwaway copy and resolution is tried again.
  local attempt missing
  for attempt in 1 2 3; do
    if "${mvn_q[@]}" -f "$out/pom/pom.xml" dependency:build-classpath -Dmdep.includeScope=compile \
        -Dmdep.outputFile="$out/classpath.txt" -Dmdep.outputAbsoluteArtifactFilename=true >"$out/pom/resolve.log" 2>&1; then
      break
    fi
    missing=$(grep -o 'could not be resolved: .*' "$out/pom/resolve.log" | head -n 1 \
      | grep -oE '[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:jar:[A-Za-z0-9_.-]+' | cut -d: -f2 | sort -u)
    if [ -z "$missing" ] || [ "$attempt" = 3 ]; then
      echo "corpora: could not resolve the dependencies of $coords (see $out/pom/resolve.log); class path left empty" >&2
      : > "$out/classpath.txt"
      break
    fi
    echo "corpora: $name: leaving out unpublished build artifacts:" $missing >&2
    python3 - "$out/pom/pom.xml" $missing <<'PY'
import re, sys
path, names = sys.argv[1], set(sys.argv[2:])
text = open(path).read()
def keep(m):
    a = re.search(r"<artifactId>\s*([^<\s]+)\s*</artifactId>", m.group(0))
    return "" if a and a.group(1) in names else m.group(0)
open(path, "w").write(re.sub(r"<dependency>.*?</dependency>", keep, text, flags=re.S))
PY
  done
  # Multi-release sources (lwjgl's META-INF/versions/N/...) replace the base sources they repeat,
  # in ascending N, as a JDK 25 runtime loads them: compiling both on one class path is a
  # duplicate-class error, and both front ends analyse the same files.
  if [ -d "$out/src/META-INF/versions" ]; then
    local n
    for n in $(ls "$out/src/META-INF/versions" | sort -n); do
      (cd "$out/src/META-INF/versions/$n" && find . -name '*.java' ! -name module-info.java \
        -exec sh -c 'mkdir -p "$0/$(dirname "$1")" && cp "$1" "$0/$1"' "$out/src" {} \;)
    done
    rm -rf "$out/src/META-INF/versions"
  fi
  # reactor-core's Java 8 call-site helper uses sun.misc.SharedSecrets and JavaLangAccess, which
  # JDK 9 removed (reactor compiles it with a Java 8 tool chain): javac gets stand-ins for the two
  # (signatures only, outside src/, so the reviewer never sees them) patched into jdk.unsupported.
  if [ "$name" = reactor-core ]; then
    mkdir -p "$out/jdk8-stubs/sun/misc"
    echo 'package sun.misc; public class SharedSecrets { public static JavaLangAccess getJavaLangAccess() { return null; } }' \
      > "$out/jdk8-stubs/sun/misc/SharedSecrets.java"
    echo 'package sun.misc; public interface JavaLangAccess { int getStackTraceDepth(Throwable t); StackTraceElement getStackTraceElement(Throwable t, int i); }' \
      > "$out/jdk8-stubs/sun/misc/JavaLangAccess.java"
  fi
  find "$out/src" -name '*.java' ! -name module-info.java | LC_ALL=C sort > "$out/sources.txt"

  # Extra javac flags (JAVAC_FLAGS above; most corpora need none, and the file is then empty).
  local flags="${JAVAC_FLAGS[$name]:-}"
  echo "${flags//@DIR@/$out}" > "$out/javac-flags.txt"
}

for name in "${names[@]}"; do
  fetch_one "$name"
done

printf '%-15s %-52s %7s %9s %5s\n' corpus coordinates files lines jars
total_files=0 total_lines=0
for name in "${names[@]}"; do
  out="$dir/$name"
  files=$(wc -l < "$out/sources.txt")
  lines=$( (tr '\n' '\0' < "$out/sources.txt" | xargs -0 cat) | wc -l)
  jars=$(tr ':' '\n' < "$out/classpath.txt" | grep -c . || true)
  printf '%-15s %-52s %7d %9d %5d\n' "$name" "$(cat "$out/coordinates.txt")" "$files" "$lines" "$jars"
  total_files=$((total_files + files)) total_lines=$((total_lines + lines))
done
printf '%-15s %-52s %7d %9d\n' total "" "$total_files" "$total_lines"
