"""Measured results and targets: counts, coverage rates, plan completion, money, visits, meetings.

Rules follow domain.md §4 and docs/code-lists.md. A sentence is cut into clauses at ";" because
one sentence often reports two schemes ("16.984/16796 người tham gia BHYT (đạt 101,12%);
114/201 người tham gia BHXH, đạt 56,72%"): the scheme, the date and the target cue of a figure
are read inside its clause. A figure is kept only when the words around it say what it counts,
so document numbers, durations ("15 năm") and tallies of awards never become observations.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ..gazetteer import REFORM, ancestors
from ..model import NATION, Area, Observation, OrgMention, Sentence, Span
from ..text import UPPERCASE, Normalised, fold, normalise
from .lexicon import COUNT_NOUN, REACHED
from .places import NATIONWIDE as _NATIONWIDE
from .places import OWN_AREA as _OWN_AREA
from .places import YARDSTICK_NATION as _YARDSTICK_NATION
from .places import headline_range
from .quantities import (
    QUALIFIER_WORDS,
    Quantity,
    Ratio,
    When,
    find_quantities,
    find_ratios,
    find_when,
    parse_number,
)

# --- lexicons -----------------------------------------------------------------------------------
# The rate word of every rule: "tỷ lệ bao phủ", "tỉ lệ bao phủ" and "độ bao phủ" name the same
# coverage rate (docs/robustness.md).
_RATE_WORD = r"(?:t[ỷỉ] lệ|độ(?= bao phủ))"

_I = re.IGNORECASE
_SCHEME = re.compile(
    r"(?<!\w)(?P<s>BHYT|bảo hiểm y tế|BH y tế|thẻ y tế|BHXH|bảo hiểm xã hội|BH xã hội|BHTN"
    r"|bảo hiểm thất nghiệp|BH thất nghiệp)"
    # (a figure glued on by a lost space, "bảo hiểm thất nghiệp8-8,5%", still ends the word)
    r"(?:\s*\((?:BHYT|BHXH|BHTN)\))?(?![^\W\d])", _I,
)
_SCHEMES = {"bhyt": "health_insurance", "bảo hiểm y tế": "health_insurance",
            "thẻ y tế": "health_insurance", "bhxh": "social_insurance",
            "bảo hiểm xã hội": "social_insurance", "bhtn": "unemployment_insurance",
            "bảo hiểm thất nghiệp": "unemployment_insurance", "bh y tế": "health_insurance",
            "bh xã hội": "social_insurance", "bh thất nghiệp": "unemployment_insurance"}
# "BHXH huyện", "cơ quan BHXH": the agency, not the scheme. (Used with .match(text, pos), where
# "^" would never match: the match is anchored at pos anyway.)
_AGENCY_AFTER = re.compile(
    r"\s*(?:Việt Nam|tỉnh|huyện|thị xã|thành phố|TP\b|quận|phường|xã|khu vực|cấp|các cấp)", _I)
_AGENCY_BEFORE = re.compile(r"(?:cơ quan|ngành|giám đốc|đại diện)\s+$", _I)
# "BHXH bắt buộc" is the compulsory scheme of employees.
_SCHEME_GROUP = {"tự nguyện": "voluntary", "hộ gia đình": "households", "gia đình": "households",
                 "học sinh": "students", "hssv": "students", "bắt buộc": "employees"}
# A scheme's name written out: one word, as its abbreviation is, for rules that count words.
_SCHEME_WORDS = r"bảo hiểm (?:y tế|xã hội|thất nghiệp)"
_INSURANCE_CONTEXT = re.compile(r"BHYT|BHXH|BHTN|bảo hiểm|bao phủ|thẻ|tham gia", _I)
# The unemployment benefit, which only the unemployment-insurance fund pays: money paid for it
# ("Tổng số tiền chi trả TCTN, hỗ trợ học nghề ...", "... hưởng trợ cấp thất nghiệp với tổng số
# tiền ...") is that fund's spending, whether or not the sentence names the scheme.
_UNEMPLOYMENT_BENEFIT = re.compile(
    r"(?<!\w)(?:trợ cấp thất nghiệp|TCTN"
    r"|(?:người )?thất nghiệp (?:được|đã được)(?: hưởng)? trợ cấp)(?!\w)", _I)
_BENEFIT_MONEY = re.compile(
    r"(?<!\w)(?:chi(?:\s+trả)?|tiền)\s+(?:cho\s+)?(?:các\s+)?(?:chế độ\s+)?"
    r"(?:trợ cấp thất nghiệp|TCTN)(?!\w)"
    r"|(?<!\w)(?:trợ cấp thất nghiệp|TCTN)(?!\w)[^.;]{0,80}?(?<!\w)(?:với|tổng)\s+(?:tổng\s+)?"
    r"số\s+tiền", _I)
# (nor money only asked for: "nộp hồ sơ đề nghị chi trả trợ cấp thất nghiệp với số tiền ...")
_NOT_ENTITLED = re.compile(
    r"(?<!\w)(?:(?:không|chưa)\s+(?:đủ\s+điều\s+kiện\s+)?(?:được\s+)?hưởng|đề nghị(?:\s+hưởng)?"
    r"|chờ)\s+\S", _I)
_BENEFIT_PAID = re.compile(
    r"(?<!\w)(?:(?:quyết định hưởng|hỗ trợ học nghề)(?!\w)[^;%]{0,60}?(?:với|tổng)\s+"
    r"(?:tổng\s+)?(?:số tiền|kinh phí)(?:\s+(?:chi trả|là|khoảng|hơn|trên|gần|lên tới))*"
    r"|chi trả\s+trợ cấp(?:\s+thất nghiệp)?(?:\s+(?:khoảng|hơn|trên|gần))?)\s*$", _I)
# (not another payment in between: "..., chi lương hưu 1.200 tỷ đồng")
_EXPENSE_OTHER = re.compile(
    r"(?<!\w)(?:lương hưu|hưu trí|một lần|tử tuất|tai nạn lao động|bệnh nghề nghiệp|thôi việc"
    r"|tiền điện|nhà trọ|ốm đau|thai sản|quỹ BHYT|quỹ bảo hiểm y tế|khám chữa bệnh)(?!\w)", _I)
_BUDGET_MONEY = re.compile(r"(?<!\w)(?:ngân sách|NSNN)(?!\w)", _I)
# A sentence whose subject is money paid out to the people of the benefit the sentence before
# named: "Số tiền chi trả trực tiếp cho NLĐ là hơn 16.000 tỉ đồng".
_PAID_SUM_OPENS = re.compile(
    r"\s*(?:tổng\s+)?số\s+tiền\s+(?:đã\s+)?chi\s+trả(?:\s+trực tiếp)?"
    r"(?:\s+cho\s+(?:NLĐ|người lao động|người thất nghiệp|người hưởng|các đối tượng))?"
    r"\s+(?:là|đạt|khoảng|hơn|trên|gần|\d)", _I)

# Population groups, most specific first: a matched phrase is blanked so that "cận nghèo" is
# not also "nghèo", and "lao động tự do" not also "người lao động".
_GROUPS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (g, re.compile(rx, _I)) for g, rx in (
        # ("người thuộc hộ gia đình cận nghèo": the near-poor, not the household scheme's group)
        ("near_poor", r"(?:hộ gia đình\s+)?cận nghèo"),
        ("poor", r"(?<!\w)(?:người |hộ (?:gia đình )?)?nghèo(?!\w)"),
        ("children_under_6", r"trẻ(?: em)? (?:dưới|từ 0 đến|từ 0 - ) ?0?(?:6|sáu) tuổi"),
        ("elderly_over_80", r"(?:người (?:cao tuổi )?)?(?:từ |trên |đủ )?80 tuổi(?: trở lên)?"),
        # ("HS, SV": the abbreviations written apart)
        ("students", r"học sinh|sinh viên|HSSV|(?<!\w)(?-i:HS|SV|Hs|Sv)(?!\w)"),
        # ("tỷ lệ gia đình ... tham gia", "100% gia đình": families, as a phrase's head)
        ("households", r"hộ gia đình|^\s*(?:các\s+)?gia đình(?!\s+(?:hội viên|đoàn viên|chính sách"
                       r"|có công|liệt sĩ|văn hóa))"),
        ("self_employed", r"lao động tự do"),
        ("employees", r"người lao động|công nhân|lao động (?:trong|tại) (?:các )?doanh nghiệp"
                      r"|lao động (?:khu vực )?ngoài (?:nhà nước|quốc doanh)"),
        ("fishermen", r"ngư dân|nghề biển"),
        ("ethnic_minorities", r"dân tộc thiểu số|(?<!\w)DTTS(?!\w)"),
        # the statutory group "hộ gia đình làm nông, lâm, ngư (và) diêm nghiệp có mức sống
        # trung bình", also written without "lâm"
        # ("nông dân và lao động (khu vực) phi chính thức": the voluntary scheme's people, as
        # Resolution 28's targets name them, not farmers)
        ("farmers", r"nông dân(?!,? và (?:người )?lao động (?:(?:trong )?khu vực )?phi chính thức)"
                    r"|nông,? lâm,? ngư|(?:làm )?nông(?: nghiệp)?,? ngư(?: nghiệp)?,?"
                    r" (?:và )?diêm nghiệp"
                    # "hộ nông nghiệp, ngư nghiệp có mức sống trung bình": the same group
                    r"|nông(?: nghiệp)?,? (?:lâm(?: nghiệp)?,? )?ngư(?: nghiệp)? có mức sống"),
        ("civil_servants", r"cán bộ,? công chức|công chức,? viên chức"),
        ("voluntary", r"tự nguyện|(?:nhóm|người) tự đóng"),
    )
)
_GROUP_END = re.compile(r"\s(?:tham gia|có thẻ|được|đã|đều|đạt|chiếm)\b|[;:(]|,\s*đạt\b", _I)

# A target cue. "chỉ tiêu (được) giao / đề ra" is read as one cue so that a yardstick
# ("so với chỉ tiêu đề ra") can be recognised whole.
# The future ("sẽ đạt") and an obligation to reach a level ("phải thực hiện vận động ... là
# 32.602 người", "cần đạt") are targets as well.
# A resolve ("quyết tâm hoàn thành ... 90%"), a level assigned to a unit ("tỉnh A được giao tỷ
# lệ bao phủ năm 2023 là 92,5%", "giao chỉ tiêu") and a plan's figure ("theo kế hoạch ... là 74,5%")
# are targets too.
_TARGET = re.compile(
    # ("đảm bảo đến hết năm 2017 ... có 100% SV tham gia BHYT": to ensure, an aim)
    r"(?<!\w)(?<!đã )(?:đảm bảo|bảo đảm)(?=\s+(?:đến|tới|đạt)\s)|"
    r"phấn đấu|mục tiêu|dự kiến|hướng tới|(?<!sự )(?<!nhờ )(?<!với )quyết tâm(?!\s+(?:cao|lớn|của))"
    # ("với quyết tâm đạt 100% HS, SV ... tham gia BHYT": determined to reach it)
    r"|(?<!\w)quyết tâm\s+(?:đạt|hoàn thành)(?!\w)"
    # ("sẽ nỗ lực hoàn thành chỉ tiêu ... trên 91%"; not "đã phải cố gắng hoàn thành ...", a
    # result)
    r"|(?<!\w)sẽ(?:\s+(?:tiếp tục|nỗ lực|cố gắng|tập trung))+\s+(?:đạt|thực hiện|vận động"
    r"|hoàn thành|phát triển|tăng)(?!\w)"
    r"|(?<!\w)(?:phải|cần|sẽ)(?:\s+(?:tiếp tục\s+)?(?:đạt"
    r"|thực hiện|vận động|hoàn thành|phát triển|tăng))(?!\w)|(?<!\w)nhằm(?!\w)"
    rf"|(?<!\w)giao\s+(?:cho\s+[^,;%\d]{{1,40}}?\s+)?(?:{_RATE_WORD}|chỉ tiêu)(?!\w)"
    # a level assigned outright: "năm 2017 Thủ tướng giao 82,2%"
    r"|(?<!\w)giao(?=\s+(?:(?:khoảng|trên|hơn)\s+)?\d)"
    r"|(?<!\w)theo(?:\s+như)?\s+(?:kế hoạch|nghị quyết)(?!\s+(?:số\s+)?\d)"
    r"|chỉ tiêu(?:\s+(?:được\s+)?(?:giao|đề ra))?|(?<!\w)đề ra"
    # a forecast for the year's end: "ước thực hiện (cuối) năm 2022 đạt 100%"
    r"|(?<!\w)(?:dự\s+)?ước(?:\s+thực hiện)?(?=\s+(?:đến\s+)?(?:(?:cuối|hết)\s+)?năm(?!\w))"
    # a budget estimate given in brackets after its name: "... trong tổng số dự toán được Thủ
    # tướng Chính phủ giao cho tỉnh ... trong năm 2020 tại Quyết định số 163/QĐ-TTg ... (hơn 2,4
    # ngàn tỷ đồng)": an allotment, not money spent
    r"|(?<!\w)dự toán(?!\w)[^;()]{0,160}\(\s*(?:(?:khoảng|hơn|trên|gần)\s+)?(?=\d)"
    # a purpose opening its sentence: "Cùng góp phần đạt tỉ lệ bao phủ BHXH năm 2023 đạt 38%
    # ..." (not "..., tăng 7,2%, góp phần đạt tỷ lệ bao phủ ... đến cuối tháng 6/2019 là 89%",
    # what a result contributed to)
    r"|^\s*(?:cùng\s+)?góp phần(?:\s+để)?\s+(?:đạt|hoàn thành)(?!\w)"
    # a task opening its sentence: "Tiếp tục vận động đảm bảo 100% học sinh tham gia bảo hiểm y
    # tế năm 2017 ..." (a task list's item, not "Năm 2023, huyện tiếp tục duy trì 100% ...")
    r"|^\s*(?:[-+•]\s*)?tiếp tục\s+(?:vận động|đảm bảo|bảo đảm|phấn đấu|duy trì|nâng)(?!\w)"
    # a purpose: "Để đạt được tỉ lệ 100% người cận nghèo tham gia BHYT, hội nghị ..."
    # ("Để sớm đạt tỷ lệ 100% học sinh, sinh viên tham gia bảo hiểm y tế, ...")
    r"|(?<!\w)để(?:\s+(?:sớm|nhanh chóng|từng bước|kịp thời))?\s+(?:đạt|hoàn thành)(?:\s+được)?"
    rf"(?=\s+(?:{_RATE_WORD}|mức|\d))", _I)
# A heading that opens a plan's goals ("2. Mục tiêu cụ thể", "II. CHỈ TIÊU"): the lines under it,
# up to the next heading of its rank, state targets.
_GOALS_HEADING = re.compile(
    r"\s*(?:(?:[IVX]+|\d+(?:\.\d+)*)\s*[.)/]\s*)?(?:(?:các|những)\s+)?(?:mục tiêu|chỉ tiêu)"
    r"(?:\s+(?:cụ thể|chung|chủ yếu))?"
    # ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)", "Mục tiêu đến năm 2025:": with their span)
    r"(?:\s*\(?\s*(?:nhiệm kỳ|giai đoạn|đến năm|năm)\s+(?:\d{4}\s*[-–]\s*)?(?P<due>\d{4})\s*\)?)?"
    r"\s*[:.]?\s*$", _I)
# "3. Nhiệm vụ", or a bare "3." the segmenter split from its heading; not "2.1."
_TOP_HEADING = re.compile(r"\s*(?:[IVX]+|\d+)\s*[.)/]\s*(?:(?!\d)\S|$)")
# ... but not where it is the yardstick of a result ("đạt chỉ tiêu", "vượt 2% so với chỉ tiêu").
# (a figure written with a space before its sign, "đạt 89,86 % chỉ tiêu", is one word here)
# A report on a period: "báo cáo kết quả thực hiện nhiệm vụ ... 6 tháng đầu năm 2017" (not a
# review meeting, "hội nghị sơ kết ... 7 tháng đầu năm", whose figures are as of the meeting).
_REPORT_OF = re.compile(r"(?<!\w)báo cáo\s+(?:về\s+)?(?:kết quả|tình hình)(?!\w)", _I)
_YARDSTICK = re.compile(
    r"(?:đạt|vượt|hoàn thành|(?<!\w)so(?:\s+với)?|hơn|kém|với)\s+(?:\S+(?<![,;])(?:\s%)?\s+)?$", _I)
# ... nor where the result of carrying it out is reported ("kết quả thực hiện chỉ tiêu bao phủ
# BHYT ... đạt", "tình hình thực hiện chỉ tiêu"), except for the goal's own figure right after
# it ("Kết quả thực hiện chỉ tiêu 92% dân số tham gia BHYT: ... đạt 93,5%": 92 is the goal).
_REPORTED_RESULT = re.compile(r"(?<!\w)(?:kết quả|tình hình)(?:\s+thực hiện)?\s+(?:các\s+)?$", _I)
_GOALS_OWN_FIGURE = re.compile(r"(?:\s+(?:giao|đề ra|là))?\s*:?\s*$", _I)
# ... except as a purpose: "để (thực hiện) đạt chỉ tiêu 82,5%", "nhằm hoàn thành chỉ tiêu".
_PURPOSE = re.compile(r"(?<!\w)(?:để|nhằm)(?:\s+\S+){0,3}\s*$", _I)
# ... or as an aim not (yet) met: "tỉnh sẽ khó hoàn thành chỉ tiêu bao phủ ... năm 2019 đạt
# 98,91%", "chưa thể đạt chỉ tiêu".
_NOT_YET_DONE = re.compile(
    r"(?<!\w)(?:sẽ(?:\s+(?:khó|khó có thể|không thể))?|khó(?:\s+có thể)?|chưa(?:\s+thể)?)"
    r"\s+(?:hoàn thành|đạt)\s+$",
    _I)
# ... or as an aim the sentence opens with: "Với mục tiêu 100% học sinh tham gia BHYT, ...".
_WITH_AIM = re.compile(r"(?:^|[,;:]\s*)với\s+$", _I)
# ... or as a destination: "tiến gần hơn tới mục tiêu", "hướng đến mục tiêu".
_TOWARDS = re.compile(r"(?<!\w)(?:tới|đến)\s*$", _I)
# "Tính đến hết năm 2020, chỉ tiêu bao phủ BHYT đạt 91,5%": after an as-of date, "chỉ tiêu"
# names the indicator being reported, not a goal.
_AS_OF = re.compile(r"(?<!\w)tính đến(?!\w)", _I)
# A sentence that details the one before ("Cụ thể, năm 2022 ...") keeps its target reading.
_DETAILS = re.compile(r"\s*(?:Cụ thể|Theo đó|Trong đó)(?!\w)", _I)
# "Riêng" opens a detail of the sentence before when what it sets apart is a group, a unit, a
# scheme or a period ("Riêng học sinh, sinh viên đạt 95%", "Riêng đối với xã A, ..."), not
# another topic or one body ("Riêng về giáo dục, ...", "Riêng Bệnh viện Đa khoa tỉnh được thanh
# toán 400 tỷ đồng").
_APART = re.compile(
    r"\s*Riêng(?:\s+(?:đối với|với|về|ở|tại))?(?:\s+(?:các|nhóm|đối tượng|khối))*\s+"
    r"(?P<what>[^,;:]{1,60})", _I)
_APART_KIND = re.compile(
    r"^(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|năm|tháng|quý|BHYT|BHXH|BHTN"
    r"|bảo hiểm)(?!\w)", _I)
# ... and "Số thu đạt 2.483 tỷ đồng" after a sentence about insurance: its money collected.
# ("Ước tổng số thu 6 tháng đầu năm là 170,38 tỷ đồng": an estimate, over a period)
_COLLECTED = re.compile(
    # ("Cùng với đó, số thu đạt 22.919 tỉ đồng": after a connective)
    r"\s*(?:(?:cùng với đó|bên cạnh đó|ngoài ra|đồng thời)\s*,?\s*)?"
    r"(?:(?:ước(?:\s+tính)?\s+)?(?:tổng\s+)?số\s+(?:tiền\s+)?thu(?:\s+quỹ)?"
    r"(?:(?:\s+[^\W\d_]+){0,3}\s+\d{1,2}\s+tháng(?:\s+đầu\s+năm)?)?"
    # ("Tổng số thu năm 2012 đạt 137.454,5 tỷ đồng": the year's)
    r"(?:\s+(?:năm|của năm)\s+\d{4})?"
    r"\s+(?:đạt|được|là)"
    # ("... 1.590 người tham gia BHXH tự nguyện. Từ đó đã thu về 2.501 tỷ đồng": what those
    # insured paid in)
    r"|(?:từ đó|qua đó|nhờ đó)\s*,?\s*(?:đã\s+)?thu\s+(?:về|được))(?!\w)", _I)
# Books issued are paperwork, not people covered: "Sổ BHXH đã cấp chiếm trên 98% ...".
_BOOKS = re.compile(r"(?<!\w)sổ\s+(?:BHXH|bảo hiểm)", _I)
# ... nor are the people books were handed to: "cấp lại và trả sổ BHXH ... cho 398.701 người".
_BOOKS_HANDED = re.compile(
    r"(?<!\w)(?:cấp|trả|phát|chốt)\b[^;%]{0,40}?sổ\s+(?:BHXH|bảo hiểm)[^;%]{0,80}?\bcho\s*$", _I)
# The present: a figure said to hold now is as of the article, not of the last date read.
# _NOW never matches the "hiện" of "thực hiện", so it may override a date read before it:
# "năm 2016 ... thì đến nay ..."; a bare "hiện" counts only when the article has a date.
# ("cao nhất từ trước đến nay": the highest ever, no date)
# ("..., nay đã đạt gần 95,5 triệu người": "nay" alone before a verb of the present; not "năm
# nay", "ngày nay")
_NOW_WORDS = (r"(?<!trước )(?:đến nay|tới nay)|hiện nay|hiện tại|hiện có"
              r"|(?<!năm )(?<!ngày )(?<!tháng )(?<!quý )(?<!tuần )(?<!hôm )"
              r"nay(?=\s+(?:đã|đạt|là|có)\s)")
_NOW = re.compile(rf"(?<!\w)(?:{_NOW_WORDS})(?!\w)", _I)
# ("hiện" alone is "now"; "thực hiện", "phát hiện", "thể hiện", "xuất hiện" are verbs)
_PRESENT = re.compile(
    rf"(?<!\w)(?:{_NOW_WORDS}|(?<!thực )(?<!phát )(?<!thể )(?<!xuất )hiện)(?!\w)", _I)
# ("..., khi chỉ đạt 85%": a level reached, whatever aim the clause names)
_RESULT = re.compile(
    r"(?<!\w)(?:đã|đến nay|hiện nay|hiện có|tính đến|chỉ đạt|mới đạt|chỉ mới đạt)(?!\w)"
    # ("phấn đấu đến cuối năm 2023 đạt ... 92%; hiện đạt 89,4%": now)
    r"|(?<!\w)(?<!thực )(?<!phát )(?<!thể )(?<!xuất )hiện\s+(?:mới\s+)?(?=đạt(?!\w))", _I)
_BENEFIT_CASES = re.compile(
    r"\s*lượt\s+(?:người\s+)?(?:được\s+)?hưởng\s+(?:các\s+)?(?:chế độ|trợ cấp)"
    r"(?!\s+(?:BHYT|bảo hiểm y tế|khám))", _I)
# ("Tiếp theo danh sách là Ninh Bình với 124,581 người tham gia, ...": the next items of the
# previous sentence's list, of its scheme)
_ACCORDINGLY = re.compile(
    r"\s*(?:theo đó\s*,|(?:tiếp theo|tiếp đến|kế đến|kế tiếp)(?:\s+(?:danh sách|trong danh sách))?"
    r"\s+(?:là|có)(?!\w))", _I)
# A date that says "as of" ("đến cuối tháng 7/2019", "tính đến hết tháng 9"), not a span's start
# ("từ năm 2016 đến nay", "Năm 2018 đến nay") nor a deadline ("trước 30/11/2015").
_AS_OF_WHEN = re.compile(r"(?:tính\s+)?(?:đến|tới)(?!\s+nay)(?!\w)", _I)
_DEADLINE_WHEN = re.compile(r"(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)(?!\w)", _I)
# (an estimate with a figure of its own: not "đạt 1.520 tỷ, ước thực hiện 6 tháng đầu năm 2023",
# which says what the figure before is)
_ESTIMATE_AFTER = re.compile(
    r"(?<!\w)(?:dự\s+)?ước(?:\s+thực hiện)?(?:\s+[^\s\d,;]+){0,4}?\s+(?:đạt|là|khoảng)(?!\w)", _I)
_FORECAST = re.compile(r"(?:dự\s+)?(?:kiến|ước)(?:\s+thực hiện)?", _I)
_BY_PERIOD_END = re.compile(r"(?<!\w)(?:đến\s+)?(?:hết|cuối)\s+năm(?:\s+nay|\s+\d{4})?(?!\w)", _I)
_JOINED_AFTER = re.compile(rf"\s*{COUNT_NOUN}?\s*(?:đã\s+)?(?:tham gia|có thẻ)(?!\w)", _I)
_ONLY_ONE_SCHEME = re.compile(
    r"(?<!\w)chỉ\s+(?:tham gia|có)\s+(?:thẻ\s+)?(?:BHYT|bảo hiểm y tế)(?!\w)[^;%\d]{0,120}$", _I)
_QUOTA_IN_BRACKETS = re.compile(
    r"(?<!\w)(?:kế hoạch|chỉ tiêu)(?!\w)[^;%\d()]{0,50}?(?<!\w)giao\s*\(\s*$", _I)
_PLAN_GIVEN = re.compile(
    r"(?:(?:kế hoạch|chỉ tiêu)\s+(?:được\s+)?(?:giao|đề ra)|giao\s+(?:chỉ tiêu|kế hoạch))"
    r"[^,;]{0,30}$", _I)
_PARTICIPATION = re.compile(
    # (not contributions evaded or owed: "Do công ty trốn đóng BHXH nên gần 100 công nhân ...")
    # (nor a duty or an eligibility: "trong diện bắt buộc tham gia", "thuộc diện tham gia")
    # (nor taking part in anything else: "đối tượng tham gia chiến đấu bảo vệ Tổ quốc")
    r"(?<!buộc )(?<!diện )tham gia"
    r"(?!\s+(?:chiến đấu|kháng chiến|quân đội|nghĩa vụ|lực lượng vũ trang))"
    r"|có thẻ|được cấp thẻ|cấp thẻ|mua (?:thẻ )?(?:BHYT|bảo hiểm)"
    r"|(?<!trốn )(?<!nợ )(?<!chậm )(?<!không )đóng (?:BHYT|BHXH)", _I)
_BARE_COUNT = re.compile(
    r"số (?:người|dân|đối tượng|lượng người|lao động|HSSV|học sinh|sinh viên|trẻ em)"
    r"[^;]{0,80}(?:tham gia|có thẻ)[^;]{0,60}(?:là|đạt|có|:)"
    r"(?:\s+(?:hơn|trên|gần|khoảng|xấp xỉ))?\s*$", _I)
# "đối tượng BHXH tự nguyện toàn tỉnh là 5.189 người": the scheme's participants, no verb.
# A unit's households, then its people: "có 115 hộ gia đình với hơn 350 nhân khẩu".
_HOUSEHOLDS_WITH = re.compile(
    r"(?<!\w)có\s+[\d.,]+\s+hộ(?:\s+gia đình|\s+dân)?\s*,?\s*(?:với|và|gồm)\s+"
    r"(?:(?:khoảng|trên|hơn|gần)\s+)?$", _I)
# A group's whole as the subject: "Tổng số học sinh, sinh viên trên địa bàn thành phố là".
_GROUP_TOTAL = re.compile(
    r"(?<!\w)tổng số\s+(?P<g>[^;%\d]{1,60}?)\s+(?:là|có|:)(?:\s+(?:khoảng|trên|hơn|gần|xấp xỉ))?"
    r"\s*$", _I)
# A group phrase that says what they did or got: "học sinh bỏ học", "học sinh được cấp ... thẻ".
_GROUP_DOES = re.compile(r"(?<!\w)(?:được|đã|bỏ|cấp|thẻ|tham gia|mua|chưa)(?!\w)", _I)
_SCHEME_SUBJECT = re.compile(
    r"(?<!\w)đối tượng (?:tham gia\s+)?(?:BHXH|BHYT|BHTN|bảo hiểm (?:xã hội|y tế|thất nghiệp))"
    r"[^;,]{0,40}\s(?:là|đạt|có)\s*$"
    # (a clause headed by the scheme and its year: "; bảo hiểm y tế năm 2015 có 94.700 người")
    r"|^\s*(?:BHXH|BHYT|BHTN|bảo hiểm (?:xã hội|y tế|thất nghiệp))"
    r"(?:\s+(?:tự nguyện|bắt buộc|hộ gia đình))?\s+năm\s+\d{4}(?:\s+(?:là|đạt|có))+\s*$", _I)
# An item of a list headed by its scheme (and group) alone, all the words between the previous
# figure and this one: "...; BHXH tự nguyện trên 15.270 người", "... người và BHYT hộ gia đình ".
_AND_ITEM = re.compile(r"(?<=\S)\s+(?=và\s)", _I)
_SCHEME_HEAD = re.compile(
    # ("...; trong đó BHXH bắt buộc là 59.209 người": the first item after "trong đó")
    r"\s*(?:(?:người|lao động)\s*)?(?:[,;]|và|,\s*và)?\s*(?:trong đó\s*,?\s*)?"
    r"(?:BHXH|BHYT|BHTN|bảo hiểm (?:xã hội|y tế|thất nghiệp))"
    r"(?:\s+(?:bắt buộc|tự nguyện|hộ gia đình|học sinh,? sinh viên|học sinh))?"
    r"\s*(?:là|đạt|có|:)?\s*(?:khoảng|trên|hơn|gần|xấp xỉ)?\s*", _I)
# The whole of a group, counted on its own: "tổng số 186.769 học sinh, sinh viên", "71 trường học
# với trên 37.100 học sinh" (with no word of joining in the clause: its population).
_WHOLE_COUNT = re.compile(
    r"(?:tổng số|\d\s+(?:trường|cơ sở giáo dục)(?:\s+học)?\s+với)"
    r"\s*(?:khoảng|trên|hơn|gần|xấp xỉ)?\s*$", _I)
_SUBJECT = re.compile(
    r"số (?:người|dân|đối tượng|lượng người|lao động|hội viên|đoàn viên)(?!\w)"
    # ("số tham gia BHXH tự nguyện": "người" left out; but "dân số tham gia" is the population)
    r"|(?<!\w)(?<!dân )số(?= tham gia\b)", _I)
# (not "9,6% dân số nay đã đạt gần 95,5 triệu người": the population was the rate's, "nay" starts
# the next clause)
_POPULATION = re.compile(
    # ("Dân số hiện tại của 03 xã, thị trấn này là 69.707 người": units joined by a comma)
    # (not "số dân có thẻ BHYT là 1.334.971 người": the insured among them)
    r"(?:dân số|số dân|tổng số (?:toàn )?dân)(?!\s+nay\s)(?!\s+(?:đã\s+)?(?:có thẻ|tham gia))"
    r"(?:[^,;]|,\s*(?=(?:xã|phường|thị trấn|thôn|ấp|bản)(?!\w))){0,40}(?:là|có|:)?\s*$", _I)
# "chiếm 82%", also with a qualifier between ("chiếm gần 82%", "chiếm trên 90%")
# Taking part in BHYT, or its coverage, named with no noun of its own ("tham gia BHYT đạt").
_SCHEME_REACHED = r"(?:tham gia|có thẻ|bao phủ)\s+(?:BHYT|bảo hiểm y tế)"
# The people of the area as the subject that takes part ("người dân tham gia BHYT ... đạt").
_PEOPLE_JOINED = re.compile(
    # ("người dân huyện Tây Sơn tham gia BHYT": the area's name may stand between)
    # (not a count of them: "có 65.116 người dân tham gia (đạt 99,65%)" is of a plan)
    # ("kết quả tham gia BHYT ... trên địa bàn tỉnh đạt trên 92,3%": the result of taking part)
    r"(?<!\w)(?<!số )(?<!\d )(?:người dân|nhân dân|bà con|kết quả)(?:\s+[^\d,;%()]{1,40}?)?\s+"
    r"(?:tham gia|có thẻ)(?!\w)"
    r"[^;%\d]{0,80}$"
    # (a part of a list after another field's share, with no noun of its own: "tỷ lệ gia đình văn
    # hóa ... đạt 92%, tham gia BHYT đạt 94%", "..., dân số tham gia BHYT đạt 96%", "..., bao phủ
    # BHYT đạt 93,1%")
    rf"|(?:^|[,;]\s*|\svà\s+)(?:dân số\s+|người\s+)?{_SCHEME_REACHED}[^;,%\d]{{0,40}}$", _I)
# A share of households or units holding a title: "được công nhận 'Gia đình văn hoá'".
# (not "sau khi được công nhận xã NTM nâng cao, nay tỷ lệ người dân tham gia BHYT chỉ đạt 90%")
_TITLE_SHARE = re.compile(
    r"(?<!\w)(?:đạt danh hiệu|(?:gia đình|khu dân cư|thôn|tổ dân phố) văn h(?:óa|oá))(?!\w)"
    r"(?![^;%]*(?:BHYT|BHXH|bảo hiểm))", _I)
# (the debt the figure before it: "còn nợ 61.504 triệu đồng, bằng 3,47%", not "không còn nợ đọng,
# đạt 100,2% dự toán thu" nor "giảm nợ xuống còn 0,8%, đạt 101% kế hoạch thu")
_OWED_BEFORE = re.compile(
    r"(?<!\w)(?<!không )(?<!giảm )(?<!thu )(?:còn\s+)?nợ(?!\s+đọng)(?!\w)[^,;%]{0,40}?[\d.,]+\s*"
    r"(?:tỷ|tỉ|triệu|nghìn|ngàn)?\s*đồng\s*,?\s*(?:bằng|chiếm)\s*$", _I)
_OF_ESTIMATE_AFTER = re.compile(
    r"\s*%?\s*(?:so với\s+)?(?:tổng\s+)?(?:dự toán|số phải thu|kế hoạch thu)", _I)
_RECRUITED = re.compile(
    r"(?<!\w)(?:phát triển|vận động|khai thác)(?:\s+(?:thêm|mới))?\s+được(?!\w)"
    r"|(?<!\w)(?:phát triển|khai thác|tham gia)\s+mới(?!\w)", _I)
# ("vận động được 672 người ..., nâng tổng số người tham gia ... lên 5.009 người, đạt hơn 102% kế
# hoạch": the total's share)
_TOTAL_AFTER_RECRUITS = re.compile(r"(?<!\w)(?:nâng|tổng số|lũy kế|luỹ kế)(?!\w)", _I)
# (an organisation's own quota: "kế hoạch Tổng công ty giao", "chỉ tiêu của Bưu điện"; a unit's
# plan of new participants is its plan, as h6_11 and h9_07 read it)
_OF_PLAN_AFTER = re.compile(
    r"\s*%?\s*(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu)(?:\s+(?:của|do))?\s+(?:Tổng công ty|Bưu điện"
    r"|Tập đoàn|ngành Bưu điện)", _I)
# (a title given: not "Sau 5 năm xây dựng khu dân cư văn hóa, 98,5% người dân ... tham gia BHYT")
_RECOGNISED = re.compile(r"(?<!\w)(?:được công nhận|đạt danh hiệu|đạt chuẩn)(?!\w)", _I)
# ("người dân tham gia đóng BHYT hơn 93%": the share right after the scheme they joined)
_SCHEME_JUST_BEFORE = re.compile(
    r"(?<!\w)(?:BHYT|bảo hiểm y tế)\s+(?:(?:gần|hơn|trên|khoảng|xấp xỉ)\s+)?$", _I)
_COVERAGE_BEFORE = re.compile(
    rf"bao phủ|{_RATE_WORD}|chiếm(?:\s+(?:gần|hơn|trên|khoảng|xấp xỉ|dưới|chưa đến))?\s*$", _I)
# The labour force a BHXH share is of, and workers that joined, named after the share.
# ("LLLĐ": the abbreviation, "khoảng 60% LLLĐ trong độ tuổi tham gia BHXH")
_LABOUR_FORCE = r"(?:tổng\s+)?(?:số\s+)?(?:lực lượng(?:\s+trong độ tuổi)? lao động|LLLĐ)"
_WORKERS_JOINED = r"(?:người\s+)?lao động(?:\s+trong độ tuổi)?\s+tham gia(?!\w)"
_COVERAGE_AFTER = re.compile(
    # ("100% bà con trong ấp tham gia BHYT": the folk of the place)
    r"^\s*(?:(?:tổng\s+)?(?:dân số|người dân|nhân dân|số dân|dân|bà con)(?!\w)"
    rf"|(?:{_RATE_WORD}\s+)?(?:độ\s+|diện\s+)?bao phủ"
    # BHXH's share of the labour force ("đạt 33% lực lượng lao động trong độ tuổi"; "chiếm 46,2%
    # tổng số lao động đang làm việc")
    rf"|(?:so với\s+)?{_LABOUR_FORCE}|tổng\s+số\s+lao động(?!\s+tham gia)"
    # ("đạt trên 90% so với lao động thuộc diện phải tham gia": of the workers it must cover)
    r"|so với (?:số\s+)?(?:người\s+)?lao động thuộc diện"
    # ("45,3% lao động tham gia bảo hiểm xã hội": a share of the workers)
    rf"|{_WORKERS_JOINED})", _I)
# The agency as the subject that collects, no scheme named: "toàn ngành BHXH tỉnh thu được
# 1.197.279 triệu đồng" is the money of every scheme it collects for.
# ("toàn ngành thu được 264.946,2 tỉ đồng" in a report of the social-insurance sector)
_AGENCY_COLLECTS = re.compile(
    r"(?:ngành|cơ quan)\s+(?:BHXH|bảo hiểm xã hội)(?!\w)[^;]{0,40}?\bthu\b"
    r"|(?<!\w)toàn ngành\s+(?:đã\s+)?thu(?:\s+được)?(?!\w)"
    # ("BHXH huyện Lạc Sơn thu được 38,4 tỷ đồng": a local agency collecting for every scheme)
    r"|(?<!\w)(?:BHXH|Bảo hiểm xã hội)\s+(?:tỉnh|huyện|thị xã|thành phố|quận|TP\.?)\s+"
    r"(?:(?-i:[A-ZĐ])\w*\s+){0,4}(?:đã\s+)?thu(?:\s+được)?(?!\w)", _I)
# A year that names a plan or a budget ("kế hoạch năm 2017", "dự toán năm 2019").
_PLAN_YEAR = re.compile(
    # (room for a body written out: "chỉ tiêu được Hội đồng nhân dân tỉnh giao năm 2020")
    r"(?<!\w)(?:kế hoạch|KH|chỉ tiêu|dự toán)(?:\s+[^\s\d,;.()]+){0,8}\s+$", _I)
_LABOUR_FORCE_AFTER = re.compile(rf"\s*{_LABOUR_FORCE}", _I)
# The labour force counted: "tổng số lực lượng lao động 557.152 người", "lực lượng lao động trong
# độ tuổi là 60.000 người".
_LABOUR_FORCE_COUNT = re.compile(
    rf"{_LABOUR_FORCE}(?:\s+trong độ tuổi)?(?:\s+(?:là|có|khoảng|gần|hơn|trên))*\s*:?\s*$", _I)
# A count that a change reached: "đã tăng lên 904 người", "giảm xuống còn 1.200 người".
# (a qualifier may stand before the figure: "đã tăng lên gần 500 người")
_FROM_BEFORE = re.compile(r"(?<!\w)từ\s*$", _I)
_MOVED_AFTER = re.compile(
    rf"\s*{COUNT_NOUN}?(?:\s*\(?\s*(?:vào\s+|trong\s+)?năm\s+\d{{4}}\s*\)?)?\s*,?\s*"
    r"(?:lên|xuống|thành|còn)(?!\w)", _I)
_RISEN = re.compile(
    r"(?:(?<!\w)(?:tăng|giảm)\s+(?:lên|xuống)(?:\s+còn)?|(?<!\w)giảm còn"
    # ("tăng từ 1.200 người (năm 2018) lên": the count it moved from, then where to)
    r"|(?<!\w)(?:tăng|giảm)\s+từ\s+\d[\d.,]*(?:\s+(?:[^\W\d_]+|\d{4}|[()]))*?\s+"
    r"(?:lên|xuống)(?:\s+còn)?)"
    rf"(?:\s+(?:{QUALIFIER_WORDS}))?"
    r"\s*$", _I)
# The yardstick first: "so với kế hoạch cả năm, thì chỉ tiêu BHYT đã đạt 93,6%, ...".
_PLAN_FIRST = re.compile(r"(?:^|,\s*)so với (?:kế hoạch|chỉ tiêu)[^;%\d]{0,40}?,\s*(?:thì\s+)?", _I)
# Workers that joined, named after a share: "45,3% lao động tham gia bảo hiểm xã hội".
_WORKERS_JOINED_AFTER = re.compile(rf"\s*{_WORKERS_JOINED}", _I)
_FORCE_JOINED_AFTER = re.compile(
    r"\s*(?:lực lượng lao động|LLLĐ)(?:\s+trong độ tuổi(?:\s+lao động)?)?\s+tham gia\s+", _I)
# The labour force as the subject that joined: "lực lượng lao động trong độ tuổi tham gia BHXH".
_WORKFORCE_JOINED = re.compile(
    r"(?<!\w)lực lượng lao động(?:\s+trong độ tuổi(?:\s+lao động)?)?\s+(?:đã\s+)?tham gia"
    r"[^;%\d]{0,60}$", _I)
# A whole number of indicators ("đạt 4 chỉ tiêu gồm", "đạt 3/4 chỉ tiêu"), not a share of a plan.
_INDICATORS = re.compile(r"\s*chỉ tiêu(?!\s+(?:kế hoạch|giao|được giao|đề ra|BHXH|BHYT)(?!\w))", _I)
# ("đạt tỷ lệ 8% trong tổng số dự toán được ... giao": of the budget estimate, as of a plan)
_PLAN_AFTER = re.compile(
    r"^\s*\)?\s*(?:so(?: với)?\s+|(?:trong|của)\s+(?=(?:tổng\s+)?(?:số\s+)?dự toán))?"
    r"(?:tổng\s+)?(?:số\s+)?(?:kế hoạch|KH|chỉ tiêu|dự toán)(?!\w)", _I)
# ("(đạt gần 102%)": a qualifier between the verb and the figure)
_REACHED = re.compile(rf"(?:^|[\s(,])đạt(?: được)?(?: {_RATE_WORD})?"
                      r"(?:\s+(?:gần|hơn|trên|khoảng|xấp xỉ))?\s*\(?\s*$", _I)
_CHANGE = re.compile(r"(?:tăng|giảm|tăng thêm|giảm còn|giảm xuống)(?:\s+\w+){0,2}\s*$", _I)
# A figure inside the quoted name of a model, a title or a campaign ('ra mắt mô hình "Tổ dân phố
# kiểu mẫu - 100% bao phủ BHYT"', 'danh hiệu "Xã 100% hộ gia đình tham gia BHYT"'): a name, not
# a level.
_IN_QUOTED_NAME = re.compile(
    r"(?<!\w)(?:mô hình|danh hiệu|phong trào|chương trình|cuộc thi|khẩu hiệu|chủ đề"
    r"|cuộc vận động|chiến dịch|giải thưởng|đề án|công nhận)\s*:?\s*\"[^\"]*$", _I)
# A difference, not a level: "tăng 11.006 người", "vượt 0,9% chỉ tiêu", "thấp hơn 5,25%",
# "tăng 65% với 9.939 người", "tăng so với cùng kỳ năm trước 23.536 người", "thêm 2.000 người".
_DIFFERENCE = re.compile(
    # ("vượt chỉ tiêu so với kế hoạch của tỉnh giao 0,04%": the excess over a quota, however long)
    r"(?<!\w)vượt\s+(?:chỉ tiêu|kế hoạch)(?:\s+(?:so với|của)\s+[^;%\d()]{0,40}?)?\s+giao"
    r"(?:\s+(?:là|khoảng|hơn|trên))?\s*$|"
    r"(?:(?<!\w)(?:tăng|giảm|thêm|vượt|hụt|thấp hơn|cao hơn|nhiều hơn|ít hơn)"
    # ("vượt chỉ tiêu giao 2,9%": the excess over a quota)
    r"(?:\s+(?:chỉ tiêu|kế hoạch)(?:\s+(?:được\s+)?giao)?)?"
    # ("cao hơn năm 2022 là 0,9%", "tăng so với cùng kỳ năm trước 1,2%"; not "tăng năm 2022 là
    # 90%, năm 2023 là 92%", levels)
    r"(?:\s+so với\s+(?:cùng kỳ\s+)?năm(?:\s+\d{4}|\s+trước|\s+ngoái)?"
    r"|(?<=hơn)\s+năm(?:\s+\d{4}|\s+trước|\s+ngoái))?"
    r"(?:\s+(?:thêm|được|hơn|gần|khoảng|trên|xấp xỉ|là))*"
    # ("thấp hơn 7% và 7,7% so với chỉ tiêu": each rate of a pair of gaps)
    r"(?:\s*[\d.,]+\s*%\s*(?:,|và)(?:\s+(?:gần|khoảng|trên|hơn))?)*"
    # ("tăng 4,48% so với năm 2019 - tương đương 50.454 người": the change as a count)
    r"|(?<!\w)(?:tăng|giảm)(?:\s+\S+){0,2}\s+[\d.,]+\s*%(?:\s+so với\s+[^;%]{0,25}?)?"
    r"\s*[-–,]?\s*(?:với|tương đương|tương ứng)"
    r"|(?<!\w)so(?:\s+với)?\s+(?:cùng kỳ|năm trước|năm \d{4})(?:\s+\S+){0,2}"
    # ("tăng so với cùng kỳ năm trước là 40.307 người": the change, its comparison first)
    r"|(?<!\w)(?:tăng|giảm)\s+so với\s+[^;,%\d]{0,30}?(?:\s+năm\s+\d{4})?\s+(?:là|được)"
    r"(?:\s+(?:gần|khoảng|trên|hơn))?"
    # ("số tiền tăng so với trước điều chỉnh 10 tỷ đồng": no verb before the change; not "tăng
    # so với năm 2020 lên 95%", the level it reached)
    r"|(?<!\w)(?:tăng|giảm)\s+so với\s+(?:(?!(?:lên|đạt|còn|xuống|thành)(?!\w))[^;,%\d]){1,30}?"
    r"(?:\s+năm\s+\d{4})?(?:\s+(?:gần|khoảng|trên|hơn))?"
    # ("đối tượng tăng trong quý là 3.358 người", "tăng mới trong tháng được 120 người": the
    # change within a period)
    r"|(?<!\w)(?:tăng|giảm)(?:\s+(?:thêm|mới))?\s+trong\s+(?:quý|tháng|năm|kỳ|đợt|tuần)"
    r"(?:\s+(?:này|qua|I{1,3}V?|IV|\d{1,2}))?(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?"
    r"\s+(?:là|được|có)(?:\s+(?:gần|khoảng|trên|hơn))?)\s*$", _I)
# Kinds of people, referred back to: "tổng số tiền đã thu ... của 02 đối tượng trên" (the two
# groups just counted), no count of people.
# (a few kinds only, and "trên" not "trên địa bàn": "1.250 đối tượng trên địa bàn", "3.500 đối
# tượng này tham gia" are people)
_KINDS_REFERRED = re.compile(
    r"\s*(?:nhóm\s+)?đối tượng\s+(?:nói trên|kể trên|trên(?!\s+(?:địa bàn|toàn|cả)))(?!\w)", _I)
# The share a change is of, in brackets after it: "giảm 39 người (6,22%)".
_CHANGE_SHARE = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+\S+){1,3}\s*\(\s*$", _I)
# The part of a count that paid through one channel ("trong đó có 34.387 người đóng qua hệ thống
# đại lý bưu điện"): no indicator is a channel.
_THROUGH_CHANNEL = re.compile(r"\s*người\s+(?:đóng|tham gia|mua(?:\s+thẻ)?)\s+qua(?!\w)", _I)
# A quota of NEW participants ("giao chỉ tiêu phát triển đối tượng tham gia BHXH tự nguyện 735
# người"): an increase to reach, not a stock or a coverage target (as data/heldout9's h9_06).
_NEW_QUOTA = re.compile(
    r"(?<!\w)chỉ tiêu phát triển(?:\s+mới)?(?:\s+(?:đối tượng|người))?[^;%\d]{0,60}$", _I)
# The overrun of a budget, not spending: "vượt dự toán giao 9 tháng đầu năm 74,4 tỷ đồng",
# "Vượt dự toán chi khám, chữa bệnh BHYT hơn 74 tỷ đồng", "vượt trần thanh toán 12 tỷ".
# ("bội chi hơn 10.000 tỷ đồng", "bội chi quỹ trên 200 tỷ": a deficit, not what was spent)
_OVERRUN = re.compile(
    r"(?<!\w)(?:vượt\s+(?:dự toán|trần|quỹ|tổng mức)|bội chi)"
    r"(?:(?!\b(?:đạt|là|với|tổng|bằng)\b)[^;%])*$", _I)
# Units that a percentage can be a threshold or a tally of ("10/17 xã đạt tỷ lệ ... 85% trở lên").
_UNITS = (r"(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|trường(?:\s+học)?|đơn vị|địa phương"
          r"|doanh nghiệp|ấp|thôn|khóm|khu phố|tổ dân phố|cơ sở)")
_THRESHOLD_AFTER = re.compile(
    rf"\s*(?:trở lên|trở xuống|như\s*:|gồm(?!\w)|là\s+\d+\s+{_UNITS}|(?:đến|-)\s*[\d.,]+\s*%)", _I)
_UNITS_LISTED_AFTER = re.compile(r"\s*(?:như\s*:|gồm)", _I)
# ("Năm 2020 huyện đạt 90,6%": a year, then the unit as subject, is no count of units)
_UNIT_SUBJECT = re.compile(
    # ("7 phường xã": two unit words written side by side count units of either kind)
    rf"(?<![\d.,/])(?<!năm )\d+(?:/\d+)?\s+(?:các\s+)?{_UNITS}(?:\s*,?\s*{_UNITS})*\s+"
    # "35 trường tỷ lệ học sinh tham gia đạt 100%", "35 trường ở Chợ Mới đạt": the units' own
    # rate, or where they are, before the verb
    # ("8 trường của 2 huyện Hưng Hà và Thái Thụy đạt 100% số học sinh ...": whose they are)
    rf"(?:(?:{_RATE_WORD}|ở|tại|trên địa bàn)(?!\w)[^,;%\d]{{0,40}}?\s|của\s+[^,;%]{{0,60}}?\s)?"
    r"(?:đã\s+|đều\s+)?"
    r"(?:đạt|được|có)(?!\w)", _I)
# A count over a total written out: "1.492 người/tổng số 2.174 người dân".
_OVER_TOTAL = re.compile(r"(?<!\w)tổng\s+số(?!\w)", _I)
# Every unit as the subject: "Phấn đấu mỗi xã có ít nhất 30 người tham gia BHXH tự nguyện",
# "từng trường đạt 100%": a quota or level of each unit, not of the area the sentence is about.
# ("giao cụ thể cho từng huyện ... gồm: lao động ... trên 40.500 người" is a total shared out)
_EACH_UNIT = re.compile(
    rf"(?<!\w)(?<!cho )(?:mỗi|từng)\s+(?:{_UNITS}|bản|buôn|làng|chi hội|cơ quan)(?!\w)"
    r"[^;%\d]{0,80}$", _I)
# Unnamed units as a subject: "các phường khu vực trung tâm phải đạt 95%" is about some wards.
_PLURAL_UNITS = re.compile(
    r"(?<!\w)(?:các|một số|những|nhiều)\s+(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố"
    r"|ấp|thôn|khóm|bản|khu phố|tổ dân phố|trường|địa phương|cơ sở giáo dục)(?!\w)", _I)
# Phrases of a clause; "các xã, phường phải đạt ..." is one phrase (the comma joins unit words, as
# in "nhiều địa phương, trường học đã sớm đạt ...").
_SEGMENTS = re.compile(r",\s(?!(?:xã|phường|thị trấn|thôn|ấp|khóm|trường)(?!\w))|;", _I)
_CAPITAL = UPPERCASE
# A named unit joined to the plural ones as one subject: "quận Ngũ Hành Sơn và khối các trường
# đại học ... đều đạt hơn 99%" (the unit's rate; the schools are no unit of the area).
_UNIT_AND_OTHERS = re.compile(
    rf"(?:^|[,;:])\s*(?i:{_UNITS})\s+[{_CAPITAL}][^,;%\d]{{0,30}}?\s+và\s+(?:khối\s+)?$")
# (the unit word may open an item of a list: "... như: Xã Lương Tâm (đạt 59,3%)")
_NAMED_UNIT = re.compile(rf"(?<!\w)(?i:{_UNITS})\s+(?=[{_CAPITAL}])")
# Units whose rate the sentence gives, after a sentence about insurance: "2 xã có tỷ lệ đạt thấp
# là: ...", "Các phường có tỷ lệ cao nhất là ..." (the rate of the sentence before).
_UNITS_RATE = re.compile(
    rf"(?:\d+|các|một số|những|nhiều)\s+{_UNITS}(?!\w)[^.;%\d]{{0,40}}?{_RATE_WORD}(?!\w)", _I)
# Units counted, then named: "2 xã có tỷ lệ thấp là: Tân An (75%) và Tân Bình (76%)".
_UNITS_NAMED = re.compile(rf"(?:(?<!\w)(?:là|như|gồm)\s*:?|:|\()\s*(?=[{_CAPITAL}])")
# A school named as the subject of its clause.
_SCHOOL_SUBJECT = re.compile(rf"\s*Trường\s+(?!hợp(?!\w))[{_CAPITAL}]")
# Not a share of people: satisfaction surveys, criteria thresholds.
# (whole words: "chỉ tiêu Chính phủ giao" holds no "tiêu chí")
_OTHER_RATE = re.compile(r"(?<!\w)(?:hài lòng|tiêu chí)(?!\w)", _I)
# A criterion a unit must meet to be certified ("tiêu chí ... tỷ lệ người dân tham gia BHYT phải
# đạt từ 85% trở lên", "xã đạt chuẩn nông thôn mới phải có ..."): a threshold, no one's level.
_CRITERION = re.compile(r"(?<!\w)(?:tiêu chí|đạt chuẩn|bộ chuẩn)(?!\w)", _I)
# A share of the participants, not of the population: "chiếm 11,45% tổng số người tham gia",
# "(41,4%) trong số tổng người tham gia BHYT".
_SHARE_OF_PARTICIPANTS = re.compile(
    # ("chiếm 17,4% tổng số lao động tham gia bảo hiểm xã hội bắt buộc")
    r"\s*\)?\s*(?:trong\s+)?(?:tổng\s+(?:số\s+)?|số\s+(?:tổng\s+)?)(?:người|đối tượng|thẻ"
    r"|lao động|người lao động)(?:\s+\S+)?\s+(?:tham gia|có thẻ)"
    # (not the labour force: "tổng số lao động tham gia hoạt động kinh tế")
    r"(?!\s+(?:hoạt động|thị trường|lao động|làm việc|sản xuất))", _I)
# A share of employers, facilities or records, not of people: "Giao dịch điện tử về BHXH, BHYT
# đạt 100% số đơn vị, doanh nghiệp", "95% hồ sơ được giải quyết đúng hạn".
_SHARE_OF_UNITS = re.compile(
    r"\s*(?:tổng\s+)?(?:số\s+)?(?:các\s+)?(?:đơn vị|doanh nghiệp|DN|cơ sở|hồ sơ|thủ tục"
    r"|trường học)(?!\w)", _I)
# A share of the contribution or of costs, not of people: "ngân sách hỗ trợ 70% mức đóng BHYT",
# "được thanh toán 80% chi phí khám chữa bệnh".
_SHARE_OF_CONTRIBUTION = re.compile(
    r"\s*(?:của\s+)?(?:mức đóng|mức phí|mệnh giá|chi phí|số tiền|kinh phí|mức hưởng)(?!\w)", _I)
# ... and a share supported: "hỗ trợ 100% BHYT cho người dân tộc thiểu số", "hỗ trợ thêm 20%".
_SUPPORT_LEVEL_BEFORE = re.compile(
    r"(?<!\w)hỗ trợ(?:\s+(?:thêm|tối thiểu|tối đa|khoảng|mức|đến|tới))?\s*$", _I)
# ("Nhờ chính sách hỗ trợ 100% người dân tộc thiểu số ở huyện A đã có thẻ BHYT": their share)
_HOLDS_CARD_AFTER = re.compile(r"[^,;.]{0,60}?(?<!\w)(?:đã|đều)\s+(?:có thẻ|tham gia)(?!\w)", _I)
# The rate a figure is of, as the text names it: the words after its last "tỷ lệ".
_RATE_NOUN = re.compile(rf"{_RATE_WORD}\s+", _I)
# A rate named with its own subject ("tỷ lệ bao phủ BHYT toàn huyện", "tỷ lệ người dân tham gia").
_OWN_RATE = re.compile(rf"{_RATE_WORD}\s+(?:bao phủ|tham gia|người|của)(?!\w)", _I)
# Renewal of lapsed cards ("tỷ lệ đóng nối", "tái tục"), not coverage.
_RENEWAL = re.compile(r"(?:đóng nối|tái tục|gia hạn|đóng tiếp)(?!\w)", _I)
# Arrears as the rate's subject: "tỷ lệ nợ", "tỷ lệ chậm đóng", "tỷ lệ nợ đọng BHXH".
_ARREARS_RATE = re.compile(r"\s*(?:số\s+)?(?:nợ|chậm đóng|trốn đóng|nợ đọng|nợ đóng|thu nợ)(?!\w)",
                           _I)
# Where the rate's own noun phrase ends: its verb or copula.
_RATE_VERB = re.compile(
    r"\s(?:đạt|là|chiếm|ở mức|còn|giảm|tăng|lên|xuống|bằng)(?!\w)|:", _I)
# Rates of other things than insurance that share these articles' sentences (health, poverty,
# new-countryside criteria): "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng ... 13,9%".
_BUDGET_USE = re.compile(r"\s*(?:sử dụng|giải ngân)\s+(?:dự toán|quỹ|kinh phí)(?!\w)", _I)
_OTHER_TOPIC = re.compile(
    r"suy dinh dưỡng|tử vong|tiêm chủng|nước sạch|hợp vệ sinh|qua đào tạo|thất nghiệp"
    r"|sinh con thứ|giới tính khi sinh|che phủ rừng|hộ dùng điện|sử dụng điện|đô thị hóa"
    r"|quản lý sức khỏe|hồ sơ sức khỏe|sổ (?:khám chữa bệnh|sức khỏe) điện tử|từ xa"
    # the agency's service indicators: "tỷ lệ giao dịch điện tử đạt 100%", "mức độ hài lòng"
    r"|giao dịch điện tử|dịch vụ công|hài lòng|thủ tục hành chính|không dùng tiền mặt"
    # school attendance: "tỷ lệ trẻ em trong độ tuổi đến trường đạt 100%"
    r"|đến trường|đi học|nhập học|ra lớp|phổ cập"
    # public investment and titles in a list of a unit's targets: "tỷ lệ giải ngân vốn đầu tư
    # công phấn đấu đạt 100% kế hoạch giao", "tỷ lệ gia đình văn hóa đạt 95%"
    r"|giải ngân|đầu tư công|văn h(?:óa|oá)", _I)
_SCHEME_REACHES = re.compile(rf"{_SCHEME_REACHED}\s+(?:đạt|là)\s*$", _I)
_EARLIER_SHARE = re.compile(r"\d\s*%\s*(?:,|và\s)")
# Certified to a standard or given a title.
_CERTIFIED = r"đạt (?:danh hiệu|chuẩn|tiêu chuẩn)|được công nhận"
# Units certified to a standard or given a title, as a rate's subject: "tỷ lệ trường đạt chuẩn
# quốc gia đạt 90%", "tỷ lệ xã được công nhận đạt chuẩn nông thôn mới".
_CERTIFIED_UNITS = re.compile(
    r"\s*(?:(?:các|số)\s+)?(?:trường|xã|thôn|bản|ấp|khu dân cư|tổ dân phố|cơ quan|hộ|gia đình)"
    rf"[^,;%\d]{{0,20}}?\s(?:{_CERTIFIED})(?!\w)", _I)
# ... and the administration's records, named first ("Tỷ lệ số hóa hồ sơ khi tiếp nhận ... đạt trên
# 98%"; not "tỷ lệ dân số tham gia theo dữ liệu dân cư đã được số hóa")
_RECORDS_SUBJECT = re.compile(r"\s*(?:số hóa|hồ sơ|thủ tục|giải quyết hồ sơ)(?!\w)", _I)
# A share of care, not of people covered: "tỷ lệ người dân khám chữa bệnh BHYT đạt 95%",
# "93% số bệnh nhân ... sử dụng thẻ" (the rate's own noun phrase names the care or the patients).
_CARE_SHARE = re.compile(
    rf"{_RATE_WORD}(?:\s+(?:người|người dân|bệnh nhân|lượt))?\s+(?:khám|KCB|điều trị|sử dụng thẻ)"
    r"[^,;%]{0,40}$", _I)
# A fund other than insurance's: "quỹ đền ơn đáp nghĩa", 'quỹ "Ngày vì người nghèo"'.
_OTHER_FUND = re.compile(r"(?<!\w)quỹ\s+(?!(?:BHYT|BHXH|BHTN|bảo hiểm|khám|KCB|hưu)(?!\w))", _I)
# A rate right after a sum: "..., đạt 64,4%", "(bằng 98%)".
_RATE_OF_SUM = re.compile(
    r"[\s,(]*(?:đạt|bằng)(?:\s+(?:tỷ lệ|tỉ lệ))?(?:\s+(?:gần|hơn|trên|khoảng))?\s*", _I)
_TOTAL_COST = re.compile(r"(?<!\w)tổng chi phí(?!\w)[^;,%\d]{0,60}$", _I)
_FUND_PART_AFTER = re.compile(r"[^;.\d]{0,20}?\btrong đó\s*,?\s*(?:quỹ|BHYT|BHXH)[^;.\d]{0,40}?"
                              r"(?:thanh toán|chi trả|chi)(?!\w)", _I)
# Money owed ("nợ", "chậm đóng"), not money collected from arrears ("thu nợ", "thu hồi nợ") or
# as interest on them ("thu lãi chậm đóng").
# ... owing as the predicate right before the sum ("khối hành chính - sự nghiệp nợ lên tới 14 tỷ
# đồng"), not a part counted in ("thu ... (tính cả thu nợ chậm đóng) đạt 1.250 tỷ đồng").
_OWED = re.compile(
    r"(?<!\w)(?<!thu )(?<!hồi )(?<!lãi )(?<!cả )(?<!gồm )(?:còn\s+)?(?:nợ|chậm đóng|trốn đóng)"
    r"(?:\s+đọng)?(?:\s+(?:lên tới|lên đến|tới|là|khoảng|gần|hơn|trên))*\s*$", _I)
# A public budget's or taxes' money, not a fund's: "thu ngân sách", "chi ngân sách", "thu thuế".
_PUBLIC_MONEY = re.compile(
    r"(?<!\w)(?:thu|chi)\s+(?:ngân sách|NSNN|thuế)(?!\w)(?![^,;]*(?:BHYT|BHXH|bảo hiểm))", _I)
_INSURANCE_NAMED = re.compile(r"BHYT|BHXH|BHTN|bảo hiểm|bao phủ|thẻ", _I)
# The uninsured as the subject counted: "số người lao động trên địa bàn huyện chưa tham gia BHXH
# còn lớn, khoảng 100 nghìn người".
_FOR_CLASS_OF_UNITS = re.compile(
    r"\s*%?\s*(?:đối với|với)\s+(?:các\s+|mỗi\s+|những\s+)?(?:xã|phường|thị trấn|huyện|thôn|đơn vị)"
    r"(?!\w)(?!\s*(?-i:[A-ZĐ\d]))", _I)
_UNINSURED_SUBJECT = re.compile(
    r"(?<!\w)số\s+[^;%\d]{0,60}?(?<!\w)chưa\s+(?:được\s+)?(?:tham gia|có thẻ)(?!\w)"
    r"[^;%\d]{0,60}$", _I)
# A rate right after a count of the uninsured: "274 em chưa tham gia, tương ứng tỷ lệ 0,08%".
# ("hơn 8.700 người dân tộc thiểu số chưa mua bảo hiểm y tế (chiếm 62%)")
_UNINSURED_COUNT_THEN = re.compile(
    r"\s*[^\W\d_]*(?:\s+[^\W\d_]+){0,5}\s+(?:chưa\s+(?:được\s+)?(?:tham gia|có thẻ|mua)(?!\w)"
    r"|có\s+thẻ(?:\s+BHYT|\s+bảo hiểm y tế)?\s+(?:đã\s+)?hết hạn)[^%\d;]{0,50}?"
    # (linked to the count: "..., tương ứng tỷ lệ", "(chiếm"; not "..., tỷ lệ bao phủ đạt")
    r"(?:tương ứng|chiếm|\(\s*(?:đạt|chiếm|bằng)?)(?:\s+(?:với\s+)?(?:t[ỷỉ] lệ))?\s*$", _I)
# Those enrolled under another group: "43.800 em tham gia theo đối tượng khác".
_OTHER_CATEGORY_AFTER = re.compile(
    r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:tham gia|có thẻ)(?:\s+(?:BHYT|bảo hiểm y tế))?\s+theo"
    r"\s+(?:các\s+)?(?:đối tượng|nhóm|diện)\s+khác(?!\w)", _I)
# ("12.262 người dân có thẻ BHYT hết hạn sử dụng chưa đáo hạn lại": lapsed cards)
_UNINSURED_AFTER = re.compile(
    r"chưa (?:được )?(?:tham gia|có thẻ|được cấp|cấp|mua|đóng)"
    r"|thẻ(?: BHYT| bảo hiểm y tế)? (?:đã )?hết hạn", _I)
# A cause given after a figure: "giảm còn 93,8% do nhiều thẻ hết hạn" (the rate, its cause).
_CAUSE_AFTER = re.compile(r"\s*%?\s*,?\s*(?:do|vì|bởi|bởi vì|là do)\s", _I)
# The figure's own predicate a negation: "300/321 học sinh không còn được cấp thẻ BHYT", "15 hộ
# không mua thẻ" (not a later clause, "82.000 người, không tham gia là 3.100 người", nor people
# still insured another way, "... không còn được cấp thẻ miễn phí nhưng vẫn tham gia BHYT").
_NOT_INSURED_AFTER = re.compile(
    # ("hơn 8.600 lượt trẻ em trong tỉnh khám, chữa bệnh không có thẻ BHYT": "khám, chữa" is one)
    r"(?:[^,;.()\d]|,(?=\s*chữa))"
    r"{0,50}?(?<!\w)không\s+(?:còn\s+)?(?:được\s+)?(?:tham gia|có thẻ|cấp thẻ|mua thẻ"
    r"|mua BHYT)(?![^,;.]*(?<!\w)(?:vẫn|nhưng)(?!\w))", _I)
# People who have to buy a card themselves ("xã A có khoảng 5.504 người phải mua BHYT"): the
# pool to be won over, no count of the insured.
_MUST_JOIN_AFTER = re.compile(
    r"[^,;.()\d]{0,30}?(?<!\w)phải\s+(?:tự\s+)?(?:mua|tham gia|đóng)(?:\s+thẻ)?\s+(?:BHYT|BHXH"
    r"|bảo hiểm)", _I)
# (but "Theo chỉ tiêu tỉnh giao, ... có 68.500 người phải tham gia BHYT" is a quota, an aim)
_PLAN_OR_AIM = re.compile(r"(?<!\w)(?:chỉ tiêu|kế hoạch|phấn đấu|mục tiêu|được giao)(?!\w)", _I)
_EQUIVALENT_AFTER = re.compile(r"(?<!\w)tương (?:đương|ứng)(?!\w)", _I)
_GAP_IN_BRACKETS = re.compile(
    r"(?<!\w)(?:còn\s+)?thiếu\s+(?:khoảng\s+)?[\d.,]+\s*%?\s*\(\s*(?:khoảng|gần|hơn|trên)?\s*$", _I)
# ("xuống còn 82,7%", "giảm còn": the level it fell to, not a rest)
_REMAINING = re.compile(
    r"(?<!\w)(?<!xuống )(?<!giảm )còn(?:\s+(?:lại|khoảng|hơn|gần|trên|xấp xỉ))*\s*$", _I)
# People still to be enrolled to reach a plan: "Số người cần phát triển để đạt kế hoạch ... là
# 24.515 người", "số người còn phải vận động": no level of anything; nor "từ nay đến cuối năm
# phải có 123.350 người tham gia" (the gap to the plan in the time left).
_STILL_NEEDED = re.compile(
    r"(?<!\w)(?:còn\s+phải\s+(?:phát triển|vận động|tăng|khai thác)(?!\w)"
    r"|cần(?:\s+phải)?\s+(?:phát triển|vận động|tăng|khai thác)(?:\s+thêm(?!\w)"
    r"|(?:\s+thêm)?\s+(?:để|nhằm)\s+(?:đạt|hoàn thành)(?!\w)))[^;%\d]*$"
    r"|(?<!\w)từ nay(?!\w)[^;.%\d]{0,60}?(?<!\w)(?:cần|phải)(?:\s+(?:có|phát triển|vận động))?"
    r"(?:\s+thêm)?(?:\s+(?:hơn|trên|khoảng|gần))?\s*$", _I)
# Newly enrolled in a period, an increase rather than a level: "khai thác mới 42 đơn vị với 111
# lao động tham gia", "phát triển mới 1.250 người".
_NEWLY = re.compile(r"(?<!\w)(?:khai thác|phát triển|tăng)\s+mới(?!\w)[^;%]{0,50}$", _I)
# ... also people won over by a campaign ("đã vận động được 1.074 người tham gia", "vận động thêm
# được 50 người"), people who "tham gia mới" and counts of a clause about them ("xét về số người
# tham gia mới ..., huyện A dẫn đầu với 318 người").
# ("phấn đấu ... vận động 2.210 người tham gia": people to win over, a quota of new joiners)
# ("chỉ trong ngày 8-5, đã phát triển được 22.306 người tham gia": enrolled that day; but
# "năm 2022, toàn tỉnh phát triển hơn 1,760 triệu người tham gia" is the level to reach)
_WON_OVER = re.compile(
    # ("đã vận động thành công 4 ngư dân tham gia")
    r"(?<!\w)(?:vận động(?:\s+(?:thêm|mới|tăng mới|tham gia))?\s+"
    r"(?:được\s+|thành công\s+(?:được\s+)?)?"
    r"|phát triển(?:\s+(?:thêm|mới|tăng mới))?\s+được\s+)"
    r"(?:(?:hơn|trên|gần|khoảng)\s+)?$", _I)
# ... and the next item of their list: "sẽ vận động tham gia 1.160 tham gia BHXH tự nguyện và 3.135
# người tham gia BHYT hộ gia đình"
_WON_OVER_LIST = re.compile(
    r"(?<!\w)vận động(?:\s+(?:thêm|mới|tham gia))?\s+(?:được\s+)?(?:(?:hơn|trên|gần|khoảng)\s+)?"
    r"\d[\d.,]*(?!\s*(?:lần|buổi|cuộc|đợt|tháng|năm|ngày|quý)(?!\w))[^;%\d]{0,60}?\s(?:và|,)\s*"
    r"(?:(?:hơn|trên|gần|khoảng)\s+)?$", _I)
# People an event drew into a scheme: "hội nghị ... thu hút lần lượt gần 450 và 300 người tham gia
# BHXH tự nguyện ngay tại hội nghị" (enrolled there; drawn to attend, "thu hút 320 đoàn viên
# tham gia", they are its audience).
_DRAWN_IN = re.compile(r"(?<!\w)thu hút(?:\s+được)?(?:\s+lần lượt)?\s+"
                       r"(?:(?:hơn|trên|gần|khoảng)\s+)?(?:[\d.,]+\s+(?:và|,)\s+)?"
                       r"(?:(?:hơn|trên|gần|khoảng)\s+)?$", _I)
_JOINS_SCHEME = re.compile(r"\s*[^\d,;]{0,30}?tham gia\s+(?:BHXH|BHYT|BHTN|bảo hiểm)", _I)
# "có 32 người chọn tham gia BHXH tự nguyện tại chỗ", "... đăng ký tham gia ngay tại hội nghị":
# joined at the meeting, a flow
_ON_THE_SPOT = re.compile(
    r"^[^;.\d]{0,60}?(?<!\w)(?:(?<!lao động )(?<!làm việc )(?<!việc làm )(?P<spot>tại chỗ)"
    r"|ngay tại (?:hội nghị|buổi|lễ|cuộc))(?!\w)", _I)
# ... "tại chỗ" so only where the clause speaks of a meeting (not "lao động tại chỗ", local work)
_EVENT_WORD = re.compile(r"(?<!\w)(?:buổi|hội nghị|tuyên truyền|đối thoại|ra quân|sự kiện)(?!\w)",
                         _I)
# "Hơn 75.600 người tham gia BHXH trong ngày ra quân": joined in one day, a flow
_ONE_DAY = re.compile(r"^[^;.\d]{0,50}?(?<!\w)(?:chỉ\s+)?trong\s+(?:một\s+)?ngày(?!\s*\d)(?!\w)", _I)
# ("hơn một triệu lao động tăng mới": new workers, not people insured; "gần 2.000 người đăng ký
# tham gia" in five months: new registrations)
_JOINED_NEW = re.compile(
    r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:tham gia|tăng|khai thác|phát triển)\s+mới(?!\w)"
    r"|^\s*người(?:\s+dân)?\s+đăng ký\s+tham gia(?!\w)"
    # ("hơn 200 người cho biết sẽ tham gia sau đó": an intention, no one insured yet)
    r"|^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s+(?:cho biết\s+|hứa\s+|cam kết\s+)?sẽ\s+"
    r"tham gia(?!\w)", _I)
# ("trong đó đối tượng tham gia mới là 268 người": the new ones named right before their count)
_NEW_SUBJECT = re.compile(
    r"(?<!\w)số\s+(?:người|lao động|đối tượng)\s+tham gia\s+mới(?!\w)"
    r"|(?<!\w)(?:người|lao động|đối tượng)\s+tham gia\s+mới\s*(?:là|:|có)?"
    r"(?:\s+(?:hơn|trên|gần|khoảng))?\s*$", _I)
# Everyone else of a breakdown, no group of its own: "nhóm đối tượng khác có 84.722 người".
_OTHERS = re.compile(
    r"(?<!\w)(?:nhóm|đối tượng|thành phần)(?:\s+\w+)?\s+khác(?!\w)[^;%\d]{0,25}$", _I)
# A count's share: ", chiếm 27,92%" right after it.
_SHARE_OF_COUNT = re.compile(
    # (a scheme written out, "thẻ bảo hiểm y tế", is no longer than its "BHYT")
    rf"\s*(?:(?:ngàn|nghìn|triệu)\s+)?{COUNT_NOUN}(?!\w)(?:\s+{_SCHEME_WORDS})?"
    rf"[^;%\d]{{0,30}}?[,(]\s*chiếm"
    r"(?:\s+(?:gần|hơn|trên|khoảng|xấp xỉ))?\s*", _I)
# The next item of a list of such figures: "Nông Sơn còn 5.505 người, Hội An 3.216 người".
# (not a clause with a verb of its own: "tăng 12,6% và đã chi 1.156 tỷ đồng" spends money)
_BRACKET_REACH = re.compile(
    r"[^()%\d;]{0,60}\(\s*(?:đạt|bằng)(?:\s+(?:gần|hơn|trên|khoảng))?\s*", _I)
# A count's share in brackets right after it: "79,69 triệu người (85%)", "(đạt 92%)".
_COUNT_THEN_SHARE = re.compile(r"\s*(?:người|em)?\s*\(\s*(?:(?:đạt|bằng|chiếm)\s+)?"
                               r"(?:(?:gần|hơn|trên|khoảng)\s+)?", _I)
_SHARE_IN_BRACKETS_AFTER = re.compile(r"\s*(?:người|em)?\s*\(\s*(?:(?:đạt|bằng|chiếm)\s+)?"
                                      r"(?:(?:gần|hơn|trên|khoảng)\s+)?[\d.,]+\s*%", _I)
_PREDICATE_BEFORE = re.compile(
    r"(?<!\w)(?:là|đạt|có)(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*$", _I)
_COVERAGE_NOUN = re.compile(r"(?<!\w)(?:tỷ lệ|tỉ lệ|độ)\s+bao phủ(?!\w)", _I)
_NEXT_CHANGE = re.compile(
    rf"\s*{COUNT_NOUN}?\s*so với[^;%\d]{{0,30}}(?:\d{{1,2}}/)?(?:\d{{4}})?"
    r"\s*(?:,|và|,\s*và)\s*", _I)
_MONEY_JUST_BEFORE = re.compile(r"(?<!\w)đồng\s*,?\s*\(?\s*(?:đạt|bằng)\s*$", _I)
_SHARE_IN_BRACKETS = re.compile(
    rf"\s*{COUNT_NOUN}?\s*\(\s*(?:tương đương|tương ứng|bằng|tăng|giảm)?\s*", _I)
_NEXT_ITEM = re.compile(
    rf"\s*{COUNT_NOUN}?\s*(?:,|;|và|,\s*và)\s*"
    r"(?!(?:đã\s+|đồng thời\s+)?(?:chi|thu)(?!\w))"
    # ("tăng trong quý là 390 người và tổng số tiền đã thu trên 2,15 tỷ đồng": money, a new item)
    r"(?!(?:tổng\s+)?(?:số\s+)?tiền(?!\w))"
    rf"[^\W\d_][^\d,;:%()]{{0,40}}")
# ... or the next count of a coordination sharing its verb: "vận động được 50 người tham gia BHXH
# tự nguyện và 97 người tham gia BHYT".
# ("phát triển được 4.693 BHYT và 106 người tham gia BHXH tự nguyện": the scheme as the noun)
_NEXT_COUNT = re.compile(
    rf"\s*(?:{COUNT_NOUN}\s+tham gia[^\d,;:%()]{{0,40}}?"
    rf"|(?:thẻ\s+)?(?:BHYT|BHXH|BHTN|{_SCHEME_WORDS})(?:\s+tự nguyện)?)\s*(?:,|và|,\s*và)\s*", _I)
# "5.000 người tham gia lần đầu, nâng tổng số lên 132.000 người": the first is the increment.
_RAISED_TO = re.compile(r",\s*nâng(?!\w)", _I)
_RAISED_RATE = re.compile(rf"[^,;%\d]{{0,40}}?,\s*nâng\s+(?:{_RATE_WORD}|độ bao phủ)", _I)
_RAISED_TOTAL = re.compile(
    r"(?<!\w)nâng tổng số(?:\s+người)?\s+(?:tham gia|có thẻ)[^;%\d]{0,50}?\s(?:lên|là)"
    r"(?:\s+(?:khoảng|trên|hơn|gần|xấp xỉ))?\s*$", _I)
# "thu BHXH, BHYT đạt 100% kế hoạch": revenue collection, not enrolment.
_COLLECTION = re.compile(r"(?<!\w)(?:thu|số thu|thu nộp)(?!\w)(?!\s+(?:hút|nhập|thập|hồi|gom|hoạch))", _I)
# The target of the rate just stated, in parentheses: "so với kế hoạch (81%)".
# Units that completed their plan, each with its figure in brackets after its name.
_PLAN_DONE = re.compile(
    rf"(?:hoàn thành|vượt)\s+(?:chỉ tiêu|kế hoạch)(?!\s+(?:{_RATE_WORD}|bao phủ))", _I)
_OWN_FIGURE = re.compile(r"(?:^|[,;]|là|như|gồm)\s*[^\W\d_][^\d,;:%()]{0,40}\(\s*$", _I)
# The whole of a group named after a share: "65% tổng số SV", "98% số học sinh".
_GROUP_WHOLE_AFTER = re.compile(r"\s*(?:tổng\s+)?số\s+(?=\S)", _I)
_BRACKET_OPEN = re.compile(r"\(\s*(?:đạt|chiếm|bằng)?\s*$", _I)
_RATE_THEN_PLAN = re.compile(r"\s*%?\s*,\s*(?:và\s+)?(?:đạt|bằng)\s+(?:gần|hơn|trên|khoảng)?\s*")
# An item with a verb of its own: "...; 5.000 học sinh đã có thẻ BHYT, đạt 100%".
_OWN_VERB = re.compile(r"(?<!\w)(?:đã|đạt|có thẻ|chiếm)(?!\w)", _I)
# A new item of a list after a figure: "... 2.251 người và phường Mỹ Hòa: ", "...; Bình Đức đạt".
_NEW_ITEM = re.compile(
    rf"\d[^;%]*?(?:;|,|\svà)\s+(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+)?"
    rf"(?-i:[{UPPERCASE}])[^\W\d_]*[^,;]{{0,30}}?(?::|\s+đạt)", _I)
_QUOTA_SLASH = re.compile(r"\s*%?\s*/\s*")
_GOAL_IN_PARENS = re.compile(
    r"\s*%?\s*\(\s*(?:chỉ tiêu|mục tiêu)(?:\s+(?:được\s+)?(?:giao|đề ra))?\s*:?\s*(?:là\s+)?", _I)
# (a change in points, "nay giảm 12,14 theo đó tỷ lệ bao phủ ...": not one of people, "tăng 320
# người ... nhưng tỷ lệ bao phủ mới chỉ đạt 12%", which leaves the share one of a plan)
_COVERAGE_MOVES_AFTER = re.compile(
    r"\s*%?[^.;%]{0,40}?(?<!\w)(?:giảm|tăng)\s+[\d.,]+(?!\s*(?:người|lượt|hộ|%|đơn vị))"
    r"[^.;%]{0,40}?(?<!\w)(?:tỷ lệ|tỉ lệ) bao phủ(?!\w)", _I)
_PLAN_NAMED = re.compile(r"(?<!\w)(?:kế hoạch|KH)(?!\w)", _I)
_PLAN_AFTER_GOAL = re.compile(r"[^()]{0,10}\)\s*(?:so với\s+)?(?:kế hoạch|KH)(?!\w)", _I)
# A level's own goal in brackets after it: "đạt 17,4% (chỉ tiêu 22,4%)", "(mục tiêu: 95%)".
_OWN_GOAL_AFTER = re.compile(
    r"\s*%?\s*\(\s*(?:chỉ tiêu|mục tiêu)(?:\s+(?:được\s+)?(?:giao|đề ra))?\s*:?\s*(?:là\s+)?"
    r"[\d.,]+\s*%", _I)
_PLAN_IN_PARENS = re.compile(r"(?:kế hoạch|chỉ tiêu)[^;]*\(\s*$"
                             # ("đạt 92,1% ... (UBND TP giao 90%)": the quota a giver set)
                             r"|\(\s*[^()%\d;]{0,40}?(?<!\w)giao\s*:?\s*(?:là\s+)?$", _I)
# A sentence opening on the aim of reaching the plan: "Để đạt được kế hoạch Thủ tướng giao (".
# A sentence of a list of aims that opens on its verb: "Hoàn thành các chỉ tiêu ...".
_AIM_ITEM = re.compile(
    r"\s*(?:[-+•]\s*)?(?:hoàn thành|phấn đấu|duy trì|giữ vững|bảo đảm|đảm bảo|nâng cao|tăng cường"
    r"|tiếp tục)(?!\w)", _I)
_STRIVE = re.compile(r"(?<!\w)phấn đấu(?!\w)", _I)
_TARGETS_ANNOUNCED = re.compile(
    r"(?<!\w)(?:chỉ tiêu|mục tiêu|nhiệm vụ)(?:\s+[^\s:;,.]+){0,3}\s*:", _I)
# An item of a list of aims: a rate or a figure as the subject, or an aim verb ("Tỷ lệ bao phủ BHYT
# đạt trên 99% dân số"; not "Tuy nhiên, ...", not "Toàn huyện có 45.000 người ...").
_AIM_LIST_ITEM = re.compile(
    r"\s*(?:[-+•]\s*)?(?:t[ỷỉ] lệ|\d|hoàn thành|phấn đấu|duy trì|giữ vững|bảo đảm|đảm bảo"
    r"|nâng cao|tăng cường|tiếp tục)(?!\w)", _I)
# "chỉ đạt", "mới đạt": a level reached, short of an aim
_REACHED_ONLY = re.compile(r"(?<!\w)(?:chỉ|mới)(?:\s+mới)?\s+đạt(?!\w)", _I)
_AIM_AT_PLAN = re.compile(
    r"\s*(?:để|nhằm)\s+(?:đạt|hoàn thành)(?:\s+được)?\s+(?:kế hoạch|chỉ tiêu)", _I)
# A rate listed after another one: "huyện A đạt 85,5%, huyện B đạt 65,4%", "A (99,9%); B (99,7%)".
# "(năm 2017 Thủ tướng giao 82,2%)": the level assigned, of the rate just read.
_ASSIGNED = re.compile(r"(?<!\w)giao\s*$", _I)
# The year a rate is of, written after it, then the next rate of the series: "80% năm 2018 và".
_NEXT_YEARS_RATE = re.compile(
    r"\s*\(?\s*(?:vào\s+|trong\s+)?năm\s+\d{4}\s*\)?\s*(?:,|và|,\s*và|;)\s*"
    r"(?:(?:gần|hơn|trên|khoảng|xấp xỉ)\s+)?", _I)
_YEAR_AFTER_RATE = re.compile(r"\s*\(?\s*(?:vào\s+|trong\s+)?năm\s+\d{4}(?!\d)", _I)
_YEAR_LEVEL = re.compile(r"(?<!\w)năm\s+\d{4}\s*,?\s*(?:đã\s+)?(?:đạt|là|chiếm)\s*$", _I)
# ("Bộ Y tế đặt mục tiêu chung 88,5%": the general goal)
_GOAL_NOUN = re.compile(
    r"(?<!\w)(?:chỉ tiêu|mục tiêu)(?:\s+(?:chung|chính|đề ra))?(?:\s+(?:là|đạt|được giao))?\s*$",
    _I)
_PARALLEL = re.compile(
    rf"(?:đạt|chiếm|là|bằng|:|\()\s*(?:{_RATE_WORD}\s*)?"
    r"(?:(?:gần|hơn|trên|khoảng|xấp xỉ)\s+)?$", _I)
# One more unit of a list of rates, named with no verb: "..., tỉnh An Giang 92%, tỉnh Bạc Liêu"
# (also after a bracketed figure: "Hồng Ngự (99,89), thị xã Hồng Ngự 99,32").
_LISTED_PLACE = re.compile(
    r"\s*\)?\s*(?:[,;]|và|,\s*và)\s*(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)"
    r"\s+[^\W\d_][^\d,;:%()]{0,40}?\s*", _I)
# An item of a list of units' rates named bare, with its own verb or none: "...: Suối Cát đạt
# 89,83%; Xuân Phú 92,28%", "TT Gia Ray 60,1%, Lang Minh, Xuân Hưng 66%", "Suối Cát, đạt 84,35",
# "xã Xuân Bắc chỉ mới đạt 75,54" (a capitalised name; "BHYT" and other all-capital words are not).
_NAME = rf"[{_CAPITAL}](?![{_CAPITAL}])[^\W\d_]*(?:[ -][{_CAPITAL}][^\W\d_]*){{0,4}}"
_LISTED_NAME_BODY = (
    rf"\s*(?:(?i:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP\.?)\s+|TT\.?\s+)?{_NAME}"
    rf"(?:\s*(?:,|và)\s*{_NAME})*\s*,?\s*(?:(?:đã|chỉ|mới|vẫn|cũng)\s+)*"
    rf"(?:{REACHED}(?:\s+{_RATE_WORD})?\s*)?(?:(?:gần|hơn|trên|khoảng|xấp xỉ)\s+)?\(?\s*$")
# (no IGNORECASE: the names must be capitalised)
_LISTED_NAME = re.compile(rf"(?:^|[,;:(]|(?<!\w)(?:như|là|gồm|và)(?!\w)){_LISTED_NAME_BODY}")
# ... and the first item after units announced as a list: "các đơn vị vẫn giữ được số lượng người
# dân tham gia BHYT cao như: Xuân Định đạt 93,17%" (a rate though no rate word says so).
_UNITS_LIST_ITEM = re.compile(
    rf"(?<!\w)(?i:{_UNITS})(?!\w)[^.;%\d]{{0,150}}?(?:(?<!\w)(?:như|là|gồm)\s*:?|:|\()"
    + _LISTED_NAME_BODY)
# A figure written right after a capitalised unit name, bare or in brackets, and closing its
# item: "Hồng Ngự (99,89)", "thị xã Hồng Ngự 99,32,".
_UNIT_THEN_FIGURE = re.compile(rf"[{_CAPITAL}][^\W\d_]*\s*\(?\s*$")
_BARE_FIGURE_END = re.compile(r"\s*\)?\s*(?:[,;.…]|và\s|$)")
_CARDS = re.compile(r"^\s*thẻ(?:\s+(?:BHYT|bảo hiểm y tế))?(?!\w)", _I)
# "em" counts pupils ("261.513 em đã tham gia"), as "trẻ (em)" counts children.
_PEOPLE = re.compile(r"^\s*(?:người|nhân khẩu|đối tượng|lao động|học sinh|sinh viên|HSSV|em|trẻ"
                     r"|đồng bào"
                     r"|học viên|hộ|hội viên"
                     r"|đoàn viên|cán bộ|nông dân|công nhân|ngư dân)(?!\w)", _I)
# The residents counted: "gần 100 nghìn dân", "8.500 nhân khẩu" (not "350 nhân khẩu tham gia").
_RESIDENTS = re.compile(
    # (not "2 dân tộc" (ethnic groups), "dân quân" (militia), ...)
    # (who then join or get something: _RESIDENTS_DO)
    r"\s*(?:dân(?!\s+(?:tộc|quân|cư|phòng|sự|chủ|vận|số|trí|lập|dụng|nghèo)(?!\w))"
    r"|nhân khẩu)(?!\w)", _I)
# Residents who then get or do something are no population: "5.000 nhân khẩu được cấp thẻ BHYT",
# "... cho 1.200 dân".
_RESIDENTS_DO = re.compile(
    r"[^,;.()]{0,25}?(?<!\w)(?:được|đã|cấp|thẻ|tham gia|mua|đóng|khám|hưởng)(?!\w)", _I)
_GIVEN_TO = re.compile(r"(?<!\w)(?:cho|tặng|trao|hỗ trợ)\s+(?:(?:hơn|trên|gần|khoảng)\s+)?$", _I)
# A health-care ratio per so many residents: "số giường bệnh trên 10.000 dân", "bác sĩ/vạn dân".
_PER_RESIDENTS = re.compile(
    r"(?:giường(?:\s+bệnh)?|bác s[ĩỹ]|dược s[ĩỹ]|y s[ĩỹ]|điều dưỡng|nhân viên y tế|cán bộ y tế)"
    r"(?:\s*/|\s+[^\W\d_]+)\s*$", _I)
# A family's size, not a unit's people: "Cả nhà 5 nhân khẩu", "Gia đình chị Lung 5 nhân khẩu".
_FAMILY_SIZE = re.compile(r"(?<!\w)(?:nhà|gia đình|hộ)(?:\s+\w+){0,3}?(?:\s+(?:có|gồm))?\s*$", _I)
# An organisation's members ("Hội LHPN xã có 1.719 hội viên, trong đó ..."): a membership, not
# the people of an area whose coverage a rate could be of.
# The Farmers' Union's members are the farmers (data/heldout's ho05, ho08): "hội viên Hội nông dân".
_FARMERS_UNION = re.compile(r"\s*hội viên\s+(?:Hội\s+)?nông dân(?!\w)", _I)
_MEMBERS = re.compile(r"\s*(?:hội viên|đoàn viên|thành viên|đảng viên)(?!\w)", _I)
# The elderly counted ("Hơn 102 nghìn người cao tuổi có thẻ bảo hiểm y tế"): a group no notation
# names (elderly_over_80 is narrower), so no count of the area's insured either (h36_10's gold).
_ELDERLY_COUNTED = re.compile(
    # (an age bound after it opens the next figure: "người cao tuổi từ 80 tuổi trở lên")
    r"\s*(?:người cao tuổi|NCT)(?!\w)(?![^,;.]*(?<!\w)(?:từ|trên|đủ)\s*$)"
    r"(?![^,;.]{0,25}(?:80|tám mươi)\s+tuổi)", _I)
# Cards of every kind ("56.665 thẻ bảo hiểm các loại"): one per insured person, of no one scheme.
# Cards issued: paperwork, not people (gold README): "đã cấp gần 57.300 thẻ BHYT, đạt hơn 85%".
_ISSUED_CARDS = re.compile(r"(?<!\w)(?:cấp|cấp phát|cấp mới|cấp lại|phát hành|in)\s+"
                           r"(?:(?:gần|hơn|trên|khoảng|được)\s+)?$", _I)
_ALL_CARDS = re.compile(r"^\s*thẻ(?:\s+(?:bảo hiểm|BH))?\s+các loại(?!\w)", _I)
# People present at meetings: "7.540 cán bộ, hội viên tham dự", "tổ chức 70 hội nghị ... cho
# 16.300 cán bộ, hội viên".
# (also "tham gia buổi tuyên truyền", "đã đến nghe tuyên truyền": came to the meeting, not to
# the insurance)
_ATTENDED = re.compile(
    r"^[^;.]{0,60}?(?<!\w)(?:tham dự|dự (?:hội nghị|buổi|lễ|cuộc|họp)"
    r"|tham gia (?:buổi|cuộc(?!\s+(?:vận động|thi))|hội nghị|hội thảo|tọa đàm|lớp)"
    r"|đến (?:nghe|dự)(?!\w)"
    # ("với 1.500 người dự": the verb alone, closing the phrase)
    r"|(?<=người )dự(?=\s*(?:[.,;)]|$)))(?!\w)", _I)
# The verb first: "Tham dự Hội nghị có trên 120 đại biểu", "Dự buổi lễ có 80 hội viên".
_ATTENDED_FIRST = re.compile(r"(?:^|[.,;:]\s*)(?:tham dự|dự)\s+[^;%\d]{0,40}?(?<!\w)(?:có|gồm)\s+"
                             r"(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?$", _I)
_FOR_AUDIENCE = re.compile(r"(?<!\w)cho\s+(?:(?:hơn|trên|gần|khoảng)\s+)?$", _I)
# "với sự tham dự của gần 300 đại biểu": the people who attended, counted after the verb.
_ATTENDED_BY = re.compile(r"(?<!\w)(?:tham dự|có mặt) của\s+(?:(?:hơn|trên|gần|khoảng)\s+)?$", _I)
_DELEGATES = re.compile(r"^\s*(?:đại biểu|khách mời)(?!\w)", _I)
# (delegates of a congress: representing the members, or attending "Đại hội" itself)
_CONGRESS_DELEGATES = re.compile(
    r"\s*đại biểu(?:\s+chính thức)?\s+(?:đại diện cho\s+(?:[\d.]+\s+)?(?:đảng viên|hội viên"
    r"|đoàn viên)|(?:về\s+)?(?:dự|tham dự)\s+Đại hội)(?!\w)", _I)
_WHOLE_UNIT_RATE = re.compile(r"(?<!\w)(?:toàn|cả)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã"
                              r"|thành phố|tỉnh)(?!\w)", _I)
_YEAR_END_WORDS = re.compile(r"(?<!\w)(?:(?:kết thúc|cuối|hết)\s+năm|năm nay)(?!\w)", _I)
_COUNT_OF_TARGETS = re.compile(
    r"\s*(?:nhóm\s+)?(?:chỉ tiêu|mục tiêu|khâu đột phá|nhiệm vụ trọng tâm|giải pháp)(?!\w)", _I)
# A congress as the subject of the sentence: "Đại hội đại biểu Đảng bộ xã ... diễn ra ... với sự
# tham dự của 180 đại biểu".
_CONGRESS_SUBJECT = re.compile(
    r"\s*(?:[^,.;]{0,25},\s*)?Đại hội(?!\s+(?:thể dục|thể thao|TDTT))(?!\w)", _I)
_CONGRESS_OPENS_TERM = re.compile(
    r"(?<!\w)đại hội(?!\w)[^.;]{0,80}?(?<!\w)nhiệm kỳ\s+(?P<a>20\d\d)\s*[-–]\s*(?P<b>20\d\d)", _I)
# A sentence setting the targets of the term: "Đại hội đề ra 20 chỉ tiêu", "cho nhiệm kỳ mới",
# "đến cuối nhiệm kỳ".
_TERM_TARGETS = re.compile(
    r"(?<!\w)(?:Đại hội\s+(?:đề ra|thống nhất|xác định|thông qua|đặt ra)(?!\w)"
    r"|nhiệm kỳ mới|cuối nhiệm kỳ|nhiệm kỳ tới)(?!\w)", _I)
_CONGRESS_TERM = re.compile(r"(?<!\w)đại hội(?!\w)[^.;]{0,60}?(?<!\w)nhiệm kỳ\s*$", _I)
_CONGRESS = re.compile(r"(?<!\w)(?:dự|tham dự)\s+đại hội\s+(?:có\s+)?$|(?<!\w)đại hội\s+có\s*$", _I)
# A phrase that goes on with the count before it ("..., đạt tỷ lệ 92,5%"), not a new subject.
# ("53.759 học sinh ... tham gia BHYT, tỷ lệ 96,04%": the rate of the group just counted)
_BARE_COVERAGE = re.compile(rf"\s*{_RATE_WORD}\s+bao phủ(?:\s+đạt)?\s*", _I)
_CONTINUES = re.compile(
    rf"\s*(?:$|(?:đã\s+)?(?:đạt|chiếm|tương ứng|bằng|{_RATE_WORD}(?:\s+đạt)?\s*$)(?!\w))", _I)
# "đạt 87,3% tỷ lệ người dân tham gia BHYT so với chỉ tiêu": the rate named, then its yardstick.
_PLAN_LATER = re.compile(
    rf"\s*{_RATE_WORD}[^,;%\d]{{0,60}}?\sso với\s+(?:số\s+)?(?:kế hoạch|KH|chỉ tiêu)(?!\w)", _I)
# Cards people bought themselves: "hộ cận nghèo tự mua 1.353 thẻ BHYT" (not cards a budget or a
# sponsor bought, donated or funded for them: "kinh phí ... mua 11.902 thẻ ... cấp cho").
_BOUGHT = re.compile(r"(?<!\w)tự\s+mua\s*$", _I)
_FOR_GROUP = re.compile(r"\s*(?:BHYT|bảo hiểm y tế)?\s*(?:cho|đối với|trong)\s+(?=\S)", _I)
# A total broken down next: "có 264.783 học sinh, sinh viên, trong đó ..."
_CLAIMANTS = re.compile(r"(?<!\w)(?:nộp|đề nghị|đăng ký|hưởng|nhận)(?!\w)", _I)
_TOTAL_OF = re.compile(r"^[^;%\d]{0,70}?,?\s*(?:trong đó|trong số đó|trong số này)(?!\w)", _I)
# The insured part of a whole just counted: "..., trong đó số tham gia BHYT đạt".
_SHARE_OF_WHOLE = re.compile(
    r"(?:trong đó|trong số đó|trong số này)(?!\w)[^;%\d]{0,40}?(?:tham gia|có thẻ)[^;%\d]{0,40}$",
    _I)
# "..., chiếm gần 24%" ("bằng", "đạt", "tương đương") right before a rate, with no rate named
# between ("..., tỷ lệ tham gia BHYT ... đạt 85,26% dân số" is a rate of its own).
_HOLDS_SHARE_NEXT = re.compile(
    rf"(?:(?!{_RATE_WORD})[^;%\d])*(?<!\w)(?:chiếm|bằng|đạt|tương đương|tương ứng)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*", _I)
# "... chiếm gần 24% dân số": a rate of the whole population.
_POPULATION_AFTER_RATE = re.compile(r"\s*(?:tổng\s+)?(?:dân số|số dân)(?!\w)", _I)
# A figure that is the object of "có" or a whole ("toàn tỉnh có trên 260 nghìn HSSV", "Trong
# tổng số gần 270 nghìn HSSV").
_HAS_OBJECT = re.compile(r"(?<!\w)(?:có|tổng số)\s*(?:khoảng|trên|hơn|gần|xấp xỉ)?\s*$", _I)
# A list item of a count just given: "...: Phường A là 32.602 người; Phường B là 31.669 người".
_LIST_ITEM = re.compile(r"^\s*(?:và\s+)?(?P<head>\w)[^,;:]{0,40}?\s(?:là|với|có|:)\s*$")
# "dân số ... điều chỉnh từ 74.721 người lên 76.797 người".
_POPULATION_MOVE = re.compile(
    r"(?:dân số|số dân)(?!\w)[^,;%]{0,80}?(?:từ|lên|thành|xuống|còn)\s*$", _I)
# A share of the population that IS something ("66% dân số là đồng bào dân tộc thiểu số"):
# not a coverage rate without an insurance word before it.
_SHARE_IS = re.compile(
    r"^\s*(?:dân số|người dân|nhân dân|số dân)\s+(?:là|thuộc|sống|sinh sống|làm)(?!\w)", _I)
_INSURANCE_CUE = re.compile(r"BHYT|BHXH|bảo hiểm|bao phủ|thẻ|tham gia", _I)
_HOLDS_SHARE = re.compile(
    rf"(?<!\w)chiếm(?:\s+{_RATE_WORD})?(?:\s+(?:gần|hơn|trên|khoảng|xấp xỉ|dưới))?\s*$", _I)
# A rate written without "%": "tỷ lệ bao phủ BHYT ... đạt được 89,86." (a number that ends its
# clause after "đạt", in a sentence about a coverage rate).
_RATE_NO_SIGN = re.compile(rf"{_RATE_WORD} (?:bao phủ|tham gia)[^;%]{{0,80}}đạt(?: được)?\s*$", _I)
_ENDS_CLAUSE = re.compile(r"\s*(?:[.;)]|,\s|$)")
# A group named as the way people joined: "tham gia theo diện hộ gia đình", "theo hình thức".
_ENROLLED_AS = re.compile(
    r"[^,;.]{0,30}?tham gia(?:\s+(?:BHYT|BHXH|bảo hiểm y tế))?\s+(?:theo\s+)?(?:diện|hình thức"
    r"|nhóm(?:\s+đối tượng)?)\s+([^,;.()]{1,40})", _I)
# A range "95-96,9%": one figure, its lower bound; the upper bound is not a second figure.
# "toàn xã có a/b người": a count over everyone of the unit, its population. The unit is said
# as "toàn xã", "cả xã", "trên địa bàn xã" or "trong toàn xã" alike.
# A scheme's stock as a list item: "...; tham gia BHYT có 1.115.236 người, nâng tỷ lệ bao phủ
# BHYT đạt 93% dân số" (the count that gives the rate, not an increment).
_SCHEME_STOCK = re.compile(r"(?:^|[;:]|trong đó,?)\s*(?:số người\s+)?(?:tham gia|có thẻ)\s+"
                           r"(?:BHYT|BHXH|BHTN|bảo hiểm (?:y tế|xã hội|thất nghiệp))\s+"
                           r"(?:là|có|đạt)\s*$", _I)
_WHOLE_UNIT_HAS = re.compile(
    r"(?<!\w)(?:(?:trên|trong)\s+(?:toàn\s+)?địa bàn(?:\s+toàn)?|trong toàn|toàn|cả)\s+"
    r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+(?:đã\s+)?có\s*$", _I)
# A count of everyone of the unit: "43.137/44.000 hộ gia đình trên địa bàn huyện tham gia".
_IN_WHOLE_UNIT = re.compile(
    r"[^,;%\d]{0,30}?(?<!\w)(?:trên địa bàn|trong toàn|toàn)\s+(?:xã|phường|thị trấn|huyện|quận"
    r"|thị xã|thành phố|tỉnh)(?!\w)", _I)
# A group's size: "250 nghìn đồng bào DTTS sinh sống (trên địa bàn)".
_LIVING = re.compile(r"^[^,;.%\d]{0,40}?\s(?:đang\s+)?(?:sinh sống|sống|cư trú)(?!\w)", _I)
# People whose card a budget or donors pay for: "hỗ trợ 100% phí mua thẻ BHYT cho trên 36 nghìn
# người", "1.800 người ... sẽ được tặng thẻ BHYT" (enrolment support, not a count of the insured).
# ("mua thẻ BHYT cho hơn 211.700 người nghèo": cards bought for them, as a budget does)
# ("số người dân được ngân sách nhà nước (NSNN) đóng và hỗ trợ mức đóng BHYT là 102.005 người":
# the people whose contribution the budget pays, a share of the insured, not their level)
_SUPPORTED_BEFORE = re.compile(
    r"(?<!\w)(?:hỗ trợ|tài trợ|tặng|trao tặng|ủng hộ|mua\s+thẻ)(?!\w)[^;]{0,60}\scho\s+"
    r"(?:(?:hơn|trên|gần|khoảng)\s+)?$", _I)
_BUDGET_PAYS = re.compile(
    r"(?<!\w)được\s+(?:ngân sách|NSNN|nhà nước)[^;.]{0,40}?\s(?:đóng|hỗ trợ)(?!\w)[^;.%\d]{0,60}$",
    _I)
# Money spent buying cards for people: a budget's support, not the fund's money ("mua thẻ BHYT cho
# ... người nghèo với hơn 125,6 tỷ đồng", "chi hỗ trợ mua thẻ BHYT cho học sinh ... 18,2 tỷ đồng").
# Interest the funds earned ("Tổng số lãi thu được trong năm từ các quỹ bảo hiểm là 22.342 tỷ
# đồng"; not the interest on late payments collected with the contributions, "thu lãi chậm đóng
# BHXH, BHYT 2,8 tỷ đồng"), and payments a provider asked for ("đề nghị BHXH huyện thanh toán chi
# phí ... với tổng số tiền hơn 132 triệu đồng"): not what the fund collected or spent.
_INTEREST = re.compile(r"(?<!\w)(?:tiền\s+)?lãi(?!\w)(?!\s+(?:do\s+)?chậm)", _I)
_CLAIMED = re.compile(
    r"(?<!\w)(?:đề nghị|yêu cầu)(?!\w)[^;]{0,60}?(?<!\w)(?:thanh toán|chi trả)(?!\w)", _I)
# ... but the costs of care claimed from the fund, an area's whole, are what it spends ("Tổng chi
# phí KCB BHYT đề nghị thanh toán là khoảng 161.628 tỉ đồng", "tổng số tiền đề nghị quỹ BHYT
# thanh toán lên tới 19.330 tỉ đồng"): no one named between asks another to pay.
_CLAIMED_OF_FUND = re.compile(
    r"đề nghị\s+(?:quỹ\s+(?:BHYT|bảo hiểm y tế)\s+)?(?:thanh toán|chi trả)", _I)
# ... not one provider's, nor claims filed one by one ("số tiền bệnh viện tỉnh ... đề nghị quỹ BHYT
# thanh toán", "chi phí ... đề nghị thanh toán của Bệnh viện Đa khoa tỉnh", "các cơ sở khám chữa
# bệnh ... đề nghị thanh toán", "hồ sơ đề nghị thanh toán trực tiếp").
_PROVIDER_CLAIMS = re.compile(
    r"(?<!\w)(?:bệnh viện|trung tâm y tế|phòng khám|trạm y tế|cơ sở (?:khám|KCB|y tế)|hồ sơ)(?!\w)",
    _I)
# Money paid out of a fund: "từ Quỹ bảo hiểm thất nghiệp", "từ kết dư Quỹ BHTN" (before the sum in
# its sentence, or right after it), the sum named as such ("với số tiền", "tổng số tiền hỗ trợ là").
_FROM_FUND = re.compile(
    r"\s*,?\s*(?<!\w)từ\s+(?:(?:nguồn\s+)?kết dư\s+(?:của\s+)?)?quỹ\s+"
    r"(?P<s>BHTN|BHYT|BHXH|bảo hiểm (?:thất nghiệp|y tế|xã hội))(?!\w)", _I)
# ... paid out to people: support, benefits ("hỗ trợ", "chi trả", "hưởng"); not the budget's
# money, contributions paid in or cut, the fund's balance, fraud, one person's benefit.
_PAID_OUT = re.compile(r"(?<!\w)(?:hỗ trợ|chi|chi trả|trả|hưởng|thanh toán|giải quyết)(?!\w)", _I)
_NOT_PAID_OUT = re.compile(
    r"(?<!\w)(?:ngân sách|đã đóng|đóng vào|giảm mức đóng|còn kết dư|kết dư (?:với|là)|chiếm đoạt"
    r"|gian lận|lập khống|trục lợi)(?!\w)|(?<!\w)(?:chị|anh|ông|bà)\s+(?-i:[A-ZĐ])", _I)
_SUM_PAID = re.compile(r"(?<!\w)(?:tổng\s+)?số tiền(?:\s+(?:hỗ trợ|chi trả|chi|được hưởng))?"
                       r"(?:\s+(?:là|đạt|khoảng|trên|hơn|gần))*\s*$", _I)
# Costs the fund has not paid yet ("tổng chi phí chưa được cơ quan BHXH thanh toán ... là hơn
# 214,7 tỷ đồng", "chi phí ... chưa được tạm ứng, thanh toán ... hơn 259,7 tỷ đồng"): a debt.
_UNPAID = re.compile(
    r"(?<!\w)chưa\s+(?:được\s+)?(?:[^,;.\d]{0,40}?\s)?(?:tạm ứng|thanh toán|chi trả|quyết toán)"
    r"(?!\w)", _I)
# Money paid wrongly and to be recovered ("số tiền chi sai các chế độ ngắn hạn phải thu hồi ... hơn
# 400 triệu đồng", "trục lợi quỹ"): a finding of an inspection, no fund's spending.
_MISPAID = re.compile(
    r"(?<!\w)(?:chi sai|chi trả sai|thanh toán sai|phải thu hồi|trục lợi)(?!\w)", _I)
# ("..., trong khi quỹ BHYT tỉnh Sóc Trăng chi khám chữa bệnh 1.200 tỷ đồng": the fund's own)
_FUND_WORD = re.compile(r"(?<!\w)quỹ(?!\w)", _I)
# ... or after the money: "Vĩnh Long chi hơn 5,8 tỷ đồng mua BHYT cho đồng bào dân tộc".
_BUYS_CARDS_AFTER = re.compile(
    r"\s*(?:để\s+)?mua\s+(?:thẻ\s+)?(?:BHYT|bảo hiểm y tế)\s+(?:tặng\s+)?cho(?!\w)", _I)
# ("Tổng kinh phí ngân sách chi BHYT cho đồng bào dân tộc thiểu số là hơn 5 tỷ 850 triệu đồng":
# the budget buying cards, as "mua thẻ BHYT cho" says)
_CARDS_PAID_FOR = re.compile(
    r"(?<!\w)mua\s+thẻ(?:\s+(?:BHYT|bảo hiểm y tế))?\s+cho(?!\w)"
    r"|(?<!\w)(?:ngân sách|NSNN)(?:\s+nhà nước)?(?:\s+(?:tỉnh|huyện|thành phố|địa phương)"
    rf"(?:\s+(?-i:[{UPPERCASE}])\w*){{0,3}})?\s+chi\s+"
    r"(?:(?:mua|hỗ trợ)\s+)?(?:thẻ\s+)?(?:BHYT|bảo hiểm y tế)\s+cho(?!\w)", _I)
_OWED_TO = re.compile(r"\s*(?:người\s+)?(?:lao động\s+)?bị\s+(?:doanh nghiệp\s+|đơn vị\s+|DN\s+)?"
                      r"(?:nợ(?!\s+lương)|chậm đóng|nợ đóng|trốn đóng|nợ tiền|\"?treo\"? sổ)", _I)
_SHARE_OF_SUPPORTED = re.compile(
    r"\s*(?:người|em)?\s*,?\s*chiếm[^;.%]{0,15}%\s*(?:trên|của|so với|trong)?\s*(?:tổng\s+)?số\s+"
    r"(?:đối tượng|người)\s+(?:được|do)\s+(?:ngân sách|NSNN|nhà nước)", _I)
_SUPPORTED_AFTER = re.compile(
    r"[^;.]{0,120}?(?<!\w)(?:sẽ\s+)?được\s+"
    r"(?:tặng|trao tặng|hỗ trợ(?:\s+\d+%)?\s+(?:mua|kinh phí|tiền))"
    # ("14.911 người yếu thế ... được hỗ trợ cấp thẻ BHYT", "được hỗ trợ mức đóng": the people
    # supported, unless the clause counts them as insured first, "152.000 người cận nghèo tham
    # gia BHYT, được hỗ trợ 70% mức đóng")
    r"|(?:(?!tham gia|có thẻ)[^;.,]){0,80}?(?<!\w)được\s+hỗ trợ(?:\s+\d+%)?\s+"
    r"(?:cấp thẻ|mức đóng|phí)", _I)
# People cards were issued to: "trên 46.900 người thuộc hộ nghèo được cấp thẻ BHYT" (cards handed
# out, gold README; "100% hộ nghèo ... được cấp thẻ" is still the group's share holding one, and
# "Toàn huyện có 12.400 người được cấp thẻ BHYT" the people who hold one).
# Cards issued to a group, counted after it in the same phrase: "trong đó cấp thẻ cho đối tượng
# người Kinh ... là 452 người" (paperwork for that group, no level of the insured; not "Cùng với
# việc cấp thẻ BHYT cho các đối tượng chính sách, đến nay toàn xã có 9.800 người tham gia").
_CARDS_ISSUED_TO = re.compile(
    r"(?<!\w)(?:cấp|cấp phát|cấp mới|in|bàn giao)\s+(?:mới\s+)?thẻ"
    r"(?:\s+(?:BHYT|bảo hiểm y tế))?\s+cho"
    r"(?!\w)(?![^;%\d]*(?:tham gia|có thẻ))[^;,%\d]{0,120}$", _I)
_HAS_BEFORE = re.compile(r"(?<!\w)có\s+(?:(?:hơn|trên|gần|khoảng)\s+)?$", _I)
_ISSUED_AFTER = re.compile(r"[^;.,]{0,60}?(?<!\w)(?:đã\s+)?được\s+(?:cấp|cấp phát|cấp mới|cấp lại)"
                           r"(?:\s+mới)?\s+thẻ(?!\w)", _I)
# "Tuy nhiên tỷ lệ này vẫn còn thấp so với 68% ...": the rate of the sentence before.
_SAME_RATE = re.compile(rf"(?<!\w){_RATE_WORD} (?:này|trên)(?!\w)", _I)
# "68% của cả nước": the nation's figure, named right after it.
_NATION_AFTER = re.compile(r"\s*%?\s*(?:của\s+)?(?:cả nước|toàn quốc)(?!\w)", _I)
# "tỷ lệ này đã tăng lên 50,54%": the level reached, not the change.
# The words between the two ends of a move ("95,7% xuống còn 82,7%", "80% lên 85%"), the
# first end's year aside ("từ 90% (2018) xuống còn 86,5%", "từ 92% năm 2020 xuống 88,4%").
_YEAR_ASIDE = r"(?:\s*\(\s*(?:năm\s+)?\d{4}\s*\)|\s+năm\s+\d{4})"
# ("từ 72,5% năm 2012 tăng lên 98,3% năm 2022")
_MOVE_TO = re.compile(
    rf"\s*%?{_YEAR_ASIDE}?\s*(?:(?:tăng|giảm)\s+)?(?:lên|xuống)(?:\s+(?:còn|mức))?\s*", _I)
# ... and both ends of a move: "giảm từ 95,7% xuống còn 82,7%", "tăng từ 80% lên 85%".
# ("khiến tỷ lệ tham gia BHYT của tỉnh giảm xuống còn 73%": the level it fell to)
_RISEN_TO = re.compile(
    r"(?<!\w)tăng\s+lên\s*$|(?<!\w)giảm(?:\s+xuống)?\s+còn\s*$"
    r"|(?<!\w)(?:tăng|giảm)\s+từ\s*(?:[\d.,]+\s*%\s+(?:lên|xuống)(?:\s+còn)?\s*)?$", _I)
_RANGE_LOWER = re.compile(r"\s*%?\s*[-–]\s*[\d.,]+\s*%")
_RANGE_UPPER = re.compile(r"(?<![\d.,])\d[\d.,]*\s*%?\s*[-–]\s*$")

# An amount per month, per person ...: "6,4 tỷ đồng/tháng", "1 triệu đồng mỗi người".
# (also per pupil or patient: "chi trả trên 50 triệu đồng/học sinh")
_PER_UNIT = re.compile(r"\s*(?:/|mỗi|một|trên một|mỗi một)\s*(?:tháng|năm|người|thẻ|lượt|hộ"
                       r"|học sinh|sinh viên|bệnh nhân|ca|trường hợp)(?!\w)",
                       _I)
_PER_YEAR = re.compile(r"\s*/\s*năm(?!\w)", _I)
# A level under a condition that did not hold: "trường hợp không giảm theo Quyết định số
# 861/QĐ-TTg thì tỷ lệ bao phủ BHYT là 93,62%", "nếu không ... thì ...".
_HYPOTHETICAL = re.compile(r"(?:^|[,;])\s*(?:trường hợp|nếu)\s+(?:không|chưa)(?!\w)[^;]{0,200}?"
                           r"(?<!\w)thì(?!\w)[^;]*$", _I)
# An average per one of something: "Bình quân 1 cán bộ của cơ quan BHXH ... phải chuyên quản theo
# dõi khoảng 12.900 người", "trung bình mỗi xã có 300 người".
_PER_HEAD = re.compile(r"(?<!\w)(?:bình quân|trung bình)\s+(?:1|một|mỗi)\s+"
                       # (not an average over time: "trung bình mỗi năm ... đạt trên 84%")
                       r"(?!(?:năm|tháng|quý|tuần|ngày)(?!\w))[^\W\d]"
                       r"[^;%]{0,120}$", _I)
_AVERAGE = re.compile(r"(?<!\w)(?:bình quân|trung bình)(?!\w)[^,;%\d]{0,30}$", _I)
# "... 218 hội viên tham gia." / "..., có 1.572 người tham gia;": joined with no object named.
_JOINER = (r"(?:người(?:\s+dân)?|hội viên|đoàn viên|cán bộ|nông dân|học sinh|phụ nữ|thanh niên"
           r"|đại biểu|(?:người\s+)?lao động|công nhân)")
_JOINED_IT = re.compile(
    rf"^\s*{_JOINER}(?:\s*(?:,|và)\s*{_JOINER})*\s+(?:đã\s+)?tham gia\s*(?:[.,;)]|$)", _I)
_MODEL = re.compile(r"(?<!\w)(?:mô hình|câu lạc bộ|CLB|nhóm|tổ (?:tiết kiệm|vay vốn)|chi hội)"
                    r"(?!\w)[^.;]*$", _I)
# Events people take part in that are not about insurance: labour disputes, sports, shows.
_OTHER_EVENT = re.compile(
    r"(?<!\w)(?:(?:vụ|cuộc)\s+(?:ngừng việc|đình công|lãn công)"
    r"|giải\s+(?:thể thao|bóng|chạy|việt dã)|hội\s+(?:thao|diễn|khỏe))(?!\w)", _I)
_OUTREACH = re.compile(r"(?<!\w)(?:tuyên truyền|hội nghị|tọa đàm|tập huấn|đối thoại|diễu hành"
                       r"|sinh hoạt|buổi|lớp|cuộc thi|hội thi|ra quân|lễ)(?!\w)", _I)
_INSURED_SUBJECT = re.compile(r"(?<!\w)(?:đối tượng|số người|người dân|số đối tượng)\s+tham gia\s+"
                             r"(?:mua\s+)?(?:BHYT|BHXH|BHTN|bảo hiểm)", _I)
_VISITS = re.compile(r"^\s*lượt(?:\s+người)?(?!\w)", _I)
_CARE = re.compile(r"khám|KCB|chữa bệnh|điều trị", _I)
# ... a cost per head ("có chi phí trên 500 triệu đồng/người/đợt điều trị"), not the visits' total
# cost ("320.000 lượt ... với chi phí trên 180 tỷ đồng").
_COST_CLASS = re.compile(
    r"[^;,.\d]{0,50}?(?<!\w)(?:có|với)\s+chi phí\s+(?:trên|từ|dưới|hơn|cao hơn)(?!\w)"
    r"[^;,.]{0,40}?(?:/\s*(?:người|đợt|lượt|ca)|\s(?:mỗi|một)\s+(?:người|đợt|lượt|ca))", _I)
_AIDED = re.compile(r"(?<!\w)(?:hỗ trợ|miễn phí|dịch vụ|theo yêu cầu|sàng lọc|từ thiện)(?!\w)", _I)
# A clause that details the visits counted before: "số lượt ... nội trú", "ngoại tỉnh".
_VISIT_DETAIL = re.compile(
    r"(?<!\w)(?:số lượt|trong đó|nội trú|ngoại trú|ngoại tỉnh|ngoài ra)(?!\w)", _I)
# A frequency, visits per card or per person: "1,9 lượt khám/thẻ/năm", "2,1 lượt/người/năm".
_PER_HEAD_VISITS = re.compile(
    r"^\s*lượt(?:\s+(?:khám|KCB|khám bệnh|khám chữa bệnh|khám, chữa bệnh))?\s*/", _I)
_ATTEND = re.compile(r"^\s*lượt(?:\s+người)?\s+(?:tham dự|dự|tham gia)", _I)
_MEETINGS = re.compile(
    r"^\s*(?:buổi|cuộc)\s+(?:họp|hội nghị|tuyên truyền|đối thoại|sinh hoạt|nói chuyện|truyền thông"
    r"|hội thảo|tọa đàm)"
    r"|^\s*hội nghị(?!\w)", _I)
# "tuyên truyền ... được 60 cuộc với 3.617 lượt người": sessions of the outreach the clause names
# (training courses for staff, "tập huấn ... 16 cuộc", are no meetings with the public)
_SESSIONS = re.compile(r"^\s*(?:buổi|cuộc)(?!\s+(?:thi|vận động|gọi|điện))(?!\w)", _I)
_TALKS = re.compile(r"(?<!\w)(?:tuyên truyền|đối thoại|truyền thông|nói chuyện|sinh hoạt)(?!\w)", _I)
# ("thu lại được hơn 5 tỷ đồng" after a lawsuit: arrears recovered; "thu tục": "thủ tục" mistyped)
# ("số tiền yêu cầu thoái thu, hoàn trả hơn 5 tỉ đồng": contributions to be paid back)
_REVENUE = re.compile(
    r"(?<!\w)(?<!thoái )thu(?!\w)(?!\s+(?:hút|nhập|thập|hồi|gom|hoạch|xếp|nhận|lại|tục))", _I)
# ... also money paid out: "giải quyết 719 người hưởng chế độ ..., với số tiền trả 10.754 triệu
# đồng", "thanh toán ... 114 tỷ đồng".
# ("... lượt người khám chữa bệnh BHYT với số tiền trên 1.315 tỷ đồng": the care's cost)
_EXPENSE = re.compile(r"(?<!\w)chi(?!\w)(?!\s+(?:bộ|hội|nhánh|tiết|cục|đoàn|đội|tiêu kế))"
                      r"|(?<!\w)(?:số tiền\s+(?:chi\s+)?trả|thanh toán)(?!\w)"
                      r"|(?<!\w)(?:khám,? chữa bệnh|KCB)(?!\w)[^;,]{0,30}?với số tiền(?!\w)", _I)
# A date just after a document's symbol or number is the document's, not the figure's.
_CITED = re.compile(
    r"(?:\d+[-/][A-ZĐ][\w&/-]*|(?:chỉ thị|nghị quyết|kế hoạch|quyết định|công văn|thông tư"
    r"|nghị định|hướng dẫn)\s+(?:số\s+)?\d+)\s*[,(]?\s*(?:ban hành\s+)?(?:ngày\s*)?$", _I)
# The year of a data source is not the figure's date: "tỷ lệ bao phủ đạt 95,15% theo niên giám
# thống kê năm 2018" (the population base the rate was computed on).
_SOURCE_YEAR = re.compile(r"(?<!\w)(?:niên giám(?:\s+thống kê)?|số liệu\s+thống kê(?:\s+dân số)?)"
                          r"(?:\s+của\s+\S+)?\s*$", _I)
# The deadline of a goal a figure is compared with is not the figure's date: "(vượt 1,42% so với
# mục tiêu giai đoạn đến năm 2025 tại Nghị quyết 28-NQ/TW)".
_GOAL_COMPARED = re.compile(r"(?<!\w)so với\s+(?:mục tiêu|kế hoạch|chỉ tiêu)[^,;()%\d]{0,40}$", _I)
# A period in a document's quoted title dates the document's subject, not a figure: 'Nghị quyết số
# 21-NQ/TW ... về "Tăng cường sự lãnh đạo ... giai đoạn 2012-2020"'.
_QUOTED_TITLE = re.compile(
    r'(?:(?<!\w)về\s*:?|(?:chỉ thị|nghị quyết|kết luận|kế hoạch|quyết định|đề án|chương trình)'
    r'[^."]{0,120})\s*"[^"]*$', _I)
# A date compared with is not the figure's date: "tăng 11.006 người so với năm 2016".
# ("so với thời điểm năm 2019", "so với tháng cuối năm 2019")
_COMPARED = re.compile(r"(?<!\w)so(?:\s+với)?(?:\s+(?:cùng kỳ|tháng|thời điểm|cuối|đầu))*\s*$"
                       # ("giảm 1,8% so với tổng số thu cùng kỳ năm 2021")
                       r"|(?<!\w)so với(?:\s+[^\s\d,;]+){1,4}?\s+cùng kỳ\s*$", _I)
# ("so với cuối năm 2019", "so với tháng cuối năm 2019": the year compared with, too)
_COMPARED_YEAR = re.compile(r"(?<!\w)so(?:\s+với)?(?:\s+(?:cùng kỳ|tháng|thời điểm|cuối|đầu))*"
                            r"(?:\s+năm)?\s*$", _I)


# --- figures ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Fact:
    """An observation before its date and area are known (offsets into the sentence)."""

    indicator: str
    value: Decimal
    unit: str
    at: int
    qualifier: str | None = None
    group: str | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    scheme_free: bool = False  # meetings: no scheme unless the clause names one
    plan_of_last: bool = False  # the target the previous rate of the sentence is measured against
    assigned: bool = False  # a number to enrol assigned for the year: a plan target
    scheme: str | None = None  # the scheme the figure's own words name (money "từ Quỹ BHTN")


@dataclass(slots=True)
class _Reading:
    """What the figures read so far in a sentence tell the next one (internal state)."""

    is_target: Callable[[int], bool]
    last_rate: _Fact | None = None  # the last coverage rate of the sentence
    previous_rate: _Fact | None = None  # the last coverage rate of the sentence before
    previous_count: _Fact | None = None  # the last participants count of the sentence before
    previous_count_scheme: str | None = None  # ... and its scheme
    last_count: _Fact | None = None  # the previous figure counted participants
    # "... với 47.282 học sinh. Đạt tỷ lệ 99,43%": a sentence with no subject of its own
    # continues the previous one's, so its rate is of that count's group
    subject_group: str | None = None
    # "... nhóm BHYT hộ gia đình tăng mạnh. Cụ thể, từ 55.964 người năm 2009 ...": the group a
    # detail sentence's counts are of, named by the sentence it details
    topic_group: str | None = None
    # "Trong đó <group> ... là 76.524 người": a sentence that details a participants count
    details_count: bool = False
    # the participants count of the previous clause: "A là 32.602 người; B là 31.669 người"
    item: _Fact | None = None
    meetings: bool = False  # meetings held were counted earlier in the sentence
    # "toàn tỉnh có 264.783 học sinh, trong đó 261.513 em đã tham gia": the total the sentence
    # then breaks down, the denominator of its rate
    total: _Fact | None = None
    # "các đối tượng cần vận động được giao ... gồm: <group> trên 40.500 người; ...": the sentence
    # lists the numbers assigned to enrol, group by group
    assigned: bool = False
    # "... có gần 182 nghìn lượt người khám, chữa bệnh BHYT. Trong đó, ngoại trú là 161 nghìn
    # lượt người; ...": a sentence that details a count of insured visits
    details_visits: bool = False
    # an earlier clause of the sentence counted insured visits: "... có 168 triệu lượt khám chữa
    # bệnh BHYT, ...; số lượt khám chữa bệnh nội trú là 15,3 triệu lượt" details them
    visits_before: bool = False
    # the last figure of the clause before was a remainder, a list of them going on
    rest_items: bool = False
    # the group of the participants the sentence counted ("số người tham gia BHXH tự nguyện ...:
    # 9.287 người; ...; So với chỉ tiêu giao (8.700 người) đạt 107%": the quota is theirs)
    count_group: str | None = None
    # "có trên 270 nghìn học sinh, sinh viên, chiếm gần 24% dân số": where the rate that is the
    # counted group's share of the population stands (no coverage)
    group_share_at: int | None = None
    # the group of the figure the sentence before gave, which this one names as "Con số này"
    figure_group: str | None = None
    # where the last sum of a public budget or of taxes ended ("thu thuế được hơn 315 triệu
    # đồng, đạt 64,4%": the rate right after it is that sum's, no insurance figure)
    public_money_end: int | None = None


_REACH_END = re.compile(rf"\s+(?:(?:đều|cùng)\s+)?đạt(?:\s+{_RATE_WORD})?"
                        r"(?:\s+(?:gần|hơn|trên|khoảng|xấp xỉ))?\s*$", _I)
_SOCIAL_SCHEME_PART = re.compile(
    r"(?:BHXH|bảo hiểm xã hội)(?:\s+\(BHXH\))?\s+(?:tự nguyện|bắt buộc)(?!\w)", _I)
_ITEM_BREAK = re.compile(r"\s*(?:[,;:]|(?<!\w)và(?!\w))\s*", _I)


def _groups_reaching(before: str) -> list[str]:
    """The groups a list before "đạt" names, each item a group of its own ("BHYT hộ nghèo,
    BHYT học sinh đạt"), read back from the verb up to the first item that is no group."""
    end = _REACH_END.search(before)
    if end is None:
        return []
    named: list[str] = []
    for item in reversed(_ITEM_BREAK.split(before[: end.start()])):
        # (a scheme's own group is no population: "BHXH tự nguyện đạt gần 53%" of its plan)
        found = _groups(item) if len(item) <= 40 and not _PARTICIPATION.search(item) and not (
            _SOCIAL_SCHEME_PART.search(item)) else []
        if len(found) != 1:
            break
        named[:0] = found
    return named


def _groups(region: str) -> list[str]:
    """Population groups named in ``region``, in text order."""
    found: list[tuple[int, str]] = []
    for group, rx in _GROUPS:
        for m in rx.finditer(region):
            found.append((m.start(), group))
            region = region[: m.start()] + " " * (m.end() - m.start()) + region[m.end() :]
    return list(dict.fromkeys(g for _, g in sorted(found)))


_GROUP_LEAD = re.compile(
    # ("người dân tộc thiểu số": "người", then the group, not "người dân")
    # ("100% số HSSV được tham gia": "số", the number of them)
    r"\s*(?:(?:các|những|số)\s+)?"
    # ("người dân là đồng bào dân tộc thiểu số": two such words, the second the group's own)
    r"(?:(?:đối tượng|người dân(?!\s+tộc)|người|hội viên|đoàn viên|đồng bào)\s+"
    r"(?:thuộc\s+|là\s+)?){0,2}"
    r"(?=\S)", _I)


def _group_list(text: str, start: int) -> list[str]:
    """Groups listed right after ``start`` ("100% người nghèo, ...", "100% đối tượng thuộc hộ
    nghèo và cận nghèo")."""
    end = _GROUP_END.search(text, start)
    region = text[start : end.start() if end else len(text)]
    lead = _GROUP_LEAD.match(region)
    for skip in (0, lead.end() if lead else None):
        if skip is None:
            continue
        part = region[skip:]
        first = min((m.start() for _, rx in _GROUPS if (m := rx.search(part))), default=99)
        if first <= 3:
            return _groups(part)
    return []


# Groups listed as the subject of a rate, with no verb of participation: "các nhóm đối tượng là
# hộ nghèo, hộ cận nghèo, trẻ em dưới 6 tuổi sẽ đạt 100%".
_GROUPS_REACH = re.compile(
    r"(?:nhóm|đối tượng)(?:\s+đối tượng)?\s+(?:là|gồm|như)\s*:?\s*([^;:%]{3,160}?)\s+"
    rf"(?:(?:sẽ|phải|đều|cũng|cần)\s+)*đạt(?:\s+{_RATE_WORD})?\s*$", _I)
# The subject of a participation rate, just before its verb, in the same phrase.
_GROUP_SUBJECT = re.compile(
    # (a scheme written out, "tham gia bảo hiểm y tế", counts as the one word "BHYT" it is)
    r"(?:^|[,;:(]|\s)([^,;:()]{1,40}?)\s(?:tham gia|có thẻ)"
    rf"(?:\s+(?:{_SCHEME_WORDS}|\S+)){{0,10}}?\s+(?:đạt|chiếm)"
    rf"(?:\s+{_RATE_WORD})?(?:\s+(?:gần|hơn|trên|khoảng|xấp xỉ|dưới))?\s*$", _I)
# "99,43/%": a stray slash between a number and its percent sign (replaced by a space).
_STRAY_SLASH = re.compile(r"(?<=\d)/(?=\s?%)")
# "đạt được 92%" says what "đạt 92%" says, and the rules read "đạt": "được" is blanked before
# a figure, the spaces put in front of "đạt" (same length: offsets stay valid).
_REACHED_GOT = re.compile(
    rf"(?<!\w)(đạt)\s+được(?=\s+(?:{_RATE_WORD}|mức|\d|gần|hơn|trên|khoảng|xấp xỉ|\())", _I)


def _plain_reached(norm: str) -> str:
    """``norm`` with "đạt được" before a figure written as "đạt", padded in front."""
    return _REACHED_GOT.sub(lambda m: " " * (len(m.group()) - 3) + m.group(1), norm)
# A sentence that starts with its predicate continues the previous sentence's subject.
_NO_SUBJECT = re.compile(r"\s*(?:đạt|chiếm)(?!\w)", _I)
_PLAN_WORD = re.compile(r"(?<!\w)(?:kế hoạch|chỉ tiêu)(?!\w)", _I)
_THIS_FIGURE = re.compile(r"\s*(?:con số|kết quả|số liệu) (?:này|trên)(?!\w)", _I)
_BARE_YEAR = re.compile(r"(?:năm\s+)?\d{4}", _I)
# Any unit of its own a sentence speaks of ("của tỉnh", "toàn quốc"): it details no other one.
# (not the "xã" of "bảo hiểm xã hội", the scheme written out)
_LOCAL_UNITS = r"tỉnh|huyện|(?<!hiểm )xã(?!\s+hội)|phường|thị xã|thị trấn|thành phố|quận"
_UNIT_WORD = re.compile(rf"(?<!\w)(?:{_LOCAL_UNITS}|cả nước|toàn quốc)(?!\w)", _I)
_IN_WHICH = re.compile(r"\s*Trong (?:đó|số (?:đó|này))(?!\w)", _I)
# ... also after a contrast: "Tuy nhiên, trong số này chỉ có hơn 134 ngàn thẻ ... (chiếm khoảng
# 9,56%)" is a share of the total just counted.
_SUB_COUNT = re.compile(
    r"\s*(?:(?:Tuy nhiên|Nhưng|Song)\s*,?\s*)?(?:Trong đó|Trong số (?:đó|này)|Riêng|Tính riêng)"
    r"(?!\w)", _I)


_SCHEME_GROUP_RX = re.compile(
    # ("tham gia BHYT theo hộ gia đình": the household scheme too)
    # ("bảo hiểm xã hội (BHXH) tự nguyện": the abbreviation given in between)
    r"(?:BHYT|BHXH|bảo hiểm y tế|bảo hiểm xã hội)\s+(?:\((?:BHYT|BHXH)\)\s+)?"
    r"(?:theo\s+(?:hình thức\s+)?(?=hộ))?"
    # ("BHYT gia đình": the household scheme, "hộ" left out)
    r"(tự nguyện|hộ gia đình|(?<=BHYT )gia đình|(?<=y tế )gia đình|học sinh|HSSV|bắt buộc)",
    _I)


def _scheme_group(text: str, end: int) -> str | None:
    """A group attached to the scheme word that follows a count ("tham gia BHXH tự nguyện")."""
    # (the scheme may close a list: "lao động làm việc tại 94 hợp tác xã ... đã tham gia BHXH,
    # BHYT bắt buộc")
    listed = rf"(?:(?:BHXH|BHYT|BHTN|{_SCHEME_WORDS})\s*(?:,|và)\s*)"
    m = re.match(r"[^,;.]{0,40}?" + listed + "*" + _SCHEME_GROUP_RX.pattern, text[end:], _I)
    if m is None:
        m = re.match(r"[^,;.]{0,90}?\s(?:tham gia|có thẻ)\s+" + listed + "+"
                     + _SCHEME_GROUP_RX.pattern, text[end:], _I)
    return _SCHEME_GROUP[m.group(1).lower()] if m else None


# "đối tượng tham gia BHXH bắt buộc là 2.140 người": the scheme's group, then the count.
# ("Đối tượng tham gia BHXH tự nguyện 1.354 người": the count right after the group)
# ("tham gia BHXH tự nguyện trên 15.000 người": a qualifier between them)
# ("số người tham gia BHXH bắt buộc là 3.724 người, tham gia tự nguyện là 549 người": the scheme
# left out of the next item)
_SCHEME_GROUP_BEFORE = re.compile(
    r"(?:" + _SCHEME_GROUP_RX.pattern + r"|(?<=tham gia )(tự nguyện|bắt buộc))"
    r"\s*(?:là|:|có|đạt)?(?:\s+(?:gần|hơn|trên|khoảng|xấp xỉ))?\s*$", _I)


_SCHEMELESS_PART = re.compile(
    r"(?<!\w)tham gia\s+(?:tự nguyện|bắt buộc)\s*(?:là|:|có|đạt)?"
    r"(?:\s+(?:gần|hơn|trên|khoảng|xấp xỉ))?\s*$", _I)


def _scheme_group_before(before: str) -> str | None:
    """A group attached to the scheme word just before a count ("BHXH bắt buộc là")."""
    m = _SCHEME_GROUP_BEFORE.search(before)
    return _SCHEME_GROUP[(m.group(1) or m.group(2)).lower()] if m else None


def _scheme_group_in(text: str) -> str | None:
    """The group of the last scheme-and-group phrase in ``text`` ("BHXH tự nguyện")."""
    m = _last(_SCHEME_GROUP_RX.finditer(text))
    return _SCHEME_GROUP[m.group(1).lower()] if m else None


_SURVEY_DATE = re.compile(
    r"(?<!\w)(?:tổng\s+)?điều tra(?:\s+dân số)?(?:\s+\S+){0,3}?\s*(?:ngày\s*)?$", _I)
_PAST_YEAR_OPENS = re.compile(r"\s*(?:trong\s+)?năm\s+(?:vừa\s+)?qua\b", _I)
# ("Năm ngoái, ..."; not "Năm trước khi có Luật BHYT", "Năm trước đây", "Năm trước đó")
# ("...; nay tỷ lệ bao phủ ... đã đạt 91%", "năm nay": now, in the same sentence)
_NAY = re.compile(r"(?<!\w)nay(?!\w)", _I)
_LAST_YEAR_OPENS = re.compile(r"\s*(?:trong\s+)?năm\s+(?:ngoái|trước|rồi)\s*,", _I)
# (a base year, "So với năm 2009, ...", or one of a multi-year review, "Sau 10 năm thực hiện ...
# tăng 28% so với năm 2012")
_BASE_YEAR_OPENS = re.compile(
    r"\s*so với\s+(?:cùng kỳ\s+)?năm\b|.*\b(?:sau|qua)\s+(?:\d+|hơn \d+)\s+năm\b|.*\bgiai đoạn\b",
    _I)
_REVIEW_YEARS = re.compile(r".*\b(?:sau|qua)\s+(?:hơn\s+)?(?P<n>\d+)\s+năm\b", _I)
_MULTIPLE_BEFORE = re.compile(
    r"(?<!\w)gấp\s+(?:(?:trên|hơn|gần|khoảng)\s+)?(?P<n>[\d.,]+)\s+lần\s*$", _I)
_COMPARED_WITH_YEAR = re.compile(
    r"(?<!\w)so với\s+(?P<same>cùng kỳ\s+)?năm\s+(?P<y>\d{4})(?!\d)", _I)


_MONTHS_PAST = re.compile(r"(?<![\w/.,])(?P<n>\d{1,2})\s+tháng\s+(?:vừa\s+)?qua(?!\w)", _I)


def _months_past(norm: str, published: dt.date | None) -> list[When]:
    """"N tháng qua" written in the month after the N-th (or in it): the year's first N months."""
    out = []
    for m in _MONTHS_PAST.finditer(norm) if published is not None else ():
        n = int(m["n"])
        if 1 <= n <= 12 and published.month - 1 <= n <= published.month:
            last = dt.date(published.year, n, calendar.monthrange(published.year, n)[1])
            out.append(When(m.start(), m.end(), last, "end_of_period",
                            dt.date(published.year, 1, 1), last))
    return out


def _other_fields_time(norm: str, when: When) -> bool:
    """Whether a time lies in a clause about another field's money ("thu ngân sách nhà nước ...
    đến ngày 15/12/2025 đạt 245 tỷ đồng"), which dates nothing of insurance."""
    start = norm.rfind(";", 0, when.start) + 1
    end = norm.find(";", when.end)
    clause = norm[start : end if end >= 0 else len(norm)]
    return bool(_PUBLIC_MONEY.search(clause)) and not _INSURANCE_CONTEXT.search(clause)


def _in_its_december(meeting: When, period: When) -> bool:
    """Whether a meeting is held in the last month of the year it reviews."""
    return (meeting.date is not None and period.date is not None
            and meeting.date.year == period.date.year and meeting.date.month == 12)


def _benefit_paid(norm: str, fact: _Fact, paid_after_benefit: bool) -> bool:
    """Whether money spent is the unemployment benefit paid: read so in its own clause, or the
    sum a sentence opens with after one naming the benefit (not the budget's money)."""
    return fact.indicator == "fund_expenditure" and (
        fact.scheme == "unemployment_insurance"
        or (paid_after_benefit and not _BUDGET_MONEY.search(norm, 0, fact.at)))


def _year_after_compared(norm: str, published: dt.date | None) -> int | None:
    """The year a sentence's undated figures are of when it compares them with the year before
    ("tăng 2% so với năm 2018": 2019): only where the article has no date ("cùng kỳ năm 2018"
    then too) or one after that year's end."""
    # (a large multiple is of a base year long past, "tăng gấp trên 40 lần so với năm 1997";
    # "tăng gấp 1,5 lần so với năm 2022" is the year before's, as a percentage would be)
    m = next((c for c in _COMPARED_WITH_YEAR.finditer(norm)
              if (times := _MULTIPLE_BEFORE.search(norm, max(0, c.start() - 30), c.start()))
              is None or parse_number(times["n"]) < 5), None)
    if m is None:
        return None
    if (review := _REVIEW_YEARS.match(norm)) is not None and (
            int(m["y"]) < published.year - 2 if published is not None
            else int(review["n"]) >= 3):
        # (not a multi-year review's base year: "Sau 15 năm thực hiện Chỉ thị 38-CT/TW, ... tăng
        # 42% so với năm 2009"; but "Sau 1 năm thực hiện ..., tăng 2% so với năm 2022" in an
        # article of January 2024 is of 2023)
        return None
    year = int(m["y"]) + 1
    if published is None or (not m["same"] and published.year > year):
        return year
    return None


def _just_before(when: When, published: dt.date | None) -> bool:
    """Whether an "as of" date falls in the two months before the article's date."""
    return (published is not None and when.date is not None
            and 0 <= (published - when.date).days <= 62)


def _own_clause(before: str) -> str:
    """The words after a heading's colon when the figure is the object of their own "có" (or
    "tổng số"):
    in "kết quả tham gia BHYT hằng năm: Năm 2010, toàn tỉnh có trên 260 nghìn HSSV" the count
    is of the pupils and students, not of the participants the heading names (but in "Số người
    tham gia BHYT: 260 nghìn" the heading is the count's own subject)."""
    _, colon, own = before.rpartition(":")
    return own if colon and _HAS_OBJECT.search(own) else before


def _subject_group(upto: str) -> str | None:
    """The group of the subject a figure is reported for ("số người tham gia BHXH bắt buộc là")."""
    subjects = list(_SUBJECT.finditer(upto))
    if not subjects:
        return None
    region = upto[subjects[-1].end() :]
    if m := _SCHEME_GROUP_RX.search(region):
        return _SCHEME_GROUP[m.group(1).lower()]
    return (_groups(region) or [None])[0]


def _clause_facts(
    text: str, cs: int, ce: int, figures: list[Quantity | Ratio], reading: _Reading,
) -> list[_Fact]:
    """Read the figures of one clause ``text[cs:ce]`` into facts."""
    facts: list[_Fact] = []
    used: set[int] = set()  # percentages already read with their ratio
    prev_end = cs  # end of the last figure that meant something ("năm học 2023" does not)
    any_end = cs  # end of the previous figure, whatever it meant
    rest = False  # the previous figure was no level (a remainder, a difference)
    for k, fig in enumerate(figures):
        if k in used:
            any_end = fig.end
            continue
        nxt = figures[k + 1] if k + 1 < len(figures) else None
        window = _Window(text[prev_end : fig.start], text[cs : fig.start],
                         text[fig.end : min(nxt.start if nxt else ce, fig.end + 80)],
                         text[any_end : fig.start], text[max(cs, fig.start - 60) : fig.start])
        if _not_a_level(fig, window, reading.is_target) or (
                rest and isinstance(fig, Quantity) and not _RATE_NOUN.search(window.near)
                # (not a rate that names its scheme after another field's share was dropped:
                # "tỷ lệ gia đình văn hóa ... đạt 92%, tham gia BHYT đạt 94%")
                and not (fig.unit == "percent" and _SCHEME_REACHES.search(window.near)) and (
                    _NEXT_ITEM.fullmatch(window.near) or _NEXT_COUNT.fullmatch(window.near)
                    # "tăng 11,5 nghìn người so với cuối năm 2015 và 598 nghìn người so với cùng
                    # kỳ năm 2015": the next change of the pair
                    or _NEXT_CHANGE.fullmatch(window.near)
                    # "tăng so với cùng kỳ năm trước là 22.948 người (1,76%)": the change's share
                    or (fig.unit == "percent" and _SHARE_IN_BRACKETS.fullmatch(window.near)))) or (
                # "cần phải phát triển thêm 143.000 người ...; 18.683 người ... và 358.000
                # người ...": the items after a semicolon of a list of remainders
                k == 0 and reading.rest_items and isinstance(fig, Quantity)
                and fig.unit != "percent" and window.upto.strip() in ("", "và")
                and not _OWN_VERB.search(text, fig.end, ce)):
            # (an item that names its own rate, "... và tỷ lệ bao phủ BHYT đạt 95%", is new)
            got, is_count = [], False
            rest = True  # the next item of the list is a remainder too
            # (a shortfall's list goes on past a semicolon; a difference's does not)
            reading.rest_items = bool(_STILL_NEEDED.search(window.upto)) or (
                k == 0 and reading.rest_items)
            if _DIFFERENCE.search(window.lead) or _CHANGE_SHARE.search(window.lead):
                # "1.785/1.666 người, tăng 1.490 người so với cùng kỳ, đạt 107,1% kế hoạch": a
                # change in between leaves the count it qualifies the last one read
                any_end = fig.end
                continue
        elif isinstance(fig, Ratio):
            got, is_count = _ratio_facts(text, fig, nxt, window, reading.last_rate), True
            if got and len(got) == 3:
                used.add(k + 1)
            rest = False
        else:
            got, is_count = _quantity_facts(text, cs, ce, fig, nxt, window, reading)
            rest = False
            if not got and _CHANGE_SHARE.search(window.lead):
                # "588 người, giảm 39 người (6,22%) ..., đạt 47,38% kế hoạch": the change's
                # share leaves the count it qualifies the last one read
                any_end = fig.end
                continue
        if got:
            facts.extend(got)
            prev_end = fig.end
            if got[0].indicator == "participants" and got[0].group:
                reading.count_group = got[0].group
            # (a collection rate, too: "... cao nhất là Phòng Quản lý thu (78,05%); BHXH huyện
            # Sông Mã (71,11%), ...": the next units' rates are of the same kind)
            rates = [f for f in got if (f.indicator in ("coverage_rate", "group_coverage_rate")
                                        or f.scheme_free and f.indicator == "plan_completion")
                     and not f.plan_of_last]
            if rates:
                reading.last_rate = rates[-1]
        if not rest:
            reading.rest_items = False
        if (got and got[0].indicator == "population" and reading.last_count is not None
                and reading.last_count.indicator == "participants"):
            # "có 9.120 người tham gia BHYT, so với tổng số dân 10.402 người, đạt 87,68%": the
            # count just read over the population after it; the rate that follows is of both
            reading.total = got[0]
        else:
            reading.last_count = got[0] if got and is_count else None
        any_end = fig.end
    reading.item = next((f for f in facts if f.indicator == "participants"), None)
    return facts


@dataclass(frozen=True, slots=True)
class _Window:
    """The words around a figure inside its clause."""

    before: str  # since the previous figure that meant something
    upto: str  # since the start of the clause
    after: str  # up to the next figure (at most 80 characters)
    near: str  # since the previous figure, whatever it meant
    lead: str  # the 60 characters before the figure, inside the clause


# People who left a scheme: "42.541 người đã dừng tham gia bảo hiểm thất nghiệp", "thôi đóng".
_STOPPED = re.compile(
    r"\s*(?:người|lao động|đối tượng)?\s*(?:đã\s+)?(?:dừng|ngừng|thôi)\s+(?:tham gia|đóng)(?!\w)",
    _I)
# A clause that speaks of another time than its sentence's date: "cùng kỳ năm trước là ...".
_OTHER_TIME = re.compile(
    r"(?<!\w)(?:cùng kỳ|năm trước|năm ngoái|so với|trước đó|khi|cuối năm)(?!\w)", _I)
# Workers whose contributions were suspended or cut: "giải quyết tạm dừng đóng BHXH vào quỹ hưu
# trí, tử tuất cho 32.371 lao động", "giảm mức đóng ... cho 45.120 lao động".
# (insurance contributions, and "cho" governed by the suspension: not "... nhưng vẫn đóng BHYT
# ... cho 8.000 lao động", "... đã tiếp tục tham gia BHXH cho ...", "hoãn đóng kinh phí công đoàn")
_SUSPENDED_FOR = re.compile(
    r"(?<!\w)(?:tạm\s+(?:dừng|ngừng)|giãn|hoãn|giảm(?:\s+mức)?)\s+(?:việc\s+)?đóng\s+"
    r"(?:BHXH|BHYT|BHTN|bảo hiểm|vào quỹ)"
    r"(?:(?!\b(?:vẫn|tiếp tục|duy trì|tham gia|nhưng|đã đóng)\b)[^;]){0,100}?"
    r"(?<!\w)cho\s+(?:(?:khoảng|hơn|trên|gần|tổng số)\s+)*$", _I)
# A share of the people who applied or of the claims, not of any population: "đạt tỷ lệ 92,1% số
# lao động đề nghị hưởng".
# A sector of the economy as a rate's subject.
_SECTOR = re.compile(
    r"(?<!\w)khu vực\s+(?:kinh tế\s+)?(?:phi chính thức|tư nhân|nhà nước|ngoài nhà nước|này"
    r"|tập thể|hợp tác xã|doanh nghiệp|có vốn đầu tư nước ngoài|FDI)(?!\w)", _I)
# (an area of its own after the sector: "của tỉnh", "toàn huyện", "tỉnh Bình Dương", "cả nước")
_AREA_OWN_AFTER_SECTOR = re.compile(
    r"(?<!\w)(?:(?:của|toàn)\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn|quận)(?!\w)"
    r"|(?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn|quận)\s+(?-i:[A-ZĐ])|cả nước|toàn quốc)",
    _I)
_INSURED_PEOPLE_AFTER = re.compile(r"\s*(?:người|đối tượng|lao động)\s+(?:tham gia|có thẻ)(?!\w)",
                                   _I)
_ESTIMATE_NAMED = re.compile(
    r"\s*\)?\s*(?:so(?: với)?\s+|(?:trong|của)\s+)?(?:tổng\s+)?(?:số\s+)?dự toán(?!\w)", _I)
_POVERTY_RATE = re.compile(
    r"(?<!\w)(?:tỷ|tỉ) lệ\s+(?:hộ\s+)?(?:nghèo|cận nghèo)(?!\w)(?![^;,%]{0,40}(?:tham gia|có thẻ"
    r"|BHYT|bảo hiểm))", _I)
_HEALTH_SERVICE_SHARE = re.compile(
    r"\s*(?:dân số|người dân)\s+(?:được\s+)?(?:tiếp cận|khám|quản lý|theo dõi|lập hồ sơ"
    r"|sử dụng nước)(?!\w)", _I)
_PAYMENT_SHARE = re.compile(r"(?<!\w)(?:tỷ|tỉ) lệ\s+(?:chi trả|thanh toán|giải quyết|nhận)(?!\w)",
                            _I)
_PROPOSED_SPENDING = re.compile(
    r"(?<!\w)(?:đề xuất|đề nghị|kiến nghị|trình)(?:\s+\S+){0,3}?\s+chi(?:\s+trả)?"
    r"(?:\s+(?:khoảng|hơn|trên|gần))?\s*$", _I)
# (also with the document as the sentence's subject: "Nghị quyết số 72-NQ/TW của Bộ Chính trị đặt
# mục tiêu ...", "Mục tiêu Nghị quyết 28-NQ/TW đến năm 2030 có khoảng 60% ...")
_LOCAL_UNIT_SUBJECT = re.compile(rf"(?<!\w)(?:{_LOCAL_UNITS})(?!\w)", _I)
_NATIONAL_AIM = re.compile(
    r"\s*(?:theo\s+|(?:mục tiêu|chỉ tiêu)\s+(?:của\s+)?)?"
    r"(?:nghị quyết|chỉ thị|kết luận|quyết định|nghị định|chiến lược|đề án)(?!\w)"
    r"[^,;:]{0,40}?(?:/TW|-CP|-TTg|/QH\d|của\s+(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương"
    r"|Chính phủ|Quốc hội|Thủ tướng))", _I)
_BY_YEAR = re.compile(r"(?<!\w)(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}(?!\d)", _I)
_GROWTH_PACE = re.compile(r"(?<!\w)(?:tốc độ\s+(?:(?:gia\s+)?tăng|tăng trưởng|phát triển)"
                          r"|tăng\s+bình quân|bình quân\s+(?:hằng|hàng|mỗi)\s+năm\s+tăng)(?!\w)",
                          _I)
_OTHER_QUOTA_AFTER = re.compile(
    r"\s*%?\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch)\s+(?:(?:giao\s+)?(?:tuyển quân|giao quân|nhập ngũ"
    r"|gọi công dân|thu ngân sách|thu thuế|trồng rừng|giải ngân|xây dựng|sản xuất|kết nạp))(?!\w)",
    _I)
_PARTY_WORK = re.compile(r"(?<!\w)(?:kết nạp|đảng viên mới|phát triển đảng viên)(?!\w)", _I)
_SHARE_THEN_MONEY = re.compile(r"(?<!\w)chiếm(?:\s+(?:khoảng|trên|hơn|gần))?\s*$", _I)
_MONEY_IN_BRACKETS = re.compile(
    r"\s*%?\s*\(\s*(?:(?:khoảng|trên|hơn|gần)\s+)?[\d.,]+\s*(?:(?:nghìn|ngàn)\s+)?(?:tỷ|tỉ|triệu)"
    r"(?:\s+đồng)?", _I)
_SHARE_OF_APPLICANTS = re.compile(
    r"\s*%?\s*(?:so với\s+)?(?:tổng\s+)?số\s+(?:người|lao động|hồ sơ|trường hợp)(?:\s+\S+){0,2}?\s+"
    r"(?:đề nghị|nộp hồ sơ|đủ điều kiện)(?!\w)", _I)


def _not_a_level(fig: Quantity | Ratio, w: _Window, is_target: Callable[[int], bool]) -> bool:
    """Figures that are no level of anything: differences, increments, the uninsured rest,
    thresholds of a classification, shares of units rather than of people, parts of a name."""
    if (_DIFFERENCE.search(w.lead) or _REMAINING.search(w.near) or _IN_QUOTED_NAME.search(w.upto)
            or _STOPPED.match(w.after) or _SUSPENDED_FOR.search(w.upto)):
        return True
    if (isinstance(fig, Quantity) and fig.unit != "percent" and fig.value <= 20
            and _KINDS_REFERRED.match(w.after)):
        return True  # "... của 02 đối tượng trên": the two kinds just named
    if isinstance(fig, Quantity) and fig.unit != "percent" and _AFFECTED.match(w.after):
        return True  # "trên 271 ngàn người bị tác động, thôi hưởng chính sách hỗ trợ": affected
    if _NOT_INCLUDED.search(w.lead):
        return True  # "..., chưa bao gồm 163.248 người dân tỉnh có BHYT do BHXH tỉnh khác ... cấp"
    if isinstance(fig, Quantity) and fig.unit == "vnd" and _OVERRUN.search(w.lead):
        return True
    if not (isinstance(fig, Quantity) and fig.unit == "percent") and (
            _THROUGH_CHANNEL.match(w.after) or _NEW_QUOTA.search(w.upto)
            or _BOOKS_HANDED.search(w.upto)
            or _STILL_NEEDED.search(w.upto) or _NEWLY.search(w.upto) or _OTHERS.search(w.upto)
            or _WON_OVER.search(w.lead) or _WON_OVER_LIST.search(w.upto)
            or _JOINED_NEW.match(w.after) or _ONE_DAY.match(w.after)
            or ((spot := _ON_THE_SPOT.match(w.after)) is not None
                and (not spot["spot"] or _EVENT_WORD.search(w.upto)))
            or (_DRAWN_IN.search(w.lead) and _JOINS_SCHEME.match(w.after))
            or _NEW_SUBJECT.search(w.upto)):
        return True
    if _GAP_IN_BRACKETS.search(w.upto):
        return True  # "còn thiếu 31,5% (khoảng 157.700 người) so với mục tiêu": the gap's people
    if ((_UNINSURED_AFTER.search(w.after[:60]) and not _CAUSE_AFTER.match(w.after))
            or _UNINSURED_SUBJECT.search(w.near)
            or _NOT_INSURED_AFTER.match(w.after)
            or (_MUST_JOIN_AFTER.match(w.after) and not _PLAN_OR_AIM.search(w.upto)
                and not _EQUIVALENT_AFTER.search(w.after))
            or (isinstance(fig, Quantity) and fig.unit != "percent"
                and _ELDERLY_COUNTED.match(w.after))):
        return True
    if isinstance(fig, Quantity) and (
            (fig.unit == "percent" and _UNINSURED_COUNT_THEN.match(w.near))
            or (fig.unit != "percent" and _OTHER_CATEGORY_AFTER.match(w.after))):
        # "còn lại 274 em chưa tham gia, tương ứng tỷ lệ 0,08%": the uninsured's share; "(bao
        # gồm 43.800 em tham gia theo đối tượng khác: hộ nghèo, ...)": the part enrolled under
        # another group, counted there
        return True
    if not (isinstance(fig, Quantity) and fig.unit == "percent") and _LABOUR_FORCE_COUNT.search(
            w.lead):
        return True  # "(tổng số lực lượng lao động 557.152 người)": the base, not the insured
    if _ONLY_ONE_SCHEME.search(w.near):
        # "trong đó số người chỉ tham gia bảo hiểm y tế (không bao gồm ...) là 1.322.660 người":
        # the insured of one scheme alone, a part no group names
        return True
    if _HYPOTHETICAL.search(w.upto):
        return True  # "trường hợp không giảm theo Quyết định ... thì tỷ lệ ... là 93,62%"
    if _PER_HEAD.search(w.upto):
        return True  # "Bình quân 1 cán bộ ... theo dõi khoảng 12.900 người": a workload
    if _EACH_UNIT.search(w.near):
        return True  # "mỗi huyện ... tối thiểu có 50 người tham gia": a quota for every unit
    if _RAISED_TO.search(w.after) and not (
            (_WHOLE_UNIT_HAS.search(w.lead) or _SCHEME_STOCK.search(w.lead))
            and _RAISED_RATE.match(w.after)):
        # "18.200 người mua BHYT, nâng tổng số ... lên": an increment; but "toàn thành phố có
        # 155.689 người tham gia BHYT, nâng tỷ lệ bao phủ ... đạt 88,1%" is the whole unit's count
        return True
    if isinstance(fig, Quantity) and fig.unit == "percent":
        if (_OTHER_RATE.search(w.near[-50:]) or _RANGE_UPPER.search(w.lead)
                or _CARE_SHARE.search(w.upto) or _BOOKS.search(w.upto)):
            return True  # the upper bound of "95-96,9%" is read with its lower bound
        if (_SHARE_OF_PARTICIPANTS.match(w.after) or _other_rate(w.upto)
                or _SHARE_OF_UNITS.match(w.after) or _SHARE_OF_CONTRIBUTION.match(w.after)
                or (_SUPPORT_LEVEL_BEFORE.search(w.near) and not _HOLDS_CARD_AFTER.match(w.after))):
            return True
        if _CHANGE_SHARE.search(w.lead):
            return True  # "tăng 308.500 người (16,72%) so với cùng kỳ": the change's share
        if _OWED_BEFORE.search(w.upto) and _OF_ESTIMATE_AFTER.match(w.after):
            # "còn nợ 61.504 triệu đồng, bằng 3,47% dự toán thu": the debt's share of the
            # revenue estimate, no plan done
            return True
        if ((recruited := _last(_RECRUITED.finditer(w.upto))) is not None
                and not _TOTAL_AFTER_RECRUITS.search(w.upto, recruited.end())
                and _OF_PLAN_AFTER.match(w.after)):
            # "mới phát triển được 1.555 đối tượng tham gia BHXH tự nguyện đạt 37% kế hoạch
            # Tổng công ty giao": the share of a recruiting plan, no level of the scheme
            return True
        if (_TITLE_SHARE.search(w.near) and _RECOGNISED.search(w.near)
                and not _INSURANCE_NAMED.search(w.after)):
            # "số hộ gia đình được công nhận 'Gia đình văn hoá' đạt 100%": a title's share
            return True
        if _OF_OTHER_WHOLE_AFTER.match(w.after):
            # "chuyển đổi cơ cấu cây trồng đạt 20% trên tổng diện tích": a share of land, output
            # or value, no people's
            return True
        if (_PEOPLE_OF_AREA_AFTER.match(w.after) and _OTHER_PREDICATE_AFTER.match(w.after)
                and not _INSURANCE_NAMED.search(w.lead)):
            # "95% số dân sử dụng nước sạch", "98% dân số được dùng nước hợp vệ sinh": the people's
            # share of something else, in a clause that names no insurance
            return True
        if _FOR_CLASS_OF_UNITS.match(w.after):
            # "duy trì tỷ lệ tham gia BHYT đạt 90% đối với xã nông thôn mới và 95% đối với xã
            # nông thôn mới nâng cao": a standard for a class of units, no unit's level
            return True
        if (m := _THRESHOLD_AFTER.match(w.after)) is not None and not (
                fig.qualifier is None and _UNITS_LISTED_AFTER.match(m.group())):
            # a goal "từ 85% trở lên" is a level (at least 85%), a classification or a
            # certification criterion is not ("4 xã có tỷ lệ bao phủ dưới 80%, gồm An Hóa, Tân
            # Thạch"); but a bare level the units listed after it reached is theirs ("6 quận,
            # huyện có tỷ lệ ... đạt 100% gồm: Hải Châu, Thanh Khê, ...")
            return not (m.group().strip().lower() == "trở lên" and is_target(fig.start)
                        and not _CRITERION.search(w.upto))
        if (subject := _last(_UNIT_SUBJECT.finditer(w.upto))) is not None:
            # "10/17 xã đạt ...": about those units, unless a unit is named ("xã Loan Mỹ chiếm",
            # "2 xã ... là: Tân An (đạt 75%)")
            # (or named after the figure: "6 quận, huyện có tỷ lệ ... đạt 100% gồm: Hải Châu,
            # Thanh Khê, ...")
            return not (_NAMED_UNIT.search(w.upto, subject.end())
                        or _UNITS_NAMED.search(w.upto, subject.end()) or _names_after(w.after, 0))
    return False


_POOR_SUBJECT = re.compile(r"\s*hộ (?:cận )?nghèo(?!\w)", _I)


def _other_rate(upto: str) -> bool:
    """Whether the rate the clause names last is not of insured people: renewal of lapsed cards
    ("tỷ lệ đóng nối BHYT ... đạt trên 95%"), or a rate of another topic whose own phrase names
    no insurance ("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng ... 13,9%")."""
    noun = _last(_RATE_NOUN.finditer(upto))
    if noun is None:
        return False
    phrase = upto[noun.end() :]
    if _EARLIER_SHARE.search(phrase):
        # "tỷ lệ giải ngân vốn đầu tư công ... đạt 88%, bao phủ BHYT đạt 93,1%": the noun was
        # the earlier share's; this one names its own subject after it
        return False
    if (_RENEWAL.match(phrase) or _BUDGET_USE.match(phrase) or _ARREARS_RATE.match(phrase)
            or (_CERTIFIED_UNITS.match(phrase) and not _INSURANCE_NAMED.search(phrase))):
        # ("tỷ lệ sử dụng dự toán chi khám, chữa bệnh BHYT ... là 79,1%": money; "Tỷ lệ nợ
        # BHXH, BHYT là 3,2%": the share of the revenue owed, no coverage)
        return True
    verb = _RATE_VERB.search(phrase)
    subject = phrase[: verb.start()] if verb else phrase
    if _MEMBERS.match(subject) or (_POOR_SUBJECT.match(subject)
                                   and not _INSURANCE_NAMED.search(subject)):
        # "tỷ lệ hội viên tham gia BHYT giảm còn 70%": an organisation's members, no population
        # of the area; "tỷ lệ hộ nghèo giảm còn 1,42%": the poverty rate
        return True
    # "tham gia" alone does not make it insurance: "tỷ lệ người dân tham gia và sử dụng ứng
    # dụng khám chữa bệnh từ xa đạt 40%"
    return (_OTHER_TOPIC.search(subject) is not None and not _INSURANCE_NAMED.search(subject)
            or (_RECORDS_SUBJECT.match(subject) is not None
                and not _INSURANCE_NAMED.search(subject)))


def _last(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - the last one is wanted
        pass
    return found


def _ratio_facts(text: str, fig: Ratio, nxt: Quantity | Ratio | None, w: _Window,
                 stated: _Fact | None = None) -> list[_Fact]:
    """ "99.323/102.319 người ... đạt tỷ lệ 97,07%": count, population or plan, and the rate.

    A ratio that restates the coverage rate just read ("đạt 68,01% độ bao phủ, tương đương
    860.061/1.264.627 người") is of the population too."""
    if fig.denominator <= 10 and fig.numerator < fig.denominator:
        return []  # "2/3 người di cư có thẻ bảo hiểm y tế": a fraction, no count of anyone
    if _LABOUR_FORCE_AFTER.match(w.after):
        # "19.273/86.639 lực lượng lao động, đạt tỷ lệ 22,25%": the insured over the labour
        # force (no indicator of its own), and the scheme's coverage of it
        facts = [_Fact("participants", fig.numerator, "person", fig.start, fig.qualifier)]
        if (isinstance(nxt, Quantity) and nxt.unit == "percent" and fig.denominator
                and abs(fig.numerator * 100 / fig.denominator - nxt.value) <= Decimal("0.6")):
            facts.append(_Fact("coverage_rate", nxt.value, "percent", nxt.start, nxt.qualifier,
                               None, fig.numerator, fig.denominator))
        return facts
    if not _PEOPLE.match(w.after):
        return []
    listed = _group_list(text, fig.end)
    if not listed and _MEMBERS.match(w.after):
        return []  # "325/1.320 hội viên mua BHYT": an organisation's members
    # "43.137/44.000 hộ gia đình ... tham gia BHYT": the group counted, as after a plain count
    group = (_scheme_group(text, fig.end) or (listed[0] if len(listed) == 1 else None)
             # "tham gia BHXH tự nguyện: 1.785/1.666 người": the group named just before
             or _scheme_group_before(w.before)
             # "BHXH tự nguyện toàn huyện có 824/1.930 người tham gia": the clause's subject
             or _headed_group(w.upto))
    facts = [_Fact("participants", fig.numerator, "person", fig.start, fig.qualifier, group)]
    rate = nxt if isinstance(nxt, Quantity) and nxt.unit == "percent" else None
    share = fig.numerator * 100 / fig.denominator
    if rate is not None and abs(share - rate.value) > Decimal("0.6"):
        rate = None  # a percentage of something else
    around = text[fig.end : rate.end + 15 if rate else fig.end + 60]
    # of the population when the text says so (and it cannot exceed it), else of the plan
    coverage = bool(re.search(rf"dân số|bao phủ|{_RATE_WORD}", around, _I)) and share <= 100
    if (not coverage and share <= 100
            and (_WHOLE_UNIT_HAS.search(w.lead) or _IN_WHOLE_UNIT.match(text, fig.end))
            and not re.search(r"kế hoạch|KH|chỉ tiêu|giao", around, _I)):
        # "toàn xã có 7.772/7.855 người tham gia", "43.137/44.000 hộ gia đình trên địa bàn huyện
        # tham gia": of all its people
        coverage = True
    if (rate is None and stated is not None and stated.indicator == "coverage_rate"
            and abs(share - stated.value) <= Decimal("0.6")):
        coverage = True
    if (not coverage and share <= 100 and _OVER_TOTAL.search(text, fig.start, fig.end)
            and not re.search(r"kế hoạch|KH|chỉ tiêu|giao", around, _I)):
        coverage = True  # "1.492 người/tổng số 2.174 người dân": of all its people
    facts.append(_Fact("population" if coverage else "plan_participants", fig.denominator,
                       "person", fig.start, None, group))
    if rate is not None:
        indicator = "coverage_rate" if coverage else "plan_completion"
        of_group = coverage and group is not None and listed == [group]
        # "10.955 học sinh/14.380 học sinh ..., đạt 76% kế hoạch": the group's plan
        facts.append(_Fact("group_coverage_rate" if of_group else indicator, rate.value,
                           "percent", rate.start, rate.qualifier,
                           group if of_group or not coverage else None,
                           fig.numerator, fig.denominator))
    return facts


# A health provider as the subject of "thu": its own income, not the fund's revenue ("Trung tâm Y tế
# huyện Duy Xuyên thu hơn 94,3 tỷ đồng", "Bệnh viện đa khoa tỉnh đã thu được 120 tỷ đồng").
_PROVIDER_EARNS = re.compile(
    r"(?<!\w)(?:Trung tâm Y tế|TTYT|Bệnh viện|BVĐK|Trạm Y tế|TYT|Phòng khám)(?!\w)"
    r"[^,;:.%\d]{0,50}?\s(?:đã\s+|đơn vị\s+)?thu(?:\s+được)?\s+(?:(?:hơn|trên|gần|khoảng)\s+)?$",
    _I)


# ... unless the agency or an agent collects with or at it: "BHXH huyện phối hợp với Trung tâm Y tế
# huyện thu 2,5 tỷ đồng", "đại lý thu đặt tại Trạm Y tế xã ... đã thu 500 triệu đồng".
_COLLECTOR_BEFORE = re.compile(
    r"(?<!\w)(?:BHXH|Bảo hiểm xã hội|đại lý|phối hợp|cùng(?:\s+với)?|tại|đặt tại)(?!\w)", _I)


# A clause part headed by one scheme and its group ("BHXH tự nguyện toàn huyện có ...") or a topic
# set off before it ("Về BHXH tự nguyện, ...", "Riêng BHYT học sinh, sinh viên, ...").
_GROUP_HEAD = re.compile(
    r"^\s*(?:(?:về|đối với|riêng|riêng đối với)\s+)?(?:BHXH|BHYT|bảo hiểm (?:xã hội|y tế))\s+"
    r"(?:tự nguyện|bắt buộc|hộ gia đình|học sinh)", _I)
_TOPIC_HEAD = re.compile(
    r"^\s*(?:về|đối với|riêng|riêng đối với)\s+(?:BHXH|BHYT|bảo hiểm (?:xã hội|y tế))\s+"
    r"(?:tự nguyện|bắt buộc|hộ gia đình|học sinh(?:,?\s*sinh viên)?)\s*$", _I)


def _headed_group(upto: str) -> str | None:
    """The group of the scheme that heads the figure's own clause part ("; BHXH tự nguyện toàn
    huyện có 824/1.930 người", one scheme named in it) or that a topic sets off first ("Về
    BHXH tự nguyện, toàn huyện có ..."); not a group named in passing ("Nhờ vận động BHYT hộ
    gia đình, đến nay toàn huyện có 88.000/90.000 người có thẻ")."""
    parts = re.split(r"[,;]", upto)
    last = parts[-1]
    if _GROUP_HEAD.match(last) and len(_SCHEME.findall(last)) == 1:
        return _scheme_group_in(last)
    if len(parts) >= 2 and _TOPIC_HEAD.match(parts[0]) and not any(
            _SCHEME.search(p) for p in parts[1:]):
        return _scheme_group_in(parts[0])
    return None


def _quantity_facts(
    text: str, cs: int, ce: int, q: Quantity, nxt: Quantity | Ratio | None, w: _Window,
    reading: _Reading,
) -> tuple[list[_Fact], bool]:
    """Facts of one number, and whether it counted participants."""
    if q.unit is None and _OVER_QUOTA.match(text, q.end) is not None:
        # "huyện đã có 2.870 tham gia BHXH tự nguyện/chỉ tiêu 3.335 người, đạt 86,05% kế hoạch":
        # a count written over its quota, as "2.870/3.335 người" would be
        return [_Fact("participants", q.value, "person", q.start, q.qualifier,
                      _scheme_group(text, q.end))], True
    if q.unit is None and _QUOTA_OF_COUNT.search(w.lead):
        return [_Fact("plan_participants", q.value, "person", q.start, q.qualifier,
                      reading.last_count.group if reading.last_count else None)], False
    if q.qualifier == "at_least" and _FROM_BEFORE.search(w.lead) and _MOVED_AFTER.match(
            text, q.end):
        # "tăng từ 1.200 người (năm 2018) lên 2.500 người": where it started, not "at least"
        q = replace(q, qualifier=None)
    if q.unit == "vnd":
        # ("số thu BHXH, BHYT ... (hơn 250 tỷ đồng/năm)": a year's total, not a rate)
        per = _PER_UNIT.match(text, q.end) and not (
            _PER_YEAR.match(text, q.end) and q.value >= 10**9)
        if per or _AVERAGE.search(w.lead):
            return [], False  # "bình quân chi trả hơn 6,4 tỷ đồng/tháng": a rate, no total
        if _PROPOSED_SPENDING.search(w.lead):
            # "UBND TP.HCM đề xuất chi hơn 2.100 tỉ đồng để miễn phí BHYT ...": money proposed,
            # not spent
            return [], False
        if (_UNEMPLOYMENT_BENEFIT.search(text) and _BENEFIT_PAID.search(w.upto)
                and not _BUDGET_MONEY.search(w.upto) and not _BUDGET_MONEY.search(text, q.end, ce)
                and not _EXPENSE_OTHER.search(w.near)):
            # "... đề nghị hưởng trợ cấp thất nghiệp, ra quyết định hưởng cho 2.870 người với
            # tổng số tiền 58,6 tỷ đồng", "450 người được hỗ trợ học nghề với kinh phí 2,1 tỷ
            # đồng": the benefit (and the training support) the unemployment fund pays
            return [_Fact("fund_expenditure", q.value, "vnd", q.start, q.qualifier,
                          scheme="unemployment_insurance")], False
        if ((paid := _last(_BENEFIT_MONEY.finditer(w.near))) is not None
                and not _BUDGET_MONEY.search(w.near, paid.end())
                # (not people who are not eligible: "... nhưng không đủ điều kiện hưởng trợ cấp
                # thất nghiệp tổng số tiền gần 30 triệu đồng")
                and not _NOT_ENTITLED.search(w.near, max(0, paid.start() - 30), paid.start() + 1)
                and not _EXPENSE.search(w.near, paid.end())):
            # "giải quyết cho 5.000 người hưởng trợ cấp thất nghiệp với tổng số tiền 120 tỷ
            # đồng": the unemployment benefit paid, the unemployment-insurance fund's spending
            return [_Fact("fund_expenditure", q.value, "vnd", q.start, q.qualifier,
                          scheme="unemployment_insurance")], False
        thu = [m.start() for m in _REVENUE.finditer(w.upto)]
        chi = [m.start() for m in _EXPENSE.finditer(w.upto)]
        # (the fund named before the sum in its sentence, or right after it)
        fund = (_last(_FROM_FUND.finditer(text, 0, q.start))
                or _FROM_FUND.match(text, q.end, min(ce, q.end + 60)))
        if (not thu and _SUM_PAID.search(w.lead) and fund is not None
                and _PAID_OUT.search(w.upto) and not _NOT_PAID_OUT.search(w.upto)
                and not _UNPAID.search(w.upto) and not _OWED.search(w.upto)
                and not _CLAIMED.search(w.upto) and not _INTEREST.search(w.upto)
                and not _MISPAID.search(w.upto)):
            # "hỗ trợ cho 42.324 người lao động từ Quỹ bảo hiểm thất nghiệp với số tiền trên 96
            # tỉ đồng", "... với tổng số tiền hơn 183 tỷ đồng, từ kết dư Quỹ Bảo hiểm thất
            # nghiệp": paid out of the fund, its spending, of the fund's scheme
            return [_Fact("fund_expenditure", q.value, "vnd", q.start, q.qualifier,
                          scheme=_SCHEMES[fund["s"].lower()])], False
        paid_for = _last(_CARDS_PAID_FOR.finditer(w.upto))
        if (not (thu or chi) or (paid_for is not None and not _FUND_WORD.search(
                w.upto, paid_for.end())) or _BUYS_CARDS_AFTER.match(text, q.end)
                or _INTEREST.search(w.upto)
                or any(not _CLAIMED_OF_FUND.fullmatch(m.group())
                       or _PROVIDER_CLAIMS.search(w.upto) for m in _CLAIMED.finditer(w.upto))
                or _UNPAID.search(w.upto)
                # (the words of the money's own segment: not "để chống trục lợi, BHXH huyện ...
                # chi trả 95 tỷ đồng")
                or _MISPAID.search(re.split(r"[,;]", w.upto)[-1])
                or ((earns := _PROVIDER_EARNS.search(w.upto)) is not None
                    and not _COLLECTOR_BEFORE.search(w.upto, 0, earns.start()))):
            return [], False
        if _TOTAL_COST.search(w.upto) and _FUND_PART_AFTER.match(text, q.end):
            # "ước tính tổng chi phí là 41.319 tỷ đồng, trong đó quỹ BHYT thanh toán 32.326 tỷ
            # đồng": the whole cost of the care, the patients' shares in it; the fund's part follows
            return [], False
        if _OWED.search(w.upto):
            # "(chiếm 4,5% số thu năm 2015), trong đó, khối hành chính - sự nghiệp nợ lên tới
            # 14 tỷ đồng": money owed after the word for revenue, not collected
            return [], False
        if _PUBLIC_MONEY.search(re.split(r",\s|;", w.upto)[-1]):
            # "tổng thu ngân sách địa phương ước thu gần 7,9 tỉ đồng", "thu thuế được hơn 315
            # triệu đồng": the commune's budget and taxes, no insurance fund's money
            reading.public_money_end = q.end
            return [], False
        kind = "fund_revenue" if max(thu, default=-1) > max(chi, default=-1) else "fund_expenditure"
        # ("Thu BHXH tự nguyện 2.113 triệu đồng": the voluntary scheme's money)
        group = _scheme_group_in(w.upto[max(thu + chi) :])
        if kind == "fund_expenditure" and (paid_for := _PAID_FOR.match(text, q.end)) is not None:
            # "chi trả trên 2.075 tỷ đồng cho 4,3 triệu lượt học sinh, sinh viên": that group's
            listed = _group_list(text, paid_for.end())
            if len(listed) == 1:
                return [_Fact(kind, q.value, "vnd", q.start, q.qualifier, listed[0])], False
        return [_Fact(kind, q.value, "vnd", q.start, q.qualifier,
                      group if group == "voluntary" else None)], False
    if (r := _RANGE_LOWER.match(text, q.end, ce)) is not None and q.unit in (None, "percent"):
        # the model holds one value: a range is its lower bound, "at least"
        q = replace(q, unit="percent", qualifier=q.qualifier or "at_least")
        w = replace(w, after=text[r.end() : min(ce, r.end() + 80)])
        if _other_rate(w.upto):
            # "tỷ lệ xã đạt chuẩn tiêu chí nông thôn mới ... 60-70%": the range of another rate
            # (the filter of levels saw a bare number, its "%" after the range's end)
            return [], False
    if q.unit == "percent":
        return _rate(text, q, w, reading), False
    if (_RATE_NO_SIGN.search(w.upto) and 0 < q.value <= 100 and _ENDS_CLAUSE.match(w.after)
            and not _PEOPLE.match(w.after)):
        return _rate(text, replace(q, unit="percent"), w, reading), False
    if (reading.last_rate is not None and 0 < q.value <= 100 and q.value != int(q.value)
            and (_UNIT_THEN_FIGURE.search(w.near) or _LISTED_NAME.search(w.near))
            and _BARE_FIGURE_END.match(w.after)):
        # "Trong đó, các địa bàn có tỷ lệ tham gia cao nhất là: Hồng Ngự (99,89), thị xã Hồng
        # Ngự 99,32": a detail of the rate just read, unit by unit, the "%" left out
        return _rate(text, replace(q, unit="percent"), w, reading), False
    if (0 < q.value <= 200 and _REACHED.search(w.lead) and _PLAN_AFTER.match(w.after)
            and not (q.value == int(q.value) and _INDICATORS.match(w.after))):
        # "(đạt 98,31 kế hoạch BHXH Việt Nam giao)": the share of the plan, "%" left out; but
        # "xã cần đạt 4 chỉ tiêu gồm ..." counts indicators
        return _rate(text, replace(q, unit="percent"), w, reading), False
    if _RATE_OF_WHOLE_BEFORE.search(w.lead) and not _insured_whole(text, q.end):
        # "85% trong số 300 người cận nghèo tham gia lớp tập huấn": the whole a share is of,
        # of people doing something else
        return [], False
    # a bare count: the word after it says what it counts
    if _VISITS.match(w.after):
        if _ATTEND.match(w.after) or (
                (reading.meetings or _OUTREACH.search(w.upto)) and _FOR_AUDIENCE.search(w.lead)
                and not _CARE.search(text[cs:ce])):
            # "... tổ chức 3.525 hội nghị tập huấn, tuyên truyền cho trên 30.000 lượt cán bộ":
            # the audience of the meetings just counted
            return [_Fact("meeting_attendance", q.value, "person", q.start, q.qualifier,
                          scheme_free=True)], False
        if _PER_HEAD_VISITS.match(w.after):
            return [], False  # a frequency of visits per card, no count of them
        if _COST_CLASS.match(text, q.end):
            # "37 lượt bệnh nhân KCB nội trú có chi phí trên 500 triệu đồng/người/đợt điều trị":
            # the stays above a cost, no count of an area's visits
            return [], False
        if _FREE_FOR_BEFORE.search(w.lead) and not _INSURED_WORD.search(
                re.split(r"[,;]", w.lead)[-1]):
            # "tổ chức khám sức khỏe định kỳ và cấp, phát thuốc miễn phí cho gần 13,4 nghìn lượt
            # người": free check-ups and medicine, no visits the fund paid for
            return [], False
        if _BENEFIT_CASES.match(w.after):
            # "8.025.482 lượt người hưởng chế độ ốm đau, thai sản, ...": social-insurance
            # benefits paid, not visits to care
            return [], False
        if _CARE.search(text[cs:ce]) and (
                _INSURANCE_CUE.search(text[cs:ce]) or reading.details_visits
                # (not the visits some other fund paid for: "; gần 2.000 lượt người nghèo điều
                # trị nội trú được hỗ trợ tiền ăn, ... từ Quỹ khám chữa bệnh cho người nghèo", nor
                # free screenings or paid services; a detail says "số lượt", "nội trú" ...)
                or (reading.visits_before and _VISIT_DETAIL.search(text, cs, ce)
                    and not _AIDED.search(text, cs, ce))):
            # ("4,3 triệu lượt học sinh, sinh viên đi khám": the visits of that group)
            visit = _VISITS.match(w.after)
            listed = _group_list(text, q.end + visit.end()) if visit else []
            return [_Fact("insured_visits", q.value, "visit", q.start, q.qualifier,
                          listed[0] if len(listed) == 1 else None)], False
        return [], False
    if _MEETINGS.match(w.after) or (_SESSIONS.match(w.after) and _TALKS.search(w.upto)):
        held = _Fact("meetings_held", q.value, "meeting", q.start, q.qualifier, scheme_free=True)
        reading.meetings = True
        return [held], False
    if _ALL_CARDS.match(w.after):
        return [_Fact("participants", q.value, "person", q.start, q.qualifier,
                      scheme_free=True)], True
    if ((res := _RESIDENTS.match(w.after)) is not None and not _FAMILY_SIZE.search(w.lead)
            and not _PER_RESIDENTS.search(w.lead) and not _GIVEN_TO.search(w.lead)
            and not _RESIDENTS_DO.match(w.after, res.end())):
        # "toàn huyện Núi Thành có gần 100 nghìn dân", "Xã có 8.500 nhân khẩu": the people
        # living there, not the insured
        return [_Fact("population", q.value, "person", q.start, q.qualifier)], False
    people = _PEOPLE.match(w.after)
    rate_follows = (
        isinstance(nxt, Quantity) and nxt.unit == "percent"
        and re.search(r"(?:đạt|chiếm)[^,;]{0,20}$", text[q.end : nxt.start], _I) is not None
    )
    if (people is not None or _DELEGATES.match(w.after)) and (
            _ATTENDED.match(w.after) or _ATTENDED_BY.search(w.lead)
            or _ATTENDED_FIRST.search(w.lead)
            or (reading.meetings and _FOR_AUDIENCE.search(w.lead))):
        if (_CONGRESS_DELEGATES.match(text, q.end) or _CONGRESS.search(w.lead)
                or _CONGRESS_SUBJECT.match(text, cs)):
            # "Dự Đại hội có 155 đại biểu đại diện cho 432 đảng viên": a Party congress's
            # delegates, no meeting about insurance
            return [], False
        return [_Fact("meeting_attendance", q.value, "person", q.start, q.qualifier,
                      scheme_free=True)], False
    if people is not None and _JOINED_IT.match(w.after):
        # "tham gia" with no scheme after it joined what the clause names: "tổ chức tuyên truyền
        # ..., có 1.200 người tham gia" attended it; "mô hình ... với 150 hội viên tham gia"
        # joined the model, not the insurance
        if _MODEL.search(w.lead) or _OTHER_EVENT.search(w.lead):
            # ("Xảy ra 08 vụ ngừng việc tập thể với 5.938 lao động tham gia": a strike's)
            return [], False
        if (outreach := _last(_OUTREACH.finditer(w.upto))) is not None and not (
                _INSURED_SUBJECT.search(w.upto, outreach.end())):
            # (but "công tác tuyên truyền ... nên đối tượng tham gia mua BHYT toàn tỉnh năm nay
            # đã tăng mạnh, với gần 948 nghìn người tham gia": the insured, named after it)
            return [_Fact("meeting_attendance", q.value, "person", q.start, q.qualifier,
                          scheme_free=True)], False
    if (people is not None and nxt is not None
            and _HOLDS_SHARE_NEXT.fullmatch(text, q.end, nxt.start)
            and _POPULATION_AFTER_RATE.match(text, nxt.end)
            and not _PARTICIPATION.search(w.upto)
            and not _PARTICIPATION.search(text, q.end, nxt.start)
            and len(named := _group_list(text, q.end)) == 1):
        # "toàn tỉnh có trên 270 nghìn học sinh, sinh viên (đối tượng trong diện bắt buộc tham
        # gia BHYT), chiếm gần 24% dân số": how many of the group there are, and their share
        # of the people (no insured in the clause)
        reading.total = _Fact("population", q.value, "person", q.start, q.qualifier, named[0])
        reading.group_share_at = nxt.start
        return [reading.total], False
    listed = reading.item is not None and _list_item(w.upto)
    if people is None:
        if listed and rate_follows:  # "...; Bắc Giang là 1.617.981, đạt 102,1% kế hoạch"
            return [_Fact("participants", q.value, "person", q.start, q.qualifier,
                          reading.item.group)], True
        if _RAISED_TOTAL.search(w.upto):  # "nâng tổng số người tham gia ... lên 218.532"
            return [_Fact("participants", q.value, "person", q.start, q.qualifier)], True
        if _BARE_COUNT.search(w.upto):  # "số dân tham gia BHYT ... là 16.645"
            return [_Fact("participants", q.value, "person", q.start, q.qualifier,
                          _subject_group(w.upto) or _counted_group(w.upto))], True
        if _CARDS.match(w.after) and (bought := _BOUGHT.search(w.lead)):
            # "vận động hộ cận nghèo tự mua 1.353 thẻ BHYT": cards people paid for themselves,
            # one per insured person (cards donated to them are enrolment support, not this)
            return [_Fact("participants", q.value, "person", q.start, q.qualifier,
                          (_groups(w.lead[max(0, bought.start() - 30) : bought.start()])
                           or [None])[-1])], True
        if _CARDS.match(w.after) and rate_follows and not _ISSUED_CARDS.search(w.lead):
            # "phát triển thẻ BHYT mới là 21.218 thẻ, đạt 70% so với chỉ tiêu": one card per
            # insured person, measured against the plan (cards merely issued or bought are not)
            return [_Fact("participants", q.value, "person", q.start, q.qualifier,
                          _scheme_group(text, q.end))], True
        return [], False
    household = people.group().strip().lower() == "hộ" and not re.match(
        r"\s*hộ gia đình", w.after, _I)
    unit = "household" if household else "person"
    listed_groups = _group_list(text, q.end)
    # "59.860 người thuộc hộ nghèo, cận nghèo": one count of two groups is of neither alone
    group = None if len(listed_groups) > 1 else (
        (listed_groups or [None])[0] or _scheme_group(text, q.end)
        or _enrolled_group(text, q.end) or _subject_group(w.before)
        or _scheme_group_before(w.before)
        or _counted_group(w.upto) or _topic_of_clause(w.upto) or _named_subject(w.near)
        or _head_group(w.upto)
        or reading.topic_group
        # "... tự nguyện chỉ đạt 2,84% (15.812 người)": the people the rate just read is of
        or (reading.last_rate.group if reading.last_rate is not None
            and _RATE_THEN_BRACKET.fullmatch(w.near) else None)
        # "... có 314/314 trường tham gia BHYT với 268.239 em tham gia": the pupils
        or ("students" if people.group().strip().lower() == "em"
            and _SCHOOLS_WORD.search(text, cs, ce) else None))
    if group is None and _MEMBERS.match(w.after) and not _FARMERS_UNION.match(w.after):
        # "325/1.320 hội viên mua BHYT", "564 hội viên, phụ nữ tham gia": an organisation's
        # members, no population group of the area (gold README; "hội viên nông dân" are the
        # farmers group, read above)
        return [], False
    if _PLAN_GIVEN.search(w.upto) or _QUOTA_IN_BRACKETS.search(w.lead):
        # ("..., vượt chỉ tiêu kế hoạch BHXH Việt Nam giao (1.274.672 người)": the quota)
        return [_Fact("plan_participants", q.value, unit, q.start, q.qualifier,
                      group or reading.count_group)], False
    if reading.assigned and (named := _groups(w.near) or ([group] if group else [])
                             or ([None] if _QUOTA_ITEM.match(w.after) else [])):
        # each item names its group before its number: "...; học sinh sinh viên trên 157.500
        # người; hộ ... trên 39.000 người và nhóm tự đóng khoảng 250.000 người"
        return [_Fact("plan_participants", q.value, unit, q.start, q.qualifier, named[-1],
                      assigned=True)], False
    if unit == "person" and group is not None and _LIVING.match(w.after):
        # "khoảng 250 nghìn đồng bào DTTS sinh sống": how many of the group live there
        reading.total = _Fact("population", q.value, unit, q.start, q.qualifier, group)
        return [reading.total], False
    if unit == "person" and group is not None and _RATE_OF_WHOLE_BEFORE.search(w.lead):
        # "... 25% trong số 14 triệu người cận nghèo tham gia BHYT": the group's whole, of which
        # the share before it is insured
        reading.total = _Fact("population", q.value, unit, q.start, q.qualifier, group)
        return [reading.total], False
    if (unit == "person" and _WHOLE_BEFORE.search(w.lead) and _PART_BEFORE_WHOLE.search(w.lead)
            and _JOINED_AFTER_WHOLE.match(text, q.end) and not _PART_DOES_AFTER.match(text, q.end)):
        # "chỉ có 86 người trên tổng số 7.379 lao động tham gia BHXH tự nguyện": the whole the
        # count before is part of (no indicator for workers; people are the population)
        return ([_Fact("population", q.value, unit, q.start, q.qualifier)]
                if people.group().strip().lower() == "người" else []), False
    if (unit == "person" and (whole := _ON_WHOLE_AFTER.match(text, q.end)) is not None
            and _PARTICIPATION.match(text, whole.end())
            and not _PART_DOES_AFTER.match(text, whole.end())):
        # ... and the count before it is of the participants
        return [_Fact("participants", q.value, unit, q.start, q.qualifier,
                      _scheme_group(text, whole.end()) or group)], True
    if (_SUPPORTED_BEFORE.search(w.lead) or _SUPPORTED_AFTER.match(text, q.end, ce)
            or _BUDGET_PAYS.search(w.upto) or (
                # (but "cấp thẻ BHYT cho gần 746.000 người (khoảng 96,1% dân số toàn tỉnh)":
                # the insured, their share of the people given with them)
                _CARDS_ISSUED_TO.search(w.upto) and not (
                    nxt is not None and nxt.unit == "percent" and nxt.start - q.end <= 40
                    and _POPULATION_AFTER_RATE.match(text, nxt.end)))
            or (_ISSUED_AFTER.match(text, q.end, ce) and not _HAS_BEFORE.search(w.lead))
            # ("Riêng nhóm người dân tộc thiểu số ... là 67.578 người chiếm gần 66,2% trên tổng số
            # đối tượng được NSNN đóng và hỗ trợ đóng": a part of the people the budget pays for)
            or _SHARE_OF_SUPPORTED.match(text, q.end, ce)
            # ("7.800 lao động bị nợ BHXH", "440.800 người bị nợ đóng": workers whose
            # contributions are owed, no count of an area's insured)
            or _OWED_TO.match(text, q.end, ce)):
        return [], False  # cards paid for or donated to them: enrolment support, no count
    if (unit == "person" and (total := _TOTAL_OF.match(w.after)) is not None
            and not _PARTICIPATION.search(total.group())
            # (not people who applied for or drew a benefit: "Hơn 150.000 người nộp hồ sơ đề
            # nghị hưởng trợ cấp thất nghiệp (TCTN), trong đó ...")
            and not _CLAIMANTS.search(total.group())
            # (a heading's colon parts only a whole named by its group: "...: Năm 2010, toàn tỉnh
            # có trên 260 nghìn HSSV, trong đó"; after "Kết quả tham gia BHYT ...: toàn huyện có
            # 120.500 người, trong đó ..." the people are the insured)
            and not _PARTICIPATION.search(_own_clause(w.before) if _group_list(text, q.end)
                                          else w.before)
            and not _MEMBERS.match(w.after)):
        # "có 264.783 học sinh, sinh viên, trong đó ...": the whole the sentence breaks down
        reading.total = _Fact("population", q.value, unit, q.start, q.qualifier, group)
        return [reading.total], False
    if (unit == "person" and (whole := _GROUP_TOTAL.search(w.upto)) is not None
            and not _PARTICIPATION.search(w.upto) and not _GROUP_DOES.search(whole["g"])
            and len(named := _group_list(whole["g"], 0)) == 1):
        # "Tổng số học sinh, sinh viên trên địa bàn thành phố là 328.884 em, có 328.610 em tham
        # gia BHYT": the group's whole, which the next count is part of
        reading.total = _Fact("population", q.value, unit, q.start, q.qualifier, named[0])
        return [reading.total], False
    if (unit == "person" and group is not None
            and (_WHOLE_COUNT.search(w.lead)
                 # ("Trong số 6 triệu người thuộc hộ gia đình cận nghèo, ...": the group alone,
                 # not "trong số 2.300 người lao động của 15 doanh nghiệp được kiểm tra")
                 or (_AMONG_BEFORE.search(w.lead) and _bare_whole(text, q.end)))
            and not _PARTICIPATION.search(_own_clause(w.upto))
            and not _PARTICIPATION.search(w.after[:60])):
        reading.total = _Fact("population", q.value, unit, q.start, q.qualifier, group)
        return [reading.total], False
    if (unit == "person" and _HOUSEHOLDS_WITH.search(w.lead) and not _PARTICIPATION.search(w.upto)
            and not _PARTICIPATION.search(w.after[:60])):
        # "thôn An Bình, có 115 hộ gia đình với hơn 350 nhân khẩu": the people living there
        return [_Fact("population", q.value, unit, q.start, q.qualifier)], False
    if group is None and reading.total is not None:  # "... trong đó 261.513 em đã tham gia"
        group = reading.total.group
    # "tỷ lệ bao phủ bảo hiểm y tế ... đạt 90,2% (7.312.817 người)": the people a coverage
    # rate counts, in brackets right after it (or ", tương đương ..."), are the insured
    covered = (reading.last_rate is not None and unit == "person"
               and reading.last_rate.indicator in ("coverage_rate", "group_coverage_rate")
               # (not a part: "đạt 92% (khoảng 8.000 người thuộc hộ nghèo)")
               and group == reading.last_rate.group
               and _RATE_THEN_BRACKET.fullmatch(w.near) is not None) or (
        # ... or given before it, the rate in brackets: "tỷ lệ bao phủ ... là 120.000 người (91%)"
        # (its predicate, not a part: "đạt 92%, trong đó nhóm hộ gia đình 450.000 người (35%)")
        unit == "person" and _COVERAGE_NOUN.search(w.upto) is not None
        and _PREDICATE_BEFORE.search(w.near) is not None
        and _SHARE_IN_BRACKETS_AFTER.match(text, q.end) is not None)
    if not covered and ((_POPULATION.search(w.before) and not _JOINED_AFTER.match(w.after))
                        or _POPULATION_MOVE.search(w.upto)):
        # (not "đạt 94,4% dân số với 8,039 triệu người tham gia": the insured the rate counts)
        # "từ 74.721 người lên 76.797 người": a starting point, not "at least"
        qualifier = None if re.search(r"(?<!\w)từ\s*$", w.lead, _I) and re.match(
            r"\s*\S+\s+(?:lên|xuống|thành|còn)(?!\w)", w.after, _I) else q.qualifier
        if (nxt is not None and _HOLDS_SHARE_NEXT.fullmatch(text, q.end, nxt.start)
                and _POPULATION_AFTER_RATE.match(text, nxt.end)
                and not _PARTICIPATION.search(text, q.end, nxt.start)):
            # "Dân số ... của 03 xã ... là 69.707 người, chiếm hơn 48% dân số toàn huyện": the
            # units' share of the district's people, no coverage
            reading.group_share_at = nxt.start
        return [_Fact("population", q.value, unit, q.start, qualifier)], False
    # (an item headed by its scheme alone, after a count of participants: "... tham gia BHXH bắt
    # buộc trên 83.300 người; BHXH tự nguyện trên 15.270 người": of that scheme and its group)
    # ("Trong đó, BHXH tự nguyện là 870 người, ..., bảo hiểm thất nghiệp 1.091 người": the
    # parts of a count of participants the sentence before gave)
    # ("..., tăng 17,6% so với cùng kỳ năm 2016 và BHYT là 76,2 triệu người": the item after a
    # change that closed the one before)
    headed = (_SCHEME_HEAD.fullmatch(w.near) is not None
              or _SCHEME_HEAD.fullmatch(_AND_ITEM.split(w.near)[-1]) is not None) and (
        _PARTICIPATION.search(text, 0, q.start) is not None or reading.details_count)
    # "2.130 người nghèo và 3.450 người cận nghèo có thẻ BHYT": the first of coordinated counts
    # shares the predicate written after the last
    own_groups = _groups(w.after) if _COORDINATED_NEXT.fullmatch(w.after) else []
    last_item = _COORD_LAST.match(text, nxt.end) if isinstance(nxt, Quantity) else None
    # (the last item with a group of its own and insured in so many words: not "... 2.970 người
    # cận nghèo chưa có thẻ", "... 3.100 người được hỗ trợ mua thẻ BHYT")
    shared = (len(own_groups) == 1 and last_item is not None and _groups(last_item["g"]) != []
              and not re.search(r"(?<!\w)(?:chưa|không)(?!\w)", last_item["g"], _I)
              and not _PARTICIPATION.search(text, q.end, nxt.start))
    if shared:
        group = own_groups[0]
    this_count = reading.previous_count is not None and _THIS_COUNT.search(w.lead) is not None
    if (_PARTICIPATION.search(w.upto) or _PARTICIPATION.search(w.after[:60]) or rate_follows
            or this_count
            or headed or _SCHEME_SUBJECT.search(w.upto) or covered or shared):
        if headed:
            group = _scheme_group_in(w.near)
        elif group is None and (subject := _SCHEME_SUBJECT.search(w.upto)):
            group = _scheme_group_in(subject.group())
        elif group is None and reading.last_count is None and this_count:
            # "... có 96.800 người tham gia BHXH tự nguyện. Đến cuối năm, con số này tăng lên
            # 99.100 người": the count of the sentence before, later, of its group
            group = reading.previous_count.group
        elif (group is None and reading.last_count is not None and _RISEN.search(w.lead)
              and reading.last_count.indicator == "participants"
              # (not across a subject of its own: "...; số người tham gia BHYT năm 2022 đã tăng
              # lên hơn 52.000 người", "người cận nghèo ... đã tăng lên khoảng 2.600 người")
              and not _names_scheme(own := re.split(r"[,;]", w.near)[-1])
              and not _groups(own)):
            # "Nếu năm 2018 có 258 người tham gia BHXH tự nguyện, thì đến năm 2021 đã tăng lên
            # 904 người": the same count, later
            group = reading.last_count.group
        scheme = (reading.previous_count_scheme
                  if this_count and not _names_scheme(w.upto) else None)
        return [_Fact("participants", q.value, unit, q.start, q.qualifier, group,
                      scheme=scheme)], True
    if listed:
        group = group or (reading.item.group if reading.item else None)
        return [_Fact("participants", q.value, unit, q.start, q.qualifier, group)], True
    # (also a breakdown opened in the same sentence after its count: "... có 81.250 người tham
    # gia BHYT, đạt 93,1%; trong đó học sinh 14.320 em, hộ gia đình 22.540 người")
    details = reading.details_count or (
        any(f is not None and f.indicator == "participants"
            for f in (reading.last_count, reading.item))
        and _IN_WHICH_OPENS.match(w.upto) is not None
        # (items naming only a group and a count, not "người dân tộc thiểu số sinh sống 2.100
        # người" nor a whole, "trong tổng số 28.000 em")
        and _BARE_ITEM_END.match(text, q.end) is not None
        and _groups(re.split(r"[,;]|trong đó", w.upto)[-1]) != []
        and not _WHOLE_BEFORE.search(w.lead)
        and not _ITEM_DOES.search(re.split(r"[,;]|trong đó", w.upto)[-1]))
    if details and (named := _groups(w.upto)):
        # the group named last is the narrowest ("hộ gia đình làm nông, ngư, diêm nghiệp"),
        # unless the item names its scheme's own ("..., BHXH bắt buộc là 1.452 người")
        return [_Fact("participants", q.value, unit, q.start, q.qualifier,
                      _scheme_group_before(w.before) or named[-1])], True
    if details and (own := _scheme_group_before(w.before)):
        return [_Fact("participants", q.value, unit, q.start, q.qualifier, own)], True
    return [], False


# The group a count is of when the subject names it: "số HSSV tham gia BHYT là 161.400 em".
_COUNTED = re.compile(r"(?<!\w)số(?:\s+lượng)?\s+(?=\S)", _I)


def _counted_group(upto: str) -> str | None:
    """The group of the subject "số <group> ... là" the count is reported for."""
    subject = _last(_COUNTED.finditer(upto))
    if subject is None:
        return None
    region = upto[subject.end() :]
    first = min(((m.start(), g) for g, rx in _GROUPS if (m := rx.search(region))), default=None)
    return first[1] if first is not None and first[0] == 0 else None


# The group a clause is about, set off before its figures: "riêng đối với BHYT hộ gia đình,
# toàn thành phố 25.200 người tham gia", "Về nhóm học sinh, ...".
_TOPIC = re.compile(
    # ("Riêng đối tượng học sinh, sinh viên, toàn huyện có 28.640 em tham gia")
    r"(?:^|[,;]\s*)(?:riêng\s+(?:(?:đối với|với|về)\s+)?|(?:đối với|với|về)\s+)"
    r"(?:(?:nhóm|đối tượng)\s+)?"
    # ("Về phát triển đối tượng tham gia bảo hiểm y tế (BHYT) hộ gia đình tự đóng, ...")
    r"(?:(?:đối tượng|BHYT|bảo hiểm y tế)\s+)*(?P<g>[^,;%\d]{2,80}?)\s*,", _I)


# A group as the subject right before "là" and the count: "..., thì SV là trên 88 nghìn em".
_SUBJECT_IS = re.compile(
    r"(?:^|[,;:]\s*)(?:thì\s+)?(?P<g>[^,;:()]{1,30}?)\s+là"
    r"(?:\s+(?:khoảng|trên|hơn|gần|xấp xỉ))?\s*$", _I)


def _named_subject(near: str) -> str | None:
    """The one group named as the subject of "là" just before a count, if any."""
    subject = _SUBJECT_IS.search(near)
    named = _groups(subject["g"]) if subject else []
    return named[0] if len(named) == 1 else None


# A clause part headed by a group as its subject: "; hộ gia đình có 41.210 người tham gia".
_HEAD_GROUP = re.compile(
    r"^\s*(?:và\s+)?(?P<g>[^,;%\d()]{2,40}?)\s+(?:có|là|đạt)(?:\s+(?:khoảng|hơn|trên|gần))?\s*$",
    _I)


def _head_group(upto: str) -> str | None:
    """The one group heading the figure's clause part as its subject, if any."""
    head = _HEAD_GROUP.match(re.split(r"[,;]", upto)[-1])
    named = _groups(head["g"]) if head else []
    return named[0] if len(named) == 1 else None


def _topic_of_clause(upto: str) -> str | None:
    """The one group named as the topic of the clause before its count, if any."""
    topic = _last(_TOPIC.finditer(upto))
    if topic is None:
        return None
    named = _groups(topic["g"])
    if not named and (group := _scheme_group_in(topic["g"])):
        return group  # "BHYT hộ gia đình": the scheme's group
    return named[0] if len(named) == 1 else None


def _list_item(upto: str) -> bool:
    """Whether a clause opens like an item of a list of counts ("Phường 11 là ", "Hà Nam với ")."""
    m = _LIST_ITEM.match(upto)
    return m is not None and (m.group("head").isupper() or m.group("head").isdigit())


def _enrolled_group(text: str, end: int) -> str | None:
    """The group people joined as ("1.830 người tham gia theo diện hộ gia đình")."""
    m = _ENROLLED_AS.match(text, end)
    return (_groups(m.group(1)) or [None])[0] if m else None


def _group_rates(q: Quantity, groups: list[str]) -> list[_Fact]:
    """One group coverage rate per group the percentage is about (the voluntary scheme's share
    is of the labour force, not of a group: a coverage rate with the group, as the gold README
    and h11_12 record it)."""
    return [_Fact("coverage_rate" if g == "voluntary" else "group_coverage_rate", q.value,
                  "percent", q.start, q.qualifier, g)
            for g in groups]


_REVENUE_PLAN = re.compile(r"\s*(?:tổng\s+)?kế hoạch thu(?!\w)", _I)
_SHARE_OF_MONEY = re.compile(
    r"\s*(?:tổng\s+)?(?:số\s+)?(?:tiền\s+)?(?:phải thu|(?:tổng\s+)?kế hoạch thu|số thu|tiền thu"
    r"|quỹ(?: lương)?|chi(?:\s+phí)?|kinh phí"
    # ("chiếm 99,89% tổng số tiền nợ BHXH": of the money owed)
    r"|nợ|chậm đóng|tiền nợ)(?!\w)", _I)
_WHOLE_POPULATION_AFTER = re.compile(
    r"\s*%?\s*(?:tổng\s+)?(?:dân số|số dân)"
    r"(?:\s+(?:toàn|của|trên địa bàn)\s+(?:huyện|tỉnh|xã|phường|thị trấn|thị xã|quận|thành phố)"
    r"(?:\s+(?-i:[A-ZĐ])\w*)*)?\s*(?:[.,;)]|$)", _I)
_COORDINATED_NEXT = re.compile(r"\s*(?:người|em|hộ)\s+[^,;%\d()]{1,30}?\s*(?:,|và|,\s*và)\s*", _I)
_OF_OTHER_WHOLE_AFTER = re.compile(
    r"\s*%?\s*(?:trên|so với|của)?\s*(?:tổng\s+)?(?:diện tích|sản lượng|giá trị sản xuất|GRDP)"
    r"(?!\w)", _I)
# "đạt 82% trở lên": at least that share (a qualifier written after the figure)
_OR_MORE_AFTER = re.compile(r"\s*%?\s*trở lên(?!\w)", _I)
_PEOPLE_OF_AREA_AFTER = re.compile(
    r"\s*%?\s*(?:số\s+)?(?:dân số|dân|người dân|nhân dân|hộ dân)(?!\w)", _I)
# A group's share of something other than insurance: a verb after the group in the figure's
# clause part and no word of insurance in it ("98% hộ gia đình đạt danh hiệu gia đình văn hóa",
# "97% hộ dân sử dụng nước sạch", "100% hộ gia đình được công nhận ..."; not "100% hộ gia đình
# tham gia BHYT", "100% người nghèo được cấp thẻ").
_OTHER_PREDICATE_AFTER = re.compile(
    rf"\s*%?\s*(?:(?![,;.()%\d]|{_INSURANCE_NAMED.pattern}|tham gia|mua|đóng)[^\n]){{1,40}}?"
    rf"\s(?:{_CERTIFIED}|giữ vững|sử dụng|dùng|thoát nghèo|có (?:nhà|việc làm|điện|nước))(?!\w)"
    rf"(?:(?![,;]|{_INSURANCE_NAMED.pattern}|tham gia)[^\n])*(?=[,;.]|$)", _I)
# The next part of a meeting's topic after a comma ("hội nghị tuyên truyền, phát triển ...").
_MEETING_TOPIC_GOES_ON = re.compile(
    r",\s*(?:(?:và|cũng như)\s+)?(?:phát triển|vận động|tuyên truyền|tư vấn|đối thoại|hướng dẫn"
    r"|giải đáp|phổ biến)(?!\w)", _I)
_NEXT_SUBJECT_AFTER = re.compile(
    r"\s*%?\s*[,;]\s*(?:và\s+)?[^,;%]{1,40}?\s(?:đạt|là|có|chiếm)\s*"
    r"(?:(?:khoảng|gần|hơn|trên)\s+)?\d", _I)
_OVERALL_RATE = re.compile(
    rf"(?<!\w){_RATE_WORD}\s+(?:bao phủ|tham gia)(?:\s+(?:BHYT|bảo hiểm y tế))?\s+"
    r"(?:chung|toàn dân|chung toàn)(?!\w)"
    # (of the area, not of a part: "tỷ lệ tham gia chung của khối THPT")
    r"(?:\s+(?:của\s+)?(?:toàn\s+)?(?:huyện|tỉnh|xã|thị xã|thành phố|phường)(?:\s+\S+){0,3}?)?"
    r"\s+(?:đã\s+)?(?:đạt|là|ở mức)\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$", _I)
# A count's whole written after it: "86 người trên tổng số 7.379 lao động tham gia ...".
_ON_WHOLE_AFTER = re.compile(
    r"\s*(?:người|lao động|hộ|em)?\s+(?:trên|trong)\s+(?:tổng\s+)?số\s+[\d.,]+\s*"
    r"(?:người(?:\s+dân)?|lao động|hộ|em)?\s*", _I)
# ... unless a further predicate tells what the part did, the whole being the participants:
# "86 người trong tổng số 7.379 người tham gia BHXH tự nguyện đã được hỗ trợ tiền đóng"
_PART_DOES_AFTER = re.compile(
    r"\s*(?:người(?:\s+dân)?|lao động|hộ|em)?\s*(?:tham gia|có thẻ)\s+"
    r"(?:BHXH|BHYT|BHTN|bảo hiểm (?:xã hội|y tế|thất nghiệp))"
    r"(?:\s+(?:tự nguyện|bắt buộc|hộ gia đình))?"
    r"[^,;.]{0,40}?\s(?:đã\s+|đều\s+)?(?:được|là|nhận)(?!\w)", _I)
_WHOLE_BEFORE = re.compile(r"(?<!\w)(?:trên|trong)\s+(?:tổng\s+)?số\s*$", _I)
# ... after the count of the part: "86 người trên tổng số" (not "Trong số 56.000 người tham gia
# BHYT ..., có 12.000 người thuộc hộ nghèo", a whole of the insured opening the sentence)
_PART_BEFORE_WHOLE = re.compile(
    rf"\d\s*(?:{COUNT_NOUN}|lao động|đối tượng)[^\d;]{{0,20}}(?<!\w)(?:trên|trong)\s+(?:tổng\s+)?"
    r"số\s*$", _I)
# A share given before the whole it is of: "mới có 25% trong số 14 triệu người cận nghèo tham gia
# bảo hiểm y tế" (the whole's people, then what the share of them did).
_RATE_OF_WHOLE_BEFORE = re.compile(
    r"%\s*(?:trên|trong)\s+(?:tổng\s+)?số\s*(?:(?:khoảng|trên|hơn|gần)\s*)?$", _I)
_INSURED_AFTER_WHOLE = re.compile(
    r"\s*(?:tham gia|có thẻ)\s+(?:BHXH|BHYT|BHTN|bảo hiểm (?:xã hội|y tế|thất nghiệp))", _I)
# "Trong số 14 triệu người cận nghèo, ...": a whole, when only its group (and area) follow.
_OF_NATION_AFTER = re.compile(r"[^\d,;.()%]{0,60}?\s(?:của|trên)\s+(?:cả nước|toàn quốc)(?!\w)", _I)
# (nor a rank: "... người tham gia BHXH bắt buộc đứng đầu trên cả nước", "nhiều thứ ba")
_COMPARED_GAP = re.compile(r"(?<!\w)(?:hơn|so|bằng|với|như|đứng|thứ|nhất|dẫn đầu|nhiều|cao|thấp"
                           r"|lớn|nhỏ|top)(?!\w)", _I)
_RANK_AFTER = re.compile(r"\s*,?\s*(?:là\s+)?(?:nhiều|cao|lớn|đứng|thứ|dẫn đầu)(?!\w)", _I)
# The people of a figure, then the unit they are of: " người nghèo của huyện ".
_OF_PLACE_GAP = re.compile(r"[^\d,;.()%]{0,45}?\s(?:của|tại|ở)\s+(?:(?:tỉnh|huyện|thành phố|thị xã"
                           r"|xã|phường|thị trấn|quận)\s+)?", _I)
_AMONG_BEFORE = re.compile(r"(?<!\w)(?:trong|trên)\s+số\s*(?:(?:khoảng|trên|hơn|gần)\s*)?$", _I)
_WHOLE_PHRASE_END = re.compile(r"[,;.:()]|\s(?:đã|mới|chỉ|thì)?\s*có\s", _I)
# A whole's phrase that says more than its group and area: a figure, a passive, a predicate.
_NOT_BARE = re.compile(r"\d|(?<!\w)(?:được|bị|tham gia|có thẻ|đi|đã|đang|chưa|mua)(?!\w)", _I)
# What the insured whole did besides ("... tham gia BHYT đã sử dụng thẻ để khám chữa bệnh").
_WHOLE_DOES = re.compile(
    r"[^,;.()]{0,60}?(?<!\w)(?:đã|được|đi|sử dụng|khám|chữa|hưởng|nhận|bị|phát sinh)(?!\w)", _I)


def _bare_whole(text: str, start: int) -> bool:
    """Whether the words after a whole's number name only its people (group, area)."""
    end = _WHOLE_PHRASE_END.search(text, start)
    return not _NOT_BARE.search(text, start, end.start() if end else len(text))


def _insured_whole(text: str, start: int) -> bool:
    """Whether a whole's people, named right after ``start``, are said to be insured, and no
    more: "trong số 14 triệu người cận nghèo tham gia bảo hiểm y tế"."""
    end = _GROUP_END.search(text, start)
    if end is None or _NOT_BARE.search(text, start, end.start()):
        return False
    insured = _INSURED_AFTER_WHOLE.match(text, end.start())
    return insured is not None and not _WHOLE_DOES.match(text, insured.end())
_OF_WHOLE_AFTER = re.compile(
    r"\s*(?:trên|trong)\s+(?:tổng\s+)?số\s+(?:(?:khoảng|trên|hơn|gần)\s+)?\d[\d.,]*"
    r"(?:\s+(?:triệu|nghìn|ngàn))?(?=\s)", _I)
_JOINED_AFTER_WHOLE = re.compile(r"\s*(?:người(?:\s+dân)?|lao động|hộ|em)?\s*(?:tham gia|có thẻ)"
                                 r"(?!\w)", _I)
_INSURED_WORD = re.compile(r"BHYT|bảo hiểm y tế|(?<!\w)thẻ(?!\w)", _I)
_FREE_FOR_BEFORE = re.compile(
    r"(?<!\w)miễn phí(?:\s+cho)?\s+(?:(?:gần|hơn|trên|khoảng)\s+)?$", _I)
_OF_POPULATION_AFTER = re.compile(r"\s*%?\s*so với\s+(?:tổng\s+)?(?:dân số|số dân)(?!\w)", _I)
# An item of a breakdown that names only its group and count: "học sinh 14.320 em,", "... người."
_BARE_ITEM_END = re.compile(r"\s*(?:người(?:\s+dân)?|em|hộ|lao động)?\s*(?:[,;.)]|và\s|$)", _I)
_ITEM_DOES = re.compile(
    r"(?<!\w)(?:sinh sống|sống|được|ốm|đau|khám|điều trị|hưởng|nhận|chi trả|nghỉ)(?!\w)", _I)
_COORD_LAST = re.compile(
    r"\s*(?:người|em|hộ)\s+(?P<g>[^,;%\d]{1,30}?)\s+(?:đã\s+)?(?:tham gia|có thẻ)(?!\w)", _I)
_IN_WHICH_OPENS = re.compile(r"\s*(?:,\s*)?trong đó(?!\w)", _I)
# A count's share given right after it: "10.249 người (tỷ lệ 7,7% dân số)", ", chiếm 26%".
_GROUP_SHARE_NEAR = re.compile(r"\s*(?:người(?:\s+dân)?|em)?\s*(?:,\s*|\(\s*)"
                               r"(?:chiếm|tỷ lệ|tỉ lệ|bằng|đạt)"
                               r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*", _I)
# A share in brackets right after a sum of money: "trên 0,5 tỉ đồng (chiếm 0,11%)" (but "thu ...
# đạt 3.000 tỷ đồng (chiếm 98% kế hoạch)" is the plan done; a share of a spending estimate,
# "chi phí hơn 47.309 tỷ đồng (chiếm 51,91% dự toán Chính phủ giao)", is none).
_PLAN_WORD_AFTER = re.compile(r"\s*%?\s*(?:so với\s+)?(?:tổng\s+)?(?:số\s+)?(?:kế hoạch|KH|chỉ tiêu)"
                              r"(?!\w)", _I)
_MONEY_SHARE_BEFORE = re.compile(
    r"(?<!\w)đồng\s*,?\s*\(\s*chiếm(?:\s+(?:gần|hơn|trên|khoảng))?\s*$", _I)


def _of_some_units(text: str, q: Quantity, w: _Window) -> bool:
    """Whether the rate's subject is some units, not the area: "các phường khu vực trung tâm phải
    đạt 95%" (unless the units are named after it: "Một số xã đạt trên 99% như Thái Sơn, Thường
    Thắng")."""
    segment = _SEGMENTS.split(w.upto)[-1]
    units = _last(_PLURAL_UNITS.finditer(segment))
    return bool(units and not _NAMED_UNIT.search(segment, units.end())
                and not _UNITS_NAMED.search(segment, units.end()) and not _names_after(text, q.end)
                and not _UNIT_AND_OTHERS.search(segment, 0, units.start())
                # ("Nhờ sự vào cuộc của nhiều địa phương nên tỷ lệ bao phủ BHYT của tỉnh Quảng
                # Trị đạt 93,2%": the units are the cause, the area the subject)
                and not _AREA_AFTER_UNITS.search(segment, units.end()))


_YIELD_BEFORE = re.compile(r"(?:t[ỷỉ] lệ\s+lãi|lãi suất)(?!\w)[^;%\d]{0,25}$", _I)
_PER_YEAR_AFTER = re.compile(r"\s*/\s*năm(?!\w)", _I)
_UNITS_WITH_RATE = re.compile(
    rf"(?<!\w)(?:các|những|một số)\s+(?:xã|phường|thị trấn|huyện|trường|đơn vị|địa phương"
    rf"|cơ sở giáo dục|doanh nghiệp)(?!\w)[^;%]{{0,60}}?\s(?:có|với)\s+{_RATE_WORD}"
    r"[^;%]{0,80}$", _I)
# One patient as the subject: "Bệnh nhân này", "Một bệnh nhân khác", "bệnh nhân có mã thẻ ...",
# or one named person's case: "trường hợp sinh viên Bùi Văn T.", "bệnh nhân Nguyễn Văn A", "như
# trường hợp của anh Lò Văn B".
_ONE_PATIENT = re.compile(
    r"(?<!\w)(?:(?:bệnh nhân|người bệnh)\s+(?:này|đó|nói trên|có mã thẻ)"
    r"|(?<![\d.,])(?:một|01|1)\s+(?:bệnh nhân|người bệnh)"
    # (a full name, three syllables or more, the last maybe an initial: not "người bệnh Hà Tĩnh",
    # the province's patients, nor "học sinh Trường THPT Nguyễn Du")
    r"|(?:trường hợp\s+(?:của\s+)?(?:bệnh nhân|người bệnh|sinh viên|học sinh|em|cháu|bé|anh|chị"
    rf"|ông|bà|cụ)|bệnh nhân|người bệnh)\s+(?!Trường\b|Bệnh viện\b)(?-i:[{_CAPITAL}])\w*"
    rf"(?:\s+(?-i:[{_CAPITAL}])\w*){{2,3}})(?!\w)",
    _I)
# A sentence that goes on with the patient's stay: "Trong đó, chi phí tiền thuốc chiếm ...", or
# the rest of a sentence a line break cut ("(TP.HCM) từ ngày 24-12-2018 ..."), or one that names
# the stay's costs again.
_PATIENT_GOES_ON = re.compile(
    r"\s*(?:trong đó\b|\(|(?-i:[a-zđ])|(?:bệnh nhân|người bệnh|chi phí)\b)", _I)
_AVERAGE_BEFORE = re.compile(r"(?<!\w)(?:bình quân|trung bình)(?!\w)", _I)
# ... and what tells of many again: a count of people or visits, a whole area, a total.
# ("Chi phí KCB BHYT năm 2023 của tỉnh Quảng Trị là 1.150 tỷ đồng": the unit's, not the patient's)
_MANY_PEOPLE = re.compile(
    r"\d\s*(?:lượt|người|bệnh nhân|trường hợp)(?!\w)|(?<!\w)(?:cả nước|toàn (?:quốc|tỉnh|huyện"
    r"|thành phố|xã)|tổng số|tổng chi|của (?:tỉnh|huyện|thành phố|thị xã|quận|xã))(?!\w)", _I)
# A later clause of the sentence about many: "...; toàn tỉnh Đắk Lắk chi 2.500 tỷ đồng".
_MANY_AFTER_PATIENT = re.compile(
    r"[;]\s*[^;]*?(?<!\w)(?:cả nước|toàn (?:quốc|tỉnh|huyện|thành phố|xã)|quỹ BHYT (?:tỉnh|huyện"
    r"|thành phố))(?!\w)", _I)
_AREA_AFTER_UNITS = re.compile(
    r"(?<!\w)(?:nên|vì vậy|do đó|nhờ đó)(?!\w)|(?<!\w)(?:của|toàn)\s+(?:tỉnh|huyện|thành phố|thị xã"
    rf"|quận|xã|phường)(?!\w)|(?<!\w)tỉnh\s+(?=[{_CAPITAL}])", _I)
_SCHOOLS_WORD = re.compile(r"(?<!\w)(?:trường|cơ sở giáo dục)(?!\w)", _I)


_GAP_OVER_GIVEN = re.compile(
    r"(?<!\w)(?:vượt|cao hơn|thấp hơn|hụt)\s+(?:so với\s+)?(?:chỉ tiêu|kế hoạch)"
    r"(?:\s+(?:mà\s+)?[^\s;%\d]+,?){1,8}?\s+(?:đã\s+)?(?:được\s+)?giao\s*$", _I)
# A plan of recovering arrears: "... đạt 60% kế hoạch thu nợ", "chỉ tiêu giảm nợ".
_DEBT_PLAN_AFTER = re.compile(r"\s*%?\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu)(?:\s+giao)?\s+"
                              r"(?:thu hồi nợ|thu nợ|giảm nợ|xử lý nợ|giảm tỷ lệ nợ)(?!\w)", _I)
# (the money recovered right before the figure, no other collecting between: not "Sau khi đôn
# đốc thu nợ, năm 2023 BHXH thị xã thu được 180 tỷ đồng, bằng 100,4% dự toán thu")
_DEBT_RECOVERED = re.compile(r"(?<!\w)(?:thu hồi|thu|xử lý)\s+(?:được\s+)?(?:số\s+)?nợ(?:\s+đọng)?"
                             r"(?!\w)(?:(?!(?<!\w)thu(?!\w))[^;%]){0,60}$", _I)
# A level said not to be reached, right before the figure: "chưa đạt 100%", "không đạt mức 90%".
# ("chưa đạt tới 90%", "vẫn chưa thể đạt 90%")
_NOT_REACHED = re.compile(
    r"(?<!\w)(?:chưa|không)(?:\s+thể)?\s+đạt(?:\s+(?:được|tới|đến|mức|tỷ lệ|tỉ lệ))*\s*$", _I)


def _opens_details(norm: str) -> bool:
    """Whether the sentence goes into the detail of the one before ("Trong đó, ...", "Cụ thể",
    "Riêng <a group, unit, scheme or period> ...")."""
    if _DETAILS.match(norm):
        return True
    apart = _APART.match(norm)
    if apart is None:
        return False
    what = apart["what"]
    if not (_APART_KIND.match(what) or _groups(what)):
        return False
    # (a rate of something else: "Riêng hộ nghèo, tỷ lệ giảm còn 2,5%" is the poverty rate)
    return not (_RATE_NOUN.search(norm) and not _INSURANCE_NAMED.search(norm)
                and not _PARTICIPATION.search(norm))


# A scheme named by its name or abbreviation (an agency too: "BHXH thành phố", see
# _AGENCY_AFTER).
_SCHEME_WORD = re.compile(rf"(?<!\w)(?:BHYT|BHXH|BHTN|{_SCHEME_WORDS})(?!\w)", _I)
# The scheme a population group belongs to, when not the health scheme's.
_GROUP_SCHEME = {"voluntary": "social_insurance", "employees": "social_insurance"}


def _names_scheme(text: str) -> set[str]:
    """The schemes ``text`` names as schemes (not agencies: "BHXH thành phố quản lý thu")."""
    return {_SCHEMES[m.group().lower()] for m in _SCHEME_WORD.finditer(text)
            if not _AGENCY_AFTER.match(text, m.end())}


# The voluntary scheme's people as the subject of a rate's verb: "số người tham gia BHXH tự
# nguyện đạt tỉ lệ 6,5%", "người tham gia bảo hiểm xã hội tự nguyện chiếm khoảng 3%".
_VOLUNTARY_SUBJECT_REACHED = re.compile(
    r"(?<!\w)(?:người|lao động|đối tượng)\s+tham gia\s+(?:BHXH|bảo hiểm xã hội)(?:\s*\(BHXH\))?"
    r"\s+tự nguyện\s+(?:đã\s+|mới\s+|chỉ\s+)*(?:đạt|chiếm|là|bằng)"
    rf"(?:\s+{_RATE_WORD}(?:\s+bao phủ)?)?"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|chưa đến|dưới))?\s*$", _I)


def _rate(text: str, q: Quantity, w: _Window, reading: _Reading) -> list[_Fact]:
    """A percentage: of a population group, of the plan, or of the population."""
    before, after = w.before, w.after
    if reading.group_share_at == q.start:
        return []  # a counted group's share of the population, read with its count
    if (_SHARE_THEN_MONEY.search(w.lead) and (whole := _OF_WHOLE_AFTER.match(text, q.end))
            and _INSURED_PEOPLE_AFTER.match(text, whole.end())):
        # "..., chiếm gần 10% trong tổng số 13,2 triệu người tham gia bảo hiểm thất nghiệp của cả
        # nước": a share of the insured of a wider whole, no level
        return []
    if _SHARE_THEN_MONEY.search(w.lead) and _MONEY_IN_BRACKETS.match(text, q.end):
        return []  # "chi từ nguồn Quỹ BHXH chiếm 81,42% (198.427 tỷ đồng)": a share of money
    if _SHARE_OF_APPLICANTS.match(after):
        return []  # "đạt tỷ lệ 92,1% số lao động đề nghị hưởng": of the applicants, no level
    if _POVERTY_RATE.search(re.split(r"[;:,]", w.upto)[-1]) or _HEALTH_SERVICE_SHARE.match(
            text, q.end):
        # "giảm tỷ lệ hộ nghèo mỗi năm 4-5%": a poverty rate, no coverage of the poor; "trên 95%
        # dân số được tiếp cận dịch vụ y tế cơ sở": access to care, no insurance
        return []
    if _PAYMENT_SHARE.search(re.split(r"[;:,]", w.upto)[-1]):
        # "tỷ lệ chi trả lương hưu và trợ cấp BHXH hằng tháng không dùng tiền mặt đạt 60,38%": a
        # share of payments, no level of the insured
        return []
    if ((pace := _last(_GROWTH_PACE.finditer(own := re.split(r"[;:,]", w.upto)[-1]))) is not None
            and not re.search(r"bao phủ|(?<!\w)(?:tỷ|tỉ) lệ(?!\w)", own[pace.end():], _I)
            and not _COVERAGE_AFTER.match(after)):
        # "Tốc độ tăng tổng thu ngân sách ... bình quân hằng năm đạt 10%": a pace of growth, no
        # level of anything (but "tốc độ tăng trưởng đạt con số khả quan và đạt bao phủ 70,03%")
        return []
    if _YIELD_BEFORE.search(w.lead) or _PER_YEAR_AFTER.match(after):
        return []  # "đạt tỷ lệ lãi bình quân gần 7%/năm": a yield or a yearly pace, no level
    if (q.qualifier in ("less_than", "under", "at_most") and _UNITS_WITH_RATE.search(w.upto)
            and not _REACHED.search(w.near) and not _names_after(text, q.end)):
        # "danh sách các trường cao đẳng, đại học có tỉ lệ sinh viên tham gia BHYT dưới 98%": the
        # threshold that sorts the units, no level of any
        return []
    if reading.public_money_end is not None and _RATE_OF_SUM.fullmatch(
            text, reading.public_money_end, q.start):
        return []  # the share of a budget or tax plan, no insurance figure
    if ((_CHANGE.search(before) and not _RISEN_TO.search(before))
            or re.match(r"^\s*so với cùng kỳ", after, _I)):
        return []  # a change, not a level
    if re.search(r"(?<!\w)từ\s*$", before) and _MOVE_TO.match(after):
        q = replace(q, qualifier=None)  # "giảm từ 95,7% xuống còn ...": where it started
    if reading.last_rate is not None and _MOVE_TO.fullmatch(w.near):
        # "... từ 95,7% xuống còn 82,7%": the level it moved to, of the rate just read
        last = reading.last_rate
        return [_Fact(last.indicator, q.value, "percent", q.start, q.qualifier, last.group)]
    if (_SHARE_OF_MONEY.match(after) or (_MONEY_SHARE_BEFORE.search(
            text, max(0, q.start - 40), q.start) and not _PLAN_WORD_AFTER.match(after))) and not (
            _REACHED.search(before) and _REVENUE_PLAN.match(after)):
        # (but "đạt 100,69% kế hoạch thu trong năm được giao" is the revenue plan completed)
        # "nợ ... 77 tỷ đồng, chiếm 2,2% tổng số phải thu": a share of money owed; "số chi đa
        # tuyến chiếm khoảng 30% tổng số chi Quỹ BHYT", "chiếm 38,5% Quỹ KCB": of money spent
        return []
    if (reading.last_count is not None and reading.last_count.indicator == "participants"
            and reading.last_count.group is not None
            and (_SHARE_OF_COUNT.fullmatch(w.near) or _GROUP_SHARE_NEAR.fullmatch(w.near))
            # (of all the people, as a part of them: not "chiếm 98% dân số là người dân tộc
            # thiểu số", "100% dân số", "(tỷ lệ 95% dân số)" of a small group)
            and q.value < 50 and _WHOLE_POPULATION_AFTER.match(after)):
        # "số người tham gia BHYT theo hộ gia đình là 31.958 người, chiếm 26% dân số": a group's
        # share of all the people, not its coverage (of the group, "tổng số SV" would say so)
        return []
    if (reading.details_count and _SHARE_OF_COUNT.fullmatch(w.near)
            and not _COVERAGE_AFTER.match(after)):
        # "Trong đó, ... hộ gia đình có 43.463 người, chiếm 27,92%" after a participants total:
        # the group's share of the insured, not its coverage (unless the population is named:
        # "Riêng BHYT đã có trên 1.600.000 người tham gia, chiếm trên 86% dân số")
        return []
    if (_GAP_OVER_GIVEN.search(w.lead) and reading.last_rate is not None
            and q.value * 2 < reading.last_rate.value):
        # "đạt tỷ lệ bao phủ 15%, cao hơn chỉ tiêu UBND tỉnh giao 1%": the gap, its giver named
        # between (a figure near the level read is the quota itself: "đạt 91%, thấp hơn chỉ
        # tiêu tỉnh giao 93%")
        return []
    if _DEBT_PLAN_AFTER.match(after) or _DEBT_RECOVERED.search(w.upto):
        # "thu hồi nợ được 45 tỷ đồng, đạt 60% kế hoạch thu nợ": the plan of recovering debts,
        # no insurance level
        return []
    if _NOT_REACHED.search(w.near):
        # "việc cấp thẻ BHYT cho trẻ dưới 6 tuổi cũng chưa đạt 100% như quy định": a level
        # missed, none stated
        return []
    if _SCHOOL_SUBJECT.match(w.upto):
        return []  # "Trường Tiểu học A phấn đấu 100% học sinh ...": one school, not the area
    last = reading.last_rate
    if (last is not None and last.indicator == "coverage_rate" and _IN_WHICH_NEAR.search(w.near)
            and (part := _VOLUNTARY_PART.match(after)) is not None):
        # "Tỷ lệ người tham gia BHXH chiếm gần 33% lực lượng lao động, trong đó khoảng 2,2%
        # tham gia BHXH tự nguyện": the voluntary scheme's part of that coverage
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier,
                      _SCHEME_GROUP[part["g"].lower()])]
    if (last is not None and last.indicator == "coverage_rate"
            and (part := _SCHEME_PART_BEFORE.search(w.near)) is not None
            # (not a share of its plan: "trong đó số người tham gia BHXH bắt buộc đạt 98,5% kế
            # hoạch giao")
            and not _PLAN_AFTER.match(after) and not _PLAN_LATER.match(after)):
        # "tỷ lệ lực lượng lao động tham gia BHXH đạt 20%, trong đó nông dân và lao động khu vực
        # phi chính thức tham gia BHXH tự nguyện chiếm 5,73%": the part, named before its share
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier,
                      _SCHEME_GROUP[part["g"].lower()])]
    if (last is not None and _QUOTA_SLASH.fullmatch(w.near)
            and not _RESPECTIVELY.search(w.upto)):
        # "Bình Đức đạt 83,93%/92,10%": the level reached, then the quota it was set
        return [_Fact(last.indicator, q.value, "percent", q.start, q.qualifier, last.group,
                      plan_of_last=True)]
    if last is not None and (_PLAN_IN_PARENS.search(w.near) or _GOAL_IN_PARENS.fullmatch(w.near)):
        # ("đạt 17,4% (chỉ tiêu 22,4%)": the goal of the rate just read, of its group)
        return [_Fact(last.indicator, q.value, "percent", q.start, q.qualifier, last.group,
                      plan_of_last=True)]
    if (last is None and (prior := reading.previous_rate) is not None
            and _PLAN_IN_PARENS.search(w.near) and _AIM_AT_PLAN.match(w.upto)):
        # "... đạt 79,2% dân số thành phố. Để đạt được kế hoạch Thủ tướng giao (80,7%), từ nay
        # đến cuối năm ...": the plan's level of the rate the sentence before read, as an aim
        return [_Fact(prior.indicator, q.value, "percent", q.start, q.qualifier, prior.group,
                      assigned=True)]
    groups = _group_list(text, q.end)
    if groups and _NEXT_SUBJECT_AFTER.match(text, q.end):
        # "... đạt 99,7%, trẻ em dưới 6 tuổi đạt 100%": the group after the comma is the subject
        # of the next figure, not this one's
        groups = []
    if (not groups and (whole := _OF_WHOLE_AFTER.match(text, q.end)) is not None
            and (named := _group_list(text, whole.end())) and _insured_whole(text, whole.end())):
        # "mới có 25% trong số 14 triệu người cận nghèo tham gia bảo hiểm y tế": the share of
        # the group's whole that is insured
        groups = named
    if not groups and (for_ := _FOR_GROUP.match(text, q.end)):
        groups = _group_list(text, for_.end())  # "bao phủ 100% BHYT cho học sinh, sinh viên"
    if groups and _OTHER_PREDICATE_AFTER.match(text, q.end):
        # "..., 98% hộ gia đình đạt danh hiệu gia đình văn hóa", "97% hộ gia đình sử dụng nước
        # sạch": the group's share of something else, no insurance in its clause
        return []
    if (groups and _SCHOOLS_WORD.search(w.upto) and not reading.is_target(q.start)
            and _of_some_units(text, q, w)):
        # "nhiều trường duy trì 100% HS-SV tham gia BHYT": the schools' record, not the area's
        # (an aim set through the schools, "chỉ đạo các trường học ... đảm bảo 100% học sinh
        # tham gia BHYT", is read as the area's, as h16_08's gold has it)
        return []
    if groups:
        return _group_rates(q, groups)
    if (_PLAN_DONE.search(w.upto) and _OWN_FIGURE.search(w.near)
            and not _COVERAGE_AFTER.match(after) and not _COLLECTION.search(w.upto)):
        # "Có 3 huyện đã hoàn thành chỉ tiêu ... là Quế Sơn (100,12%), Nam Giang (100,93%)":
        # each unit's share of its plan, which may pass 100
        return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier)]
    if _QUOTA_THEN_REACHED.search(w.upto):
        # "so với chỉ tiêu giao của UBND (70.544 người) đạt 84%": the quota just given, reached
        return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier,
                      _scheme_group_in(w.upto) or reading.count_group)]
    # "tổng số thu BHXH, BHYT, BHTN ... là 711,2 tỷ đồng, đạt tỷ lệ 23,4%": the share of the
    # revenue plan collected, as "... đạt 23,4% kế hoạch" says in full
    revenue_share = bool(_COLLECTION.search(w.upto)
                         and _MONEY_THEN_RATE.search(text, max(0, q.start - 40), q.start))
    if revenue_share or _PLAN_AFTER.match(after) or _PLAN_LATER.match(after):
        if revenue_share or _COLLECTION.search(w.near):
            # money collected against its plan ("Lũy kế số thu ... đạt 29,2% kế hoạch"): the
            # revenue plan's completion, of all the schemes the clause collects for together;
            # an aim to collect the plan ("phấn đấu thu ... đạt 100% kế hoạch") is no figure
            if reading.is_target(q.start):
                return []
            return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier)]
        if _OTHER_FUND.search(w.upto) and not _INSURANCE_NAMED.search(w.upto):
            # "vận động quỹ đền ơn đáp nghĩa ... đạt 356,52% kế hoạch": a welfare fund's plan
            return []
        if (_PARTY_WORK.search(w.near) and not _INSURANCE_NAMED.search(w.near)) or (
                _OTHER_QUOTA_AFTER.match(after)):
            # ("hoàn thành 100% chỉ tiêu tuyển quân": another field's quota)
            # "toàn đảng bộ đã kết nạp được 11 đảng viên mới, đạt 100% kế hoạch": the Party's plan
            return []
        if (_ESTIMATE_NAMED.match(after) and (spent := _last(_EXPENSE.finditer(w.upto)))
                and not _COLLECTION.search(w.upto, spent.end())):
            # "đã chi trả ... trên 1.344 tỷ đồng, ..., chiếm 44,5% so với dự toán giao": the share
            # of a spending estimate used, no plan of participants or revenue (data/gold/README)
            return []
        count = reading.last_count
        group = count.group if count is not None else (
            # "vận động tăng mới được 1.928 người tham gia BHXH tự nguyện, đạt 58,69% kế
            # hoạch": the count is no level, but it says whose plan it is
            _subject_group(w.upto) or _scheme_group_in(w.near)
            # "đạt hơn 98% kế hoạch phát triển BHXH tự nguyện": the plan names its group
            or (_scheme_group(text, q.end) if _PLAN_AFTER.match(after) else None)
            # "2.870 tham gia BHXH tự nguyện/chỉ tiêu 3.335 người, đạt 86,05% kế hoạch": the
            # group the sentence counted, its quota read in between
            or (reading.count_group if _OVER_QUOTA.search(w.upto) else None)
            # "... là 3,18%, đạt 530% so với chỉ tiêu Đề án": the plan of the rate just read
            or (reading.last_rate.group if reading.last_rate is not None
                and _RATE_THEN_PLAN.fullmatch(w.near) else None)
            # "... BHXH tự nguyện là 844,7 nghìn người. Con số này đã giúp đạt 137,8% kế
            # hoạch": the group the sentence before counted
            or reading.figure_group
            # "..., thu BHXH tự nguyện là 197 tỷ đồng (đạt 15,3% kế hoạch giao)": the plan of
            # the money just collected
            or (_scheme_group_in(w.upto[collected.start() :])
                if _MONEY_JUST_BEFORE.search(text, max(0, q.start - 30), q.start)
                and (collected := _last(_COLLECTION.finditer(w.upto))) is not None else None))
        return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier, group)]
    count, total = reading.last_count, reading.total
    if (total is not None and count is not None and count.indicator == "participants"
            and total.value > 0
            and abs(count.value * 100 / total.value - q.value) <= Decimal("0.6")):
        # the count just read over the total the sentence gave: that total's coverage
        return [_Fact("group_coverage_rate" if total.group else "coverage_rate", q.value,
                      "percent", q.start, q.qualifier, total.group, count.value, total.value)]
    if (total is not None and total.group is not None and q.value <= 100
            and (count is None or count is total) and _SHARE_OF_WHOLE.search(w.near)):
        # "toàn tỉnh có trên 260 nghìn HSSV, trong đó số tham gia BHYT đạt trên 60%": the share
        # of the whole just counted that is insured
        return _group_rates(q, [total.group])
    # "tỷ lệ học sinh- sinh viên tham gia BHYT của các trường khối ... chỉ đạt 68%": the group
    # stands right after "tỷ lệ", however long the rest of the phrase
    # ("độ bao phủ bảo hiểm y tế (BHYT) học sinh, sinh viên năm học 2022-2023 ... đạt 99,92%":
    # the scheme, then the group)
    ratio_of = re.search(rf"{_RATE_WORD}\s+(?:tham gia\s+(?:BHYT|{_SCHEME_WORDS})\s+của\s+"
                         r"|bao phủ\s+(?:BHYT|bảo hiểm y tế)(?:\s*\(BHYT\))?\s+)?"
                         r"([^;%]{0,160})$", before, _I)
    if ratio_of:
        head = re.split(r"\s(?:tham gia|có thẻ|đạt)\b", ratio_of.group(1), maxsplit=1)[0]
        # (a longer phrase names its group first: "học sinh, sinh viên năm học 2022-2023 trên
        # địa bàn thành phố")
        # (but not past another rate: "tỷ lệ hộ nghèo và cận nghèo giảm nên tỷ lệ bao phủ ...")
        named = _groups(head) if len(head) <= 60 else (
            _group_list(head, 0) if not _RATE_NOUN.search(head) else [])
        if named:
            return _group_rates(q, named)
    if (listed := _GROUPS_REACH.search(before)) and not _PARTICIPATION.search(listed.group(1)) \
            and len(named := _groups(listed.group(1))) > 1:
        # "các nhóm đối tượng là hộ nghèo, hộ cận nghèo, trẻ em dưới 6 tuổi sẽ đạt 100%": each
        # group listed as the subject reaches the rate (a group with no notation is left out)
        return _group_rates(q, named)
    if (subject := _GROUP_SUBJECT.search(before)) and (
            named := _groups(_RATE_NOUN.split(subject.group(1))[-1])):
        # "vận động học sinh tham gia BHYT đạt 100%"; but in "3.894 người tham gia BHYT tự
        # nguyện góp phần nâng tỷ lệ người dân tham gia BHYT đạt 85%" the rate is of the people
        return _group_rates(q, named[-1:])
    if named := _groups_reaching(before):
        # "..., trong đó, BHYT hộ nghèo, BHYT học sinh đạt 100%, hộ cận nghèo đạt 99,08%": the
        # groups listed as the subject of the verb, each reaching the rate
        return _group_rates(q, named)
    if q.value > 100 and not _REACHED.search(before):
        return []
    if (last is not None and last.indicator == "group_coverage_rate"
            and _NEXT_GROUP_ITEM.fullmatch(w.near)):
        # "(Khối tiểu học: 97,11%, ..., trường GDTX là 92,27%, các trường trung cấp là 97,38%)":
        # one more kind of school of the group's rate, not some units of the area
        return [_Fact(last.indicator, q.value, "percent", q.start, q.qualifier, last.group)]
    if _of_some_units(text, q, w):
        return []
    if _SHARE_IS.match(after) and not _INSURANCE_CUE.search(w.upto):
        return []  # "66% dân số là đồng bào dân tộc thiểu số"
    if _HOLDS_SHARE.search(before) and not _INSURANCE_CUE.search(w.upto) and not (
            _COVERAGE_AFTER.match(after)):
        # "người cận nghèo tại các huyện ... chiếm tỷ lệ hơn 88%": a share of some whole the
        # clause never says is insured
        return []
    if q.value <= 200 and _COLLECTION_RATE.search(w.upto):
        # "tỷ lệ thu chung của toàn Ngành hiện đạt 62,8%", "đạt tỷ lệ thu cao nhất là Phòng
        # Quản lý thu (78,05%)": the share of the revenue plan collected, of every scheme the
        # agency collects for unless the clause names one
        return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier,
                      scheme_free=True)]
    if (q.value <= 200 and _REACHED.search(before) and not _COVERAGE_AFTER.match(after)
            and (done := _last(_COMPLETION_RATE.finditer(w.upto))) is not None):
        # "Tỷ lệ hoàn thành BHXH bắt buộc bình quân toàn cụm đạt 104,31%", "tỷ lệ hoàn thành
        # kế hoạch đạt 98%": the share of the plan done, which may pass 100
        return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier,
                      _scheme_group_in(w.upto[done.start() :]))]
    if _COVERAGE_AFTER.match(after) or _COVERAGE_BEFORE.search(before):
        if q.value > 100:
            return []
        # (not a rate the clause names for itself: "Đạt 120% kế hoạch, tỷ lệ bao phủ BHYT toàn
        # huyện đạt 95,3%")
        if (reading.subject_group is not None and not _COVERAGE_AFTER.match(after)
                and not _OWN_RATE.search(_SEGMENTS.split(w.upto)[-1])):
            return _group_rates(q, [reading.subject_group])
        if (total is not None and total.group is not None and count is None
                and not _COVERAGE_AFTER.match(after)):
            # "250 nghìn đồng bào DTTS sinh sống với tỷ lệ bao phủ BHYT đạt 94,95%"
            return _group_rates(q, [total.group])
        if (count is not None and count.group is not None and count.indicator == "participants"
                and not _COVERAGE_AFTER.match(after) and _CONTINUES.match(
                    re.split(r",\s|;|\(", w.near)[-1])):
            # "15,9 triệu HSSV tham gia BHYT (đạt tỷ lệ 92,5%)": the rate of the group just counted
            return _group_rates(q, [count.group])
        if ((_WORKERS_JOINED_AFTER.match(after) and _scheme_group(text, q.end) == "voluntary")
                or ((force := _FORCE_JOINED_AFTER.match(after)) is not None
                    and _SCHEME_GROUP_RX.match(after, force.end()) is not None
                    and _scheme_group_in(after[force.end() : force.end() + 40]) == "voluntary")):
            # ("đạt 2,52% lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội tự nguyện")
            # "4,2% lao động trong độ tuổi tham gia BHXH tự nguyện": the labour force's share
            # in the voluntary scheme (as h11_12 reads it)
            return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier, "voluntary")]
        if ((count is not None and count.group == "voluntary" and count.indicator == "participants"
             and _LABOUR_FORCE_AFTER.match(after) and _CONTINUES.match(
                 re.split(r",\s|;|\(", w.near)[-1]))
                # ("Số người tham gia BHXH tự nguyện 15.220 người, đạt 65,32% kế hoạch, tỷ lệ bao
                # phủ 2,37% lực lượng lao động": the same count's share, named by its noun)
                or (reading.count_group == "voluntary" and _LABOUR_FORCE_AFTER.match(after)
                    and _BARE_COVERAGE.fullmatch(re.split(r",\s|;|\(", w.near)[-1]))):
            # "BHXH tự nguyện là 27.978 người, bằng 4,1% lực lượng lao động": the labour force's
            # share in the voluntary scheme (as "... tham gia BHXH tự nguyện chiếm khoảng 1% lực
            # lượng lao động")
            return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier, "voluntary")]
        if (last is not None and last.indicator == "group_coverage_rate" and last.group
                and not _COVERAGE_AFTER.match(after) and not _groups(w.upto)
                # (not the overall rate after the groups': "...; tỷ lệ bao phủ chung đạt 98,9%",
                # "...; tỷ lệ bao phủ BHYT toàn xã đạt 99,6%")
                and not _OVERALL_RATE.search(w.upto) and not _WHOLE_UNIT_RATE.search(w.upto)):
            # "... học sinh, sinh viên ... đạt 96,11%. Trong đó, các địa bàn có tỷ lệ tham gia
            # cao nhất là: ...": the detail of a group's rate names no group: the same group
            return _group_rates(q, [last.group])
        if (_LABOUR_FORCE_AFTER.match(after)
                and _scheme_group_in(w.near[-60:]) == "voluntary"):
            # "nông dân và lao động khu vực phi chính thức tham gia BHXH tự nguyện chiếm khoảng
            # 5% LLLĐ trong độ tuổi": the voluntary scheme's share of the labour force
            return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier, "voluntary")]
        if (reading.count_group == "voluntary" and _BRACKET_OPEN.search(w.near)
                and _LABOUR_FORCE_AFTER.match(re.sub(r"^\s*so với", "", after))):
            # "Tham gia BHXH tự nguyện 1.563 người, ..., đạt 79,1% so với kế hoạch (đạt 5,01% so
            # với lực lượng lao động ...)": the voluntary count's share, in brackets after it
            return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier, "voluntary")]
        if _VOLUNTARY_SUBJECT_REACHED.search(before):
            # "số người tham gia BHXH tự nguyện đạt tỉ lệ 6,5%": the voluntary scheme's people,
            # the subject of the rate's verb
            return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier, "voluntary")]
        if (noun := _last(_RATE_NOUN.finditer(before))) is not None and _scheme_group_in(
                _RATE_VERB.split(before[noun.end() :])[0]) == "voluntary":
            # "Tỷ lệ bao phủ BHXH tự nguyện so với lực lượng lao động ... là 3,18%": the
            # voluntary scheme's coverage, as its rate's own phrase names it
            return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier, "voluntary")]
        if (sector := _last(_SECTOR.finditer(w.upto))) is not None and not (
                _RATE_NOUN.search(w.upto, sector.end())
                or _AREA_OWN_AFTER_SECTOR.search(w.upto, sector.end())):
            # "khu vực phi chính thức và tập thể, hợp tác xã…, chỉ có 1,9% lao động tham gia
            # BHXH": the workers of one economic sector, no level of the area (a sector named as
            # the background of the area's own rate, "Nhờ đẩy mạnh thanh tra khu vực doanh
            # nghiệp, tỷ lệ bao phủ BHXH của tỉnh ... đạt 28%", leaves it)
            return []
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier)]
    if _REACHED.search(before) and _PLAN_FIRST.search(w.upto) is not None:
        # "so với kế hoạch cả năm, thì chỉ tiêu BHYT đã đạt 93,6%, BHXH bắt buộc đạt 91,95% và
        # BHXH tự nguyện đạt gần 53%": the yardstick named first, for each rate after it
        return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier,
                      _scheme_group_in(w.near))]
    if (q.value <= 100 and (goal := _OWN_GOAL_AFTER.match(text, q.end)) is not None
            and _PARTICIPATION.search(w.near) and not _RATE_NOUN.search(w.near)
            and not _PLAN_NAMED.search(w.upto) and not _PLAN_AFTER_GOAL.match(text, goal.end())):
        # "tham gia BHXH bắt buộc đã đạt 17,4% (chỉ tiêu 22,4%), tham gia BHXH tự nguyện 0,7%
        # (chỉ tiêu 0,6%)": a level with its goal's level in brackets, of the scheme and group
        # its clause names (a share of a plan names the plan: "So với kế hoạch năm, ... đạt
        # 98,5% (chỉ tiêu 100%)", "đạt 92% (chỉ tiêu 100%) so với kế hoạch giao")
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier,
                      _scheme_group_in(w.near))]
    if _REACHED.search(before) and _WORKFORCE_JOINED.search(w.upto):
        # "Lực lượng lao động trong độ tuổi tham gia BHXH còn thấp, đạt 19,30%": the share of
        # the labour force, as "đạt 33% lực lượng lao động" says after the figure
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier)]
    if (q.value <= 100 and (_REACHED.search(before) or _SCHEME_JUST_BEFORE.search(before))
            and reading.last_count is None and _PEOPLE_JOINED.search(w.upto)):
        # "xã vận động người dân tham gia BHYT đạt gần 94%": the people taking part, not a
        # number of them ("số người tham gia ... đạt 90,6%" is of a plan), reach a share
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier)]
    if (q.value <= 100 and (whole := _GROUP_WHOLE_AFTER.match(after)) is not None
            and len(named := _group_list(text, q.end + whole.end())) == 1):
        # "có 9.243 sinh viên (SV) tham gia BHYT, chỉ đạt 65% tổng số SV trên địa bàn tỉnh":
        # the share of the whole group
        return _group_rates(q, named)
    if (q.value <= 100 and reading.last_count is not None
            and reading.last_count.indicator == "participants"
            and reading.last_count.group not in (None, "voluntary", "employees")
            and _BRACKET_REACH.fullmatch(w.near) and not _PLAN_AFTER.match(after)):
        # "toàn huyện có 10.414 học sinh tham gia BHYT (đạt 96,37%)": the group's share, in
        # brackets after its count (of a plan, "kế hoạch" would say so)
        return _group_rates(q, [reading.last_count.group])
    if (q.value <= 100 and reading.last_count is not None
            and reading.last_count.indicator == "participants"
            and _COUNT_THEN_SHARE.fullmatch(w.near) and _COVERAGE_NOUN.search(w.upto)
            and not _PLAN_AFTER.match(after)):
        # "cao hơn tỷ lệ bao phủ bảo hiểm y tế toàn dân là 79,69 triệu người (85%)": the count a
        # coverage rate is given as, then the rate itself in brackets
        return ([_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier)]
                if reading.last_count.group is None
                else _group_rates(q, [reading.last_count.group]))
    if (q.value <= 100 and _REACHED.search(before) and _PARTICIPATION.search(w.upto)
            and _COVERAGE_MOVES_AFTER.match(text, q.end)
            and _scheme_group_in(w.upto) != "voluntary"):
        # "số người tham gia BHYT đạt 95,49%, nay giảm 12,14 theo đó tỷ lệ bao phủ mới chỉ đạt
        # 83,35%": the coverage rate the sentence then says moved
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier)]
    if (_REACHED.search(before) and reading.last_count is not None
            and reading.last_count.indicator == "participants"
            and _OF_POPULATION_AFTER.match(after)):
        # "... có 450.120 người tham gia BHYT, đạt 84,2% so với dân số": the people's share
        # (a group's share, "chiếm 14,2% so với dân số", is none)
        return ([_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier)]
                if reading.last_count.group in (None, "voluntary")
                else _group_rates(q, [reading.last_count.group]))
    if _REACHED.search(before) and reading.last_count is not None:
        return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier,
                      reading.last_count.group)]
    if (q.value <= 100 and _REACHED.search(before) and _PARTICIPATION.search(w.upto)
            and _BELOW_AVERAGE_AFTER.match(text, q.end)):
        # "số người tham gia BHYT trên địa bàn mới chỉ đạt 61,9%, thấp hơn mức trung bình của cả
        # nước (70%)": a level set beside the nation's or an average is of the people, no plan's
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier,
                      _subject_group(w.upto))]
    if (_REACHED.search(before) and (subject := _last(_SUBJECT.finditer(w.upto)))
            and _PARTICIPATION.match(w.upto, subject.end() + 1)
            and not _RATE_NOUN.search(w.upto, subject.end()) and q.value <= 200
            and _ENDS_CLAUSE.match(after)):
        # "số người tham gia BHXH, BHYT, BHTN bắt buộc đạt 90,6%": a number of people reaching
        # a percentage is a share of its plan (of the population is read above)
        return [_Fact("plan_completion", q.value, "percent", q.start, q.qualifier,
                      _subject_group(w.upto))]
    if (last is not None and q.value <= 100 and _NEXT_YEARS_RATE.fullmatch(w.near)
            and _YEAR_AFTER_RATE.match(text, q.end)):
        # "đạt 80% năm 2018 và 85% năm 2019", "85,2% (năm 2019) và 90,1% (năm 2021)": the same
        # rate in a later year, each with its year after it
        return [_Fact(last.indicator, q.value, "percent", q.start, q.qualifier, last.group,
                      scheme_free=last.scheme_free)]
    if q.value <= 100 and _YEAR_LEVEL.search(w.near) and _PARTICIPATION.search(w.upto):
        # "người trong xã tham gia BHYT ... từ năm 2015 đạt 75,5% đến năm 2016 đạt 81%": the
        # level of each year of a series
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier)]
    if q.value <= 100 and _GOAL_NOUN.search(w.near) and reading.is_target(q.start):
        # "Để đạt chỉ tiêu 86% theo Quyết định ... giao chỉ tiêu ... tham gia BHYT": the goal
        # named by its noun alone is a coverage level (of the plan, "86% kế hoạch", is read above)
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier)]
    if q.value <= 100 and (_PARALLEL.search(w.near) or _LISTED_PLACE.fullmatch(w.near)
                           or _ASSIGNED.search(w.near) or _LISTED_NAME.search(w.near)):
        if (last is not None and last.indicator == "coverage_rate" and not last.scheme_free
                and _subject_group(w.near) is None
                and (topic := _topic_of_clause(w.upto)) is not None):
            # "... mới chỉ đạt 61,9%. Riêng đối với các đối tượng bắt buộc như học sinh, sinh
            # viên, cũng chỉ đạt gần 90%": the rate of the group the clause sets off as its topic
            return _group_rates(q, [topic])
        if last is not None:  # one more place or year of the rate just read (of the group
            # its own subject names: "Trong đó, số người tham gia BHXH tự nguyện chỉ đạt 2,84%")
            # (an item naming a scheme of its own takes no group of the last one: "...; số
            # người tham gia BHXH tự nguyện đạt tỉ lệ 6,5%; bảo hiểm thất nghiệp đạt 35,07%")
            # (the same scheme keeps it: "...; riêng xã Hành Thiện tham gia BHYT đạt 95%")
            named = _names_scheme(w.near)
            other = last.group is not None and any(
                _GROUP_SCHEME.get(last.group, "health_insurance") != scheme for scheme in named)
            return [_Fact(last.indicator, q.value, "percent", q.start, q.qualifier,
                          _subject_group(w.near)
                          or (_scheme_group_in(w.near) if named else None)
                          or (None if other else last.group),
                          scheme_free=last.scheme_free)]
        if reading.is_target(q.start):  # "chỉ tiêu ...: năm 2016 đạt 89%"
            # (of the scheme's group its clause names: "chỉ tiêu phấn đấu bảo hiểm y tế theo hộ
            # gia đình đạt 80%")
            return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier,
                          _scheme_group_in(w.upto))]
    if (q.value <= 100 and (item := _UNITS_LIST_ITEM.search(w.upto)) is not None
            and _PARTICIPATION.search(item.group())):
        return [_Fact("coverage_rate", q.value, "percent", q.start, q.qualifier)]
    if (last is None and (prior := reading.previous_rate) is not None and q.value <= 100
            and prior.indicator in ("coverage_rate", "group_coverage_rate")
            and reading.is_target(q.start) and _BARE_AIM.search(w.upto)):
        # "... đạt 91,7% dân số. Huyện phấn đấu đến cuối năm 2021 đạt 93%": the aim for the rate
        # the sentence before read, its noun left out
        return [_Fact(prior.indicator, q.value, "percent", q.start, q.qualifier, prior.group)]
    return []


# The count of the sentence before, referred back to: "con số này tăng lên 99.100 người".
_THIS_COUNT_SAID = re.compile(r"(?<!\w)(?:con số|số) (?:này|trên)(?!\w)", _I)
_THIS_COUNT = re.compile(
    r"(?<!\w)(?:con số|số) (?:này|trên)(?:\s+(?:đã|cũng|đến nay))*"
    r"\s+(?:tăng lên|tăng|giảm còn|giảm xuống còn|giảm xuống|là|đạt|lên)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*$", _I)
# An aim with no noun of its own: "(Huyện) phấn đấu (đến cuối năm) đạt 93%" (before the figure,
# and in a sentence with it).
_BARE_AIM_WORDS = (r"(?<!\w)(?:phấn đấu|quyết tâm)(?:\s+(?:đến|tới|trong)\s+[^,;%]{0,30}?)?\s+đạt"
                   r"(?:\s+(?:khoảng|trên|hơn|từ))?\s*")
_BARE_AIM = re.compile(_BARE_AIM_WORDS + "$", _I)
_BARE_AIM_RATE = re.compile(_BARE_AIM_WORDS + r"[\d.,]+\s*%", _I)


# --- schemes, targets, dates ----------------------------------------------------------------------


def _schemes(text: str, cs: int, ce: int) -> list[tuple[int, int, str]]:
    """Scheme mentions (start, end, notation) in ``text[cs:ce]``, agencies left out."""
    out = []
    for m in _SCHEME.finditer(text, cs, ce):
        preceding = text[max(0, m.start() - 20) : m.start()]
        scheme = _SCHEMES[m.group("s").lower()]
        # (only social insurance has an agency: "tỷ lệ bao phủ BHYT huyện Trà Ôn đạt 91,3%" names
        # the scheme, "BHXH huyện" the agency)
        if (_AGENCY_AFTER.match(text, m.end()) and scheme == "social_insurance") or (
                _AGENCY_BEFORE.search(preceding)):
            continue
        out.append((m.start(), m.end(), scheme))
    return out


_SEGMENT_END = re.compile(r",\s|;")
_OF_POPULATION = re.compile(r"[\d.,]+\s*%\s*(?:tổng\s+)?(?:dân số|số dân)(?!\w)", _I)


_AND_FIGURE = re.compile(r"\svà\s+(?:(?:hơn|trên|gần|khoảng|đạt|có)\s+)?(?=\d)", _I)


def _schemes_for(text: str, cs: int, ce: int, at: int,
                 mentions: list[tuple[int, int, str]]) -> list[str]:
    """The scheme(s) a figure at ``at`` is about: named in its own comma-delimited phrase, else
    the nearest before it in the clause, else the nearest after it. Schemes coordinated just
    before it ("tham gia BHXH, BHTN đạt 90%") are all returned."""
    lo = max((m.end() for m in _SEGMENT_END.finditer(text, cs, at)), default=cs)
    hi = next((m.start() for m in _SEGMENT_END.finditer(text, at, ce)), ce)
    # "28% lao động tham gia BHTN và 91% dân số tham gia BHYT": "và" before a figure starts
    # that figure's own phrase
    lo = max((m.start() for m in _AND_FIGURE.finditer(text, lo, at + 1)), default=lo)
    hi = next((m.start() for m in _AND_FIGURE.finditer(text, at + 1, hi)), hi)
    before = [m for m in mentions if m[0] < at]
    own = [m for m in mentions if lo <= m[0] < hi and not _IN_BREAKDOWN.search(text, at, m[0])]
    if before and _HEADS_FIGURE.fullmatch(text, before[-1][1], at):
        # "BHXH tự nguyện trên 9.800 người và BHYT hộ gia đình ...": the scheme right before
        # the figure heads it, whatever scheme the next item names
        own = [before[-1]]
    if own:
        pick = min(own, key=lambda m: abs(m[0] - at))
    elif before:
        pick = before[-1]
    elif mentions:
        return [mentions[0][2]]
    else:
        return []
    picked = [pick]
    if pick[0] < at:  # walk back over "BHXH, BHTN" / "BHXH và BHTN"
        i = before.index(pick)
        while i > 0 and _SCHEME_SEP.fullmatch(text[before[i - 1][1] : before[i][0]]):
            i -= 1
            picked.insert(0, before[i])
    else:  # ... or on: "97.402 người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế"
        i = mentions.index(pick)
        while i + 1 < len(mentions) and _SCHEME_SEP.fullmatch(
                text[mentions[i][1] : mentions[i + 1][0]]):
            i += 1
            picked.append(mentions[i])
    return list(dict.fromkeys(m[2] for m in picked))


# (also over an abbreviation in brackets: "bảo hiểm xã hội, bảo hiểm y tế (BHXH, BHYT), bảo hiểm
# thất nghiệp")
_SCHEME_SEP = re.compile(r"\s*(?:\)\s*)?(?:,|và|&|\()\s*")
# A bracketed breakdown after a figure names its part's scheme, not the figure's: "... BHXH bắt
# buộc ... là 402.515 người (trong đó số người tham gia BH thất nghiệp là 386.077 người)".
_IN_BREAKDOWN = re.compile(r"\(\s*(?:trong đó|bao gồm|gồm|riêng)(?!\w)[^()]*$", _I)
_HEADS_FIGURE = re.compile(
    r"\s*(?:bắt buộc|tự nguyện|hộ gia đình|học sinh,? sinh viên)?\s*(?:là|đạt|có|:)?\s*"
    r"(?:khoảng|trên|hơn|gần|xấp xỉ)?\s*", _I)


# A capitalised word right before: a capitalised cue word after it is part of the same name.
_NAME_PART = re.compile(r"(?<!\w)[A-ZĐÀ-Ỹ][^\W\d_]*\s+$")


def _cues(text: str, lo: int, hi: int, at: int | None = None) -> list[re.Match[str]]:
    """Target cues in ``text[lo:hi]``, yardsticks of results left out (``at``: the figure the
    cues are read for)."""
    out = []
    for m in _TARGET.finditer(text, lo, hi):
        preceding = text[max(0, m.start() - 40) : m.start()]
        if _REPORTED_RESULT.search(preceding) and not (
                at is not None and _GOALS_OWN_FIGURE.fullmatch(text, m.end(), at)):
            continue
        if _NAME_PART.search(preceding) and m.group()[:1].isupper() and m.group()[1:2].islower():
            continue  # a word of a name, "xã Trí Phải đạt 93%": no obligation
        if (_YARDSTICK.search(preceding) and not _PURPOSE.search(preceding)
                and not _NOT_YET_DONE.search(preceding)
                and not _TOWARDS.search(preceding) and not _WITH_AIM.search(preceding)
                and not m.group().lower().startswith("quyết tâm")):
            continue  # ("..., với quyết tâm đạt 100%": an aim, whatever word comes before)
        if m.group().lower().startswith("chỉ tiêu") and (
                _AS_OF.search(text, lo, m.start()) or preceding.rstrip().endswith("/")):
            continue  # ("2.870 tham gia .../chỉ tiêu 3.335 người": the yardstick of a count)
        out.append(m)
    return out


def _closes_before(text: str, start: int, end: int) -> bool:
    """Whether a bracket open at ``start`` closes before ``end``."""
    depth = 0
    for ch in text[start:end]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return True
            depth -= 1
    return False


# (only what was reached: "đạt và vượt", "đã hoàn thành", "đều đạt", "vượt"; not "Để hoàn thành
# chỉ tiêu 85,45%", "phấn đấu đạt chỉ tiêu", aims)
_MET_VERB = (r"(?<!phấn đấu )(?<!quyết tâm )(?<!cần )(?<!phải )(?<!sẽ )(?<!để )(?<!nhằm )"
             r"(?:đạt và vượt|(?:đã|đều)\s+(?:đạt|vượt|hoàn thành)(?:\s+và\s+vượt)?|vượt)")
# (with what they were: "đạt và vượt các", "vượt 15/17")
_MET_HEAD = rf"(?<!\w){_MET_VERB}(?:\s+(?:các|nhiều|hầu hết|toàn bộ|\d+(?:/\d+)?))*"
_MET_BEFORE_CUE = re.compile(rf"{_MET_HEAD}\s*$", _I)
# ... or reached after them: "phường có 19/20 chỉ tiêu đạt và vượt: ..."
_MET_AFTER_CUE = re.compile(
    r"\s*(?:(?:chủ yếu|đề ra|được giao)\s+)?(?:đều\s+)?(?:đạt và vượt|đạt|vượt|hoàn thành)"
    r"(?:\s+kế hoạch)?\s*:", _I)


_MET_TARGETS = re.compile(
    rf"{_MET_HEAD}\s+(?:chỉ tiêu|mục tiêu)"
    r"(?!\w)"
    r"[^.;:,%\d]{0,40}$", _I)


def _met_cue(text: str, cue: re.Match[str]) -> bool:
    """Whether a target cue names the targets a result met, no aim: "đạt và vượt các chỉ tiêu
    Nghị quyết Đại hội đề ra: ...; 94,64% dân số tham gia bảo hiểm y tế"."""
    return (_MET_BEFORE_CUE.search(text, max(0, cue.start() - 30), cue.start()) is not None
            or _MET_TARGETS.search(text, max(0, cue.start() - 60), cue.start()) is not None
            or _MET_AFTER_CUE.match(text, cue.end()) is not None)


def _is_target(text: str, cs: int, at: int, lead: int | None) -> bool:
    """A target cue before the figure in its clause, or one that opens the sentence (``lead``),
    with no result marker in between."""
    cues = _cues(text, cs, min(len(text), at + 1), at)  # "giao 82,2%": the figure's digit too
    # (a cue in brackets closed before the figure is its own figure's: "đạt 18% (chỉ tiêu 23%),
    # tham gia bảo hiểm thất nghiệp đạt 15,5%")
    cues = [c for c in cues if not _closes_before(text, c.end(), at)
            and not _met_cue(text, c)]
    if cues and _NEW_ITEM.search(text, cues[-1].end(), at):
        # "Mỹ Thạnh đạt 83,99%, cần phát triển thêm 2.251 người và phường Mỹ Hòa: 82,18%": the
        # cue's reach ends with its own figure, at the next item of the list
        cues = []
    if cues:
        result = _RESULT.search(text, cues[-1].end(), at)
        if result is not None and _FORECAST.fullmatch(cues[-1].group()) and _BY_PERIOD_END.search(
                text, cues[-1].end(), result.start()):
            # "dự kiến hết năm nay đã đạt trên 94%": what will have been reached by the end of
            # the year, an expectation
            return True
        return result is None
    if lead is not None and lead <= at:
        return not _RESULT.search(text, lead, at)
    return False


# A year written right after the figure's own words: "từ 55.964 người tham gia năm 2009 đạt
# 243.368 người năm 2015": each count has its own year, even with an earlier one before it; so
# does a rate of the population ("đạt 91,93% dân số vào năm 2019" after "năm 2018 đạt ...").
_POSTPOSED = re.compile(
    rf"[\d.,]+\s*(?:%|(?:triệu|nghìn|ngàn)\s+)?(?:\s*{COUNT_NOUN})?"
    r"(?:\s*(?:dân số|số dân))?"
    r"(?:\s+(?:tham gia|có thẻ)(?:\s+(?:BHYT|bảo hiểm y tế))?)?(?:\s*\(\s*|\s+(?:vào\s+)?)", _I)
# A year in brackets right after a figure ("từ 90% (2018) xuống còn 86,5%") is that figure's
# own, never the date of the figures after it.
_BRACKETED_YEAR = re.compile(r"[\d.,]+\s*%?\s*\(\s*$")


def _postposed(text: str, at: int, whens: list[When]) -> When | None:
    """The year written just after the figure at ``at`` ("243.368 người năm 2015")."""
    m = _POSTPOSED.match(text, at)
    if m is None:
        return None
    return next((w for w in whens if w.start == m.end() and _BARE_YEAR.fullmatch(
        text, w.start, w.end)), None)


# "nhóm thuộc BHYT hộ gia đình", "nhóm đối tượng học sinh, sinh viên": a group as a subject.
_GROUP_NOUN = re.compile(
    r"(?<!\w)nhóm\s+(?:đối tượng\s+)?(?:thuộc\s+|tham gia\s+)?(?:(?:BHYT|bảo hiểm y tế)\s+)?", _I)


def _named_group(text: str) -> str | None:
    """The group the last "nhóm <group>" of a sentence names, if any."""
    for m in reversed(list(_GROUP_NOUN.finditer(text))):
        first = min(((g.start(), name) for name, rx in _GROUPS if (g := rx.search(text, m.end()))),
                    default=None)
        if first is not None and first[0] == m.end():
            return first[1]
    return None


_SCHOOL_YEAR_AT = re.compile(r"năm học\s", _I)


def _pick(whens: list[When], at: int, text: str | None = None,
          norm: str | None = None) -> When | None:
    """The clause's date for a figure at ``at``: the nearest before it, else the first after,
    unless (for a result, whose ``text`` is given) a target cue comes first ("đạt 81,3%, ước
    thực hiện năm 2022 đạt 92%": the year is the forecast's). A school year gives way to a day
    the clause names (``norm``, the clause's text, tells a school year)."""
    norm = norm or text
    if norm and (school := [w for w in whens if _SCHOOL_YEAR_AT.match(norm, w.start)]) and (
            days := [w for w in whens if w.period_start is None and w not in school
                     and (text is None or w.end <= at)]):
        # "tính đến ngày 30-11-2022, độ bao phủ BHYT học sinh, sinh viên năm học 2022-2023 ...
        # đạt 99,92%", "phấn đấu năm học 2022-2023 đạt 100% ... trước ngày 31-12-2022": the
        # school year names the pupils counted, the day dates the figure (a result's day stands
        # before it: a deadline after it is an aim's)
        whens = [w for w in whens if w not in school]
        if not any(w.end <= at for w in whens):
            return min(days, key=lambda w: abs(w.start - at))
    before = [w for w in whens if w.end <= at and not (
        text and _BRACKETED_YEAR.search(text, max(0, w.start - 20), w.start))]
    if before:
        return before[-1]
    after = next((w for w in whens if w.start >= at), None)
    if after is not None and text and any(c.start() < after.start
                                          for c in _cues(text, at, after.end)):
        return None
    return after


# --- "lần lượt": a list of figures read against a list of schemes or years, in order -------------

_RESPECTIVELY = re.compile(r"(?<!\w)lần lượt(?!\w)", _I)
# Words of a list of groups that name no group of their own ("nhóm tham gia theo diện").
_GROUP_NOUN_LIST = re.compile(r"(?<!\w)(?:nhóm|diện|đối tượng)(?!\w)", _I)
_LIST_JOIN = re.compile(r"\s*(?:,|;|và|,\s*và)\s*", _I)


@dataclass(frozen=True, slots=True)
class _Slot:
    """What one place of an enumeration is about: "BHXH" of "BHXH, BHTN và BHYT đạt ..."."""

    scheme: str | None
    indicator: str
    unit: str
    group: str | None


@dataclass(slots=True)
class _Respective:
    """Figures of a clause paired in order with what a list names ("lần lượt")."""

    facts: list[_Fact]  # facts for figures the clause's reading left out
    schemes: dict[int, str | None]  # figure offset -> its scheme
    whens: dict[int, When]  # figure offset -> its year
    slots: list[_Slot] | None = None  # the list the last run was read against
    # figure offset -> its group, and the qualifier the list's first figure gives them all
    groups: dict[int, tuple[str, str | None]] = field(default_factory=dict)


def _figure_runs(text: str, figures: Sequence[Quantity | Ratio]) -> list[list[Quantity]]:
    """Runs of two or more figures of one unit written as a list ("25%, 20% và 90%")."""
    runs: list[list[Quantity]] = []
    for fig in figures:
        if not isinstance(fig, Quantity):
            runs.append([])
            continue
        last = runs[-1][-1] if runs and runs[-1] else None
        if last is not None and last.unit == fig.unit and _LIST_JOIN.fullmatch(
                text, last.end, fig.start):
            runs[-1].append(fig)
        else:
            runs.append([fig])
    # (bare numbers only as a list of people: "khoảng 18.100 và 39.840 người")
    return [r for r in runs if len(r) >= 2 and (
        r[0].unit is not None or _PEOPLE.match(text[r[-1].end : r[-1].end + 30]) is not None)]


def _chain(spans: Sequence[tuple[int, int]], join: re.Pattern[str], text: str) -> int:
    """How many of ``spans`` (in text order) end the text as one coordinated list."""
    n = 1 if spans else 0
    while n < len(spans) and join.fullmatch(text, spans[-n - 1][1], spans[-n][0]):
        n += 1
    return n


_MORE_YEAR = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:năm\s+)?((?:19|20)\d\d)(?![\d/])", _I)


def _year_list(text: str, whens: Sequence[When], before: int) -> list[When]:
    """The last list of years written before ``before``: "năm 2019, 2020", "năm 2019 và năm
    2020" (a bare year after the first is read as that year too)."""
    found: list[When] = []
    for w in whens:
        if w.date is None or not _BARE_YEAR.fullmatch(text, w.start, w.end):
            continue
        years, pos = [w], w.end
        while (m := _MORE_YEAR.match(text, pos)) and m.end() <= before:
            year = int(m.group(1))
            years.append(replace(
                w, start=m.start(1), end=m.end(1), date=w.date.replace(year=year),
                period_start=w.period_start and w.period_start.replace(year=year),
                period_end=w.period_end and w.period_end.replace(year=year)))
            pos = m.end()
        if len(years) >= 2:
            found = years
    return found


def _respective(text: str, cs: int, ce: int, figures: Sequence[Quantity | Ratio],
                facts: Sequence[_Fact], mentions: Sequence[tuple[int, int, str]],
                whens: Sequence[When], before: Sequence[_Slot] | None,
                carried: Sequence[_Slot] | None) -> _Respective | None:
    """Pair a list of figures with the list of schemes or years it answers, in order.

    "tỷ lệ tham gia BHXH, BHTN và BHYT lần lượt đạt 25%, 20% và 90%": each figure its scheme;
    "năm 2019, 2020 lần lượt là 88% và 90,5%": each its year; "Năm 2022, chỉ tiêu lần lượt là
    35%, 29,5% và 92%" after a sentence that listed BHXH, BHTN and BHYT targets: the schemes
    (and indicators) of ``before``, the previous enumeration, in its order; "; Năm 2023 là 38%,
    31,5% và 93%" in a later clause: the list of the clause before (``carried``) again.
    """
    found = _Respective([], {}, {})
    by_at = {f.at: f for f in facts}
    people = [f for f in facts if f.indicator == "participants"]
    for run in _figure_runs(text, [f for f in figures if cs <= f.start < ce]):
        n, head = len(run), run[0].start
        schemes = [m for m in mentions if cs <= m[0] and m[1] <= head]
        k = _chain([(m[0], m[1]) for m in schemes], _SCHEME_AND, text)
        listed = schemes[len(schemes) - k :] if k >= 2 else []
        years = _year_list(text, [w for w in whens if cs <= w.start and w.end <= head], head)
        y = len(years)
        said = _RESPECTIVELY.search(text, cs, head) is not None
        template = by_at.get(head)
        if len(listed) == n and len({m[2] for m in listed}) == n and template is not None:
            slots = [_Slot(m[2], template.indicator, template.unit, template.group)
                     for m in listed]
        elif said and y == n >= 2 and template is not None:
            for q, w in zip(run, years, strict=True):
                found.whens[q.start] = w
            slots = [_Slot(None, template.indicator, template.unit, template.group)] * n
        elif (said and people and n >= 2
              and len(groups := _groups(_GROUP_NOUN_LIST.sub(" ", text[cs:head]))) == n):
            # "nhóm tham gia theo diện hộ gia đình và hộ nông, lâm, ngư, diêm nghiệp ... lần lượt
            # là khoảng 18.100 và 39.840 người": each count its group, in order
            slots = [_Slot(None, "participants", "person", g) for g in groups]
            for q, g in zip(run, groups, strict=True):
                found.groups[q.start] = (g, run[0].qualifier)  # "khoảng 18.100 và 39.840"
        elif said and not schemes and before is not None and len(before) == n:
            slots = list(before)
        elif not schemes and carried is not None and len(carried) == n:
            slots = list(carried)
        else:
            continue
        found.slots = slots
        for q, slot in zip(run, slots, strict=True):
            if slot.scheme is not None:
                found.schemes[q.start] = slot.scheme
            if q.start not in by_at:
                found.facts.append(_Fact(slot.indicator, q.value, slot.unit, q.start,
                                         q.qualifier, slot.group))
    return found if found.slots else None


_ASSIGNED_LIST = re.compile(
    r"(?:được giao|giao cụ thể|giao chỉ tiêu|chỉ tiêu (?:được )?giao)[^.;%\d]{0,80}?"
    r"(?:gồm(?: có)?|như|là)?\s*:"
    # ("Theo đó chỉ tiêu được UBND tỉnh giao, đến cuối năm 2021 đạt 33.409 người tham gia BHXH
    # bắt buộc, 16.002 người ...": the quotas, listed after their deadline)
    r"|(?<!\w)chỉ tiêu\s+(?:được\s+)?(?:[^\s\d,;%]+\s+){0,6}?giao\s*,\s*(?:đến|tới)\s+(?:hết|cuối)"
    r"\s+năm\s+\d{4}\s+(?:đạt|là)\s", _I)
# An item of a list of quotas that names its scheme after its number: "27.767 người tham gia
# BHTN", "574.792 người tham gia BHYT".
_QUOTA_ITEM = re.compile(
    r"\s*(?:người(?:\s+dân)?|lao động)\s+tham gia\s+(?:BHXH|BHYT|BHTN|bảo hiểm)", _I)
_CONTRIBUTES = re.compile(r",\s*(?:nhằm\s+)?góp phần(?!\w)", _I)
_QUOTA_THEN_REACHED = re.compile(
    r"(?:chỉ tiêu|kế hoạch)[^;%\d]{0,60}\(\s*[\d.,]+\s*người(?:\s+dân)?\s*\)\s*,?\s*"
    r"đạt(?:\s+được)?\s*$", _I)
_MONEY_THEN_RATE = re.compile(rf"đồng\s*,?\s*(?:và\s+)?đạt(?:\s+{_RATE_WORD})?\s*$", _I)
# The year before the article's, said outright ("Năm trước, ...", "năm ngoái"; not a comparison
# with it, "so với cùng kỳ năm trước").
_PAST_YEAR_SAID = re.compile(
    r"(?<!cùng kỳ )(?<!so với )(?<!\w)(?:năm trước|năm ngoái|năm rồi)(?!\w)", _I)
_SAME_PERIOD_OF = re.compile(r"(?<!\w)cùng kỳ(?:\s+năm)?\s+(?P<y>19[4-9]\d|20\d\d)(?![\d/])", _I)
# The same period of a year, written out: "tăng so với 10 tháng đầu năm 2016", the article's own
# period being "10 tháng đầu năm" (not "so với quý I năm 2022" in a report on the second quarter,
# nor "so với 6 tháng đầu năm" in one on nine months: the same year's earlier period).
_PERIOD_COMPARED = re.compile(
    r"(?<!\w)so với\s+(?P<p>\d{1,2}\s+tháng(?:\s+đầu)?|quý\s+[IV]+)(?:\s+năm)?\s+"
    r"(?P<y>19[4-9]\d|20\d\d)(?![\d/])", _I)


def _same_period_years(text: str, whole: str) -> list[re.Match[str]]:
    """The years of ``text`` compared as the same period of the article's own year: the period
    compared with is named in ``whole`` elsewhere with no year ("Cũng trong 10 tháng đầu năm")."""
    out = []
    for m in _PERIOD_COMPARED.finditer(text):
        # (the article's own period: not compared with, and with no year of its own)
        own = re.compile(rf"(?<!\w)(?<!so với ){re.escape(m['p'])}(?:\s+năm)?(?!\w)"
                         r"(?!\s*(?:năm\s*)?\d)", _I)
        if own.search(whole):
            out.append(m)
    return out
_YEAR_RX = re.compile(r"(?<![\d/])(?:19[4-9]\d|20\d\d)(?![\d/])")
# A year something started in and goes on from: "Kể từ năm 2008, ...", "Từ năm 2012, ..." (not
# the start of a span to another year, "từ năm 2016 đến năm 2020").
# ("Từ đầu năm 2020 đến nay": the year to date, the year the text speaks of)
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+(?:năm\s+)?$", _I)
_TO_YEAR_AFTER = re.compile(r"\s*(?:đến|tới|[-–])\s*(?:(?:hết|cuối)\s+)?(?:năm\s+)?\d", _I)


def _since_year(text: str, m: re.Match[str]) -> bool:
    """Whether the year ``m`` is a start the text goes on from, no year it speaks of."""
    return (_SINCE_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
            and not _TO_YEAR_AFTER.match(text, m.end()))



def extract_observations(
    sentences: Sequence[Sentence],
    text: str,
    home: Area | None,
    published: dt.date | None,
    places: Sequence[tuple[Area, Span]] = (),
    organisations: Sequence[OrgMention] = (),
) -> tuple[Observation, ...]:
    """Results and targets stated in the sentences, each with its sentence as evidence.

    A figure's area is the unit its own clause names just before it ("xã Tân Phú đạt 93,01%",
    "Tại Phú Yên, ..."), the nation for "cả nước", else the article's home area.
    """
    out: list[Observation] = []
    carry: When | None = None  # the last result date of the paragraph
    article_year: int | None = None
    paragraph_year: int | None = None
    previous_end: int | None = None
    said_when: When | None = None  # the last date the previous sentence gave
    recent: dict[str, Area] = {}  # the unit of each kind the paragraph named last, by unit word
    announced = False  # the previous sentence announced targets without giving them
    aiming = False  # the paragraph is going through a list of aims (its last figures were aims)
    was_insurance = False  # the previous sentence was about insurance
    topic_group: str | None = None  # the group the previous, figureless sentence was about
    goals = False  # inside a plan's goals section ("2. Mục tiêu cụ thể")
    goals_due: dt.date | None = None  # ... and the deadline its heading gives
    was_uninsured = False  # the previous sentence counted people not (yet) insured
    counted = False  # the previous sentence counted participants ...
    visited = False  # the previous sentence counted insured visits
    last_group: str | None = None  # ... and the group of its last count
    last_rate: _Fact | None = None  # the last coverage rate of the previous sentence
    last_count_before: _Fact | None = None  # ... and its last participants count
    last_count_scheme: str | None = None
    previous_scheme: str | None = None  # the last scheme the previous sentence named
    previous_benefit = False  # the previous sentence named the unemployment benefit
    previous_norm = ""  # the previous sentence ("Con số này ..." speaks of its figure)
    # where the sentence starts telling of one patient's treatment (0: from its start, going on
    # from the sentence before), None when it does not
    one_patient: int | None = None
    previous_national = False  # the sentence before gave the nation's figures
    previous_areas: set[Area | None] = set()  # the units of the sentence before's figures
    counts = 0  # the participants counts the sentence before gave
    compared_year: int | None = None  # the year the paragraph's figures are compared after
    previous_several = False  # the previous sentence named several schemes
    last_deadline: dt.date | None = None  # the stated deadline of the previous sentence's target
    listed: list[_Slot] | None = None  # what the previous sentence's figures were, in order
    # without a publication date, the date of the event the article opens with bounds it
    published = published or _lead_date(sentences)
    # a year compared with ("tăng gấp 40 lần so với năm 1997") is a baseline, never the year
    # the article speaks of
    # (nor a year something started in: "Kể từ năm 2008, hộ cận nghèo được hỗ trợ ...")
    plain = normalise(text).text
    # ("so với 10 tháng đầu năm 2016" beside the article's own "10 tháng đầu năm": compared)
    same_years = {(i, m.start("y")) for i, s in enumerate(sentences)
                  for m in _same_period_years(s.text, plain)}
    first_year = next((int(m.group()) for i, s in enumerate(sentences)
                       for m in _YEAR_RX.finditer(s.text)
                       if not _COMPARED_YEAR.search(s.text, max(0, m.start() - 25), m.start())
                       and not _since_year(s.text, m) and (i, m.start()) not in same_years),
                      None)
    # the year an article of no date and no year of its own is written in, when it compares its
    # figures with the same period of the year before ("Cả nước hiện có 87,5 triệu người tham gia
    # BHYT, tăng hơn 1,9 triệu người so với cùng kỳ năm 2020": 2021): its undated figures' year
    now_year: int | None = None
    if first_year is None:
        # "Trong 3 tháng đầu năm, ... (tăng 506 người so với cùng kỳ năm 2021)": compared with
        # the same period of 2021, the year spoken of is 2022
        first_year = next((int(m.group("y")) + 1 for s in sentences
                           for m in (*_SAME_PERIOD_OF.finditer(s.text),
                                     *_same_period_years(s.text, plain))), None)
        now_year = first_year if published is None else None
    # Figures stated after "toàn quốc"/"cả nước" but before the article names any place are the
    # nation's: the home area comes from a later sentence and must not reach back.
    first_place = min((span.start for _, span in places), default=None)
    # the term a congress the article reports on opens ("Đại hội đại biểu Đảng bộ xã ... lần thứ
    # I, nhiệm kỳ 2025-2030"): the deadline of the targets it sets
    congress_end = next((int(m["b"]) for m in _CONGRESS_OPENS_TERM.finditer(plain)), None)
    if home is None and not places and (
            any(not _YARDSTICK_NATION.search(plain, max(0, m.start() - 40), m.start())
                for m in _NATION_NAMED.finditer(plain))
            or (any(o.org.area == NATION for o in organisations) and not _OWN_AREA.search(plain)
                and not _speaks_of_own_unit(plain))):
        # an article that names no place but the nation ("Việt Nam phấn đấu ...", "cả nước")
        # or national bodies only ("theo Vụ Bảo hiểm y tế, Bộ Y tế", "Chính phủ đặt mục tiêu")
        # is about the nation: its undated and unplaced figures are national. (National bodies
        # beside "toàn tỉnh" -- "đạt 97,12% kế hoạch BHXH Việt Nam giao" -- leave the article
        # about a unit it never names: no area.)
        home = NATION
    nation_said = False
    sector_said = False  # the paragraph's subject is the national sector ("ngành BHXH Việt Nam")
    title = headline_range(text)
    # the year an article of no date reports on as "the past year": the one after the year its
    # figures are compared with ("... tăng 13,44% so với năm 2021"; "Năm qua, ..." is 2022)
    # (only with no date of its own; the latest such year, not a base year: "So với năm 2009, ...")
    past_year = max((y for s_ in sentences if not _BASE_YEAR_OPENS.match(s_.text)
                     and (y := _year_after_compared(normalise(s_.text).text, published))),
                    default=None) if published is None else None
    for sentence in sentences:
        if previous_end is not None and "\n" in text[previous_end : sentence.span.start]:
            paragraph_year = None
            compared_year = None
            aiming = False
            recent.clear()
            sector_said = False
        if past_year is not None and _PAST_YEAR_OPENS.match(sentence.text):
            compared_year = past_year
        elif (published is not None and published.month <= 3
              and _PAST_YEAR_OPENS.match(sentence.text)):
            # "Năm qua, huyện Yên Thế có 99.300 người tham gia BHYT" in January: the year that
            # just ended (later in the year "năm qua" may be the last twelve months)
            compared_year = published.year - 1
        if _LAST_YEAR_OPENS.match(sentence.text) and not _PRESENT.search(sentence.text) and (
                not _NAY.search(sentence.text)) and (
                last_year := published.year - 1 if published
                else now_year - 1 if now_year is not None else past_year) is not None:
            # "Năm ngoái, huyện Kỳ Anh có 5.236 người tham gia BHXH": the year before the
            # article's (in an article of no date, the year before the one its same-period
            # comparisons speak of, else the one after the year it compares a year's figures with)
            compared_year = last_year
        previous_end = sentence.span.end
        normalised = normalise(sentence.text)
        # same length: offsets stay valid
        norm = _plain_reached(_STRAY_SLASH.sub(" ", normalised.text))
        nation_said = nation_said or bool(_nationwide(norm, 0, len(norm)))
        # ... unless the sentence speaks of its own unit ("toàn huyện đạt 92%, cao hơn cả nước")
        scope = NATION if nation_said and not _OWN_AREA.search(norm) and (
            first_place is None or sentence.span.end <= first_place) else home
        named = _named_places(sentence, normalised, places)
        # (until a sentence names a unit of its own: "Đối với tỉnh Thái Nguyên ...")
        sector_said = (sector_said and not named) or bool(_NATIONAL_SECTOR.search(norm))
        if sector_said and not named and not _OWN_AREA.search(norm):
            # "... ngành BHXH Việt Nam đã tập trung ... . Tỷ lệ người tham gia BHXH chiếm gần
            # 33% lực lượng lao động": the paragraph speaks of the nation, whatever the article's
            # home (a province's station reporting the national conference)
            scope = NATION
        if previous_national and not named and _COLLECTED.match(norm):
            # "... toàn quốc đã có 60.549.768 người tham gia BHXH, BHYT. Tổng số thu năm 2012 đạt
            # 137.454,5 tỷ đồng": the money the nation's insured paid in
            scope = NATION
        if (not named and len(previous_areas) == 1 and _IN_WHICH.match(norm)
                and not _UNIT_WORD.search(norm)):
            # "... toàn tỉnh sẽ có khoảng 12% dân số trong độ tuổi tham gia BHXH. Trong đó, nông
            # dân ... đạt khoảng 0,4%": the detail of the sentence before is of its unit
            scope = next(iter(previous_areas))
        recent_before = dict(recent)
        recent.update((fold(area.unit), area) for _, _, area in named)
        default_year = (paragraph_year or (published.year if published else None) or article_year
                        or first_year)
        # an undated target is the year's: the publication year, else the year being discussed
        target_year = (published.year if published else None) or paragraph_year or article_year
        spans = [(m.start(), m.end()) for m in _YEAR_SPAN.finditer(norm)]
        compared_same = {m.start("y") for m in _same_period_years(norm, plain)}
        year_marks = [m for m in _YEAR_RX.finditer(norm)
                      if not _COMPARED_YEAR.search(norm, max(0, m.start() - 25), m.start())
                      and m.start() not in compared_same]
        # ("Từ năm 2012, Nhà nước nâng mức hỗ trợ lên 70%": a start, no year the paragraph's
        # later figures are of)
        carried_marks = [m for m in year_marks if not _since_year(norm, m)]
        years = [m.group() for m in year_marks]
        # "tổng kết công tác ... năm 2025, triển khai nhiệm vụ năm 2026": the year the sentence
        # reviews, not the one whose tasks it opens
        ahead_spans = list(_YEAR_AHEAD.finditer(norm))
        years = [y for y in years if y not in {a.group("y") for a in ahead_spans}] or years
        # ("... giao chỉ tiêu ... giai đoạn 2022-2025": a span's bounds are no year the paragraph
        # speaks of, while a year of its own is named)
        years = [m.group() for m in year_marks
                 if m.group() in years and not any(a <= m.start() < b for a, b in spans)] or years
        # ("Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030": the congress opens the term, in its
        # first year)
        years = [y for y in years if not any(
            a < norm.find(y, a, b) < b and _CONGRESS_TERM.search(norm, max(0, a - 80), a)
            for a, b in spans)] or years
        if carried := [y for y in years if y in {m.group() for m in carried_marks}]:
            paragraph_year = article_year = int(carried[-1])
        # "Trong đó, ... năm 2016: 89%" details the sentence before, and its subject
        details = _opens_details(norm)
        # money paid for the benefit the sentence before named, as the subject of this one
        paid_after_benefit = previous_benefit and _PAID_SUM_OPENS.match(norm) is not None
        previous_benefit = _UNEMPLOYMENT_BENEFIT.search(norm) is not None
        insurance = bool(_INSURANCE_CONTEXT.search(norm)) or (
            was_insurance and (details or _COLLECTED.match(norm) is not None
                               or _SAME_RATE.search(norm) is not None
                               or _UNITS_RATE.search(norm) is not None
                               or _BARE_RATE_REACHED.search(norm) is not None
                               # ("Huyện phấn đấu đến cuối năm đạt 93%": the aim for the rate
                               # just read)
                               or (_BARE_AIM_RATE.search(norm) is not None
                                   and last_rate is not None)
                               # ("Đến cuối tháng 3/2022, con số này tăng lên 99.100 người": the
                               # count of the sentence before, later)
                               or (_THIS_COUNT_SAID.search(norm) is not None
                                   and last_count_before is not None)
                               or _AGENCY_COLLECTS.search(norm) is not None
                               or (_THIS_FIGURE.match(norm) is not None
                                   and _PLAN_WORD.search(norm) is not None)))
        was_insurance = insurance
        # a sentence about one patient, or going on about the one the sentence before told of
        # ("Bệnh nhân này điều trị tại BV Chợ Rẫy ... có chi phí KCB BHYT 1,07 tỉ đồng. Trong đó,
        # chi phí tiền thuốc chiếm tới 1 tỉ đồng"): that patient's costs, no fund's figure
        # ("... quỹ BHYT đã chi trả 3.250 tỷ đồng, trong đó có một bệnh nhân được thanh toán tới
        # 2,1 tỷ": only what comes after the patient; "Bình quân chi phí cho 1 bệnh nhân ...":
        # an average, no patient's story)
        patient = next((m for m in _ONE_PATIENT.finditer(norm)
                        if not _AVERAGE_BEFORE.search(norm, max(0, m.start() - 40), m.start())),
                       None)
        one_patient = patient.start() if patient is not None else (
            0 if one_patient is not None and _PATIENT_GOES_ON.match(norm)
            and not _MANY_PEOPLE.search(norm) else None)
        whens = [
            w for w in find_when(norm, default_year)
            # (a citation's date, "Nghị quyết số 21 ngày 22/11/2012"; but not a deadline after it,
            # "chỉ tiêu tại Nghị quyết số 28-NQ/TW đến hết năm 2021 đạt 1%"; "Kế hoạch số 150/KH-UBND
            # đến năm 2025" is the plan's span, part of its citation)
            if w.date is not None and not (_CITED.search(norm[max(0, w.start - 40) : w.start])
                                           and not _DEADLINE_WHEN.match(norm, w.start)
                                           # ("Theo Nghị quyết số 28-NQ/TW, đến năm 2021 huyện
                                           # ... đạt ...": a deadline of its own clause)
                                           and not (_BY_YEAR.match(norm, w.start)
                                                    and norm[:w.start].rstrip().endswith(",")))
            # ("từ năm 2018 trở đi": a span onward, no date of any figure)
            and not _ONWARD.match(norm, w.end)
            and not _COMPARED.search(norm[max(0, w.start - 40) : w.start])
            and not _SOURCE_YEAR.search(norm[max(0, w.start - 40) : w.start])
            # ("dân số 852.800 người do Cục Thống kê cung cấp sau điều tra dân số ngày 01/4/2019":
            # the census the base comes from, not the figures' date)
            and not _SURVEY_DATE.search(norm[max(0, w.start - 40) : w.start])
            and not _GOAL_COMPARED.search(norm[max(0, w.start - 60) : w.start])
            and not _QUOTED_TITLE.search(norm[max(0, w.start - 200) : w.start])
        ]
        if past_months := _months_past(norm, published):
            # "9 tháng qua, 12.238 người đã nộp hồ sơ ..." in October: the year to date
            whens = sorted([*whens, *past_months], key=lambda w: w.start)
        ratios = list(find_ratios(norm))
        figures: list[Quantity | Ratio] = sorted(
            [*ratios, *(replace(q, qualifier="at_least")
                        if q.qualifier is None and q.unit == "percent"
                        and _OR_MORE_AFTER.match(norm, q.end) else q
                        for q in find_quantities(norm))], key=lambda f: f.start
        )
        # ("Cũng trong 10 tháng đầu năm, Trung tâm đã ...": a date opening the sentence after a
        # preposition)
        opens_on = (lead_day.end() if (lead_day := _LEAD_DATE.match(norm))
                    else _OPENING_IN.match(norm).end() + 2)
        opening_when = next((w for w in whens if w.start <= opens_on or (
            _CLAUSE_DATE_BEFORE.search(norm, max(0, w.start - 3), w.start)
            and _CLAUSE_DATE_AFTER.match(norm, w.end))), None)
        if (not figures and opening_when is not None
                and not _later(norm, opening_when, published)
                and not _running(opening_when, published)
                # (not a period of aims or things to come: "Trong năm 2024, huyện đặt mục tiêu
                # ...", "Trong quý II, BHXH huyện sẽ tập trung ...")
                and not (opening_when.start > 2 and _TO_COME.search(norm))):
            # "Năm 2020, BHXH tỉnh đã hoàn thành xuất sắc các chỉ tiêu được giao. Về BHXH bắt
            # buộc có 65.116 người ...": a sentence that opens on a date and gives no figure dates
            # the results that follow it ("Báo cáo ... cho biết, năm 2018, hầu hết các chỉ tiêu
            # ... đều đạt": a clause that opens on it, too)
            carry = opening_when
        if not figures and (report := _REPORT_OF.search(norm)) is not None and (
                period := next((w for w in whens if w.start >= report.end()
                                and w.start - report.end() <= 160), None)) is not None and (
                not _later(norm, period, published) and not _running(period, published)):
            # "... được nghe báo cáo kết quả thực hiện nhiệm vụ ... 6 tháng đầu năm 2017. ...
            # Tỷ lệ bao phủ BHYT chiếm 92% dân số": the period reported on dates the results
            carry = period
        if (not figures and (review := _YEAR_END_REVIEW.search(norm)) is not None and (
                period := next((w for w in whens if w.start >= review.end()
                                and w.start - review.end() <= 80 and _whole_year(w)), None))
                is not None and (opening_when is None or opening_when is period
                                 or (opening_when.date is not None and period.date is not None
                                     and (opening_when.date.year > period.date.year
                                          or _in_its_december(opening_when, period))))
                and not _later(norm, period, published)
                and not (published is not None and period.date is not None
                         and period.date.year >= published.year
                         # (a year reviewed in its own December: "Chiều 29/12/2025, ... tổng
                         # kết công tác năm 2025. Năm qua, ... BHYT ước đạt 97,4%" is of the year)
                         and not (published.month == 12 and period.date.year == published.year
                                  and (opening_when is None
                                       or _in_its_december(opening_when, period))))
                # (not a meeting that also reviews part of its own year, "sơ kết 6 tháng đầu năm
                # 2023, tổng kết công tác năm 2022" in July, nor one held after March)
                and not _MID_YEAR_REVIEW.search(norm)
                and not (opening_when is not None and opening_when is not period
                         and opening_when.date is not None and opening_when.date.month > 3
                         and not _in_its_december(opening_when, period))):
            # "Ngày 11/1/2023, UBND huyện ... tổng kết công tác BHXH, BHYT năm 2022. Toàn huyện
            # có 198.700 người tham gia BHYT": a year reviewed after its end dates the results
            # that follow (not the meeting's day; a review within the year stays as of it)
            carry = period
        if _THIS_TIME.match(norm) and said_when is not None and not _later(
                norm, said_when, published):
            # "Xã Tắc Vân hoàn thành ... vào cuối năm 2020. Thời điểm này, xã ... đạt gần 94%":
            # the time the sentence before spoke of
            carry = said_when
        said_when = whens[-1] if whens else None
        # (a count of the targets themselves opens no figure: "Đại hội thống nhất 16 chỉ tiêu cho
        # nhiệm kỳ mới, trong đó: ...; tỷ lệ dân số tham gia BHYT đạt trên 98%")
        first_at = next((f.start for f in figures if not _COUNT_OF_TARGETS.match(norm, f.end)),
                        len(norm))
        aims_go_on = False  # the sentence goes on with the aims of the one before
        opening = [c for c in _cues(norm, 0, first_at) if not _met_cue(norm, c)]
        lead = opening[0].end() if opening else (0 if announced and details else None)
        # (not a sentence that says the goals were met: "hầu hết các chỉ tiêu quan trọng đều đạt
        # và vượt so với kế hoạch đề ra. Cụ thể, ..." reports results)
        # (a count of the targets themselves is no figure here either: "các đại biểu đã biểu
        # quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, ...")
        announced = bool(opening) and first_at == len(norm) and not _GOALS_MET.search(norm)
        if (lead is None and aiming and figures and not whens and not _RESULT.search(norm)
                and not _PRESENT.search(norm)
                and (_AIM_LIST_ITEM.match(norm)
                     or (_IN_WHICH.match(norm) and not _UNIT_WORD.search(norm)))
                and not _REACHED_ONLY.search(norm)):
            # "Năm 2024, huyện phấn đấu đạt khoảng 45% ...; 35% .... Hoàn thành các chỉ tiêu
            # .... Tỷ lệ bao phủ BHYT đạt trên 99% dân số": the list of aims goes on (and
            # "... sẽ có khoảng 12% dân số trong độ tuổi tham gia BHXH. Trong đó, nông dân ... đạt
            # khoảng 0,4%": the aim's part)
            lead = 0
            aims_go_on = True
        aims: list[bool] = []  # whether each figure the sentence reads is an aim
        if (heading := _GOALS_HEADING.match(norm)) is not None:
            goals = True
            # (the heading's span or year is its goals' deadline)
            goals_due = dt.date(int(heading["due"]), 12, 31) if heading["due"] else None
        elif goals and _TOP_HEADING.match(norm):
            goals = False  # "3. Nhiệm vụ, giải pháp": the goals section is over
        elif goals and lead is None:
            lead = 0
        # "... còn 43.200 người chưa tham gia. Trong đó, có 7.500 học sinh và 35.700 người thuộc
        # nhóm hộ gia đình": the detail of an uninsured count counts the uninsured too
        uninsured_detail = was_uninsured and _IN_WHICH.match(norm) is not None
        was_uninsured = _UNINSURED_AFTER.search(norm) is not None
        reading = _Reading(
            is_target=lambda at, lead=lead, norm=norm: _is_target(norm, 0, at, lead),
            subject_group=last_group if _NO_SUBJECT.match(norm) else None,
            # "Con số này đã giúp đạt 137,8% kế hoạch ...": the plan of the figure before
            # (one count's: "BHXH bắt buộc là ..., BHXH tự nguyện là .... Kết quả này đạt 105%"
            # is of both, no group)
            figure_group=(last_group or _scheme_group_in(previous_norm))
            if _THIS_FIGURE.match(norm) and counts <= 1 else None,
            topic_group=topic_group if details else None,
            details_count=counted and _SUB_COUNT.match(norm) is not None,
            details_visits=visited and details,
            assigned=_ASSIGNED_LIST.search(norm, 0, first_at) is not None,
            # "Trong đó, cao nhất là xã A (đạt 93,5%)": more units of the rate just read
            last_rate=last_rate if details else None, previous_rate=last_rate,
            previous_count=last_count_before, previous_count_scheme=last_count_scheme)
        last_group, counted, visited = None, False, False
        counts = 0  # the participants counts this sentence gives
        # (the detail of a target, or the next aim of a list, has that target's deadline)
        detailed_deadline = last_deadline if details or aims_go_on else None
        last_deadline = None
        # a sentence with no figure that names a group as its subject announces it
        topic_group = None if figures else _named_group(norm)
        # ("... chi trả lương hưu và trợ cấp BHXH tháng 7, tháng 8 ... Theo đó, Bưu điện tỉnh
        # triển khai chi trả ... với tổng số tiền trên 90 tỷ đồng": the scheme goes on)
        scheme_before: str | None = previous_scheme if (
            _ACCORDINGLY.match(norm)
            or (_THIS_FIGURE.match(norm) and _PLAN_WORD.search(norm))) else None
        # the clause before named several schemes together (or, for money collected that goes
        # on from the sentence before, "... tham gia BHXH, ... BHYT, ... BHTN. Từ đó đã thu về
        # 2.501 tỷ đồng", that sentence did)
        several_before = previous_several and _COLLECTED.match(norm) is not None
        aim: When | None = None  # a later year than the article's, read in this sentence
        cs = 0
        anchor: Observation | None = None  # the last result of the sentence, for "(81%)" targets
        carried: list[_Slot] | None = None  # the list a clause's figures were read against
        slots: list[tuple[int, _Slot]] = []  # what this sentence's figures are, for the next
        for ce in [m.start() for m in re.finditer(";", norm)] + [len(norm)]:
            inside = [f for f in figures if cs <= f.start < ce]
            clause_whens = [w for w in whens if cs <= w.start < ce]
            if (not clause_whens and cs > 0 and (first := next(iter(whens), None)) is not None
                    and (first.basis == "as_of"
                         # ("năm 2025 phường hoàn thành 18/18 chỉ tiêu: ...; toàn phường có
                         # 52.300 người tham gia BHYT": the year the list reports on)
                         or (_whole_year(first) and ":" in norm[first.end : cs]
                             # (only as the last time said before the clause, and not a year
                             # still running: "Năm 2025, ...: tính đến ngày 30/9, ...; tỷ lệ
                             # bao phủ đạt 94,2%" is of 30 September)
                             and not any(w is not first and first.end <= w.start < cs
                                         and not _other_fields_time(norm, w)
                                         for w in whens)
                             and (published is None or first.date is None
                                  or first.date <= published
                                  or (published.month == 12
                                      and first.date.year == published.year))))
                    and ";" not in norm[: first.start]
                    and not _OTHER_TIME.search(norm, cs, ce)
                    # (not an aim or a quota: "...; phấn đấu đạt tỷ lệ bao phủ 95%")
                    and not _TARGET.search(norm, cs, ce) and not _AHEAD_WORDS.search(norm, cs, ce)
                    # (nor the date of another field's figure: "Thu ngân sách Nhà nước ... thực
                    # hiện đến 30/11/2025 đạt hơn 541 tỷ đồng ...; tỷ lệ dân số tham gia BHYT đạt
                    # 97%", the budget's)
                    and not (first.basis == "as_of" and _PUBLIC_MONEY.search(norm, 0, cs))):
                # "tính đến hết ngày 11/10, toàn ngành ... cho 117.153 lao động ...; tổng số tiền
                # hỗ trợ là 371 tỷ đồng": the sentence's as-of date holds for its later clauses
                clause_whens = [first]
            mentions = _schemes(norm, cs, ce)
            # meetings and population counts need no insurance word in their sentence
            facts = _clause_facts(norm, cs, ce, inside, reading)
            pairs = _respective(norm, cs, ce, inside, facts, mentions, clause_whens, listed,
                                carried)
            if pairs is not None:
                facts = sorted([*(replace(f, group=pairs.groups[f.at][0],
                                          qualifier=f.qualifier or pairs.groups[f.at][1])
                                  if f.at in pairs.groups else f for f in facts), *pairs.facts],
                               key=lambda f: f.at)
                carried = pairs.slots
            # (a figure paired with a scheme named earlier is about insurance)
            facts = [f for f in facts
                     if (insurance or f.scheme_free or f.indicator == "population"
                         # (the fund's money paid for the benefit: no other figure of its sentence)
                         or _benefit_paid(norm, f, paid_after_benefit)
                         or (pairs is not None and pairs.schemes.get(f.at)))
                     and not uninsured_detail and not _of_a_school(norm, cs, f.at)
                     and not (one_patient is not None and f.unit == "vnd"
                              and f.at >= one_patient
                              # ("...; toàn tỉnh Đắk Lắk chi 2.500 tỷ đồng": a clause of many)
                              and not _MANY_AFTER_PATIENT.search(norm, one_patient, f.at))]
            for fact in facts:
                if fact.indicator == "participants":
                    counted, last_group = True, fact.group
                    counts += 1
                visited = visited or fact.indicator == "insured_visits"
            # "... có 168 triệu lượt khám chữa bệnh BHYT, ...; số lượt khám chữa bệnh nội trú là
            # 15,3 triệu lượt": the next clause details the insured visits this one counted
            reading.visits_before = reading.visits_before or visited
            # more people than any province has ("88 triệu người tham gia BHYT", "hơn 16 triệu
            # người tham gia BHXH"): the nation's figures, with the rates of their clause
            clause_scope = NATION if any(
                f.indicator in _PEOPLE_COUNTS and f.unit == "person"
                and (f.value >= _NATIONAL_COUNT or (
                    f.value >= _national_count(
                        published or (dt.date(article_year, 12, 31) if article_year else None))
                    # (not a clause about the unit's own people: "Toàn thành phố có 10,1 triệu
                    # người dân" in an article about Thành phố Hồ Chí Minh)
                    and not _OWN_AREA.search(norm, cs, ce)))
                for f in facts) else scope
            back = _referred_unit(norm, cs, ce, named, recent_before, clause_scope)
            if back is not None:
                clause_scope = back
            elif (cs > 0 and named and named[0][0] <= 1 and _SUBJECT_PLACE.match(norm, named[0][1])
                  and not any(cs <= pos < ce for pos, _, _ in named)
                  and (clause_scope is None or _contains(clause_scope, named[0][2]))):
                # "Khu phố Xà Xía là địa bàn ..., trong những năm qua, ...; kết quả có 1.278/2.026
                # người tham gia (63%)": a later clause of a sentence whose subject is a unit
                clause_scope = named[0][2]
            for fact in facts:
                if fact.plan_of_last:
                    if anchor is not None:
                        out.append(replace(
                            anchor, value=fact.value, qualifier=fact.qualifier, is_target=True,
                            date_basis="deadline" if anchor.date else None, period_start=None,
                            period_end=None, numerator=None, denominator=None))
                    continue
                # the scheme(s) of its phrase or clause, else the one the sentence was about
                if fact.scheme_free:  # a meeting is about a scheme only if its own phrase says so
                    lo = norm.rfind(",", cs, fact.at) + 1 or cs
                    hi = min([i for i in (norm.find(",", fact.at, ce),) if i >= 0] or [ce])
                    while hi < ce and _MEETING_TOPIC_GOES_ON.match(norm, hi):
                        # "311 Hội nghị tuyên truyền, phát triển đối tượng tham gia BHXH tự
                        # nguyện": the meeting's topic goes on after the comma
                        hi = min([i for i in (norm.find(",", hi + 1, ce),) if i >= 0] or [ce])
                    near = [(m[0], m[2]) for m in mentions if lo <= m[0] < hi]
                    schemes: list[str | None] = [_nearest(fact.at, near)]
                    if _coordinated_schemes(norm, mentions, near, fact.at):
                        schemes = [None]  # "hội nghị về BHXH, BHYT": about both, neither alone
                elif pairs is not None and pairs.schemes.get(fact.at) is not None:
                    schemes = [pairs.schemes[fact.at]]
                elif _EVERY_SCHEME.search(norm, max(norm.rfind(", ", cs, fact.at), cs), fact.at):
                    # "tổng số tiền chi các loại bảo hiểm trong quý 1 là hơn 68.200 tỷ đồng, trong
                    # đó, chi bảo hiểm xã hội ...": every scheme's, whatever its parts name
                    schemes = [None]
                else:
                    # the genre's default: BHYT; a share of the population is BHYT's whatever
                    # scheme the clause before named (BHXH is measured on the labour force)
                    schemes = list(_schemes_for(norm, cs, ce, fact.at, mentions)) or [
                        # ("tham gia bảo hiểm các loại ... trên 1,1 triệu người": every scheme)
                        None if _EVERY_SCHEME.search(norm, cs, min(ce, fact.at + 60))
                        else None if (several_before
                                      or _AGENCY_COLLECTS.search(norm, cs, fact.at))
                        and (fact.unit == "vnd" or (fact.indicator == "plan_completion"
                                                    and _COLLECTION.search(norm, cs, fact.at)))
                        # ("... tham gia BHXH, BHYT, ...; số thu lũy kế hơn 32 tỷ đồng": the
                        # money of the schemes the sentence spoke of together)
                        else "health_insurance" if _OF_POPULATION.match(norm, fact.at)
                        # ("Tổng số tiền chi trả TCTN ... hơn 4.726 tỉ đồng": the benefit's fund)
                        else "unemployment_insurance"
                        if _benefit_paid(norm, fact, paid_after_benefit)
                        else scheme_before or "health_insurance"]
                    own = max(norm.rfind(",", cs, fact.at), norm.rfind(";", cs, fact.at), cs)
                    if (schemes == ["health_insurance"] and _SCHEMELESS_PART.search(
                            norm, own, fact.at) and not any(own <= m[0] < fact.at
                                                            for m in mentions)
                            and (earlier := _schemes(norm, 0, own))
                            and earlier[-1][2] == "social_insurance"):
                        # "số người tham gia BHXH bắt buộc là 3.724 người, tham gia tự nguyện là
                        # 549 người": an item naming no scheme after a BHXH count is of BHXH
                        schemes = ["social_insurance"]
                    if fact.unit == "vnd" and len(schemes) > 1:
                        schemes = [None]  # "số thu BHXH, BHYT, BHTN ... 51 tỷ": all together
                    elif fact.indicator in _OF_ALL_SCHEMES and len(schemes) > 1:
                        # "... tham gia BHXH, BHYT, BHTN đạt 100% kế hoạch", "310.989 người tham
                        # gia bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế": all together
                        schemes = [None]
                    elif fact.indicator != "coverage_rate":
                        schemes = schemes[-1:]
                # a plan figure is the yardstick of a result, never a target itself, and a
                # population is counted or projected ("Dự kiến dân số ... năm 2020 là ..."),
                # never aimed at
                target = fact.assigned or (
                    fact.indicator not in ("plan_participants", "population")
                    and (_is_target(norm, cs, fact.at, lead)
                         # ("Theo Nghị quyết số 72-NQ/TW của Bộ Chính trị ..., đến năm 2026 tỉ lệ
                         # bao phủ BHYT đạt trên 95%": the document's aim, by its deadline)
                         or (_NATIONAL_AIM.match(norm) is not None
                             and _BY_YEAR.search(norm, cs, fact.at) is not None
                             and not _RESULT.search(norm, cs, fact.at))))
                # "..., góp phần thực hiện lộ trình ... giai đoạn 2016 - 2020": the date of the
                # aim it contributes to, not of this figure
                towards = _CONTRIBUTES.search(norm, fact.at, ce)
                # ("trên 229.000 người tham gia BHYT ..., ước thực hiện đạt 93,5% dân số năm
                # 2023": the year is the estimate's after it, not this count's)
                towards = towards or _ESTIMATE_AFTER.search(norm, fact.at + 1, ce)
                own_whens = [w for w in clause_whens
                             if towards is None or w.start < towards.start()]
                when = ((pairs.whens.get(fact.at) if pairs is not None else None)
                        or _postposed(norm, fact.at, own_whens)
                        or _pick(own_whens, fact.at, None if target else norm, norm))
                if (target and when is None and title is not None
                        and title[0] <= sentence.span.start < title[1]):
                    continue  # "Hướng tới bao phủ 100% BHYT ...": a headline's aim, no deadline
                if target:
                    if (published is not None and _THIS_YEAR.search(norm, cs, fact.at)
                            and not _WRITTEN_YEAR.search(norm, cs, fact.at)
                            # (a month of this year stays: "trong tháng 6 năm nay")
                            and (when is None or when.date is None
                                 or when.date.year < published.year)):
                        # "Năm nay, huyện phấn đấu đạt tỷ lệ bao phủ 95%" after a sentence on
                        # last year's results: the publication's year, not the paragraph's
                        date, basis = dt.date(published.year, 12, 31), "deadline"
                    elif when is not None:
                        date, basis = when.date, "deadline"
                        last_deadline = when.date
                        if _later(norm, when, published):
                            aim = when
                    elif aim is not None:  # "đến năm 2020 như: ... 45%; 30% ...": that deadline
                        date, basis = aim.date, "deadline"
                    elif last_deadline is not None:
                        # "Năm 2024, ... phấn đấu (tỷ lệ ... đạt 23,5%; ... đạt 13,2%; ... 94%)":
                        # the next targets of the sentence share the deadline it stated first
                        date, basis = last_deadline, "deadline"
                    elif (lead is not None and lead <= cs
                          and (year := next((w for w in whens if w.date is not None and (
                              (w.end <= lead and _whole_year(w) and ":" in norm[lead:cs]
                               # (not a congress's term list: "Năm 2025, Đại hội ... nhiệm kỳ
                               # 2025-2030 đề ra các chỉ tiêu: ...", due at the term's end)
                               and _TERM.search(norm, 0, cs) is None)
                              or lead <= w.start < w.end <= cs)), None)) is not None):
                        # "Năm 2026, phường phấn đấu thực hiện các chỉ tiêu: thu ngân sách ...;
                        # tỷ lệ người tham gia BHYT đạt trên 95%", "Phấn đấu đến năm 2020, 50% số
                        # xã đạt chuẩn nông thôn mới; ...; tỷ lệ ... đạt 82% trở lên": the year
                        # the list of aims opens with is each aim's deadline (the first: a later
                        # one is an item's own, "...; đạt xã nông thôn mới nâng cao vào cuối năm
                        # 2020; tỷ lệ tham gia bảo hiểm y tế toàn dân đạt 100%")
                        date, basis = year.date, "deadline"
                        last_deadline = date
                    elif (congress_end is not None and _TERM_TARGETS.search(norm)
                          and not _TERM.search(norm, cs, ce) and not _YEAR_END_WORDS.search(norm)):
                        # "Đại hội đề ra 20 chỉ tiêu, trong đó ... duy trì tỷ lệ tham gia BHYT đạt
                        # 100%" in the report of a congress of "nhiệm kỳ 2025-2030": due at the
                        # end of the term the congress opens
                        date, basis = dt.date(congress_end, 12, 31), "deadline"
                        last_deadline = date
                    elif (term := _TERM.search(norm, cs, ce) or (
                            # (a list of the term's targets opened earlier in the sentence)
                            _TERM.search(norm, 0, cs) if lead is not None and lead <= cs
                            else None)) is not None:
                        # "Nghị quyết Đại hội ... nhiệm kỳ 2020-2025 đề ra chỉ tiêu ... 95%": due
                        # at the term's end
                        date, basis = dt.date(int(term["b"]), 12, 31), "deadline"
                        # (the next targets of the list share it: "nhiệm kỳ 2025-2030, Đảng bộ xã
                        # đề ra 12 chỉ tiêu: ... đạt 10%; ...; tỷ lệ ... tham gia BHYT đạt 99,2%")
                        last_deadline = date
                    elif detailed_deadline is not None:
                        # "... đến cuối năm 2015, phấn đấu ... 88%. Trong đó, các nhóm ... sẽ đạt
                        # 100%": the detail of a target has that target's deadline
                        date, basis = detailed_deadline, "deadline"
                    elif goals and goals_due is not None:
                        # "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)" over "(8) Tỷ lệ người dân
                        # tham gia bảo hiểm y tế hàng năm: từ 90% trở lên."
                        date, basis = goals_due, "deadline"
                    elif target_year is not None:
                        date, basis = dt.date(target_year, 12, 31), "deadline"
                    else:
                        date, basis = None, None
                    start = end = None
                else:
                    if when is not None and _running(when, published):
                        # "Kế hoạch ... giai đoạn 2016-2020 ..., toàn xã có 7.772 người" in 2018:
                        # the span of a plan still running, not the date of the result
                        when = None
                    if (when is not None and carry is not None
                            and _PLAN_YEAR.search(norm, max(0, when.start - 70), when.start)):
                        # "tính đến 30/9/2017, ...; số thu ... đạt 74,74% so với kế hoạch năm
                        # 2017": the year names the plan; the figure is of the date before
                        when = carry
                    if (when is not None and carry is not None and reading.details_count
                            and _BARE_YEAR.fullmatch(norm, when.start, when.end)
                            and carry.date is not None and when.date is not None
                            and carry.date.year == when.date.year):
                        # "Trong đó ... mức sống trung bình năm 2018 là ...": the bare year of
                        # a detail says no more than the date it details ("đến hết tháng 11")
                        when = carry
                    if when is not None and when.end <= fact.at and (now := _NOW.search(
                            norm, when.end, fact.at)) is not None and (
                                not _AS_OF_WHEN.match(norm, when.start, when.end)
                                or not _just_before(when, published)
                                or any(when.end <= f.start < now.start() for f in figures)):
                        # "năm 2016 có 15,9 triệu ... thì đến nay có 17 triệu": now, not 2016
                        # (but "đến cuối tháng 7/2019, ..., đến nay tổng số ... là": with no
                        # figure between them, the date says when "now" is)
                        when = None
                    elif when is not None:
                        if _later(norm, when, published):
                            aim = when  # a later year's aim dates no result after it
                        else:
                            carry = when
                    elif _NOW.search(norm, cs, fact.at) or (
                            _PRESENT.search(norm, cs, fact.at) and published is not None):
                        when = None  # "hiện có", "đến nay": as of the article, not the last date
                    elif carry is not None and _cues(norm, fact.at, ce):
                        when = carry  # "...; đạt 81,3%, ước thực hiện năm 2022 đạt 92%": now
                    else:
                        when = aim or carry  # "...; 50% lực lượng lao động ...": the same aim
                    if when is not None and _later(norm, when, published):
                        # "kế hoạch cụ thể đến năm 2020 như: ... 60%" written in 2013: a level
                        # for a later year is an aim, with that year as its deadline
                        target = True
                        date, basis, start, end = when.date, "deadline", None, None
                    elif when is not None:
                        date, basis = when.date, when.basis
                        start, end = when.period_start, when.period_end
                        if when in whens:  # (a date of this sentence's own words)
                            date, basis, start, end = _before_publication(
                                norm, when, date, basis, start, end, published)
                        if (start is not None and date is not None and start.year < date.year
                                and not _SCHOOL_YEAR_WORD.search(norm, cs, fact.at)
                                and _MOVE_FROM_BEFORE.search(norm, cs, fact.at)
                                and _MOVE_FROM_AFTER.match(norm, fact.at)):
                            # "Từ năm 2013 đến năm 2022, tỷ lệ ... tăng từ 68% lên 98,1%": where
                            # the move started is of the span's first year
                            year = start.year
                            date, basis = dt.date(year, 12, 31), "end_of_period"
                            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
                    elif ((year := _year_after_compared(norm, published) or compared_year)
                          is not None and not _NOW.search(norm, cs, fact.at)):
                        # "Tham gia BHXH bắt buộc có 134.951 người, ...; tăng 10.786 người so với
                        # năm 2018" with no date of its own, in an article of no date or of a
                        # later year: the year after the one it is compared with
                        date, basis = dt.date(year, 12, 31), "end_of_period"
                        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
                    elif (now_year is not None and not target
                          and not _PAST_YEAR_SAID.search(norm, cs, fact.at)):
                        date, basis = dt.date(now_year, 12, 31), "end_of_period"
                        start, end = dt.date(now_year, 1, 1), dt.date(now_year, 12, 31)
                    else:
                        date, basis, start, end = published, "publication_bound", None, None
                if fact.scheme is not None:
                    schemes = [fact.scheme]
                if len(schemes) == 1 and not fact.scheme_free:
                    slots.append((fact.at, _Slot(schemes[0], fact.indicator, fact.unit,
                                                 fact.group)))
                # ("Theo Nghị quyết số 72-NQ/TW của Bộ Chính trị ..., đến năm 2026 tỉ lệ bao phủ
                # BHYT đạt trên 95%": the nation's aim the document sets, whatever the article's
                # home, unless the clause names a unit of its own)
                areas = ([NATION] if target and _NATIONAL_AIM.match(norm)
                         and not any(cs <= pos < fact.at for pos, _, _ in named)
                         and not _OWN_AREA.search(norm, cs, fact.at)
                         # (not a unit's own aim after it: "...; tỉnh phấn đấu đạt 95,5%")
                         and not _LOCAL_UNIT_SUBJECT.search(norm, cs, fact.at)
                         else _areas_of(norm, cs, fact.at, named, clause_scope))
                for scheme, area in itertools.product(schemes, areas):
                    ob = Observation(
                        # (a share of the household scheme, "bảo hiểm y tế theo hộ gia đình đạt
                        # 80%", is the households' coverage, as "tỷ lệ gia đình ... tham gia BHYT
                        # đạt 76%" is; only the voluntary scheme's share is of the labour force)
                        indicator=("group_coverage_rate" if fact.indicator == "coverage_rate"
                                   and fact.group == "households" else fact.indicator),
                        value=fact.value, unit=fact.unit,
                        span=sentence.span, scheme=scheme,
                        area=area, date=date,
                        period_start=start, period_end=end,
                        date_basis=basis if date is not None else None,
                        qualifier=fact.qualifier, population_group=fact.group,
                        is_target=target, numerator=fact.numerator, denominator=fact.denominator,
                    )
                    out.append(ob)
                    aims.append(target)
                    # ("... là 89,59%, đạt 96,85% kế hoạch UBND tỉnh giao (92,5%)": the plan's
                    # figure is of the rate, not of its completion)
                    if not target and not (ob.indicator == "plan_completion"
                                           and anchor is not None):
                        anchor = ob
            # (an as-of date of another field's figures dates nothing after it: "Thu ngân sách
            # Nhà nước ... thực hiện đến 30/11/2025 đạt hơn 541 tỷ đồng; ...; tỷ lệ dân số tham
            # gia BHYT đạt 97%"; a year opening the clause still does)
            other_field = (not _INSURANCE_CONTEXT.search(norm, cs, ce)
                           and _PUBLIC_MONEY.search(norm, cs, ce) is not None)
            if not facts and inside and not any(
                    _is_target(norm, cs, f.start, lead) for f in inside):
                # "02 tháng đầu năm 2018, ... phát triển được gần 500 người ...; nâng tổng số ...
                # lên 4.128 người": a clause whose figures are no level still dates the next
                for w in reversed(clause_whens):
                    if _UP_TO_NOW.match(norm, w.end):
                        break  # "Từ năm 2012 đến nay ... 20 cuộc kiểm tra": up to now, no date
                    if (_SINCE_BEFORE.search(norm, max(0, w.start - 20), w.start)
                            and not _TO_YEAR_AFTER.match(norm, w.end)):
                        break  # "Từ năm 2012, Nhà nước nâng mức hỗ trợ lên 70%": a start only
                    if any(w.start < a.end() and a.start("y") < w.end for a in ahead_spans):
                        continue  # "... năm 2025, triển khai nhiệm vụ năm 2026": tasks ahead
                    if other_field and w.basis == "as_of":
                        break
                    if not _later(norm, w, published) and not _running(w, published):
                        carry = w
                        break
            if mentions:
                scheme_before = mentions[-1][2]
                several_before = len({m[2] for m in mentions}) > 1
            cs = ce + 1
        previous_scheme = scheme_before
        previous_norm = norm
        # (the paragraph's next sentences with no date of their own: "Tỷ lệ bao phủ BHYT chiếm
        # 91,8% ..." after "... tăng 32.044 người so với năm 2018")
        # ("Đến nay ... (tăng 24 nghìn người so với năm 2012)" is now, and so is what follows)
        compared_year = None if _NOW.search(norm) else (
            _year_after_compared(norm, published) or compared_year)
        previous_national = any(o.area == NATION for o in out if o.span == sentence.span)
        previous_areas = {o.area for o in out if o.span == sentence.span}
        previous_several = len({m[2] for m in _schemes(norm, 0, len(norm))}) > 1
        last_rate = reading.last_rate
        last_count_before = (reading.last_count if reading.last_count is not None
                             and reading.last_count.indicator == "participants" else None)
        last_count_scheme = next((o.scheme for o in reversed(out) if o.span == sentence.span
                                  and o.indicator == "participants"), None)
        # (a sentence of aims with no figure keeps the list going: "Hoàn thành các chỉ tiêu ...")
        # (only a list an aim verb opened: "Ước thực hiện ... 90%" or "đến năm 2020 như: ... 60%"
        # before "Tuy nhiên, ... mới đạt 65%" opens none)
        # (and a list of aims of other fields, its figures all after an aim verb that opens it:
        # "... phường đặt ra những chỉ tiêu cụ thể: Phấn đấu 93% hộ gia đình ...; phấn đấu 85%
        # tổ dân phố ...", then "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,15%.")
        aiming = (all(aims) and (aiming or _STRIVE.search(norm) is not None)) if aims else (
            (aiming and not figures and _AIM_ITEM.match(norm) is not None)
            or (bool(figures) and lead is not None and _STRIVE.search(norm) is not None
                # (a list announced as targets, "đặt ra những chỉ tiêu cụ thể: Phấn đấu ...";
                # not "Xã phấn đấu cả năm giải quyết việc làm cho 150 lao động, ...", after which
                # "Tỷ lệ bao phủ BHYT đạt 91,5%, ..." reports the result)
                and _TARGETS_ANNOUNCED.search(norm) is not None
                and all(reading.is_target(f.start) for f in figures)))
        if figures:
            listed = [slot for _, slot in sorted(slots, key=lambda p: p[0])] or None
    if title is not None:
        out = _title_targets(out, text, title)
    return _dedupe(out, title)


def _title_targets(out: list[Observation], text: str, title: tuple[int, int]
                   ) -> list[Observation]:
    """A headline's figure that the body states as a target ("Năm 2020, BHYT bao phủ 90,7% dân
    số" over "Chính phủ đặt mục tiêu ... đạt 90,7%") is that target, not a result."""
    targets = {(o.indicator, o.scheme, o.population_group, o.value, o.area)
               for o in out if o.is_target}
    return [o for o in out
            if o.is_target or not title[0] <= o.span.start < title[1]
            or (o.indicator, o.scheme, o.population_group, o.value, o.area) not in targets]


# No province counts this many people (the largest, Thành phố Hồ Chí Minh after 2025, has about
# 14 million inhabitants; before the 2025 merger about 9.5 million): a count above it is the
# nation's ("12,725 triệu người tham gia bảo hiểm thất nghiệp" in 2020).
_NATIONAL_COUNT = Decimal(15_000_000)
_NATIONAL_COUNT_BEFORE_REFORM = Decimal(10_000_000)


def _national_count(published: dt.date | None) -> Decimal:
    """The count above which a figure is the nation's, in the article's era."""
    if published is not None and published < REFORM:
        return _NATIONAL_COUNT_BEFORE_REFORM
    return _NATIONAL_COUNT


_PEOPLE_COUNTS = ("participants", "population", "plan_participants")
# Figures that, said of several schemes at once, are of none alone.
_OF_ALL_SCHEMES = ("plan_completion", "participants", "plan_participants")


def _later(norm: str, when: When, published: dt.date | None) -> bool:
    """Whether ``when`` is a deadline ("đến năm 2020", "tới hết năm 2025") in a year after the
    article's: no result can be dated by it."""
    return (published is not None and when.date is not None
            and when.date.year > published.year and _BY.match(norm, when.start) is not None)


_BY = re.compile(r"(?:tính\s+)?(?:đến|tới)(?!\w)", _I)


def _running(when: When, published: dt.date | None) -> bool:
    """Whether ``when`` is a period of several years that had not ended when the article was
    published: a plan's span ("giai đoạn 2016-2020"), which no result can be dated by."""
    return (published is not None and when.date is not None and when.period_start is not None
            and when.period_start.year < when.date.year and when.date > published)


_OPENING_IN = re.compile(r"\s*(?:(?:cũng|riêng|chỉ)\s+)?(?:(?:trong|vào)\s+)?", _I)
_LEAD_DATE = re.compile(r"\s*(?:\(\w+\)\s*-\s*)?(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:ngày\s+)?", _I)
_LEAD_AS_OF = re.compile(r"\s*(?:\([\w.]+\)\s*[-–]\s*)?(?=(?:tính\s+)?(?:đến\s+)?hết\s)", _I)


# A local unit the text speaks of by its word alone ("tổng số tiền bảo hiểm y tế của huyện",
# "các ban ngành, đoàn thể huyện"): an article about a unit it does not name, not the nation's.
_LOCAL_UNIT_SAID = re.compile(
    r"(?<!\w)(?:của|đoàn thể|ban ngành|ban, ngành|toàn|cả|địa bàn)\s+"
    r"(?P<u>huyện|tỉnh|xã|thị xã|thị trấn|quận|phường|thành phố)(?!\w)(?!\s+(?-i:[A-ZĐ]))",
    re.IGNORECASE)


def _speaks_of_own_unit(plain: str) -> bool:
    """Whether the text speaks of a unit of its own by the word alone, at least twice ("... của
    huyện thu được ...", "các ban ngành, đoàn thể huyện"; once, "bệnh viện của huyện", is a
    national article's aside)."""
    words = [m["u"].lower() for m in _LOCAL_UNIT_SAID.finditer(plain)]
    return any(words.count(w) >= 2 for w in set(words))


# The nation named as a subject or place ("Việt Nam phấn đấu", "tại Việt Nam", "cả nước"), not
# inside a body's name ("Bảo hiểm xã hội Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam").
_NATION_NAMED = re.compile(
    r"(?:^|[\n.;:!?(]\s*|(?<!\w)(?:tại|ở|của|toàn|khắp)\s+)Việt Nam(?!\w)"
    r"|" + _NATIONWIDE.pattern, re.IGNORECASE | re.MULTILINE)


def _named_places(
    sentence: Sentence, norm: Normalised, places: Sequence[tuple[Area, Span]]
) -> list[tuple[int, int, Area]]:
    """The places named in ``sentence`` as (start, end, area), at normalised offsets within it."""
    base = sentence.span.start
    return sorted(
        (bisect.bisect_left(norm.origin, span.start - base),
         bisect.bisect_left(norm.origin, span.end - base), area)
        for area, span in places
        if sentence.span.start <= span.start < sentence.span.end
    )


_LEVEL_RANK = {"nation": 0, "province": 1, "district": 2, "commune": 3, "village": 4}
# What may stand between a unit and its parent named as a qualifier of it: "huyện Cái Bè (Tiền
# Giang)", "xã A, huyện B", "xã A thuộc huyện B", "xã A là xã miền núi của huyện B" -- no figure
# and no predicate of one in between.
_QUALIFIER_GAP = re.compile(r"\s*(?:[(,–-]|\s)\s*(?:[^;%()]{0,70}?\s(?:thuộc|của)\s*)?", _I)
_PREDICATE = re.compile(r"(?<!\w)(?:đạt|có|chiếm|tham gia|là\s+[\d.,]+)(?!\w)|%", _I)
# Units coordinated before one figure: "xã Bình Ninh và Phú Thịnh đạt 76%".
_COORDINATED = re.compile(r"\s*(?:,|và|,\s*và)\s*", _I)


def _contains(outer: Area, inner: Area) -> bool:
    """Whether ``outer`` is a unit above ``inner`` (by the gazetteer's parents, else by level)."""
    parent = inner.parent
    if parent is None:
        return _LEVEL_RANK.get(outer.level, 9) < _LEVEL_RANK.get(inner.level, 9)
    while parent is not None:
        if (parent.level, parent.name) == (outer.level, outer.name):
            return True
        parent = parent.parent
    return False


# A level compared right after it with the nation's or an average one: "..., thấp hơn mức trung
# bình của cả nước", "cao hơn bình quân chung của tỉnh", "thấp hơn so với cả nước".
_BELOW_AVERAGE_AFTER = re.compile(
    r"\s*%?\s*,?\s*(?:(?:vẫn|còn|và)\s+)?(?:thấp|cao)\s+hơn\s+(?:so với\s+)?"
    r"(?:(?:mức|tỷ lệ)\s+)?(?:(?:trung bình|bình quân)(?!\w)|(?:của\s+)?(?:cả nước|toàn quốc))",
    _I)
# ("cao nhất tỉnh Bình Định", "đứng đầu huyện Phù Cát"; not "số liệu thống nhất của tỉnh")
_RANKING_FRAME = re.compile(
    r"(?<!\w)(?:(?<!thống )nhất|đầu|dẫn đầu|thứ\s+\w+)\s+(?:(?:của|trong|toàn|cả|trên địa bàn)\s+)?"
    r"(?:(?:tỉnh|thành phố|huyện|thị xã|quận)\s+)?$", _I)
# ... but a record over time names the figure's own unit ("... cao nhất của tỉnh Bình Định từ
# trước đến nay, với 1,42 triệu người")
_EVER_AFTER = re.compile(r"\s*(?:,\s*)?(?:từ trước (?:đến|tới) nay|trong lịch sử|từ khi)(?!\w)", _I)
# The nation's average named right before its level: "thấp hơn mức trung bình của cả nước (70%)",
# "bình quân chung của cả nước là 92%" (not a ranking: "đứng đầu cả nước (98,5%)" is the unit's).
_NATION_BRACKET = re.compile(
    r"(?<!\w)(?:trung bình|bình quân)(?:\s+chung)?(?:\s+của)?\s+(?:cả nước|toàn quốc)"
    r"\s*(?:\(|là|:)\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$", _I)


def _areas_of(norm: str, cs: int, at: int, named: list[tuple[int, int, Area]],
              home: Area | None) -> list[Area | None]:
    """The unit(s) a figure at ``at`` is about: the unit named last before it in its clause
    (a parent named as its qualifier does not count; units coordinated with it all do), the
    nation for "cả nước", "tất cả 63 tỉnh, thành phố", else the article's home area."""
    if _PART_OF_TOTAL.match(norm, cs):
        # "cả nước có hơn 15 triệu người tham gia BHXH; trong đó, có trên 844.000 người ...":
        # a part of the total just given, of the same unit
        cs = max((m.end() for m in _SENTENCE_BREAK.finditer(norm, max(0, cs - 400), cs)),
                 default=max(0, cs - 400))
    # (not the frame of a ranking: "đưa Thạch Hà trở thành huyện có số người tham gia ... lớn nhất
    # của tỉnh Hà Tĩnh, với gần 7.000 người": the district's figure)
    before = [(pos, end, area) for pos, end, area in named if cs <= pos < at
              and not (_RANKING_FRAME.search(norm, max(0, pos - 30), pos)
                       and not _EVER_AFTER.match(norm, end))]
    figure = _FIGURE_END.match(norm, at)
    if figure is not None and _NATION_AFTER.match(norm, figure.end()):
        return [NATION]
    if _NATION_BRACKET.search(norm, max(cs, at - 60), at):
        return [NATION]  # "thấp hơn mức trung bình của cả nước (70%)": the yardstick's own level
    nationwide = _nationwide(norm, cs, at)
    # "của cả nước, năm 2022 toàn huyện đạt": the unit's own word said last wins
    own = list(_OWN_AREA.finditer(norm, cs, at))
    if nationwide and (not before or nationwide[-1] > before[-1][0]) and (
            not own or nationwide[-1] > own[-1].start()):
        return [NATION]
    if figure is not None and (listed := _listed_after(norm, figure.end(), named)):
        return listed
    if figure is not None and (of := next(
            (area for pos, _, area in named if figure.end() < pos <= figure.end() + 60
             and _OF_PLACE_GAP.fullmatch(norm, figure.end(), pos)
             and not _NOT_BARE.search(norm, figure.end(), pos)), None)) is not None:
        # "trong số 3.200 người nghèo của huyện Mường Lát" after a document of the province: the
        # unit the figure's own people are of
        return [of]
    if (figure is not None and (nation := _OF_NATION_AFTER.match(norm, figure.end())) is not None
            and not _COMPARED_GAP.search(nation.group())
            and not _RANK_AFTER.match(norm, nation.end())):
        # "chiếm gần 10% trong tổng số 13,2 triệu người tham gia bảo hiểm thất nghiệp của cả
        # nước": the nation's people
        return [NATION]
    if own and (not before or own[-1].start() > before[-1][0]) and (
            up := _own_unit_area(own[-1]["u"], home)) is not None:
        return [up]  # "toàn tỉnh có trên 92%" in an article about one of its towns: the province
    if not before:
        return [home]
    i = len(before) - 1
    # "huyện Cái Bè (Tiền Giang) có ...": the figure is the district's, not the province's
    while i > 0:
        child, parent = before[i - 1], before[i]
        gap = norm[child[1] : parent[0]]
        if not (_contains(parent[2], child[2]) and _QUALIFIER_GAP.fullmatch(gap)
                and not _PREDICATE.search(gap)):
            break
        i -= 1
    picked = [before[i][2]]
    while i > 0 and before[i - 1][2].level == before[i][2].level and _COORDINATED.fullmatch(
            norm[before[i - 1][1] : before[i][0]]):
        i -= 1
        picked.insert(0, before[i][2])
    return list(dict.fromkeys(picked))


# The words between a rate and a count in brackets after it ("2,84% (15.812 người)").
# (or after "tương đương": "... đạt 98,4%, tương đương hơn 20,8 triệu em")
# ("đạt 43,39% dân số (tương đương 57.689 người)": the word for the whole before the bracket,
# but then only with "tương đương": "đạt 85,74% dân số (272.484 người)" is the whole)
# ("(tương ứng với 150.000 người)", "đạt 90,5% dân số, tương đương 150.000 người")
_RATE_THEN_BRACKET = re.compile(r"\s*%?\s*(?:dân số\s*\(\s*(?:tương đương|tương ứng)(?:\s+với)?\s*"
                                r"|\(\s*(?:(?:tương đương|tương ứng)(?:\s+với)?|với)?\s*"
                                r"|(?:dân số\s*)?,\s*(?:tương đương|tương ứng)(?:\s+với)?\s+)"
                                r"(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?", _I)
# A rate of collection: the money collected against the revenue plan (not "tỷ lệ thu nhập").
# The share of a plan done named as the subject: "tỷ lệ hoàn thành (kế hoạch) BHXH bắt buộc".
_COMPLETION_RATE = re.compile(
    rf"(?<!\w){_RATE_WORD}\s+hoàn thành(?!\w)"
    r"(?!(?:\s+(?:kế hoạch|chỉ tiêu)(?:\s+giao)?)?\s+(?:bao phủ|tham gia|phổ cập))"
    # (of a plan, a quota, revenue or a scheme: not "tỷ lệ hoàn thành giải quyết hồ sơ")
    r"(?=\s+(?:kế hoạch|chỉ tiêu|thu|BHXH|BHYT|BHTN|bảo hiểm))"
    r"[^;%\d]{0,80}$", _I)
_COLLECTION_RATE = re.compile(
    rf"(?<!\w){_RATE_WORD}\s+(?:số\s+)?thu(?!\w)(?!\s+(?:nhập|hút|hồi|gom|hoạch|thập)(?!\w))", _I)
# A unit opening its sentence as the subject: "Khu phố Xà Xía là ...", "Xã A đã ...".
_SUBJECT_PLACE = re.compile(r"\s*(?:là|đã|có|đang|vẫn|luôn|tiếp tục)(?!\w)", _I)
# The national sector or agency as a subject that acts: "ngành BHXH Việt Nam đã tập trung ...".
_NATIONAL_SECTOR = re.compile(
    r"(?:^|[,;:]\s*)(?:toàn\s+)?ngành\s+(?:BHXH|Bảo hiểm xã hội|bảo hiểm xã hội)\s+Việt Nam"
    r"\s+(?:đã|đang|vẫn|cũng|luôn|tiếp tục)(?!\w)")
# The part of a rate just read that one scheme's group takes: "..., trong đó khoảng 2,2% tham gia
# BHXH tự nguyện".
_IN_WHICH_NEAR = re.compile(r"(?<!\w)trong đó(?!\w)[^;%\d]{0,20}$", _I)
_SCHEME_PART_BEFORE = re.compile(
    r"(?<!\w)trong đó(?!\w)[^;%\d]{0,100}?tham gia\s+(?:BHXH|bảo hiểm xã hội)\s+"
    r"(?P<g>tự nguyện|bắt buộc)\s+(?:chiếm|đạt|là)(?:\s+(?:khoảng|trên|hơn|gần))?\s*$", _I)
_VOLUNTARY_PART = re.compile(r"\s*%?\s*(?:người\s+|lao động\s+)?tham gia\s+"
                             r"(?:BHXH|bảo hiểm xã hội)\s+"
                             r"(?P<g>tự nguyện|bắt buộc)(?!\w)", _I)
# Insurance of every kind, no scheme named: "số người tham gia bảo hiểm các loại".
_EVERY_SCHEME = re.compile(r"(?<!\w)(?:bảo hiểm các loại|các loại bảo hiểm|các loại hình bảo hiểm"
                           # ("tổng chi các chế độ bảo hiểm đạt 118.000 tỷ đồng")
                           r"|các chế độ bảo hiểm(?!\s+(?:xã hội|y tế|thất nghiệp)))(?!\w)", _I)
# The next item of a list of a group's rates: "%, các trường trung cấp là ", "%, Khối THCS: ".
_NEXT_GROUP_ITEM = re.compile(
    r"\s*%?\s*[,;]\s*(?:và\s+)?[^,;:%\d()]{1,40}?(?:\s(?:là|đạt)|:)\s*", _I)
# A count written over its quota in words: "2.870 tham gia BHXH tự nguyện/chỉ tiêu 3.335 người".
_OVER_QUOTA = re.compile(r"\s*(?:người\s+)?(?:tham gia|có thẻ)(?!\w)[^/;%\d]{0,40}/\s*"
                         r"(?:chỉ tiêu|kế hoạch)\s+[\d.,]+\s*người", _I)
_QUOTA_OF_COUNT = re.compile(r"\d\s+(?:người\s+)?(?:tham gia|có thẻ)(?!\w)[^/;%\d]{0,40}/\s*"
                             r"(?:chỉ tiêu|kế hoạch)\s*$", _I)
# Whom money was paid for, right after it: "... tỷ đồng cho 4,3 triệu lượt học sinh".
_PAID_FOR = re.compile(r"\s*(?:đồng\s*)?cho\s+(?:(?:hơn|trên|gần|khoảng)\s+)?(?:[\d.,]+\s*"
                       r"(?:(?:triệu|nghìn|ngàn)\s*)?)?(?:lượt\s+)?", _I)
# A date set off as a clause of its own: "..., năm 2018, ...".
_CLAUSE_DATE_BEFORE = re.compile(r"[,:;]\s*$")
_CLAUSE_DATE_AFTER = re.compile(r"\s*,")
# A unit reaching a bare rate, its topic the sentence before's: "... chỉ tiêu về tỷ lệ người dân
# tham gia BHYT. Tính đến ngày 10/11/2017, xã Xuân Hưng mới đạt tỷ lệ 69,26% so với Kế hoạch cả
# năm".
_BARE_RATE_REACHED = re.compile(
    rf"(?<!\w)(?:mới|đã|chỉ)\s+đạt(?:\s+được)?(?:\s+{_RATE_WORD})?\s+[\d.,]+\s*%", _I)
# Goals said to be met: "các chỉ tiêu ... đều đạt và vượt", "đã hoàn thành các chỉ tiêu".
_GOALS_MET = re.compile(
    r"(?<!\w)(?:đều|đã)\s+(?:đạt|vượt|hoàn thành)(?!\w)|(?<!\w)đạt và vượt(?!\w)", _I)
# A span of time that runs up to now: "Từ năm 2012 đến nay".
_UP_TO_NOW = re.compile(
    r"\s*(?:đến|tới|cho đến|cho tới)\s+(?:nay|hiện nay|thời điểm này)(?!\w)", _I)
# A sentence that opens on the time the one before spoke of.
_THIS_TIME = re.compile(r"\s*(?:Vào\s+|Tại\s+)?(?:thời điểm|lúc|khi)\s+(?:này|đó|ấy)(?!\w)", _I)
# A unit word standing for a unit named before, as its clause's subject: "Xã Tắc Vân hoàn thành
# ... Thời điểm này, xã vận động ...", "... trên địa bàn xã mới chỉ đạt 87,65%", "sau khi được
# công nhận xã NTM nâng cao, nay tỷ lệ ... chỉ đạt 90%" (not "các xã", "cấp xã", "UBND xã", nor
# a unit word before its name).
_BARE_UNIT = re.compile(
    # ("tỷ lệ bao phủ BHYT của huyện giảm từ 98,6% xuống còn 80,4%": the district's)
    rf"(?:^\s*|[,;:]\s*|(?<!\w)(?:toàn|cả|địa bàn|công nhận(?:\s+là)?"
    rf"|(?:(?<=BHYT )|(?<=BHXH )|(?<=y tế )|(?<=xã hội )|(?<=bao phủ ))của)\s+)"
    rf"(?P<u>xã|phường|thị trấn|huyện|quận|thị xã)"
    # (a name may follow, not an abbreviation: "xã NTM" is the commune itself)
    rf"(?!\w)(?!\s*\d)(?!\s*(?-i:[{_CAPITAL}](?![{_CAPITAL}])))", _I)


def _referred_unit(norm: str, cs: int, ce: int, named: list[tuple[int, int, Area]],
                   recent: dict[str, Area], scope: Area | None) -> Area | None:
    """The unit a bare unit word of the clause ``norm[cs:ce]`` stands for, when the clause names
    no unit itself: the article's area's ancestor of that kind ("huyện" in a commune's story), else
    the one of its kind the paragraph named last inside the article's area."""
    if scope is None or any(cs <= pos < ce for pos, _, _ in named):
        return None
    # (or of an earlier clause of a sentence that names no unit at all: "Tuy nhiên, sau khi được
    # công nhận xã NTM nâng cao, nay tỷ lệ ... chỉ đạt 90%")
    # (the clause's own separator stands just before it: "...; thị trấn có 4.200 người")
    m = _BARE_UNIT.search(norm, max(0, cs - 1), ce) or (
        None if named else _BARE_UNIT.search(norm, 0, cs))
    if m is None:
        return None
    if (up := _own_unit_area(m["u"], scope)) is not None:
        return up  # "Bằng chứng là, ..., huyện đã có 2.870 ..." in a commune's story: its district
    # (one the sentence named before the clause first: "... phối hợp với UBND thị trấn Mù Cang
    # Chải tổ chức 12 hội nghị; thị trấn có 4.200 người tham gia BHYT")
    earlier = [a for pos, _, a in named if pos < cs and fold(a.unit) == fold(m["u"])]
    area = earlier[-1] if earlier else recent.get(fold(m["u"]))
    if (area is None or _LEVEL_RANK.get(area.level, 0) <= _LEVEL_RANK.get(scope.level, 0)
            or not _contains(scope, area)):
        return None
    return area


def _own_unit_area(unit: str, home: Area | None) -> Area | None:
    """The area above the home that "toàn <unit>" names ("toàn tỉnh" from a district: its
    province), or None if the home is of that unit or the chain has none."""
    if home is None:
        return None
    found = next((a for a in ancestors(home) if a.unit == fold(unit)), None)
    return None if found is home else found


_FIGURE_END = re.compile(r"[\d.,]+")
_PART_OF_TOTAL = re.compile(r"[\s,;:]*(?:trong đó|trong số đó|trong số này)(?!\w)", _I)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|\n")
# A figure, then the units it is of: "trên 97% như Đồng Tân, Đức Thắng", "đạt 100% tỷ lệ bao phủ
# BHYT là Xuân Cẩm".
_UNITS_AFTER = re.compile(r"\s*%?[^,;:()\d%]{0,60}?\s(?:như|là|gồm|gồm có)\s*:?\s*", _I)


def _names_after(text: str, end: int) -> bool:
    """Whether capitalised names follow the figure ending at ``end`` as its units."""
    m = _UNITS_AFTER.match(text, end)
    return m is not None and m.end() < len(text) and text[m.end()].isupper()


def _listed_after(norm: str, end: int, named: list[tuple[int, int, Area]]) -> list[Area]:
    """The units listed right after a figure ending at ``end`` (all of one level), if any."""
    after = [(pos, stop, area) for pos, stop, area in named if pos >= end]
    if not after or not _UNITS_AFTER.fullmatch(norm, end, after[0][0]):
        return []
    picked = [after[0][2]]
    for prev, nxt in itertools.pairwise(after):
        if nxt[2].level != picked[0].level or not _COORDINATED.fullmatch(norm[prev[1] : nxt[0]]):
            break
        picked.append(nxt[2])
    return list(dict.fromkeys(picked))


def _nationwide(norm: str, lo: int, hi: int) -> list[int]:
    """Where "cả nước", "toàn quốc" ... name the nation as the subject in ``norm[lo:hi]`` (not
    as a yardstick: "đuổi kịp cả nước", "so với cả nước")."""
    found = [*_NATIONWIDE.finditer(norm, lo, hi), *_WHOLE_SECTOR.finditer(norm, lo, hi)]
    return sorted(m.start() for m in found
                  if not _YARDSTICK_NATION.search(norm, max(lo, m.start() - 40), m.start()))


# The whole sector, capitalised as the national BHXH sector writes itself: "tỷ lệ thu chung của
# toàn Ngành hiện đạt 62,8%" beside a province's own rate (not "toàn ngành BHXH tỉnh").
_WHOLE_SECTOR = re.compile(
    r"(?<!\w)toàn Ngành(?!\w)(?!\s+(?:BHXH|bảo hiểm xã hội|Bảo hiểm xã hội)?\s*(?:tỉnh|huyện|thành"
    r"|thị|quận|xã))")


def _lead_date(sentences: Sequence[Sentence]) -> dt.date | None:
    """The date an article's first sentences open with ("Ngày 26/01/2018, UBND huyện ...").

    Five sentences: a headline of two sentences and a preamble ("Thực hiện công văn số ... .")
    may stand before the lead's date."""
    for sentence in sentences[:5]:
        norm = normalise(sentence.text).text
        if (m := _LEAD_DATE.match(norm)) is None:
            # "(kontumtv.vn) – Hết quý II năm 2021, ...": the end of a period the lead reports
            # on bounds the article too
            if (m := _LEAD_AS_OF.match(norm)) is not None:
                whens = find_when(norm[m.start() : m.end() + 40], None)
                if (whens and whens[0].basis in ("as_of", "end_of_period")
                        and whens[0].start <= m.end() - m.start() and whens[0].date is not None):
                    return whens[0].date
            continue
        # "Chiều ngày 30/8, BCĐ ... sơ kết ... 7 tháng đầu năm, ... cuối năm 2024": a day with
        # no year is in the one year its sentence names (not a year-end review's, held early in
        # the next year)
        # (not a year compared with, nor one of a full date or of a cited document: "... Nghị
        # quyết số 28-NQ/TW ngày 23-5-2018" is the resolution's year, not the meeting's)
        years = {y.group() for y in _YEAR_RX.finditer(norm)
                 if not _COMPARED_YEAR.search(norm, max(0, y.start() - 25), y.start())
                 and not _DAY_MONTH_BEFORE.search(norm, max(0, y.start() - 8), y.start())
                 and not _CITED.search(norm[max(0, y.start() - 40) : y.start()])}
        year = int(next(iter(years))) if len(years) == 1 and not _YEAR_END_REVIEW.search(
            norm) else None
        whens = find_when(norm[m.start() : m.end() + 25], year)
        if whens and whens[0].basis == "stated" and whens[0].start <= m.end() - m.start():
            return whens[0].date
    return None


# The year of the tasks a meeting opens: "triển khai nhiệm vụ năm 2026", "phương hướng năm 2024".
_YEAR_AHEAD = re.compile(
    r"(?<!\w)(?<!thực hiện )(?<!kết quả )(?:nhiệm vụ|phương hướng|triển khai kế hoạch)"
    r"(?:\s+[^\s\d,;.]+){0,4}?\s+năm\s+"
    r"(?P<y>(?:19|20)\d\d)(?!\d)", _I)
_YEAR_SPAN = re.compile(r"(?<![\d/])(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?![\d/])")
_AFFECTED = re.compile(
    r"\s*(?:người|hộ|nhân khẩu|đối tượng)(?:\s+[^\W\d_]+){0,3}?\s+(?:bị|chịu)\s+"
    r"(?:tác động|ảnh hưởng)", _I)
_NOT_INCLUDED = re.compile(r"(?<!\w)(?:chưa|không)\s+(?:bao gồm|kể|tính)(?:\s+cả)?\s*$", _I)
_ONWARD = re.compile(r"\s*(?:trở đi|trở về sau)(?!\w)", _I)
_DAY_MONTH_BEFORE = re.compile(r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*$")
_YEAR_END_REVIEW = re.compile(r"(?<!\w)tổng kết(?!\w)", _I)
_MID_YEAR_REVIEW = re.compile(r"(?<!\w)sơ kết(?!\w)", _I)


def _before_publication(
    norm: str, when: When, date: dt.date | None, basis: str | None,
    start: dt.date | None, end: dt.date | None, published: dt.date | None,
) -> tuple[dt.date | None, str | None, dt.date | None, dt.date | None]:
    """A result's date, kept before the article's: a day or month written without its year
    that would fall after the publication is of the year before ("Tính đến ngày 15/12, ..." on
    5 January); a period still running at the publication ("Từ đầu năm 2019, ..." in June) ends
    with the article."""
    if published is None or date is None or date <= published:
        return date, basis, start, end
    # (nine months at least, the figure reported soon after: "Ước đến 31/12, ..." in October,
    # "6 tháng đầu năm" on 25 June, "Trong tháng 3, ... sẽ ..." in January are of the article's
    # year; a day or a month, not the year itself: "năm nay", "cuối năm")
    if (not _WRITTEN_YEAR.search(norm, when.start, when.end) and date.year == published.year
            and (date - published).days > 270 and not _whole_year(when)
            and not _AHEAD_WORDS.search(norm)):
        try:
            shift = lambda d: d.replace(year=d.year - 1) if d is not None else None  # noqa: E731
            return shift(date), basis, shift(start), shift(end)
        except ValueError:  # 29 February
            return date, basis, start, end
    if (basis == "end_of_period" and start is not None and start <= published
            and _FROM_YEAR_START.search(norm, max(0, when.start - 8), when.end)):
        return published, "publication_bound", start, None
    return date, basis, start, end


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SCHOOL_YEAR_WORD = re.compile(r"(?<!\w)năm học(?!\w)", _I)
# The start of a move: "tăng từ 68% lên 98,1%", "từ 9.800 người lên 14.600 người".
_MOVE_FROM_BEFORE = re.compile(r"(?<!\w)từ\s*$", _I)
_MOVE_FROM_AFTER = re.compile(r"[\d.,]+\s*(?:%|[^\W\d_]+)?\s*(?:lên|xuống)(?!\w)", _I)
# A term of office: "nhiệm kỳ 2020-2025" (an aim's deadline; no date of a result).
_TERM = re.compile(r"(?<!\w)nhiệm kỳ\s+(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)", _I)
# "năm nay": the year the article is written in.
_THIS_YEAR = re.compile(r"(?<!\w)năm nay(?!\w)", _I)
# Words of what is to come: a date in their sentence may lie after the article.
_TO_COME = re.compile(r"(?<!\w)(?:sẽ|dự kiến|phấn đấu|mục tiêu|sắp tới|thời gian tới)(?!\w)", _I)
_AHEAD_WORDS = re.compile(
    r"(?<!\w)(?:năm nay|sẽ|ước|dự kiến|dự báo|tới|kế hoạch|giao|phấn đấu|mục tiêu)(?!\w)", _I)
# A period opened and left running: "Từ đầu năm 2019, ...", "từ đầu năm đến nay".
_FROM_YEAR_START = re.compile(r"(?<!\w)từ đầu(?=\s+năm(?!\w))", _I)


def _whole_year(when: When) -> bool:
    """Whether ``when`` is the end of a whole calendar year ("năm 2022")."""
    return (when.basis == "end_of_period" and when.date is not None
            and when.date.month == 12 and when.date.day == 31
            and when.period_start == dt.date(when.date.year, 1, 1))


# (a group word may close the first: "BHXH tự nguyện, BHYT hộ gia đình")
_SCHEME_AND = re.compile(
    r"\s*(?:(?:tự nguyện|bắt buộc|hộ gia đình)\s*)?(?:,|và|&|,\s*và)\s*", _I)


def _coordinated_schemes(text: str, mentions: list[tuple[int, int, str]],
                         near: list[tuple[int, str]], at: int) -> bool:
    """Whether the scheme nearest ``at`` is listed with another scheme ("BHXH, BHYT")."""
    if not near:
        return False
    pick = min(near, key=lambda m: abs(m[0] - at))[0]
    i = next(k for k, m in enumerate(mentions) if m[0] == pick)
    for j in (i - 1, i + 1):
        if 0 <= j < len(mentions) and mentions[j][2] != mentions[i][2]:
            a, b = sorted((mentions[i], mentions[j]))
            if _SCHEME_AND.fullmatch(text, a[1], b[0]):
                return True
    return False


# A school named as such ("Trường Cao đẳng ...", "Trường THPT ..."), and a unit word or "toàn"
# that would make the figure after it its area's again.
_SCHOOL_NAMED = re.compile(
    r"(?<!\w)(?-i:Trường)\s+(?:Cao đẳng|Đại học|Trung cấp|Trung học|THPT|THCS|Tiểu học|Mầm non"
    r"|Mẫu giáo|Phổ thông|PTDT\w*|TH|CĐ|ĐH)(?!\w)", _I)
# (a company by its legal form: "Công ty TNHH MTV ...", "Công ty cổ phần ...", "Công ty CP ...")
_COMPANY_NAMED = re.compile(
    r"(?<!\w)(?-i:Công ty)\s+(?:TNHH|CP|cổ phần|trách nhiệm hữu hạn|(?-i:[A-ZĐ]))", _I)
_BRACKETS = re.compile(r"\([^()]*\)")
_COMPANY_HAS = re.compile(r"(?<!\w)(?:có|với)(?!\w)", _I)
_AREA_AGAIN = re.compile(
    r"(?<!\w)(?:toàn|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|địa bàn)(?!\w)"
    r"|(?<!\w)(?:ở|tại)\s+(?-i:[A-ZĐ])", _I)
# ("ở hội trường Trường THPT Can Lộc": a hall of it)
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:(?:hội trường|nhà văn hóa|sân)\s+)?$", _I)


def _of_a_school(norm: str, cs: int, at: int) -> bool:
    """Whether a figure is one school's or one company's ("Trường Cao đẳng Giao thông vận tải có
    699/2.653 sinh viên tham gia BHYT (đạt 26,35%)", "Công ty TNHH MTV Giày T. (xã Minh Long) -
    doanh nghiệp có 595 lao động với tỉ lệ 100% ... đóng BHXH, BHYT"): a school or a company is
    no area of the article (gold README)."""
    school = _last(_SCHOOL_NAMED.finditer(norm, cs, at))
    # (a company heads its sentence's figures through a dash or a comma, also where it is visited:
    # "... làm việc tại Công ty A (xã B) - doanh nghiệp có 595 lao động với tỉ lệ 100% ...")
    company = _last(_COMPANY_NAMED.finditer(norm, norm.rfind(";", 0, at) + 1, at))
    if company is not None and (school is None or company.start() > school.start()):
        # (its figure is what it has: "... - doanh nghiệp có 595 lao động với tỉ lệ 100%"; not
        # "Nhờ Công ty A mở thêm nhà máy, ... số người tham gia BHXH ở Ninh Bình tăng lên ...")
        between = _BRACKETS.sub(" ", norm[company.end() : at])
        return _COMPANY_HAS.search(between) is not None and not _AREA_AGAIN.search(between)
    # (not a venue: "Tại lễ phát động ở Trường THPT Nguyễn Du, ... 98,5% học sinh trên địa bàn",
    # "Hội nghị được tổ chức tại Trường THCS Lê Quý Đôn với 150 đại biểu"; the unit in brackets
    # after its name places it, "Trường THCS A (xã B) có ...")
    return (school is not None and not _VENUE_BEFORE.search(norm, max(0, school.start() - 30),
                                                            school.start())
            and not _AREA_AGAIN.search(_BRACKETS.sub(" ", norm[school.end() : at])))


def _nearest(at: int, mentions: list[tuple[int, str]]) -> str | None:
    return min(mentions, key=lambda m: abs(m[0] - at))[1] if mentions else None


def _dedupe(observations: list[Observation],
            title: tuple[int, int] | None = None) -> tuple[Observation, ...]:
    """One observation per (indicator, scheme, group, date, target, value); a figure repeated
    without a date (a title restating the text) yields to its dated statement, and a headline's
    figure to the body's sentence that states it again."""
    seen: dict[tuple[object, ...], Observation] = {}
    for ob in observations:
        key = (ob.indicator, ob.scheme, ob.population_group, ob.date, ob.is_target, ob.value,
               ob.area)
        if (kept := seen.get(key)) is not None and kept.qualifier is None and ob.qualifier:
            # "... 65% lao động tham gia BHXH" in a title, "khoảng 65% lực lượng lao động" in
            # the text: one fact, with the sentence that qualifies it as its evidence
            seen[key] = ob
        elif (kept is not None and title is not None and ob.qualifier == kept.qualifier
              and title[0] <= kept.span.start < title[1]
              and not title[0] <= ob.span.start < title[1]):
            # "Duy Xuyên có 91,9% dân số tham gia BHYT" over "Đến nay toàn huyện ... chiếm
            # 91,9% dân số": the body's sentence, in its context, is the evidence
            seen[key] = ob
        seen.setdefault(key, ob)
    dated = {
        (o.indicator, o.scheme, o.population_group, o.is_target, o.value)
        for o in seen.values() if o.date_basis not in (None, "publication_bound")
    }
    if title is not None:
        # a headline's whole percent that the body gives with its decimals ("đạt 71% kế hoạch
        # năm 2021" over "đạt 19.743 người (đạt 71,6% kế hoạch năm 2021)"): one fact, the body's
        body = [o for o in seen.values() if not title[0] <= o.span.start < title[1]]
        seen = {k: o for k, o in seen.items()
                if not (title[0] <= o.span.start < title[1]
                        and any(_truncates(o, b) for b in body))}
    return tuple(
        o for o in seen.values()
        if (o.date_basis not in (None, "publication_bound")
            and not any(_restates(o, d) for d in seen.values()))
        or ((o.indicator, o.scheme, o.population_group, o.is_target, o.value) not in dated
            and not any(_rounds(o, d, any_scheme=True) for d in seen.values()))
    )


def _truncates(head: Observation, body: Observation) -> bool:
    """Whether a headline's whole percent is the body's figure of the same kind without its
    decimals (71 for 71,6)."""
    return (head.unit == "percent" == body.unit and head.value == head.value.to_integral_value()
            and body.value != head.value and int(body.value) == head.value
            and head.qualifier == body.qualifier and head.area == body.area
            and (head.date is None or body.date is None or head.date.year == body.date.year)
            and (head.indicator, head.scheme, head.population_group, head.is_target)
            == (body.indicator, body.scheme, body.population_group, body.is_target))


def _restates(rounded: Observation, exact: Observation) -> bool:
    """Whether a qualified figure restates an exact one of the same date ("hơn 1,08 triệu người"
    in a lead, "Gần 30.000 người ..." in a subheading, then "1.082.890 người" as of that day)."""
    return (rounded.qualifier in _ROUNDING and exact.qualifier is None
            and exact.date == rounded.date and _rounds(rounded, exact))


# How far a rounded restatement may be from the exact figure, relative to the figure.
_ROUNDING = {"nearly": (Decimal("-0.05"), Decimal(0)), "about": (Decimal("-0.05"), Decimal("0.05")),
             "more_than": (Decimal(0), Decimal("0.05"))}


def _rounds(undated: Observation, dated: Observation, any_scheme: bool = False) -> bool:
    """Whether an undated, qualified figure ("gần 90%" in a title) restates a dated one of the
    same kind (89,4%): "gần" below it, "khoảng" around it, "hơn"/"trên" above it."""
    if undated.qualifier not in _ROUNDING:
        return False
    if dated.date_basis in (None, "publication_bound") and (
            dated.date != undated.date or dated.qualifier is not None):
        # both dated by the article alone: "Hơn 98% hộ gia đình ..." over "đạt 98,03%" still
        # restates the exact figure; two rounded ones say nothing of each other
        return False
    if undated.area != dated.area:  # a province's 99,9% does not restate the nation's "hơn 96%"
        return False
    if (undated.indicator, undated.population_group, undated.is_target) != (
            dated.indicator, dated.population_group, dated.is_target) or (
            undated.scheme != dated.scheme and not (any_scheme and dated.scheme is None)):
        # (an undated headline's "trên 1,4 triệu người tham gia bảo hiểm", read as BHYT for want
        # of a scheme, restates the body's 1.452.399 participants of every scheme together)
        return False
    low, high = _ROUNDING[undated.qualifier]
    if undated.unit != "percent":  # "gần 30.000 người" for 27.978: a count is rounded coarser
        low, high = low * 2, high * 2
    if undated.value == 0:
        return False
    gap = (dated.value - undated.value) / undated.value
    return low <= gap <= high and dated.value != undated.value

