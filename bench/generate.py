"""Write N synthetic Vietnamese news articles about health insurance, deterministically.

    python bench/generate.py 1000 /tmp/corpus --seed 1

Each article is drawn from its own random generator seeded by (seed, index), so article i is
the same whatever N is (a corpus of 1,000 is the first 1,000 of a corpus of 10,000). Places
come from the bundled gazetteer; bodies, documents, people, meetings, activities and figures
are drawn from the lists below and written in several phrasings, like local-government news:
title, dateline, paragraphs, byline. The templates are our own; no corpus text is copied.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from bhyt_kg.gazetteer import load as load_gazetteer  # noqa: E402
from bhyt_kg.model import Area  # noqa: E402
from bhyt_kg.text import slug  # noqa: E402

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lưu", "Mai")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh", "Quốc", "Ngọc", "Xuân", "Hồng", "Công")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan",
         "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Thắng",
         "Thủy", "Tiến", "Trung", "Tuấn", "Vân", "Việt", "Yến")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
# District-level party committee by the unit word of the district.
COMMITTEE = {"huyện": "Huyện ủy", "thị xã": "Thị ủy", "quận": "Quận ủy", "thành phố": "Thành ủy"}
# The issuer code in a district committee's document symbol ("07-CT/HU", "12-CT/QU").
SYMBOL = {"huyện": "HU", "thị xã": "TU", "quận": "QU", "thành phố": "TU"}
PROVINCE_COMMITTEE = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy"}
# Mass organisations (name, its members, a typical activity object).
MASS = (("Hội Nông dân", "hội viên nông dân"), ("Hội Liên hiệp Phụ nữ", "hội viên phụ nữ"),
        ("Hội Cựu chiến binh", "hội viên cựu chiến binh"),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "đoàn viên thanh niên"),
        ("Liên đoàn Lao động", "đoàn viên công đoàn"))
GROUPS = ("hộ cận nghèo", "học sinh, sinh viên", "hộ gia đình làm nông, lâm, ngư nghiệp",
          "người lao động tự do", "trẻ em dưới 6 tuổi", "người cao tuổi")
TOPICS = ("tăng cường sự lãnh đạo của cấp ủy đảng đối với công tác BHXH, BHYT",
          "đẩy mạnh phát triển người tham gia BHYT toàn dân",
          "nâng cao hiệu quả công tác tuyên truyền chính sách BHXH, BHYT",
          "thực hiện lộ trình BHYT toàn dân giai đoạn mới")


@dataclass(frozen=True, slots=True)
class Setting:
    """What one article is about: its places, bodies, documents, people and year."""

    province: Area
    district: Area
    communes: tuple[Area, ...]
    year: int
    month: int
    day: int
    directive: int  # the district directive's number ("Chỉ thị số 07-CT/HU")
    directive_year: int
    plan: int  # the district People's Committee's plan number
    chair: str  # Chủ tịch UBND
    deputy: str  # Phó Bí thư Thường trực
    director: str  # Giám đốc BHXH
    mass: tuple[tuple[str, str], ...]

    @property
    def committee(self) -> str:
        return COMMITTEE.get(self.district.unit, "Huyện ủy")

    @property
    def symbol(self) -> str:
        return f"{self.directive:02d}-CT/{SYMBOL.get(self.district.unit, 'HU')}"

    @property
    def unit(self) -> str:
        return self.district.unit

    @property
    def district_label(self) -> str:
        return f"{self.district.unit} {self.district.name}"

    @property
    def province_label(self) -> str:
        return f"{self.province.unit} {self.province.name}"


@functools.cache
def _places() -> tuple[tuple[Area, ...], dict[str, tuple[Area, ...]]]:
    """(districts that have communes, {district code: its communes}) before the 2025 reform."""
    gazetteer = load_gazetteer()
    communes: dict[str, list[Area]] = defaultdict(list)
    for commune in gazetteer.units("commune"):
        if commune.parent is not None and commune.parent.code:
            communes[commune.parent.code].append(commune)
    districts = tuple(d for d in gazetteer.units("district")
                      if d.code in communes and d.unit in COMMITTEE and d.parent is not None)
    return districts, {code: tuple(cs) for code, cs in communes.items()}


def _person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _number(value: int) -> str:
    """12345 -> "12.345" (Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")


def _decimal(value: float, places: int = 1) -> str:
    """94.47 -> "94,47"; whole numbers without a decimal part."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _setting(rng: random.Random) -> Setting:
    districts, communes = _places()
    district = rng.choice(districts)
    own = communes[district.code]
    picked = tuple(rng.sample(own, k=min(len(own), rng.randint(1, 3))))
    year = rng.randint(2016, 2024)
    return Setting(
        province=district.parent, district=district, communes=picked, year=year,
        month=rng.randint(1, 12), day=rng.randint(1, 28), directive=rng.randint(2, 40),
        directive_year=rng.randint(2012, year - 1), plan=rng.randint(10, 250),
        chair=_person(rng), deputy=_person(rng), director=_person(rng),
        mass=tuple(rng.sample(MASS, k=rng.randint(1, 3))))


# --- paragraphs: each takes the setting and the generator, returns one paragraph -------------


def _p_directive(s: Setting, rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    d = f"Chỉ thị số {s.symbol}"
    options = (
        f"Thực hiện Chỉ thị số 38-CT/TW ngày 07/9/2009 của Ban Bí thư về “Đẩy mạnh công tác bảo "
        f"hiểm y tế trong tình hình mới”, năm {s.directive_year}, Ban Thường vụ {s.committee} "
        f"{s.district.name} đã ban hành {d} về {topic}.",
        f"Năm {s.directive_year}, Ban Thường vụ {s.committee} {s.district.name} ban hành {d} về "
        f"{topic}. Sau khi chỉ thị được ban hành, các cấp ủy, chính quyền từ {s.unit} đến cơ sở đã "
        f"tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân.",
        f"Xác định BHYT là chính sách xã hội quan trọng, từ năm {s.directive_year}, "
        f"{s.committee} {s.district.name} đã ban hành {d} về {topic}, cụ thể hóa Chỉ thị "
        f"38-CT/TW của Ban Bí thư phù hợp với tình hình địa phương.",
    )
    return rng.choice(options)


def _p_plan(s: Setting, rng: random.Random) -> str:
    plan = f"Kế hoạch số {s.plan}/KH-UBND"
    options = (
        f"Để cụ thể hóa Chỉ thị số {s.symbol}, UBND {s.district_label} đã ban "
        f"hành {plan} ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{s.directive_year} "
        f"giao chỉ tiêu phát triển người tham gia BHYT cho từng xã, thị trấn.",
        f"UBND {s.unit} ban hành {plan} về thực hiện chỉ tiêu BHYT năm {s.year}, đồng thời chỉ "
        f"đạo các xã, thị trấn kiện toàn Ban Chỉ đạo thực hiện chính sách BHXH, BHYT.",
    )
    return rng.choice(options)


def _p_meeting(s: Setting, rng: random.Random) -> str:
    span = s.year - 2009
    kind = rng.choice(("sơ kết", "tổng kết"))
    options = (
        f"Sáng ngày {s.day}/{s.month}, Ban Thường vụ {s.committee} {s.district.name} tổ chức "
        f"Hội nghị {kind} {span} năm thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh "
        f"công tác BHYT trong tình hình mới.",
        f"Ngày {s.day:02d}/{s.month:02d}/{s.year}, Ban Chỉ đạo thực hiện chính sách BHXH, BHYT "
        f"{s.district_label} tổ chức hội nghị đánh giá kết quả thực hiện chỉ tiêu BHYT năm "
        f"{s.year - 1} và triển khai nhiệm vụ năm {s.year}.",
        f"Chiều {s.day}/{s.month}, UBND {s.district_label} tổ chức hội nghị {kind} công tác "
        f"BHXH, BHYT năm {s.year - 1}, triển khai nhiệm vụ trọng tâm năm {s.year}.",
    )
    return rng.choice(options)


def _p_attendance(s: Setting, rng: random.Random) -> str:
    options = (
        f"Dự hội nghị có đồng chí {s.deputy}, Phó Bí thư Thường trực {s.committee}; đồng chí "
        f"{s.chair}, Phó Bí thư {s.committee}, Chủ tịch UBND {s.unit}; đại diện lãnh đạo BHXH "
        f"{s.province_label} cùng các đồng chí Bí thư Đảng ủy, Chủ tịch UBND các xã, thị trấn.",
        f"Đồng chí {s.chair}, Chủ tịch UBND {s.unit}, Trưởng Ban Chỉ đạo chủ trì hội nghị. Tham "
        f"dự có đồng chí {s.director}, Giám đốc BHXH {s.unit} và lãnh đạo các phòng, ban, ngành, "
        f"đoàn thể {s.unit}.",
        f"Chủ trì hội nghị có đồng chí {s.deputy}, Phó Bí thư Thường trực {s.committee} "
        f"{s.district.name}. Cùng dự có đồng chí {s.director}, Giám đốc BHXH {s.unit}.",
    )
    return rng.choice(options)


def _p_activities(s: Setting, rng: random.Random) -> str:
    sentences = []
    for name, members in s.mass:
        count, people = rng.randint(5, 60), rng.randint(300, 5000)
        sentences.append(rng.choice((
            f"BHXH {s.unit} phối hợp với {name} {s.unit} tổ chức {count} hội nghị tuyên truyền, đối "
            f"thoại chính sách BHYT cho hơn {_number(people)} {members}.",
            f"{name} {s.unit} đã tổ chức {count} buổi tuyên truyền về chính sách BHYT hộ gia đình "
            f"với {_number(people)} lượt người tham dự.",
            f"Thông qua các buổi sinh hoạt chi hội, {name} {s.unit} đã vận động {_number(people)} "
            f"{members} tham gia BHYT.",
        )))
    cards = rng.randint(50, 900)
    sentences.append(rng.choice((
        f"Ủy ban MTTQ Việt Nam {s.unit} vận động các tổ chức, cá nhân trao tặng {cards} thẻ BHYT "
        f"cho {rng.choice(GROUPS)} có hoàn cảnh khó khăn.",
        f"Mặt trận Tổ quốc {s.unit} phối hợp BHXH {s.unit} trao {cards} thẻ BHYT cho "
        f"{rng.choice(GROUPS)}.",
    )))
    rng.shuffle(sentences)
    return " ".join(sentences)


def _p_coverage(s: Setting, rng: random.Random) -> str:
    rate = round(rng.uniform(80, 99.5), rng.choice((1, 2)))
    people = rng.randint(40_000, 400_000)
    plan = round(rng.uniform(95, 104), 1)
    options = (
        f"Tính đến hết năm {s.year - 1}, toàn {s.unit} có {_number(people)} người tham gia BHYT, "
        f"đạt tỷ lệ bao phủ {_decimal(rate, 2)}% dân số, đạt {_decimal(plan)}% kế hoạch giao.",
        f"Năm {s.year - 1}, tỷ lệ bao phủ BHYT trên địa bàn {s.district_label} đạt "
        f"{_decimal(rate, 2)}%, tăng {_decimal(rng.uniform(0.3, 3.5))}% so với năm "
        f"{s.year - 2}.",
        f"Đến nay, số người tham gia BHYT trên địa bàn {s.unit} là {_number(people)} người, chiếm "
        f"{_decimal(rate, 2)}% dân số.",
        # results the article attributes to the directive (directive -> outcome claims)
        f"Qua {s.year - s.directive_year} năm thực hiện Chỉ thị số {s.symbol}, công tác BHYT "
        f"trên địa bàn {s.district_label} có chuyển biến rõ rệt. Nhờ đó, đến hết năm "
        f"{s.year - 1}, toàn {s.unit} có {_number(people)} người tham gia BHYT, đạt tỷ lệ bao "
        f"phủ {_decimal(rate, 2)}% dân số.",
        f"Thực hiện Chỉ thị số {s.symbol} của {s.committee}, các cấp, các ngành đã vào cuộc "
        f"quyết liệt; kết quả, năm {s.year - 1} tỷ lệ bao phủ BHYT của {s.unit} đạt "
        f"{_decimal(rate, 2)}%, góp phần hoàn thành chỉ tiêu tỉnh giao.",
    )
    return rng.choice(options)


def _p_bhxh(s: Setting, rng: random.Random) -> str:
    voluntary = rng.randint(300, 6000)
    revenue = round(rng.uniform(40, 900), 1)
    options = (
        f"Số người tham gia BHXH tự nguyện là {_number(voluntary)} người; tổng số thu quỹ BHYT "
        f"năm {s.year - 1} đạt {_decimal(revenue)} tỷ đồng.",
        f"Tổng thu BHXH, BHYT, BHTN trên địa bàn {s.unit} năm {s.year - 1} đạt "
        f"{_decimal(revenue)} tỷ đồng, đạt {_decimal(rng.uniform(96, 105))}% kế hoạch.",
        f"Toàn huyện có {_number(voluntary)} người tham gia BHXH tự nguyện, vượt chỉ tiêu "
        f"tỉnh giao.",
    )
    return rng.choice(options)


def _p_communes(s: Setting, rng: random.Random) -> str:
    parts = []
    for commune in s.communes:
        rate = _decimal(rng.uniform(75, 99.9), 1)
        parts.append(rng.choice((
            f"Tại {commune.unit} {commune.name}, tỷ lệ người dân tham gia BHYT đạt {rate}%.",
            f"{commune.unit.capitalize()} {commune.name} có tỷ lệ bao phủ BHYT đạt {rate}%, "
            f"cao nhất {s.unit}.",
        )))
    return " ".join(parts)


def _p_target(s: Setting, rng: random.Random) -> str:
    target = rng.choice((90, 92, 93, 95, 96, 97, 98))
    options = (
        f"Phấn đấu đến hết năm {s.year}, tỷ lệ bao phủ BHYT trên địa bàn {s.unit} đạt {target}% "
        f"dân số.",
        f"Mục tiêu năm {s.year} là có ít nhất {target}% dân số tham gia BHYT, trong đó "
        f"{rng.choice(GROUPS)} tham gia BHYT đạt 100%.",
    )
    return rng.choice(options)


def _p_closing(s: Setting, rng: random.Random) -> str:
    options = (
        f"Phát biểu chỉ đạo, đồng chí {s.deputy}, Phó Bí thư Thường trực {s.committee} đề nghị "
        f"các cấp ủy, chính quyền tiếp tục quán triệt Chỉ thị số {s.symbol}, đưa "
        f"chỉ tiêu BHYT vào nghị quyết hằng năm của địa phương.",
        f"Thời gian tới, {s.committee} {s.district.name} chỉ đạo tiếp tục đẩy mạnh tuyên "
        f"truyền, vận động Nhân dân tham gia BHYT hộ gia đình, nhất là nhóm "
        f"{rng.choice(GROUPS)}.",
    )
    return rng.choice(options)


def _title(s: Setting, rng: random.Random) -> str:
    return rng.choice((
        f"{s.district.name}: Nâng cao tỷ lệ bao phủ bảo hiểm y tế toàn dân",
        f"{s.district_label.capitalize()} tổng kết công tác BHXH, BHYT năm {s.year - 1}",
        f"Hiệu quả từ việc thực hiện Chỉ thị số {s.symbol} về bảo hiểm y tế",
        f"{s.district.name} đẩy mạnh thực hiện Chỉ thị 38 của Ban Bí thư",
    ))


def _dateline(s: Setting, rng: random.Random) -> str:
    hour, minute = rng.randint(6, 21), rng.randint(0, 59)
    date = f"{s.day:02d}/{s.month:02d}/{s.year}"
    weekday = WEEKDAYS[(s.day + s.month + s.year) % 7]  # plausible, not a calendar
    return rng.choice((f"{weekday}, {date} | {hour:02d}:{minute:02d}",
                       f"Ngày đăng {date} | {hour:02d}:{minute:02d}",
                       f"Cập nhật ngày: {date} | {hour:02d}:{minute:02d} GMT+7"))


def _byline(rng: random.Random) -> str:
    name = _person(rng)
    return rng.choice((name.upper(), name, f"{name} – Trung tâm VHTT&TT huyện"))


BODY: tuple[Callable[[Setting, random.Random], str], ...] = (
    _p_directive, _p_plan, _p_activities, _p_coverage, _p_bhxh, _p_communes, _p_target)


def article(seed: int, index: int) -> tuple[str, str]:
    """(file name, text) of article ``index`` of the corpus of ``seed``."""
    rng = random.Random(f"bhyt-kg bench {seed} {index}")
    s = _setting(rng)
    paragraphs = []
    if rng.random() < 0.6:  # a meeting report; otherwise a feature on the year's work
        paragraphs += [_p_meeting(s, rng), _p_attendance(s, rng)]
    body = [p for p in BODY if rng.random() < 0.6] or [_p_coverage]
    paragraphs += [p(s, rng) for p in body]
    paragraphs.append(_p_closing(s, rng))
    text = "\n\n".join([_title(s, rng), _dateline(s, rng), *paragraphs, _byline(rng)]) + "\n"
    return f"{index:06d}_{slug(s.district.name)}.txt", text


def generate(n: int, out: Path, seed: int = 1) -> list[Path]:
    """Write articles 0..n-1 of ``seed`` under ``out`` (created); returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        name, text = article(seed, index)
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    """Command line: N OUT_DIR [--seed S]."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="directory to write the .txt files into")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    paths = generate(args.n, args.out, args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
