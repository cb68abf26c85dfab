"""A mutable class attribute is shared by all instances."""
class Team:
    members = []
    def __init__(self, name):
        self.name = name
    def join(self, who):
        self.members.append(who)
a, b = Team("a"), Team("b")
a.join("x")
b.join("y")
print(a.members, b.members, Team.members is a.members)
class Fixed:
    def __init__(self):
        self.members = []
f1, f2 = Fixed(), Fixed()
f1.members.append(1)
print(f1.members, f2.members)
