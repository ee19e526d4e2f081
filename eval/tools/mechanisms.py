#!/usr/bin/env python3
"""Precision per extraction mechanism: which rule made each relation, and
how many of each rule's relations the gold graphs confirm.

Usage:
  mechanisms.py BINARY PATH [PATH ...] [--depth N] [--by-type]
                [-v MECHANISM] [--all]

BINARY is a geokg binary; PATH an article with a gold file beside it or a
folder of them (score.py's rules). Each article is extracted with
`BINARY extract --explain --format json`, which names on every relation the
functions that made it, innermost first ("cueTargetRelations<cueRelation").
Each relation is then scored on its own with score.py's own matching: typed
(its type acceptable, in order unless symmetric) and untyped.

The table has one row per mechanism: its relations, how many match a gold
relation typed and untyped, the precision of each, and its false positives
(typed); rows sorted by false positives, most first. --depth N groups by the
innermost N function names (default 2; 1 merges a shared helper's callers);
--by-type splits each row by relation type. -v MECHANISM lists the relations
of the mechanisms whose name starts with MECHANISM ("" for all; the false positives
first, with their evidence); --all lists the matched ones too. Only read
the relations of the sets you develop on.

A folder holding a file named BLIND is a blind probe: it is refused.
"""
import argparse
import collections
import json
import os
import signal
import subprocess
import sys

# score.py beside the dev set: ../shared/eval from the repository, or $GEOKG_SCORE's folder
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.environ.get("GEOKG_SCORE", "")) or os.path.join(REPO, "..", "shared", "eval"))
import score  # noqa: E402


def blind(path):
    """Whether path is inside (or is) a folder marked BLIND."""
    d = os.path.abspath(path if os.path.isdir(path) else os.path.dirname(path))
    while True:
        if os.path.exists(os.path.join(d, "BLIND")):
            return True
        up = os.path.dirname(d)
        if up == d:
            return False
        d = up


def explained(binary, article):
    """The extractor's JSON for one article, with mechanisms."""
    proc = subprocess.run([binary, "extract", "--explain", "--format", "json", article],
                          capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        sys.exit(f"mechanisms: {binary} failed on {article}: {proc.stderr.strip()[:300]}")
    return json.loads(proc.stdout)


def judged(out, gold, name):
    """Yields (relation, typed match, untyped match) for each relation of
    out, each scored alone against the whole gold graph."""
    for r in out.get("relations", []):
        one = {"entities": out.get("entities", []), "relations": [r]}
        _, res = score.score(one, gold, False, name)
        yield r, res[True][0].tp == 1, res[False][0].tp == 1


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # "| head" ends the listing quietly
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--depth", type=int, default=2, help="function names per mechanism (innermost first)")
    ap.add_argument("--by-type", action="store_true", help="one row per mechanism and relation type")
    ap.add_argument("-v", dest="verbose", metavar="MECHANISM", help="list this mechanism's relations")
    ap.add_argument("--all", action="store_true", help="with -v, list the matched relations too")
    a = ap.parse_args()
    for p in a.paths:
        if blind(p):
            sys.exit(f"mechanisms: {p} is a blind probe (a BLIND file): refused")

    rows = collections.defaultdict(lambda: [0, 0, 0])  # relations, typed tp, untyped tp
    listed = []
    for art in score.articles(a.paths):
        with open(score.gold_path(art)) as f:
            gold = json.load(f)
        out = explained(a.binary, art)
        names = {e["id"]: e.get("name", e["id"]) for e in out.get("entities", [])}
        for r, typed, untyped in judged(out, gold, os.path.basename(art)):
            mech = "<".join((r.get("mechanism") or "?").split("<")[:a.depth])
            key = (mech, r["type"]) if a.by_type else (mech,)
            row = rows[key]
            row[0] += 1
            row[1] += typed
            row[2] += untyped
            if a.verbose is not None and mech.startswith(a.verbose) and (a.all or not typed):
                mark = "ok" if typed else ("untyped-ok" if untyped else "FP")
                listed.append((not typed, mark, os.path.basename(art), r.get("mechanism", ""),
                               f"{r['type']}({names.get(r['source'], r['source'])} -> {names.get(r['target'], r['target'])})",
                               r.get("evidence", "")))

    head = "mechanism" + (" / type" if a.by_type else "")
    print(f"{head:58} {'n':>4} {'typed':>5} {'P':>5} {'untyp':>5} {'P':>5} {'FP':>4}")
    tot = [0, 0, 0]
    for key, (n, t, u) in sorted(rows.items(), key=lambda kv: (-(kv[1][0] - kv[1][1]), -kv[1][0], kv[0])):
        print(f"{' / '.join(key)[:58]:58} {n:4d} {t:5d} {t / n:5.2f} {u:5d} {u / n:5.2f} {n - t:4d}")
        tot = [tot[0] + n, tot[1] + t, tot[2] + u]
    n, t, u = tot
    if n:
        print(f"{'total':58} {n:4d} {t:5d} {t / n:5.2f} {u:5d} {u / n:5.2f} {n - t:4d}")
    for _, mark, art, mech, rel, ev in sorted(listed, key=lambda x: (not x[0], x[2])):
        print(f"\n[{mark}] {art}  {mech}\n  {rel}\n  {ev[:400]}")


if __name__ == "__main__":
    main()
