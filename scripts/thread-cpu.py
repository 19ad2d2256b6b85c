#!/usr/bin/env python3
"""Runs a command and prints the CPU time of its threads by kind, for the benchmarks.

usage: scripts/thread-cpu.py OUTPUT_FILE CMD...
  CMD's standard output goes to OUTPUT_FILE, its standard error passes through. While CMD runs,
  /proc/PID/task/*/stat is read every 0.1 s and each thread's last user+system time kept (a
  thread that ends between two reads loses at most 0.1 s); at the end prints one line:
  "cpu: total T s, JIT compilers C s (P%), GC G s, VM thread V s, other O s".
  HotSpot names its threads "C2 CompilerThre", "C1 CompilerThre", "GC Thread#0", "G1 ...",
  "VM Thread"; everything else (the application's threads) is "other". Exits with CMD's status.
"""
import os
import subprocess
import sys
import time

if len(sys.argv) < 3:
    sys.exit(__doc__)
ticks = os.sysconf("SC_CLK_TCK")
with open(sys.argv[1], "w") as out:
    proc = subprocess.Popen(sys.argv[2:], stdout=out)
    last = {}
    while proc.poll() is None:
        try:
            tasks = os.listdir(f"/proc/{proc.pid}/task")
        except FileNotFoundError:
            break
        for tid in tasks:
            try:
                with open(f"/proc/{proc.pid}/task/{tid}/stat") as f:
                    stat = f.read()
            except (FileNotFoundError, ProcessLookupError):
                continue
            name = stat[stat.index("(") + 1 : stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2 :].split()
            last[tid] = (name, (int(fields[11]) + int(fields[12])) / ticks)
        time.sleep(0.1)
    status = proc.wait()
kinds = {"jit": 0.0, "gc": 0.0, "vm": 0.0, "other": 0.0}
for name, seconds in last.values():
    if "CompilerThre" in name:
        kinds["jit"] += seconds
    elif name.startswith("GC Thread") or name.startswith("G1 "):
        kinds["gc"] += seconds
    elif name == "VM Thread":
        kinds["vm"] += seconds
    else:
        kinds["other"] += seconds
total = sum(kinds.values())
print(
    f"cpu: total {total:.1f} s, JIT compilers {kinds['jit']:.1f} s "
    f"({100 * kinds['jit'] / total if total else 0:.0f}%), GC {kinds['gc']:.1f} s, "
    f"VM thread {kinds['vm']:.1f} s, other {kinds['other']:.1f} s"
)
sys.exit(status)
