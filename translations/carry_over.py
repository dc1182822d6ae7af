#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""After lupdate: give an untranslated message the translation of a message with the same source
text (and disambiguation and plural-ness) elsewhere in the file, usually one that only moved to
another context; then drop obsolete and vanished messages. Prints what is still untranslated."""
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext("source"), message.findtext("comment"), message.get("numerus"))


def translated(message):
    t = message.find("translation")
    if t is None:
        return False
    if message.get("numerus") == "yes":
        forms = t.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((t.text or "").strip())


def main(paths):
    for path in paths:
        tree = ET.parse(path)
        root = tree.getroot()
        known = {}
        for message in root.iter("message"):
            t = message.find("translation")
            if translated(message) and t.get("type") in (None, "vanished", "obsolete"):
                known.setdefault(key(message), t)
        carried, missing = 0, []
        for context in root.findall("context"):
            for message in list(context.findall("message")):
                t = message.find("translation")
                if t.get("type") in ("vanished", "obsolete"):
                    context.remove(message)
                    continue
                if t.get("type") != "unfinished":
                    continue
                source = known.get(key(message))
                if source is not None:
                    message.remove(t)
                    copy = ET.fromstring(ET.tostring(source))
                    copy.attrib.pop("type", None)
                    copy.tail = t.tail
                    message.append(copy)
                    carried += 1
                else:
                    missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
            if not context.findall("message"):
                root.remove(context)
        ET.indent(tree, space="    ")
        with open(path, "w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            out.write(ET.tostring(root, encoding="unicode"))
            out.write("\n")
        print(f"{path}: {carried} carried over, {len(missing)} untranslated")
        for line in missing:
            print(f"    {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
