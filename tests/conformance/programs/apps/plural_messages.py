"""A message catalogue with plural forms and named placeholders."""
CATALOG = {
    "en": {"files": ("{n} file", "{n} files"), "greet": "Hello, {name}!"},
    "fr": {"files": ("{n} fichier", "{n} fichiers"), "greet": "Bonjour, {name} !"},
}
def plural_index(lang, n):
    if lang == "fr":
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1
def t(lang, key, **params):
    entry = CATALOG.get(lang, CATALOG["en"]).get(key, key)
    if isinstance(entry, tuple):
        entry = entry[plural_index(lang, params["n"])]
    return entry.format(**params)
for lang in ("en", "fr", "de"):
    print(lang, t(lang, "greet", name="Zoë"), "|", ", ".join(t(lang, "files", n=n) for n in (0, 1, 2)))
print(t("en", "missing.key"))
