import { NODE_METRICS } from '../../../core/graph/nodeSize.ts';

/** A small labelled list inside a node; row heights match the layout's size estimate. */
export function RowList({ label, items, titles }: { label: string; items: string[]; titles?: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="row-list">
      <div className="row-label" style={{ height: NODE_METRICS.label }}>
        {label}
      </div>
      {items.map((item, i) => (
        <div key={i} className="node-row" style={{ height: NODE_METRICS.row }} title={titles?.[i] ?? item}>
          {item}
        </div>
      ))}
    </div>
  );
}
