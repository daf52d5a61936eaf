#!/usr/bin/env python3
"""Write a synthetic X/Twitter archive file (tweets.js) of N posts for the audit benchmark.

    python3 Benchmarks/generate_archive.py --posts 100000 --out .build/bench-tweets.js

Shaped like the official archive: `window.YTD.tweets.part0 = [{"tweet": {...}}, ...]`, ids and
counts as strings, t.co links with their expanded URLs, dates like "Fri Feb 20 09:10:58 +0000
2026"; one post in 50 holds a phone number. Deterministic (seeded). Standard library only.
"""
import argparse
import json
import random

WORDS = ("the a lunch meeting today train station coffee great weekend project team launch garden dog "
         "walk rain sunny book film music city park new job friends family holiday beach").split()
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(7)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("window.YTD.tweets.part0 = [")
        for i in range(args.posts):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 30)))
            urls = []
            if i % 50 == 0:
                text += " call me on 415-555-%04d" % (i % 10000)
            if i % 70 == 0:
                short = "https://t.co/b%07d" % i
                text += " " + short
                urls.append({"url": short, "expanded_url": "https://example.com/%d" % i, "display_url": "example.com",
                             "indices": ["0", "23"]})
            tweet = {"tweet": {
                "id_str": str(10**17 + i), "id": str(10**17 + i), "full_text": text, "lang": "en",
                "created_at": "Fri %s %02d 09:10:58 +0000 %d" % (MONTHS[i % 12], 1 + i % 28, 2010 + i % 16),
                "favorite_count": "0", "retweet_count": "0",
                "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": urls}}}
            out.write(("," if i else "") + "\n  " + json.dumps(tweet))
        out.write("\n]\n")


if __name__ == "__main__":
    main()
