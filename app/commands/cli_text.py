"""argparse's own words, which the command line shows in Russian too (`usage: `, `options`, …).
Their Russian, like every other text of the command line (`t("…")`), is in the one catalogue:
the context CommandLine of resources/translations/gpast_ru.ts (`python -m app.i18n update`
puts these words there). Error messages are rendered from its context Problems."""

from app.i18n import translatable

ARGPARSE_WORDS = (
    translatable("usage: "),
    translatable("positional arguments"),
    translatable("options"),
    translatable("show this help message and exit"),
    translatable("show program's version number and exit"),
    translatable("the following arguments are required: %s"),
    translatable("invalid choice: %(value)r (choose from %(choices)s)"),
    translatable("unrecognized arguments: %s"),
    translatable("%(prog)s: error: %(message)s\n"),
    translatable("expected one argument"),
)
