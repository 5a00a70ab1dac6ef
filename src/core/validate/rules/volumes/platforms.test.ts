import { describe, expect, it } from 'vitest';
import { runRule } from '../containers/ruleTesting.ts';
import { platformParses, volumePlatforms } from './platforms.ts';

describe('volume platforms (invalid-platform, platforms-without-oci)', () => {
  it('parses platforms as v1.ParsePlatform does', () => {
    for (const ok of ['linux/amd64', 'linux/arm64/v8', 'linux', 'windows/amd64:10.0.17763']) expect(platformParses(ok)).toBe(true);
    expect(platformParses('linux/arm/v7/extra')).toBe(false);
  });

  it('accepts platforms on an OCI volume with an image', () => {
    expect(runRule(volumePlatforms, 'volumes:\n  - name: v\n    image: alpine:3\n    format: oci\n    platforms: [linux/amd64, linux/arm64/v8]\n')).toEqual([]);
  });

  it('flags an unparsable platform on an OCI volume, and platforms on any other volume', () => {
    const d = runRule(
      volumePlatforms,
      'volumes:\n  - name: v\n    image: alpine:3\n    format: oci\n    platforms: [linux/amd64, linux/arm/v7/x]\n  - name: w\n    image: alpine:3\n    platforms: [linux/amd64]\n',
    );
    expect(d.map((x) => [x.code, x.severity, x.covers])).toEqual([
      ['invalid-platform', 'error', 'linux/arm/v7/x'],
      ['platforms-without-oci', 'warning', 'platforms'],
    ]);
    expect(d[1].fixes.map((f) => f.title)).toEqual(['Remove `platforms`', 'Set `format: oci`']);
  });
});
