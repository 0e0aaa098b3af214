"""The running stage: worker processes, the per-document cache, Dask, progress.

Every way of running must write the same bytes; these tests build one small
corpus of our own in several ways and compare every output file.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from unionkg.api import build
from unionkg.model import Document
from unionkg.run import ExtractionCache, RunStats, extract_documents
from unionkg.run.cache import CACHE_FILE, dumps, loads

TEMPLATE = """{unit}工会{year}年工作总结
{unit}工会在{city}总工会的领导下，认真履行职责。
{unit}工会召开了第{n}届二次职代会，审议通过了集体合同。
5月，{unit}工会举办了第{n}届“{city}杯”拔河比赛，装配车间获得冠军。
工会主席{person}被评为{city}劳动模范。
"""
UNITS = [("青山机械厂", "江城市", "王建国"), ("红星医院", "临海市", "李秀英"),
         ("东湖小学", "白沙市", "赵明亮"), ("长风电力公司", "安平市", "周晓梅"),
         ("新华书店", "江城市", "孙立平"), ("北岭煤矿", "北岭市", "钱国强")]


def report(i: int) -> str:
    unit, city, person = UNITS[i % len(UNITS)]
    return TEMPLATE.format(unit=unit, city=city, person=person, year=2015 + i, n=i % 9 + 1)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("run-corpus")
    for i in range(6):
        (folder / f"r{i}.txt").write_text(report(i), encoding="utf-8")
    # traditional characters: evidence is quoted from the original, not the cleaned text
    (folder / "r5.txt").write_text(report(5).replace("煤矿", "煤礦").replace("劳动", "勞動"), encoding="utf-8")
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    """Every output file's bytes, by path (the cache, and its line in the manifest, left out)."""
    found = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
             if p.is_file() and ".cache" not in p.parts}
    manifest = found.get(".unionkg-manifest", b"").decode("utf-8").splitlines(keepends=True)
    found[".unionkg-manifest"] = "".join(l for l in manifest if not l.startswith(".cache/")).encode()
    return found


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, bytes]:
    """The outputs of a plain build: one process, no cache."""
    out = tmp_path_factory.mktemp("run-ref")
    result = build([corpus], out, jobs=1, cache=False)
    assert result.documents == 6 and result.extracted == 6 and result.cache_hits == 0
    return outputs(out)


def test_cached_rebuild_extracts_only_what_changed(corpus, reference, tmp_path):
    out = tmp_path / "out"
    first = build([corpus], out, jobs=1)
    assert (first.extracted, first.cache_hits) == (6, 0)
    assert (out / CACHE_FILE).exists()
    assert outputs(out) == reference
    again = build([corpus], out, jobs=1)
    assert (again.extracted, again.cache_hits) == (0, 6)
    assert outputs(out) == reference
    changed = tmp_path / "changed"
    changed.mkdir()
    for p in corpus.iterdir():
        (changed / p.name).write_bytes(p.read_bytes())
    (changed / "r3.txt").write_text(report(3).replace("孙立平", "孙立新").replace("周晓梅", "周晓兰"),
                                    encoding="utf-8")
    # two processes allowed, but one short document to extract: no worker is started for it
    two = sum(len(report(i)) for i in range(2))
    third = build([changed], out, jobs=2, min_chars_for_workers=two)
    assert (third.extracted, third.cache_hits, third.how) == (1, 5, "in process")
    assert "周晓兰" in (out / "entities.csv").read_text(encoding="utf-8")


def test_no_cache_leaves_no_cache(corpus, tmp_path):
    result = build([corpus], tmp_path, jobs=1, cache=False)
    assert result.extracted == 6
    assert not (tmp_path / CACHE_FILE).exists()


def test_another_pipeline_misses_every_entry(tmp_path):
    """A changed lexicon changes the fingerprint: nothing stored before may be used."""
    documents = [Document(f"d{i}", report(i)) for i in range(3)]
    before = ExtractionCache(tmp_path / "c.sqlite", pipeline="lexicon-1")
    list(extract_documents(documents, cache=before))
    before.close()
    same = ExtractionCache(tmp_path / "c.sqlite", pipeline="lexicon-1")
    stats = RunStats()
    list(extract_documents(documents, cache=same, stats=stats))
    same.close()
    assert (stats.cache_hits, stats.extracted) == (3, 0)
    changed = ExtractionCache(tmp_path / "c.sqlite", pipeline="lexicon-2")
    stats = RunStats()
    list(extract_documents(documents, cache=changed, stats=stats))
    changed.close()
    assert (stats.cache_hits, stats.extracted) == (0, 3)


def test_corrupt_cache_is_ignored_with_one_warning(corpus, reference, tmp_path):
    out = tmp_path / "out"
    build([corpus], out, jobs=1, cache=False)
    (out / CACHE_FILE).parent.mkdir(parents=True)
    (out / CACHE_FILE).write_bytes(b"this is not a database at all" * 100)
    warnings: list[str] = []
    result = build([corpus], out, jobs=1, warn=warnings.append)
    assert result.extracted == 6
    assert outputs(out) == reference
    assert len(warnings) == 1 and str(out / CACHE_FILE) in warnings[0]
    assert build([corpus], out, jobs=1).cache_hits == 6  # replaced by a sound cache


def test_a_failed_build_leaves_the_previous_cache(corpus, tmp_path, monkeypatch):
    from unionkg import rdf
    from unionkg.api import BuildError

    out = tmp_path / "out"
    build([corpus], out, jobs=1)
    before = (out / CACHE_FILE).read_bytes()
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / "new.txt").write_text(report(2).replace("赵明亮", "赵明远"), encoding="utf-8")
    monkeypatch.setattr(rdf, "validate_reports", lambda *_: (False, ["Violation: a"]))
    with pytest.raises(BuildError):
        build([changed], out, jobs=1)
    assert (out / CACHE_FILE).read_bytes() == before


def test_damaged_entries_and_foreign_databases_are_not_trusted(tmp_path):
    documents = [Document(f"d{i}", report(i)) for i in range(3)]
    cache = ExtractionCache(tmp_path / "c.sqlite")
    clean = list(extract_documents(documents, cache=cache))
    cache.close()
    db = sqlite3.connect(tmp_path / "c.sqlite")
    db.execute("UPDATE entries SET data = '{\"author\": 1, \"entities\": [{\"bad\": 2}]}'")
    db.commit()
    db.close()
    warnings: list[str] = []
    stats = RunStats()
    cache = ExtractionCache(tmp_path / "c.sqlite", warn=warnings.append)
    again = list(extract_documents(documents, cache=cache, stats=stats))
    cache.close()
    assert (stats.extracted, stats.cache_hits) == (3, 0)
    assert again == clean
    assert len(warnings) == 1 and "damaged" in warnings[0]
    foreign = tmp_path / "foreign.sqlite"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE entries (key TEXT, pipeline TEXT, data TEXT)")
    db.commit()
    db.close()
    warnings.clear()
    cache = ExtractionCache(foreign, warn=warnings.append)
    assert cache.get(documents[0]) is None
    cache.close()
    assert len(warnings) == 1 and "not a usable extraction cache" in warnings[0]


def test_running_stage_returns_what_the_extractor_returns(corpus, extractor):
    from unionkg.corpus import iter_documents

    documents = list(iter_documents([corpus]))
    assert any(d.original != d.text for d in documents)
    assert list(extract_documents(documents, extractor=extractor)) == list(extractor.extract_all(documents))


def test_stored_extraction_reads_back_equal(extract):
    extraction = extract(report(1), "x1", title="红星医院工会2016年工作总结")
    again = loads(dumps(extraction), extraction.document)
    assert again == extraction


def test_worker_processes_write_the_same_bytes(corpus, reference, tmp_path):
    # the first look sees one document: the pool starts part-way, once two documents went out
    two = sum(len(report(i)) for i in range(2))
    result = build([corpus], tmp_path, jobs=2, cache=False, min_chars_for_workers=two,
                   look_ahead_chars=1, chunk_documents=1)
    assert result.how == "2 processes"
    assert outputs(tmp_path) == reference


def test_small_input_stays_in_process(corpus, tmp_path):
    assert build([corpus], tmp_path, jobs=2, cache=False).how == "in process"


def _inodes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*.html")}


def test_a_rebuild_takes_unchanged_pages_and_writes_what_a_clean_build_writes(corpus, tmp_path):
    """Pages showing nothing that changed are the previous build's files (unless edited since);
    every byte as a clean build."""
    out, changed = tmp_path / "out", tmp_path / "changed"
    changed.mkdir()
    for p in corpus.iterdir():
        (changed / p.name).write_bytes(p.read_bytes())
    build([changed], out, jobs=1)
    before = _inodes(out)
    (changed / "r2.txt").write_text(report(2).replace("赵明亮", "赵明远"), encoding="utf-8")
    build([changed], out, jobs=1)
    after = _inodes(out)
    kept = {rel for rel, inode in after.items() if before.get(rel) == inode}
    assert kept and len(kept) < len(after)  # some pages taken, the changed report's redrawn
    assert not any("赵明远" in (out / rel).read_text(encoding="utf-8") for rel in kept)
    clean = tmp_path / "clean"
    build([changed], clean, jobs=1, cache=False)
    assert outputs(out) == outputs(clean)
    # a page edited in the output folder since is not taken: it is written again
    (out / min(kept)).write_text("edited by hand", encoding="utf-8")
    build([changed], out, jobs=1)
    assert outputs(out) == outputs(clean)


def test_the_pages_cache_holds_no_time_so_rebuilds_write_the_same_bytes(tmp_path):
    """Two clean builds of one input write the same ``.cache/pages.sqlite`` (bug: it held file times)."""
    import time

    from unionkg.api import build

    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("青山机械厂工会2023年工作总结\n今年，青山机械厂工会举办了职工运动会。", encoding="utf-8")
    outputs = []
    for name in ("one", "two"):
        out = tmp_path / name
        build([source], out, jobs=1)
        outputs.append((out / ".cache" / "pages.sqlite").read_bytes())
        time.sleep(0.05)
    assert outputs[0] == outputs[1]
