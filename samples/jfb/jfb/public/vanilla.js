// The keyed benchmark app in plain JavaScript: the baseline pytk is measured against.
"use strict";
const ADJECTIVES = ["pretty", "large", "big", "small", "tall", "short", "long", "handsome", "plain", "quaint",
  "clean", "elegant", "easy", "angry", "crazy", "helpful", "mushy", "odd", "unsightly", "adorable", "important",
  "inexpensive", "cheap", "expensive", "fancy"];
const COLOURS = ["red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black", "orange"];
const NOUNS = ["table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger", "pizza",
  "mouse", "keyboard"];
const pick = (words) => words[Math.round(Math.random() * 1000) % words.length];

let nextId = 1;
let rows = [];          // {id, label, tr, text}
let selected = null;
const tbody = document.getElementById("tbody");
const template = document.createElement("tr");
template.innerHTML = '<td class="col-md-1"></td><td class="col-md-4"><a class="lbl"></a></td>' +
  '<td class="col-md-1"><a class="remove"><span class="remove" aria-hidden="true"></span></a></td>' +
  '<td class="col-md-6"></td>';

function makeRow() {
  const id = nextId++;
  const label = pick(ADJECTIVES) + " " + pick(COLOURS) + " " + pick(NOUNS);
  const tr = template.cloneNode(true);
  const idCell = tr.firstChild;
  const text = idCell.nextSibling.firstChild.firstChild || idCell.nextSibling.firstChild.appendChild(document.createTextNode(""));
  idCell.textContent = id;
  text.nodeValue = label;
  const row = {id, label, tr, text};
  tr.row = row;
  return row;
}

function append(count) {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const row = makeRow();
    rows.push(row);
    fragment.appendChild(row.tr);
  }
  tbody.appendChild(fragment);
}

function clear() {
  tbody.textContent = "";
  rows = [];
  selected = null;
}

function run(count) { clear(); append(count); }

function update() {
  for (let i = 0; i < rows.length; i += 10) {
    rows[i].label += " !!!";
    rows[i].text.nodeValue = rows[i].label;
  }
}

function swapRows() {
  if (rows.length > 998) {
    const first = rows[1], second = rows[998];
    const after = second.tr.nextSibling;
    tbody.insertBefore(second.tr, first.tr);
    tbody.insertBefore(first.tr, after);
    rows[1] = second;
    rows[998] = first;
  }
}

function select(row) {
  if (selected) selected.tr.className = "";
  row.tr.className = "danger";
  selected = row;
}

function remove(row) {
  tbody.removeChild(row.tr);
  rows.splice(rows.indexOf(row), 1);
  if (selected === row) selected = null;
}

tbody.addEventListener("click", (event) => {
  const tr = event.target.closest("tr");
  if (!tr) return;
  if (event.target.closest(".lbl")) { event.preventDefault(); select(tr.row); }
  else if (event.target.closest(".remove")) { event.preventDefault(); remove(tr.row); }
});
document.getElementById("run").addEventListener("click", () => run(1000));
document.getElementById("runlots").addEventListener("click", () => run(10000));
document.getElementById("add").addEventListener("click", () => append(1000));
document.getElementById("update").addEventListener("click", update);
document.getElementById("clear").addEventListener("click", clear);
document.getElementById("swaprows").addEventListener("click", swapRows);
document.body.setAttribute("data-ready", "yes");
