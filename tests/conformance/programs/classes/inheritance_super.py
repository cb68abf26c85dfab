"""Inheritance with super().__init__ and overridden methods calling super()."""
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"I am {self.name}: {self.speak()}"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("Rex", "collie")
print(d.speak())
print(d.describe(), d.breed)
print(Animal("Cat").describe())
