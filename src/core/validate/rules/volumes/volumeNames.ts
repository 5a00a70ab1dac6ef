import type { VolumeModel } from '../../../model/types.ts';
import type { Span } from '../../../text/span.ts';
import { trimEnd } from './mountSpans.ts';

/** Where to point at a volume's name: its value, else the whole entry. */
export function volumeNameSpan(text: string, v: VolumeModel): Span {
  return v.fields.name?.valueSpan ?? trimEnd(text, v.span);
}
