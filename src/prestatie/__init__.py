"""prestatie — a performance plan as YAML in git, checked, analysed and reported."""

__version__ = "0.1.0"
