"""__len__, __getitem__ with negative indices and slices, __setitem__, __delitem__."""
class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(self.songs[index])
        return self.songs[index]
    def __setitem__(self, index, value):
        self.songs[index] = value
    def __delitem__(self, index):
        del self.songs[index]
    def __repr__(self):
        return f"Playlist({self.songs})"
p = Playlist(["a", "b", "c", "d"])
print(len(p), p[0], p[-1], p[1:3], p[::-1])
p[0] = "A"
del p[1]
print(p, list(p))
