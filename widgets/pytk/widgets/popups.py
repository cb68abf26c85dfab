"""PopupPanel and DialogBox: widgets that float above the page."""
from pytk.widgets.panels import Panel
from pytk.widgets.widget import Widget

FOCUSABLE = ("a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), "
             "textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])")


class PopupPanel(Panel):
    """A panel shown above the page with ``show()`` (or ``center()``, ``show_relative_to``)
    and removed with ``hide()``. With ``auto_hide``, a click outside it or Escape hides it.
    ``on_close()`` runs each time it is hidden."""

    def __init__(self, children=None, auto_hide=False, on_close=None, style_name=None):
        Panel.__init__(self, children, style_name)
        self.auto_hide = auto_hide
        self.on_close = on_close
        self.showing = False
        self._stops = []
        self.element.style.position = "fixed"

    def show(self):
        if self.showing:
            return
        self.showing = True
        document.body.appendChild(self.element)
        if self.auto_hide:
            self._listen(document, "mousedown", self._outside_press)
            self._listen(document, "keydown", self._escape_key)

    def _listen(self, target, event_name, handler):
        def listener(event):
            return handler(event)

        target.addEventListener(event_name, listener, True)

        def stop():
            target.removeEventListener(event_name, listener, True)

        self._stops.append(stop)

    def _outside_press(self, event):
        if not self.element.contains(event.target):
            self.hide()

    def _escape_key(self, event):
        if event.key == "Escape":
            event.stopPropagation()
            self.hide()

    def hide(self):
        if not self.showing:
            return
        self.showing = False
        for stop in self._stops:
            stop()
        self._stops = []
        if self.element.parentNode is not None:
            self.element.parentNode.removeChild(self.element)
        if self.on_close is not None:
            self.on_close()

    def set_position(self, left, top):
        self.element.style.left = str(left) + "px"
        self.element.style.top = str(top) + "px"

    def center(self):
        """Show the popup in the middle of the window."""
        self.show()
        width = self.element.offsetWidth
        height = self.element.offsetHeight
        self.set_position(max(0, (window.innerWidth - width) // 2), max(0, (window.innerHeight - height) // 2))

    def show_relative_to(self, widget):
        """Show the popup just below ``widget``."""
        self.show()
        box = widget.element.getBoundingClientRect()
        self.set_position(box.left, box.bottom)


class DialogBox(PopupPanel):
    """A modal dialog (``role=dialog``, ``aria-modal``) with a caption: while it is shown, a
    glass covers the page, Tab and Shift+Tab cycle within it, and Escape closes it (unless
    ``closable=False``). Hiding it gives the focus back to where it was."""

    _count = [0]

    def __init__(self, caption="", children=None, modal=True, closable=True, on_close=None,
                 style_name=None):
        PopupPanel.__init__(self, None, False, on_close, style_name)
        DialogBox._count[0] += 1
        self.modal = modal
        self.closable = closable
        self._return_focus = None
        self._glass = None
        self.element.setAttribute("role", "dialog")
        if modal:
            self.element.setAttribute("aria-modal", "true")
        self._caption = document.createElement("div")
        self._caption.className = "pytk-DialogBox-caption"
        self._caption.id = "pytk-dialog-caption-" + str(DialogBox._count[0])
        self.element.setAttribute("aria-labelledby", self._caption.id)
        self.element.setAttribute("tabindex", "-1")
        self.element.appendChild(self._caption)
        self._content = document.createElement("div")
        self._content.className = "pytk-DialogBox-content"
        self.element.appendChild(self._content)
        self.bind_or_set(caption, self.set_caption)
        for child in children or []:
            self.add(child)

    def container(self):
        return self._content

    def get_caption(self):
        return self._caption.textContent

    def set_caption(self, text):
        self._caption.textContent = str(text)

    caption = property(get_caption, set_caption)

    def show(self):
        if self.showing:
            return
        self._return_focus = document.activeElement
        if self.modal:
            self._glass = document.createElement("div")
            self._glass.className = "pytk-DialogBox-glass"
            document.body.appendChild(self._glass)
        PopupPanel.show(self)
        self._listen(document, "keydown", self._key)
        self._listen(document, "focusin", self._focus_moved)
        self.focus_first()

    def center(self):
        PopupPanel.center(self)

    def focusable_elements(self):
        return [element for element in self.element.querySelectorAll(FOCUSABLE)]

    def focus_first(self):
        elements = self.focusable_elements()
        if len(elements) > 0:
            elements[0].focus()
        else:
            self.element.focus()

    def _key(self, event):
        if event.key == "Escape" and self.closable:
            event.preventDefault()
            event.stopPropagation()
            self.hide()
        elif event.key == "Tab" and self.modal:
            elements = self.focusable_elements()
            if len(elements) == 0:
                event.preventDefault()
                return
            first = elements[0]
            last = elements[len(elements) - 1]
            active = document.activeElement
            if event.shiftKey and (active is first or not self.element.contains(active)):
                event.preventDefault()
                last.focus()
            elif not event.shiftKey and (active is last or not self.element.contains(active)):
                event.preventDefault()
                first.focus()

    def _focus_moved(self, event):
        if self.modal and not self.element.contains(event.target):
            self.focus_first()

    def hide(self):
        if not self.showing:
            return
        if self._glass is not None:
            if self._glass.parentNode is not None:
                self._glass.parentNode.removeChild(self._glass)
            self._glass = None
        restore = self._return_focus
        self._return_focus = None
        PopupPanel.hide(self)
        if restore is not None and restore.focus:
            restore.focus()
