"""Imported once by the fork server that starts worker processes (``runners.Pool``).

Everything the pipeline needs that is safe to share across ``fork`` – the
modules, jieba's dictionary, the lexicons, the compiled patterns – is loaded
here, once; each worker forked afterwards only loads the tagger's ONNX
session (never created before a fork: its threads would not survive it).
"""
from __future__ import annotations

from unionkg.nlp.pipeline import make_nlp
from unionkg.run import worker  # noqa: F401  (the task function, imported before any fork)

make_nlp(disable=["ukg_lexical"])
