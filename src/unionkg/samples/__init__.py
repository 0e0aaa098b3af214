"""Sample union year-end summaries (invented) shipped with unionkg.

See :func:`unionkg.corpus.samples_dir`; the files here exercise every input
path of the reading stage (encodings, HTML, Markdown, multi-report pages).
"""
