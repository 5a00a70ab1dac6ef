import type { Command, CommandResult } from '../../core/commands/types.ts';

/** Runs a command on the text under an undo label; editors get it from the Inspector. */
export type RunCommand = (command: Command, label: string) => CommandResult;
