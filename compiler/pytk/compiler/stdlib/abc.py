"""Abstract base classes: a browser version of the stdlib module ``abc``.

A class derived from ``ABC`` (or made with ``metaclass=ABCMeta``) records the names of its
methods decorated with ``@abstractmethod`` that no class overrides in ``__abstractmethods__``;
creating an instance of a class that still has some raises TypeError, as in CPython.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod", "abstractproperty",
           "get_cache_token"]


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses must override it before they can be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractstaticmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractproperty(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


__pragma__('js', '{}', '''
// Is the attribute name of cls (a method, property or value) marked abstract?
function _pytk_abc_is_abstract (cls, key) {
    const descriptor = Object.getOwnPropertyDescriptor (cls, key);
    let value;
    try {
        value = descriptor !== undefined && descriptor.get !== undefined && descriptor.set === undefined ?
            descriptor.get.call (cls) : cls [key];
    }
    catch (error) {
        return false;
    }
    if (descriptor !== undefined && descriptor.get !== undefined && descriptor.get.__isabstractmethod__) {
        return true;
    }
    return value !== null && value !== undefined && (typeof value == 'function' || typeof value == 'object') &&
        value.__isabstractmethod__ === true;
}

// The names of cls's own attributes and of its bases' abstract ones that are still abstract.
function _pytk_abc_abstract_names (cls) {
    const names = [];
    const candidates = Object.getOwnPropertyNames (cls);
    for (const base of cls.__bases__ || []) {
        for (const name of base.__abstractmethods__ || []) {
            candidates.push (name);
        }
    }
    for (const key of candidates) {
        if (names.indexOf (key) < 0 && key != 'prototype' && key != 'caller' && key != 'arguments' &&
                _pytk_abc_is_abstract (cls, key)) {
            names.push (key);
        }
    }
    return names.sort ();
}

function _pytk_abc_setup (cls) {
    const names = _pytk_abc_abstract_names (cls);
    Object.defineProperty (cls, '__abstractmethods__', {value: frozenset (names), writable: true,
                                                         enumerable: false, configurable: true});
    if (!Object.prototype.hasOwnProperty.call (cls, '__pytk_abc_new__')) {
        const create = cls.__new__;
        Object.defineProperty (cls, '__pytk_abc_new__', {value: create, writable: true, enumerable: true,
                                                         configurable: true});
        Object.defineProperty (cls, '__new__', {
            value: function (args) {
                const abstract = this.__abstractmethods__;
                if (abstract && abstract.length) {
                    const listed = Array.from (abstract).map (function (name) {
                        return name.startsWith ('py_') ? name.slice (3) : name;
                    });
                    throw py_TypeError ("Can't instantiate abstract class " + this.__name__ + ' with abstract method' +
                        (listed.length > 1 ? 's ' : ' ') + listed.join (', '), new Error ());
                }
                return this.__pytk_abc_new__ (args);
            },
            writable: true, enumerable: true, configurable: true,
        });
    }
}
''')


class ABCMeta(type):
    """The metaclass of abstract base classes (``class Base(metaclass=ABCMeta)``)."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = type.__new__(mcls, name, bases, namespace)
        _pytk_abc_setup(cls)
        return cls

    def register(cls, subclass):
        return subclass


class ABC:
    """A base class for abstract base classes: ``class Shape(ABC)``."""

    def __init_subclass__(cls, **kwargs):
        _pytk_abc_setup(cls)

    @classmethod
    def register(cls, subclass):
        return subclass


_pytk_abc_setup(ABC)


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    """Recompute ``cls.__abstractmethods__`` after methods were added to it."""
    _pytk_abc_setup(cls)
    return cls
