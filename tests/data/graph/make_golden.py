#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes golden.json (random_golden.json): what real Alembic answers for every graph and query in
graphs.json (random_graphs.json, see make_random_graphs.py).

Run with the Python that has Alembic installed:  /usr/bin/python3 make_golden.py
Each graph is loaded as real alembic.script.Script objects (fake modules, in the listed load
order) under a ScriptDirectory whose only state is its RevisionMap, so ScriptDirectory's own
error wording is exercised too. Some Alembic answers depend on Python's string hashing (set
iteration order); the graphs are therefore evaluated under several PYTHONHASHSEED values and every
distinct answer is kept as an accepted variant.
"""

import json
import os
import subprocess
import sys
import types
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = [str(seed) for seed in range(24)]


PAIRS = [("graphs.json", "golden.json"), ("random_graphs.json", "random_golden.json")]


def load_graphs(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def kind_of(exc):
    from alembic.script import revision
    from alembic import util

    if isinstance(exc, util.CommandError) and exc.__cause__ is not None:
        return kind_of(exc.__cause__)
    # most derived first
    for cls, kind in [
        (revision.DependencyLoopDetected, "Loop"),
        (revision.LoopDetected, "Loop"),
        (revision.CycleDetected, "Cycle"),
        (revision.MultipleHeads, "MultipleHeads"),
        (revision.RangeNotAncestorError, "RangeNotAncestor"),
        (revision.ResolutionError, "Resolution"),
        (revision.RevisionError, "Revision"),
        (util.CommandError, "Revision"),
    ]:
        if isinstance(exc, cls):
            return kind
    return "internal"


def error_of(exc):
    return {"error": {"kind": kind_of(exc), "message": str(exc)}}


def make_scripts(graph):
    from alembic.script import Script

    scripts = []
    for entry in graph["revisions"]:
        module = types.ModuleType("rev_" + entry["rev"])
        down = entry.get("down", [])
        module.down_revision = None if not down else (down[0] if len(down) == 1 else tuple(down))
        module.branch_labels = tuple(entry["labels"]) if entry.get("labels") else None
        module.depends_on = tuple(entry["deps"]) if entry.get("deps") else None
        module.__doc__ = entry.get("doc")
        module.upgrade = lambda: None
        module.upgrade.__name__ = "upgrade"
        module.downgrade = lambda: None
        module.downgrade.__name__ = "downgrade"
        scripts.append(Script(module, entry["rev"], "/versions/%s.py" % entry["rev"]))
    return scripts


def ids(items):
    out = []
    for item in items:
        if item is None or isinstance(item, str):
            out.append(item)
        else:
            out.append(item.revision)
    return out


def step_json(step):
    from alembic.runtime.migration import StampStep

    if isinstance(step, StampStep):
        return {
            "from": list(step.from_revisions),
            "to": list(step.to_revisions),
            "up": step.is_upgrade,
            "branch_move": step.branch_move,
            "log": str(step),
        }
    return {
        "rev": step.revision.revision,
        "up": step.is_upgrade,
        "from": list(step.from_revisions),
        "from_nd": list(step.from_revisions_no_deps),
        "to": list(step.to_revisions),
        "to_nd": list(step.to_revisions_no_deps),
        "log": str(step),
    }


def run_query(sd, query):
    rm = sd.revision_map
    op = query["op"]
    current = query.get("current")
    if current == "@heads":
        current = list(rm.heads)
    as_arg = lambda v: tuple(v) if isinstance(v, list) else v
    if op == "get_revisions":
        return {"ok": ids(rm.get_revisions(query["arg"]))}
    if op == "get_revision":
        return {"ok": ids([rm.get_revision(query["arg"])])}
    if op == "iterate":
        return {
            "ok": ids(
                rm.iterate_revisions(
                    as_arg(query["upper"]),
                    as_arg(query["lower"]),
                    implicit_base=query.get("implicit_base", False),
                    inclusive=query.get("inclusive", False),
                    assert_relative_length=query.get("assert_relative_length", True),
                    select_for_downgrade=query.get("select_for_downgrade", False),
                )
            )
        }
    if op == "walk":
        return {"ok": ids(sd.walk_revisions(query["base"], query["head"]))}
    if op == "get_all_current":
        return {"ok": sorted(ids(sd.get_all_current(tuple(current))))}
    if op == "current_head":
        return {"ok": [sd.get_current_head()]}
    if op == "upgrade":
        return {"steps": [step_json(s) for s in sd._upgrade_revs(query["dest"], tuple(current))]}
    if op == "downgrade":
        return {"steps": [step_json(s) for s in sd._downgrade_revs(query["dest"], tuple(current))]}
    if op == "stamp":
        dest = (query["dest"],) if query["dest"] else ()
        return {"steps": [step_json(s) for s in sd._stamp_revs(dest, tuple(current))]}
    raise ValueError("unknown op %s" % op)


def revision_json(rev):
    return {
        "id": rev.revision,
        "down": list(rev._versioned_down_revisions),
        "resolved_deps": list(rev._resolved_dependencies),
        "normalized_deps": sorted(rev._normalized_resolved_dependencies),
        "all_down": list(rev._all_down_revisions),
        "normalized_down": list(rev._normalized_down_revisions),
        "branch_labels": sorted(rev.branch_labels),
        "next": sorted(rev.nextrev),
        "all_next": sorted(rev._all_nextrev),
        "flags": {
            "head": rev.is_head,
            "real_head": rev._is_real_head,
            "base": rev.is_base,
            "real_base": rev._is_real_base,
            "branch_point": rev.is_branch_point,
            "real_branch_point": rev._is_real_branch_point,
            "merge_point": rev.is_merge_point,
        },
    }


def evaluate_graph(graph, default_queries):
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionMap

    out = {"name": graph["name"], "warnings": [], "build_error": None}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            scripts = make_scripts(graph)
            sd = ScriptDirectory.__new__(ScriptDirectory)
            sd.revision_map = RevisionMap(lambda: iter(scripts))
            sd.revision_map.heads
        except Exception as exc:  # Alembic refuses the graph
            out["build_error"] = error_of(exc)["error"]
        out["warnings"] = [str(w.message) for w in caught]
    if out["build_error"]:
        return out
    rm = sd.revision_map
    out["heads"] = list(rm.heads)
    out["bases"] = list(rm.bases)
    out["real_heads"] = list(rm._real_heads)
    out["real_bases"] = list(rm._real_bases)
    out["revisions"] = [
        revision_json(rev)
        for key, rev in rm._revision_map.items()
        if isinstance(key, str) and rev is not None and key == rev.revision
    ]
    results = []
    for query in default_queries + graph["queries"]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                results.append(run_query(sd, query))
            except Exception as exc:
                results.append(error_of(exc))
    out["results"] = results
    return out


def emit(name):
    data = load_graphs(name)
    json.dump([evaluate_graph(g, data["defaultQueries"]) for g in data["graphs"]], sys.stdout)


def merge(runs):
    """One golden entry per graph; every field that varied with the hash seed lists variants."""
    golden = []
    for per_seed in zip(*runs):
        first = per_seed[0]
        entry = {"name": first["name"]}
        for key in first:
            if key == "name" or key == "results":
                continue
            variants = []
            for run in per_seed:
                if run.get(key) not in variants:
                    variants.append(run.get(key))
            entry[key] = variants
        if "results" in first:
            entry["results"] = []
            for i in range(len(first["results"])):
                variants = []
                for run in per_seed:
                    if run["results"][i] not in variants:
                        variants.append(run["results"][i])
                entry["results"].append(variants)
        golden.append(entry)
    return golden


def write_golden(path, golden):
    """JSON with one line per graph attribute and per query answer, so diffs stay readable."""
    dumps = lambda value: json.dumps(value, sort_keys=True, ensure_ascii=False)
    graphs = []
    for graph in golden["graphs"]:
        fields = ["   %s: %s" % (dumps(k), dumps(v)) for k, v in sorted(graph.items())
                  if k != "results"]
        if "results" in graph:
            answers = ",\n".join("    " + dumps(r) for r in graph["results"])
            fields.append('   "results": [\n%s\n   ]' % answers)
        graphs.append("  {\n%s\n  }" % ",\n".join(fields))
    with open(path, "w", encoding="utf-8") as f:
        f.write('{\n "alembic": %s,\n "comment": %s,\n "graphs": [\n%s\n ]\n}\n'
                % (dumps(golden["alembic"]), dumps(golden["comment"]), ",\n".join(graphs)))


def main():
    if "--emit" in sys.argv:
        emit(sys.argv[-1])
        return
    import alembic

    for source, target in PAIRS:
        runs = []
        for seed in SEEDS:
            env = dict(os.environ, PYTHONHASHSEED=seed)
            proc = subprocess.run(
                [sys.executable, os.path.abspath(__file__), "--emit", source],
                env=env, check=True, capture_output=True, text=True, timeout=600,
            )
            runs.append(json.loads(proc.stdout))
        golden = {
            "comment": "Generated by make_golden.py from %s; do not edit. Every answer is a "
            "list of accepted variants (Alembic's answer under different PYTHONHASHSEEDs)."
            % source,
            "alembic": alembic.__version__,
            "graphs": merge(runs),
        }
        write_golden(os.path.join(HERE, target), golden)


if __name__ == "__main__":
    main()
