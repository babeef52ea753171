// The search page: runs the query of its form (or of ?q= in its address, as the header's
// search box sends it) on the index Pagefind wrote into the site, and lists the articles found.
// Without JavaScript, or without an index, the page points to the archive and the themes.
const script = document.querySelector("script[data-index]");
const { index, base, none, found, unavailable } = script.dataset;
const form = document.querySelector(".search-form");
const input = document.getElementById("zoekterm");
const status = document.getElementById("zoekstatus");
const list = document.getElementById("zoekresultaten");

let pagefind = null;
try {
  pagefind = await import(index + "pagefind.js");
  await pagefind.options({ baseUrl: base });
} catch {
  status.textContent = unavailable;
}

let latest = 0;
async function run(term) {
  const ticket = ++latest;
  if (!pagefind || !term.trim()) {
    list.replaceChildren();
    if (pagefind) status.textContent = "";
    return;
  }
  const search = await pagefind.search(term);
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  if (ticket !== latest) return;
  status.textContent = results.length ? `${search.results.length} ${found}` : none;
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = result.url;
      link.textContent = result.meta.title;
      const excerpt = document.createElement("p");
      excerpt.innerHTML = result.excerpt; // Pagefind's excerpt: the page's own text, escaped, with <mark>
      item.append(link, excerpt);
      return item;
    }),
  );
}

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
}
