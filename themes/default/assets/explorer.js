// The offers explorer: filters the complete list in place (by group, year, form, status and term), sorts it, keeps
// the choices in the address (/offers/?term=withdrawal-timetable) and downloads the rows shown as CSV (RFC 4180).
// Without JavaScript the page is the complete list in time order. A long list is split into pages: the script first
// gathers the rows of every page, following rel="prev" and rel="next" from this one, so it filters all the offers.
(function () {
  "use strict";
  const root = document.querySelector("[data-explorer]");
  if (!root) return;
  const form = root.querySelector("[data-explorer-controls]");
  const status = root.querySelector("[data-explorer-status]");
  const download = root.querySelector("[data-explorer-download]");
  const body = root.querySelector("tbody");
  let rows = Array.from(body.rows);
  const keys = { group: "groups", year: "year", form: "form", status: "status", term: "terms" };
  const columns = ["date", "title", "url", "by", "to", "via", "form", "status", "terms"];

  function chosen() {
    const out = {};
    for (const select of form.querySelectorAll("select")) if (select.value) out[select.name] = select.value;
    return out;
  }

  function matches(row, filters) {
    return Object.entries(filters).every(([name, value]) => {
      if (!(name in keys)) return true;
      return (row.dataset[keys[name]] || "").split(" ").includes(value);
    });
  }

  function sortRows(order) {
    const sign = order.startsWith("-") ? -1 : 1;
    const field = order.replace("-", "");
    const value = (row) => field === "title" ? row.querySelector("th a").textContent.toLocaleLowerCase() : row.dataset.sort;
    const sorted = rows.slice().sort((a, b) => sign * (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0));
    body.append(...sorted);
  }

  function label(name) {
    const select = form.elements[name];
    return select.options[select.selectedIndex].text.replace(/ \(\d+\)$/, "");
  }

  function apply() {
    const filters = chosen();
    let shown = 0;
    for (const row of rows) {
      const on = matches(row, filters);
      row.hidden = !on;
      if (on) shown++;
    }
    sortRows(filters.sort || "date");
    const what = Object.keys(filters).filter((n) => n !== "sort").map((n) => `${form.elements[n].closest("label").firstChild.textContent.trim()}: ${label(n)}`);
    const order = form.elements.sort.options[form.elements.sort.selectedIndex].text.toLowerCase();
    status.textContent = `${shown} of ${rows.length} offers` + (what.length ? `, ${what.join("; ")}` : "") + `, ${order}.`;
    download.querySelector("button").textContent = `Download ${shown === rows.length ? "all" : "these"} ${shown} offers as CSV`;
    download.querySelector("button").disabled = shown === 0;
    const params = new URLSearchParams(filters);
    history.replaceState(null, "", location.pathname + (params.toString() ? "?" + params : ""));
  }

  // RFC 4180: fields with a comma, a quote or a line break are quoted, quotes doubled; lines end with CRLF.
  function field(text) {
    const value = String(text ?? "");
    return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }

  function csv() {
    const lines = [columns.join(",")];
    for (const row of body.rows) {
      if (row.hidden) continue;
      const record = JSON.parse(row.dataset.record);
      lines.push(columns.map((c) => field(record[c])).join(","));
    }
    return lines.join("\r\n") + "\r\n";
  }

  download.querySelector("button").addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([csv()], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "offers.csv";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  // Reads the pages before (rel="prev") or after (rel="next") this one, one after another, handing over each page's rows.
  async function follow(link, rel, take) {
    let url = link ? link.href : null;
    while (url) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      take(Array.from(page.querySelectorAll("[data-explorer] tbody tr"), (row) => document.importNode(row, true)));
      const further = page.querySelector(`link[rel="${rel}"]`);
      url = further ? new URL(further.getAttribute("href"), url).href : null;
    }
  }

  async function gather() {
    const pages = root.querySelector("[data-pages]");
    if (!pages) return;
    status.textContent = "Gathering every page of offers…";
    const before = [];
    const after = [];
    await Promise.all([
      follow(document.querySelector('link[rel="prev"]'), "prev", (found) => before.unshift(...found)),
      follow(document.querySelector('link[rel="next"]'), "next", (found) => after.push(...found)),
    ]);
    rows = [...before, ...rows, ...after];
    body.append(...rows);
    pages.hidden = true;
  }

  const params = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll("select")) {
    const wanted = params.get(select.name);
    if (wanted && Array.from(select.options).some((o) => o.value === wanted)) select.value = wanted;
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply, 0));
  form.addEventListener("submit", (event) => event.preventDefault());
  // If another page cannot be read, the explorer stays this page's list, as without JavaScript.
  gather().then(() => {
    form.hidden = false;
    download.hidden = false;
    apply();
  }, () => { status.textContent = "The other pages of offers could not be read; this page lists some of them."; });
})();
