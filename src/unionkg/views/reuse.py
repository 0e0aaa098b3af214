"""Pages of the previous build taken as they are when what they show has not changed.

A rebuild after one report changed used to render every page again (only the
layouts came from a cache): thousands of pages, most of them byte for byte
what the previous build wrote.  Each page now gets a *key*, a hash of
everything :func:`~unionkg.views.render.render_page` reads to make it (see
:func:`page_key`), under a fingerprint of the code and libraries that render
(:func:`pages_fingerprint`).  The cache (``.cache/pages.sqlite``, an
:class:`~unionkg.run.cache.ExtractionCache` like the other stages') maps a
key to the size and content hash of the file the previous build wrote;
when the previous output folder still holds that very file, it is hard-linked
into the new set (copied where links are not possible) instead of rendered.
Files are only ever replaced, never changed in place, so the two sets can
share them; a file edited since (another size or hash) is rendered afresh.
The entry holds no time, so the cache is byte-identical across builds too.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

from unionkg.views.memo import degree
from unionkg.views.names import display_name, report_name


@lru_cache(maxsize=1)
def pages_fingerprint() -> str:
    """A hash of what makes a page besides its input: the views package (code and
    templates), the name folding it embeds, the layout, and the libraries' versions."""
    from unionkg import __version__
    from unionkg.views.layout import layout_fingerprint

    digest = hashlib.sha256(f"unionkg {__version__} layout {layout_fingerprint()}\n".encode())
    for package in ("pyvis", "jinja2", "opencc-python-reimplemented"):
        try:
            digest.update(f"{package} {version(package)}\n".encode())
        except Exception:  # noqa: BLE001 - not installed under that name: its absence is part of the key
            digest.update(f"{package} -\n".encode())
    root = files("unionkg")
    parts: list[tuple[str, Any]] = [(f"views/{p.name}", p) for p in root.joinpath("views").iterdir()]
    parts += [(f"views/templates/{p.name}", p) for p in root.joinpath("views", "templates").iterdir()]
    parts += [(name, root.joinpath(name)) for name in ("names.py", "normalize.py")]
    for name, path in sorted(parts, key=lambda item: item[0]):
        if path.is_file() and not name.endswith((".pyc", ".pyo")):
            content = path.read_bytes()
            digest.update(f"{name} {len(content)}\n".encode())
            digest.update(content)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    if isinstance(value, tuple):
        return list(value)
    return str(value)


def _documents_of(evidence: Iterable[dict]) -> list[str]:
    return sorted({str(ev.get("document", "")) for ev in evidence or ()})


def _among(adjacent, keep: set[str]) -> Iterator[tuple[str, Any]]:
    """The (neighbour, edges) pairs of ``adjacent`` whose neighbour is in ``keep``, walking
    the shorter of the two: a body named in every report has a neighbour per report, and
    the pages showing it (each of those neighbours' own) hold a few hundred nodes at most."""
    if len(adjacent) > len(keep):
        return ((v, adjacent[v]) for v in keep if v in adjacent)
    return ((v, keyed) for v, keyed in adjacent.items() if v in keep)


class PageReuse:
    """The pages a build may take from the previous one, and the keys to tell which.

    ``cache`` has ``get_data`` / ``put_data`` (an ``ExtractionCache`` under
    :func:`pages_fingerprint`); ``previous`` is the previous output folder.
    """

    def __init__(self, cache, previous: str | os.PathLike | None) -> None:
        self.cache = cache
        self.previous = Path(previous) if previous is not None else None
        self.reused = 0
        self.rendered = 0
        self._graph: nx.MultiDiGraph | None = None
        self._nodes: dict[str, str] = {}
        self._edges: dict[tuple, str] = {}

    # ------------------------------------------------------------ keys
    def _for(self, graph: nx.MultiDiGraph) -> None:
        if graph is not self._graph:
            self._graph, self._nodes, self._edges = graph, {}, {}

    def _node(self, graph: nx.MultiDiGraph, node: str) -> str:
        """What a page reads of one node: its attributes, its degree in the whole graph
        (the size it is drawn at), its display name and the names of the reports it cites."""
        found = self._nodes.get(node)
        if found is None:
            data = graph.nodes[node]
            cited = {d: report_name(graph, d) for d in _documents_of(data.get("evidence"))}
            found = self._nodes[node] = hashlib.sha256(_json(
                [node, dict(data), degree(graph, node), display_name(graph, node), cited]
            ).encode("utf-8", "surrogatepass")).hexdigest()
        return found

    def _edge(self, graph: nx.MultiDiGraph, u: str, v: str, key: Any, data: dict) -> str:
        found = self._edges.get((u, v, key))
        if found is None:
            cited = {d: report_name(graph, d) for d in _documents_of(data.get("evidence"))}
            found = self._edges[(u, v, key)] = hashlib.sha256(_json(
                [u, v, key, dict(data), cited]).encode("utf-8", "surrogatepass")).hexdigest()
        return found

    def page_key(self, rel: str, graph: nx.MultiDiGraph, nodes: list[str], arguments: dict) -> str:
        """The key of the page ``rel`` showing ``nodes`` with ``render_page``'s other ``arguments``.

        Everything ``render_page`` reads goes in: the arguments as given, and
        of the graph the shown nodes (in order) and the edges among them, each
        with all its attributes, the display names and the cited reports'
        names, the nodes' degrees, and the graph's size (a page's total).
        """
        self._for(graph)
        keep = set(nodes)
        # the edges of ``graph.subgraph(nodes)``, read from the adjacency (a subgraph view is slow)
        edges = sorted(self._edge(graph, u, v, k, d) for u in keep for v, keyed in _among(graph.adj[u], keep)
                       for k, d in keyed.items())
        head = _json([rel, {k: v for k, v in arguments.items() if k != "layouts"}, len(graph)])
        digest = hashlib.sha256(head.encode("utf-8", "surrogatepass"))
        for part in [self._node(graph, n) for n in nodes] + ["|"] + edges:
            digest.update(part.encode())
        return digest.hexdigest()

    # ------------------------------------------------------------ files
    def take(self, key: str, rel: str, path: Path) -> bool:
        """Put the previous build's file for ``key`` at ``path``; False when there is none to take."""
        if self.previous is None:
            return False
        found = self.cache.get_data(key)
        if found is None:
            return False
        old = self.previous / rel
        try:
            stamp = json.loads(found)
            if old.stat().st_size != stamp["size"] or _sha256(old) != stamp["sha256"]:
                return False  # edited since the previous build wrote it
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(old, path)
            except OSError:
                shutil.copy2(old, path)
        except (OSError, ValueError, KeyError, TypeError):
            return False
        self.reused += 1
        return True

    def record(self, key: str, path: Path) -> None:
        """Remember the file just written for ``key``."""
        # the content's hash, not the file's time: the cache is an output too, byte-identical
        # across builds of the same input (a time would differ from build to build)
        self.cache.put_data(key, json.dumps({"size": path.stat().st_size, "sha256": _sha256(path)}))
        self.rendered += 1

    def close(self) -> None:
        self.cache.close()
