#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes random_graphs.json: pseudo-random revision graphs and queries in graphs.json's format.

Deterministic (fixed seed), so the file only changes when this script does. The hand-drawn
graphs.json covers each feature on purpose; these graphs mix branches, merges, depends_on,
branch labels, shared id prefixes and shuffled load orders to catch what the hand-drawn ones miss.
Run make_golden.py afterwards.
"""

import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = 60
DOCS = [None, "add table", "drop column\n\nwith details", "merge", "fix index"]


def ancestors(revs, rev_id):
    seen, todo = set(), [rev_id]
    while todo:
        cur = todo.pop()
        if cur in seen:
            continue
        seen.add(cur)
        entry = revs[cur]
        todo.extend(entry.get("down", []))
        todo.extend(d for d in entry.get("deps", []) if d in revs)
    return seen


def make_graph(rng, index):
    count = rng.randint(4, 14)
    prefixes = ["ab", "cd", "%02x" % index]
    revs, order, labels = {}, [], {}
    for i in range(count):
        rev_id = rng.choice(prefixes) + "%06x" % rng.randrange(16 ** 6)
        while rev_id in revs:
            rev_id = rng.choice(prefixes) + "%06x" % rng.randrange(16 ** 6)
        entry = {"rev": rev_id}
        roll = rng.random()
        if order and roll < 0.17 and len(order) >= 2:
            entry["down"] = rng.sample(order, 2)
        elif order and roll < 0.85:
            recent = order[-4:]
            entry["down"] = [rng.choice(recent if rng.random() < 0.7 else order)]
        if order and rng.random() < 0.22:
            candidates = [r for r in order if r not in entry.get("down", [])]
            # one dependency each: with several, Alembic's order of a revision's normalized
            # dependencies follows Python's string hashing (graphs.json covers that case)
            deps = rng.sample(candidates, min(len(candidates), 1))
            named = []
            for target in deps:
                owner = [lab for lab, r in labels.items() if r == target]
                named.append(owner[0] if owner and rng.random() < 0.5 else target)
            if named:
                entry["deps"] = named
        if rng.random() < 0.15:
            label = "lab%d" % i
            labels[label] = rev_id
            entry["labels"] = [label]
        doc = rng.choice(DOCS)
        if doc:
            entry["doc"] = doc
        revs[rev_id] = entry
        order.append(rev_id)
    resolved = {
        r: dict(e, deps=[labels.get(d, d) for d in e.get("deps", [])]) for r, e in revs.items()
    }
    queries = make_queries(rng, resolved, order, sorted(labels))
    shuffled = [revs[r] for r in order]
    rng.shuffle(shuffled)
    return {"name": "random_%02d" % index, "revisions": shuffled, "queries": queries}


def state(rng, revs, order):
    """A plausible version table: the tips of the ancestry of one or two revisions."""
    picked = rng.sample(order, min(len(order), rng.choice([1, 1, 2])))
    closure = set()
    for rev_id in picked:
        closure |= ancestors(revs, rev_id)
    tips = [r for r in closure if not any(r in ancestors(revs, o) - {o} for o in closure)]
    return sorted(tips, key=order.index)


def make_queries(rng, revs, order, labels):
    def target():
        rev_id = rng.choice(order)
        choices = [rev_id, rev_id[:5], "heads", "head", "base", "+1", "+2", "-1", rev_id + "+1",
                   rev_id + "-1", rev_id + "+2", rev_id + "@head", rev_id + "@-1", "heads+1"]
        if labels:
            label = rng.choice(labels)
            choices += [label + "@head", label + "@heads", label + "@base", label + "@+1",
                        label + "@-1", label + "@" + rev_id, label, label + "@" + rev_id + "+1",
                        label + "@" + rev_id + "-1"]
        return rng.choice(choices)

    queries = []
    for _ in range(5):
        queries.append({"op": "get_revisions", "arg": target()})
    for _ in range(3):
        queries.append({"op": "walk", "base": rng.choice(["base", rng.choice(order)]),
                        "head": rng.choice(["heads", target()])})
    for _ in range(5):
        queries.append({"op": "upgrade", "dest": target(), "current": state(rng, revs, order)})
    for _ in range(5):
        queries.append({"op": "downgrade", "dest": target(), "current": state(rng, revs, order)})
    for _ in range(3):
        queries.append({"op": "stamp", "dest": target(), "current": state(rng, revs, order)})
    queries.append({"op": "get_all_current", "current": state(rng, revs, order)})
    for _ in range(2):
        queries.append({"op": "iterate", "upper": target(), "lower": target(),
                        "implicit_base": rng.random() < 0.5, "inclusive": rng.random() < 0.5,
                        "assert_relative_length": rng.random() < 0.5,
                        "select_for_downgrade": rng.random() < 0.3})
    return queries


def main():
    rng = random.Random(20261121)
    graphs = [make_graph(rng, i) for i in range(GRAPHS)]
    data = {
        "comment": "Generated by make_random_graphs.py (fixed seed); same format as graphs.json.",
        "defaultQueries": [
            {"op": "walk", "base": "base", "head": "heads"},
            {"op": "upgrade", "dest": "heads", "current": []},
            {"op": "downgrade", "dest": "base", "current": "@heads"},
            {"op": "stamp", "dest": "heads", "current": []},
        ],
        "graphs": graphs,
    }
    with open(os.path.join(HERE, "random_graphs.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
