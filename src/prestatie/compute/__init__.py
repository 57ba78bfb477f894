"""What is computed from the model: progress and roll-up, balance, scorecards, OKR and
OGSM scores, SWOT and Porter figures, the tree. Data in, data out; nothing judged here.

May import `model`, `format`, `source` and the base modules; never `rules` or `render`.
"""
