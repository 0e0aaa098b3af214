"""``ukg_author``: which union wrote the report.

GUIDELINES.md writes the report's own subject as ``@author`` and asks for its
name where the text gives one.  Evidence, strongest first: a union named in
the heading (``writer/heading.py``); for a news item, the body that holds its
occasion, or nobody when others report it (``writer/news.py``); for a year's
report, a signature or the union that most often opens a sentence as its
subject (``writer/summary.py``).  The writer is then named in full and takes
over its short forms (``writer/short_forms.py``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from unionkg.nlp.doc_extensions import text_of
from unionkg.nlp.union_names import is_union_or_committee
from unionkg.nlp.writer.clause_lead import clause_start
from unionkg.nlp.writer.heading import heading
from unionkg.nlp.writer.news import (
    news_writer,
    press_report,
    reported_by_others,
    speaks_as_self,
)
from unionkg.nlp.writer.short_forms import longer_form, own_short_forms, written_in_full
from unionkg.nlp.writer.summary import bare_subject, find, reads_as_summary, signed_by

#: what other modules import from here
__all__ = ["AuthorFinder", "clause_start", "longer_form", "make_author"]


class AuthorFinder:
    """Sets ``doc._.author`` (the writer's name or None), ``by_others`` and ``writer_stated``."""

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        unions = [m for m in doc._.mentions or [] if m.type == "ORG" and is_union_or_committee(m.name)]
        title = getattr(doc._, "title", None) or ""
        news = None if (heading(text) or heading(title)) else news_writer(doc, text)
        if news is not None:  # a news item: the body it speaks as, or that holds its occasion
            author = news or None
            # 本报讯（记者 某）: a newspaper's report of the body holding the occasion
            doc._.by_others = not news or (press_report(text) and not speaks_as_self(text))
        else:
            author = find(doc, text, unions)
            doc._.by_others = reported_by_others(doc, text)
            # a union named as the subject of a text that is no year's report and never
            # speaks as itself (a list, a profile, a feature) may be written about, not writing
            doc._.writer_stated = bool(reads_as_summary(text) or heading(text) or heading(title)
                                       or speaks_as_self(text) or bare_subject(text, at_least=1)
                                       or (author is not None and signed_by(text, author)))
        if doc._.by_others:
            author = None
        if author:
            author = written_in_full(author, {m.name for m in doc._.mentions or [] if m.type == "ORG"})
        doc._.author = author
        if author:
            own_short_forms(doc._.mentions or [], author)
        return doc


if not Doc.has_extension("title"):
    Doc.set_extension("title", default=None)


@Language.factory("ukg_author")
def make_author(nlp: Language, name: str) -> AuthorFinder:
    return AuthorFinder()
