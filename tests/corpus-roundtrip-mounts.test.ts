// Whole-core proof on the real LinuxKit corpus, mount and order trips: a volume connected everywhere
// in each form and taken away, run order moved and back, destinations and read-only flags there and
// back, each giving every valid file back byte for byte.
import { describe, expect, it } from 'vitest';
import { cases, start } from './support/corpusCases.ts';
import { connectEverywhere, moveOnbootThereAndBack } from './support/corpusTrips.ts';
import { destinationsThereAndBack, readOnlyThereAndBack } from './support/mountTrips.ts';

/** Connect trips per form touch at most this many containers of a file (most files have fewer). */
const MAX_CONNECTS = 8;

describe('corpus round trips of mounts and order', () => {
  it.each(cases)('%s: a volume connected to every container (binds) and disconnected mount by mount goes away cleanly', (_file, text) => {
    expect(connectEverywhere(start(text), 'binds', true, MAX_CONNECTS)).toBe(text);
  });

  it.each(cases)('%s: a volume connected to every container (binds.add) goes with removeVolume', (_file, text) => {
    expect(connectEverywhere(start(text), 'binds.add', false, MAX_CONNECTS)).toBe(text);
  });

  it.each(cases)('%s: a volume connected to every container (mounts) goes mount by mount', (_file, text) => {
    expect(connectEverywhere(start(text), 'mounts', true, MAX_CONNECTS)).toBe(text);
  });

  it.each(cases)('%s: moving each onboot container to the end and back gives the text back', (_file, text) => {
    expect(moveOnbootThereAndBack(start(text))).toBe(text);
  });

  it.each(cases)('%s: each mount destination and read-only flag there and back gives the text back', (_file, text) => {
    const s = start(text);
    expect(destinationsThereAndBack(s)).toBe(text);
    expect(readOnlyThereAndBack(s)).toBe(text);
  });

});
