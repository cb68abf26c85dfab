"""dataclasses.replace builds a changed copy."""
from dataclasses import dataclass, replace
@dataclass(frozen=True)
class Settings:
    theme: str = "light"
    size: int = 12
s = Settings()
t = replace(s, size=14)
print(s, t, s == t, replace(t, theme="dark"))
