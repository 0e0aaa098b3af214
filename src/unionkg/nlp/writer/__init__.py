"""Who wrote a report, one kind of evidence a module; ``nlp/author.py`` weighs them.

* ``clause_lead.py``: where a clause's subject starts (after numbering and dates);
* ``heading.py``: a heading that names its writer (``X工会2023年工作总结``);
* ``news.py``: a news item's writer, and press reports written by others;
* ``summary.py``: a year's report's writer, by the union that opens its sentences;
* ``short_forms.py``: the writer's longest name, and its short forms in the text.
"""
