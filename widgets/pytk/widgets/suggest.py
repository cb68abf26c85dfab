"""SuggestBox: a text box that offers suggestions as the user types (WAI-ARIA combobox).

``suggest(text)`` returns the suggestions (a list, or an awaitable of one: fetch them over
RPC); answers that arrive after a newer request are dropped. The list is a ``listbox`` under the
box; Down and Up move through it, Enter picks, Escape closes it, and a click picks too.
"""
from pytk.widgets.basic import TextBox
from pytk.widgets.widget import Widget


class SuggestBox(Widget):
    """A ``TextBox`` (``box``) with suggestions. A suggestion is a text, or a ``(value, text)``
    pair; ``on_select(value)`` runs when the user picks one, after the box takes its text.
    ``delay`` (milliseconds) waits for a pause in typing; ``min_chars`` characters are needed
    before asking; ``limit`` suggestions show at most."""

    _count = [0]

    def __init__(self, suggest, on_select=None, placeholder=None, label=None, delay=150, min_chars=1, limit=10,
                 style_name=None):
        Widget.__init__(self, style_name)
        SuggestBox._count[0] += 1
        ident = "pytk-suggest-" + str(SuggestBox._count[0])
        self.suggest = suggest
        self.on_select = on_select
        self.delay = delay
        self.min_chars = min_chars
        self.limit = limit
        self.suggestions = []
        self.active = -1
        self._request = 0
        self._timer = None
        self.box = TextBox(placeholder=placeholder, label=label)
        self.box.parent = self
        box = self.box.element
        box.setAttribute("role", "combobox")
        box.setAttribute("aria-autocomplete", "list")
        box.setAttribute("aria-expanded", "false")
        box.setAttribute("aria-controls", ident + "-list")
        box.setAttribute("autocomplete", "off")
        self.element.style.position = "relative"
        self.element.appendChild(box)
        self.list = document.createElement("ul")
        self.list.id = ident + "-list"
        self.list.className = "pytk-SuggestBox-list"
        self.list.setAttribute("role", "listbox")
        if label is not None:
            self.list.setAttribute("aria-label", str(label))
        self.list.hidden = True
        self.element.appendChild(self.list)
        self._ident = ident
        box.addEventListener("input", lambda event: self._typed())
        box.addEventListener("keydown", self._key)
        box.addEventListener("blur", lambda event: self.close())
        self.list.addEventListener("mousedown", lambda event: event.preventDefault())  # keep the focus
        self.list.addEventListener("click", self._clicked)

    def get_value(self):
        return self.box.value

    def set_value(self, value):
        self.box.value = value

    value = property(get_value, set_value)

    def _typed(self):
        if self._timer is not None:
            window.clearTimeout(self._timer)
        self._timer = window.setTimeout(lambda: self.refresh(), self.delay)

    async def refresh(self):
        """Ask for suggestions for the box's text now, and show them."""
        self._timer = None
        self._request += 1
        request = self._request
        text = self.box.value
        if len(text.strip()) < self.min_chars:
            self.show([])
            return
        result = self.suggest(text)
        if result is not None and result.then:
            result = await result
        if request == self._request:
            self.show(result or [])

    def show(self, suggestions):
        """Show these suggestions (an empty list closes the list)."""
        self.suggestions = [(item if isinstance(item, list) or isinstance(item, tuple) else (item, item))
                            for item in suggestions][:self.limit]
        self.list.textContent = ""
        for index in range(len(self.suggestions)):
            option = document.createElement("li")
            option.id = self._ident + "-option-" + str(index)
            option.setAttribute("role", "option")
            option.setAttribute("aria-selected", "false")
            option.textContent = str(self.suggestions[index][1])
            self.list.appendChild(option)
        self.active = -1
        self.box.element.removeAttribute("aria-activedescendant")
        is_open = len(self.suggestions) > 0
        self.list.hidden = not is_open
        self.box.element.setAttribute("aria-expanded", "true" if is_open else "false")

    def close(self):
        self._request += 1
        self.show([])

    def is_open(self):
        return not self.list.hidden

    def _activate(self, index):
        count = len(self.suggestions)
        if count == 0:
            return
        index = (index + count) % count
        options = self.list.children
        if 0 <= self.active < count:
            options[self.active].setAttribute("aria-selected", "false")
        self.active = index
        options[index].setAttribute("aria-selected", "true")
        self.box.element.setAttribute("aria-activedescendant", options[index].id)

    def pick(self, index):
        """Take suggestion ``index``: its text goes into the box, ``on_select`` gets its value."""
        value = self.suggestions[index][0]
        self.box.value = self.suggestions[index][1]
        self.close()
        if self.on_select is not None:
            self.on_select(value)

    def _key(self, event):
        key = event.key
        if key == "ArrowDown":
            if not self.is_open():
                self.refresh()
            else:
                self._activate(self.active + 1)
        elif key == "ArrowUp" and self.is_open():
            self._activate(self.active - 1)
        elif key == "Enter" and self.is_open() and self.active >= 0:
            self.pick(self.active)
        elif key == "Escape" and self.is_open():
            self.close()
        else:
            return
        event.preventDefault()

    def _clicked(self, event):
        option = event.target.closest("li")
        if option is None:
            return
        for index in range(len(self.suggestions)):
            if self.list.children[index] is option:
                self.pick(index)
                return
