#!/usr/bin/env python3
"""Writes the line set of the date benchmark: bench/out/date_lines.txt.

Every non-empty line of the `content` of the first N SaudiNewsNet day files (running text, as
extraction meets it), plus, for each article, one date line built from its `date_extracted`
timestamp in one of the formats news pages print (rotating). The expected ISO values of those
date lines go to bench/out/date_lines.expected (one "line-number<TAB>iso" per date line).

usage: python3 bench/dates_lines.py [N_FILES]   (default 3; needs ../shared/data/saudinewsnet)
"""
import json
import os
import sys
import zipfile
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("RASD_SHARED", os.path.join(ROOT, "..", "shared"))
DATASET = os.path.join(SHARED, "data", "saudinewsnet", "dataset")
OUT = os.path.join(ROOT, "bench", "out")

EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
      "أكتوبر", "نوفمبر", "ديسمبر"]
LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
       "تشرين الأول", "تشرين الثاني", "كانون الأول"]
WD = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def date_line(k, t):
    """The k-th format (rotating) of timestamp t, and its ISO value."""
    h12 = t.hour % 12 or 12
    ampm = "ص" if t.hour < 12 else "م"
    iso_dt = t.strftime("%Y-%m-%dT%H:%M:00")
    iso_d = t.strftime("%Y-%m-%d")
    m = t.month - 1
    forms = [
        (f"{t.day} {EG[m]} {t.year}، {h12}:{t.minute:02d} {ampm}", iso_dt),
        (f"آخر تحديث: {t.day:02d}/{t.month:02d}/{t.year} - {t.hour:02d}:{t.minute:02d}", iso_dt),
        (f"الرياض - واس - {WD[t.weekday()]} {t.day} {LEV[m]}/{EG[m]} {t.year}", iso_d),
        (f"نشر في {t.day} {EG[m]} {t.year}".translate(AR_DIGITS), iso_d),
        (f"Published {t.strftime('%B')} {t.day}, {t.year} {h12}:{t.minute:02d} "
         f"{'AM' if t.hour < 12 else 'PM'}", iso_dt),
    ]
    return forms[k % len(forms)]


def main():
    n_files = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    if not os.path.isdir(DATASET):
        sys.exit(f"{DATASET}: not found; set RASD_SHARED to the shared/ folder")
    os.makedirs(OUT, exist_ok=True)
    lines, expected = [], []
    for name in sorted(os.listdir(DATASET))[:n_files]:
        with zipfile.ZipFile(os.path.join(DATASET, name)) as z:
            for member in z.namelist():
                for k, art in enumerate(json.loads(z.read(member).decode("utf-8"))):
                    for line in (art.get("content") or "").splitlines():
                        if line.strip():
                            lines.append(line.strip())
                    stamp = art.get("date_extracted") or ""
                    try:
                        t = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
                    except ValueError:
                        continue
                    text, iso = date_line(k, t)
                    expected.append(f"{len(lines)}\t{iso}")
                    lines.append(text)
    with open(os.path.join(OUT, "date_lines.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "date_lines.expected"), "w", encoding="utf-8") as f:
        f.write("\n".join(expected) + "\n")
    size = sum(len(x.encode()) + 1 for x in lines)
    print(f"{len(lines)} lines ({size / 1e6:.1f} MB), {len(expected)} date lines -> {OUT}")


if __name__ == "__main__":
    main()
