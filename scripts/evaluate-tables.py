#!/usr/bin/env python3
"""Tables of scripts/evaluate.sh: findings per check per corpus of both front ends, their
agreement (same file, line and check), and crashes. Writes the disagreements of each corpus to
OUT/<corpus>-only-ep.tsv and OUT/<corpus>-only-reviewer.tsv and the findings of each front end to
OUT/<corpus>-ep.tsv and OUT/<corpus>-reviewer.tsv ("path line check message", path relative to the
corpus's src/ folder).

usage: evaluate-tables.py OUT CORPORA_DIR CHECK... -- CORPUS...
"""
import json
import os
import re
import sys
from collections import Counter

INTERNAL = "jatomics could not analyse this code"
EP_CRASH = "An unhandled exception was thrown by the Error Prone static analysis plugin"
ABBREVIATIONS = {"NonAtomicAccess": "NAA", "MixedAccessMode": "MAM", "RelaxedDependentLoad": "RDL",
                 "MissingSafetyComment": "MSCom", "MissingSafetyContract": "MSCon",
                 "UnnecessarySafetyComment": "USC"}
EP_LINE = re.compile(r"^(?P<path>.+?\.java):(?P<line>\d+): (?:warning|error): \[(?P<check>\w+)\] (?P<msg>.*)$")


def relative(path, src):
    path = os.path.normpath(path)
    return os.path.relpath(path, src) if os.path.isabs(path) else path


def read_status(path):
    """(exit status, seconds) of one front end's run, or None when it did not run."""
    if not os.path.exists(path):
        return None
    rc, secs = open(path).read().split()
    return int(rc), int(secs)


def ep_findings(log, src, checks):
    """(findings, crashes): findings as (path, line, check, message); crashes as text lines."""
    findings, crashes = [], []
    lines = open(log, encoding="utf-8", errors="replace").read().splitlines()
    for i, text in enumerate(lines):
        m = EP_LINE.match(text)
        if m and m.group("check") in checks:
            finding = (relative(m.group("path"), src), int(m.group("line")), m.group("check"), m.group("msg"))
            if INTERNAL in text:
                crashes.append("%s:%d: [%s] %s" % finding)
            else:
                findings.append(finding)
        elif EP_CRASH in text:
            crashes.append(" | ".join(lines[max(0, i - 1):i + 3]))
        elif m is None and ": error: " in text:
            crashes.append("javac error: " + text)
    return findings, crashes


def reviewer_findings(rdjsonl, src, checks):
    findings, crashes = [], []
    for text in open(rdjsonl, encoding="utf-8"):
        if not text.strip():
            continue
        d = json.loads(text)
        where = (relative(d["location"]["path"], src), d["location"]["range"]["start"]["line"])
        check = d.get("code", {}).get("value", "jatomics")
        message = d["message"].split("\n")[0]
        if check not in checks or INTERNAL in message:
            crashes.append("%s:%d: [%s] %s" % (where + (check, message)))
        else:
            findings.append(where + (check, message))
    return findings, crashes


def contract_fixes(rdjsonl):
    """MissingSafetyComment findings of the reviewer whose suggested fix adds @SafetyContract to the
    method (the operation is a thin wrapper's only statement, CONTRACT section 7), not a comment."""
    count = 0
    for text in open(rdjsonl, encoding="utf-8"):
        if text.strip():
            d = json.loads(text)
            if d.get("code", {}).get("value") == "MissingSafetyComment" and any(
                    "@SafetyContract" in s.get("text", "") for s in d.get("suggestions", [])):
                count += 1
    return count


def write_tsv(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in sorted(rows):
            f.write("\t".join(str(c) for c in row) + "\n")


def main():
    out, corpora_dir = sys.argv[1], sys.argv[2]
    dash = sys.argv.index("--")
    checks, corpora = sys.argv[3:dash], sys.argv[dash + 1:]
    short = {c: ABBREVIATIONS.get(c, c[:6]) for c in checks}
    totals = {}
    any_crash = False
    print("\nFindings per check (EP = javac + Error Prone, RV = jatomics review; both = same file, line and check)")
    head = "%-20s %-3s" % ("corpus", "") + "".join("%8s" % short[c] for c in checks) + "%8s %8s %8s %9s" % (
        "total", "both", "crashes", "seconds")
    print(head)
    for corpus in corpora:
        src = os.path.join(corpora_dir, corpus.split("+")[0], "src")
        runs = {}
        for side, reader, data in (("EP", ep_findings, "%s-ep.log"), ("RV", reviewer_findings, "%s-reviewer.rdjsonl")):
            status = read_status(os.path.join(out, (data.split(".")[0] + ".status") % corpus))
            data_path = os.path.join(out, data % corpus)
            if status is None or not os.path.exists(data_path):
                runs[side] = None
                continue
            findings, crashes = reader(data_path, src, set(checks))
            rc, secs = status
            ok_codes = {0} if side == "EP" else {0, 1}
            if rc not in ok_codes:
                crashes.append("exit status %d%s" % (rc, " (timed out)" if rc == 124 else ""))
            runs[side] = (findings, crashes, secs)
            write_tsv(os.path.join(out, "%s-%s.tsv" % (corpus, "ep" if side == "EP" else "reviewer")), findings)
        # Multisets: a line may carry two findings of one check (two unsafe calls on it).
        keys = {side: Counter(f[:3] for f in run[0]) for side, run in runs.items() if run}
        both = keys["EP"] & keys["RV"] if len(keys) == 2 else Counter()
        if len(keys) == 2:
            for side, name in (("EP", "ep"), ("RV", "reviewer")):
                extra = keys[side] - both
                write_tsv(os.path.join(out, "%s-only-%s.tsv" % (corpus, name)),
                          [f for f in runs[side][0] if extra[f[:3]] > 0 and not extra.subtract([f[:3]])])
        for side in ("EP", "RV"):
            run = runs[side]
            if run is None:
                print("%-20s %-3s %s" % (corpus, side, "-"))
                continue
            findings, crashes, secs = run
            per = {c: sum(1 for f in findings if f[2] == c) for c in checks}
            agree = sum(both.values()) if len(keys) == 2 else "-"
            print("%-20s %-3s" % (corpus, side) + "".join("%8d" % per[c] for c in checks)
                  + "%8d %8s %8d %9d" % (len(findings), agree, len(crashes), secs))
            t = totals.setdefault(side, {c: 0 for c in checks + ["total", "crashes"]})
            for c in checks:
                t[c] += per[c]
            t["total"] += len(findings)
            t["crashes"] += len(crashes)
            for crash in crashes:
                any_crash = True
                print("    crash: " + crash[:400])
    wrappers = {}
    for corpus in corpora:
        path = os.path.join(out, "%s-reviewer.rdjsonl" % corpus)
        if os.path.exists(path):
            wrappers[corpus] = contract_fixes(path)
    for side, t in totals.items():
        print("%-20s %-3s" % ("total", side) + "".join("%8d" % t[c] for c in checks)
              + "%8d %8s %8d" % (t["total"], "", t["crashes"]))
    if wrappers:
        print("\nMissingSafetyComment in thin wrappers (RV findings whose fix adds @SafetyContract): "
              + ", ".join("%s %d" % (c, n) for c, n in wrappers.items() if n) + "; total %d" % sum(wrappers.values()))
    print("\nchecks: " + ", ".join("%s=%s" % (short[c], c) for c in checks))
    print("disagreements: OUT/<corpus>-only-ep.tsv, OUT/<corpus>-only-reviewer.tsv")
    sys.exit(1 if any_crash else 0)


if __name__ == "__main__":
    main()
