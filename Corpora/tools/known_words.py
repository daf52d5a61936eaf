#!/usr/bin/env python3
"""Writes Rules/hate/lexicons/known-words.txt: the most frequent words of each Latin-script
language Footprint's hate rules cover, so that fuzzy matching never reads a real word as a
misspelt term ("hat" is not "hate", "killer" is not "kill" + "er").

Needs the wordfreq package (pip install wordfreq); its word lists are CC BY-SA 4.0, see
Rules/NOTICE.md. Run from the project root: python3 Corpora/tools/known_words.py
"""
import re
import sys

try:
    import wordfreq
except ImportError:
    sys.exit("needs wordfreq: pip install wordfreq")

# Words per language: English posts are the most common, so English gets the most.
SIZES = {"en": 40000, "de": 20000, "fr": 20000, "es": 20000, "it": 20000, "pt": 20000, "nl": 20000, "pl": 20000}
WORD = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)?$")


def main():
    words = set()
    for language, size in SIZES.items():
        for word in wordfreq.top_n_list(language, size):
            if len(word) >= 3 and WORD.match(word):
                words.add(word.lower().replace("ß", "ss"))
    path = "Rules/hate/lexicons/known-words.txt"
    with open(path, "w", encoding="utf-8") as out:
        out.write("# Frequent words of en, de, fr, es, it, pt, nl, pl: never read as misspelt terms.\n")
        out.write("# Derived from wordfreq 3.1 (Robyn Speer, CC BY-SA 4.0) by Corpora/tools/known_words.py.\n")
        for word in sorted(words):
            out.write(word + "\n")
    print(f"{path}: {len(words)} words")


if __name__ == "__main__":
    main()
