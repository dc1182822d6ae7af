#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks Retort's .ts files: lrelease reports no unfinished or untranslated message, and every
translation keeps its source's placeholders (%1, %n), accelerator and surrounding line breaks.
With --lupdate and --sources, checks a fresh lupdate of copies first, so that a string added to
the sources but not yet to the .ts files fails too (translations/update.sh refreshes them)."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")


def shape(text):
    """What a translation must keep from its source."""
    text = text or ""
    accelerator = len(re.findall(r"&(?!&)\w", text)) > 0
    return (
        sorted(set(PLACEHOLDER.findall(text))),
        accelerator,
        len(text) - len(text.lstrip("\n")),
        len(text) - len(text.rstrip("\n")),
    )


def check_shapes(path):
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                if not form.text and translation.get("type") == "unfinished":
                    continue  # lrelease's report names it
                want, got = shape(source), shape(form.text)
                if message.get("numerus") == "yes":
                    # A singular form may spell the number out instead of %n.
                    want = ([p for p in want[0] if p != "%n"],) + want[1:]
                    got = ([p for p in got[0] if p != "%n"],) + got[1:]
                if want != got:
                    problems.append(
                        f"{path}: {context.findtext('name')}: {source!r} -> {form.text!r}")
    return problems


HELPER = re.compile(
    r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*'
    r'return\s+QCoreApplication::translate\(\s*"([^"]+)"')


def check_contexts(path, sources):
    """A file-local `tr(text)` helper translates in one fixed context at run time; lupdate files
    each tr("...") call under the enclosing class or namespace instead. Where the two differ the
    translation exists but never shows."""
    helpers = {}
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        current = None
        for message in context.iter("message"):
            for location in message.findall("location"):
                if location.get("filename"):
                    current = os.path.normpath(
                        os.path.join(os.path.dirname(path), location.get("filename")))
            if current is None or not current.endswith(".cpp"):
                continue
            if current not in helpers:
                try:
                    with open(current, encoding="utf-8") as source:
                        match = HELPER.search(source.read())
                except OSError:
                    match = None
                helpers[current] = match.group(1) if match else None
            runtime = helpers[current]
            if runtime is not None and runtime != name:
                problems.append(
                    f"{os.path.relpath(current, sources)}: {message.findtext('source')!r} is "
                    f"filed under context {name!r} but translated at run time in {runtime!r}")
    return problems


NOOP_IN_TR = re.compile(r"(?<![\w.>:])tr\s*\(\s*QT_TR(?:ANSLATE)?_NOOP")


def check_noop_in_tr(sources):
    """lupdate skips the argument of a tr() call, so a QT_TRANSLATE_NOOP inside one is never
    extracted: the message is missing from the .ts files and no other check notices."""
    problems = []
    for folder in ("app", "ui", "core"):
        for directory, _, names in os.walk(os.path.join(sources, folder)):
            for name in sorted(names):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(directory, name)
                with open(path, encoding="utf-8") as source:
                    text = source.read()
                for match in NOOP_IN_TR.finditer(text):
                    line = text.count("\n", 0, match.start()) + 1
                    problems.append(
                        f"{os.path.relpath(path, sources)}:{line}: QT_TRANSLATE_NOOP inside tr() "
                        "is not extracted by lupdate; mark the string where it is written, or "
                        "call QCoreApplication::translate()")
    return problems


def lrelease_report(lrelease, path, scratch):
    qm = os.path.join(scratch, os.path.basename(path) + ".qm")
    out = subprocess.run([lrelease, path, "-qm", qm], capture_output=True, text=True, check=True)
    text = out.stdout + out.stderr
    problems = []
    generated = re.search(r"\((\d+) finished and (\d+) unfinished\)", text)
    if not generated:
        problems.append(f"{path}: unexpected lrelease output:\n{text}")
    elif int(generated.group(2)):
        problems.append(f"{path}: {generated.group(2)} unfinished translation(s)")
    untranslated = re.search(r"Ignored (\d+) untranslated", text)
    if untranslated and int(untranslated.group(1)):
        problems.append(f"{path}: {untranslated.group(1)} untranslated source text(s)")
    return problems


def unfinished_messages(path):
    names = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                names.append(f"    {context.findtext('name')}: {message.findtext('source')!r}")
    return names


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lrelease", required=True)
    parser.add_argument("--lupdate")
    parser.add_argument("--sources", help="the source root holding app/, ui/ and core/")
    parser.add_argument("--contexts", action="store_true",
                        help="only check that lupdate's contexts are the run-time ones")
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()

    problems = []
    if args.contexts:
        # Locations must point into the sources: use the committed file (relative locations).
        problems = check_contexts(args.ts[0], args.sources)
        hidden = check_noop_in_tr(args.sources)
        for problem in problems + hidden:
            print(problem)
        print(f"{len(problems)} message(s) filed under a context they are not looked up in")
        if hidden:
            print(f"{len(hidden)} message(s) marked inside tr(), which lupdate does not read")
        return 1 if problems or hidden else 0
    with tempfile.TemporaryDirectory() as scratch:
        files = args.ts
        if args.lupdate:
            files = [shutil.copy(path, scratch) for path in args.ts]
            subprocess.run([args.lupdate, "-recursive", "-locations", "none", "-no-obsolete",
                            "app", "ui", "core", "-ts", *files],
                           cwd=args.sources, capture_output=True, text=True, check=True)
        for path in files:
            found = lrelease_report(args.lrelease, path, scratch)
            if found:
                print("\n".join(unfinished_messages(path)))
            problems += found
            problems += check_shapes(path)
    for problem in problems:
        print(problem)
    if problems and args.lupdate:
        print("Run translations/update.sh and translate what it lists.")
    print(f"{len(args.ts)} file(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
