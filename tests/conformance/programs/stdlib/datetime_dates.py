"""datetime.date arithmetic and formatting."""
from datetime import date, timedelta
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.isoformat(), d.weekday(), d.isoweekday())
print((date(2024, 12, 25) - d).days, d.replace(day=1), d.strftime("%d/%m/%Y"), d.year, d.month)
print(date(2023, 1, 1) < d, repr(d), date.fromisoformat("2020-05-17").toordinal())
