"""pytk's browser runtime, written in Python and compiled to JavaScript with the app."""
