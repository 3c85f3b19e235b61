/** Rows listed per section before "and N more": a hover must stay readable. */
const MAX_ROWS = 8;

/** The first rows, then a count of the rest. */
export function capped(rows: string[]): string[] {
  return rows.length <= MAX_ROWS ? rows : [...rows.slice(0, MAX_ROWS), `- … and ${rows.length - MAX_ROWS} more`];
}
