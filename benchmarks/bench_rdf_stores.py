"""Time build → write Turtle → named query on rdflib vs pyoxigraph (not a test).

    .venv/bin/python benchmarks/bench_rdf_stores.py --triples 1000000
    .venv/bin/python benchmarks/bench_rdf_stores.py --triples 1000000 --rdflib-max 100000

Synthetic union data: each report has its union, sub-unions, people holding
posts, events organised and attended, awards received and conferred, every
fact with an evidence sentence.  ``--rdflib-max`` measures rdflib on a smaller
graph when the full size would take too long.
"""
from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from unionkg.rdf import OxigraphStore, load_query, run_query, to_rdf, write_turtle
from unionkg.rdf.mapping import iter_quads

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "红梅建国丽萍小马华明芳军伟强秀英敏静磊洋勇艳杰娟涛"
EVENTS = ["教代会", "乒乓球比赛", "文艺晚会", "安全培训", "主题教育活动", "歌咏比赛", "职代会"]
AWARDS = ["先进职工之家", "五一劳动奖章", "优秀组织奖", "一等奖", "文明职工", "模范职工之家"]


def synthetic_graph(n_docs: int, seed: int = 7) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    docs = {}
    pos = 0

    def ev(doc, sentence):
        nonlocal pos
        pos += len(sentence)
        return {"document": doc, "source": f"corpus/{doc}.txt", "sentence": sentence,
                "start": pos - len(sentence), "end": pos}

    def node(nid, type_, label, doc, sentence):
        if nid not in g:
            g.add_node(nid, type=type_, label=label, aliases=[label], documents=[], evidence=[])
        d = g.nodes[nid]
        if doc not in d["documents"]:
            d["documents"] = sorted(d["documents"] + [doc])
        d["evidence"].append(ev(doc, sentence))

    def edge(u, v, t, doc, sentence):
        if not g.has_edge(u, v, key=t):
            g.add_edge(u, v, key=t, type=t, evidence=[])
        g.edges[u, v, t]["evidence"].append(ev(doc, sentence))

    for i in range(n_docs):
        doc = f"doc-{i:06d}"
        pos = 0
        city = f"第{i % 97}市"
        union = f"ORG:{city}第{i}小学工会"
        node(union, "ORG", f"{city}第{i}小学工会", doc, f"{city}第{i}小学工会工作总结。")
        parent = f"ORG:{city}教育工会"
        node(parent, "ORG", f"{city}教育工会", doc, f"在{city}教育工会领导下开展工作。")
        edge(union, parent, "SUBORDINATE_OF", doc, f"我校工会在{city}教育工会领导下开展工作。")
        for j in range(3):
            sub = f"ORG:{city}第{i}小学第{j}分会"
            node(sub, "ORG", f"{city}第{i}小学第{j}分会", doc, f"第{j}分会活跃。")
            edge(sub, union, "SUBORDINATE_OF", doc, f"第{j}分会隶属校工会。")
        people = []
        for j in range(5):
            name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN) + str(i)
            p = f"PER:{name}"
            people.append(p)
            node(p, "PER", name, doc, f"工会委员{name}认真负责。")
            edge(p, union, "POSITION", doc, f"{city}第{i}小学工会主席{name}主持工作。")
        for j, kind in enumerate(rnd.sample(EVENTS, 4)):
            e = f"EVENT:2019年{city}第{i}届{kind}"
            node(e, "EVENT", e[6:], doc, f"举办2019年{kind}。")
            edge(union, e, "ORGANIZED", doc, f"我校工会组织{kind}。")
            for p in rnd.sample(people, 2):
                edge(p, e, "PARTICIPATED_IN", doc, f"{p[4:]}参加{kind}。")
        for j, award in enumerate(rnd.sample(AWARDS, 3)):
            a = f"AWARD:{city}{award}"
            node(a, "AWARD", a[6:], doc, f"荣获{city}{award}。")
            winner = rnd.choice([union] + people)
            edge(winner, a, "RECEIVED", doc, f"{winner[4:]}荣获{city}{award}。")
            edge(a, parent, "AWARDED_BY", doc, f"{city}教育工会授予{award}。")
        docs[doc] = {"id": doc, "source": f"corpus/{doc}.txt", "sha256": "0" * 64,
                     "title": f"{city}第{i}小学工会工作总结", "author": union, "encoding": "utf-8",
                     "chars": pos}
    g.graph["documents"] = docs
    return g


def timed(fn):
    gc.collect()
    t = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t


def measure(graph, engine: str, out: Path, query: str) -> dict:
    if engine == "rdflib":
        ds, t_build = timed(lambda: to_rdf(graph, "bench"))
        _, t_write = timed(lambda: write_turtle(ds, out / "rdflib.ttl"))
        (_, rows), t_query = timed(lambda: run_query(ds, query))
        n = sum(len(g) for g in ds.graphs())
        store = None
    else:
        ds = None
        store, t_build = timed(lambda: OxigraphStore.from_graph(graph, "bench"))
        _, t_write = timed(lambda: store.write_turtle(out / "oxigraph.ttl"))
        (_, rows), t_query = timed(lambda: run_query(store, query))  # builds the merged union once
        n = len(store)
    (_, rows), t_again = timed(lambda: run_query(ds if engine == "rdflib" else store, query))
    return {"engine": engine, "quads": n, "build": t_build, "write": t_write,
            "query": t_query, "again": t_again, "rows": len(rows)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--rdflib-max", type=int, default=None,
                    help="measure rdflib on a graph of at most this many triples")
    ap.add_argument("--query", default="awards")
    args = ap.parse_args(argv)

    per_doc = len(set(iter_quads(synthetic_graph(20), "bench"))) / 20
    query = load_query(args.query)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        sizes = {"oxigraph": args.triples, "rdflib": min(args.triples, args.rdflib_max or args.triples)}
        graphs = {}
        for engine in ("oxigraph", "rdflib"):
            n_docs = max(1, round(sizes[engine] / per_doc))
            graph = graphs.get(n_docs) or graphs.setdefault(n_docs, synthetic_graph(n_docs))
            r = measure(graph, engine, out, query)
            r["docs"] = n_docs
            r["mb"] = (out / f"{engine}.ttl").stat().st_size / 1e6
            results.append(r)
            print(f"  {engine}: done", file=sys.stderr)
    print(f"query: {args.query}")
    print(f"{'engine':9} {'docs':>7} {'quads':>10} {'build s':>8} {'write ttl s':>11} {'ttl MB':>7} "
          f"{'query s':>8} {'again s':>8} {'rows':>7}")
    for r in results:
        print(f"{r['engine']:9} {r['docs']:>7} {r['quads']:>10} {r['build']:>8.2f} {r['write']:>11.2f} "
              f"{r['mb']:>7.1f} {r['query']:>8.2f} {r['again']:>8.2f} {r['rows']:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
