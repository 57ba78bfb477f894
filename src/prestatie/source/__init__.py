"""Reading and writing files: YAML with the position of every value, YAML 1.2 scalars,
plan discovery and atomic writes.

The lowest layer: it may import only `prestatie.errors` and `prestatie.findings`.
"""
