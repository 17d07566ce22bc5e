/**
 * Sortable columns: a button in each header; numbers sort as numbers, names in Vietnamese order.
 * A table grouped into several bodies (one per year) sorts within each body, its heading row kept
 * first, so that sorting never ranks one group against another.
 */
const collator = new Intl.Collator('vi', { numeric: true });

export function enhanceSortableTable(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent ?? '';
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset.sort ?? '';
      for (const body of table.tBodies) {
        const rows = [...body.rows].filter((row) => !row.hasAttribute('data-group'));
        rows.sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          // Missing values sort last in both directions.
          if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0);
          const numeric = !Number.isNaN(Number(x)) && !Number.isNaN(Number(y));
          const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
          return ascending ? order : -order;
        });
        body.append(...rows);
      }
    });
  });
}
