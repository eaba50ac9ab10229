// The search page: runs the query in the address (/search/?q=…&year=2020) over Pagefind's index, shows facets with
// counts and results with the matched passage, and keeps the address in step so a search can be shared.
// Without JavaScript, or without an index, the page keeps its form and its links to browse the archive.
const root = document.querySelector("[data-search]");
const PAGE_SIZE = 20;

if (root) start(root).catch((error) => {
  const status = root.querySelector("#search-status");
  status.textContent = "Search is not available on this copy of the archive. Browse it instead:";
  root.querySelector("[data-search-browse]").hidden = false;
  console.error(error);
});

async function start(root) {
  const form = root.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const status = root.querySelector("#search-status");
  const facetBox = root.querySelector("[data-search-facets]");
  const list = root.querySelector("[data-search-results]");
  const browse = root.querySelector("[data-search-browse]");
  const facets = root.dataset.facets.split(";").filter(Boolean).map((pair) => {
    const at = pair.indexOf("=");
    return { key: pair.slice(0, at), label: pair.slice(at + 1) };
  });
  const keys = new Set(facets.map((f) => f.key));

  // The state lives in the address: q and any number of facet=value pairs.
  const params = new URLSearchParams(location.search);
  let query = params.get("q") ?? "";
  const chosen = new Map();
  for (const [key, value] of params) {
    if (!keys.has(key)) continue;
    if (!chosen.has(key)) chosen.set(key, new Set());
    chosen.get(key).add(value);
  }
  // What the reader types before the index has loaded is theirs: it is never replaced by the address, and the
  // listeners are in place from the start, so a long name typed at once (an Arabic one, say) is searched whole.
  if (input.value) query = input.value; else input.value = query;
  let generation = 0;
  let timer = 0;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    query = input.value;
    run();
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { query = input.value; run(); }, 250);
  });

  const base = new URL("../", import.meta.url).pathname;
  const loading = (async () => {
    const pagefind = await import(new URL("../pagefind/pagefind.js", import.meta.url).href);
    await pagefind.options({ baseUrl: base, excerptLength: 30 });
    // Loading the facets first makes every search report its facet counts, not only those of the filters in use.
    await pagefind.filters();
    return pagefind;
  })();
  let pagefind = null;

  function address() {
    const next = new URLSearchParams();
    if (query) next.set("q", query);
    for (const [key, values] of chosen) for (const v of values) next.append(key, v);
    const text = next.toString();
    history.replaceState(null, "", location.pathname + (text ? "?" + text : ""));
  }

  function filterArgument() {
    const filters = {};
    for (const [key, values] of chosen) if (values.size > 0) filters[key] = { any: [...values] };
    return filters;
  }

  async function run() {
    const mine = ++generation;
    pagefind ??= await loading;
    if (mine !== generation) return;
    address();
    const filters = filterArgument();
    const anything = query.trim().length > 0 || Object.keys(filters).length > 0;
    if (!anything) {
      list.replaceChildren();
      renderFacets(await pagefind.filters());
      status.textContent = "Type a name, a place or a phrase, or choose a facet.";
      browse.hidden = false;
      return;
    }
    const search = await pagefind.search(query.trim() || null, { filters });
    if (mine !== generation || search === null) return;
    renderFacets(search.filters);
    browse.hidden = search.results.length > 0;
    status.textContent = describe(search.results.length, search.unfilteredResultCount);
    list.replaceChildren();
    await showMore(search.results, 0, mine);
  }

  function describe(count, unfiltered) {
    const what = count === 1 ? "1 result" : `${count} results`;
    const q = query.trim() ? ` for “${query.trim()}”` : "";
    const narrowed = [...chosen].filter(([, v]) => v.size > 0)
      .map(([key, v]) => `${facets.find((f) => f.key === key).label}: ${[...v].join(" or ")}`);
    const of = narrowed.length > 0 && query.trim() ? ` (of ${unfiltered})` : "";
    return what + q + of + (narrowed.length > 0 ? `, narrowed to ${narrowed.join("; ")}` : "") + ".";
  }

  async function showMore(results, from, mine) {
    const page = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    list.querySelector(".more")?.remove();
    for (const data of page) list.append(resultItem(data));
    if (from + PAGE_SIZE < results.length) {
      const li = document.createElement("li");
      li.className = "more";
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = `Show ${Math.min(PAGE_SIZE, results.length - from - PAGE_SIZE)} more`;
      button.addEventListener("click", () => showMore(results, from + PAGE_SIZE, mine));
      li.append(button);
      list.append(li);
    }
  }

  function resultItem(data) {
    const li = document.createElement("li");
    li.className = "result";
    const title = document.createElement("a");
    title.href = data.url;
    title.textContent = data.meta.title ?? data.url;
    const heading = document.createElement("h3");
    heading.append(title);
    const meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = [data.meta.type, data.meta.date].filter(Boolean).join(" · ");
    const excerpt = document.createElement("p");
    excerpt.className = "excerpt";
    excerpt.append(...passage(data.excerpt));
    li.append(heading, meta, excerpt);
    return li;
  }

  // Pagefind marks the matched words with <mark>; everything else is shown as text, never parsed as markup.
  function passage(excerpt) {
    const decode = document.createElement("textarea");
    return excerpt.split(/(<mark>|<\/mark>)/).reduce((acc, part) => {
      if (part === "<mark>") acc.open = true;
      else if (part === "</mark>") acc.open = false;
      else if (part) {
        decode.innerHTML = part;
        const text = document.createTextNode(decode.value);
        if (acc.open) {
          const mark = document.createElement("mark");
          mark.append(text);
          acc.nodes.push(mark);
        } else acc.nodes.push(text);
      }
      return acc;
    }, { open: false, nodes: [] }).nodes;
  }

  function renderFacets(counts) {
    const groups = [];
    for (const facet of facets) {
      const values = Object.entries(counts?.[facet.key] ?? {})
        .filter(([value, n]) => n > 0 || chosen.get(facet.key)?.has(value));
      if (values.length === 0) continue;
      values.sort(facet.key === "year" ? (a, b) => b[0].localeCompare(a[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = facet.label;
      fieldset.append(legend);
      for (const [value, n] of values) {
        const label = document.createElement("label");
        const box = document.createElement("input");
        box.type = "checkbox";
        box.name = facet.key;
        box.value = value;
        box.checked = chosen.get(facet.key)?.has(value) ?? false;
        box.addEventListener("change", () => {
          if (!chosen.has(facet.key)) chosen.set(facet.key, new Set());
          if (box.checked) chosen.get(facet.key).add(value); else chosen.get(facet.key).delete(value);
          run();
        });
        const count = document.createElement("span");
        count.className = "count";
        count.textContent = String(n);
        label.append(box, " " + value + " ", count);
        fieldset.append(label);
      }
      groups.push(fieldset);
    }
    facetBox.replaceChildren(...groups);
    facetBox.hidden = groups.length === 0;
  }

  root.querySelector("[data-search-noscript]")?.remove();
  pagefind = await loading;
  if (input.value !== query) query = input.value;
  await run();
}
