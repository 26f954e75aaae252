"""Regenerate data/gazetteer/*.csv from the `vietnamadminunits` package (MIT).

The package is a build-time source only; bhyt-kg never imports it (it pulls in shapely, geopy
and numpy). Run it in a throwaway venv:

    python3 -m venv /tmp/gzvenv
    /tmp/gzvenv/bin/pip install vietnamadminunits==1.0.4
    /tmp/gzvenv/bin/python scripts/regenerate_gazetteer.py

It writes, sorted and byte-deterministic:
  units_2024.csv   units before 1 July 2025 (63 provinces, 696 districts, 10,035 communes)
  units_2025.csv   units from 1 July 2025 (34 provinces, 3,321 communes)
  succession.csv   old unit -> new unit (provinces, communes, island districts)
  aliases.csv      former names of pre-2025 units, as ASCII keys (package data) plus a few by hand
  SOURCE.md        source, version, licence, sha256 of each CSV
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
HEADER_UNITS = ("code", "level", "unit", "name", "parent_code")
LEVEL_ORDER = {"province": 0, "district": 1, "commune": 2}
# Unit words with an ASCII key prefix, longest first so "thanhpho" wins over "tinh"-like clashes.
UNIT_KEYS = (
    ("thanhpho", "thành phố"),
    ("thitran", "thị trấn"),
    ("thixa", "thị xã"),
    ("phuong", "phường"),
    ("huyen", "huyện"),
    ("quan", "quận"),
    ("tinh", "tỉnh"),
    ("xa", "xã"),
)
UNIT_WORDS = tuple(sorted({w for _, w in UNIT_KEYS} | {"đặc khu"}, key=len, reverse=True))
MISMATCHES: list[tuple[str, str]] = []
# Former names the package does not list (the province became a city on 1 January 2025).
MANUAL_ALIASES = (("tinhthuathienhue", "province", "46", "renamed"),)
# Names the package spells otherwise than the unit's own documents: (level, code) -> (the
# package's spelling, the official one). The district of Yên Bái is "Mù Cang Chải" in the
# province's and the government's documents, as the package itself spells its seat (thị trấn
# Mù Cang Chải, 04456) and the commune of 2025 (04456); the package has "Mù Căng Chải" for it.
NAME_CORRECTIONS = {("district", "137"): ("Mù Căng Chải", "Mù Cang Chải")}
# ... and the package's spelling stays findable, as another spelling of the same unit.
SPELLING_ALIASES = (("huyenmucangchai", "district", "137", "spelling"),)


def corrected(level: str, code: str, name: str) -> str:
    """The official spelling of a unit's name; a correction that no longer applies is an error,
    so that a new package version is looked at again."""
    fix = NAME_CORRECTIONS.get((level, code))
    if fix is None:
        return name
    if name not in fix:
        raise ValueError(f"{level} {code}: the package now says {name!r}, not {fix[0]!r}")
    return fix[1]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def split_unit(full: str, unit_type: str) -> tuple[str, str]:
    """("Huyện Đông Hải", "Huyện") -> ("huyện", "Đông Hải").

    The unit word is read from the official full name: the package's type column disagrees with
    it for a few units ("Thị trấn Ngọc Lặc" typed "Xã") and capitalises unevenly ("Thành Phố").
    """
    full = nfc(full)
    for word in UNIT_WORDS:
        if full.casefold().startswith(word + " "):
            if word != nfc(unit_type).casefold():
                MISMATCHES.append((full, unit_type))
            return word, full[len(word) + 1 :].strip()
    raise ValueError(f"{full!r}: no unit word")


def province_type(full: str) -> str:
    return "Thành phố" if nfc(full).startswith("Thành phố ") else "Tỉnh"


def ascii_key(text: str) -> str:
    """The package's key style: ASCII letters and digits only ("Long Đất" -> "longdat")."""
    s = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return "".join(c for c in s if c.isascii() and c.isalnum())


def csv_bytes(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def sort_units(rows: set[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return sorted(rows, key=lambda r: (LEVEL_ORDER[r[1]], r[0]))


def main() -> int:
    import vietnamadminunits  # noqa: F401  (build-time only)

    pkg_dir = Path(vietnamadminunits.__file__).parent
    version = metadata.version("vietnamadminunits")
    db = sqlite3.connect(pkg_dir / "data" / "dataset.db")
    db.row_factory = sqlite3.Row
    converter = json.loads((pkg_dir / "data" / "converter_2025.json").read_text("utf-8"))

    # --- before 1 July 2025 ---------------------------------------------------------------
    old_rows: set[tuple[str, ...]] = set()
    # (province, district, ward) keys of the package -> (level, code)
    old_key: dict[tuple[str, str, str], tuple[str, str]] = {}
    old_province_key: dict[str, str] = {}
    aliases: set[tuple[str, str, str, str]] = set()
    for r in db.execute("SELECT * FROM admin_units_legacy"):
        p_unit, p_name = split_unit(r["province"], province_type(r["province"]))
        old_rows.add((r["provinceCode"], "province", p_unit, p_name, ""))
        old_province_key[r["provinceKey"]] = r["provinceCode"]
        d_unit, d_name = split_unit(r["district"], r["districtType"])
        d_name = corrected("district", r["districtCode"], d_name)
        old_rows.add((r["districtCode"], "district", d_unit, d_name, r["provinceCode"]))
        if r["wardCode"]:
            w_unit, w_name = split_unit(r["ward"], r["wardType"])
            old_rows.add((r["wardCode"], "commune", w_unit, w_name, r["districtCode"]))
            old_key[(r["provinceKey"], r["districtKey"], r["wardKey"])] = ("commune", r["wardCode"])
        else:  # island districts without communes (Bạch Long Vĩ, Cồn Cỏ, ...)
            old_key[(r["provinceKey"], r["districtKey"], "")] = ("district", r["districtCode"])
        for level, column, code, name in (
            ("district", "districtAlias", r["districtCode"], d_name),
            ("commune", "wardAlias", r["wardCode"], r["wardShort"] or ""),
        ):
            for key in json.loads(r[column] or "[]"):
                prefix = next((p for p, _ in UNIT_KEYS if key.startswith(p)), None)
                if prefix is None or not code:  # bare keys ("yenvien") are too ambiguous
                    continue
                kind = "renamed" if key[len(prefix) :] == ascii_key(name) else "merged"
                aliases.add((key, level, code, kind))
    aliases.update(MANUAL_ALIASES)
    aliases.update(SPELLING_ALIASES)

    # --- from 1 July 2025 -------------------------------------------------------------------
    new_rows: set[tuple[str, ...]] = set()
    new_ward_key: dict[tuple[str, str], str] = {}
    new_province_key: dict[str, str] = {}
    for r in db.execute("SELECT * FROM admin_units"):
        p_unit, p_name = split_unit(r["province"], province_type(r["province"]))
        new_rows.add((r["provinceCode"], "province", p_unit, p_name, ""))
        new_province_key[r["provinceKey"]] = r["provinceCode"]
        w_unit, w_name = split_unit(r["ward"], r["wardType"])
        new_rows.add((r["wardCode"], "commune", w_unit, w_name, r["provinceCode"]))
        new_ward_key[(r["provinceKey"], r["wardKey"])] = r["wardCode"]

    # --- succession -------------------------------------------------------------------------
    succession: set[tuple[str, str, str, str]] = set()  # level, old_code, new_code, primary
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        for ok in old_keys:
            succession.add(("province", old_province_key[ok], new_province_key[new_key], "1"))

    def old_unit(joined: str) -> tuple[str, str]:
        prov, dist, ward = joined.split("_", 2)
        return old_key[(prov, dist, ward)]

    for new_prov, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_key, old_keys in wards.items():
            new_code = new_ward_key[(new_prov, new_key)]
            for ok in old_keys:
                level, code = old_unit(ok)
                succession.add((level, code, new_code, "1"))
    for new_prov, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for ok, news in olds.items():
            level, code = old_unit(ok)
            for n in news:  # a divided commune: "primary" marks the package's default successor
                new_code = new_ward_key[(new_prov, n["newWardKey"])]
                succession.add((level, code, new_code, "1" if n["isDefaultNewWard"] else "0"))

    files = {
        "units_2024.csv": csv_bytes(HEADER_UNITS, sort_units(old_rows)),
        "units_2025.csv": csv_bytes(HEADER_UNITS, sort_units(new_rows)),
        "succession.csv": csv_bytes(
            ("level", "old_code", "new_code", "primary"),
            sorted(succession, key=lambda r: (LEVEL_ORDER[r[0]], r[1], r[2])),
        ),
        "aliases.csv": csv_bytes(("key", "level", "code", "kind"), sorted(aliases)),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    licence = (pkg_dir.parent / f"vietnamadminunits-{version}.dist-info" / "licenses" / "LICENSE")
    licence_text = licence.read_text("utf-8").strip() if licence.exists() else "MIT"
    (OUT / "SOURCE.md").write_text(source_md(version, files, licence_text), encoding="utf-8")
    counts = {lvl: sum(1 for r in old_rows if r[1] == lvl) for lvl in LEVEL_ORDER}
    counts_new = {lvl: sum(1 for r in new_rows if r[1] == lvl) for lvl in LEVEL_ORDER}
    for full, typed in sorted(set(MISMATCHES)):
        print(f"note: {full!r} is typed {typed!r} in the package; the name's unit word is kept",
              file=sys.stderr)
    print(f"2024: {counts}; 2025: {counts_new}; succession: {len(succession)}; "
          f"aliases: {len(aliases)}", file=sys.stderr)
    return 0


def source_md(version: str, files: dict[str, bytes], licence_text: str) -> str:
    newline = b"\n"
    sums = "\n".join(
        f"| `{name}` | {data.count(newline) - 1} | `{hashlib.sha256(data).hexdigest()}` |"
        for name, data in files.items()
    )
    return f"""# Gazetteer of Vietnamese administrative units

Source: the PyPI package [`vietnamadminunits`](https://pypi.org/project/vietnamadminunits/)
version **{version}** (<https://github.com/tranngocminhhieu/vietnamadminunits>), MIT licence
(text below). It ships the official GSO codes of the units that existed just before 1 July 2025
(63 provinces, 696 districts, 10,035 communes), the units from 1 July 2025 (34 provinces,
3,321 communes) and the old -> new mapping. bhyt-kg reads only these CSVs at run time.
Names the package spells otherwise than the units' own documents are corrected by the script
(`NAME_CORRECTIONS`: huyện Mù Căng Chải -> Mù Cang Chải, code 137, as the package spells the
district's seat and the commune of 2025).

Regenerate (writes every file here, this one included, deterministically):

```
python3 -m venv /tmp/gzvenv
/tmp/gzvenv/bin/pip install vietnamadminunits=={version}
/tmp/gzvenv/bin/python scripts/regenerate_gazetteer.py
```

| file | rows | sha256 |
|---|---|---|
{sums}

Columns:
- `units_2024.csv`, `units_2025.csv`: `code` (GSO code), `level` (province | district | commune),
  `unit` (the Vietnamese unit word in lower case: tỉnh, thành phố, huyện, thị xã, quận, xã,
  phường, thị trấn, đặc khu), `name` (official name without the unit word, NFC), `parent_code`.
  Codes are only unique within one file: from 2025 some codes are reused ("24" is Bắc Giang before,
  Bắc Ninh after).
- `succession.csv`: `level` of the old unit, `old_code` (units_2024), `new_code` (units_2025),
  `primary` = 1 for the sole or default successor of a commune that was divided.
- `aliases.csv`: former names of pre-2025 units as the package's ASCII keys (unit word + name,
  no tone marks, e.g. `huyenyendung`), the `code` of the unit that carries them in units_2024, and
  `kind`: `renamed` (same unit, new unit word or name), `merged` (absorbed into that unit) or
  `spelling` (the package's own spelling of a name corrected above, `huyenmucangchai`).
  `tinhthuathienhue` is added by hand (the province became Thành phố Huế on 1 January 2025).

Known limits: the pre-2025 list is the state just before 1 July 2025, not of each article's
date; communes merged in 2019-2025 are found only through `aliases.csv`, when the package lists
them.

## Licence of the source data

```
{licence_text}
```
"""


if __name__ == "__main__":
    sys.exit(main())
