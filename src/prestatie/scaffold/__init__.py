"""New plan files from the Jinja2 templates (`prestatie new`), filled from their parent.

May import every layer below it (`rules` to re-check what it wrote), never `cli`.
"""
