import type { ContainerModel } from '../../core/model/types.ts';
import type { RunCommand } from './runCommand.ts';

interface ContainerOrderProps {
  container: ContainerModel;
  /** How many containers its section holds. */
  count: number;
  run: RunCommand;
  readOnly: boolean;
}

/** The section and position; onboot/onshutdown run in order, so they can be moved. */
export function ContainerOrder({ container, count, run, readOnly }: ContainerOrderProps) {
  const ordered = container.section !== 'services';
  const move = (toIndex: number) => run({ type: 'moveContainer', containerId: container.id, toIndex }, 'Move container');
  return (
    <div className="container-order">
      <span className={`section-tag section-${container.section}`} data-testid="inspector-section">
        {container.section}
      </span>
      <span className="muted" data-testid="inspector-order">
        {ordered ? `runs ${container.index + 1} of ${count}` : `service ${container.index + 1} of ${count} (services start together)`}
      </span>
      {ordered && (
        <span className="order-buttons">
          <button
            type="button"
            data-testid="move-up"
            disabled={readOnly || container.index === 0}
            onClick={() => move(container.index - 1)}
          >
            Move up
          </button>
          <button
            type="button"
            data-testid="move-down"
            disabled={readOnly || container.index >= count - 1}
            onClick={() => move(container.index + 1)}
          >
            Move down
          </button>
        </span>
      )}
    </div>
  );
}
