"""datetime.datetime construction, arithmetic, formatting and parsing."""
from datetime import datetime, timedelta
start = datetime(2024, 3, 1, 9, 30)
end = start + timedelta(hours=36, minutes=45)
print(start, end, end - start, end.isoformat(), start.strftime("%Y-%m-%d %H:%M"))
print(datetime.fromisoformat("2024-01-02T03:04:05"), start < end, end.date(), end.time())
print(datetime.strptime("05/06/2024 14:15", "%d/%m/%Y %H:%M"))
