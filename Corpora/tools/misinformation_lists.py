#!/usr/bin/env python3
"""Derive the misinformation pack's domain lists from the shared resources.

    python3 Corpora/tools/misinformation_lists.py [--datasets DIR]

Writes Rules/misinformation/lexicons/:
- low-quality-domains.txt     news domains with a quality score (pc1, Lin et al. 2023) below 0.3
- questionable-domains.txt    pc1 from 0.3 to below 0.5
- unreliable-domains.txt      OpenSources (2017) fake, conspiracy, junk-science, rumour, hate and
                              unreliable sites that Lin et al. do not rate (their newer rating wins)
- satire-domains.txt          OpenSources satire sites not rated 0.5 or more (left out of the
                              two lists above)
- url-shorteners.txt          PeterDaveHello/url-shorteners, less the shorteners of one known site
- hyperbolic.txt              the clickbait hyperbolic words (Chakraborty et al. 2016), less the
                              words with a plain sense in news (plain-words.txt)
A line "!host" keeps a well-rated subdomain (pc1 0.5 or more) from matching its listed parent.
Platforms (social networks, video and blog hosts, aggregators, search) are rated too but carry
anyone's posts, so they are never listed as a whole (platforms.txt, written for Footprint); a
rated page on one ("facebook.com/somepage") is kept. Standard library only; the output is
deterministic, so re-running it on the same inputs changes nothing.
"""

import argparse
import csv
import json
import re
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
OUT = PROJECT_ROOT / "Rules" / "misinformation" / "lexicons"
LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
UNRELIABLE_TYPES = {"fake", "fake news", "conspiracy", "junksci", "rumor", "unreliable", "unrealiable", "hate"}


def normalize(entry):
    """A list entry as the rule engine reads it ("host" or "host/path"), or None."""
    text = entry.strip().lower()
    for prefix in ("https://", "http://"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    if text.startswith("www."):
        text = text[4:]
    text = text.rstrip("/")
    host, _, path = text.partition("/")
    labels = host.split(".")
    if len(labels) < 2 or not all(LABEL.match(label) for label in labels):
        return None
    if path and any(c in path for c in " ?#"):
        return None
    return f"{host}/{path}" if path else host


def read_list(path):
    with open(path, encoding="utf-8") as lines:
        return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def under(host, roots):
    """True when `host` is one of `roots` or a subdomain of one."""
    return any(host == root or host.endswith("." + root) for root in roots)


def under_any_parent(host, roots):
    """True when a proper parent domain of `host` is one of `roots`."""
    labels = host.split(".")
    return any(".".join(labels[k:]) in roots for k in range(1, len(labels) - 1))


def write(name, header, entries):
    path = OUT / name
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in header:
            out.write(f"# {line}\n" if line else "#\n")
        for entry in sorted(set(entries)):
            out.write(entry + "\n")
    print(f"wrote {path.relative_to(PROJECT_ROOT)} ({len(set(entries))} entries)")


def main():
    parser = argparse.ArgumentParser(description="Derive the misinformation pack's domain lists.")
    parser.add_argument("--datasets", type=Path, default=PROJECT_ROOT.parent / "shared" / "datasets")
    args = parser.parse_args()
    resources = args.datasets / "resources"
    if not resources.is_dir():
        print(f"no resources folder at {resources}", file=sys.stderr)
        return 1
    platforms = read_list(OUT / "platforms.txt")
    brand_shorteners = read_list(OUT / "brand-shorteners.txt")

    # Lin et al. 2023: pc1 in [0, 1]; a platform's own rating is dropped, a page on it kept.
    rated = {}
    with open(resources / "domain-quality" / "data_domain_pc1.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            entry = normalize(row["domain"])
            if entry is None:
                continue
            host, _, path = entry.partition("/")
            if not path and under(host, platforms):
                continue
            rated[entry] = min(float(row["pc1"]), rated.get(entry, 1.0))
    # OpenSources 2017: satire sites not rated well by Lin et al. (taken out of their low-quality
    # lists: a joke is not a low-quality news story), and the unreliable sites Lin et al. do not
    # rate (their newer rating wins).
    with open(resources / "opensources" / "sources.json", encoding="utf-8") as handle:
        sources = json.load(handle)
    unreliable, satire = [], []
    for domain, info in sources.items():
        entry = normalize(domain)
        if entry is None or under(entry.partition("/")[0], platforms):
            continue
        types = {(info.get(key) or "").strip().lower() for key in ("type", "2nd type", "3rd type")}
        if "satire" in types or "satirical" in types:
            if rated.get(entry, 0.0) < 0.5:
                satire.append(entry)
        elif types & UNRELIABLE_TYPES and entry not in rated:
            unreliable.append(entry)
    low = [entry for entry, pc1 in rated.items() if pc1 < 0.3 and entry not in satire]
    questionable = [entry for entry, pc1 in rated.items() if 0.3 <= pc1 < 0.5 and entry not in satire]
    # A subdomain matches its listed parent unless it is rated well itself: "!host" lines say so.
    well_rated = [entry for entry, pc1 in rated.items() if pc1 >= 0.5 and "/" not in entry]

    def with_exclusions(entries):
        hosts = {entry for entry in entries if "/" not in entry}
        excluded = [f"!{host}" for host in well_rated if host not in hosts and under_any_parent(host, hosts)]
        return entries + excluded

    low, questionable, unreliable, satire = map(with_exclusions, (low, questionable, unreliable, satire))

    # A shortener that is a platform or a rated news site (dw.com) does not hide a destination.
    shorteners = []
    for line in read_list(resources / "url-shorteners" / "list"):
        entry = normalize(line)
        if entry and "/" not in entry and entry not in brand_shorteners and entry not in rated and not under(entry, platforms):
            shorteners.append(entry)

    plain = set(read_list(OUT / "plain-words.txt"))
    hyperbolic = [word.lower() for word in read_list(resources / "clickbait-hyperbolic.txt") if word.lower() not in plain]

    lin = ["Derived from the news-domain quality ratings of Lin, Lasser, Lewandowsky, Cole, Gully, Rand",
           "and Pennycook, 'High level of correspondence across different news domain quality rating",
           "sets', PNAS Nexus 2(9), 2023 (https://doi.org/10.1093/pnasnexus/pgad286); reuse invited by",
           "the authors. Platforms (platforms.txt) are left out. Generated by",
           "Corpora/tools/misinformation_lists.py: do not edit by hand."]
    write("low-quality-domains.txt", ["News domains rated below 0.3 (pc1, 0 = lowest quality).", ""] + lin, low)
    write("questionable-domains.txt", ["News domains rated from 0.3 to below 0.5 (pc1).", ""] + lin, questionable)
    opensources = ["Derived from OpenSources (2017, https://github.com/OpenSourcesGuide), LGPL-3.0: sites",
                   "Lin et al. 2023 do not rate. Generated by Corpora/tools/misinformation_lists.py: do not",
                   "edit by hand."]
    write("unreliable-domains.txt",
          ["Sites tagged fake, conspiracy, junk science, rumour, hate or unreliable.", ""] + opensources, unreliable)
    write("satire-domains.txt", ["Satire sites.", ""] + opensources, satire)
    write("url-shorteners.txt",
          ["URL shorteners: the link hides where it goes.", "",
           "Derived from PeterDaveHello/url-shorteners (https://github.com/PeterDaveHello/url-shorteners),",
           "CC BY-SA 4.0; shorteners of one known site (brand-shorteners.txt) left out. Generated by",
           "Corpora/tools/misinformation_lists.py: do not edit by hand."], shorteners)
    write("hyperbolic.txt",
          ["Hyperbolic words of clickbait headlines.", "",
           "Derived from the hyperbolic-word list of Chakraborty, Paranjape, Kakarla and Ganguly, 'Stop",
           "Clickbait', ASONAM 2016 (https://github.com/bhargaviparanjape/clickbait), MIT; words with a",
           "plain sense in news (plain-words.txt) left out. Generated by",
           "Corpora/tools/misinformation_lists.py: do not edit by hand."], hyperbolic)
    return 0


if __name__ == "__main__":
    sys.exit(main())
