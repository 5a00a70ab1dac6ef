import type { FlowStage } from './types.ts';

const names = (s: FlowStage) => s.containers.map((c) => `\`${c.name || '(no name)'}\``);

/** One plain sentence per stage for Explain mode: when it runs and what it can see. */
export function explainStage(stage: FlowStage, index: number, total: number): string {
  const writes = new Set(stage.accesses.filter((a) => a.access === 'write').map((a) => `\`${a.target}\``));
  // a target some container of the stage writes is not "only read", even if another reads it
  const reads = new Set(stage.accesses.filter((a) => a.access === 'read').map((a) => `\`${a.target}\``).filter((t) => !writes.has(t)));
  const what =
    writes.size || reads.size
      ? ` ${[writes.size ? `It may write ${[...writes].join(', ')}` : '', reads.size ? `it only reads ${[...reads].join(', ')}` : '']
          .filter(Boolean)
          .join('; ')}.`
      : ' It shares no volume or host path with other containers.';
  const capitalised = what.replace(/^ it/, ' It');
  if (stage.section === 'onboot') {
    return `Step ${index + 1} of ${total}: ${names(stage)[0]} runs to completion before the next step starts, and sees everything earlier steps wrote.${capitalised}`;
  }
  if (stage.section === 'services') {
    return `Then the services ${names(stage).join(', ')} start together and keep running side by side: what one writes the others can see at any moment.${capitalised}`;
  }
  return `At shutdown, ${names(stage)[0]} runs after the services were asked to stop, and sees what they left behind.${capitalised}`;
}
