"""URL handling: pytk's browser version has ``urllib.parse`` only."""
