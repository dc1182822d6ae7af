"""The project shapes the differential test runs: hand-made corner cases plus seeded random graphs."""
from __future__ import annotations

from typing import List

from projectgen import ProjectSpec, RandomShape, Rev, random_spec


def _linear() -> ProjectSpec:
    ids = ["1a2b3c4d5e6f", "2b3c4d5e6f70", "3c4d5e6f7081", "4d5e6f708192", "5e6f708192a3"]
    revs = [Rev(ids[0], None, message="create users")]
    for i in range(1, len(ids)):
        revs.append(Rev(ids[i], ids[i - 1], message="linear step %d" % i))
    return ProjectSpec("linear", revs, db_current=(ids[2],))


def _linear_typed_relative() -> ProjectSpec:
    ids = ["aa01", "bb02cafe", "cc03beef", "dd04f00d", "ee05abcd", "ff06dcba"]
    revs = [Rev(ids[0], None, message="initial schema", typed=True, quoting="single")]
    for i in range(1, len(ids)):
        revs.append(
            Rev(ids[i], ids[i - 1], message="typed step %d" % i, typed=True, quoting="single")
        )
    return ProjectSpec(
        "linear_typed_relative", revs, script_location="migrations", db_current=(ids[5],)
    )


def _branch_merge() -> ProjectSpec:
    revs = [
        Rev("3f2a9c1d7b40", None, message="create authors and books"),
        Rev("8d41e6b2a913", "3f2a9c1d7b40", message="add author sort name", typed=True),
        Rev("c07b5e9f21d8", "8d41e6b2a913", message="require book titles, unique isbn"),
        Rev("5e9a0b7c3f12", "c07b5e9f21d8", labels=("reviews",), message="create reviews"),
        Rev("a6c3d2e1f0b9", "5e9a0b7c3f12", message="index reviews by book", quoting="single"),
        Rev("91f0c4d8e2a7", "c07b5e9f21d8", labels=("tags",), message="create tags", typed=True),
        Rev(
            "e4b8f7a2c5d6",
            ("a6c3d2e1f0b9", "91f0c4d8e2a7"),
            message="merge reviews and tags",
            typed=True,
        ),
        Rev("f00dfeed0001", "e4b8f7a2c5d6", message="after the merge"),
    ]
    return ProjectSpec("branch_merge", revs, db_current=("5e9a0b7c3f12", "91f0c4d8e2a7"))


def _many_heads() -> ProjectSpec:
    revs = [
        Rev("0b0b0b0b0b01", None, message="base one"),
        Rev("0b0b0b0b0b02", "0b0b0b0b0b01", message="before the fork"),
        Rev("1c1c1c1c1c01", "0b0b0b0b0b02", message="fork one"),
        Rev("2d2d2d2d2d01", "0b0b0b0b0b02", message="fork two", labels=("two",)),
        Rev("3e3e3e3e3e01", "0b0b0b0b0b02", message="fork three"),
        Rev("3e3e3e3e3e02", "3e3e3e3e3e01", message="fork three, again"),
        Rev("4f4f4f4f4f01", None, message="second base", labels=("other",)),
        Rev("4f4f4f4f4f02", "4f4f4f4f4f01", message="second line"),
    ]
    return ProjectSpec("many_heads", revs, db_current=("1c1c1c1c1c01", "4f4f4f4f4f01"))


def _labels_propagated() -> ProjectSpec:
    revs = [
        Rev("a00000000001", None, labels=("root",), message="labelled base"),
        Rev("a00000000002", "a00000000001", message="inherits root"),
        Rev("b00000000001", "a00000000002", labels=("alpha", "beta"), message="two labels",
            label_as_string=False),
        Rev("b00000000002", "b00000000001", message="inherits alpha and beta"),
        Rev("c00000000001", "a00000000002", labels=("gamma",), message="gamma starts",
            label_as_string=False, sequence_style="list"),
        Rev("c00000000002", "c00000000001", message="gamma goes on"),
        Rev("d00000000001", ("b00000000002", "c00000000002"), message="join alpha and gamma"),
        Rev("d00000000002", "d00000000001", labels=("delta",), message="delta after join"),
    ]
    return ProjectSpec("labels_propagated", revs, db_current=("b00000000001",))


def _depends_on() -> ProjectSpec:
    revs = [
        Rev("11aa00000001", None, labels=("lib",), message="lib base"),
        Rev("11aa00000002", "11aa00000001", message="lib two"),
        Rev("22bb00000001", None, labels=("app",), message="app base"),
        Rev("22bb00000002", "22bb00000001", depends=("11aa00000001",), message="app needs lib"),
        Rev("22bb00000003", "22bb00000002", depends=("11aa00000002", "22bb00000001"),
            message="app needs lib two", sequence_style="list"),
        Rev("33cc00000001", None, depends=("lib",), message="plugin depends on a label"),
        Rev("33cc00000002", "33cc00000001", depends=("22bb00000002",), message="depends on app two"),
    ]
    return ProjectSpec("depends_on", revs, db_current=("11aa00000001", "22bb00000001"))


def _quoting_odd() -> ProjectSpec:
    styles = ["single", "double", "triple_single", "triple_double", "raw", "paren", "concat",
              "unicode_prefix"]
    ids = ["9%011d" % i for i in range(1, len(styles) + 3)]
    revs = []
    for i, style in enumerate(styles):
        revs.append(
            Rev(ids[i], ids[i - 1] if i else None, message="quoted %s" % style, quoting=style,
                typed=i % 2 == 1, spacing=("normal", "tight", "wide_comment")[i % 3])
        )
    revs[2].message = 'message with "quotes" and \'apostrophes\''
    revs[3].message = "café — naïve résumé ✓"
    revs[4].message = None
    revs[5].extra_doc = "A second paragraph\nthat spans two lines."
    revs[6].create_date = None
    revs.append(Rev(ids[len(styles)], ids[len(styles) - 1], labels=("odd",), message="fork a",
                    quoting="triple_double", sequence_style="multiline", label_as_string=False))
    revs.append(Rev(ids[len(styles) + 1], ids[len(styles) - 1], message="fork b", quoting="raw"))
    revs.append(Rev("9merge000001", (ids[len(styles)], ids[len(styles) + 1]), message="join",
                    quoting="concat", sequence_style="multiline", typed=True))
    return ProjectSpec("quoting_odd", revs, junk_files=True, db_current=(ids[3],))


def _version_locations(name: str, separator) -> ProjectSpec:
    revs = [
        Rev("5a5a00000001", None, message="core base", location=0),
        Rev("5a5a00000002", "5a5a00000001", message="core two", location=1),
        Rev("5a5a00000003", "5a5a00000002", message="core three", location=2),
        Rev("6b6b00000001", "5a5a00000001", labels=("side",), message="side line", location=2),
        Rev("6b6b00000002", "6b6b00000001", message="side two", location=1),
        Rev("7c7c00000001", ("5a5a00000003", "6b6b00000002"), message="merge", location=0),
    ]
    return ProjectSpec(name, revs, locations=("migrations/versions", "shared/versions", "plugins"),
                       separator=separator, db_current=("6b6b00000001",))


def _listdir_order() -> ProjectSpec:
    revs = [Rev("%02x0000000000" % 1, None, message="root")]
    for i in range(2, 41):
        parent = revs[(i * 7) % (len(revs))].id if i % 4 == 0 else revs[-1].id
        revs.append(Rev("%02x%010x" % (i, i * 2654435761 % (1 << 40)), parent,
                        message="rev %d" % i))
    return ProjectSpec("listdir_order", revs, creation_order="shuffle", seed=7, junk_files=True,
                       db_current=(revs[10].id,))


def _prefix_ambiguous() -> ProjectSpec:
    revs = [
        Rev("ab12cd000001", None, message="first"),
        Rev("ab12ce000002", "ab12cd000001", message="second"),
        Rev("ab12cf000003", "ab12ce000002", message="third"),
        Rev("ab12d0000004", "ab12cf000003", message="fourth"),
        Rev("fe0000000005", "ab12d0000004", message="fifth"),
    ]
    return ProjectSpec("prefix_ambiguous", revs, db_current=("ab12ce000002",))


def _merges_and_forks() -> ProjectSpec:
    revs = [
        Rev("m00000000001", None, message="base that forks"),
        Rev("m00000000002", "m00000000001", message="left"),
        Rev("m00000000003", "m00000000001", message="middle"),
        Rev("m00000000004", "m00000000001", message="right"),
        Rev("m00000000005", ("m00000000002", "m00000000003", "m00000000004"),
            message="three-way merge", sequence_style="tuple_trailing"),
        Rev("m00000000006", "m00000000005", message="after merge, left"),
        Rev("m00000000007", "m00000000005", message="after merge, right"),
        Rev("m00000000008", ("m00000000006",), message="one-element tuple"),
    ]
    return ProjectSpec("merges_and_forks", revs, db_current=("m00000000003", "m00000000002"))


def _custom_names() -> ProjectSpec:
    revs = [
        Rev("0001", None, message="initial", file_name="0001_initial.py"),
        Rev("0002", "0001", message="users", file_name="zz_users.py"),
        Rev("add_orders", "0002", message="orders", file_name="a.py", typed=True),
        Rev("0004", "add_orders", message="indexes", file_name="0004.py"),
    ]
    return ProjectSpec("custom_names", revs, junk_files=True, db_current=("0002",))


def _cycle() -> ProjectSpec:
    revs = [
        Rev("c1c1c1c1c1c1", "c3c3c3c3c3c3", message="one"),
        Rev("c2c2c2c2c2c2", "c1c1c1c1c1c1", message="two"),
        Rev("c3c3c3c3c3c3", "c2c2c2c2c2c2", message="three"),
    ]
    return ProjectSpec("cycle", revs)


def _illegal_char() -> ProjectSpec:
    revs = [
        Rev("feed00000001", None, message="fine"),
        Rev("bad-revision", "feed00000001", message="has a dash"),
    ]
    return ProjectSpec("illegal_char", revs)


def all_specs() -> List[ProjectSpec]:
    specs = [
        _linear(),
        _linear_typed_relative(),
        _branch_merge(),
        _many_heads(),
        _labels_propagated(),
        _depends_on(),
        _quoting_odd(),
        _version_locations("locations_os", "os"),
        _version_locations("locations_space", "space"),
        _version_locations("locations_legacy", None),
        _listdir_order(),
        _prefix_ambiguous(),
        _merges_and_forks(),
        _custom_names(),
        _cycle(),
        _illegal_char(),
    ]
    randoms = [
        ("random_small", 101, RandomShape(size=12)),
        ("random_branchy", 202, RandomShape(size=25, branch_chance=0.45, merge_chance=0.4)),
        ("random_labels", 303, RandomShape(size=20, label_chance=0.4)),
        ("random_depends", 404, RandomShape(size=20, depends_chance=0.35)),
        ("random_roots", 505, RandomShape(size=18, roots=3)),
        ("random_locations", 606, RandomShape(size=22, locations=3, label_chance=0.3)),
        ("random_large", 707, RandomShape(size=60, branch_chance=0.3, depends_chance=0.1)),
    ]
    for name, seed, shape in randoms:
        spec = random_spec(name, seed, shape)
        spec.db_current = (spec.revs[len(spec.revs) // 2].id,)
        specs.append(spec)
    return specs
