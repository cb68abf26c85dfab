"""Parsing CSV-like text with quoted fields, converting types and totalling."""
TEXT = '''id,name,city,amount
1,Ann,"Oslo, NO",12.50
2,Bo,Lund,7
3,"Cy ""the kid""",Turku,-3.25
'''
def parse_line(line):
    fields, current, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                current += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(current)
            current = ""
        else:
            current += ch
        i += 1
    fields.append(current)
    return fields
lines = TEXT.strip().splitlines()
header = parse_line(lines[0])
records = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in records:
    r["id"] = int(r["id"])
    r["amount"] = float(r["amount"])
    print(r)
print("total", sum(r["amount"] for r in records))
