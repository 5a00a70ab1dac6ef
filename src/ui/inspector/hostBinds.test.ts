import { describe, expect, it } from 'vitest';
import { hostBinds, mergeHostBinds } from './hostBinds.ts';

describe('host binds', () => {
  const binds = ['/etc/resolv.conf:/etc/resolv.conf', 'data:/data', '/var/log:/var/log:ro', 'cache:/cache'];

  it('lists only host-path binds', () => {
    expect(hostBinds(binds)).toEqual(['/etc/resolv.conf:/etc/resolv.conf', '/var/log:/var/log:ro']);
  });

  it('keeps volume binds in place when a host bind changes', () => {
    expect(mergeHostBinds(binds, ['/etc/hosts:/etc/hosts', '/var/log:/var/log:ro'])).toEqual([
      '/etc/hosts:/etc/hosts',
      'data:/data',
      '/var/log:/var/log:ro',
      'cache:/cache',
    ]);
  });

  it('drops removed host binds and appends added ones', () => {
    expect(mergeHostBinds(binds, ['/var/log:/var/log:ro'])).toEqual(['/var/log:/var/log:ro', 'data:/data', 'cache:/cache']);
    expect(mergeHostBinds(['data:/data'], ['/dev:/dev'])).toEqual(['data:/data', '/dev:/dev']);
    expect(mergeHostBinds(binds, [])).toEqual(['data:/data', 'cache:/cache']);
  });
});
