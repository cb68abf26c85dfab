"""NotImplementedError from abstract-style methods."""
class Exporter:
    def export(self, data):
        raise NotImplementedError(f"{type(self).__name__}.export")
class CsvExporter(Exporter):
    def export(self, data):
        return ",".join(map(str, data))
for exporter in (CsvExporter(), Exporter()):
    try:
        print(exporter.export([1, 2]))
    except NotImplementedError as error:
        print("NotImplementedError:", error)
