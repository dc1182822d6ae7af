#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes parser_golden.json: what Python and Alembic make of each fixture in parser/.

Run with a Python that has Alembic (Debian: /usr/bin/python3):
    /usr/bin/python3 tests/data/scripts/generate_golden.py
tst_scriptparser compares Retort's static reading of the same files with this file.
"""
import importlib.util
import json
import os
import re
import sys

from alembic import util

sys.dont_write_bytecode = True  # keep the fixture folders free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "parser")
LEGACY_REV = re.compile(r"([a-f0-9]+)\.py$")  # alembic.script.base._legacy_rev


def load(path):
    # As alembic.util.pyfiles.load_module_py does.
    module_id = re.sub(r"\W", "_", os.path.basename(path))
    spec = importlib.util.spec_from_file_location(module_id, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def describe(path):
    module = load(path)
    if hasattr(module, "revision"):
        revision = module.revision
    else:
        revision = LEGACY_REV.match(os.path.basename(path)).group(1)
    down = module.down_revision
    doc = (module.__doc__ or "").strip()
    return {
        "revision": revision,
        "down_revision": list(down) if isinstance(down, (tuple, list)) else down,
        "down_revision_is_sequence": isinstance(down, (tuple, list)),
        "branch_labels": list(util.to_tuple(getattr(module, "branch_labels", None), default=())),
        "depends_on": list(util.to_tuple(getattr(module, "depends_on", None), default=())),
        "longdoc": doc,
        "doc": re.split("\n\n", doc)[0],
    }


def main():
    golden = {}
    for name in sorted(os.listdir(FIXTURES)):
        if name.endswith(".py"):
            golden[name] = describe(os.path.join(FIXTURES, name))
    result = {"python": sys.version.split()[0], "scripts": golden}
    with open(os.path.join(HERE, "parser_golden.json"), "w", encoding="utf-8") as out:
        json.dump(result, out, indent=2, sort_keys=True, ensure_ascii=False)
        out.write("\n")
    print("wrote %d entries (Python %s)" % (len(golden), sys.version.split()[0]))


if __name__ == "__main__":
    main()
