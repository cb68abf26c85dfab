// Calls with the wrong arguments: the TypeErrors that CPython raises, with its messages. The
// checked function prologue (argument_checks.py) throws what these return.

function __pytk_args_error__ (message) {
    return py_TypeError (message, new Error ());
}

function __pytk_args_plural__ (count, word) {
    return count + ' ' + word + (count == 1 ? '' : 's');
}

// 'a'; 'a' and 'b'; 'a', 'b', and 'c'
function __pytk_args_names__ (names) {
    const quoted = names.map (function (name) { return "'" + name + "'"; });
    if (quoted.length < 3) {
        return quoted.join (' and ');
    }
    return quoted.slice (0, -1).join (', ') + ', and ' + quoted [quoted.length - 1];
}

export function __pytk_args_missing__ (qualname, names, values, keywordNames, keywordValues) {
    let missing = names.filter (function (name, index) { return values [index] === undefined; });
    let kind = 'positional';
    if (!missing.length) {
        missing = keywordNames.filter (function (name, index) { return keywordValues [index] === undefined; });
        kind = 'keyword-only';
    }
    return __pytk_args_error__ (qualname + '() missing ' + missing.length + ' required ' + kind + ' argument' +
        (missing.length == 1 ? '' : 's') + ': ' + __pytk_args_names__ (missing));
}

export function __pytk_args_too_many__ (qualname, count, defaults, given, keywords, keywordOnly) {
    const keywordGiven = keywords ? keywordOnly.filter (function (name) { return Object.hasOwn (keywords, name); }).length : 0;
    const takes = defaults ? 'from ' + (count - defaults) + ' to ' + count + ' positional arguments' :
        __pytk_args_plural__ (count, 'positional argument');
    const extra = keywordGiven ? ' positional argument' + (given == 1 ? '' : 's') + ' (and ' +
        __pytk_args_plural__ (keywordGiven, 'keyword-only argument') + ')' : '';
    return __pytk_args_error__ (qualname + '() takes ' + takes + ' but ' + given + extra + ' ' +
        (given == 1 && !keywordGiven ? 'was' : 'were') + ' given');
}

export function __pytk_args_keyword__ (qualname, name, keywords, positionalOnly) {
    const misplaced = Object.keys (keywords).filter (function (key) { return positionalOnly.includes (key); });
    if (misplaced.length) {
        return __pytk_args_error__ (qualname + '() got some positional-only arguments passed as keyword arguments: ' +
            "'" + misplaced.join (', ') + "'");
    }
    return __pytk_args_error__ (qualname + "() got an unexpected keyword argument '" + name + "'");
}

export function __pytk_args_multiple__ (qualname, name) {
    return __pytk_args_error__ (qualname + "() got multiple values for argument '" + name + "'");
}
