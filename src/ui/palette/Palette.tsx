import type { DragEvent, KeyboardEvent, ReactNode } from 'react';
import { BlankVolumeIcon, ContainerIcon, ImageVolumeIcon } from '../icons/Icons.tsx';
import { useStudioObject } from '../state/StudioContext.tsx';
import { catalogItems } from './catalog.ts';
import { PALETTE_MIME, type PaletteItem } from './dragData.ts';

const CATALOG = catalogItems();

/** Things to drag onto the canvas, or to click (Enter, Space) to add where they belong. */
export function Palette() {
  return (
    <nav className="palette" aria-label="Palette">
      <h2>Containers</h2>
      <Item testId="palette-container-onboot" item={{ kind: 'container', section: 'onboot' }} icon={<ContainerIcon />} className="section-onboot">
        onboot container
      </Item>
      <Item testId="palette-container-services" item={{ kind: 'container', section: 'services' }} icon={<ContainerIcon />} className="section-services">
        service
      </Item>
      <Item testId="palette-container-onshutdown" item={{ kind: 'container', section: 'onshutdown' }} icon={<ContainerIcon />} className="section-onshutdown">
        onshutdown container
      </Item>
      <h2>Volumes</h2>
      <Item testId="palette-volume-blank" item={{ kind: 'volume', volumeKind: 'blank' }} icon={<BlankVolumeIcon />} className="volume">
        blank volume
      </Item>
      <Item testId="palette-volume-image" item={{ kind: 'volume', volumeKind: 'image' }} icon={<ImageVolumeIcon />} className="volume">
        image volume
      </Item>
      <h2>LinuxKit packages</h2>
      {CATALOG.map((c) => (
        <Item
          key={c.name}
          testId={`palette-package-${c.name}`}
          item={{ kind: 'container', section: c.section, name: c.name, image: c.image }}
          icon={<ContainerIcon />}
          className={`section-${c.section}`}
          title={`${c.image}\n${c.description} (${c.section})`}
        >
          {c.name}
        </Item>
      ))}
    </nav>
  );
}

function Item(props: { testId: string; item: PaletteItem; icon: ReactNode; className: string; title?: string; children: ReactNode }) {
  const studio = useStudioObject();
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(PALETTE_MIME, JSON.stringify(props.item));
    e.dataTransfer.effectAllowed = 'copy';
  };
  const add = () => {
    const { item } = props;
    if (item.kind === 'volume') studio.dispatch({ type: 'addVolume', kind: item.volumeKind }, { label: 'Add volume' });
    else
      studio.dispatch(
        { type: 'addContainer', section: item.section ?? 'services', ...(item.name ? { name: item.name } : {}), ...(item.image ? { image: item.image } : {}) },
        { label: 'Add container' },
      );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      add();
    }
  };
  return (
    <div
      className={`palette-item ${props.className}`}
      draggable
      role="button"
      tabIndex={0}
      data-testid={props.testId}
      onDragStart={onDragStart}
      onKeyDown={onKeyDown}
      // a click adds it too (the browser fires no click after a drag, so a drop never adds twice)
      onClick={add}
      title={props.title ?? 'Drag onto the canvas, or click (Enter) to add'}
      aria-label={`Add ${typeof props.children === 'string' ? props.children : ''}`.trim()}
    >
      <span className="palette-icon">{props.icon}</span>
      <span>{props.children}</span>
    </div>
  );
}
