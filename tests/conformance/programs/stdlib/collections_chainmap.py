"""collections.ChainMap: lookups through several mappings, writes to the first."""
from collections import ChainMap
defaults = {"theme": "light", "size": 12, "lang": "en"}
user = {"size": 14}
settings = ChainMap(user, defaults)
print(settings["size"], settings["theme"], settings.get("missing", "-"), len(settings))
print(sorted(list(settings)), "lang" in settings, settings)
settings["theme"] = "dark"
print(user, defaults["theme"])
session = settings.new_child({"lang": "fr"})
print(session["lang"], session.parents["lang"], len(session.maps))
try:
    del settings["lang"]
except KeyError as error:
    print("KeyError:", error)
try:
    settings["nothing"]
except KeyError as error:
    print("KeyError:", error)
