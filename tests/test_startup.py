"""Start-up: what ``unionkg extract`` loads, and the caches that make it quick give what jieba gives."""
from __future__ import annotations

import jieba
import pytest

from unionkg.nlp import dictionary

SENTENCE = "青山机械厂工会主席王建国在职代会上作了工会工作报告，会议审议通过了集体合同。"


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("UNIONKG_CACHE_DIR", str(tmp_path))
    dictionary.tokenizer.cache_clear()
    yield tmp_path
    dictionary.tokenizer.cache_clear()


def _same(restored: jieba.Tokenizer, built: jieba.Tokenizer) -> None:
    assert restored.total == built.total
    assert restored.user_word_tag_tab == built.user_word_tag_tab
    assert restored.FREQ == built.FREQ
    assert list(restored.cut(SENTENCE, HMM=False)) == list(built.cut(SENTENCE, HMM=False))


def test_the_cached_tokenizer_is_the_one_jieba_builds_and_a_damaged_cache_is_not_trusted(fresh_cache):
    built = dictionary.tokenizer()  # built by jieba, its state stored in the (empty) cache folder
    assert list(fresh_cache.glob("jieba-shards-*.marshal"))
    dictionary.tokenizer.cache_clear()
    restored = dictionary.tokenizer()
    assert restored is not built
    _same(restored, built)
    for path in fresh_cache.glob("jieba-shards-*.marshal"):
        path.write_bytes(b"\x00not marshal")
    dictionary.tokenizer.cache_clear()
    _same(dictionary.tokenizer(), built)  # built by jieba again


def test_spacy_cli_is_still_there_when_asked_for():
    """spaCy is imported without its command line (``unionkg.nlp.libraries``); asking for it gets it."""
    import spacy
    import spacy.cli

    import unionkg.nlp  # noqa: F401

    assert callable(spacy.cli.download) and callable(spacy.info)


def test_the_dictionary_is_read_a_first_character_at_a_time_and_gives_what_jieba_gives(fresh_cache, monkeypatch):
    import pickle

    built = dictionary.tokenizer()
    dictionary.tokenizer.cache_clear()
    restored = dictionary.tokenizer()
    assert isinstance(restored.FREQ, dictionary.LazyFreq)
    words = list(restored.cut(SENTENCE, HMM=False))
    assert words == list(built.cut(SENTENCE, HMM=False))
    assert 0 < dict.__len__(restored.FREQ) < len(built.FREQ) / 10  # only the first characters asked
    assert "工会" in restored.FREQ and restored.FREQ["工会"] == built.FREQ["工会"]
    assert restored.FREQ.get("不是一个词语啊") is None
    assert pickle.loads(pickle.dumps(restored.FREQ)) == built.FREQ
    # much asked, the tokenizer is handed the whole dictionary as a plain dict
    dictionary.tokenizer.cache_clear()
    monkeypatch.setattr(dictionary.LazyFreq, "PROMOTE_AFTER", 100)
    busy = dictionary.tokenizer()
    text = SENTENCE * 5 + "职工之家建设，劳动竞赛，困难职工帮扶。"
    assert list(busy.cut(text, HMM=False)) == list(built.cut(text, HMM=False))
    assert type(busy.FREQ) is dict and busy.FREQ == built.FREQ


def test_building_the_pipeline_leaves_the_garbage_collector_as_it_was():
    """The collector is paused while the pipeline is imported and built, never left off."""
    import gc

    from unionkg.run import worker

    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            worker.pipeline.cache_clear()
            assert worker.pipeline().extract_all is not None
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
