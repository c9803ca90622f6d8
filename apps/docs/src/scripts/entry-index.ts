/**
 * Progressive enhancement of the entry index. Filtering itself is CSS (see
 * EntryIndex.astro); this keeps the URL in step with the filters, announces the
 * number of visible rows and makes the column headers sort the table.
 */

function visibleRows(table: HTMLTableElement): number {
  let count = 0;
  for (const row of Array.from(table.tBodies[0]?.rows ?? [])) {
    if (getComputedStyle(row).display !== "none") count++;
  }
  return count;
}

function syncFromUrl(form: HTMLFormElement): void {
  const query = new URLSearchParams(location.search);
  for (const select of Array.from(form.querySelectorAll("select"))) {
    const wanted = query.get(select.name);
    if (wanted !== null && Array.from(select.options).some((option) => option.value === wanted)) {
      select.value = wanted;
    }
  }
}

function syncToUrl(form: HTMLFormElement): void {
  const query = new URLSearchParams();
  for (const select of Array.from(form.querySelectorAll("select"))) {
    if (select.value !== "") query.set(select.name, select.value);
  }
  const search = query.toString();
  history.replaceState(
    null,
    "",
    search === "" ? location.pathname : `${location.pathname}?${search}`,
  );
}

function makeSortable(table: HTMLTableElement): void {
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []);
  headers.forEach((header, column) => {
    if (header.dataset.sortKey === undefined) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sap-sort";
    button.textContent = header.textContent;
    header.textContent = "";
    header.append(button);
    button.addEventListener("click", () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const body = table.tBodies[0];
      if (body === undefined) return;
      const rows = Array.from(body.rows);
      const key = (row: HTMLTableRowElement): string => row.cells[column]?.dataset.sort ?? "";
      const id = (row: HTMLTableRowElement): string => row.dataset.id ?? "";
      rows.sort((a, b) => {
        const order = key(a).localeCompare(key(b)) || id(a).localeCompare(id(b));
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}

export function enhanceIndex(): void {
  const root = document.querySelector<HTMLElement>(".sap-index");
  const form = root?.querySelector<HTMLFormElement>("form.sap-filters");
  const table = root?.querySelector<HTMLTableElement>("table.sap-entries");
  const count = root?.querySelector<HTMLElement>(".sap-count");
  if (!form || !table || !count) return;
  const total = Number(count.dataset.total);
  count.classList.add("is-live");
  const update = (): void => {
    const shown = visibleRows(table);
    count.textContent = shown === total ? `${total} entries` : `${shown} of ${total} entries`;
    root?.classList.toggle("is-empty", shown === 0);
  };
  syncFromUrl(form);
  update();
  form.addEventListener("change", () => {
    syncToUrl(form);
    update();
  });
  form.addEventListener("reset", () => {
    setTimeout(() => {
      syncToUrl(form);
      update();
    }, 0);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  makeSortable(table);
}
