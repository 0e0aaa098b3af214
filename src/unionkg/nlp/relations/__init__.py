"""``ukg_relations``: the six relation types, one construction per module.

Each module reads the same ``DocContext`` (text, chosen mentions, writer) and
adds to one ``FoundRelations`` store, in this order, because later ones build
on what earlier ones found:

========================  ==========================================================
``clauses.py``            a clause's cue verb (举办, 参加, 荣获 …) and the names it links;
``subjects.py``           who the clause is about (its subject, or ``@author``)
``hosts.py``              ORGANIZED from 由A、B联合主办，C承办 and 主办单位：…
``structure.py``          SUBORDINATE_OF: 在X领导下, 下属X, names inside names
``posts.py``              POSITION from posts before a name and shared along a list, with titles
``post_bodies.py``        which body each post of a chain (and a bare post after one) belongs to
``posts_after.py``        posts in brackets / between commas after a name, trades, glued titles,
                          clauses of working (在X工作, 就职于, 来自)
``anaphors.py``           posts after 该会 / 该公司: the last body of that kind named
``writer_posts.py``       posts in the writer's own body (本会理事长, 我院…院长), staff titles
``elections.py``          POSITION from 当选 / 等N人组成的
``elected_lists.py``      POSITION from a roster after an election (主席：张三　副主席：李四)
``unit_lists.py``         POSITION of people listed under their units (某公司：张三、李四)
``bylines.py``            POSITION of a byline's people (记者 王某) to the outlet named
``attendance.py``         PARTICIPATED_IN for officials who attend, preside, speak
``enumerations.py``       winners lists (一等奖：张三（某公司）、李四)
``winners.py``            honour first (一等奖由张三获得, 冠军为某公司, 获得金奖的是李四)
``tables.py``             table rows (冠军 | 某工会 |)
``honour_titles.py``      honours worn as titles before a name (全国劳动模范、某厂技师王某)
``conferral.py``          who confers a prize won at an event; winners took part
========================  ==========================================================

``focus.py`` finds the event a news item is about, which ``the meeting`` and
unattached prizes refer to; ``titles.py`` is the grammar of a post title.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.model import AUTHOR
from unionkg.nlp.relations import (
    attendance,
    bylines,
    conferral,
    elected_lists,
    elections,
    enumerations,
    honour_titles,
    hosts,
    posts,
    structure,
    tables,
    unit_lists,
    winners,
)
from unionkg.nlp.relations.clauses import ClauseCues
from unionkg.nlp.relations.context import DocContext
from unionkg.nlp.relations.focus import focal_events, held_by_writer

__all__ = ["RelationFinder", "make_relations"]


class RelationFinder:
    """Runs the constructions over a ``Doc`` and stores ``doc._.relations``."""

    def __init__(self) -> None:
        self.clauses = ClauseCues()

    def __call__(self, doc: Doc) -> Doc:
        ctx = DocContext.of(doc)
        focus = focal_events(ctx)
        self.clauses(ctx)
        hosts.find(ctx, focus)
        structure.containment(ctx)
        structure.internal_units(ctx)
        posts.find(ctx)
        elections.find(ctx)
        elected_lists.find(ctx)
        bylines.find(ctx)
        unit_lists.find(ctx)
        attendance.find(ctx, focus)
        enumerations.find(ctx)
        winners.find(ctx)
        tables.find(ctx)
        honour_titles.find(ctx)
        held_by_writer(ctx, focus)
        conferral.find(ctx, focus)
        ctx.found.drop_hosts_joining()
        relations = ctx.found.list()
        if doc._.by_others:  # a press report: nothing is the (unnamed) writer's own
            relations = [r for r in relations if AUTHOR not in (r.head, r.tail)]
        doc._.relations = relations
        return doc


@Language.factory("ukg_relations")
def make_relations(nlp: Language, name: str) -> RelationFinder:
    return RelationFinder()
