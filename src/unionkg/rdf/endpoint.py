"""Push a TriG file to a SPARQL 1.1 Graph Store HTTP Protocol endpoint (urllib only)."""
from __future__ import annotations

import os
import urllib.error
import urllib.request
from urllib.parse import quote, urlsplit

from rdflib import Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from unionkg.messages import one_line
from unionkg.rdf.inputs import located


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
    scheme = urlsplit(endpoint_url).scheme.lower()
    if scheme not in ("http", "https") or not urlsplit(endpoint_url).netloc:
        raise LoadError(f"--endpoint {one_line(endpoint_url)!r}: not an http(s) URL "
                        "(e.g. http://localhost:7878/store)")
    ds = Dataset()
    try:
        ds.parse(str(trig_path), format="trig")
    except Exception as exc:  # BadSyntax, IndexError, UnicodeDecodeError … from rdflib
        raise LoadError(str(located(trig_path, exc))) from None
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
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise LoadError(f"cannot reach {endpoint_url}: {getattr(exc, 'reason', exc)}") from None
        sent[name or "default"] = len(ctx)
    return sent
