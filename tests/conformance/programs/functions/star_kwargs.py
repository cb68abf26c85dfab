"""**kwargs collects extra keyword arguments in call order."""
def describe(**options):
    return ", ".join(f"{k}={v}" for k, v in options.items())
print(describe(b=2, a=1, c=3))
print(describe())
def tag(name, **attrs):
    parts = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    return f"<{name} {parts}>" if parts else f"<{name}>"
print(tag("a", href="/home", title="Home"), tag("br"))
