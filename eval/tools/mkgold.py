#!/usr/bin/env python3
"""Turn the compact annotation files ANN_DIR/NAME.ann into NAME.gold.json
in ANN_DIR's parent folder.

Usage: mkgold.py ANN_DIR   (e.g. eval/train/t21/a/ann)

E KEY | Label[,Label] | name | alias;alias | opt
R TYPE[,TYPE] | SRC[,SRC] | TGT[,TGT] | opt
"""
import json, os, sys
here = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else sys.exit(__doc__)
out_dir = os.path.dirname(here)
for f in sorted(os.listdir(here)):
    if not f.endswith(".ann"):
        continue
    name = f[:-4]
    ents, rels = [], []
    for ln, line in enumerate(open(os.path.join(here, f)), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, rest = line[0], line[1:].strip()
        parts = [p.strip() for p in rest.split("|")]
        opt = len(parts) > 4 and parts[4] == "opt" or (len(parts) == 4 and parts[3] == "opt" and kind == "R")
        if kind == "E":
            key, labels, nm = parts[0], parts[1].split(","), parts[2]
            al = [a.strip() for a in parts[3].split(";") if a.strip()] if len(parts) > 3 and parts[3] != "opt" else []
            e = {"key": key, "labels": labels, "name": nm}
            if al:
                e["aliases"] = al
            if len(parts) > 4 and parts[4] == "opt" or (len(parts) == 4 and parts[3] == "opt"):
                e["optional"] = True
            ents.append(e)
        elif kind == "R":
            def one(s):
                v = [x.strip() for x in s.split(",")]
                return v[0] if len(v) == 1 else v
            r = {"type": one(parts[0]), "source": one(parts[1]), "target": one(parts[2])}
            if len(parts) > 3 and parts[3] == "opt":
                r["optional"] = True
            rels.append(r)
        else:
            sys.exit(f"{f}:{ln}: bad line")
    gold = {"article": name + ".txt", "entities": ents, "relations": rels}
    with open(os.path.join(out_dir, name + ".gold.json"), "w") as o:
        json.dump(gold, o, indent=1, ensure_ascii=False)
        o.write("\n")
    print(name, len(ents), len(rels))
