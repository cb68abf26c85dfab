"""Text wrapping and filling: a browser version of the stdlib module ``textwrap``."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_SPACES = " \t\n\r\x0b\x0c"


def _is_space(ch):
    return _SPACES.find(ch) >= 0


def _is_word_char(ch):
    return ch.isalnum() or ch == "_"


def _split_hyphens(word):
    # "long-winded" -> "long-", "winded": break after hyphens that sit between word characters.
    pieces = []
    start = 0
    index = 0
    length = len(word)
    while index < length:
        if word[index] == "-" and index > start and word[index - 1] != "-":
            end = index
            while end < length and word[end] == "-":
                end += 1
            if end < length and _is_word_char(word[end]) and _is_word_char(word[index - 1]):
                pieces.append(word[start:end])
                start = end
                index = end
                continue
        index += 1
    if start < length:
        pieces.append(word[start:])
    return pieces


class TextWrapper:
    """Wraps paragraphs of text into lines of at most ``width`` characters."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in "\t\n\x0b\x0c\r":
                text = text.replace(ch, " ")
        return text

    def _split(self, text):
        chunks = []
        index = 0
        length = len(text)
        while index < length:
            end = index
            if _is_space(text[index]):
                while end < length and _is_space(text[end]):
                    end += 1
                chunks.append(text[index:end])
            else:
                while end < length and not _is_space(text[end]):
                    end += 1
                word = text[index:end]
                if self.break_on_hyphens:
                    chunks.extend(_split_hyphens(word))
                else:
                    chunks.append(word)
            index = end
        return chunks

    def _fix_sentence_endings(self, chunks):
        index = 0
        while index < len(chunks) - 1:
            chunk = chunks[index]
            if chunks[index + 1] == " " and len(chunk) >= 2 and chunk[-1] in ".!?" and chunk[-2].islower():
                chunks[index + 1] = "  "
                index += 2
            elif (chunks[index + 1] == " " and len(chunk) >= 3 and chunk[-1] in "\"'" and chunk[-2] in ".!?"
                  and chunk[-3].islower()):
                chunks[index + 1] = "  "
                index += 2
            else:
                index += 1

    def _handle_long_word(self, pending, line, line_length, width):
        room = 1 if width < 1 else width - line_length
        if self.break_long_words:
            word = pending[len(pending) - 1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                hyphen = word.rfind("-", 0, room)
                if hyphen > 0 and word[:hyphen].strip("-") != "":
                    cut = hyphen + 1
            line.append(word[:cut])
            pending[len(pending) - 1] = word[cut:]
        elif len(line) == 0:
            line.append(pending.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width " + repr(self.width) + " (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = list(chunks)
        pending.reverse()
        while len(pending) > 0:
            line = []
            line_length = 0
            indent = self.subsequent_indent if len(lines) > 0 else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and pending[len(pending) - 1].strip() == "" and len(lines) > 0:
                pending.pop()
            while len(pending) > 0:
                size = len(pending[len(pending) - 1])
                if line_length + size <= width:
                    line.append(pending.pop())
                    line_length += size
                else:
                    break
            if len(pending) > 0 and len(pending[len(pending) - 1]) > width:
                self._handle_long_word(pending, line, line_length, width)
                line_length = 0
                for piece in line:
                    line_length += len(piece)
            if self.drop_whitespace and len(line) > 0 and line[len(line) - 1].strip() == "":
                line_length -= len(line[len(line) - 1])
                line.pop()
            if len(line) == 0:
                continue
            last_line_allowed = self.max_lines is None or len(lines) + 1 < self.max_lines
            rest_is_blank = len(pending) == 0 or (self.drop_whitespace and len(pending) == 1 and
                                                  pending[0].strip() == "")
            if last_line_allowed or (rest_is_blank and line_length <= width):
                lines.append(indent + "".join(line))
                continue
            placed = False
            while len(line) > 0:
                if line[len(line) - 1].strip() != "" and line_length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + "".join(line))
                    placed = True
                    break
                line_length -= len(line[len(line) - 1])
                line.pop()
            if not placed:
                if len(lines) > 0:
                    previous = lines[len(lines) - 1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[len(lines) - 1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def wrap(self, text):
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (a list of str, without newlines)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width, as one str with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, truncated to fit width with a placeholder at the end."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def _leading_space(line):
    index = 0
    while index < len(line) and (line[index] == " " or line[index] == "\t"):
        index += 1
    return line[:index]


def dedent(text):
    """text with the whitespace that all its non-blank lines start with removed."""
    lines = text.split("\n")
    margin = None
    for index in range(len(lines)):
        line = lines[index]
        if line.strip(" \t") == "":
            lines[index] = ""
            continue
        prefix = _leading_space(line)
        if margin is None:
            margin = prefix
        elif not prefix.startswith(margin):
            common = 0
            while common < len(margin) and common < len(prefix) and margin[common] == prefix[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line != "" else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix added to the start of each line that predicate accepts (non-blank lines)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip() != ""):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
