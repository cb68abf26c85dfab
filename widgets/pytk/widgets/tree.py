"""Tree and TreeItem: a hierarchy the user opens and closes (WAI-ARIA tree view).

Children may be given up front or loaded on first opening (``load_children``, which may be
``async``, for children fetched over RPC). Keys: Up/Down move through the visible items, Right
opens an item or goes to its first child, Left closes it or goes to its parent, Home/End,
Enter or Space select, ``*`` opens the item and its siblings, and a character moves to the next
visible item whose text starts with it. Only one item is in the Tab order at a time.
"""
from pytk.widgets.widget import Widget


class TreeItem(Widget):
    """One node: ``text``, ``children`` (TreeItems), or ``load_children()`` returning them
    (a list, or an awaitable of one) the first time the item opens. ``value`` is yours."""

    tag = "li"

    def __init__(self, text="", children=None, load_children=None, value=None, open=False,
                 style_name=None):
        Widget.__init__(self, style_name)
        self.value = value
        self.tree = None
        self.parent_item = None
        self.children = []
        self._load = load_children
        self.element.setAttribute("role", "treeitem")
        self.element.setAttribute("tabindex", "-1")
        self.element.setAttribute("aria-selected", "false")
        self._caption = document.createElement("span")
        self._caption.className = "pytk-TreeItem-text"
        self.element.appendChild(self._caption)
        self._group = document.createElement("ul")
        self._group.setAttribute("role", "group")
        self._group.hidden = True
        self.element.appendChild(self._group)
        self.bind_or_set(text, self.set_text)
        for child in children or []:
            self.add_item(child)
        self._refresh_expandable()
        self._caption.addEventListener("click", self._clicked)
        if open:
            self.set_open(True)

    def get_text(self):
        return self._caption.textContent

    def set_text(self, text):
        self._caption.textContent = str(text)

    text = property(get_text, set_text)

    def add_item(self, item):
        item.parent_item = self
        item.parent = self
        item._attach(self.tree, self.level() + 1)
        self.children.append(item)
        self._group.appendChild(item.element)
        self._refresh_expandable()
        return item

    def _attach(self, tree, level):
        self.tree = tree
        self.element.setAttribute("aria-level", str(level))
        for child in self.children:
            child._attach(tree, level + 1)

    def level(self):
        return 1 if self.parent_item is None else self.parent_item.level() + 1

    def has_children(self):
        return len(self.children) > 0 or self._load is not None

    def _refresh_expandable(self):
        if self.has_children():
            self.element.setAttribute("aria-expanded", "true" if self.is_open() else "false")
        else:
            self.element.removeAttribute("aria-expanded")

    def is_open(self):
        return not self._group.hidden

    async def set_open(self, is_open):
        """Open or close the item; the first opening runs ``load_children``."""
        if is_open and self._load is not None:
            load = self._load
            self._load = None
            self.element.setAttribute("aria-busy", "true")
            loading = document.createElement("li")
            loading.className = "pytk-TreeItem-loading"
            loading.setAttribute("role", "none")
            loading.textContent = "Loading…"
            self._group.appendChild(loading)
            self._group.hidden = False
            self._refresh_expandable()
            result = load()
            if result is not None and result.then:
                result = await result
            self._group.removeChild(loading)
            self.element.removeAttribute("aria-busy")
            for child in result or []:
                self.add_item(child)
        self._group.hidden = not is_open or not self.has_children()
        self._refresh_expandable()

    def visible_items(self):
        """This item and, if it is open, its visible descendants, in order."""
        found = [self]
        if self.is_open():
            for child in self.children:
                found.extend(child.visible_items())
        return found

    def _clicked(self, event):
        if self.tree is not None:
            self.tree.select(self, True)
        if self.has_children():
            self.set_open(not self.is_open())


class Tree(Widget):
    """The tree (``role=tree``); ``on_select(item)`` runs when the user selects an item."""

    tag = "ul"

    def __init__(self, items=None, label=None, on_select=None, style_name=None):
        Widget.__init__(self, style_name)
        self.element.setAttribute("role", "tree")
        if label is not None:
            self.element.setAttribute("aria-label", str(label))
        self.items = []
        self.selected = None
        self.on_select = on_select
        self.element.addEventListener("keydown", self._key)
        for item in items or []:
            self.add_item(item)

    def add_item(self, item):
        item.parent = self
        item.parent_item = None
        item._attach(self, 1)
        self.items.append(item)
        self.element.appendChild(item.element)
        if len(self.items) == 1:
            item.element.setAttribute("tabindex", "0")
        return item

    def visible_items(self):
        found = []
        for item in self.items:
            found.extend(item.visible_items())
        return found

    def focus(self, item):
        for other in self.visible_items():
            other.element.setAttribute("tabindex", "-1")
        item.element.setAttribute("tabindex", "0")
        item.element.focus()

    def select(self, item, notify=False):
        if self.selected is not None:
            self.selected.element.setAttribute("aria-selected", "false")
        self.selected = item
        item.element.setAttribute("aria-selected", "true")
        self.focus(item)
        if notify and self.on_select is not None:
            self.on_select(item)

    def _focused(self):
        for item in self.visible_items():
            if item.element is document.activeElement:
                return item
        return None

    def _key(self, event):
        item = self._focused()
        if item is None:
            return
        visible = self.visible_items()
        index = visible.index(item)
        key = event.key
        if key == "ArrowDown" and index + 1 < len(visible):
            self.focus(visible[index + 1])
        elif key == "ArrowUp" and index > 0:
            self.focus(visible[index - 1])
        elif key == "Home":
            self.focus(visible[0])
        elif key == "End":
            self.focus(visible[len(visible) - 1])
        elif key == "ArrowRight":
            if item.has_children() and not item.is_open():
                item.set_open(True)
            elif item.is_open() and len(item.children) > 0:
                self.focus(item.children[0])
        elif key == "ArrowLeft":
            if item.is_open():
                item.set_open(False)
            elif item.parent_item is not None:
                self.focus(item.parent_item)
        elif key == "Enter" or key == " ":
            self.select(item, True)
        elif key == "*":
            siblings = self.items if item.parent_item is None else item.parent_item.children
            for sibling in siblings:
                if sibling.has_children():
                    sibling.set_open(True)
        elif len(key) == 1 and not event.ctrlKey and not event.metaKey and not event.altKey:
            count = len(visible)
            for step in range(1, count + 1):
                candidate = visible[(index + step) % count]
                if candidate.text.strip().lower().startswith(key.lower()):
                    self.focus(candidate)
                    break
        else:
            return
        event.preventDefault()
        event.stopPropagation()
