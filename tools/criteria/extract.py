#!/usr/bin/env python3
"""First-pass extractor for the OCOP scoring sheets of Decision 26/2026/QĐ-TTg.

Reads the plain-text transcript of the decision and writes one criteria file
(format ``ocop-criteria/1``, see ``docs/criteria-format.md``) per product set of
Appendix II ("Phụ lục II"), 26 in all.

Usage (from the repository root)::

    python3 tools/criteria/extract.py ../shared/legal/qd-26-2026-qd-ttg.txt \\
        ocop-rules/src/main/resources/vn/ocop/criteria/qd26-2026
    python3 tools/criteria/check.py --legal ../shared/legal/qd-26-2026-qd-ttg.txt \\
        ocop-rules/src/main/resources/vn/ocop/criteria/qd26-2026

Options:

    --missing-labels FILE   also write the Vietnamese texts that have no English
                            label in tools/criteria/labels_en.yaml to FILE (a YAML
                            skeleton to fill in and merge); without it a missing
                            label is an error
    --dump                  print the parsed rows of every sheet (for checking)

The English labels come from ``labels_en.yaml`` next to this script, keyed by
the Vietnamese text exactly as it is written to the criteria files.

How the text is read
--------------------
The transcript prints each sheet as a two-column table, a content cell and a
points cell, with cells separated by lines that read exactly `` | ``. A cell's
text is its lines, stripped and joined with single spaces. A cell that holds
only a number is the points of the content cell before it; empty cells are
skipped (some content cells have no points cell at all, so cells are not paired
by position).

Content cells are classified by how they start:

* ``Phần A:`` / ``PHẦN C`` … a part; a ``(40 Điểm)`` in its text is the figure
  the heading *states*, compared with the points column;
* ``1.2.`` / ``6.2.1`` … a criterion. A criterion that only groups deeper ones
  (``6.2 Nước pha`` over ``6.2.1``…) cannot be stored in the format: its children
  are listed in the section, and its total is checked against theirs here;
* ``7.`` / ``8 `` … a section. A section whose tick boxes follow directly gets one
  criterion with the section's id, text and points;
* ``□`` (once printed ``o``) … an option; star marks ``***``/``****``/``*****``
  (once ``* * * *``) are taken out of the text into ``minimumFor``;
* ``Yêu cầu:``, ``Ghi chú:``, ``Chú ý:``, ``Chỉ áp dụng…``, ``Lựa chọn…``, the
  case headings ``a. Trường hợp…`` and parenthesised explanations in cells of
  their own are notes of the current criterion, unless they are a knock-out
  (see KNOCKOUTS). A ``Yêu cầu:`` that starts a new line inside a criterion
  cell, an ``Áp dụng bắt buộc…`` line inside a section cell, and a ``Ghi chú:``
  after the star mark inside an option cell are split off the same way. The
  case headings of sheet 26 also prefix the English label of their options
  ("Case 1: …").

Every figure that does not add up is written to ``discrepancies`` (never fixed
silently): a part heading whose "(NN Điểm)" differs from the points column, an
option worth more than its criterion, a points cell left empty (written as 0),
a points cell with a stray second figure, and any sum that does not match.
Everything unusual is printed to stderr, one line per finding, for the person
who checks the output against the text. The output is a first pass: check it
by hand (check.py --legal does the mechanical part of that).
"""

import argparse
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS_FILE = os.path.join(HERE, "labels_en.yaml")

SCHEMA = "ocop-criteria/1"
RULEBOOK = "QD26_2026"
DOCUMENT = "26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm {n}"
PART_MAXIMA = {"A": 40, "B": 25, "C": 35}
TOTAL = 100

SECTORS = {"I": "FOOD", "II": "BEVERAGES", "III": "HERBAL", "IV": "HANDICRAFT",
           "V": "ORNAMENTAL", "VI": "TOURISM"}

AGENCIES = {
    "Bộ Nông nghiệp và Môi trường": "MINISTRY_OF_AGRICULTURE_AND_ENVIRONMENT",
    "Bộ Công Thương": "MINISTRY_OF_INDUSTRY_AND_TRADE",
    "Bộ Y tế": "MINISTRY_OF_HEALTH",
    "Bộ Văn hóa, Thể thao và Du lịch": "MINISTRY_OF_CULTURE_SPORTS_AND_TOURISM",
}

# File names are NN-<slug>: an ASCII form of the set name, shortened where the
# printed name is long.
SLUGS = {
    1: "rau-cu-qua-hat-tuoi",
    2: "thit-thuy-san-trung-sua-tuoi",
    3: "gao-ngu-coc-hat-so-che",
    4: "mat-ong-mat-khac-nong-san-thuc-pham-khac",
    5: "do-an-nhanh",
    6: "che-bien-tu-gao-ngu-coc",
    7: "che-bien-tu-rau-cu-qua-hat",
    8: "che-bien-tu-thit-thuy-san-trung-sua",
    9: "tuong-nuoc-mam-gia-vi-dang-long",
    10: "gia-vi-khac",
    11: "che-tuoi-che-che-bien",
    12: "tra-tu-thuc-vat-khac",
    13: "ca-phe-ca-cao",
    14: "ruou-trang",
    15: "do-uong-co-con-khac",
    16: "nuoc-khoang-nuoc-uong-dong-chai",
    17: "do-uong-khong-con-khac",
    18: "thuc-pham-chuc-nang-thuoc-duoc-lieu",
    19: "my-pham-tu-duoc-lieu",
    20: "tinh-dau-duoc-lieu-khac",
    21: "thu-cong-my-nghe",
    22: "vai-may-mac",
    23: "hoa",
    24: "cay-canh",
    25: "dong-vat-canh",
    26: "du-lich-cong-dong",
}

# Knock-outs: (id, scope, regex, English label). The sheet-top sentence
# "Hồ sơ bị loại khi: A hoặc B; hoặc C" is split into its alternatives and each
# alternative gets the first id whose regex matches. Notes inside the table are
# matched against the ids in TABLE_KNOCKOUTS; the ones that match are knock-outs
# tied to the criterion they follow, the others stay notes.
KNOCKOUTS = [
    ("falsified-dossier", "DOSSIER", r"Giả mạo hồ sơ", "Falsified dossier"),
    ("no-food-safety-certificate", "DOSSIER",
     r"giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
     "Food-safety eligibility certificate rules not fully met"),
    ("no-gmp-certificate", "DOSSIER", r"GMP",
     "Production eligibility certificate (GMP or equivalent) rules not fully met"),
    ("no-production-licence", "DOSSIER", r"giấy phép sản xuất",
     "No production licence as required"),
    ("declaration-labelling-advertising-not-met", "DOSSIER",
     r"công bố chất lượng sản phẩm, ghi nhãn",
     "Quality declaration, labelling or advertising dossier not compliant"),
    ("production-conditions-not-met", "DOSSIER", r"điều kiện bắt buộc để sản xuất",
     "Mandatory production conditions of the sector rules not met"),
    ("no-product-notification", "DOSSIER", r"(?i)bản công bố sản phẩm",
     "No product notification (or equivalent)"),
    ("registration-not-met", "DOSSIER", r"(?i)hồ sơ đăng ký",
     "Registration dossier does not meet the rules"),
    ("all-raw-material-imported", "DOSSIER", r"Bị loại nếu sử dụng toàn bộ nguyên liệu",
     "All raw material imported or of unknown origin"),
    ("identical-to-other-product", "DOSSIER", r"Bị loại nếu phát hiện giống hệt",
     "Identical to another producer's product, only name or producer changed"),
    ("ip-infringement", "DOSSIER", r"vi phạm sở hữu trí tuệ",
     "Product infringes intellectual property"),
    ("hazardous-impurities", "SECTION",
     r"tạp chất.*không đánh giá các bước tiếp theo|Không xem xét các chỉ tiêu khác",
     "Hazardous impurities: the rest is not assessed"),
    ("zero-sensory-score", "SECTION", r"Nếu được 0 điểm tại một trong các chỉ tiêu",
     "0 points on any indicator above: the rest is not assessed"),
    ("no-notification-form", "SECTION",
     r"Không đánh giá các bước tiếp theo nếu không có Phiếu công bố",
     "No product notification form: the rest is not assessed"),
]
TABLE_KNOCKOUTS = {"all-raw-material-imported", "identical-to-other-product",
                   "ip-infringement", "hazardous-impurities", "zero-sensory-score",
                   "no-notification-form"}

STAR_RE = re.compile(r"\s*(\*(?:\s*\*){2,4})")
NUMBER_RE = re.compile(r"^\d+(?: \d+)*$")
PART_RE = re.compile(r"^(?:Phần|PHẦN)\s+([ABC])\b:?\s*(.*)$")
CRIT_RE = re.compile(r"^(\d+\.\d+(?:\.\d+)?)\.?\s+(.*)$")
SECT_RE = re.compile(r"^(\d+)\.?\s+(.*)$")
OPTION_RE = re.compile(r"^(?:□|o(?=\s+[A-ZÀ-ỸĐ]))\s*(.*)$")
NOTE_RE = re.compile(r"^(Yêu cầu|Ghi chú|Chú ý|Chỉ áp dụng|Lựa chọn|[ab]\. Trường hợp|\()")
CASE_RE = re.compile(r"^[ab]\. Trường hợp (\d+):\s*(.*)$")
STATED_RE = re.compile(r"\s*\((\d+)\s*[Đđ]iểm\)\s*$")
NOTE_PREFIX_RE = re.compile(r"^(Ghi chú|Chú ý):\s*")


# ---------------------------------------------------------------------------
# cells


class Cell:
    """One table cell: its joined text and the source line of every character."""

    def __init__(self, pieces):
        self.start = pieces[0][0] if pieces else None
        parts, linemap = [], []
        for n, raw in pieces:
            s = raw.strip()
            if not s:
                continue
            if parts:
                parts.append(" ")
                linemap.append(n)
            parts.append(s)
            linemap.extend([n] * len(s))
        self.text = "".join(parts)
        self.linemap = linemap
        if linemap:
            self.start = linemap[0]

    def line_at(self, offset):
        """Source line of the character at ``offset`` of the joined text."""
        if not self.linemap:
            return self.start
        return self.linemap[min(max(offset, 0), len(self.linemap) - 1)]


def split_cells(lines, first, last):
    """The cells of source lines first..last (1-based, inclusive)."""
    cells, cur = [], []
    for n in range(first, last + 1):
        raw = lines[n - 1]
        if raw == " | ":
            cells.append(Cell(cur))
            cur = []
        else:
            cur.append((n, raw))
    cells.append(Cell(cur))
    return cells


def strip_stars(text):
    """Take the star marks out of ``text``: (clean text, level or None, marks)."""
    marks = [m.group(1).replace(" ", "") for m in STAR_RE.finditer(text)]
    clean = STAR_RE.sub(" ", text)
    clean = re.sub(r" {2,}", " ", clean).strip()
    level = max((len(m) for m in marks), default=None)
    return clean, level, len(marks)


def find_line(lines, text, start=1):
    for n in range(start, len(lines) + 1):
        if lines[n - 1].strip() == text:
            return n
    raise SystemExit(f"no line reading {text!r}")


# ---------------------------------------------------------------------------
# Appendix I: code, sector, group and lead agencies of the 26 sets


def parse_appendix1(lines, first, last):
    """The leaves of Appendix I (26 product sets) in printed order."""
    texts = [c.text for c in split_cells(lines, first, last)]
    k = texts.index("STT")
    rows = []
    i = k + 3  # skip the header row: STT | Phân loại sản phẩm | Cơ quan chủ trì
    while i + 1 < len(texts) and re.fullmatch(r"[IVX]+|\d+|[a-z]", texts[i]):
        rows.append((texts[i], texts[i + 1], texts[i + 2] if i + 2 < len(texts) else ""))
        i += 3
    leaves, sector, group = [], None, None
    for idx, (stt, text, agency) in enumerate(rows):
        if re.fullmatch(r"[IVX]+", stt):
            sector = stt
        elif stt.isdigit():
            group = (stt, re.sub(r"^Nhóm:\s*", "", text))
            nxt = rows[idx + 1][0] if idx + 1 < len(rows) else ""
            if not re.fullmatch(r"[a-z]", nxt):  # a group without subgroups is a set
                leaves.append(make_leaf(sector, group, None, agency))
        else:
            leaves.append(make_leaf(sector, group, stt, agency))
    if len(leaves) != 26:
        raise SystemExit(f"Appendix I: {len(leaves)} product sets, expected 26")
    return leaves


def make_leaf(sector, group, sub, agency):
    agency = agency.split("_")[0]            # the footnote under the table
    agency = re.sub(r"\s*\d+$", "", agency.strip())
    codes = []
    for name in re.split(r";\s*", agency):
        name = re.sub(r"\s+", " ", name).strip()
        if name not in AGENCIES:
            raise SystemExit(f"Appendix I: unknown agency {name!r}")
        codes.append(AGENCIES[name])
    code = f"{sector}.{group[0]}" + (f".{sub}" if sub else "")
    return {"code": code, "sector": SECTORS[sector], "group": group[1], "agencies": codes}


# ---------------------------------------------------------------------------
# Appendix II


def find_sheets(lines, first, last):
    """[(number, heading line)] of the 26 sheets; sheet 19's number stands alone
    on the line before 'Bộ sản phẩm:', sheets 12 and 13 lack 'Bộ sản phẩm:'."""
    found = []
    for n in range(first, last + 1):
        raw = lines[n - 1]
        m = re.match(r"^(\d{1,2})\.\s*(?:Bộ sản phẩm:|Sản phẩm\s)", raw)
        if not m and re.fullmatch(r"\d{1,2}\.", raw.strip()) \
                and lines[n].startswith("Bộ sản phẩm:"):
            m = re.match(r"^(\d{1,2})", raw)
        if m:
            found.append((int(m.group(1)), n))
    if [f[0] for f in found] != list(range(1, 27)):
        raise SystemExit(f"sheet headings not 1..26 in order: {[f[0] for f in found]}")
    return found


def split_alternatives(body):
    """Split 'A hoặc B; hoặc C' at 'hoặc'/';' outside parentheses.
    Returns [(offset in body, text)]."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0 and ch in "; ":
            m = re.match(r";?\s+hoặc\s+|;\s+", body[i:])
            if m:
                parts.append((start, body[start:i]))
                i += m.end()
                start = i
                continue
        i += 1
    parts.append((start, body[start:]))
    out = []
    for off, t in parts:
        lead = len(t) - len(t.lstrip())
        t = t.strip().rstrip(".;")
        if t:
            out.append((off + lead, t))
    return out


def knockout_for(text):
    for kid, scope, rx, en in KNOCKOUTS:
        if re.search(rx, text):
            return kid, scope, en
    return None


class Labels:
    """English labels keyed by the Vietnamese text."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.table = yaml.safe_load(f) or {}
        self.missing = {}

    def en(self, vi, where):
        label = self.table.get(vi)
        if label:
            return label
        self.missing.setdefault(vi, where)
        return "TODO"


class SheetBuilder:
    """Builds the criteria document of one sheet."""

    def __init__(self, number, lines, first, last, leaf, labels, report):
        self.n = number
        self.lines = lines
        self.first, self.last = first, last
        self.leaf = leaf
        self.labels = labels
        self.report = report
        self.knockouts = []
        self.parts = []
        self.discrepancies = []
        self.groups = []
        self.part = self.section = self.crit = None
        self.case = None
        self.stated = {}

    def warn(self, line, msg):
        self.report.append((self.n, line, msg))

    # -- header ------------------------------------------------------------

    def parse_header(self, cell):
        text = cell.text
        m = re.search(r"(?<!\d)%d\.\s*(?:Bộ sản phẩm:\s*)?(.*?)\s*\(Sản phẩm:" % self.n, text)
        if not m:
            raise SystemExit(f"sheet {self.n}: heading not understood")
        self.name = m.group(1).strip()
        km = re.search(r"(?:Hồ sơ bị loại khi|Bị loại khi):\s*", text)
        if not km:
            self.warn(cell.start, "no 'Hồ sơ bị loại khi' sentence at the top of the sheet")
            return
        again = text.find("Hồ sơ bị loại khi:", km.end())
        if again >= 0:
            self.warn(cell.line_at(again), "knock-out sentence printed twice; transcribed once")
        body = text[km.end():again if again >= 0 else len(text)].rstrip()
        for off, alt in split_alternatives(body):
            self.add_knockout(alt, cell.line_at(km.end() + off))

    def add_knockout(self, text, line, criterion=None):
        hit = knockout_for(text)
        if hit is None:
            self.warn(line, f"knock-out not recognised: {text!r}")
            return
        kid, scope, en = hit
        if any(k["id"] == kid for k in self.knockouts):
            self.warn(line, f"knock-out {kid} found twice")
            return
        ko = {"id": kid, "scope": scope}
        if criterion:
            ko["criterion"] = criterion
        ko.update(vi=text, en=en, line=line)
        self.knockouts.append(ko)

    # -- table -------------------------------------------------------------

    def items(self, cells):
        """Classify the cells: dicts with kind, text, line, points, cell."""
        items = []
        for c in cells:
            t = c.text
            if not t:
                continue
            if NUMBER_RE.match(t):
                nums = [int(x) for x in t.split()]
                last = items[-1] if items else None
                if last is None or last["points"] is not None or last["kind"] in ("note", "other"):
                    self.warn(c.start, f"points cell {t!r} follows no item that takes points")
                    continue
                last["points"] = nums[0]
                last["points_line"] = c.start
                if len(nums) > 1:
                    last["extra"] = nums[1:]
                    last["extra_line"] = c.linemap[t.index(" ") + 1]
                continue
            item = {"text": t, "line": c.start, "points": None, "cell": c}
            for kind, rx in (("part", PART_RE), ("option", OPTION_RE), ("criterion", CRIT_RE),
                             ("note", NOTE_RE), ("section", SECT_RE)):
                m = rx.match(t)
                if m:
                    item["kind"] = kind
                    if kind in ("part", "criterion", "section"):
                        item["id"], item["body"] = m.group(1), m.group(2)
                    elif kind == "option":
                        item["body"] = m.group(1)
                        item["bullet"] = t[0]
                    else:
                        item["body"] = t
                    break
            else:
                item["kind"], item["body"] = "other", t
            items.append(item)
        return items

    def build(self):
        cells = split_cells(self.lines, self.first, self.last)
        self.parse_header(cells[0])
        texts = [c.text for c in cells]
        k = texts.index("Thang điểm")
        end = next(i for i in range(k, len(texts)) if texts[i].startswith("TỔNG CỘNG"))
        total_cell = cells[end + 1]
        self.total_printed = int(total_cell.text.split()[0])
        self.total_line = total_cell.start
        self.rows = self.items(cells[k + 1:end])
        for idx, it in enumerate(self.rows):
            nxt = self.rows[idx + 1] if idx + 1 < len(self.rows) else None
            getattr(self, "on_" + it["kind"])(it, nxt)
        self.check_sums()
        return self.document()

    def on_part(self, it, nxt):
        body = it["body"]
        m = STATED_RE.search(body)
        if m:
            c = it["cell"]
            line = c.line_at(c.text.rfind("(" + m.group(1)))
            body = body[:m.start()].rstrip()
            self.stated[it["id"]] = (int(m.group(1)), line)
        self.require_points(it)
        self.part = {"id": it["id"], "vi": body, "en": self.labels.en(body, "part"),
                     "points": it["points"], "line": it["line"], "sections": []}
        self.parts.append(self.part)
        self.section = self.crit = None

    def on_section(self, it, nxt):
        self.require_points(it)
        # "7. CÔNG BỐ … / Áp dụng bắt buộc đối với …": the second line is a note
        title, notes = self.split_inline(it, r"\s(Áp dụng bắt buộc)")
        vi = self.no_stars(it, title)
        self.section = {"id": it["id"], "vi": vi, "en": self.labels.en(vi, "section"),
                        "points": it["points"], "line": it["line"], "criteria": []}
        self.part["sections"].append(self.section)
        self.crit = None
        self.case = None
        if not re.match(r"^\d+\.\s", it["text"]):
            self.warn(it["line"], f"section number printed without its dot: {it['text'][:30]!r}")
        for note, line in notes:
            self.ensure_criterion(it)
            self.on_note_text(note, line)

    def on_criterion(self, it, nxt):
        cid = it["id"]
        title, notes = self.split_inline(it, r"\s(Yêu cầu:)")
        title = self.no_stars(it, title)
        if not re.match(r"^\d+\.\d+(\.\d+)?\.\s", it["text"]):
            self.warn(it["line"], f"criterion number printed without its final dot: {it['text'][:30]!r}")
        if nxt and nxt["kind"] == "criterion" and nxt["id"].startswith(cid + "."):
            # only groups the criteria below it
            self.require_points(it)
            self.groups.append({"id": cid, "vi": title, "points": it["points"],
                                "line": it["line"], "children": []})
            self.warn(it["line"], f"criterion {cid} only groups {cid}.x criteria: flattened")
            self.crit = None
            return
        if self.section["criteria"] and self.section["criteria"][0]["id"] == self.section["id"]:
            self.warn(it["line"], "criterion after a section that already got its own criterion")
        self.require_points(it)
        self.new_criterion(cid, title, self.labels.en(title, "criterion"), it["points"], it["line"])
        if self.groups and cid.startswith(self.groups[-1]["id"] + "."):
            self.groups[-1]["children"].append(self.crit)
        for note, line in notes:
            self.on_note_text(note, line)

    def new_criterion(self, cid, vi, en, points, line):
        self.crit = {"id": cid, "vi": vi, "en": en, "points": points, "line": line}
        self.section["criteria"].append(self.crit)
        self.case = None

    def ensure_criterion(self, it):
        if self.crit is None:
            if self.section is None:
                raise SystemExit(f"sheet {self.n} line {it['line']}: item outside a section")
            s = self.section
            self.new_criterion(s["id"], s["vi"], s["en"], s["points"], s["line"])

    def on_option(self, it, nxt):
        self.ensure_criterion(it)
        title, notes = self.split_inline(it, r"(?<=\*)\s*(Ghi chú:)")
        vi, level, nmarks = strip_stars(title)
        if nmarks > 1:
            self.warn(it["line"], "more than one star mark in one option")
        if it["bullet"] != "□":
            self.warn(it["line"], f"option bullet {it['bullet']!r} instead of '□' (kept as an option)")
        if re.search(r"\*\s+\*", title):
            self.warn(it["line"], "spaced star mark '* * * *'")
        opts = self.crit.setdefault("options", [])
        en = self.labels.en(vi, "option")
        if self.case:
            en = f"Case {self.case}: {en}"
        opt = {"id": chr(ord("a") + len(opts)), "vi": vi, "en": en,
               "points": it["points"] if it["points"] is not None else 0}
        if level:
            opt["minimumFor"] = level
        opt["line"] = it["line"]
        opt["_points_line"] = it.get("points_line", it["line"])
        opts.append(opt)
        if it["points"] is None:
            self.warn(it["line"], f"option {opt['id']} of {self.crit['id']} has no points; 0 written")
            self.discrepancies.append({
                "at": self.crit["id"], "stated": self.crit["points"], "sum": self.crit["points"],
                "line": it["line"],
                "note": f"The points cell of option {opt['id']} ('{vi}') is empty in the text; "
                        f"it is transcribed as 0, the value the same option has on the other "
                        f"sheets. The criterion's figures are not affected ({self.crit['points']} "
                        f"printed, {self.crit['points']} from its best option)."})
        if "extra" in it:
            self.warn(it["line"], f"extra figures {it['extra']} in a points cell")
        for note, line in notes:
            self.on_note_text(note, line)

    def on_note(self, it, nxt):
        self.ensure_criterion(it)
        self.on_note_text(it["text"], it["line"])

    def on_note_text(self, text, line):
        hit = knockout_for(text)
        if hit and hit[0] in TABLE_KNOCKOUTS:
            m = NOTE_PREFIX_RE.match(text)
            vi = text[m.end():] if m else text
            self.add_knockout(vi, line, criterion=self.crit["id"])
            return
        if re.search(r"loại|Không đánh giá|không đánh giá", text):
            self.warn(line, f"note kept as a note, not a knock-out: {text[:70]!r}")
        m = CASE_RE.match(text)
        if m:
            self.case = m.group(1)
        self.crit.setdefault("notes", []).append({"vi": text, "line": line})

    def on_other(self, it, nxt):
        self.warn(it["line"], f"cell not understood, ignored: {it['text'][:80]!r}")

    # -- helpers -----------------------------------------------------------

    def require_points(self, it):
        if it["points"] is None:
            self.warn(it["line"], f"{it['kind']} without a points cell: {it['text'][:60]!r}")
        if "extra" in it:
            self.warn(it["line"], f"extra figures {it['extra']} in the points cell")
            self.discrepancies.append({
                "at": it["id"], "stated": it["extra"][0], "sum": it["points"],
                "line": it["extra_line"],
                "note": f"The points cell of '{it['id']}' reads '{it['points']}' and, on the next "
                        f"line, '{it['extra'][0]}'. {it['points']} agrees with the options and "
                        f"the part total; the stray '{it['extra'][0]}' is not used."})

    def no_stars(self, it, text):
        clean, level, n = strip_stars(text)
        if n:
            self.warn(it["line"], f"star mark on a {it['kind']} (ignored): {text[:50]!r}")
        return clean

    def split_inline(self, it, rx):
        """Split a note that is printed inside the item's own cell."""
        c = it["cell"]
        body = it["body"]
        off = c.text.find(body)
        m = re.search(rx, body)
        if not m:
            return body, []
        note = body[m.start(1):]
        return body[:m.start()].rstrip(), [(note, c.line_at(off + m.start(1)))]

    # -- sums --------------------------------------------------------------

    def disc(self, at, stated, total, line, note):
        self.discrepancies.append({"at": at, "stated": stated, "sum": total, "line": line,
                                   "note": note})
        self.warn(line, f"discrepancy at {at}: stated {stated}, sum {total}: {note}")

    def check_sums(self):
        for part in self.parts:
            for sec in part["sections"]:
                for c in sec["criteria"]:
                    opts = c.get("options", [])
                    if not opts:
                        continue
                    best = max(o["points"] for o in opts)
                    over = [o for o in opts if o["points"] > c["points"]]
                    if over:
                        o = over[0]
                        self.disc(c["id"], c["points"], best, o["_points_line"],
                                  f"Option {o['id']} ('{o['vi']}') is printed with {o['points']} "
                                  f"points, more than the criterion's {c['points']} (probably "
                                  f"a misprint). Transcribed as printed: 'stated' is the "
                                  f"criterion's figure, 'sum' its best option.")
                    elif best != c["points"]:
                        self.disc(c["id"], c["points"], best, c["line"],
                                  f"The criterion is printed with {c['points']} points but its "
                                  f"best option gives {best}.")
                s = sum(c["points"] or 0 for c in sec["criteria"])
                if s != sec["points"]:
                    self.disc(sec["id"], sec["points"], s, sec["line"],
                              f"Section {sec['id']} is printed with {sec['points']} points but "
                              f"its criteria add up to {s}.")
            s = sum(x["points"] or 0 for x in part["sections"])
            stated, sline = self.stated.get(part["id"], (None, None))
            if stated is not None and stated != part["points"]:
                self.disc(part["id"], stated, s, sline,
                          f"The heading reads '({stated} Điểm)' but the points column says "
                          f"{part['points']} and the items add up to {s}.")
            if s != part["points"]:
                self.disc(part["id"], part["points"], s, part["line"],
                          f"Part {part['id']} is printed with {part['points']} points but its "
                          f"sections add up to {s}.")
            if part["points"] != PART_MAXIMA[part["id"]]:
                self.warn(part["line"], f"part {part['id']} is {part['points']}, "
                                        f"not {PART_MAXIMA[part['id']]}")
        for g in self.groups:
            s = sum(c["points"] for c in g["children"])
            if s != g["points"]:
                self.disc(g["id"], g["points"], s, g["line"],
                          f"Criterion group {g['id']} ('{g['vi']}') is printed with "
                          f"{g['points']} points but its criteria add up to {s}.")
        total = sum(p["points"] for p in self.parts)
        if total != self.total_printed or total != TOTAL:
            self.warn(self.total_line, f"total {self.total_printed} printed, parts add up to {total}")
        if [p["id"] for p in self.parts] != ["A", "B", "C"]:
            self.warn(self.first, f"parts {[p['id'] for p in self.parts]}")

    def document(self):
        doc = {
            "schema": SCHEMA,
            "rulebook": RULEBOOK,
            "productSet": self.leaf["code"],
            "number": self.n,
            "name": {"vi": self.name, "en": self.labels.en(self.name, "set name")},
            "sector": self.leaf["sector"],
            "group": {"vi": self.leaf["group"], "en": self.labels.en(self.leaf["group"], "group")},
            "leadAgencies": self.leaf["agencies"],
            "source": {"document": DOCUMENT.format(n=self.n), "lines": [self.first, self.last]},
            "knockOuts": self.knockouts,
            "parts": self.parts,
        }
        if self.discrepancies:
            doc["discrepancies"] = self.discrepancies
        return clean(doc)


def clean(value):
    """Drop the working keys (those starting with '_')."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


# ---------------------------------------------------------------------------
# YAML output


class Dumper(yaml.SafeDumper):
    pass


class Text(str):
    """Free text (vi, en, note, document): always written double-quoted."""


TEXT_KEYS = {"vi", "en", "note", "document"}


def mark_text(value, key=None):
    if isinstance(value, dict):
        return {k: mark_text(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [mark_text(v) for v in value]
    if isinstance(value, str) and key in TEXT_KEYS:
        return Text(value)
    return value


def _text(dumper, value):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')


def _str(dumper, value):
    plain_ok = re.fullmatch(r"[A-Za-z][A-Za-z0-9_./-]*", value) is not None
    if plain_ok:
        resolved = dumper.resolve(yaml.ScalarNode, value, (True, False))
        plain_ok = resolved == "tag:yaml.org,2002:str"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=None if plain_ok else '"')


def _list(dumper, value):
    flow = len(value) == 2 and all(isinstance(v, int) for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


Dumper.add_representer(str, _str)
Dumper.add_representer(Text, _text)
Dumper.add_representer(list, _list)


def write_yaml(path, doc):
    text = yaml.dump(mark_text(doc), Dumper=Dumper, sort_keys=False, allow_unicode=True, width=4096,
                     indent=2, default_flow_style=False)
    # blank line between the top-level blocks, for reading
    text = re.sub(r"\n(knockOuts|parts|discrepancies):", r"\n\n\1:", text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# First pass generated by tools/criteria/extract.py from "
                f"shared/legal/{os.path.basename(SOURCE_NAME)}; format: docs/criteria-format.md\n")
        f.write(text)


SOURCE_NAME = "qd-26-2026-qd-ttg.txt"


def main(argv=None):
    global SOURCE_NAME
    ap = argparse.ArgumentParser(description="Extract the 26 OCOP criteria sheets of "
                                             "26/2026/QĐ-TTg into YAML files.")
    ap.add_argument("legal_text", help="shared/legal/qd-26-2026-qd-ttg.txt")
    ap.add_argument("out_dir", help="criteria directory for the period, e.g. .../criteria/qd26-2026")
    ap.add_argument("--missing-labels", metavar="FILE",
                    help="write texts without an English label to FILE instead of failing")
    ap.add_argument("--dump", action="store_true", help="print the parsed rows of every sheet")
    args = ap.parse_args(argv)
    SOURCE_NAME = args.legal_text

    with open(args.legal_text, encoding="utf-8") as f:
        lines = f.read().split("\n")
    app1 = find_line(lines, "PHỤ LỤC I")
    app2 = find_line(lines, "PHỤ LỤC II", app1)
    app3 = find_line(lines, "PHỤ LỤC III", app2)
    leaves = parse_appendix1(lines, app1, app2 - 1)
    sheets = find_sheets(lines, app2, app3 - 1)
    labels = Labels(LABELS_FILE)
    report = []
    docs = []
    for i, (n, first) in enumerate(sheets):
        last = sheets[i + 1][1] - 1 if i + 1 < len(sheets) else app3 - 1
        while not lines[last - 1].strip() or lines[last - 1] == " | ":
            last -= 1
        b = SheetBuilder(n, lines, first, last, leaves[n - 1], labels, report)
        doc = b.build()
        if args.dump:
            print(f"===== sheet {n}: {b.name}")
            for it in b.rows:
                print(f"{it['line']:6} {it['kind']:9} {it.get('id', ''):6} "
                      f"{'' if it['points'] is None else it['points']:>3} {it['text'][:120]}")
        docs.append(doc)

    for n, line, msg in report:
        print(f"sheet {n:2} line {line}: {msg}", file=sys.stderr)

    if labels.missing:
        if args.missing_labels:
            with open(args.missing_labels, "w", encoding="utf-8") as f:
                yaml.dump({k: "" for k in labels.missing}, f, Dumper=Dumper, allow_unicode=True,
                          sort_keys=False, width=4096)
            print(f"{len(labels.missing)} texts without an English label written to "
                  f"{args.missing_labels}", file=sys.stderr)
        else:
            for vi, where in list(labels.missing.items())[:20]:
                print(f"no English label ({where}): {vi}", file=sys.stderr)
            raise SystemExit(f"{len(labels.missing)} texts have no English label in {LABELS_FILE}")

    os.makedirs(args.out_dir, exist_ok=True)
    for doc in docs:
        path = os.path.join(args.out_dir, f"{doc['number']:02d}-{SLUGS[doc['number']]}.yaml")
        write_yaml(path, doc)
    print(f"wrote {len(docs)} files to {args.out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
