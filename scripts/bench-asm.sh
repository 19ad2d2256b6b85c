#!/usr/bin/env bash
# Compares the machine code C2 produces for two JMH benchmarks (e.g. a generated accessor and the
# hand-written VarHandle it must equal). Works without hsdis: HotSpot then prints the code as hex
# ("abstract disassembly"), which is compared byte by byte after the final (non-OSR) C2 compile of
# each benchmark's measurement loop. Machine load does not affect this comparison, unlike timings.
#
# usage: scripts/bench-asm.sh CLASS.METHOD_A CLASS.METHOD_B ...   (pairs; e.g.
#        scripts/bench-asm.sh FieldBenchmark.cmpxchg_RELEASE_generated FieldBenchmark.cmpxchg_RELEASE_handwritten)
# Prints, per pair: the size of each method's main code, how many bytes differ, and the count of
# locked/fence instructions in each (lock cmpxchg, lock xadd, mfence, lock add).
set -euo pipefail
. "$(dirname "$0")/bench-common.sh"
[ $(($# % 2)) -eq 0 ] && [ $# -gt 0 ] || { sed -n '2,10p' "$0"; exit 2; }
bench_build_jar
out="$JATOMICS_ROOT/build/bench-asm"
mkdir -p "$out"

dump() {  # CLASS.METHOD -> file with the JVM's output
  local cls="${1%%.*}" method="${1#*.}"
  "$JAVA_HOME/bin/java" -Djmh.ignoreLock=true --enable-native-access=ALL-UNNAMED -jar "$BENCH_JAR" \
      "\\.${cls}\\.${method}\$" -f 1 -wi 3 -w 1s -i 1 -r 500ms \
      -jvmArgsAppend "-XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=print,*${cls}_${method}_jmhTest::*jmhStub" \
      > "$out/$1.txt" 2>&1
  echo "$out/$1.txt"
}

while [ $# -gt 0 ]; do
  a=$(dump "$1") b=$(dump "$2")
  python3 - "$a" "$b" "$1" "$2" <<'PY'
import re, sys
def code(path):
    txt = open(path).read()
    blocks = [b for b in re.split(r'(?=Compiled method \(c2\))', txt)
              if b.startswith('Compiled method (c2)') and ' % ' not in b.split('\n')[0]]
    if not blocks:
        sys.exit(f"no final C2 compile of the measurement loop in {path}")
    b = blocks[-1]
    mc = b[b.index('[MachCode]'):b.index('[/MachCode]')]
    hexes = []
    for line in mc.split('\n'):
        m = re.match(r'\s+0x[0-9a-f]+: ([0-9a-f| ]+)$', line)
        if m:
            hexes.append(m.group(1).replace(' ', '').replace('|', ''))
    return bytes.fromhex(''.join(hexes))
def locked(c):
    h = c.hex()
    return {"lock cmpxchg": len(re.findall(r'f0(?:4[0-9a-f])?0fb1', h)),
            "lock xadd": len(re.findall(r'f0(?:4[0-9a-f])?0fc1', h)),
            "mfence": h.count('0faef0'),
            "lock add": len(re.findall(r'f0(?:4[0-9a-f])?83', h))}
a, b = code(sys.argv[1]), code(sys.argv[2])
diff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
la, lb = locked(a), locked(b)
same = "identical" if diff == 0 else ("same size, %d bytes differ (embedded addresses and register choices)" % diff
                                       if len(a) == len(b) else "%d vs %d bytes, %d differ" % (len(a), len(b), diff))
print(f"{sys.argv[3]} vs {sys.argv[4]}: {same}; locked/fence instructions {la} vs {lb}")
PY
  shift 2
done
