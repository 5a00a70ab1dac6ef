/** What the canvas area shows while React Flow's chunk loads (a few ms on a first visit, none once cached). */
export function CanvasPlaceholder() {
  return (
    <div className="canvas canvas-placeholder" role="status" aria-busy="true">
      Drawing the graph…
    </div>
  );
}
