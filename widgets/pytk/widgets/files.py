"""FileUpload: the user picks files; the app reads them in the browser."""
from pytk.widgets.widget import FocusWidget


class FileUpload(FocusWidget):
    """An ``<input type=file>``. ``accept`` limits the kinds offered (``".csv,text/plain"``,
    ``"image/*"``), ``multiple`` allows several; ``on_change(event)`` runs when the choice
    changes. The files are the browser's ``File`` objects; ``read_text`` and ``read_data_url``
    read one (awaitable), to show it or send its content through a Service."""

    tag = "input"

    def __init__(self, accept=None, multiple=False, label=None, on_change=None, enabled=True, style_name=None):
        FocusWidget.__init__(self, style_name)
        self.element.setAttribute("type", "file")
        if accept is not None:
            self.element.setAttribute("accept", str(accept))
        if multiple:
            self.element.multiple = True
        if label is not None:
            self.element.setAttribute("aria-label", str(label))
        self.set_enabled(enabled)
        if on_change is not None:
            self.add_handler("change", on_change)

    def get_files(self):
        """The chosen files, a list of ``File`` (each has ``name``, ``size`` and ``type`` in
        JavaScript: ``file.js_name`` in Python, as ``name`` is renamed)."""
        return [file for file in self.element.files]

    files = property(get_files)

    def get_file_names(self):
        return [file.js_name for file in self.element.files]

    file_names = property(get_file_names)

    def get_total_size(self):
        total = 0
        for file in self.element.files:
            total += file.size
        return total

    async def read_text(self, index=0):
        """The content of file ``index`` as text (UTF-8)."""
        return await self._file(index).text()

    async def read_data_url(self, index=0):
        """The content of file ``index`` as a ``data:`` URL (for an ``Image``, say)."""
        file = self._file(index)
        # __new__(...) must be compiled without operator overloading, or it becomes `new __call__(...)`.
        __pragma__("noopov")
        reader = __new__(FileReader())

        def start(resolve, reject):
            reader.onload = lambda event: resolve(reader.result)
            reader.onerror = lambda event: reject(reader.error)
            reader.readAsDataURL(file)

        loaded = __new__(Promise(start))
        __pragma__("opov")
        return await loaded

    def _file(self, index):
        files = self.element.files
        if index < 0 or index >= files.length:
            raise IndexError("no file " + str(index) + ": " + str(files.length) + " chosen")
        return files[index]

    def clear(self):
        self.element.value = ""
