#!/usr/bin/env python3
"""Reads JMH JSON results (one file per round) and prints, for every operation, the throughput
ratios between implementations that ran side by side in the same round.

Benchmarks are named <operation>_<ORDERING>_<implementation> (see benchmarks/), so one
(class, operation, ORDERING, params) key groups the implementations to compare. For every round the
ratio score(impl) / score(reference) is taken from that round alone (the two ran back to back, so
machine load drifts little between them); across rounds the median is printed with the range.
The error is the JMH 99.9% confidence half-widths of the two scores, propagated to the ratio, or
half the range of the per-round ratios where that is wider.

When the runs carry JMH's perfnorm "task-clock" metric (CPU milliseconds of the benchmark JVM per
operation; scripts/bench-runtime.sh adds it where perf works), the ratios are computed from it
(operations per CPU microsecond) as well as from the wall-clock throughput. On a shared machine
the CPU-time ratio is the robust one: time the benchmark thread spends descheduled counts in
wall-clock throughput but not in CPU time.

usage: bench-ratios.py [--goal 0.98] [--markdown] ROUND.json...
"""
import argparse
import json
import math
import statistics
import sys
from collections import defaultdict

# (numerator, denominator, goal applies) pairs that are printed when both exist for a key.
COMPARISONS = [
    ("generated", "handwritten", True),
    ("generatedVar", "handwritten", False),
    ("generatedVar", "generated", False),
    ("handwrittenMode", "handwritten", False),
    ("updater", "generated", False),
    ("atomic", "generated", False),
    ("sync", "generated", False),
    ("raw", "handwritten", True),
    ("rawVar", "raw", False),
    ("raw", "agrona", True),
    ("raw", "agronaVolatile", False),
    ("raw", "agronaCas", False),
    ("byteRaw", "intHandwritten", False),
    ("shortRaw", "intHandwritten", False),
    ("intRaw", "intHandwritten", True),
    ("byteRaw", "intRaw", False),
]


def load(paths, metric_kind):
    """Returns [{key: {impl: (score, error, unit)}}], one dict per round.

    metric_kind "wall": JMH's primary throughput; "cpu": operations per CPU microsecond from the
    perfnorm task-clock metric (milliseconds per operation), error 0 (perfnorm gives none).
    """
    rounds = []
    for path in paths:
        with open(path) as f:
            data = json.load(f)
        results = defaultdict(dict)
        for entry in data:
            cls, _, method = entry["benchmark"].rpartition(".")
            cls = cls.rpartition(".")[2]
            parts = method.split("_")
            if len(parts) < 3:
                continue
            impl = parts[-1]
            op = "_".join(parts[:-1])
            params = ",".join(f"{k}={v}" for k, v in sorted((entry.get("params") or {}).items()))
            if metric_kind == "cpu":
                clock = (entry.get("secondaryMetrics") or {}).get("task-clock")
                if not clock or not clock.get("score"):
                    continue
                results[(cls, op, params)][impl] = (1.0 / (clock["score"] * 1000.0), 0.0, "ops/cpu-us")
                continue
            metric = entry["primaryMetric"]
            err = metric.get("scoreError")
            if err is None or err == "NaN" or (isinstance(err, float) and math.isnan(err)):
                err = 0.0
            results[(cls, op, params)][impl] = (metric["score"], float(err), metric["scoreUnit"])
        rounds.append(results)
    return rounds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--goal", type=float, default=0.98)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--metric", choices=["auto", "cpu", "wall"], default="auto",
                    help="cpu: ops per CPU-us from perfnorm task-clock; wall: JMH throughput; auto: cpu when present")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    kind = args.metric
    if kind == "auto":
        kind = "cpu" if any(load(args.files, "cpu")) else "wall"
    rounds = load(args.files, kind)
    print(f"metric: {'operations per CPU microsecond (perfnorm task-clock)' if kind == 'cpu' else 'wall-clock throughput (ops/us)'}")
    keys = sorted({k for r in rounds for k in r})
    rows = []
    for key in keys:
        for num, den, goal in COMPARISONS:
            ratios, errors, nums, dens = [], [], [], []
            for r in rounds:
                impls = r.get(key, {})
                if num in impls and den in impls:
                    (sn, en, _), (sd, ed, _) = impls[num], impls[den]
                    if sn <= 0 or sd <= 0:
                        continue
                    ratio = sn / sd
                    ratios.append(ratio)
                    errors.append(ratio * math.sqrt((en / sn) ** 2 + (ed / sd) ** 2))
                    nums.append(sn)
                    dens.append(sd)
            if not ratios:
                continue
            med = statistics.median(ratios)
            # JMH's confidence interval where it has one; the spread over rounds where it is wider
            # (perfnorm's CPU time has no interval of its own).
            err = max(statistics.median(errors), (max(ratios) - min(ratios)) / 2)
            spread = (min(ratios), max(ratios))
            if goal:
                verdict = "ok" if med + err >= args.goal else "MISSED"
            else:
                verdict = ""
            rows.append((key, f"{num}/{den}", statistics.median(nums), statistics.median(dens),
                         med, err, spread, len(ratios), verdict))
    if args.markdown:
        print("| benchmark | operation | ratio | score (num / den) | ratio (median) | ± error | range over rounds | goal |")
        print("|---|---|---|---|---|---|---|---|")
        for (cls, op, params), name, sn, sd, med, err, (lo, hi), n, verdict in rows:
            label = op + (f" [{params}]" if params else "")
            print(f"| {cls} | {label} | {name} | {sn:.1f} / {sd:.1f} | {med:.3f} | {err:.3f} | {lo:.3f}-{hi:.3f} (n={n}) | {verdict} |")
    else:
        print(f"{'benchmark':<24}{'operation':<34}{'ratio':<30}{'score num/den':>20}{'median':>9}{'±err':>8}{'range':>15}  goal")
        for (cls, op, params), name, sn, sd, med, err, (lo, hi), n, verdict in rows:
            label = op + (f" [{params}]" if params else "")
            print(f"{cls:<24}{label:<34}{name:<30}{sn:>10.1f}/{sd:<9.1f}{med:>9.3f}{err:>8.3f}{lo:>8.3f}-{hi:.3f}  {verdict}")
    missed = [r for r in rows if r[-1] == "MISSED"]
    print(f"\n{len(rows)} ratios, goal >= {args.goal} (within error) missed by {len(missed)}", file=sys.stderr)
    for (cls, op, params), name, *_rest in missed:
        print(f"  missed: {cls} {op} {name}", file=sys.stderr)


if __name__ == "__main__":
    main()
