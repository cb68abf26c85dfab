"""The chat page: sign in, pick a room, talk. Compiled to JavaScript."""
from pytk.client.auth import current_user, login
from pytk.client.channels import channel
from pytk.rpc import RemoteError, RpcError
from pytk.widgets import Button, HorizontalPanel, Label, RootPanel, TextBox, VerticalPanel

from chat.shared.models import ChatLine, ChatService, NotSaid


class PasswordBox(TextBox):
    input_type = "password"


class ChatPage:
    """The signed-in part of the page: rooms, the lines of the current room, who is here."""

    def __init__(self, user, root):
        self.user = user
        self.service = ChatService()
        self.room = None
        self.subscription = None
        self.seen = {}
        self.lines = VerticalPanel([], spacing=4, style_name="lines")
        self.here = Label("", style_name="here")
        self.title = Label("", style_name="room")
        self.status = Label("", style_name="status")
        self.rooms = HorizontalPanel([], spacing=6, style_name="rooms")
        self.entry = TextBox(placeholder="Say something", on_enter=self.say, style_name="entry")
        root.add(VerticalPanel([
            Label("Signed in as " + user, style_name="me"),
            self.rooms, self.title, self.here, self.lines,
            HorizontalPanel([self.entry, Button("Send", on_click=self.say, style_name="send")], spacing=6),
            self.status,
        ], spacing=10, style_name="chat"))

    async def start(self):
        names = await self.service.rooms()
        for name in names:
            self.rooms.add(self.room_button(name))
        await self.join(names[0])

    def room_button(self, name):
        async def open_room(event):
            await self.join(name)
        return Button("#" + name, on_click=open_room, style_name="room-" + name)

    async def join(self, room):
        if self.subscription is not None:
            self.subscription.unsubscribe()
        self.room = room
        self.seen = {}
        self.lines.clear()
        self.title.text = "#" + room
        self.subscription = channel("chat:" + room, ChatLine).subscribe(
            self.show, on_resync=self.reload, on_presence=self.show_presence, on_error=self.refused)
        await self.reload(None)

    async def reload(self, seq):
        history = await self.service.history(self.room)
        for line in history:
            self.show(line)

    def show(self, line):
        if line.room != self.room:
            return
        key = line.at + "|" + line.author + "|" + line.text
        if key in self.seen:
            return
        self.seen[key] = True
        self.lines.add(Label(line.author + ": " + line.text, style_name="line"))

    def show_presence(self, members):
        names = []
        for member in members:
            name = member["user"]
            if name is not None and name not in names:
                names.append(name)
        names.sort()
        self.here.text = "Here: " + ", ".join(names)

    def refused(self, error):
        self.status.text = "Cannot join: " + error.message

    async def say(self, event):
        text = self.entry.value
        try:
            await self.service.say(self.room, text)
            self.entry.value = ""
            self.status.text = ""
        except NotSaid as refusal:
            self.status.text = refusal.reason
        except RpcError as error:
            self.status.text = error.message
        except RemoteError:
            self.status.text = "The server cannot be reached; try again."


def main():
    root = RootPanel.get("app")
    name = TextBox(placeholder="Name", style_name="name")
    password = PasswordBox(placeholder="Password", style_name="password")
    status = Label("", style_name="login-status")
    form = VerticalPanel([Label("Chat", style_name="title"), name, password], spacing=8, style_name="login")

    async def enter(user):
        form.set_visible(False)
        page = ChatPage(user, root)
        await page.start()

    async def sign_in(event):
        try:
            user = await login(name.value, password.value)
        except RpcError as error:
            status.text = "Wrong name or password."
            return
        await enter(user["name"])

    form.add(Button("Sign in", on_click=sign_in, style_name="sign-in"))
    form.add(status)
    root.add(form)
    password.add_handler("keydown", lambda event: sign_in(event) if event.key == "Enter" else None)

    async def resume():
        user = await current_user()
        if user is not None:
            await enter(user["name"])
    resume()
