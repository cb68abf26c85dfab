"""Flag members combine with | and test with &."""
from enum import Flag, auto
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
rw = Perm.READ | Perm.WRITE
print(rw.value, Perm.READ in rw, Perm.EXEC in rw, bool(rw & Perm.WRITE), Perm.EXEC.value)
