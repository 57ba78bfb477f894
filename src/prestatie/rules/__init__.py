"""The rules of `prestatie validate`: one module per family, each pass yielding findings
over an indexed plan and never raising for plan content; `rules.engine` runs them all.

May import `compute`, `model`, `format`, `source` and the base modules; never `render`.
"""
