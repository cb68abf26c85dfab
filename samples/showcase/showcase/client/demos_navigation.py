"""Navigation: tabs, menus, trees."""
from pytk.widgets import HorizontalPanel, Label, VerticalPanel
from pytk.widgets.menus import MenuBar, MenuItem
from pytk.widgets.router import Route, Router
from pytk.widgets.tabs import TabLayoutPanel
from pytk.widgets.tree import Tree, TreeItem


def tabs_demo():
    """TabLayoutPanel: arrow keys move between tabs."""
    return TabLayoutPanel([
        ("Inbox", Label("3 new messages")),
        ("Drafts", Label("No drafts")),
        ("Sent", Label("Sent yesterday: 2")),
    ], label="Mail folders")


def menu_bar_demo():
    """MenuBar: nested menus, mouse and keyboard."""
    chosen = Label("", style_name="demo-output")

    def pick(text):
        return lambda: chosen.set_text("chose " + text)

    menu = MenuBar([
        MenuItem("File", submenu=MenuBar([
            MenuItem("New", on_select=pick("New")),
            MenuItem("Open recent", submenu=MenuBar([MenuItem("notes.txt", on_select=pick("notes.txt"))])),
            MenuItem("Print", enabled=False),
        ])),
        MenuItem("Edit", submenu=MenuBar([MenuItem("Undo", on_select=pick("Undo")),
                                          MenuItem("Redo", on_select=pick("Redo"))])),
        MenuItem("About", on_select=pick("About")),
    ], label="Application")
    return VerticalPanel([menu, chosen], spacing=8)


def tree_demo():
    """Tree: children loaded when first opened."""
    chosen = Label("", style_name="demo-output")

    async def load_planets():
        return [TreeItem(name) for name in ["Mercury", "Venus", "Earth", "Mars"]]

    tree = Tree([
        TreeItem("Fruit", [TreeItem("Apple"), TreeItem("Pear")], open=True),
        TreeItem("Planets", load_children=load_planets),
    ], label="Things", on_select=lambda item: chosen.set_text("selected " + item.text))
    return VerticalPanel([tree, chosen], spacing=8)


def router_demo():
    """Router: views for URLs, back and forward."""
    def planet(number):
        names = ["Mercury", "Venus", "Earth", "Mars"]
        if number < 1 or number > len(names):
            return Label("There is no planet " + str(number) + " here.")
        return Label("Planet " + str(number) + " is " + names[number - 1] + ".")

    router = Router([Route("/", lambda: Label("Pick a planet; then try the browser's Back button.")),
                     Route("/planets/<int:number>", planet)],
                    not_found=lambda path: Label("Nothing at " + path), label="Planet view")
    links = HorizontalPanel([router.link("Start", "/")] +
                            [router.link("Planet " + str(n), "/planets/" + str(n)) for n in range(1, 5)], spacing=10)
    return VerticalPanel([links, router], spacing=8)


DEMOS = {"tabs_demo": tabs_demo, "menu_bar_demo": menu_bar_demo, "tree_demo": tree_demo, "router_demo": router_demo}
