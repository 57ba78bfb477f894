"""The typed plan model (goals, measures, items, the strategic analysis) and the `Plan`
index that every rule and command works from; `model.plan.load` builds it.

May import `format`, `source` and the base modules, nothing above.
"""
