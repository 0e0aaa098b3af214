"""Walking folders and naming sources (issue 13, rows 6 and 13)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from unionkg import api
from unionkg.corpus import iter_documents

UKG_SOURCE = URIRef("https://w3id.org/unionkg/ontology#sourceFile")
PAPER = "晨光造纸厂工会组织职工参加了市总工会举办的第二届职工乒乓球赛。\n"
SCHOOL = "青石路小学工会开展了教师节慰问活动，工会主席陈晓燕获得区优秀工会工作者称号。\n"


def _walk(paths) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    sources = [d.source for d in iter_documents(paths, on_error=errors.append)]
    return sources, errors


def test_a_symlink_loop_is_one_line_and_the_rest_is_read(tmp_path):
    """Row 6: a loop aborted the build on ELOOP, with a 330-character message."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(PAPER, encoding="utf-8")
    (root / "sub" / "school.txt").write_text(SCHOOL, encoding="utf-8")
    (root / "sub" / "up").symlink_to("..")          # a loop through the parent
    (root / "self").symlink_to(".")                  # a loop onto itself
    (root / "a-link").symlink_to("a-link")           # a link to itself (ELOOP)
    (root / "dangling.txt").symlink_to("nowhere.txt")
    sources, errors = _walk([root])
    assert sources == ["corpus/good.txt", "corpus/sub/school.txt"]
    assert sorted(e.split(": ", 1)[1] for e in errors) == [
        "broken or looping symbolic link, skipped",
        "broken or looping symbolic link, skipped",
        "symbolic link loop (back to corpus), skipped",
        "symbolic link loop (back to corpus), skipped",
    ]
    assert all("\n" not in e and len(e) < 200 + len(str(root)) for e in errors)


def test_a_folder_reached_twice_is_read_once(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "paper.txt").write_text(PAPER, encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "one").symlink_to(shared)
    (root / "two").symlink_to(shared)
    (root / "again.txt").symlink_to(shared / "paper.txt")
    sources, errors = _walk([root, shared])
    assert sources == ["corpus/again.txt"] and errors == []  # the first name in sorted order


def test_an_unreadable_subfolder_is_one_line(tmp_path, monkeypatch):
    root = tmp_path / "corpus"
    (root / "locked").mkdir(parents=True)
    (root / "paper.txt").write_text(PAPER, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    sources, errors = _walk([root])
    assert sources == ["corpus/paper.txt"]
    assert errors == [f"{root / 'locked'}: unreadable folder (Permission denied), skipped"]


def test_the_graph_names_sources_relative_to_the_input_and_survives_a_move(tmp_path, extractor):
    """Row 13: ``ukg:sourceFile`` held the absolute path of the input on this machine."""
    first = tmp_path / "here" / "reports"
    (first / "2023").mkdir(parents=True)
    (first / "2023" / "paper.txt").write_text(PAPER, encoding="utf-8")
    (first / "school.jsonl").write_text('{"id": "s", "text": "%s"}\n' % SCHOOL.strip(), encoding="utf-8")
    api.build([first], tmp_path / "out1", extractor=extractor)
    moved = tmp_path / "elsewhere" / "deeper" / "reports"
    moved.parent.mkdir(parents=True)
    shutil.move(str(first), str(moved))
    api.build([moved], tmp_path / "out2", extractor=extractor)
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "entities.csv", "graph.graphml"):
        assert (tmp_path / "out1" / name).read_bytes() == (tmp_path / "out2" / name).read_bytes(), name
    sources = {str(o) for o in Graph().parse(tmp_path / "out2" / "graph.ttl").objects(None, UKG_SOURCE)}
    assert sources == {"reports/2023/paper.txt", "reports/school.jsonl:1"}
    for path in (tmp_path / "out2").rglob("*"):
        if path.is_file():
            assert str(tmp_path).encode() not in path.read_bytes(), path
