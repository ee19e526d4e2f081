#!/usr/bin/env python3
"""Validate the gold files of one folder against GUIDE.md's contract.

Usage: checkgold.py DIR [MIN-MAX]   (MIN-MAX: article length in words,
default 350-650; probe 4 was written to that, probe 5 to 450-750)

Checks: every relation endpoint is a gold key; labels and types come from
GUIDE.md; each (source, target) pair of a relation item has at least one
acceptable type whose source/target labels fit GUIDE.md's table; at least
one name of each entity occurs in the article text; no two entities sharing
a label have the same normalised name (the scorer's norm()); keys unique;
article length within MIN-MAX words. Prints counts (required/optional).
"""
import json, os, re, sys
# score.py beside the dev set: ../shared/eval from the repository, or $GEOKG_SCORE's folder
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.environ.get("GEOKG_SCORE", "")) or os.path.join(REPO, "..", "shared", "eval"))
from score import norm  # noqa: E402

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else sys.exit(__doc__)
LO, HI = (int(n) for n in (sys.argv[2] if len(sys.argv) > 2 else "350-650").split("-"))
LABELS = {"Country", "Person", "Organization", "Location", "Facility",
          "WeaponSystem", "Program", "Agreement"}
ACT = {"Country", "Person", "Organization"}
ANY = set(LABELS)
TYPES = {
    "HOLDS_OFFICE": ({"Person"}, {"Country", "Organization"}),
    "MET_WITH": (ACT, ACT),
    "COMMUNICATES_WITH": (ACT, ACT),
    "VISITS": ({"Person"}, {"Country", "Location"}),
    "INVITES": (ACT, ACT),
    "COOPERATES_WITH": (ACT, ACT),
    "NEGOTIATES_WITH": (ACT, ACT),
    "SUPPORTS": (ACT, ANY),
    "OPPOSES": (ACT, ANY),
    "CRITICIZES": (ACT, ACT),
    "THREATENS": (ACT | {"WeaponSystem", "Program"}, ACT),
    "SANCTIONS": (ACT, ACT),
    "ATTACKS": (ACT | {"WeaponSystem"}, ACT | {"Location", "Facility"}),
    "DEPLOYS": (ACT, {"WeaponSystem"}),
    "SUPPLIES": (ACT, ACT),
    "BUILDS": (ACT, {"Facility", "WeaponSystem"}),
    "DEVELOPS": (ACT, {"Program", "WeaponSystem"}),
    "LOCATED_IN": ({"WeaponSystem", "Facility", "Location", "Organization"}, {"Country", "Location"}),
    "MEMBER_OF": ({"Country", "Organization"}, {"Organization"}),
    "PART_OF": ({"Organization"}, {"Country", "Organization"}),
    "QUOTES": ({"Organization"}, {"Person"}),
}
SYM = {"MET_WITH", "COMMUNICATES_WITH", "COOPERATES_WITH", "NEGOTIATES_WITH"}


def as_list(v):
    return v if isinstance(v, list) else [v]


def check(gold_file):
    errs = []
    g = json.load(open(gold_file))
    txt_file = os.path.join(HERE, g["article"])
    text = open(txt_file).read()
    words = len(text.split())
    if not LO <= words <= HI:
        errs.append(f"article has {words} words")
    ntext = " " + norm(text) + " "
    ents = {}
    for e in g["entities"]:
        k = e["key"]
        if k in ents:
            errs.append(f"duplicate key {k}")
        ents[k] = e
        labs = as_list(e["labels"])
        for l in labs:
            if l not in LABELS:
                errs.append(f"{k}: bad label {l}")
        names = [e["name"]] + e.get("aliases", [])
        if not any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text, re.I) or (" " + norm(n) + " ") in ntext for n in names):
            errs.append(f"{k}: no name in text")
    seen = {}
    for k, e in ents.items():
        for n in {norm(x) for x in [e["name"]] + e.get("aliases", [])}:
            for l in as_list(e["labels"]):
                if (l, n) in seen and seen[(l, n)] != k:
                    errs.append(f"{k} and {seen[(l, n)]} share {l} name '{n}'")
                seen[(l, n)] = k
    for i, r in enumerate(g["relations"]):
        types = as_list(r["type"])
        for t in types:
            if t not in TYPES:
                errs.append(f"rel {i}: bad type {t}")
        for s in as_list(r["source"]):
            for t_ in as_list(r["target"]):
                if s not in ents or t_ not in ents:
                    errs.append(f"rel {i}: unknown endpoint {s}->{t_}")
                    continue
                if s == t_:
                    errs.append(f"rel {i}: self loop {s}")
                sl, tl = set(as_list(ents[s]["labels"])), set(as_list(ents[t_]["labels"]))
                ok = False
                for t in types:
                    if t not in TYPES:
                        continue
                    a, b = TYPES[t]
                    if (sl & a and tl & b) or (t in SYM and tl & a and sl & b):
                        ok = True
                if not ok and types == ["HOLDS_OFFICE"] and "Person" in tl and len(as_list(r["target"])) > 1:
                    ok = True  # "aide of X": the person as an alternative target (dev/35 Yermak)
                if not ok:
                    errs.append(f"rel {i}: {types} {s}({sl}) -> {t_}({tl}) fits no type")
    er = sum(not e.get("optional") for e in g["entities"])
    rr = sum(not r.get("optional") for r in g["relations"])
    return errs, (words, er, len(ents) - er, rr, len(g["relations"]) - rr)


def main():
    bad = 0
    print(f"{'file':40} {'words':>5} {'ent req/opt':>11} {'rel req/opt':>11}")
    for f in sorted(os.listdir(HERE)):
        if not f.endswith(".gold.json"):
            continue
        errs, (w, er, eo, rr, ro) = check(os.path.join(HERE, f))
        print(f"{f[:-10]:40} {w:5} {er:5} / {eo:<3} {rr:5} / {ro:<3}")
        for e in errs:
            print("   ERROR", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
