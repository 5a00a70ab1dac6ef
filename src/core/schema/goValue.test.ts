import { describe, expect, it } from 'vitest';
import { isGoTimestamp, resolvePlain } from './goValue.ts';

describe('resolvePlain (Go yaml.v3 into interface{})', () => {
  it.each([
    ['', 'null'], ['~', 'null'], ['null', 'null'], ['NULL', 'null'],
    ['true', 'boolean'], ['False', 'boolean'],
    ['yes', 'string'], ['no', 'string'], ['on', 'string'], ['off', 'string'], ['y', 'string'],
    ['0600', 'integer'], ['0o17', 'integer'], ['0x1F', 'integer'], ['0b101', 'integer'], ['1_000', 'integer'],
    ['-5', 'integer'], ['+5', 'integer'], ['18446744073709551615', 'integer'],
    ['1.0', 'integer'], ['1e3', 'integer'], ['.5', 'float'], ['1.5', 'float'], ['08', 'integer'],
    ['.inf', 'nonfinite'], ['-.Inf', 'nonfinite'], ['.nan', 'nonfinite'],
    ['1e400', 'string'], ['2001-12-14', 'string'], ['linux/amd64', 'string'], ['1.2.3', 'string'], ['0x', 'string'],
  ])('%j is %s', (text, kind) => {
    expect(resolvePlain(text)).toBe(kind);
  });

  it('recognises timestamp-like keys', () => {
    expect(isGoTimestamp('2001-12-14')).toBe(true);
    expect(isGoTimestamp('2001-12-14T10:00:00Z')).toBe(true);
    expect(isGoTimestamp('net.ipv4')).toBe(false);
  });
});
