"""__init_subclass__ runs when a subclass is defined."""
plugins = []
class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        plugins.append(cls.__name__)
class Alpha(Plugin):
    pass
class Beta(Plugin):
    pass
print(plugins)
