"""The recycle bin: what a deleted record keeps (keeping: a listener of every unit of work) and
how it is listed and brought back (restoring)."""
