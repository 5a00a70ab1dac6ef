import type { DispatchResult } from '../../app/index.ts';
import type { Command } from '../../core/commands/types.ts';

/** Runs a command on the text under an undo label; editors get it from the Inspector. */
export type RunCommand = (command: Command, label: string) => DispatchResult;
