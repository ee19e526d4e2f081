#!/usr/bin/env python3
"""Synthetic 'system output' built from a gold file, for checking the gold
with score.py: every gold entity (first label, name and aliases) and every
gold relation (first type, first source, first target). Scoring it must give
1.0 everywhere.

    python3 ../shared/eval/score.py eval/train/t4/a --cmd 'python3 eval/tools/synth.py {}'   (any folder of gold files)
"""
import json, os, sys

art = sys.argv[1]
base = os.path.splitext(art)[0]
gold = json.load(open(base + ".gold.json"))
first = lambda v: v[0] if isinstance(v, list) else v
out = {"article": {"id": os.path.basename(base), "title": "", "published": "", "source": ""},
       "entities": [], "relations": []}
for e in gold["entities"]:
    out["entities"].append({"id": e["key"], "label": first(e["labels"]), "name": e["name"],
                            "aliases": e.get("aliases", [])})
for r in gold["relations"]:
    out["relations"].append({"type": first(r["type"]), "source": first(r["source"]),
                             "target": first(r["target"]), "properties": {}, "evidence": "", "span": [0, 0]})
json.dump(out, sys.stdout)
