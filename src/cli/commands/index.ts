import type { Command } from '../command.ts';
import { diffCommand } from './diff.ts';
import { graphCommand } from './graph.ts';
import { runtimeCommand } from './runtime.ts';
import { schemaCommand } from './schema.ts';
import { validateCommand } from './validate.ts';

/** Every subcommand, in the order `--help` lists them: adding one is one line here. */
export const COMMANDS: readonly Command[] = [validateCommand, runtimeCommand, diffCommand, graphCommand, schemaCommand];
