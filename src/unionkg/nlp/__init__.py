"""The language stage: one spaCy ``Language`` with registered components.

``make_nlp()`` builds it; ``unionkg.extract`` turns its ``Doc``s into
``Extraction``s.  Importing this package registers the components.  spaCy is
imported first, here, without its command line (``libraries``): every
module of this package imports spaCy, and this runs before any of them.
"""
from unionkg.nlp.libraries import import_spacy
from unionkg.nlp.regexes import compiled_once

with compiled_once("regex-import"):  # the modules' patterns, compiled once per machine
    import_spacy()

    from unionkg.nlp.pipeline import make_nlp  # after spaCy's lighter import

__all__ = ["make_nlp"]
