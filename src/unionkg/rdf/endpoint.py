"""Push a TriG file to a SPARQL 1.1 Graph Store HTTP Protocol endpoint (urllib only)."""
from __future__ import annotations

import os
import urllib.error
import urllib.request
from urllib.parse import quote

from rdflib import Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID


class LoadError(RuntimeError):
    """The endpoint refused a graph or could not be reached."""


def _url(endpoint: str, graph: str | None) -> str:
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}default" if graph is None else f"{endpoint}{sep}graph={quote(graph, safe='')}"


def load(trig_path: str | os.PathLike, endpoint_url: str, *, timeout: float = 60.0,
         headers: dict[str, str] | None = None) -> dict[str, int]:
    """PUT every named graph of ``trig_path`` to ``endpoint_url?graph=IRI`` (replacing it).

    ``endpoint_url`` is the Graph Store endpoint (oxigraph: ``http://host:port/store``).
    Triples of the default graph, if any, go to ``?default``.  Returns
    ``{graph IRI or "default": triple count}``.
    """
    ds = Dataset()
    ds.parse(str(trig_path), format="trig")
    sent: dict[str, int] = {}
    for ctx in sorted(ds.graphs(), key=lambda c: str(c.identifier)):
        if len(ctx) == 0:
            continue
        is_default = ctx.identifier == DATASET_DEFAULT_GRAPH_ID
        name = None if is_default else str(ctx.identifier)
        body = ctx.serialize(format="nt", encoding="utf-8")
        request = urllib.request.Request(
            _url(endpoint_url, name), data=body, method="PUT",
            headers={"Content-Type": "application/n-triples", **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()[:1]
            raise LoadError(f"{exc.code} {exc.reason} for graph {name or 'default'}"
                            + (f": {detail[0]}" if detail else "")) from None
        except (urllib.error.URLError, OSError) as exc:
            raise LoadError(f"cannot reach {endpoint_url}: {getattr(exc, 'reason', exc)}") from None
        sent[name or "default"] = len(ctx)
    return sent
