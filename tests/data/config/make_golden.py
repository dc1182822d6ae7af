#!/usr/bin/python3
"""Regenerate the golden files of tst_inifile and tst_sqlurl.

ini/<name>.json from ini/<name>.ini:

Each .ini is read by Python's own configparser.ConfigParser the way Alembic reads alembic.ini
(defaults {"here": ...}, BasicInterpolation), and what it sees is written as JSON: the sections,
the error raised while reading, and for every option of every section (and of DEFAULT) the raw
value and the interpolated value or the error message. tst_inifile compares Retort's IniFile with
these files.

sqlurl/urls.json from sqlurl/urls.txt (one URL a line): SQLAlchemy's make_url() parts, its
rendering with and without the password, and for SQLite URLs the file the pysqlite dialect would
open with the current folder at sqlurl/ (written with "{BASE}" for that folder).

Run with the interpreter Alembic uses:  /usr/bin/python3 tests/data/config/make_golden.py
"""

import configparser
import json
import os
import sys

HERE_VALUE = "/HERE"  # the value given for %(here)s, so the files do not depend on a checkout path
INI_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ini")
URL_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sqlurl")


def error_line(exc):
    if isinstance(exc, configparser.ParsingError) and getattr(exc, "errors", None):
        return exc.errors[0][0]
    return getattr(exc, "lineno", 0) or 0


def describe_option(parser, section, option):
    entry = {
        "section": section,
        "option": option,
        "raw": parser.get(section, option, raw=True),
    }
    try:
        entry["value"] = parser.get(section, option)
        entry["error"] = None
    except configparser.Error as exc:
        entry["value"] = None
        entry["error"] = str(exc)
    return entry


def golden_for(name):
    parser = configparser.ConfigParser({"here": HERE_VALUE})
    result = {"python": sys.version.split()[0], "here": HERE_VALUE}
    try:
        # Read by the name relative to the folder, as messages then name the file like that.
        parser.read(name, encoding="utf-8")
    except configparser.Error as exc:
        result["error"] = {
            "type": type(exc).__name__,
            "line": error_line(exc),
            "message": str(exc),
        }
        return result
    result["error"] = None
    result["sections"] = parser.sections()
    result["options"] = {s: parser.options(s) for s in parser.sections()}
    values = []
    for section in parser.sections():
        for option in parser.options(section):
            values.append(describe_option(parser, section, option))
    for option in parser.defaults():
        values.append(describe_option(parser, parser.default_section, option))
    result["values"] = values
    return result


def url_golden(text):
    from sqlalchemy.engine import make_url
    from sqlalchemy.dialects.sqlite import pysqlite

    try:
        url = make_url(text)
    except Exception as exc:  # ArgumentError, or ValueError for a bad port
        return {"url": text, "error": str(exc)}
    entry = {
        "url": text,
        "error": None,
        "drivername": url.drivername,
        "username": url.username,
        "password": url.password,
        "host": url.host,
        "port": url.port,
        "database": url.database,
        "query": [[k, v] for k in url.query for v in (url.query[k] if isinstance(url.query[k], tuple) else [url.query[k]])],
        "rendered": url.render_as_string(hide_password=False),
        "hidden": url.render_as_string(hide_password=True),
        "sqlite_file": None,
        "sqlite_error": None,
    }
    if url.get_backend_name() == "sqlite":
        try:
            args, _ = pysqlite.SQLiteDialect_pysqlite().create_connect_args(url)
            entry["sqlite_file"] = args[0].replace(URL_DIR, "{BASE}")
        except Exception as exc:
            entry["sqlite_error"] = str(exc)
    return entry


def write_json(path, data):
    with open(path, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
    print("wrote", os.path.relpath(path, os.path.dirname(INI_DIR)))


def main():
    os.chdir(URL_DIR)
    with open("urls.txt", encoding="utf-8") as source:
        urls = [line.rstrip("\n") for line in source if line.strip()]
    write_json(os.path.join(URL_DIR, "urls.json"), [url_golden(u) for u in urls])
    os.chdir(INI_DIR)
    for name in sorted(os.listdir(".")):
        if not name.endswith(".ini"):
            continue
        golden = golden_for(name)
        write_json(os.path.join(INI_DIR, name[: -len(".ini")] + ".json"), golden)


if __name__ == "__main__":
    main()
