#!/usr/bin/env python3
"""The JSON lines of side-by-side.sh (one file per corpus size) as Markdown tables: CqoDocs against Lucene
SmartCN and CJK, build and size, then p50 / p99 per filter variant at the search and search+fetch levels.
   table.py OUT/5000.jsonl OUT/50000.jsonl ..."""
import json, sys

SIDES = [("cqodocs", "CqoDocs"), ("lucene-smartcn", "Lucene SmartCN"), ("lucene-cjk", "Lucene CJK")]
VARIANTS = ["unfiltered", "topic", "region", "kind", "year", "combined"]


def ms(us):
    return f"{us / 1000:.2f}" if us >= 1000 else f"{us / 1000:.3f}"


def table(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.startswith("{")]
    build = {r["peer"].removesuffix("-index"): r for r in rows if r["peer"].endswith("-index")}
    meta = {r["peer"].removesuffix("-query-meta"): r for r in rows if r["peer"].endswith("-query-meta")}
    query = {(r["peer"].removesuffix("-query"), r["variant"], r["level"]): r for r in rows if r["peer"].endswith("-query")}
    units = next(iter(build.values()))["units"] if build else "?"
    out = [f"#### {units:,} units" if isinstance(units, int) else f"#### {units} units", ""]
    out.append("| | " + " | ".join(name for _, name in SIDES) + " |")
    out.append("|---|" + "---|" * len(SIDES))
    def cell(side, get):
        try:
            return get(side)
        except (KeyError, StopIteration):
            return "—"
    out.append("| build (s) | " + " | ".join(cell(s, lambda s: f"{build[s]['index_build_s_median']:.1f}") for s, _ in SIDES) + " |")
    out.append("| index (MB) | " + " | ".join(cell(s, lambda s: f"{build[s]['index_bytes'] / 1e6:.1f}") for s, _ in SIDES) + " |")
    out.append("| peak memory, build / queries (MB) | " + " | ".join(
        cell(s, lambda s: f"{build[s]['peak_rss_mb']} / {meta[s]['peak_rss_mb']}") for s, _ in SIDES) + " |")
    for level in ["search", "search+fetch", "facets"]:
        for v in VARIANTS:
            if not any((s, v, level) in query for s, _ in SIDES):
                continue
            out.append(f"| {level}, {v}: p50 / p99 (ms) | " + " | ".join(
                cell(s, lambda s: f"{ms(query[(s, v, level)]['p50_us_median'])} / {ms(query[(s, v, level)]['p99_us_median'])}")
                for s, _ in SIDES) + " |")
    return "\n".join(out) + "\n"


print("\n".join(table(p) for p in sys.argv[1:]))
