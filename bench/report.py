#!/usr/bin/env python3
"""results.tsv -> a Markdown table per size with ratios against the anchors."""
import csv
import sys


def num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def ratio(a, b):
    a, b = num(a), num(b)
    return "%.1f×" % (a / b) if a is not None and b else "–"


rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
for r in rows:
    print("### %s entries (%.1f MB Markdown, %s distinct words)\n" % (
        r["size"], float(r["md_bytes"]) / 1e6, r["distinct_words"]))
    print("| measure | Lessenbank | anchor | ratio |")
    print("|---|---:|---:|---:|")
    print("| full index, entries/s | %s | omindex %s | %s |" % (r["entries_per_s"], r["omindex_per_s"], ratio(r["entries_per_s"], r["omindex_per_s"])))
    print("| full index, entries/s (Recoll) | %s | Recoll %s | %s |" % (r["entries_per_s"], r.get("recoll_per_s"), ratio(r["entries_per_s"], r.get("recoll_per_s"))))
    print("| full index time, s | %s | omindex %s, Recoll %s | |" % (r["index_s"], r["omindex_s"], r.get("recoll_s")))
    if r.get("before_index_s", "-") != "-":
        print("| before: full index s, entries/s, peak MB | %s, %s, %s | | |" % (r["before_index_s"], r["before_per_s"], r["before_peak_mb"]))
        print("| before: HTTP 1 conn p50 ms; 8 conn req/s; HTML page p50 ms | %s; %s; %s | | |" % (r["before_http1_p50"], r["before_http8_rps"], r["before_html1_p50"]))
        print("| before: search in-process p50 / p99 ms; index on disk / Markdown | %s / %s; %s | | |" % (
            r.get("before_inproc_p50", "-"), r.get("before_inproc_p99", "-"), r.get("before_size_ratio", "-")))
    print("| machine load (1/5/15 min) at the end of this size | %s | | |" % r.get("load"))
    print("| peak indexer memory, MB | %s | | |" % r["peak_mb"])
    print("| re-index, nothing changed, s | %s | | |" % r["reindex_s"])
    print("| re-index after one changed file, s | %s | | |" % r["one_change_s"])
    print("| index on disk / Markdown | %s | | |" % r["size_ratio"])
    print("| search in-process p50 / p99, ms | %s / %s | raw Xapian %s / %s | %s / %s |" % (
        r["inproc_p50"], r["inproc_p99"], r["raw_p50"], r["raw_p99"], ratio(r["inproc_p50"], r["raw_p50"]), ratio(r["inproc_p99"], r["raw_p99"])))
    for c in ("1", "8", "32"):
        print("| HTTP /api/search, %s conn: req/s, p50 / p99 ms | %s, %s / %s | raw Xapian %s / %s | %s / %s |" % (
            c, r["http%s_rps" % c], r["http%s_p50" % c], r["http%s_p99" % c], r["raw_p50"], r["raw_p99"],
            ratio(r["http%s_p50" % c], r["raw_p50"]), ratio(r["http%s_p99" % c], r["raw_p99"])))
    print("| HTML result page, 1 conn: p50 / p99 ms | %s / %s | omega CGI %s | %s faster |" % (
        r["html1_p50"], r["html1_p99"], r["omega_p50"], ratio(r["omega_p50"], r["html1_p50"])))
    print("| suggest as you type, 1 conn: p50 ms | %s | | |" % r["suggest1_p50"])
    print("| server RSS after load / after HTTP runs, MB | %s / %s | | |" % (r["rss_load_mb"], r["rss_after_mb"]))
    print()
