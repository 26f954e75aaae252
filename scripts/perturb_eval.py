"""How brittle is extraction to rephrasing? Perturb tuned gold sets and score them again.

For every gold set the rules were ALREADY tuned on, each article text and its gold are rewritten
by one meaning-preserving perturbation (in a temporary directory), scored with the real
evaluation (:func:`bhyt_kg.evaluate.evaluate`), and the F1 per kind of fact is printed next to
the unperturbed figure. A drop means a rule matches the phrasing it was made from and little
else. Deterministic (seeded) and offline. See docs/robustness.md.

Perturbation kinds (each alone):

- ``numbers``: every figure the gold uses gets a nearby value, in the text and the gold alike
  (same notation and decimals; a ratio a/b keeps its rate consistent; years, dates, document
  numbers and periods are never touched);
- ``wording``: equivalent phrasings the conventions treat alike, text only ("tỷ lệ"/"tỉ lệ",
  "hơn"/"trên" before a figure, "tham gia BHYT"/"tham gia bảo hiểm y tế", ...); ``wording:NAME``
  applies one swap alone;
- ``places``: a district or commune is renamed, in text and gold, to another real unit of the
  same level and unit word in the same province (bundled gazetteer), when both names are
  unambiguous in the province;
- ``layout``: two consecutive prose paragraphs are joined into one.

Whatever a perturbation cannot do safely it skips, and counts why (``--verbose``).

    PYTHONPATH=. python scripts/perturb_eval.py                  # every set, every kind
    PYTHONPATH=. python scripts/perturb_eval.py --sets heldout7 --kinds numbers --verbose
    PYTHONPATH=. python scripts/perturb_eval.py --kinds none wording:each --json > each.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bhyt_kg import gazetteer as gazetteer_mod  # noqa: E402
from bhyt_kg.evaluate import KINDS, Evaluation, evaluate  # noqa: E402
from bhyt_kg.text import fold, normalise  # noqa: E402

# Sets the rules were tuned on: name -> (gold dir, article dirs). data/heldout48 is the clean set:
# it is not listed, and the clean set is never read or globbed here.
SETS: dict[str, tuple[Path, tuple[Path, ...]]] = {
    "gold": (ROOT / "data/gold", (ROOT / "data/articles", ROOT / "data/dev/articles")),
    **{f"heldout{s}": (ROOT / f"data/heldout{s}/gold", (ROOT / f"data/heldout{s}/articles",))
       for s in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14",
                 "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29",
                 "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42",
                 "43", "44", "45", "46", "47")},
}


@dataclass
class Outcome:
    """A perturbed article and gold, with how many changes were made and why others were not."""

    text: str
    gold: dict[str, Any]
    applied: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


Edit = tuple[int, int, str]  # (start, end, replacement) in the original text


# --- shared helpers ----------------------------------------------------------------------------


def apply_edits(text: str, edits: list[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied."""
    out, last = [], 0
    for start, end, new in sorted(edits):
        if start < last:
            raise ValueError(f"overlapping edit at {start}")
        out.append(text[last:start])
        out.append(new)
        last = end
    out.append(text[last:])
    return "".join(out)


def _walk(node: Any, fn: Callable[[str | None, Any], Any], key: str | None = None) -> Any:
    """A copy of the gold tree with ``fn(key, value)`` applied to every scalar."""
    if isinstance(node, dict):
        return {k: _walk(v, fn, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_walk(v, fn, key) for v in node]
    return fn(key, node)


def remap_sentences(gold: dict[str, Any], text: str, edits: list[Edit],
                    skipped: Counter[str]) -> dict[str, Any]:
    """The gold with every ``sentence`` rewritten by the edits that fall inside it, so that it
    stays verbatim; a sentence not found in ``text`` is left and counted."""

    def fn(key: str | None, value: Any) -> Any:
        if key != "sentence" or not isinstance(value, str):
            return value
        at = text.find(value)
        if at < 0:
            skipped["sentence_not_verbatim"] += 1
            return value
        end = at + len(value)
        inside = [(s - at, e - at, n) for s, e, n in edits if s >= at and e <= end]
        if any(s < end and e > at for s, e, _ in edits if not (s >= at and e <= end)):
            skipped["sentence_edge_edit"] += 1
        return apply_edits(value, inside)

    return _walk(gold, fn)


# --- numbers -----------------------------------------------------------------------------------

_NUM = re.compile(r"(?<![\w])\d+(?:[.,]\d+)*")
_DATE = re.compile(r"(?<![\w/.,])\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?(?![\w]|/\d)"
                   r"|(?<![\w/])\d{1,2}\s*/\s*(?:19|20)\d{2}(?!\d)")
_MULTIPLIERS = ((re.compile(r"\s*(?:tỷ|tỉ)(?!\s*lệ)", re.I), Decimal(10) ** 9),
                (re.compile(r"\s*triệu", re.I), Decimal(10) ** 6),
                (re.compile(r"\s*(?:nghìn|ngàn)", re.I), Decimal(10) ** 3))
_PERCENT = re.compile(r"\s*(?:%|phần trăm)")
# Words after which a figure is a name, a period or a reference, never a measured value.
_BEFORE_PROTECTED = re.compile(
    r"(?:\bsố|thị|quyết|định|hoạch|văn|tư|luật|luận|khóa|khoá|điều|khoản|năm|tháng|ngày|quý|"
    r"giai đoạn|lần thứ|thứ|mục|phần|kỳ|đợt|nhiệm kỳ|tổ|ấp|thôn|khu|khóm|xóm|phường|quận|"
    r"đường|QL|quốc lộ)\s*$", re.I)
_AFTER_PROTECTED = re.compile(r"\s*(?:tháng|năm|ngày|tuần|quý|giờ|phút|tuổi|-|/\s*[^\d\s])",
                              re.I)


@dataclass
class Token:
    """One figure in the text: its span, how it is written and the values it can stand for."""

    start: int
    end: int
    raw: Decimal  # the written number, Vietnamese notation read
    decimals: int  # digits after the decimal mark as written
    dec_sep: str  # "," (Vietnamese) or "." (English) or "" when none
    grouped: bool  # thousands written with a separator
    mult: Decimal  # tỷ / triệu / nghìn after it, else 1
    percent: bool
    protected: bool  # a year, date, document number, period...

    @property
    def value(self) -> Decimal:
        return self.raw * self.mult


def _read_number(s: str) -> tuple[Decimal, int, str, bool]:
    """(value, decimals, decimal mark, grouped) of a figure in Vietnamese notation."""
    if "," in s:
        head, _, tail = s.rpartition(",")
        if "," in head:  # "1,234,567": English grouping
            return Decimal(s.replace(",", "")), 0, "", True
        return Decimal(head.replace(".", "") + "." + tail), len(tail), ",", "." in head
    if "." in s:
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            return Decimal(s.replace(".", "")), 0, "", True
        if len(parts) == 2:  # "94.47": an English decimal point
            return Decimal(s), len(parts[1]), ".", False
    return Decimal(s.replace(".", "")), 0, "", False


def scan_numbers(text: str) -> list[Token]:
    """Every figure in ``text`` with its notation and whether it may be changed."""
    dates = [m.span() for m in _DATE.finditer(text)]
    out = []
    for m in _NUM.finditer(text):
        s, e = m.span()
        try:
            raw, decimals, dec_sep, grouped = _read_number(m.group())
        except ArithmeticError:
            continue
        after = text[e:e + 24]
        mult = Decimal(1)
        for pat, factor in _MULTIPLIERS:
            if pat.match(after):
                mult = factor
                break
        percent = bool(_PERCENT.match(after))
        before = text[max(0, s - 24):s]
        year = not grouped and dec_sep == "" and len(m.group()) == 4 and 1945 <= raw <= 2050
        protected = (
            year
            or any(ds <= s < de for ds, de in dates)
            or bool(_BEFORE_PROTECTED.search(before))
            or (not percent and mult == 1 and bool(_AFTER_PROTECTED.match(after)))
            or (s > 0 and text[s - 1] in "-/" and not _is_ratio_denominator(text, s))
        )
        out.append(Token(s, e, raw, decimals, dec_sep, grouped, mult, percent, protected))
    return out


def _is_ratio_denominator(text: str, s: int) -> bool:
    return text[s - 1] == "/" and s >= 2 and text[s - 2].isdigit()


def _ratios(tokens: list[Token], text: str) -> list[tuple[Token, Token]]:
    """Pairs "a/b" of figures that are not dates."""
    pairs = []
    for a, b in zip(tokens, tokens[1:], strict=False):
        gap = text[a.end:b.start]
        if gap.strip() == "/" and not a.protected and not b.protected:
            pairs.append((a, b))
    return pairs


def format_number(value: Decimal, like: Token) -> str:
    """``value`` written the way ``like`` was written (decimal mark, decimals, grouping)."""
    q = value.quantize(Decimal(1).scaleb(-like.decimals), rounding=ROUND_HALF_UP)
    sign, digits = ("-", -q) if q < 0 else ("", q)
    whole, _, frac = f"{digits:f}".partition(".")
    if like.grouped or (like.dec_sep == "," and len(whole) > 3 and like.grouped):
        sep = "," if like.dec_sep == "." else "."
        whole = f"{int(whole):,}".replace(",", sep)
    return sign + whole + (like.dec_sep + frac if like.decimals else "")


_RATE_INDICATORS = ("coverage_rate", "plan_completion", "group_coverage_rate")


def _gold_values(gold: Mapping[str, Any]) -> tuple[list[Decimal], set[Decimal]]:
    """The gold's observation values, and those that are percentages."""
    vals, pct = set(), set()
    for o in gold.get("observations") or []:
        try:
            v = Decimal(str(o["value"]))
        except (KeyError, ArithmeticError):
            continue
        vals.add(v)
        if o.get("unit") == "percent" or o.get("indicator") in _RATE_INDICATORS:
            pct.add(v)
    return sorted(vals), pct


def _new_value(tok: Token, rng: random.Random, percent: bool) -> Decimal | None:
    """A nearby value written with ``tok``'s decimals: same side of 100 for a percentage."""
    step = Decimal(1).scaleb(-tok.decimals)
    raw = tok.raw
    for _ in range(20):
        if percent:
            span = 3 if tok.decimals == 0 else int(Decimal("1.5") / step)
            low = 1 if tok.decimals == 0 else max(1, int(Decimal("0.2") / step))
        elif tok.decimals or tok.mult != 1:
            span = max(1, int(raw * Decimal("0.04") / step))
            low = max(1, span // 4)
        elif raw < 20:
            span, low = 2, 1
        else:
            span = max(2, int(raw * Decimal("0.03")))
            low = 1
        delta = rng.randint(low, max(low, span)) * step * rng.choice((-1, 1))
        new = raw + delta
        if new <= 0 or new == raw:
            continue
        if percent and ((raw < 100) != (new < 100) or (raw > 100) != (new > 100)):
            continue
        if not percent and tok.decimals == 0 and len(str(int(new))) != len(str(int(raw))):
            continue
        return new
    return None


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``: up to ". ", "!", "?" or a line break either side."""
    lo = max(text.rfind("\n", 0, pos), *(text.rfind(p, 0, pos) for p in (". ", "! ", "? ")))
    his = [i for i in (text.find("\n", pos), *(text.find(p, pos) for p in (". ", "! ", "? ")))
           if i >= 0]
    return lo + 1, min(his, default=len(text))


def _close(a: Decimal, b: Decimal, percent: bool) -> bool:
    """Too close to tell apart after rounding ("93" and "93,2")."""
    return abs(a - b) < 1 if percent else abs(a - b) <= max(a, b) / 100


def perturb_numbers(text: str, gold: dict[str, Any], rng: random.Random) -> Outcome:
    """Every gold figure moved to a nearby value, in the text and the gold consistently.

    A count, its total and the rate between them ("261.513 em ... trong 264.783 ..., đạt
    98,77%", "860.061/1.264.627 người") move together: the count moves, the total stays, the
    rate is recomputed to its written decimals. Figures that add up ("còn 3.270 em", "1,23%"
    beside "98,77%") are left alone, and so is a percentage of 100."""
    skipped: Counter[str] = Counter()
    tokens = scan_numbers(text)
    values, pct_values = _gold_values(gold)
    free = [t for t in tokens if not t.protected]

    def is_pct(t: Token) -> bool:
        return t.percent or (t.mult == 1 and t.value in pct_values)

    def is_count(t: Token) -> bool:
        return not is_pct(t) and t.decimals == 0 and t.mult == 1 and t.value >= 10

    frozen: set[Decimal] = set()
    by_sentence: dict[tuple[int, int], list[Token]] = {}
    for t in free:
        by_sentence.setdefault(_sentence(text, t.start), []).append(t)
    # Figures that add up are tied by arithmetic the perturbation would break.
    for toks in by_sentence.values():
        counts = {t.value for t in toks if is_count(t)}
        pcts = [t.value for t in toks if is_pct(t)]
        for a, b in itertools.combinations(sorted(counts), 2):
            if a + b in counts:
                frozen |= {a, b, a + b}
        for a, b in itertools.combinations(pcts, 2):
            if a + b == 100:
                frozen |= {a, b}
    # (count, total, rate) triples: written "a/b", or implied by a rate of two counts.
    triples: list[tuple[Token, Token, Token | None]] = []
    for num, den in _ratios(tokens, text):
        sent = by_sentence.get(_sentence(text, num.start), [])
        rate = next((t for t in sent if is_pct(t) and den.value and abs(
            t.value - num.value / den.value * 100) <= Decimal("0.5").scaleb(-t.decimals)), None)
        triples.append((num, den, rate))
    for toks in by_sentence.values():
        for r in (t for t in toks if is_pct(t) and t.value in values):
            if any(r is x[2] for x in triples):
                continue
            pair = next(((a, b) for a in toks for b in toks
                         if a is not b and is_count(a) and is_count(b) and a.value < b.value * 2
                         and abs(r.value - a.value / b.value * 100)
                         <= Decimal("0.5").scaleb(-r.decimals)), None)
            if pair:
                triples.append((*pair, r))
    mapping: dict[Decimal, Decimal] = {}

    def free_value(new: Decimal, percent: bool) -> bool:
        others = [v for v in values] + list(mapping.values())
        return all(not _close(new, o, percent) for o in others)

    for num, den, rate in triples:
        tied = {num.value, den.value} | ({rate.value} if rate else set())
        if tied & frozen or num.value in mapping or (rate and rate.value in mapping):
            skipped["tied_figures"] += 1
            frozen |= tied
            continue
        frozen.add(den.value)
        if num.value not in values and (rate is None or rate.value not in values):
            continue
        for _ in range(20):
            new = _new_value(num, rng, False)
            if new is None or not free_value(new, False):
                continue
            if rate is None:
                mapping[num.value] = new
                break
            new_rate = (new / den.value * 100).quantize(Decimal(1).scaleb(-rate.decimals),
                                                         rounding=ROUND_HALF_UP)
            if (new_rate < 100) == (rate.value < 100) and free_value(new_rate, True):
                mapping[num.value], mapping[rate.value] = new, new_rate
                break
        else:
            skipped["ratio_no_value"] += 1
    for v in values:
        if v in mapping:
            continue
        if v in frozen:
            skipped["tied_figures"] += 1
            continue
        occ = [t for t in free if t.value == v]
        if not occ:
            reason = "protected" if any(t.value == v for t in tokens) else "not_in_text"
            skipped[reason] += 1
            continue
        percent = is_pct(occ[0])
        if v == 100 and percent:
            skipped["hundred_percent"] += 1
            continue
        for _ in range(60):
            new = _new_value(occ[0], rng, percent)
            if new is not None and free_value(new * occ[0].mult, percent):
                mapping[v] = new * occ[0].mult
                break
        else:
            skipped["no_free_value"] += 1
    # A headline rounds the body's rate ("Hơn 98% hộ gia đình" over "đạt 98,03%"): one fact,
    # so the rounded figure moves with it.
    rounded: dict[Decimal, Decimal] = {}
    for v, n in mapping.items():
        if v in pct_values and v != v.to_integral_value():
            for f in (lambda x: x.to_integral_value(rounding="ROUND_FLOOR"),
                      lambda x: x.to_integral_value(rounding=ROUND_HALF_UP)):
                if f(v) not in values:
                    rounded.setdefault(f(v), f(n))
    # Write every unprotected occurrence of a moved value; a value written in two notations must
    # be representable in both.
    edits: list[Edit] = []
    for t in free:
        if t.value not in mapping:
            if t.percent and t.decimals == 0 and t.value in rounded:
                edits.append((t.start, t.end, format_number(rounded[t.value], t)))
            continue
        new_raw = mapping[t.value] / t.mult
        if new_raw != new_raw.quantize(Decimal(1).scaleb(-t.decimals), rounding=ROUND_HALF_UP):
            skipped["format_clash"] += 1
            return Outcome(text, gold, 0, skipped)
        edits.append((t.start, t.end, format_number(new_raw, t)))
    new_text = apply_edits(text, edits)

    def fn(key: str | None, value: Any) -> Any:
        if key == "value" and isinstance(value, (int, float)) and not isinstance(value, bool):
            d = Decimal(str(value))
            if d in mapping:
                n = mapping[d]
                return int(n) if n == n.to_integral_value() else float(n)
        return value

    new_gold = remap_sentences(_walk(gold, fn), text, edits, skipped)
    applied = sum(1 for o in gold.get("observations") or []
                  if Decimal(str(o.get("value"))) in mapping)
    return Outcome(new_text, new_gold, applied, skipped)


# --- wording -----------------------------------------------------------------------------------

_FIG = r"(?=\s*\d)"  # a figure follows
# name -> (pattern, replacement function). Pairs the conventions treat alike (data/gold/README.md,
# docs/code-lists.md): "hơn" and "trên" before a figure are both more_than; "đạt" and "đạt được"
# both report a result; a count of "người" and "người dân" are the same people.
WORDING: dict[str, tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = {
    "ty_le": (re.compile(r"\b([Tt])(ỷ|ỉ) lệ\b"),
              lambda m: m.group(1) + ("ỉ" if m.group(2) == "ỷ" else "ỷ") + " lệ"),
    "hon_tren": (re.compile(r"(?<!cao )(?<!thấp )(?<!nhiều )(?<!ít )(?<!lớn )(?<!nhỏ )"
                            r"(?<!cao hơn )\b([Hh]ơn|[Tt]rên)" + _FIG),
                 lambda m: {"h": "trên", "H": "Trên", "t": "hơn", "T": "Hơn"}[m.group(1)[0]]),
    "dat_duoc": (re.compile(r"\b([Đđ]ạt)( được)?(?=\s+(?:\d|tỷ lệ|tỉ lệ|trên|hơn|gần|khoảng))"),
                 lambda m: m.group(1) + ("" if m.group(2) else " được")),
    # only for a share of the population ("chiếm 94,47% dân số"): "43.463 người, chiếm 27,92%"
    # of the participants is a part of a whole, not a level reached
    "chiem_dat": (re.compile(r"\b([Cc])hiếm(?=\s+(?:khoảng |gần |hơn |trên )?\d[\d.,]*\s*%"
                             r"\s*(?:tổng\s+)?(?:dân số|số dân))"),
                  lambda m: ("Đ" if m.group(1) == "C" else "đ") + "ạt"),
    "bhyt_full": (re.compile(r"\b(tham gia|có thẻ) (BHYT|bảo hiểm y tế)\b"),
                  lambda m: m.group(1) + " " + ("bảo hiểm y tế" if m.group(2) == "BHYT"
                                                 else "BHYT")),
    "nguoi_dan": (re.compile(r"(?<=\d )người( dân)?(?= (?:tham gia|có thẻ)\b|[,.;)])"),
                  lambda m: "người" if m.group(1) else "người dân"),
    "tinh_den": (re.compile(r"\b([Tt]ính đến(?: hết)?|[Đđ]ến hết)(?= (?:ngày )?\d{1,2}\s*/)"),
                 lambda m: {"tính đến": "tính đến hết", "tính đến hết": "đến hết",
                            "đến hết": "tính đến"}[m.group(1).lower()]
                 if m.group(1)[0].islower() else
                 {"tính đến": "Tính đến hết", "tính đến hết": "Đến hết",
                  "đến hết": "Tính đến"}[m.group(1).lower()]),
    # the scheme written out wherever the abbreviation stands alone ("thẻ BHYT", "BHYT toàn
    # dân"); names compare with abbreviations expanded, so the gold stays true
    "bhyt_all": (re.compile(r"(?<![\w(])BHYT(?![\w)])"), lambda m: "bảo hiểm y tế"),
    # notation the conventions read alike: "94,5 %" = "94,5%"; "12345" = "12.345" (five digits
    # and more: a four-digit figure would look like a year); "tỉ đồng" = "tỷ đồng"
    "pct_space": (re.compile(r"(?<=\d)%"), lambda m: " %"),
    "ungroup": (re.compile(r"(?<![\w.,-])(?<![^\W\d]/)\d{2,3}(?:\.\d{3})+"
                           r"(?![\w-]|[.,]\d|/[^\W\d])"),
                lambda m: m.group().replace(".", "")),
    # the end of a year said two ways ("đến hết năm 2023" = "đến cuối năm 2023": 31 Dec)
    "cuoi_nam": (re.compile(r"\b([Đđ]ến|[Tt]ính đến) hết năm(?= \d{4})"),
                 lambda m: m.group(1) + " cuối năm"),
    # abbreviations of bodies and schemes written out (names compare expanded)
    "bodies_full": (re.compile(r"(?<![\w(/-])(?<!- )(?<!/ )(UBND|HĐND|MTTQ|BHXH)(?![\w)])"
                               r"(\s+\w+)?"),
                    lambda m: {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân",
                               "MTTQ": "Mặt trận Tổ quốc"}.get(m.group(1)) + (m.group(2) or "")
                    if m.group(1) != "BHXH" else
                    ("Bảo hiểm xã hội" if m.group(2) and m.group(2).strip().lower() in (
                        "tỉnh", "huyện", "thành", "thị", "quận", "việt", "khu", "cấp")
                     else "bảo hiểm xã hội") + (m.group(2) or "")),
    # the old tone placement ("hoà", "uỷ"), as many sites still write it
    "old_tones": (re.compile(r"(?i:[òóỏõọ]a|[ùúủũụ]y)(?![^\W\d_])"),
                  lambda m: _old_tone(m.group())),
    # money in millions instead of billions ("151,3 tỷ đồng" = "151.300 triệu đồng")
    "trieu_dong": (re.compile(r"(?<![\w.,])(\d+(?:,\d{1,3})?) tỷ đồng"),
                   lambda m: _in_millions(m.group(1)) + " triệu đồng"),
    # the article's own unit said two ways ("toàn huyện có" = "trên địa bàn huyện có")
    "dia_ban": (re.compile(r"(?<!\w)([Tt])oàn (huyện|tỉnh|thành phố|thị xã|xã|phường|thị trấn)"
                           r"(?= (?:có|đạt|đã|là)\b)"),
                lambda m: ("Trên" if m.group(1) == "T" else "trên") + " địa bàn " + m.group(2)),
    # the coverage rate named two ways (both coverage_rate)
    "do_bao_phu": (re.compile(r"(?<!\w)([Tt])(?:ỷ|ỉ) lệ bao phủ"),
                   lambda m: ("Đ" if m.group(1) == "T" else "đ") + "ộ bao phủ"),
    # a full date written with dashes or in words ("31/12/2023" = "31-12-2023" =
    # "ngày 31 tháng 12 năm 2023")
    "date_dash": (re.compile(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\w/])"),
                  lambda m: f"{m.group(1)}-{m.group(2)}-{m.group(3)}"),
    "date_words": (re.compile(r"(?<!\w)ngày (\d{1,2})/(\d{1,2})/(\d{4})(?![\w/])"),
                   lambda m: f"ngày {m.group(1)} tháng {m.group(2)} năm {m.group(3)}"),
    # a round count in thousands ("hơn 143.000 người" = "hơn 143 nghìn người")
    "nghin": (re.compile(r"(?<![\w.,/])(\d{1,3})\.000(?= (?:người|thẻ|hộ|lượt))"),
              lambda m: m.group(1) + " nghìn"),
    # the first months of a year said two ways ("9 tháng đầu năm 2023" = "9 tháng năm 2023")
    "thang_dau": (re.compile(r"(?<=\d tháng) đầu năm(?= \d{4})"), lambda m: " năm"),
    # a stock of insured people (README: "có thẻ BHYT" is still participants)
    "co_the": (re.compile(r"(?<=\d )(người(?: dân)?) tham gia (BHYT|bảo hiểm y tế)"
                          r"(?!\s*,?\s*(?:tự|theo|hộ|lần))"),
               lambda m: f"{m.group(1)} có thẻ {m.group(2)}"),
    # body names with their inner words in lower case, as many sites write them
    "lower_bodies": (re.compile(r"\b(Hội|Mặt trận|Đoàn|Trung tâm|Trạm|Phòng|Sở|Ban) (Nông dân|"
                                r"Liên hiệp Phụ nữ|Cựu chiến binh|Chữ thập đỏ|Tổ quốc|Thanh niên|"
                                r"Y tế|Thường vụ|Chỉ đạo)\b"),
                     lambda m: f"{m.group(1)} {m.group(2).lower()}"),
    "ty_dong": (re.compile(r"\b(t)(ỷ|ỉ)(?= đồng)"),
                lambda m: "t" + ("ỉ" if m.group(2) == "ỷ" else "ỷ")),
}


_NEW_TO_OLD = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
               "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


def _old_tone(s: str) -> str:
    """ "hòa" -> "hoà", "ủy" -> "uỷ" at the end of a syllable; anything else unchanged."""
    old = _NEW_TO_OLD.get(s.lower(), s.lower())
    if s.isupper():
        return old.upper()
    return old[0].upper() + old[1:] if s[0].isupper() else old


def _in_millions(figure: str) -> str:
    """ "151,3" (billions) -> "151.300" (millions), Vietnamese notation."""
    millions = int(Decimal(figure.replace(",", ".")) * 1000)
    return f"{millions:,}".replace(",", ".")


def perturb_wording(text: str, gold: dict[str, Any], names: tuple[str, ...] = ()) -> Outcome:
    """Equivalent phrasings swapped in the text (and the gold's verbatim sentences only)."""
    skipped: Counter[str] = Counter()
    edits: list[Edit] = []
    used: list[tuple[int, int]] = []
    for name in names or tuple(WORDING):
        pat, repl = WORDING[name]
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in used):
                skipped["overlap"] += 1
                continue
            new = repl(m)
            if new != m.group():
                edits.append((m.start(), m.end(), new))
                used.append(m.span())
    new_gold = remap_sentences(gold, text, edits, skipped)
    return Outcome(apply_edits(text, edits), new_gold, len(edits), skipped)


# --- places ------------------------------------------------------------------------------------

_UNIT_WORDS = sorted({w for ws in gazetteer_mod.UNITS.values() for w in ws}, key=len,
                     reverse=True)


def _split_unit(label: str) -> tuple[str, str] | None:
    for w in _UNIT_WORDS:
        if fold(label).startswith(w + " "):
            return w, label[len(w) + 1:].strip()
    return None


def _published(gold: Mapping[str, Any]) -> dt.date | None:
    p = gold.get("published")
    if isinstance(p, dt.date):
        return p
    m = re.match(r"(\d{4})(?:-(\d{2}))?", str(p or ""))
    return dt.date(int(m.group(1)), int(m.group(2) or 1), 1) if m else None


def _mentions(text: str, name: str) -> list[tuple[int, int]] | None:
    """Spans of ``name`` as a whole word (tone-mark and case insensitive); None when a mention
    runs on into a longer proper name ("Long Điền" in "Long Điền Tây")."""
    norm = normalise(text)
    hay = norm.text.casefold()
    if len(hay) != len(norm.text):
        return None
    key = fold(name)
    spans = []
    for m in re.finditer(r"(?<!\w)" + re.escape(key) + r"(?!\w)", hay):
        nxt = re.match(r" ([A-ZĐÀ-Ỹ]\w*)", norm.text[m.end():m.end() + 20])
        if nxt and nxt.group(1)[0].isupper():
            return None
        spans.append(norm.span(m.start(), m.end()))
    return spans


def perturb_places(text: str, gold: dict[str, Any], rng: random.Random,
                   gaz: gazetteer_mod.Gazetteer | None = None) -> Outcome:
    """Districts and communes renamed, text and gold, to another real unit of the same unit word
    and parent (so the province, and a commune's district, stay true)."""
    gaz = gaz or gazetteer_mod.load()
    skipped: Counter[str] = Counter()
    on = _published(gold)
    on = on if on is not None and on >= gazetteer_mod.REFORM else None
    people = " ".join(fold(p.get("name", "")) for p in gold.get("people") or [])
    text_key = fold(text)
    renames: dict[str, str] = {}
    # A renamed district would leave its communes under the wrong parent: districts are renamed
    # only in articles that name no commune at all.
    names_commune = bool(re.search(r"(?<!\w)(?:xã|phường|thị trấn) [A-ZĐÀ-Ỹ]", text)) or any(
        p.get("level") == "commune" for p in gold.get("places") or [])
    for place in gold.get("places") or []:
        level = place.get("level")
        if level not in ("district", "commune"):
            continue
        if level == "district" and names_commune:
            skipped["district_with_communes"] += 1
            continue
        split = _split_unit(place["name"])
        if split is None:
            skipped["no_unit_word"] += 1
            continue
        unit, name = split
        found = gaz.find(name, unit=unit, level=level, on=on)
        if place.get("parent"):
            parents = gaz.find(place["parent"], on=on)
            found = tuple(a for a in found if any(gazetteer_mod.is_within(a, p) for p in parents))
        if len(found) != 1 or found[0].code is None:
            skipped["not_unique_in_gazetteer"] += 1
            continue
        area = found[0]
        province = gazetteer_mod.province_of(area)
        if province is None or len(name.split()) < 2 or fold(name) in people \
                or fold(name) in fold(province.name) or fold(name) in renames:
            skipped["ambiguous_name"] += 1
            continue
        in_province = Counter(
            gazetteer_mod.name_key(a.name)
            for lv in gazetteer_mod.LEVELS for a in gaz.units(lv, on=on)
            if gazetteer_mod.is_within(a, province))
        if in_province[gazetteer_mod.name_key(name)] != 1:
            skipped["ambiguous_in_province"] += 1
            continue
        choices = [a for a in gaz.units(level, on=on)
                   if a.unit == area.unit and a.code != area.code
                   and a.parent is not None and area.parent is not None
                   and a.parent.code == area.parent.code  # the gold's parent stays true
                   and in_province[gazetteer_mod.name_key(a.name)] == 1
                   and len(a.name.split()) >= 2 and fold(a.name) not in text_key
                   and a.name not in renames.values()
                   # no more namesakes across the country than the old name: a text that
                   # never names the province may rely on the name being rare
                   and len(gaz.find(a.name, on=on)) <= len(gaz.find(name, on=on))]
        if not choices:
            skipped["no_replacement"] += 1
            continue
        renames[fold(name)] = rng.choice(choices).name
    edits: list[Edit] = []
    final: dict[str, str] = {}
    for old, new in renames.items():
        spans = _mentions(text, old)
        if not spans:
            skipped["mentions_unclear"] += 1
            continue
        final[old] = new
        for s, e in spans:
            edits.append((s, e, new.upper() if text[s:e].isupper() else new))
    if not final:
        return Outcome(text, gold, 0, skipped)
    new_text = apply_edits(text, edits)

    def fn(key: str | None, value: Any) -> Any:
        if not isinstance(value, str) or key in ("article", "source", "sentence"):
            return value
        for old, new in final.items():
            spans = _mentions(value, old) or []
            value = apply_edits(value, [(s, e, new) for s, e in spans])
        return value

    new_gold = remap_sentences(_walk(gold, fn), text, edits, skipped)
    return Outcome(new_text, new_gold, len(final), skipped)


# --- layout ------------------------------------------------------------------------------------

# A paragraph is the reach of an attribution ("Thực hiện Chỉ thị 38, ...", "Nhờ đó, ..."): joining
# one that cites a document could make a link the annotator did not read true, so it stays.
_DOCUMENT_WORD = re.compile(r"Chỉ thị|Nghị quyết|Quyết định|Kế hoạch|Công văn|Thông tư|Nghị định|"
                            r"Luật|Kết luận|Đề án|Chương trình", re.I)
_BULLET = re.compile(r"^\s*(?:[-+•*–]|\d+[.)]|[a-zđ][.)])\s")


def perturb_layout(text: str, gold: dict[str, Any]) -> Outcome:
    """Every second pair of consecutive prose paragraphs (after the title) joined into one.

    Only paragraphs that end a sentence, are not list items or captions and cite no document,
    so no sentence changes and no attribution reaches further: the gold stays true."""
    parts = re.split(r"(\n\s*\n)", text)
    skipped: Counter[str] = Counter()
    edits: list[Edit] = []
    offsets, pos = [], 0
    for p in parts:
        offsets.append(pos)
        pos += len(p)

    def prose(i: int) -> bool:
        p = parts[i].strip()
        return (len(p) >= 80 and p[-1] in ".!?" and not _BULLET.match(p) and "\n" not in p
                and not _DOCUMENT_WORD.search(p))

    i, joined_prev = 2, False
    while i + 2 < len(parts):
        if not joined_prev and prose(i) and prose(i + 2):
            edits.append((offsets[i + 1], offsets[i + 1] + len(parts[i + 1]), " "))
            joined_prev = True
        else:
            joined_prev = False
        i += 2
    new_gold = remap_sentences(gold, text, edits, skipped)
    return Outcome(apply_edits(text, edits), new_gold, len(edits), skipped)


_SPLIT = re.compile(r"; (?=[^\W\d_])")


def perturb_split(text: str, gold: dict[str, Any]) -> Outcome:
    """A STRESS test, not meaning-preserving for certain: every "; " between clauses becomes a
    sentence end ("A; b" -> "A. B"), so a clause must take its date, area and scheme from the
    sentence before. Gold unchanged but for its verbatim sentences."""
    skipped: Counter[str] = Counter()
    edits = [(m.start(), m.end() + 1, ". " + text[m.end()].upper()) for m in _SPLIT.finditer(text)]
    new_gold = remap_sentences(gold, text, edits, skipped)
    return Outcome(apply_edits(text, edits), new_gold, len(edits), skipped)


# --- running -----------------------------------------------------------------------------------


def _cases(gold_dir: Path, article_dirs: tuple[Path, ...]) -> Iterator[tuple[Path, Path]]:
    """(gold file, article file) for every gold file of a set."""
    for g in sorted(gold_dir.glob("*.yaml")):
        data = yaml.safe_load(g.read_text(encoding="utf-8"))
        hits = [p for d in article_dirs for p in d.rglob(data["article"])]
        if len(hits) == 1:
            yield g, hits[0]


def perturb(kind: str, text: str, gold: dict[str, Any], rng: random.Random) -> Outcome:
    """Apply perturbation ``kind`` ("numbers", "wording", "wording:NAME", "places", "layout",
    "none")."""
    if kind == "none":
        return Outcome(text, gold)
    if kind == "numbers":
        return perturb_numbers(text, gold, rng)
    if kind == "wording":
        return perturb_wording(text, gold)
    if kind.startswith("wording:"):
        return perturb_wording(text, gold, (kind.split(":", 1)[1],))
    if kind == "places":
        return perturb_places(text, gold, rng)
    if kind == "layout":
        return perturb_layout(text, gold)
    if kind == "split":
        return perturb_split(text, gold)
    if kind == "all":  # every meaning-preserving kind in turn, each on the last one's output
        total = Outcome(text, gold)
        for k in ("numbers", "places", "wording", "layout"):
            out = perturb(k, total.text, total.gold, rng)
            total = Outcome(out.text, out.gold, total.applied + out.applied,
                            total.skipped + out.skipped)
        return total
    raise SystemExit(f"unknown perturbation {kind!r}")


@dataclass
class Result:
    """One set under one perturbation: the evaluation and the perturbation's counts."""

    set_name: str
    kind: str
    evaluation: Evaluation
    applied: int
    skipped: Counter[str]
    articles: int


def run_one(set_name: str, kind: str, seed: int, keep: Path | None = None) -> Result:
    """Perturb every article of ``set_name`` by ``kind`` in a temporary directory and score;
    ``keep`` also saves the perturbed files there for inspection."""
    gold_dir, article_dirs = SETS[set_name]
    applied, skipped, n = 0, Counter(), 0
    with tempfile.TemporaryDirectory(prefix="perturb-") as tmp:
        tg, ta = Path(tmp, "gold"), Path(tmp, "articles")
        tg.mkdir()
        ta.mkdir()
        for gpath, apath in _cases(gold_dir, article_dirs):
            rng = random.Random(f"{seed}:{kind}:{gpath.stem}")
            gold = yaml.safe_load(gpath.read_text(encoding="utf-8"))
            text = apath.read_bytes().decode("utf-8-sig")
            out = perturb(kind, text, gold, rng)
            applied += out.applied
            skipped += out.skipped
            n += 1
            (tg / gpath.name).write_text(
                yaml.safe_dump(out.gold, allow_unicode=True, sort_keys=False), encoding="utf-8")
            (ta / apath.name).write_text(out.text, encoding="utf-8")
        ev = evaluate(tg, [ta])
        if keep is not None:
            shutil.copytree(tmp, keep / set_name / kind.replace(":", "-"), dirs_exist_ok=True)
    return Result(set_name, kind, ev, applied, skipped, n)


def main(argv: list[str] | None = None) -> int:
    """Command line: perturb, evaluate, print a table (or JSON)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    ap.add_argument("--kinds", nargs="*", default=["none", "numbers", "wording", "places",
                                                    "layout"])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--keep", type=Path, help="save the perturbed gold and articles here")
    ap.add_argument("--verbose", action="store_true", help="also print misses and skip counts")
    args = ap.parse_args(argv)
    # "wording:each" = every swap of WORDING alone
    args.kinds = [k for kind in args.kinds
                  for k in ([f"wording:{n}" for n in WORDING] if kind == "wording:each"
                            else [kind])]
    rows = []
    for set_name in args.sets:
        base = None
        for kind in args.kinds:
            r = run_one(set_name, kind, args.seed, args.keep)
            if kind == "none":
                base = r
            rows.append(r)
            f1 = {k: round(r.evaluation.score(k).f1, 3) for k in (*KINDS, "overall")}
            ref = base.evaluation if base is not None else None
            if not args.json:
                delta = (f" ({f1['overall'] - ref.overall.f1:+.3f})" if ref and kind != "none"
                         else "")
                print(f"{set_name:<9} {kind:<18} overall {f1['overall']:.3f}{delta}  "
                      f"obs {f1['observations']:.3f}  org {f1['organisations']:.3f}  "
                      f"places {f1['places']:.3f}  people {f1['people']:.3f}  "
                      f"docs {f1['documents']:.3f}  links {f1['implementers']:.3f}/"
                      f"{f1['outcomes']:.3f}  applied {r.applied}", flush=True)
                if args.verbose:
                    print("   skipped:", dict(r.skipped))
                    for tag, diffs, known in (
                            ("MISS ", r.evaluation.misses, ref.misses if ref else ()),
                            ("FALSE", r.evaluation.false_hits, ref.false_hits if ref else ())):
                        # only what the perturbation changed (keys of moved figures differ too)
                        old = ({(d.article, d.kind, d.key) for d in known} if kind != "none"
                               else set())
                        for d in diffs:
                            if (d.article, d.kind, d.key) not in old:
                                print(f"   {tag} {d.article[:28]:<28} {d.kind:<13} {d.key}")
    if args.json:
        print(json.dumps([{"set": r.set_name, "kind": r.kind, "applied": r.applied,
                           "skipped": dict(r.skipped),
                           "f1": {k: round(r.evaluation.score(k).f1, 4)
                                  for k in (*KINDS, "overall")}} for r in rows],
                         ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
