"""MenuBar and MenuItem: menus, nested, operated by mouse and keyboard (WAI-ARIA menubar).

A ``MenuBar`` is a ``menubar`` (or, ``vertical``, a ``menu``) of ``MenuItem``s; an item either
runs a command (``on_select``) or opens a sub-menu (``submenu``, another MenuBar).

Keys: in the bar, Left/Right move, Down, Enter or Space open a sub-menu; in a menu, Up/Down move,
Right opens a nested menu, Left or Escape close the menu and return to its item, Enter or Space run
the command; Home and End go to the first and last item; a character moves to the next item
whose text starts with it.
"""
from pytk.widgets.widget import Widget


class MenuItem(Widget):
    """One entry: ``text``, and either ``on_select()`` or a ``submenu``."""

    tag = "li"

    def __init__(self, text="", on_select=None, submenu=None, enabled=True, style_name=None):
        Widget.__init__(self, style_name)
        self.element.setAttribute("role", "menuitem")
        self.element.setAttribute("tabindex", "-1")
        self.menu = None
        self.on_select = on_select
        self.submenu = submenu
        self._caption = document.createElement("span")
        self.element.appendChild(self._caption)
        self.bind_or_set(text, self.set_text)
        self.set_enabled(enabled)
        if submenu is not None:
            submenu.vertical_menu()
            submenu.parent_item = self
            submenu.parent = self
            submenu.set_visible(False)
            self.element.setAttribute("aria-haspopup", "menu")
            self.element.setAttribute("aria-expanded", "false")
            self.element.appendChild(submenu.element)
        self.element.addEventListener("click", self._clicked)

    def get_text(self):
        return self._caption.textContent

    def set_text(self, text):
        self._caption.textContent = str(text)

    text = property(get_text, set_text)

    def set_enabled(self, enabled):
        self.enabled = bool(enabled)
        self.set_aria("disabled", None if enabled else True)

    def _clicked(self, event):
        event.stopPropagation()
        if not self.enabled:
            return
        if self.submenu is not None:
            if self.is_open():
                self.close()
            else:
                self.open()
                self.submenu.focus_item(0)
        else:
            self.run()

    def is_open(self):
        return self.submenu is not None and self.submenu.is_visible()

    def open(self):
        if self.submenu is None:
            return
        self.menu.close_others(self)
        self.submenu.set_visible(True)
        self.element.setAttribute("aria-expanded", "true")

    def close(self):
        if self.submenu is None or not self.is_open():
            return
        self.submenu.close_all()
        self.submenu.set_visible(False)
        self.element.setAttribute("aria-expanded", "false")

    def run(self):
        """Run the command and close the menus up to the bar, giving it the focus back."""
        root = self.menu.root()
        root.close_all()
        root.focus_item(root.items.index(self.menu.top_item(self)))
        if self.on_select is not None:
            self.on_select()


class MenuBar(Widget):
    """A row (or, ``vertical``, a column) of ``MenuItem``s."""

    tag = "ul"

    def __init__(self, items=None, vertical=False, label=None, style_name=None):
        Widget.__init__(self, style_name)
        self.items = []
        self.vertical = vertical
        self.parent_item = None
        self._outside = None
        self.element.setAttribute("role", "menu" if vertical else "menubar")
        if vertical:
            self.element.setAttribute("aria-orientation", "vertical")
        if label is not None:
            self.element.setAttribute("aria-label", str(label))
        for item in items or []:
            self.add_item(item)
        self.element.addEventListener("keydown", self._key)

    def vertical_menu(self):
        self.vertical = True
        self.element.setAttribute("role", "menu")
        self.element.classList.add("pytk-MenuBar-vertical")

    def add_item(self, item):
        item.menu = self
        item.parent = self
        self.items.append(item)
        self.element.appendChild(item.element)
        if len(self.items) == 1 and self.parent_item is None:
            item.element.setAttribute("tabindex", "0")
        if self._outside is None and not self.vertical:
            self._outside = self._pressed_outside
            document.addEventListener("mousedown", self._outside)
        return item

    def _pressed_outside(self, event):
        if not self.element.contains(event.target):
            self.close_all()

    def root(self):
        menu = self
        while menu.parent_item is not None:
            menu = menu.parent_item.menu
        return menu

    def top_item(self, item):
        """The item of the root bar under which ``item`` lies."""
        while item.menu.parent_item is not None:
            item = item.menu.parent_item
        return item

    def close_others(self, keep):
        for item in self.items:
            if item is not keep:
                item.close()

    def close_all(self):
        for item in self.items:
            item.close()

    def focus_item(self, index):
        if len(self.items) == 0:
            return
        index = index % len(self.items)
        for position in range(len(self.items)):
            self.items[position].element.setAttribute("tabindex", "0" if position == index else "-1")
        self.items[index].element.focus()

    def _next_starting_with(self, character, index):
        """The index of the next item (after ``index``, wrapping) whose text starts with ``character``."""
        count = len(self.items)
        wanted = character.lower()
        for step in range(1, count + 1):
            position = (index + step) % count
            if self.items[position].text.strip().lower().startswith(wanted):
                return position
        return index

    def _focused_index(self):
        for position in range(len(self.items)):
            if self.items[position].element is document.activeElement:
                return position
        return -1

    def _key(self, event):
        index = self._focused_index()
        if index < 0:
            return  # the key belongs to a nested menu: it handles its own
        event.stopPropagation()
        item = self.items[index]
        key = event.key
        forward = "ArrowDown" if self.vertical else "ArrowRight"
        backward = "ArrowUp" if self.vertical else "ArrowLeft"
        handled = True
        if key == forward:
            was_open = item.is_open()
            self.focus_item(index + 1)
            if was_open and not self.vertical:
                self.items[(index + 1) % len(self.items)].open()
        elif key == backward:
            self.focus_item(index - 1 + len(self.items))
        elif key == "Home":
            self.focus_item(0)
        elif key == "End":
            self.focus_item(len(self.items) - 1)
        elif key == "Enter" or key == " " or (key == "ArrowDown" and not self.vertical) or \
                (key == "ArrowRight" and self.vertical and item.submenu is not None):
            if item.submenu is not None:
                item.open()
                item.submenu.focus_item(0)
            elif key == "Enter" or key == " ":
                if item.enabled:
                    item.run()
            else:
                handled = False
        elif (key == "Escape" or key == "ArrowLeft") and self.parent_item is not None:
            owner = self.parent_item
            owner.close()
            owner.menu.focus_item(owner.menu.items.index(owner))
            if key == "ArrowLeft" and not owner.menu.vertical:
                owner.menu.focus_item(owner.menu.items.index(owner) - 1 + len(owner.menu.items))
        elif key == "ArrowRight" and self.vertical:
            top = self.root()
            if not top.vertical:
                position = top.items.index(self.top_item(item))
                top.close_all()
                top.focus_item(position + 1)
        elif key == "Escape":
            self.close_all()
        elif len(key) == 1 and key != " " and not event.ctrlKey and not event.metaKey and not event.altKey:
            self.focus_item(self._next_starting_with(key, index))
        else:
            handled = False
        if handled:
            event.preventDefault()

    def dispose(self):
        if self._outside is not None:
            document.removeEventListener("mousedown", self._outside)
            self._outside = None
        Widget.dispose(self)
