"""The showcase: one tab per widget family; each demo live, its source beside it."""
from pytk.widgets import FlowPanel, Label, RootPanel, ToggleButton, Widget
from pytk.widgets.tabs import TabLayoutPanel
from pytk.widgets.theme import install_theme, set_theme

from showcase.client import (demos_basic, demos_data, demos_forms, demos_inputs, demos_navigation, demos_panels,
                             demos_popups, demos_reactive)
from showcase.shared.sources import FAMILIES, SourceService

MODULES = {"basic": demos_basic, "inputs": demos_inputs, "panels": demos_panels, "popups": demos_popups,
           "navigation": demos_navigation, "data": demos_data, "forms": demos_forms,
           "reactive": demos_reactive}


def element_widget(tag, text, style_name=None):
    """A widget over a new ``<tag>`` holding ``text`` as text."""
    widget = Widget(style_name, document.createElement(tag))
    widget.element.textContent = text
    return widget


def demo_card(demo, function):
    live = FlowPanel([function()], style_name="demo-live")
    source = element_widget("pre", demo.source, "demo-source")
    source.set_attribute("tabindex", "0")
    source.set_attribute("aria-label", "Source of " + demo.title)
    return FlowPanel([element_widget("h2", demo.title), live, source], style_name="demo")


async def family_page(family, page):
    demos = await SourceService().demos(family)
    functions = MODULES[family].DEMOS
    for demo in demos:
        page.add(demo_card(demo, functions[demo.name]))
    page.element.setAttribute("data-demos", str(len(demos)))


async def main():
    install_theme()
    dark = ToggleButton("Dark theme", on_toggle=lambda down: set_theme("dark" if down else "light"),
                        style_name="theme-switch")
    header = FlowPanel([element_widget("h1", "pytk widgets"), dark], style_name="showcase-header")
    tabs = TabLayoutPanel(label="Widget families", style_name="families")
    pages = []
    for family in FAMILIES:
        page = FlowPanel(style_name="family family-" + family[0])
        tabs.add(page, family[1])
        pages.append([family[0], page])
    RootPanel.get("app").add(FlowPanel([header, tabs]))
    for entry in pages:
        await family_page(entry[0], entry[1])
    RootPanel.get().element.setAttribute("data-ready", "yes")
