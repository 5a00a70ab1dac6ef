/** Room kept beside the item, so the list's edge does not touch it. */
const MARGIN = 6;

/**
 * Scrolls a horizontal list just enough to show `item` whole. Only the list moves: the
 * browser's scrollIntoView would also scroll every scrollable ancestor, the page among them.
 */
export function scrollIntoList(list: HTMLElement, item: HTMLElement): void {
  const box = list.getBoundingClientRect();
  const it = item.getBoundingClientRect();
  const left = it.left - MARGIN - box.left;
  const right = it.right + MARGIN - box.right;
  if (left < 0) list.scrollLeft += left;
  else if (right > 0) list.scrollLeft += Math.min(right, left); // an item wider than the list shows its start
}
