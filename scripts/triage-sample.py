#!/usr/bin/env python3
"""Draws the triage sample of docs/triage.md from a run of scripts/evaluate.sh, so that anyone
can redraw it: a simple random sample, with a fixed seed, of each check's findings pooled over
all corpora (every finding of a check has the same chance, whatever its corpus).

usage: scripts/triage-sample.py [--seed N] [--per-check K] [--side reviewer|ep] [OUT [CORPORA_DIR]]
  OUT          the --out folder of scripts/evaluate.sh (default build/evaluation)
  CORPORA_DIR  where scripts/corpora.sh unpacked the sources (default build/corpora)
  --seed N     the random seed (default 13, the one docs/evaluation.md used)
  --per-check K  how many findings per check (default 25; a check with fewer has all drawn)
  --side       whose findings (default reviewer; the two front ends agree on file, line and check)

The population of each corpus is its configured run (<corpus>+opts) where evaluate.sh made one
(its findings include those of the default run) and its default run otherwise, so no finding is
counted twice. Prints one tab-separated line per drawn finding: id, check, corpus, file:line,
the source line, the message; ids are the check's initials and the draw order (MAM-01, ...).
"""
import argparse
import os
import random
import sys

CHECKS = ["NonAtomicAccess", "MixedAccessMode", "RelaxedDependentLoad", "MissingSafetyComment",
          "MissingSafetyContract", "UnnecessarySafetyComment"]
PREFIX = {"NonAtomicAccess": "NAA", "MixedAccessMode": "MAM", "RelaxedDependentLoad": "RDL",
          "MissingSafetyComment": "MSCom", "MissingSafetyContract": "MSCon",
          "UnnecessarySafetyComment": "USC"}


def populations(out, side):
    """corpus -> list of (path, line, check, message) of its most configured run."""
    suffix = "-%s.tsv" % side
    runs = sorted(f[:-len(suffix)] for f in os.listdir(out)
                  if f.endswith(suffix) and not f.endswith("-only" + suffix))
    chosen = {}
    for run in runs:
        corpus = run.split("+")[0]
        if corpus not in chosen or run.endswith("+opts"):
            chosen[corpus] = run
    result = {}
    for corpus, run in sorted(chosen.items()):
        rows = []
        with open(os.path.join(out, run + suffix), encoding="utf-8") as f:
            for text in f:
                path, line, check, message = text.rstrip("\n").split("\t", 3)
                rows.append((path, int(line), check, message))
        result[corpus] = rows
    return result


def source_line(corpora, corpus, path, line):
    try:
        with open(os.path.join(corpora, corpus, "src", path), encoding="utf-8", errors="replace") as f:
            for number, text in enumerate(f, 1):
                if number == line:
                    return " ".join(text.split())
    except OSError:
        pass
    return "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default="build/evaluation")
    parser.add_argument("corpora", nargs="?", default="build/corpora")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--per-check", type=int, default=25)
    parser.add_argument("--side", choices=["reviewer", "ep"], default="reviewer")
    args = parser.parse_args()
    pools = populations(args.out, args.side)
    if not pools:
        sys.exit("triage-sample: no <corpus>-%s.tsv in %s (run scripts/evaluate.sh first)" % (args.side, args.out))
    for check in CHECKS:
        # Sorted before drawing, so the sample depends only on the findings and the seed.
        population = sorted((corpus,) + row for corpus, rows in pools.items() for row in rows if row[2] == check)
        k = min(args.per_check, len(population))
        drawn = random.Random("%d:%s" % (args.seed, check)).sample(population, k)
        print("# %s: %d of %d findings (seed %d)" % (check, k, len(population), args.seed))
        for i, (corpus, path, line, _, message) in enumerate(drawn, 1):
            print("\t".join([
                "%s-%02d" % (PREFIX[check], i), check, corpus, "%s:%d" % (path, line),
                source_line(args.corpora, corpus, path, line), message]))


if __name__ == "__main__":
    main()
