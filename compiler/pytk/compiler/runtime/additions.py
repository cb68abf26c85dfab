# Exception classes CPython has and the generator's runtime lacks, and Python's view of
# exception arguments. Appended to the runtime module, so every compiled module sees them.

class ArithmeticError (Exception):
    pass

class ZeroDivisionError (ArithmeticError):
    pass

class OverflowError (ArithmeticError):
    pass

class RuntimeError (Exception):
    pass

class RecursionError (RuntimeError):
    pass

class NameError (Exception):
    pass

class UnboundLocalError (NameError):
    pass

class StopAsyncIteration (Exception):
    pass

#__pragma__ ('js', '{}', 'Object.defineProperty (Exception, "args", {get: function () { return tuple (this.__args__ || []); }, configurable: true});')
