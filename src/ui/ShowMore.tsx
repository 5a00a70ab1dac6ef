/**
 * Under a long list drawn a page at a time (a build of tens of thousands of elements would
 * otherwise put hundreds of thousands of DOM nodes on the page at once): how many are not shown
 * yet, and a button that shows the next page.
 */
export function ShowMore({ shown, total, page, onMore, what, testId }: { shown: number; total: number; page: number; onMore: () => void; what: string; testId: string }) {
  const rest = total - shown;
  if (rest <= 0) return null;
  return (
    <div className="show-more">
      <span>
        {shown.toLocaleString('en')} of {total.toLocaleString('en')} {what} shown
      </span>
      <button type="button" data-testid={testId} onClick={onMore}>
        Show {Math.min(page, rest).toLocaleString('en')} more
      </button>
    </div>
  );
}
