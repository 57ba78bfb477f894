"""The plan format: schemas and structural checks, vocabulary and Dutch aliases, periods,
perspective sets, the settings in `prestatie.yaml` and the register of rule codes.

May import `source` and the base modules (`errors`, `findings`), nothing above.
"""
