"""Forms: fields with validation, error display and submission (through RPC, typically).

A ``Form`` holds ``Field``s; each field wraps an input widget with a label, validators and a
place for its error. A field is checked when it loses the focus (and again on each edit once it
has shown an error), and every field is checked on submit: then the first invalid field gets the
focus and ``on_submit`` is not called. Errors are tied to their input (``aria-invalid``,
``aria-describedby``) and announced (``aria-live``).

A validator is a function ``(value, values) -> message or None``, where ``values`` is the dict
of every field's value; the ones here make the common checks.
"""
from pytk.widgets.inputs import IntegerBox
from pytk.widgets.widget import Widget


def _text(value):
    return "" if value is None else str(value)


def required(message="This field is required."):
    """The value must not be empty (a check box must be checked)."""
    def check(value, values):
        if value is None or value is False or _text(value).strip() == "":
            return message
        return None

    check.pytk_required = True
    return check


def length(minimum=None, maximum=None, message=None):
    """The text is at least ``minimum`` and at most ``maximum`` characters long (empty passes:
    combine with ``required``)."""
    def check(value, values):
        size = len(_text(value))
        if size == 0:
            return None
        if minimum is not None and size < minimum:
            return message or "Enter at least " + str(minimum) + " characters."
        if maximum is not None and size > maximum:
            return message or "Enter at most " + str(maximum) + " characters."
        return None

    return check


def in_range(minimum=None, maximum=None, message=None):
    """A number between ``minimum`` and ``maximum``, inclusive (``None`` passes)."""
    def check(value, values):
        if value is None:
            return None
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            if message is not None:
                return message
            if minimum is not None and maximum is not None:
                return "Enter a number from " + str(minimum) + " to " + str(maximum) + "."
            if minimum is not None:
                return "Enter a number of at least " + str(minimum) + "."
            return "Enter a number of at most " + str(maximum) + "."
        return None

    return check


def pattern(expression, message="The value does not have the expected form."):
    """The whole text matches ``expression``, a regular expression (JavaScript's syntax, which is
    Python's for the usual patterns). Empty passes."""
    matcher = RegExp("^(?:" + expression + ")$")

    def check(value, values):
        text = _text(value)
        if text == "" or matcher.test(text):
            return None
        return message

    return check


def email(message="Enter an email address, such as name@example.org."):
    return pattern("[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message)


def custom(test, message):
    """``test(value, values)`` must be true: ``custom(lambda value, values: value == values["password"],
    "The passwords differ.")``."""
    def check(value, values):
        return None if test(value, values) else message

    return check


class Field(Widget):
    """One input of a form: ``name`` (its key in the form's values), the input ``widget``, a
    ``label``, ``validators`` and an optional ``hint`` shown under it."""

    _count = [0]

    def __init__(self, name, widget, label=None, validators=None, hint=None, style_name=None):
        Widget.__init__(self, style_name)
        Field._count[0] += 1
        self.name = name
        self.widget = widget
        self.validators = validators or []
        self.error = None
        self._shown = False
        widget.parent = self
        ident = "pytk-field-" + str(Field._count[0])
        self.input = widget.input if hasattr(widget, "input") else widget.element
        self.input.id = ident
        if label is not None:
            caption = document.createElement("label")
            caption.className = "pytk-Field-label"
            caption.setAttribute("for", ident)
            caption.textContent = str(label)
            if self.is_required():
                caption.classList.add("pytk-required")
                self.input.setAttribute("aria-required", "true")
            self.element.appendChild(caption)
        self.element.appendChild(widget.element)
        described = []
        if hint is not None:
            note = document.createElement("div")
            note.className = "pytk-Field-hint"
            note.id = ident + "-hint"
            note.textContent = str(hint)
            self.element.appendChild(note)
            described.append(note.id)
        self._message = document.createElement("div")
        self._message.className = "pytk-Field-error"
        self._message.id = ident + "-error"
        self._message.setAttribute("aria-live", "polite")
        self.element.appendChild(self._message)
        described.append(self._message.id)
        self.input.setAttribute("aria-describedby", " ".join(described))
        self.form = None
        self.input.addEventListener("blur", lambda event: self._check_live())
        self.input.addEventListener("input", lambda event: self._check_live() if self._shown else None)
        self.input.addEventListener("change", lambda event: self._check_live() if self._shown else None)

    def is_required(self):
        for validator in self.validators:
            if getattr(validator, "pytk_required", False):
                return True
        return False

    def get_value(self):
        return self.widget.value

    def set_value(self, value):
        self.widget.value = value

    value = property(get_value, set_value)

    def _check_live(self):
        self.validate(self.form.values() if self.form is not None else {})

    def validate(self, values):
        """Run the validators; show and return the first message (``None`` when valid)."""
        message = None
        if hasattr(self.widget, "is_valid") and self.widget.get_text().strip() != "" and self.widget.value is None:
            message = "Enter a whole number." if isinstance(self.widget, IntegerBox) else "Enter a number."
        for validator in self.validators:
            if message is not None:
                break
            message = validator(self.get_value(), values)
        self.show_error(message)
        return message

    def show_error(self, message):
        """Show ``message`` as the field's error, or clear it with ``None``."""
        self.error = message
        self._shown = message is not None
        self._message.textContent = "" if message is None else str(message)
        if message is None:
            self.input.removeAttribute("aria-invalid")
            self.element.classList.remove("pytk-invalid")
        else:
            self.input.setAttribute("aria-invalid", "true")
            self.element.classList.add("pytk-invalid")

    def focus(self):
        self.input.focus()


class Form(Widget):
    """A ``<form>`` of ``fields`` with a submit button. On a valid submit,
    ``await on_submit(values)`` runs (``values``: a dict by field name); what it returns, if
    anything, is shown as the form's status. An exception from it is shown at the field it names
    (an exception with a ``field`` attribute, such as a declared RPC exception) or for the form."""

    tag = "form"

    def __init__(self, fields, on_submit=None, submit_text="Submit", label=None, style_name=None):
        Widget.__init__(self, style_name)
        self.element.setAttribute("novalidate", "")
        if label is not None:
            self.element.setAttribute("aria-label", str(label))
        self.fields = []
        self.on_submit = on_submit
        self.submitting = False
        for field in fields:
            self.add_field(field)
        self.submit_button = document.createElement("button")
        self.submit_button.setAttribute("type", "submit")
        self.submit_button.className = "pytk-Form-submit"
        self.submit_button.textContent = str(submit_text)
        self.element.appendChild(self.submit_button)
        self.status = document.createElement("div")
        self.status.className = "pytk-Form-status"
        self.status.setAttribute("role", "status")
        self.element.appendChild(self.status)
        self.add_handler("submit", self._submitted)

    def add_field(self, field):
        field.form = self
        field.parent = self
        self.fields.append(field)
        self.element.appendChild(field.element)
        return field

    def field(self, name):
        for field in self.fields:
            if field.name == name:
                return field
        raise KeyError(name)

    def values(self):
        """Every field's value, by name."""
        result = {}
        for field in self.fields:
            result[field.name] = field.get_value()
        return result

    def validate(self):
        """Check every field; focus the first invalid one; return whether all are valid."""
        values = self.values()
        first = None
        for field in self.fields:
            if field.validate(values) is not None and first is None:
                first = field
        if first is not None:
            first.focus()
            self.set_status("Please correct the " + ("field" if self.error_count() == 1 else "fields")
                            + " marked above.", True)
            return False
        self.set_status("")
        return True

    def error_count(self):
        return len([field for field in self.fields if field.error is not None])

    def set_status(self, text, is_error=False):
        self.status.textContent = str(text)
        if is_error:
            self.status.classList.add("pytk-error")
        else:
            self.status.classList.remove("pytk-error")

    async def _submitted(self, event):
        event.preventDefault()
        await self.submit()

    async def submit(self):
        """Validate, then call ``on_submit``; return whether it went through."""
        if self.submitting or not self.validate():
            return False
        if self.on_submit is None:
            return True
        self.submitting = True
        self.submit_button.disabled = True
        self.element.setAttribute("aria-busy", "true")
        try:
            result = self.on_submit(self.values())
            if result is not None and result.then:
                result = await result
            self.set_status("" if result is None else result)
            return True
        except Exception as error:
            name = getattr(error, "field", None)
            message = getattr(error, "message", None) or str(error)
            if name is not None and name in [field.name for field in self.fields]:
                target = self.field(name)
                target.show_error(message)
                target.focus()
                self.set_status("Please correct the field marked above.", True)
            else:
                self.set_status(message, True)
            return False
        finally:
            self.submitting = False
            self.submit_button.disabled = False
            self.element.removeAttribute("aria-busy")
