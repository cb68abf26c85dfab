# pytk's exception classes for compiled code: CPython's hierarchy and behaviour (any number
# of arguments, .args, str() and repr() as CPython prints them, __cause__). This text replaces
# the generator's own exception classes in its runtime module. The runtime's JavaScript raises
# them as ValueError (message, new Error ()): a trailing JavaScript Error supplies the stack
# and is not an argument.

class BaseException:
    def __init__ (self, *args):
        if len (args) and __pytk_is_js_error__ (args [len (args) - 1]):
            self.stack = args [len (args) - 1] .stack
            args = args [:len (args) - 1]
        elif Error:
            self.stack = (__new__ (Error ())) .stack
        else:
            self.stack = 'No stack trace available'
        self.__args__ = args
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False

    def _get_args (self):
        return tuple (self.__args__)

    args = property (_get_args)

    def __repr__ (self):
        if len (self.__args__) == 1:
            return '{}({})'.format (self.__class__.__name__, repr (self.__args__ [0]))
        return '{}{}'.format (self.__class__.__name__, repr (tuple (self.__args__)))

    def __str__ (self):
        if len (self.__args__) > 1:
            return str (tuple (self.__args__))
        elif len (self.__args__):
            return str (self.__args__ [0])
        else:
            return ''

    def with_traceback (self, traceback):
        return self

class SystemExit (BaseException):
    pass

class KeyboardInterrupt (BaseException):
    pass

class GeneratorExit (BaseException):
    pass

class Exception (BaseException):
    pass

class IterableError (Exception):
    def __init__ (self, error):
        Exception.__init__ (self, 'Can\'t iterate over non-iterable', error)

class StopIteration (Exception):
    def _get_value (self):
        return self.__args__ [0] if len (self.__args__) else None

    value = property (_get_value)

class StopAsyncIteration (Exception):
    pass

class ArithmeticError (Exception):
    pass

class FloatingPointError (ArithmeticError):
    pass

class OverflowError (ArithmeticError):
    pass

class ZeroDivisionError (ArithmeticError):
    pass

class AssertionError (Exception):
    pass

class AttributeError (Exception):
    pass

class BufferError (Exception):
    pass

class EOFError (Exception):
    pass

class ImportError (Exception):
    pass

class ModuleNotFoundError (ImportError):
    pass

class LookupError (Exception):
    pass

class IndexError (LookupError):
    pass

class KeyError (LookupError):
    def __str__ (self):
        if len (self.__args__) == 1:
            return repr (self.__args__ [0])
        return BaseException.__str__ (self)

class MemoryError (Exception):
    pass

class NameError (Exception):
    pass

class UnboundLocalError (NameError):
    pass

class OSError (Exception):
    pass

class RuntimeError (Exception):
    pass

class NotImplementedError (RuntimeError):
    pass

class RecursionError (RuntimeError):
    pass

class SyntaxError (Exception):
    pass

class SystemError (Exception):
    pass

class TypeError (Exception):
    pass

class ValueError (Exception):
    pass

class UnicodeError (ValueError):
    pass

def __pytk_unicode_fields__ (error, args):
    BaseException.__init__ (error, *args)
    if len (error.__args__) == 5:
        error.encoding = error.__args__ [0]
        error.object = error.__args__ [1]
        error.start = error.__args__ [2]
        error.end = error.__args__ [3]
        error.reason = error.__args__ [4]

class UnicodeDecodeError (UnicodeError):
    # UnicodeDecodeError (encoding, object, start, end, reason), as a codec raises it.
    def __init__ (self, *args):
        __pytk_unicode_fields__ (self, args)

    def __str__ (self):
        if len (self.__args__) == 5:
            return __pytk_unicode_error_text__ (self, True)
        return BaseException.__str__ (self)

class UnicodeEncodeError (UnicodeError):
    def __init__ (self, *args):
        __pytk_unicode_fields__ (self, args)

    def __str__ (self):
        if len (self.__args__) == 5:
            return __pytk_unicode_error_text__ (self, False)
        return BaseException.__str__ (self)

class Warning (Exception):
    pass

class UserWarning (Warning):
    pass

class DeprecationWarning (Warning):
    pass

class RuntimeWarning (Warning):
    pass
