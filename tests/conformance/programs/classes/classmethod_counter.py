"""Class methods working with per-class state in subclasses."""
class Model:
    registry = None
    @classmethod
    def register(cls, name):
        if cls.registry is None:
            cls.registry = []
        cls.registry.append(name)
        return cls
class User(Model):
    pass
class Post(Model):
    pass
User.register("ann").register("bo")
Post.register("hello")
print(User.registry, Post.registry, Model.registry)
