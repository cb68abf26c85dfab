"""The default theme: CSS custom properties, a light and a dark variant, styles per class name.

``install_theme()`` adds the theme's ``<style>`` to the page once. The variant follows the
user's system setting (``prefers-color-scheme``) unless ``set_theme("dark")`` or
``set_theme("light")`` chooses one (``set_theme(None)`` goes back to the system's). An app
changes the look by overriding the ``--pytk-*`` properties in its own CSS.
"""

VARIABLES = """
:root {
  --pytk-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --pytk-radius: 6px;
  --pytk-gap: 8px;
  --pytk-bg: #ffffff;
  --pytk-fg: #1d2330;
  --pytk-muted: #4f5868;
  --pytk-surface: #f3f5f8;
  --pytk-border: #8a93a3;
  --pytk-accent: #1f5fbf;
  --pytk-accent-fg: #ffffff;
  --pytk-selected: #dce8fb;
  --pytk-focus: #1f5fbf;
  --pytk-danger: #b3261e;
  --pytk-glass: rgba(10, 14, 22, 0.45);
  --pytk-shadow: 0 6px 24px rgba(10, 14, 22, 0.25);
  color-scheme: light;
}
"""

DARK = """
  --pytk-bg: #15181e;
  --pytk-fg: #e8ebf1;
  --pytk-muted: #aab2c0;
  --pytk-surface: #20252e;
  --pytk-border: #7d8696;
  --pytk-accent: #8ab4f8;
  --pytk-accent-fg: #0b1524;
  --pytk-selected: #2b3b55;
  --pytk-focus: #8ab4f8;
  --pytk-danger: #f2b8b5;
  --pytk-glass: rgba(0, 0, 0, 0.6);
  --pytk-shadow: 0 6px 24px rgba(0, 0, 0, 0.6);
  color-scheme: dark;
"""

RULES = """
[hidden] { display: none !important; }
body { background: var(--pytk-bg); color: var(--pytk-fg); font-family: var(--pytk-font); }
:focus-visible { outline: 2px solid var(--pytk-focus); outline-offset: 2px; }
.pytk-Button, .pytk-ToggleButton, .pytk-TabLayoutPanel-tab {
  font: inherit; color: var(--pytk-fg); background: var(--pytk-surface);
  border: 1px solid var(--pytk-border); border-radius: var(--pytk-radius); padding: 0.35em 0.9em; cursor: pointer; }
.pytk-Button:disabled { opacity: 0.6; cursor: not-allowed; }
.pytk-ToggleButton.pytk-down { background: var(--pytk-accent); color: var(--pytk-accent-fg); border-color: var(--pytk-accent); }
.pytk-TextBox, .pytk-PasswordTextBox, .pytk-NumberBox, .pytk-IntegerBox, .pytk-TextArea, .pytk-ListBox {
  font: inherit; color: var(--pytk-fg); background: var(--pytk-bg);
  border: 1px solid var(--pytk-border); border-radius: var(--pytk-radius); padding: 0.3em 0.5em; }
.pytk-CheckBox, .pytk-RadioButton { display: inline-flex; align-items: center; gap: 0.35em; margin-right: 1em; }
.pytk-RadioGroup { display: flex; flex-wrap: wrap; }
.pytk-Hyperlink { color: var(--pytk-accent); }
.pytk-ProgressBar { position: relative; height: 1.4em; min-width: 10em; background: var(--pytk-surface);
  border: 1px solid var(--pytk-border); border-radius: var(--pytk-radius); overflow: hidden; }
.pytk-ProgressBar-bar { height: 100%; background: var(--pytk-accent); }
.pytk-ProgressBar-text { position: absolute; inset: 0; text-align: center; line-height: 1.4em;
  color: var(--pytk-fg); mix-blend-mode: normal; }
.pytk-ProgressBar.pytk-indeterminate .pytk-ProgressBar-bar { opacity: 0.4; }
.pytk-Grid, .pytk-FlexTable { border-collapse: collapse; }
.pytk-Grid th, .pytk-Grid td, .pytk-FlexTable td { border: 1px solid var(--pytk-border); padding: 0.25em 0.6em; text-align: left; }
.pytk-Grid th { background: var(--pytk-surface); }
.pytk-ScrollPanel { border: 1px solid var(--pytk-border); border-radius: var(--pytk-radius); padding: 0.3em; }
.pytk-DisclosurePanel-header { cursor: pointer; font-weight: 600; }
.pytk-DisclosurePanel-content { padding: 0.4em 1.2em; }
.pytk-PopupPanel, .pytk-DialogBox { background: var(--pytk-bg); color: var(--pytk-fg); border: 1px solid var(--pytk-border);
  border-radius: var(--pytk-radius); box-shadow: var(--pytk-shadow); padding: 0.6em; z-index: 1000; }
.pytk-DialogBox { min-width: 16em; padding: 0; }
.pytk-DialogBox-caption { font-weight: 600; padding: 0.6em 0.9em; background: var(--pytk-surface);
  border-bottom: 1px solid var(--pytk-border); border-radius: var(--pytk-radius) var(--pytk-radius) 0 0; }
.pytk-DialogBox-content { padding: 0.9em; display: flex; flex-direction: column; gap: var(--pytk-gap); }
.pytk-DialogBox-glass { position: fixed; inset: 0; background: var(--pytk-glass); z-index: 999; }
.pytk-TabLayoutPanel-tabs { display: flex; gap: 2px; border-bottom: 1px solid var(--pytk-border); }
.pytk-TabLayoutPanel-tab { border-radius: var(--pytk-radius) var(--pytk-radius) 0 0; border-bottom: none; }
.pytk-TabLayoutPanel-tab[aria-selected=true] { background: var(--pytk-accent); color: var(--pytk-accent-fg); border-color: var(--pytk-accent); }
.pytk-TabLayoutPanel-page { padding: 0.8em 0.4em; }
.pytk-MenuBar { list-style: none; margin: 0; padding: 0; display: flex; gap: 2px; background: var(--pytk-surface);
  border: 1px solid var(--pytk-border); border-radius: var(--pytk-radius); }
.pytk-MenuBar-vertical { position: absolute; flex-direction: column; min-width: 10em; z-index: 900;
  background: var(--pytk-bg); box-shadow: var(--pytk-shadow); top: 100%; left: 0; }
.pytk-MenuBar-vertical .pytk-MenuBar-vertical { top: 0; left: 100%; }
.pytk-MenuItem { position: relative; padding: 0.35em 0.9em; cursor: pointer; white-space: nowrap; }
.pytk-MenuItem:hover, .pytk-MenuItem:focus { background: var(--pytk-selected); }
.pytk-MenuItem[aria-disabled=true] { color: var(--pytk-muted); cursor: default; }
.pytk-MenuItem[aria-haspopup]::after { content: " \\25be"; }
.pytk-MenuBar-vertical > .pytk-MenuItem[aria-haspopup]::after { content: " \\25b8"; }
.pytk-Tree, .pytk-Tree ul { list-style: none; margin: 0; padding-left: 1.1em; }
.pytk-Tree { padding-left: 0; }
.pytk-TreeItem-text { cursor: pointer; padding: 0.1em 0.3em; border-radius: 3px; }
.pytk-TreeItem[aria-expanded] > .pytk-TreeItem-text::before { content: "\\25b8 "; }
.pytk-TreeItem[aria-expanded=true] > .pytk-TreeItem-text::before { content: "\\25be "; }
.pytk-TreeItem[aria-selected=true] > .pytk-TreeItem-text { background: var(--pytk-selected); }
.pytk-TreeItem-loading { color: var(--pytk-muted); font-style: italic; }
.pytk-DataGrid table { border-collapse: collapse; }
.pytk-DataGrid th, .pytk-DataGrid td { border: 1px solid var(--pytk-border); padding: 0.25em 0.6em; text-align: left; }
.pytk-DataGrid th { background: var(--pytk-surface); }
.pytk-DataGrid-sort { font: inherit; font-weight: 600; color: inherit; background: none; border: none; padding: 0; cursor: pointer; }
.pytk-DataGrid th[aria-sort=ascending] .pytk-DataGrid-sort::after { content: " \25b4"; }
.pytk-DataGrid th[aria-sort=descending] .pytk-DataGrid-sort::after { content: " \25be"; }
.pytk-DataGrid tbody tr { cursor: pointer; }
.pytk-DataGrid tbody tr[aria-selected=true], .pytk-CellList [aria-selected=true] { background: var(--pytk-selected); }
.pytk-DataGrid-pager { display: flex; align-items: center; gap: 4px; margin-top: 4px; }
.pytk-DataGrid-pager button { font: inherit; color: var(--pytk-fg); background: var(--pytk-surface);
  border: 1px solid var(--pytk-border); border-radius: var(--pytk-radius); min-width: 2em; cursor: pointer; }
.pytk-DataGrid-pager button:disabled { opacity: 0.6; cursor: default; }
.pytk-DataGrid-range { padding: 0 0.5em; }
.pytk-DataGrid-status:empty { display: none; }
.pytk-CellList { border: 1px solid var(--pytk-border); border-radius: var(--pytk-radius); padding: 2px; min-width: 10em; }
.pytk-CellList [role=option] { padding: 0.2em 0.5em; cursor: pointer; border-radius: 3px; }
.pytk-CellList .pytk-active { outline: 2px solid var(--pytk-focus); outline-offset: -2px; }
.pytk-SuggestBox { display: inline-block; }
.pytk-SuggestBox-list { position: absolute; left: 0; top: 100%; z-index: 800; list-style: none; margin: 2px 0 0; padding: 2px;
  min-width: 100%; background: var(--pytk-bg); color: var(--pytk-fg); border: 1px solid var(--pytk-border);
  border-radius: var(--pytk-radius); box-shadow: var(--pytk-shadow); }
.pytk-SuggestBox-list [role=option] { padding: 0.25em 0.6em; cursor: pointer; }
.pytk-SuggestBox-list [aria-selected=true], .pytk-SuggestBox-list [role=option]:hover { background: var(--pytk-selected); }
.pytk-SplitLayoutPanel-separator { background: var(--pytk-border); }
.pytk-SplitLayoutPanel-separator:hover, .pytk-SplitLayoutPanel-separator.pytk-dragging { background: var(--pytk-accent); }
.pytk-StackLayoutPanel-header { display: block; width: 100%; text-align: left; font: inherit; font-weight: 600;
  color: var(--pytk-fg); background: var(--pytk-surface); border: 1px solid var(--pytk-border); padding: 0.4em 0.7em; cursor: pointer; }
.pytk-StackLayoutPanel-header[aria-expanded=true] { background: var(--pytk-selected); }
.pytk-StackLayoutPanel-content { padding: 0.6em 0.7em; }
.pytk-DatePicker { display: inline-block; border: 1px solid var(--pytk-border); border-radius: var(--pytk-radius); padding: 0.4em; }
.pytk-DatePicker-header { display: flex; align-items: center; justify-content: space-between; gap: 0.5em; }
.pytk-DatePicker-header button { font: inherit; color: var(--pytk-fg); background: var(--pytk-surface);
  border: 1px solid var(--pytk-border); border-radius: var(--pytk-radius); min-width: 2em; cursor: pointer; }
.pytk-DatePicker-caption { font-size: 1em; margin: 0; }
.pytk-DatePicker table { border-collapse: collapse; }
.pytk-DatePicker th { font-weight: 600; color: var(--pytk-muted); padding: 0.2em; }
.pytk-DatePicker td { text-align: center; padding: 0.25em 0.4em; cursor: pointer; border-radius: 3px; }
.pytk-DatePicker td.pytk-other-month { color: var(--pytk-muted); }
.pytk-DatePicker td.pytk-today { font-weight: 700; text-decoration: underline; }
.pytk-DatePicker td[aria-selected=true] { background: var(--pytk-accent); color: var(--pytk-accent-fg); }
.pytk-DatePicker td[aria-disabled=true] { opacity: 0.5; cursor: not-allowed; }
.pytk-Form { display: flex; flex-direction: column; gap: var(--pytk-gap); align-items: flex-start; }
.pytk-Field { display: flex; flex-direction: column; gap: 2px; }
.pytk-Field-label { font-weight: 600; }
.pytk-Field-label.pytk-required::after { content: " *"; color: var(--pytk-danger); }
.pytk-Field-hint { color: var(--pytk-muted); font-size: 0.9em; }
.pytk-Field-error, .pytk-Form-status.pytk-error { color: var(--pytk-danger); font-size: 0.9em; }
.pytk-Field-error:empty, .pytk-Form-status:empty { display: none; }
.pytk-Field.pytk-invalid input, .pytk-Field.pytk-invalid textarea, .pytk-Field.pytk-invalid select { border-color: var(--pytk-danger); }
.pytk-Form-submit { font: inherit; color: var(--pytk-accent-fg); background: var(--pytk-accent); border: 1px solid var(--pytk-accent);
  border-radius: var(--pytk-radius); padding: 0.35em 0.9em; cursor: pointer; }
"""


def theme_css():
    """The whole stylesheet: variables, the dark variant (chosen or from the system), rules."""
    return (VARIABLES + ":root[data-pytk-theme=dark] {" + DARK + "}\n"
            + "@media (prefers-color-scheme: dark) { :root:not([data-pytk-theme=light]) {" + DARK + "} }\n"
            + RULES)


def install_theme():
    """Add the theme's ``<style id="pytk-theme">`` to the page (once); return the element."""
    existing = document.getElementById("pytk-theme")
    if existing is not None:
        return existing
    style = document.createElement("style")
    style.id = "pytk-theme"
    style.textContent = theme_css()
    document.head.insertBefore(style, document.head.firstChild)
    return style


def set_theme(variant):
    """``"dark"``, ``"light"`` or ``None`` (follow the system setting)."""
    if variant is None:
        document.documentElement.removeAttribute("data-pytk-theme")
    elif variant == "dark" or variant == "light":
        document.documentElement.setAttribute("data-pytk-theme", variant)
    else:
        raise ValueError("theme variant must be 'dark', 'light' or None, not " + repr(variant))


def get_theme():
    return document.documentElement.getAttribute("data-pytk-theme")
