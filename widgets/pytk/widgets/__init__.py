"""pytk's widget library: GWT's widgets with Pythonic APIs, compiled to JavaScript.

Every widget owns one real DOM element (``widget.element``). User text is always set as
text, never parsed as HTML.
"""
from pytk.widgets.widget import Widget
from pytk.widgets.basic import Label, Button, TextBox
from pytk.widgets.panels import Panel, VerticalPanel, HorizontalPanel, RootPanel

__all__ = ["Widget", "Label", "Button", "TextBox", "Panel", "VerticalPanel", "HorizontalPanel", "RootPanel"]
