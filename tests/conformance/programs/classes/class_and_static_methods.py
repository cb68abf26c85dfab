"""classmethod alternate constructors and staticmethods, inherited by subclasses."""
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def is_freezing(degrees):
        return degrees <= 0
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees}{self.scale})"
class Reading(Temperature):
    scale = "C*"
print(Temperature.from_fahrenheit(212), Reading.from_fahrenheit(32))
print(Temperature.is_freezing(-1), Reading(5).is_freezing(5))
