"""The compiled interface translations (.qm), built from resources/translations by
`python -m app.i18n build`."""
