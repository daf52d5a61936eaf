#!/usr/bin/env python3
"""Convert the shared evaluation datasets into the JSON Lines shape `footprint eval` reads.

    python3 Corpora/tools/convert_datasets.py [--datasets DIR] [--out DIR]

Each output line is {"id": ..., "text": "...", "labels": {"<category>": true|false},
"spans": [{"type": ..., "start": ..., "end": ...}]} (labels and spans each optional; span
offsets in Unicode scalars, end exclusive). One .jsonl file per set:

- pii_dev.jsonl, pii_benign_dev.jsonl   from pii/dev.jsonl, pii/benign_dev.jsonl:
  spans, labels {"privacy": has spans}, and the post-level `tags`
- hatecheck_dev.jsonl                   from hatecheck/dev_cases.csv:
  labels {"hate": label_gold == "hateful"}, id = case_id, `functionality` kept
- mhc_<language>_dev.jsonl              from mhc/<language>_dev.csv: the same, id = mhc_case_id
- clickbait_dev.jsonl                   from clickbait/*_dev.txt:
  labels {"misinformation": is clickbait}
- coaid.jsonl                           from coaid/*.csv (every snapshot):
  labels {"misinformation": file is Fake}; `kind` claim (the claim's text), news_title (the
  article's title) or news_post (the title followed by the article's link, as a share would
  read); `snapshot` the file's date

The datasets are third-party data: the output goes to a git-ignored folder (default
.build-eval-data/ in the project root), never into the repository. A missing dataset is skipped
with the reason printed. Standard library only.
"""

import argparse
import csv
import json
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def write_jsonl(path, records):
    """Writes records one a line (ASCII-escaped, so any text survives) and returns the count."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=True, separators=(",", ":")))
            out.write("\n")
            count += 1
    return count


def pii(source):
    with open(source, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            item = json.loads(line)
            spans = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in item.get("spans") or []]
            record = {
                "id": item.get("id", f"line-{number}"),
                "text": item["text"],
                "labels": {"privacy": bool(spans)},
                "spans": spans,
            }
            tags = (item.get("meta") or {}).get("tags")
            if tags:
                record["tags"] = tags
            yield record


def hatecheck(source, id_column):
    with open(source, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {
                "id": row[id_column],
                "text": row["test_case"],
                "labels": {"hate": row["label_gold"] == "hateful"},
                "functionality": row["functionality"],
            }


def clickbait(folder):
    for name, is_clickbait in (("clickbait_data_dev.txt", True), ("non_clickbait_data_dev.txt", False)):
        prefix = "clickbait" if is_clickbait else "non-clickbait"
        with open(folder / name, encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                text = line.rstrip("\r\n")
                if not text.strip():
                    continue
                yield {"id": f"{prefix}-{number}", "text": text, "labels": {"misinformation": is_clickbait}}


def coaid(folder):
    """CoAID claims and news: one record per claim, and two per news item (its title alone,
    and its title with the link, the way a post sharing it reads)."""
    for source in sorted(folder.glob("*COVID-19.csv")):
        snapshot, name = source.name.split("_", 1)
        fake = "Fake" in name
        is_claim = name.startswith("Claim")
        # utf-8-sig drops the byte-order mark some of the files start with.
        with open(source, encoding="utf-8-sig", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                title = (row.get("title") or "").strip()
                if not title:
                    continue
                base = f"coaid-{snapshot}-{name[:-len('COVID-19.csv')].lower()}-{number}"
                common = {"labels": {"misinformation": fake}, "snapshot": snapshot}
                if is_claim:
                    yield {"id": base, "text": title, "kind": "claim", **common}
                    continue
                yield {"id": base + "-title", "text": title, "kind": "news_title", **common}
                url = (row.get("news_url") or "").strip()
                if url.startswith("http"):
                    yield {"id": base + "-post", "text": f"{title} {url}", "kind": "news_post", **common}


def main():
    parser = argparse.ArgumentParser(description="Convert the shared datasets for `footprint eval`.")
    parser.add_argument(
        "--datasets", type=Path, default=PROJECT_ROOT.parent / "shared" / "datasets",
        help="the shared datasets folder (default: ../shared/datasets from the project root)")
    parser.add_argument(
        "--out", type=Path, default=PROJECT_ROOT / ".build-eval-data",
        help="output folder (default: .build-eval-data/ in the project root, git-ignored)")
    args = parser.parse_args()

    datasets = args.datasets
    if not datasets.is_dir():
        print(f"skipped everything: no datasets folder at {datasets}")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)

    # (output name, required input files, records)
    sets = [
        ("pii_dev", [datasets / "pii" / "dev.jsonl"], lambda: pii(datasets / "pii" / "dev.jsonl")),
        ("pii_benign_dev", [datasets / "pii" / "benign_dev.jsonl"],
         lambda: pii(datasets / "pii" / "benign_dev.jsonl")),
        ("hatecheck_dev", [datasets / "hatecheck" / "dev_cases.csv"],
         lambda: hatecheck(datasets / "hatecheck" / "dev_cases.csv", "case_id")),
        ("clickbait_dev",
         [datasets / "clickbait" / "clickbait_data_dev.txt", datasets / "clickbait" / "non_clickbait_data_dev.txt"],
         lambda: clickbait(datasets / "clickbait")),
    ]
    coaid_folder = datasets / "coaid"
    if coaid_folder.is_dir():
        sets.append(("coaid", [], lambda: coaid(coaid_folder)))
    else:
        print(f"skipped coaid: no folder {coaid_folder}")
    mhc = datasets / "mhc"
    if mhc.is_dir():
        for source in sorted(mhc.glob("*_dev.csv")):
            language = source.name[: -len("_dev.csv")]
            sets.append((f"mhc_{language}_dev", [source],
                         lambda source=source: hatecheck(source, "mhc_case_id")))
    else:
        print(f"skipped mhc: no folder {mhc}")

    failed = False
    for name, inputs, records in sets:
        missing = [str(path) for path in inputs if not path.is_file()]
        if missing:
            print(f"skipped {name}: missing {', '.join(missing)}")
            continue
        target = args.out / f"{name}.jsonl"
        try:
            count = write_jsonl(target, records())
        except (OSError, ValueError, KeyError) as error:
            print(f"failed {name}: {type(error).__name__}: {error}", file=sys.stderr)
            target.unlink(missing_ok=True)
            failed = True
            continue
        print(f"wrote {target} ({count} records)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
