"""string constants, Template and capwords."""
import string
print(string.ascii_lowercase, string.digits, string.ascii_uppercase[:5], len(string.punctuation))
t = string.Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Ann", amount=5), t.safe_substitute(name="Bo"))
print(string.capwords("hello   big world"), string.hexdigits)
