"""A small hand-made union graph shared by the RDF tests (imported by test_rdf*.py)."""
from __future__ import annotations

import hashlib

from unionkg.graph import build_graph, finalize
from unionkg.model import AUTHOR, Document, Entity, Evidence, Extraction, Relation


def _extraction(doc_id, title, author, sentences, entities, relations):
    text = "".join(sentences)
    starts, pos = [], 0
    for s in sentences:
        starts.append(pos)
        pos += len(s)
    doc = Document(id=doc_id, text=text, source=f"/corpus/{doc_id}.txt", title=title,
                   sha256=hashlib.sha256(text.encode()).hexdigest())

    def ev(i, name=None):
        s = sentences[i]
        if name and name in s:
            a = starts[i] + s.index(name)
            return Evidence(doc_id, s, a, a + len(name), doc.source)
        return Evidence(doc_id, s, starts[i], starts[i] + len(s), doc.source)

    ents = []
    for name, type_, aliases in entities:
        where = [i for i, s in enumerate(sentences) if name in s]
        ents.append(Entity(name, type_, set(aliases), [ev(i, name) for i in where]))
    rels = [Relation(h, t, tl, [ev(i)]) for h, t, tl, i in relations]
    return Extraction(doc, author, ents, rels)


def sample_extractions() -> list[Extraction]:
    a = _extraction(
        "红星小学-2019", "红星小学工会2019年工作总结", "红星小学工会",
        ["红星小学工会主席李红梅主持召开第三届二次教代会。",
         "李红梅荣获市总工会授予的五一劳动奖章。",
         "红星小学工会在区教育工会领导下开展工作。",
         "我校工会组织教师参加2019年区教工乒乓球比赛，获团体一等奖。",
         "红星小学工会被区教育工会评为先进职工之家。"],
        [("红星小学工会", "ORG", {"我校工会"}), ("李红梅", "PER", set()),
         ("第三届二次教代会", "EVENT", set()), ("市总工会", "ORG", {"市总"}),
         ("五一劳动奖章", "AWARD", set()), ("区教育工会", "ORG", set()),
         ("2019年区教工乒乓球比赛", "EVENT", set()), ("团体一等奖", "AWARD", set()),
         ("先进职工之家", "AWARD", set())],
        [("李红梅", "POSITION", "红星小学工会", 0),
         (AUTHOR, "ORGANIZED", "第三届二次教代会", 0),
         ("李红梅", "RECEIVED", "五一劳动奖章", 1),
         ("五一劳动奖章", "AWARDED_BY", "市总工会", 1),
         ("红星小学工会", "SUBORDINATE_OF", "区教育工会", 2),
         (AUTHOR, "PARTICIPATED_IN", "2019年区教工乒乓球比赛", 3),
         (AUTHOR, "RECEIVED", "团体一等奖", 3),
         ("团体一等奖", "AWARDED_BY", "2019年区教工乒乓球比赛", 3),
         ("红星小学工会", "RECEIVED", "先进职工之家", 4),
         ("先进职工之家", "AWARDED_BY", "区教育工会", 4)])
    b = _extraction(
        "区教育工会-简讯", "区教育工会简讯", None,
        ["区教育工会举办迎新春文艺晚会，红星小学工会和青山中学工会参加。",
         "青山中学工会主席王建国获优秀组织奖。",
         "青山中学工会隶属区教育工会。"],
        [("区教育工会", "ORG", set()), ("迎新春文艺晚会", "EVENT", set()),
         ("红星小学工会", "ORG", set()), ("青山中学工会", "ORG", set()),
         ("王建国", "PER", set()), ("优秀组织奖", "AWARD", set())],
        [("区教育工会", "ORGANIZED", "迎新春文艺晚会", 0),
         ("红星小学工会", "PARTICIPATED_IN", "迎新春文艺晚会", 0),
         ("青山中学工会", "PARTICIPATED_IN", "迎新春文艺晚会", 0),
         ("王建国", "POSITION", "青山中学工会", 1),
         ("王建国", "RECEIVED", "优秀组织奖", 1),
         ("青山中学工会", "SUBORDINATE_OF", "区教育工会", 2)])
    return [a, b]


def sample_graph():
    return finalize(build_graph(sample_extractions()))
