"""The language stage: one spaCy ``Language`` with registered components.

``make_nlp()`` builds it; ``unionkg.extract`` turns its ``Doc``s into
``Extraction``s.  Importing this package registers the components.
"""
from unionkg.nlp.pipeline import make_nlp

__all__ = ["make_nlp"]
