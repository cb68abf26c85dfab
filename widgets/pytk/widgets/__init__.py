"""pytk's widget library: GWT's widgets with Pythonic APIs, compiled to JavaScript.

Every widget owns one real DOM element (``widget.element``). User text is always set as
text, never parsed as HTML; markup goes only through ``SafeHtml``.
"""
from pytk.widgets.widget import Widget, FocusWidget
from pytk.widgets.safehtml import SafeHtml
from pytk.widgets.reactive import Observable, ObservableList, Computed, bind, computed
from pytk.widgets.basic import Label, HTML, Button, ToggleButton, Hyperlink, Image, ProgressBar, TextBox
from pytk.widgets.inputs import PasswordTextBox, TextArea, NumberBox, IntegerBox
from pytk.widgets.checks import CheckBox, RadioButton, RadioGroup
from pytk.widgets.listbox import ListBox
from pytk.widgets.listview import ListView
from pytk.widgets.panels import (Panel, FlowPanel, VerticalPanel, HorizontalPanel, ScrollPanel,
                                 DisclosurePanel, RootPanel)
from pytk.widgets.tables import Grid, FlexTable
from pytk.widgets.popups import PopupPanel, DialogBox
from pytk.widgets.tabs import TabLayoutPanel
from pytk.widgets.menus import MenuBar, MenuItem
from pytk.widgets.tree import Tree, TreeItem
from pytk.widgets.selection import SelectionModel
from pytk.widgets.celllist import CellList
from pytk.widgets.datagrid import Column, DataGrid, Page, PageRequest
from pytk.widgets.forms import Field, Form
from pytk.widgets.router import Route, Router
from pytk.widgets.suggest import SuggestBox
from pytk.widgets.layout import DockLayoutPanel, SplitLayoutPanel, StackLayoutPanel
from pytk.widgets.dates import DatePicker
from pytk.widgets.files import FileUpload

__all__ = ["Widget", "FocusWidget", "SafeHtml", "Observable", "ObservableList", "Computed", "bind",
           "computed", "Label", "HTML", "Button", "ToggleButton", "Hyperlink", "Image", "ProgressBar",
           "TextBox", "PasswordTextBox", "TextArea", "NumberBox", "IntegerBox", "CheckBox",
           "RadioButton", "RadioGroup", "ListBox", "ListView", "Panel", "FlowPanel", "VerticalPanel",
           "HorizontalPanel", "ScrollPanel", "DisclosurePanel", "RootPanel", "Grid", "FlexTable",
           "PopupPanel", "DialogBox", "TabLayoutPanel", "MenuBar", "MenuItem", "Tree", "TreeItem",
           "SelectionModel", "CellList", "Column", "DataGrid", "Page", "PageRequest", "Field", "Form", "Route", "Router", "SuggestBox", "DockLayoutPanel",
           "SplitLayoutPanel", "StackLayoutPanel", "DatePicker", "FileUpload"]
