import type { Section, VolumeKind } from '../../core/model/types.ts';

/** What a palette item carries when dragged onto the canvas. */
export type PaletteItem =
  | { kind: 'container'; section: Section | null; name?: string; image?: string }
  | { kind: 'volume'; volumeKind: VolumeKind };

export const PALETTE_MIME = 'application/x-linuxkit-studio';

export function readPaletteItem(data: DataTransfer): PaletteItem | null {
  const raw = data.getData(PALETTE_MIME);
  if (!raw) return null;
  try {
    const item = JSON.parse(raw) as PaletteItem;
    return item && (item.kind === 'container' || item.kind === 'volume') ? item : null;
  } catch {
    return null;
  }
}
