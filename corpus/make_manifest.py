"""Draft corpus/manifest.tsv from lawie's own reader and segmenter; the result is then checked by hand.

    python corpus/make_manifest.py > /tmp/manifest.draft.tsv

Columns: id, title, issuer, level, region, year covered, publication date, source file (the
user's seed file under ../shared/seeds) and the report's character range in that file. Level
and region are left for the hand check: the segmenter does not infer them.
"""
import csv
import sys
from pathlib import Path

import lawie

HERE = Path(__file__).parent
SEEDS = {
    "qiaoxi-2017": "000_b94dbf0041ddffd9.txt",
    "jinshui-2020": "001_cf72760805d2050b.txt",
    "jinzhou-2014": "002_8b181c2b2901c42b.txt",
    "beipiao-2024": "003_65406cd7f4709aa5.txt",
    "zhenjiang-2013": "004_5834ccae6790da4b.txt",
}
COLUMNS = ["id", "file", "title", "issuer", "level", "region", "year", "publication_date",
           "source", "char_start", "char_end"]


def main() -> None:
    nlp = lawie.load()
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for report_id, seed in SEEDS.items():
        for record in lawie.extract(HERE / "reports" / f"{report_id}.txt", nlp):
            meta = record["meta"]
            start = record["source_offset"]
            writer.writerow([report_id, f"reports/{report_id}.txt", meta["title"] or "", meta["issuer"] or "",
                             "", "", meta["year"] or "", meta["publication_date"] or "",
                             f"../shared/seeds/{seed}", start, start + len(record["text"])])


if __name__ == "__main__":
    main()
