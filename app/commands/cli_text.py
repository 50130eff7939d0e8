"""argparse's own words, which the command line shows in Russian too (`usage: `, `options`, …).
Their Russian, like every other text of the command line (`t("…")`), is in the one catalogue:
the context CommandLine of resources/translations/gpast_ru.ts (`python -m app.i18n update`
puts these words there). Error messages are rendered from its context Problems."""

ARGPARSE_WORDS = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "show program's version number and exit",
    "the following arguments are required: %s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "unrecognized arguments: %s",
    "%(prog)s: error: %(message)s\n",
    "expected one argument",
)
