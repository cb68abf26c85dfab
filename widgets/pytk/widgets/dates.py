"""DatePicker: a month calendar to pick a date with the mouse or the keyboard.

Dates are ISO strings, ``"2026-11-25"``: what a ``date`` field sends over RPC, and what sorts
in order. The calendar is a ``grid`` (the WAI-ARIA date picker's): arrow keys move a day or a
week, PageUp/PageDown a month, Home/End to the week's ends, Enter or Space pick.
"""
from pytk.widgets.widget import Widget

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def day_number(year, month, day):
    """Days since 1970-01-01 (proleptic Gregorian calendar)."""
    year = year - 1 if month <= 2 else year
    era = (year if year >= 0 else year - 399) // 400
    of_era = year - era * 400
    of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    of_era_days = of_era * 365 + of_era // 4 - of_era // 100 + of_year
    return era * 146097 + of_era_days - 719468


def from_day_number(number):
    """``(year, month, day)`` of a day number."""
    number += 719468
    era = (number if number >= 0 else number - 146096) // 146097
    of_era = number - era * 146097
    year_of_era = (of_era - of_era // 1460 + of_era // 36524 - of_era // 146096) // 365
    of_year = of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted = (5 * of_year + 2) // 153
    day = of_year - (153 * shifted + 2) // 5 + 1
    month = shifted + (3 if shifted < 10 else -9)
    return [year_of_era + era * 400 + (1 if month <= 2 else 0), month, day]


def iso(year, month, day):
    return str(year).zfill(4) + "-" + str(month).zfill(2) + "-" + str(day).zfill(2)


def parse_iso(text):
    """``(year, month, day)`` of ``"YYYY-MM-DD"``; ``ValueError`` for anything else."""
    parts = str(text).split("-")
    if len(parts) != 3 or len(parts[0]) != 4 or len(parts[1]) != 2 or len(parts[2]) != 2:
        raise ValueError("not a date in the form YYYY-MM-DD: " + repr(text))
    year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
    if from_day_number(day_number(year, month, day)) != [year, month, day]:
        raise ValueError("no such date: " + repr(text))
    return [year, month, day]


def today_iso():
    """Today's date in the browser's time zone, as an ISO string."""
    # __new__(...) must be compiled without operator overloading, or it becomes `new __call__(...)`.
    __pragma__("noopov")
    now = __new__(Date())
    __pragma__("opov")
    return iso(now.getFullYear(), now.getMonth() + 1, now.getDate())


def weekday(number):
    """0 for Monday ... 6 for Sunday."""
    return (number + 3) % 7


class DatePicker(Widget):
    """A calendar. ``value`` is the picked date (an ISO string) or ``None``; ``minimum`` and
    ``maximum`` (ISO strings) bound what can be picked; ``on_change(value)`` runs when the user
    picks a date. ``today`` (ISO) is marked, and shown first when there is no value."""

    _count = [0]

    def __init__(self, value=None, minimum=None, maximum=None, today=None, on_change=None, label="Date",
                 style_name=None):
        Widget.__init__(self, style_name)
        DatePicker._count[0] += 1
        self._prefix = "pytk-date-" + str(DatePicker._count[0])
        self.on_change = on_change
        self.minimum = None if minimum is None else day_number(*parse_iso(minimum))
        self.maximum = None if maximum is None else day_number(*parse_iso(maximum))
        if today is None:
            today = today_iso()
        self.today = day_number(*parse_iso(today))
        self.selected = None if value is None else day_number(*parse_iso(value))
        self.focused = self.selected if self.selected is not None else self.today
        self.element.setAttribute("role", "group")
        self.element.setAttribute("aria-label", str(label))
        header = document.createElement("div")
        header.className = "pytk-DatePicker-header"
        self._previous = self._button(header, "Previous month", "\u2039", lambda event: self.move_month(-1))
        self.caption = document.createElement("h2")
        self.caption.className = "pytk-DatePicker-caption"
        self.caption.id = self._prefix + "-caption"
        self.caption.setAttribute("aria-live", "polite")
        header.appendChild(self.caption)
        self._next = self._button(header, "Next month", "\u203a", lambda event: self.move_month(1))
        self.element.appendChild(header)
        self.grid = document.createElement("table")
        self.grid.setAttribute("role", "grid")
        self.grid.setAttribute("aria-labelledby", self.caption.id)
        head = document.createElement("thead")
        row = document.createElement("tr")
        for name in DAYS:
            cell = document.createElement("th")
            cell.setAttribute("scope", "col")
            cell.setAttribute("abbr", name)
            cell.textContent = name[:2]
            row.appendChild(cell)
        head.appendChild(row)
        self.grid.appendChild(head)
        self.body = document.createElement("tbody")
        self.grid.appendChild(self.body)
        self.element.appendChild(self.grid)
        self.body.addEventListener("click", self._clicked)
        self.body.addEventListener("keydown", self._key)
        self.render()

    def _button(self, parent, label, text, handler):
        button = document.createElement("button")
        button.setAttribute("type", "button")
        button.setAttribute("aria-label", label)
        button.textContent = text
        button.addEventListener("click", handler)
        parent.appendChild(button)
        return button

    def get_value(self):
        return None if self.selected is None else iso(*from_day_number(self.selected))

    def set_value(self, value):
        self.selected = None if value is None else day_number(*parse_iso(value))
        if self.selected is not None:
            self.focused = self.selected
        self.render()

    value = property(get_value, set_value)

    def allowed(self, number):
        return (self.minimum is None or number >= self.minimum) and (self.maximum is None or number <= self.maximum)

    def render(self, focus=False):
        """Draw the month of the focused day."""
        year, month, day = from_day_number(self.focused)
        self.caption.textContent = MONTHS[month - 1] + " " + str(year)
        first = day_number(year, month, 1)
        start = first - weekday(first)
        self.body.textContent = ""
        cell_number = start
        focus_cell = None
        while True:
            row = document.createElement("tr")
            for column in range(7):
                cell = document.createElement("td")
                shown = from_day_number(cell_number)
                cell.textContent = str(shown[2])
                cell.setAttribute("data-day", str(cell_number))
                cell.setAttribute("tabindex", "0" if cell_number == self.focused else "-1")
                cell.setAttribute("aria-selected", "true" if cell_number == self.selected else "false")
                cell.setAttribute("aria-label", DAYS[column] + ", " + str(shown[2]) + " " + MONTHS[shown[1] - 1] + " "
                                  + str(shown[0]))
                if shown[1] != month:
                    cell.classList.add("pytk-other-month")
                if cell_number == self.today:
                    cell.classList.add("pytk-today")
                    cell.setAttribute("aria-current", "date")
                if not self.allowed(cell_number):
                    cell.setAttribute("aria-disabled", "true")
                if cell_number == self.focused:
                    focus_cell = cell
                row.appendChild(cell)
                cell_number += 1
            self.body.appendChild(row)
            if from_day_number(cell_number)[1] != month:
                break
        if focus and focus_cell is not None:
            focus_cell.focus()

    def move_month(self, months, focus=False):
        """Show the month ``months`` away (the focused day keeps its number, within the month)."""
        year, month, day = from_day_number(self.focused)
        index = year * 12 + month - 1 + months
        year = index // 12
        month = index % 12 + 1
        last = from_day_number(day_number(year + (1 if month == 12 else 0), 1 if month == 12 else month + 1, 1) - 1)[2]
        self.focused = day_number(year, month, min(day, last))
        self.render(focus)

    def pick(self, number):
        """Pick a day (if allowed) and call ``on_change``."""
        if not self.allowed(number):
            return
        self.selected = number
        self.focused = number
        self.render(True)
        if self.on_change is not None:
            self.on_change(self.get_value())

    def _clicked(self, event):
        cell = event.target.closest("td")
        if cell is not None:
            self.pick(int(cell.getAttribute("data-day")))

    def _key(self, event):
        key = event.key
        steps = {"ArrowLeft": -1, "ArrowRight": 1, "ArrowUp": -7, "ArrowDown": 7,
                 "Home": -weekday(self.focused), "End": 6 - weekday(self.focused)}
        if key in steps:
            self.focused += steps[key]
            self.render(True)
        elif key == "PageUp" or key == "PageDown":
            self.move_month(-1 if key == "PageUp" else 1, True)
        elif key == "Enter" or key == " ":
            self.pick(self.focused)
        else:
            return
        event.preventDefault()
