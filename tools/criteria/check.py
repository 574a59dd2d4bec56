#!/usr/bin/env python3
"""Check criteria files (format ``ocop-criteria/1``, docs/criteria-format.md).

Usage (from the repository root)::

    python3 tools/criteria/check.py ocop-rules/src/main/resources/vn/ocop/criteria/qd26-2026
    python3 tools/criteria/check.py path/to/one-file.yaml [more files or directories]

Prints one line per problem as ``file:line:key: message`` (the line is in the
YAML file) and exits with status 1 if there is any problem, 0 otherwise.

What is checked:

* keys: every mapping has exactly the keys of the format (required ones present,
  optional ones allowed, nothing else, no key twice); values have the right type;
  text is not empty; enums (sector, scope, lead agencies) are known;
* ids: parts are A, B, C in that order; section, criterion and knock-out ids are
  unique in the sheet; option ids are a, b, c … in order; ``minimumFor`` is 3, 4
  or 5; a knock-out's ``criterion`` exists; a discrepancy's ``at`` names a part,
  a section or a criterion, and at most one discrepancy is recorded per id;
* points: every option is worth at most its criterion and the best option equals
  it; criteria add up to their section, sections to their part; parts are A 40,
  B 25, C 35 and add up to 100. A figure that does not add up is a problem unless
  a discrepancy is recorded ``at`` that criterion, section or part, giving as
  ``stated`` the printed figure or as ``sum`` what the items add up to (the rule
  of the Java ``CriteriaLoader``);
* source lines: every ``line`` lies inside ``source.lines``; the file name starts
  with the sheet number (``NN-``).

With ``--legal FILE`` (the plain-text decision, shared/legal/qd-26-2026-qd-ttg.txt)
it also reads the text at every ``line``: each ``vi`` must be found, verbatim, in
the table cell that starts at that line (star marks and the leading ``□`` aside);
the points cell after a part, section, criterion or option must hold its
``points`` (an empty points cell needs a discrepancy at the criterion); an
option's star mark must match its ``minimumFor``; and a part heading that states
"(NN Điểm)" different from the part's points must have a discrepancy recorded::

    python3 tools/criteria/check.py --legal ../shared/legal/qd-26-2026-qd-ttg.txt \
        ocop-rules/src/main/resources/vn/ocop/criteria/qd26-2026
"""

import os
import re
import sys

import yaml

PART_MAXIMA = {"A": 40, "B": 25, "C": 35}
TOTAL = 100
SECTORS = {"FOOD", "BEVERAGES", "HERBAL", "HANDICRAFT", "ORNAMENTAL", "TOURISM"}
AGENCIES = {"MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT", "MINISTRY_OF_INDUSTRY_AND_TRADE",
            "MINISTRY_OF_HEALTH", "MINISTRY_OF_CULTURE_SPORTS_AND_TOURISM"}
SCOPES = {"DOSSIER", "SECTION"}

# kind: (required keys, optional keys)
SHAPES = {
    "sheet": ({"schema", "rulebook", "productSet", "number", "name", "sector", "group",
               "leadAgencies", "source", "knockOuts", "parts"}, {"discrepancies"}),
    "text": ({"vi", "en"}, set()),
    "source": ({"document", "lines"}, set()),
    "knockOut": ({"id", "scope", "vi", "en", "line"}, {"criterion"}),
    "part": ({"id", "vi", "en", "points", "line", "sections"}, set()),
    "section": ({"id", "vi", "en", "points", "line", "criteria"}, set()),
    "criterion": ({"id", "vi", "en", "points", "line"}, {"notes", "options"}),
    "note": ({"vi", "line"}, set()),
    "option": ({"id", "vi", "en", "points", "line"}, {"minimumFor"}),
    "discrepancy": ({"at", "stated", "sum", "line", "note"}, {"option", "applies"}),
}


# ---------------------------------------------------------------------------
# YAML with line numbers


class Map(dict):
    """A mapping that remembers the YAML line of itself and of each key."""
    line = 0
    key_lines = None


class Seq(list):
    line = 0


def build(node, problems, path):
    """Python values from a composed YAML node, keeping line numbers."""
    if isinstance(node, yaml.MappingNode):
        out = Map()
        out.line = node.start_mark.line + 1
        out.key_lines = {}
        for knode, vnode in node.value:
            key = knode.value
            kline = knode.start_mark.line + 1
            if key in out:
                problems.append((path, kline, key, "key appears twice in one mapping"))
            out[key] = build(vnode, problems, path)
            out.key_lines[key] = kline
        return out
    if isinstance(node, yaml.SequenceNode):
        out = Seq(build(v, problems, path) for v in node.value)
        out.line = node.start_mark.line + 1
        return out
    # scalars: let the safe constructor resolve the type
    value = yaml.SafeLoader.construct_scalar(yaml.SafeLoader(""), node)
    tag = node.tag
    if tag == "tag:yaml.org,2002:int":
        return int(value)
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() in ("true", "yes", "on")
    if tag == "tag:yaml.org,2002:float":
        return float(value)
    return value


# ---------------------------------------------------------------------------


STAR_RE = re.compile(r"\s*\*(?:\s*\*){2,4}")


class Legal:
    """The legal text, read cell by cell from a given line."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.lines = f.read().split("\n")

    def cell_from(self, line):
        """Text from ``line`` to the end of its cell, joined as extract.py joins it."""
        out = []
        n = line
        while 1 <= n <= len(self.lines) and self.lines[n - 1] != " | ":
            s = self.lines[n - 1].strip()
            if s:
                out.append(s)
            n += 1
        text = " ".join(out)
        text = STAR_RE.sub(" ", text)
        return re.sub(r" {2,}", " ", text)

    def stars(self, line):
        """Longest star mark in the cell from ``line`` (3, 4, 5) or None."""
        n, marks = line, []
        while 1 <= n <= len(self.lines) and self.lines[n - 1] != " | ":
            marks += re.findall(r"\*(?:\s*\*){2,4}", self.lines[n - 1])
            n += 1
        return max((len(m.replace(" ", "")) for m in marks), default=None)

    def points_after(self, line):
        """(first number, source line) of the cell after the cell at ``line``;
        (None, line) if that cell is empty or not a number."""
        n = line
        while 1 <= n <= len(self.lines) and self.lines[n - 1] != " | ":
            n += 1
        n += 1
        start = n
        while 1 <= n <= len(self.lines) and self.lines[n - 1] != " | ":
            s = self.lines[n - 1].strip()
            if s:
                return (int(s) if s.isdigit() else None), n
            n += 1
        return None, start


class Mismatch:
    """A figure that does not add up. It needs a discrepancy ``at`` the id; when
    ``printed`` is given, the discrepancy must give either that ``stated`` figure or
    the ``items`` figure as its ``sum`` (as the Java CriteriaLoader requires)."""

    def __init__(self, at, printed, items, line, key, message):
        self.at, self.printed, self.items = at, printed, items
        self.line, self.key, self.message = line, key, message


class Checker:
    def __init__(self, path, legal=None):
        self.path = path
        self.problems = []
        self.legal = legal

    def verbatim(self, m, where):
        """The item's vi text is in the legal text at its line."""
        if not self.legal or not isinstance(m, Map):
            return
        vi, line = m.get("vi"), m.get("line")
        if not isinstance(vi, str) or not isinstance(line, int):
            return
        if vi not in self.legal.cell_from(line):
            self.add(self.line_of(m, "vi"), f"{where}.vi",
                     f"text not found in the legal text at line {line}: {vi[:50]!r}")

    def add(self, line, key, msg):
        self.problems.append((self.path, line, key, msg))

    def line_of(self, m, key=None):
        if isinstance(m, Map) and key is not None and key in m.key_lines:
            return m.key_lines[key]
        return getattr(m, "line", 0)

    # -- shape -------------------------------------------------------------

    def shape(self, m, kind, where):
        if not isinstance(m, Map):
            self.add(getattr(m, "line", 0), where, f"expected a mapping ({kind})")
            return False
        required, optional = SHAPES[kind]
        for k in sorted(required - set(m)):
            self.add(m.line, f"{where}.{k}", "missing key")
        for k in sorted(set(m) - required - optional):
            self.add(self.line_of(m, k), f"{where}.{k}", f"unknown key for a {kind}")
        return True

    def text(self, m, key, where):
        v = m.get(key)
        if v is None:
            return
        if not isinstance(v, str) or not v.strip():
            self.add(self.line_of(m, key), f"{where}.{key}", "must be non-empty text")
        elif v.strip() == "TODO" or v != v.strip():
            self.add(self.line_of(m, key), f"{where}.{key}", f"bad text {v[:40]!r}")

    def integer(self, m, key, where, minimum=0):
        v = m.get(key)
        if v is None and key not in m:
            return None
        if not isinstance(v, int) or isinstance(v, bool) or v < minimum:
            self.add(self.line_of(m, key), f"{where}.{key}", f"must be an integer ≥ {minimum}")
            return None
        return v

    def printed(self, m, where, kind, criterion, tree):
        """The points (and star mark) printed next to the item."""
        if not self.legal or not isinstance(m, Map) or not isinstance(m.get("line"), int):
            return
        if criterion is not None and criterion.get("line") == m["line"] and kind == "criterion":
            return  # a section's own criterion: same cell as the section
        got, pline = self.legal.points_after(m["line"])
        pts = m.get("points")
        if got is None:
            xid = criterion.get("id") if kind == "option" else m.get("id")
            tree.append(Mismatch(xid, None, None, self.line_of(m, "points"), f"{where}.points",
                                 f"the points cell of {where} (line {pline}) is empty"))
        elif got != pts:
            self.add(self.line_of(m, "points"), f"{where}.points",
                     f"points {pts} but the text prints {got} at line {pline}")
        if kind == "option":
            star = self.legal.stars(m["line"])
            if star != m.get("minimumFor"):
                self.add(self.line_of(m, "line"), f"{where}.minimumFor",
                         f"minimumFor {m.get('minimumFor')} but the text marks {star}")

    def in_source(self, m, where):
        self.verbatim(m, where)
        line = m.get("line") if isinstance(m, Map) else None
        if isinstance(line, int) and self.span and not self.span[0] <= line <= self.span[1]:
            self.add(self.line_of(m, "line"), f"{where}.line",
                     f"line {line} is outside source.lines {self.span}")

    # -- sheet -------------------------------------------------------------

    def check(self, doc):
        if not self.shape(doc, "sheet", "sheet"):
            return
        if doc.get("schema") != "ocop-criteria/1":
            self.add(self.line_of(doc, "schema"), "schema", "must be ocop-criteria/1")
        if not isinstance(doc.get("rulebook"), str) or not re.fullmatch(r"[A-Z0-9_]+", doc.get("rulebook") or ""):
            self.add(self.line_of(doc, "rulebook"), "rulebook", "must be an id like QD26_2026")
        if not isinstance(doc.get("productSet"), str) or \
                not re.fullmatch(r"[IVX]+\.\d+(\.[a-z])?", doc.get("productSet") or ""):
            self.add(self.line_of(doc, "productSet"), "productSet", "must look like I.4.b")
        number = self.integer(doc, "number", "sheet", 1)
        base = os.path.basename(self.path)
        if number is not None and not base.startswith(f"{number:02d}-"):
            self.add(self.line_of(doc, "number"), "number", f"file name does not start with {number:02d}-")
        for key in ("name", "group"):
            if self.shape(doc.get(key), "text", key):
                self.text(doc[key], "vi", key)
                self.text(doc[key], "en", key)
        if doc.get("sector") not in SECTORS:
            self.add(self.line_of(doc, "sector"), "sector", f"unknown sector {doc.get('sector')!r}")
        agencies = doc.get("leadAgencies")
        if not isinstance(agencies, list) or not agencies:
            self.add(self.line_of(doc, "leadAgencies"), "leadAgencies", "must be a non-empty list")
        else:
            for a in agencies:
                if a not in AGENCIES:
                    self.add(agencies.line, "leadAgencies", f"unknown agency {a!r}")
            if len(set(agencies)) != len(agencies):
                self.add(agencies.line, "leadAgencies", "agency listed twice")
        self.span = None
        src = doc.get("source")
        if self.shape(src, "source", "source"):
            self.text(src, "document", "source")
            lines = src.get("lines")
            if not (isinstance(lines, list) and len(lines) == 2
                    and all(isinstance(x, int) for x in lines) and lines[0] <= lines[1]):
                self.add(self.line_of(src, "lines"), "source.lines", "must be [first, last]")
            else:
                self.span = tuple(lines)

        parts = doc.get("parts")
        ids = {"part": set(), "section": set(), "criterion": set()}
        tree = []  # Mismatch: figures that do not add up
        if not isinstance(parts, list):
            self.add(self.line_of(doc, "parts"), "parts", "must be a list")
            parts = []
        if [p.get("id") for p in parts if isinstance(p, Map)] != ["A", "B", "C"]:
            self.add(self.line_of(doc, "parts"), "parts", "parts must be A, B, C in this order")
        total = 0
        for p in parts:
            self.check_part(p, ids, tree)
            if isinstance(p, Map) and isinstance(p.get("points"), int):
                total += p["points"]
                want = PART_MAXIMA.get(p.get("id"))
                if want is not None and p["points"] != want:
                    self.add(self.line_of(p, "points"), f"parts.{p.get('id')}.points",
                             f"part {p.get('id')} must be {want} points, is {p['points']}")
        if total != TOTAL:
            self.add(self.line_of(doc, "parts"), "parts", f"parts add up to {total}, not {TOTAL}")

        disc = doc.get("discrepancies", [])
        recorded = {}
        if not isinstance(disc, list):
            self.add(self.line_of(doc, "discrepancies"), "discrepancies", "must be a list")
            disc = []
        for i, d in enumerate(disc):
            where = f"discrepancies[{i}]"
            if not self.shape(d, "discrepancy", where):
                continue
            at = d.get("at")
            if not isinstance(at, str) or not (at in ids["part"] or at in ids["section"]
                                               or at in ids["criterion"]):
                self.add(self.line_of(d, "at"), f"{where}.at", f"{at!r} is not a part, section or criterion id")
            if at in recorded:
                self.add(self.line_of(d, "at"), f"{where}.at", f"two discrepancies recorded at {at!r}")
            self.integer(d, "stated", where)
            self.integer(d, "sum", where)
            self.integer(d, "line", where, 1)
            self.text(d, "note", where)
            self.in_source(d, where)
            recorded[at] = d

        if self.legal:
            for p in parts:
                if not isinstance(p, Map) or not isinstance(p.get("line"), int):
                    continue
                m = re.search(r"\((\d+)\s*[Đđ]iểm\)", self.legal.cell_from(p["line"]))
                if m and int(m.group(1)) != p.get("points"):
                    tree.append(Mismatch(p.get("id"), int(m.group(1)), p.get("points"),
                                         self.line_of(p, "points"), f"parts.{p.get('id')}.points",
                                         f"the heading of part {p.get('id')} states {m.group(1)}, "
                                         f"the points column {p.get('points')}"))

        for mm in tree:
            d = recorded.get(mm.at)
            if d is None:
                self.add(mm.line, mm.key, f"{mm.message}; no discrepancy recorded at {mm.at!r}")
            elif mm.printed is not None and d.get("stated") != mm.printed and d.get("sum") != mm.items:
                self.add(mm.line, mm.key, f"{mm.message}; the discrepancy at {mm.at!r} gives other "
                                          f"figures (want stated {mm.printed} or sum {mm.items})")

        kos = doc.get("knockOuts")
        if not isinstance(kos, list):
            self.add(self.line_of(doc, "knockOuts"), "knockOuts", "must be a list")
            kos = []
        seen = set()
        for i, k in enumerate(kos):
            where = f"knockOuts[{i}]"
            if not self.shape(k, "knockOut", where):
                continue
            kid = k.get("id")
            if not isinstance(kid, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", kid):
                self.add(self.line_of(k, "id"), f"{where}.id", "must be a kebab-case id")
            if kid in seen:
                self.add(self.line_of(k, "id"), f"{where}.id", f"knock-out id {kid!r} used twice")
            seen.add(kid)
            if k.get("scope") not in SCOPES:
                self.add(self.line_of(k, "scope"), f"{where}.scope", f"scope must be one of {sorted(SCOPES)}")
            if "criterion" in k and k["criterion"] not in ids["criterion"]:
                self.add(self.line_of(k, "criterion"), f"{where}.criterion",
                         f"no criterion {k['criterion']!r} in this sheet")
            self.text(k, "vi", where)
            self.text(k, "en", where)
            self.integer(k, "line", where, 1)
            self.in_source(k, where)

    def check_part(self, p, ids, tree):
        where = f"parts.{p.get('id') if isinstance(p, Map) else '?'}"
        if not self.shape(p, "part", where):
            return
        self.common(p, where, ids, "part")
        self.printed(p, where, "part", None, tree)
        sections = p.get("sections")
        if not isinstance(sections, list) or not sections:
            self.add(self.line_of(p, "sections"), f"{where}.sections", "must be a non-empty list")
            return
        s_sum = 0
        for s in sections:
            self.check_section(s, where, ids, tree)
            if isinstance(s, Map) and isinstance(s.get("points"), int):
                s_sum += s["points"]
        if isinstance(p.get("points"), int) and s_sum != p["points"]:
            tree.append(Mismatch(p["id"], p["points"], s_sum, self.line_of(p, "points"), f"{where}.points",
                                 f"part {p['id']} is worth {p['points']}, its sections add up to {s_sum}"))

    def check_section(self, s, pwhere, ids, tree):
        where = f"{pwhere}.sections.{s.get('id') if isinstance(s, Map) else '?'}"
        if not self.shape(s, "section", where):
            return
        self.common(s, where, ids, "section")
        self.printed(s, where, "section", None, tree)
        self._section = s
        crits = s.get("criteria")
        if not isinstance(crits, list) or not crits:
            self.add(self.line_of(s, "criteria"), f"{where}.criteria", "must be a non-empty list")
            return
        c_sum = 0
        for c in crits:
            self.check_criterion(c, where, ids, tree)
            if isinstance(c, Map) and isinstance(c.get("points"), int):
                c_sum += c["points"]
        if isinstance(s.get("points"), int) and c_sum != s["points"]:
            tree.append(Mismatch(s["id"], s["points"], c_sum, self.line_of(s, "points"), f"{where}.points",
                                 f"section {s['id']} is worth {s['points']}, its criteria add up to {c_sum}"))

    def check_criterion(self, c, swhere, ids, tree):
        where = f"{swhere}.criteria.{c.get('id') if isinstance(c, Map) else '?'}"
        if not self.shape(c, "criterion", where):
            return
        self.common(c, where, ids, "criterion")
        self.printed(c, where, "criterion", self._section, tree)
        for i, n in enumerate(c.get("notes", []) or []):
            nwhere = f"{where}.notes[{i}]"
            if self.shape(n, "note", nwhere):
                self.text(n, "vi", nwhere)
                self.integer(n, "line", nwhere, 1)
                self.in_source(n, nwhere)
        if "notes" in c and (not isinstance(c["notes"], list) or not c["notes"]):
            self.add(self.line_of(c, "notes"), f"{where}.notes", "must be a non-empty list if present")
        opts = c.get("options")
        if "options" in c and (not isinstance(opts, list) or not opts):
            self.add(self.line_of(c, "options"), f"{where}.options", "must be a non-empty list if present")
            return
        if not opts:
            return
        points = c.get("points") if isinstance(c.get("points"), int) else None
        best = None
        for i, o in enumerate(opts):
            owhere = f"{where}.options[{i}]"
            if not self.shape(o, "option", owhere):
                continue
            want = chr(ord("a") + i)
            if o.get("id") != want:
                self.add(self.line_of(o, "id"), f"{owhere}.id", f"expected option id {want!r}")
            self.text(o, "vi", owhere)
            self.text(o, "en", owhere)
            op = self.integer(o, "points", owhere)
            self.integer(o, "line", owhere, 1)
            self.in_source(o, owhere)
            self.printed(o, owhere, "option", c, tree)
            if "minimumFor" in o and o["minimumFor"] not in (3, 4, 5):
                self.add(self.line_of(o, "minimumFor"), f"{owhere}.minimumFor", "must be 3, 4 or 5")
            if op is not None:
                best = op if best is None else max(best, op)
                if points is not None and op > points:
                    tree.append(Mismatch(c["id"], None, None, self.line_of(o, "points"), f"{owhere}.points",
                                         f"option {o.get('id')} is worth {op}, more than criterion "
                                         f"{c['id']}'s {points}"))
        if points is not None and best is not None and best != points:
            tree.append(Mismatch(c["id"], points, best, self.line_of(c, "points"), f"{where}.points",
                                 f"criterion {c['id']} is worth {points}, its best option gives {best}"))

    def common(self, m, where, ids, kind):
        xid = m.get("id")
        pattern = {"part": r"[ABC]", "section": r"\d+", "criterion": r"\d+(\.\d+){0,2}"}[kind]
        if not isinstance(xid, str) or not re.fullmatch(pattern, xid):
            self.add(self.line_of(m, "id"), f"{where}.id", f"bad {kind} id {xid!r} (must be a string)")
        elif xid in ids[kind]:
            self.add(self.line_of(m, "id"), f"{where}.id", f"{kind} id {xid!r} used twice")
        ids[kind].add(xid)
        self.text(m, "vi", where)
        self.text(m, "en", where)
        self.integer(m, "points", where)
        self.integer(m, "line", where, 1)
        self.in_source(m, where)


def files_of(args):
    for a in args:
        if os.path.isdir(a):
            for name in sorted(os.listdir(a)):
                if name.endswith((".yaml", ".yml")):
                    yield os.path.join(a, name)
        else:
            yield a


def check_file(path, legal=None):
    problems = []
    try:
        with open(path, encoding="utf-8") as f:
            node = yaml.compose(f, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        return [(path, mark.line + 1 if mark else 0, "-", f"YAML error: {e}")]
    if node is None:
        return [(path, 1, "-", "empty file")]
    doc = build(node, problems, path)
    c = Checker(path, legal)
    c.check(doc)
    return problems + c.problems


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    legal = None
    if argv[0] == "--legal":
        if len(argv) < 3:
            print("usage: check.py [--legal FILE] PATH...", file=sys.stderr)
            return 2
        legal = Legal(argv[1])
        argv = argv[2:]
    paths = list(files_of(argv))
    if not paths:
        print("no criteria files found", file=sys.stderr)
        return 1
    problems = []
    for p in paths:
        problems.extend(check_file(p, legal))
    for path, line, key, msg in problems:
        print(f"{path}:{line}:{key}: {msg}")
    print(f"{len(paths)} files checked, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
