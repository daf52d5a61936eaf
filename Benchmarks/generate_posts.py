#!/usr/bin/env python3
"""Writes a JSON Lines corpus of synthetic social posts for throughput benchmarks.

Realistic in shape, not in content: URLs, mentions, hashtags, emoji, some personal data, some
profanity, and posts in non-Latin scripts, drawn from word lists written here. Deterministic for
a given --seed. Usage: generate_posts.py --mb 50 --out posts.jsonl
"""
import argparse
import json
import random

WORDS = (
    "the a to and of in is it you that for on with this was are have be at so just not but my your we "
    "they what all can out about get like one if more when up time day new now people today good great "
    "love work week night home back think know really going first last team game show news life family "
    "friends coffee morning weekend project launch update release meeting city weather train music movie "
    "book photo trip summer winter happy thanks finally again never always best worst amazing tired"
).split()
HASHTAGS = ["#tbt", "#mondaymood", "#travel", "#tech", "#nofilter", "#football", "#food", "#art", "#devlife", "#news"]
EMOJI = ["😂", "❤️", "🔥", "👍🏽", "🎉", "🙏", "😭", "✨", "👩‍👩‍👧", "🇫🇷", "☕", "🤦‍♀️"]
DOMAINS = ["example.com", "news.example.org", "blog.example.net", "bit.ly", "youtube.com", "example.co.uk"]
NON_LATIN = [
    "今日はとても良い天気ですね", "สวัสดีครับ วันนี้อากาศดี", "Привет всем, как дела", "مرحبا بالجميع",
    "שלום לכולם", "안녕하세요 여러분", "Γειά σου κόσμε", "नमस्ते दोस्तों",
]
PROFANE = ["damn", "shit", "wtf", "bullshit", "crap"]
FIRST = ["Alex", "Maria", "Sam", "Jordan", "Priya", "Lena", "Tom", "Chen", "Fatima", "Lucas"]


def personal(rng):
    kind = rng.randrange(6)
    if kind == 0:
        return f"mail me at {rng.choice(FIRST).lower()}{rng.randrange(100)}@example.com"
    if kind == 1:
        return f"call {rng.randrange(200, 999)}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
    if kind == 2:
        return f"we live at {rng.randrange(1, 9999)} Oak Street, Springfield, IL {rng.randrange(10000, 99999)}"
    if kind == 3:
        return f"away until {rng.choice(['Monday', 'Friday', 'the 12th'])}, house is empty"
    if kind == 4:
        return f"server at 10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}"
    return f"{rng.choice(FIRST)} will pick up the kids"


def post(rng):
    parts = []
    for _ in range(rng.randrange(8, 40)):
        r = rng.random()
        if r < 0.03:
            parts.append(rng.choice(HASHTAGS))
        elif r < 0.05:
            parts.append("@" + rng.choice(FIRST).lower() + str(rng.randrange(100)))
        elif r < 0.07:
            parts.append(rng.choice(EMOJI))
        elif r < 0.08:
            parts.append(f"https://{rng.choice(DOMAINS)}/{rng.randrange(10**6)}")
        elif r < 0.085:
            parts.append(rng.choice(PROFANE))
        else:
            parts.append(rng.choice(WORDS))
    text = " ".join(parts).capitalize() + rng.choice([".", "!", "!!!", "?", ""])
    if rng.random() < 0.08:
        text += " " + personal(rng)
    if rng.random() < 0.05:
        text = rng.choice(NON_LATIN) + " " + text
    if rng.random() < 0.02:
        text = text.upper()
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    limit = int(args.mb * 1_000_000)
    written = 0
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        while written < limit:
            line = json.dumps({"id": f"p{n}", "text": post(rng)}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"wrote {args.out}: {n} posts, {written / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
