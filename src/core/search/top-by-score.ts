/** The `k` items with the highest score, best first (ties: lower item first); one pass, no full sort. */
export function topByScore(items: number[], score: (item: number) => number, k: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => score(a) > score(b) || (score(a) === score(b) && a < b);
  for (const item of items) {
    if (top.length === k && !better(item, top[k - 1])) continue;
    let position = top.length === k ? k - 1 : top.length;
    while (position > 0 && better(item, top[position - 1])) position--;
    top.splice(position, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
