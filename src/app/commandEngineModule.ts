// What commandEngine.ts loads on demand: applying commands and diffing texts.
export { applyCommand } from '../core/commands/applyCommand.ts';
export { diffEdits } from '../core/edit/diffEdits.ts';
