#!/usr/bin/env python3
"""Deterministic synthetic corpus for benchmarks, in Lessenbank's own format.

    generate.py <count> <out-dir> [--seeds DIR] [--words FILE] [--seed N]

Sentences come from the source texts in shared/seeds; a share of the words is
replaced by words from a real Dutch word list (Debian's wdutch), drawn from a
pool that grows with the corpus, so the vocabulary grows as it does in real
text. Prints the number of entries, bytes and distinct words.
"""
import argparse
import os
import random
import re

TYPES = ["les", "casus", "strategie", "vraagset", "begrip", "bevinding", "notitie"]
THEMES = ["participatie", "dso", "regionale-samenwerking", "organisatieontwikkeling"]
DOMAINS = ["fysiek", "sociaal", "beide"]
ORGS = ["Gemeente Borne", "Gemeente Breda", "Gemeente Almelo", "Omgevingsdienst Regio Arnhem", "VNG",
        "Ministerie van BZK", "Provincie Utrecht", "Waterschap Rivierenland", "Gemeente Kampen"]


def source_files(seeds_dir, corpus_dir):
    """The seed texts; where shared/seeds is not beside the checkout, the
    bundled corpus (itself written from those seeds) stands in."""
    if os.path.isdir(seeds_dir):
        return [os.path.join(seeds_dir, n) for n in sorted(os.listdir(seeds_dir)) if n.endswith(".txt")]
    found = []
    for root, _, names in sorted(os.walk(corpus_dir)):
        found += [os.path.join(root, n) for n in sorted(names) if n.endswith(".md")]
    return found


def load_sentences(files):
    sentences = []
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = re.sub(r"\s+", " ", f.read())
        for s in re.split(r"(?<=[.!?])\s+", text):
            words = s.split()
            if 6 <= len(words) <= 40 and not any(c in s for c in "|{}<>#*[]"):
                sentences.append(words)
    return sentences


def load_words(path):
    words = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w.isalpha() and 3 <= len(w) <= 18:
                words.append(w)
    return words


def yaml_quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("count", type=int)
    ap.add_argument("out")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--seeds", default=os.path.join(here, "..", "..", "shared", "seeds"))
    ap.add_argument("--words", default="/usr/share/dict/dutch")
    ap.add_argument("--seed", type=int, default=20261130)
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))

    rnd = random.Random(args.seed)
    sentences = load_sentences(source_files(args.seeds, os.path.join(here, "..", "corpus")))
    dictionary = load_words(args.words)
    rnd.shuffle(dictionary)
    # The pool of dictionary words in use grows with the corpus (Heaps' law).
    pool_size = min(len(dictionary), int(60 * args.count ** 0.75) + 500)
    pool = dictionary[:pool_size]

    vocabulary = set()
    total = 0
    for i in range(args.count):
        n_sent = rnd.randint(8, 30)
        paragraphs, para = [], []
        for _ in range(n_sent):
            words = list(rnd.choice(sentences))
            for k in range(len(words)):
                if rnd.random() < 0.15:
                    words[k] = rnd.choice(pool)
            para.append(" ".join(words))
            if len(para) >= rnd.randint(3, 6):
                paragraphs.append(" ".join(para))
                para = []
        if para:
            paragraphs.append(" ".join(para))
        title_words = rnd.choice(sentences)[: rnd.randint(4, 9)]
        title = " ".join(w.strip(".,;:") for w in title_words).capitalize() + " " + rnd.choice(pool)
        summary = " ".join(rnd.choice(sentences))
        themes = rnd.sample(THEMES, rnd.randint(1, 2))
        ident = "gen-%06d" % i
        body = ""
        for p, text in enumerate(paragraphs):
            if p and p % 2 == 0:
                body += "## " + " ".join(rnd.choice(sentences)[:4]) + "\n\n"
            body += text + "\n\n"
        body += "Zie ook [een verwant item](id:gen-%06d).\n" % rnd.randrange(max(1, i)) if i else ""
        doc = ("---\nid: %s\ntitel: %s\ntype: %s\nthemas: [%s]\nsamenvatting: %s\nbron:\n  document: bron-gen\n"
               "  sectie: \"%d\"\norganisaties: [%s]\ndomein: %s\njaar: %d\n---\n\n%s") % (
            ident, yaml_quote(title), rnd.choice(TYPES), ", ".join(themes), yaml_quote(summary), rnd.randint(1, 9),
            rnd.choice(ORGS), rnd.choice(DOMAINS), rnd.randint(2015, 2026), body)
        folder = os.path.join(args.out, "d%03d" % (i // 1000))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, ident + ".md"), "w", encoding="utf-8") as f:
            f.write(doc)
        total += len(doc.encode("utf-8"))
        vocabulary.update(w.lower() for w in re.findall(r"\w+", doc))
    print("entries %d bytes %d distinct_words %d" % (args.count, total, len(vocabulary)))


if __name__ == "__main__":
    main()
