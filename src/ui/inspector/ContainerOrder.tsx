import type { ContainerModel } from '../../core/model/types.ts';
import type { RunCommand } from './runCommand.ts';

/** A container's place in the merged list of a build of several files. */
export interface BuildPlace {
  index: number;
  count: number;
  file: string;
}

interface ContainerOrderProps {
  container: ContainerModel;
  /** How many containers its section holds. */
  count: number;
  inBuild: BuildPlace | null;
  run: RunCommand;
  readOnly: boolean;
}

/** The section and position; onboot/onshutdown run in order, so they can be moved. */
export function ContainerOrder({ container, count, inBuild, run, readOnly }: ContainerOrderProps) {
  const ordered = container.section !== 'services';
  const n = (i: number) => i.toLocaleString('en');
  const inFile = `${n(container.index + 1)} of ${n(count)}`;
  const place = inBuild
    ? ordered
      ? `runs ${n(inBuild.index + 1)} of ${n(inBuild.count)} in the build (${inFile} in ${inBuild.file})`
      : `service ${n(inBuild.index + 1)} of ${n(inBuild.count)} in the build (services start together)`
    : ordered
      ? `runs ${inFile}`
      : `service ${inFile} (services start together)`;
  // a command edits one file: a move stays within it (the tabs' order moves a whole file)
  const within = inBuild ? ` within ${inBuild.file}; reorder the tabs to move a whole file` : '';
  const move = (toIndex: number) => run({ type: 'moveContainer', containerId: container.id, toIndex }, 'Move container');
  return (
    <div className="container-order">
      <span className={`section-tag section-${container.section}`} data-testid="inspector-section">
        {container.section}
      </span>
      <span className="muted" data-testid="inspector-order">
        {place}
      </span>
      {ordered && (
        <span className="order-buttons">
          <button
            type="button"
            data-testid="move-up"
            disabled={readOnly || container.index === 0}
            title={`Run it earlier${within}`}
            onClick={() => move(container.index - 1)}
          >
            Move up
          </button>
          <button
            type="button"
            data-testid="move-down"
            disabled={readOnly || container.index >= count - 1}
            title={`Run it later${within}`}
            onClick={() => move(container.index + 1)}
          >
            Move down
          </button>
        </span>
      )}
    </div>
  );
}
