import type { DrawnGraph } from '../../core/graph/drawBudget.ts';

/** Over a very large build: the canvas draws part of each lane, and says where the rest is. */
export function PartialDrawing({ notDrawn }: { notDrawn: DrawnGraph['notDrawn'] }) {
  const left = Object.values(notDrawn).reduce((sum, n) => sum + (n ?? 0), 0);
  if (left === 0) return null;
  return (
    <div className="partial-drawing" role="status" data-testid="partial-drawing">
      This build is too large to draw whole: {left.toLocaleString('en')} nodes past the first few hundred of each lane are not drawn. The editor and
      the outline hold every one; selecting one in either draws it.
    </div>
  );
}
