"""Reading an RDF file the user names, with one-line errors that say where it broke.

rdflib's parsers fail in many ways on a truncated or garbage file
(``BadSyntax`` over several lines, ``IndexError: string index out of
range``, ``UnicodeDecodeError``), none of them naming the file and most of
them no line.  When rdflib fails, the file is parsed again by Oxigraph, whose
errors carry the line and column, and the result is one
:class:`RdfInputError`: ``graph.ttl: line 3: Unexpected end of file``.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pyoxigraph as ox

from unionkg.messages import first_line, one_line

#: file suffix → (rdflib format, Oxigraph format)
FORMATS = {".ttl": ("turtle", ox.RdfFormat.TURTLE), ".trig": ("trig", ox.RdfFormat.TRIG),
           ".jsonld": ("json-ld", ox.RdfFormat.JSON_LD), ".json": ("json-ld", ox.RdfFormat.JSON_LD),
           ".nq": ("nquads", ox.RdfFormat.N_QUADS), ".nt": ("nt", ox.RdfFormat.N_TRIPLES)}

_OX_WHERE = re.compile(r"^Parser error (?:at|between) line (\d+) column \d+(?: and line \d+ column \d+)?:\s*")


class RdfInputError(ValueError):
    """An RDF file that cannot be read; the message is one line naming the file (and line)."""


def rdf_format(path: str | os.PathLike) -> str:
    """The rdflib format name for ``path``'s suffix (Turtle when unknown)."""
    return FORMATS.get(Path(path).suffix.lower(), ("turtle", None))[0]


def located(path: str | os.PathLike, exc: BaseException) -> RdfInputError:
    """The error to raise for ``path`` after rdflib failed with ``exc``."""
    if isinstance(exc, OSError) and not isinstance(exc, UnicodeError):
        return RdfInputError(f"{one_line(path)}: unreadable ({exc.strerror or first_line(exc)})")
    fmt = FORMATS.get(Path(path).suffix.lower(), (None, ox.RdfFormat.TURTLE))[1]
    try:
        for _ in ox.parse(path=str(path), format=fmt):
            pass
    except SyntaxError as ox_exc:
        message = first_line(ox_exc)
        match = _OX_WHERE.match(message)
        line = match.group(1) if match else getattr(ox_exc, "lineno", None)
        reason = message[match.end():] if match else message
        where = f" line {line}:" if line else ""
        return RdfInputError(f"{one_line(path)}:{where} not valid RDF ({reason})")
    except (OSError, ValueError) as ox_exc:
        return RdfInputError(f"{one_line(path)}: not valid RDF ({first_line(ox_exc)})")
    line = getattr(exc, "lines", None)  # rdflib's BadSyntax
    where = f" line {line}:" if isinstance(line, int) else ""
    reason = first_line(getattr(exc, "_why", None) or exc)
    return RdfInputError(f"{one_line(path)}:{where} not valid RDF ({reason})")
