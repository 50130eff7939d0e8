"""Documents (PDF) made from service results: the progress report, sign-in sheets, certificates."""
