// The search page: runs the query of its form (or of ?q= in its address, as the header's
// search box sends it) on the index Pagefind wrote into the site, and lists the articles found,
// each with its date and themes, twenty at a time: "Meer resultaten" adds the next twenty, moves
// the focus to the first of them and says in the status (a live region) how many are shown.
// Without JavaScript, or without an index, the page points to the archive and the themes (the
// sentence that search needs JavaScript is a <noscript>). Nothing already on screen moves: the
// note keeps its place, the results area keeps its height, the button is hidden while loading.
const script = document.querySelector("script[data-index]");
const words = script.dataset;
const form = document.querySelector(".search-form");
const input = document.getElementById("zoekterm");
const status = document.getElementById("zoekstatus");
const list = document.getElementById("zoekresultaten");
const more = document.getElementById("zoekmeer");
const step = 20;

// The index is cut into shards, each a Pagefind index of its own, listed in shards.json: the
// first is loaded, the others are merged into it, and a search ranks the results of all as one.
let pagefind = null;
try {
  const response = await fetch(words.index + "shards.json", { cache: "no-cache" });
  const shards = await response.json();
  const first = await import(words.index + shards[0] + "/pagefind.js");
  await first.options({ baseUrl: words.base });
  await Promise.all(
    shards.slice(1).map((shard) => first.mergeIndex(words.index + shard + "/", { baseUrl: words.base })),
  );
  pagefind = first;
} catch {
  status.textContent = words.unavailable;
}

let latest = 0;
let found = [];

function counted(shown) {
  const total = found.length;
  if (total === 0) return words.none;
  if (total === 1) return words.foundOne;
  const text = shown < total ? words.shown : words.found;
  return text.replace("{count}", total).replace("{shown}", shown);
}

function item(result) {
  const item = document.createElement("li");
  const title = document.createElement("h2");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title;
  title.append(link);
  item.append(title);
  // "A, B, " as the article lists its themes (metadata: Pagefind writes filters in another order
  // on every run, and the site's bytes must not change from build to build).
  const themes = (result.meta.themes ?? "").split(",").map((name) => name.trim()).filter((name) => name !== "");
  if (result.meta.date || themes.length) {
    const facts = document.createElement("p");
    facts.className = "meta";
    if (result.meta.date) {
      const date = document.createElement("time");
      if (result.meta.iso) date.dateTime = result.meta.iso;
      date.textContent = result.meta.date;
      facts.append(date);
    }
    if (themes.length) facts.append((result.meta.date ? " · " : "") + `${words.themes}: ${themes.join(", ")}`);
    item.append(facts);
  }
  const excerpt = document.createElement("p");
  excerpt.innerHTML = result.excerpt; // Pagefind's excerpt: the page's own text, escaped, with <mark>
  item.append(excerpt);
  return item;
}

// Adds the next results to the list; `focus` moves the focus to the first of them.
async function show(ticket, focus) {
  more.hidden = true; // hidden while loading, so that it never jumps
  const start = list.children.length;
  const results = await Promise.all(found.slice(start, start + step).map((result) => result.data()));
  if (ticket !== latest) return;
  const items = results.map(item);
  if (start === 0) list.replaceChildren(...items);
  else list.append(...items);
  status.textContent = counted(list.children.length);
  more.hidden = list.children.length >= found.length;
  if (focus && items.length) items[0].querySelector("a").focus();
}

async function run(term) {
  const ticket = ++latest;
  if (!pagefind || !term.trim()) {
    found = [];
    more.hidden = true;
    list.replaceChildren();
    if (pagefind) status.textContent = "";
    return;
  }
  const search = await pagefind.search(term);
  if (ticket !== latest) return;
  found = search.results;
  if (!found.length) {
    more.hidden = true;
    list.replaceChildren();
    status.textContent = words.none;
    return;
  }
  list.replaceChildren();
  await show(ticket, false);
}

more.addEventListener("click", () => show(latest, true));
form.addEventListener("submit", (event) => {
  event.preventDefault();
  history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
  run(input.value);
});
input.addEventListener("input", () => run(input.value));
const query = new URLSearchParams(location.search).get("q");
if (query) {
  input.value = query;
  run(query);
} else if (input.value.trim()) {
  // Typed while the index was loading (its shards take a moment on a slow line).
  run(input.value);
}
