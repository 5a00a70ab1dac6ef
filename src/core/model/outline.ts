import type { Span } from '../text/span.ts';
import type { ConfigModel } from './types.ts';

/** A graph element (container, volume, mount or file entry) and the part of the text that holds it. */
export interface ElementSpan {
  id: string;
  span: Span;
}

/**
 * What the editor needs of a model without its YAML nodes: element spans and names.
 * Plain data, so a worker can send it (structured clone).
 */
export interface ModelOutline {
  elements: ElementSpan[];
  /** Sorted, without duplicates. */
  volumeNames: string[];
  containerNames: string[];
}

export function outlineOf(model: ConfigModel): ModelOutline {
  const names = (index: ReadonlyMap<string, unknown>) => [...index.keys()].filter((n) => n !== '').sort();
  return {
    elements: [...model.containers, ...model.volumes, ...model.mounts, ...model.files].map((e) => ({ id: e.id, span: e.span })),
    volumeNames: names(model.names.volumes),
    containerNames: names(model.names.containers),
  };
}
