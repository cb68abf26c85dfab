"""Peer groups in the browser: pages meet through the server, then talk over WebRTC.

::

    from pytk.client.p2p import Group

    group = await Group.join("game:42")           # the server's channel "game:42" (presence=True)
    group.on_join = lambda peer: ...              # a direct link to ``peer`` is open
    group.on_leave = lambda peer: ...
    group.on_message = lambda peer, msg: ...
    group.post({"move": [3, 4]})                  # once to every other member

The server is only the rendezvous: the group's channel presence says who is in it, and offers,
answers and ICE candidates travel over the page's websocket (``signal`` frames, see
``pytk.server.p2p``). Messages then go straight from page to page over one RTCDataChannel per
pair of members (a full mesh, reliable and ordered).
"""
from pytk.client.channels import channel
from pytk.client.rpc import decode, encode
from pytk.client.socket import connection
from pytk.rpc.errors import RemoteError

LABEL = "pytk"


def _ignore(*args):
    pass


def _description_kind(description):
    """``description.type`` ("offer" or "answer"), which a Python attribute cannot name here."""
    return __pragma__("js", "{}", "description.type")


def _new_connection(ice_servers):
    config = {"iceServers": ice_servers}
    return __pragma__("js", "{}", "new RTCPeerConnection(config)")


class Peer:
    """This page's link to one other member."""

    def __init__(self, group, peer_id):
        self.group = group
        self.id = peer_id
        self.pc = _new_connection(group.ice_servers)
        self.channel = None
        self.open = False
        self.inbox = []
        self.busy = False
        self.pending_candidates = []
        self.pc.addEventListener("icecandidate", self._candidate)
        self.pc.addEventListener("datachannel", lambda event: self._attach(event.channel))

    def _candidate(self, event):
        if event.candidate:
            self.group._signal(self.id, {"candidate": event.candidate.toJSON()})

    def _attach(self, data_channel):
        self.channel = data_channel

        def opened(event):
            self.open = True
            self.group._linked(self)

        def received(event):
            self.group._received(self, event.data)

        def closed(event):
            self.group._unlinked(self)

        data_channel.addEventListener("open", opened)
        data_channel.addEventListener("message", received)
        data_channel.addEventListener("close", closed)

    async def offer(self):
        self._attach(self.pc.createDataChannel(LABEL))
        try:
            description = await self.pc.createOffer()
            await self.pc.setLocalDescription(description)
        except Exception as error:
            self.group._failed(self, error)
            return
        self.group._signal(self.id, {"sdp": self.pc.localDescription.toJSON()})

    def take(self, data):
        """A signal from the peer: applied one at a time, in the order they came."""
        self.inbox.append(data)
        self._drain()

    async def _drain(self):
        if self.busy:
            return
        self.busy = True
        while len(self.inbox) > 0:
            data = self.inbox.pop(0)
            try:
                await self._apply(data)
            except Exception as error:
                self.group._failed(self, error)
        self.busy = False

    async def _apply(self, data):
        if "sdp" in data:
            description = data["sdp"]
            await self.pc.setRemoteDescription(description)
            if _description_kind(description) == "offer":
                answer = await self.pc.createAnswer()
                await self.pc.setLocalDescription(answer)
                self.group._signal(self.id, {"sdp": self.pc.localDescription.toJSON()})
            for candidate in self.pending_candidates:
                await self.pc.addIceCandidate(candidate)
            self.pending_candidates = []
        elif "candidate" in data:
            if self.pc.remoteDescription:
                await self.pc.addIceCandidate(data["candidate"])
            else:
                self.pending_candidates.append(data["candidate"])

    def send(self, text):
        if self.open:
            self.channel.send(text)
            return True
        return False

    def close(self):
        self.open = False
        self.pc.close()


class Group:
    """A peer group this page has joined; see the module's documentation."""

    def __init__(self, name, spec=None, ice_servers=None):
        self.name = name
        self.spec = spec
        self.ice_servers = ice_servers or []
        self.id = None
        self.peers = {}
        self.present = []
        self.sent = 0
        self.joined = False
        self.on_join = _ignore
        self.on_leave = _ignore
        self.on_message = _ignore
        self.on_error = _ignore

    @staticmethod
    async def join(name, spec=None, ice_servers=None, timeout=10):
        """Join the group ``name`` (a channel declared with presence); return the Group once the
        server has let this page in. Raises RpcError when refused, RemoteError when the server
        cannot be reached. ``spec`` (a dataclass) rebuilds the messages received."""
        group = Group(name, spec, ice_servers)
        await group._enter(timeout)
        return group

    @property
    def members(self):
        """The peer ids this page has an open direct link to."""
        return [peer_id for peer_id in self.peers.keys() if self.peers[peer_id].open]

    def post(self, message):
        """Send ``message`` once to every member linked to this page; return how many got it."""
        self.sent += 1
        text = JSON.stringify({"from": self.id, "n": self.sent, "data": encode(message)})
        count = 0
        for peer_id in list(self.peers.keys()):
            if self.peers[peer_id].send(text):
                count += 1
        return count

    def leave(self):
        """Leave the group: close every link and unsubscribe from the group's channel."""
        self.joined = False
        channel(self.name).unsubscribe()
        for peer_id in list(self.peers.keys()):
            self.peers[peer_id].close()
        self.peers = {}

    # -- the rendezvous ------------------------------------------------------------------
    async def _enter(self, timeout):
        conn = connection()
        if conn is None or not await conn.wait_open(3):
            raise RemoteError("not connected to the server")
        self.id = conn.connection_id
        conn.on_frame(self._frame)
        group = self

        def executor(resolve, reject):
            def on_presence(members):
                group._presence(members)
                if not group.joined:
                    group.joined = True
                    resolve(group)

            def on_error(error):
                reject(error)

            channel(group.name).subscribe(_ignore, None, on_presence, on_error)
            setTimeout(lambda: reject(RemoteError("joining " + group.name + " timed out")), timeout * 1000)
        await __pragma__("js", "{}", "new Promise(executor)")

    def _frame(self, frame):
        if frame.get("type") == "signal" and frame.get("group") == self.name:
            sender = frame.get("from")
            peer = self.peers.get(sender)
            if peer is None:
                peer = Peer(self, sender)
                self.peers[sender] = peer
            peer.take(dict(frame.get("data")))

    def _presence(self, members):
        ids = [member["id"] for member in members if member["id"] != self.id]
        self.present = ids
        for peer_id in ids:
            if peer_id not in self.peers and self.id < peer_id:
                peer = Peer(self, peer_id)
                self.peers[peer_id] = peer
                peer.offer()
        for peer_id in list(self.peers.keys()):
            if peer_id not in ids:
                self._drop(peer_id)

    def _signal(self, peer_id, data):
        connection().send({"type": "signal", "group": self.name, "to": peer_id, "data": data})

    # -- the links -----------------------------------------------------------------------
    def _linked(self, peer):
        self.on_join(peer.id)

    def _unlinked(self, peer):
        if self.peers.get(peer.id) is peer:
            self._drop(peer.id)

    def _drop(self, peer_id):
        peer = self.peers.get(peer_id)
        if peer is None:
            return
        del self.peers[peer_id]
        was_open = peer.open
        peer.close()
        if was_open:
            self.on_leave(peer_id)

    def _received(self, peer, text):
        envelope = dict(JSON.parse(text))
        self.on_message(peer.id, decode(self.spec, envelope.get("data")))

    def _failed(self, peer, error):
        self.on_error(error)
