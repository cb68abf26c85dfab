"""pytk's widget library: GWT's widgets with Pythonic APIs, compiled to JavaScript.

Every widget owns one real DOM element (``widget.element``). User text is always set as
text, never parsed as HTML; markup goes only through ``SafeHtml``.

The package exports the core that most pages use; every other widget is imported from its
module (``from pytk.widgets.datagrid import DataGrid``), so an app downloads only the widget
modules it imports.
"""
from pytk.widgets.widget import Widget, FocusWidget
from pytk.widgets.safehtml import SafeHtml
from pytk.widgets.reactive import Observable, ObservableList, Computed, bind, computed
from pytk.widgets.basic import Label, HTML, Button, ToggleButton, Hyperlink, Image, ProgressBar, TextBox
from pytk.widgets.panels import (Panel, FlowPanel, VerticalPanel, HorizontalPanel, ScrollPanel,
                                 DisclosurePanel, RootPanel)

__all__ = ["Widget", "FocusWidget", "SafeHtml", "Observable", "ObservableList", "Computed", "bind",
           "computed", "Label", "HTML", "Button", "ToggleButton", "Hyperlink", "Image", "ProgressBar",
           "TextBox", "Panel", "FlowPanel", "VerticalPanel", "HorizontalPanel", "ScrollPanel",
           "DisclosurePanel", "RootPanel"]
