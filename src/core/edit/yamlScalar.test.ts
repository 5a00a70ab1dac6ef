import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlScalar } from './yamlScalar.ts';

function readBack(written: string, flow = false): unknown {
  const doc = parseDocument(flow ? `[${written}]` : `k: ${written}`);
  expect(doc.errors).toEqual([]);
  const js = doc.toJS() as unknown;
  return flow ? (js as unknown[])[0] : (js as Record<string, unknown>).k;
}

describe('yamlScalar', () => {
  it('writes ordinary strings plain', () => {
    for (const s of ['data', 'alpine:3.20', '/var/lib/docker', 'data:/data:ro', 'linuxkit/getty:a86d74c8', 'onboot-1', '-f']) {
      expect(yamlScalar(s)).toBe(s);
    }
  });

  it('quotes strings YAML 1.1 or 1.2 would read as something else', () => {
    for (const s of ['yes', 'No', 'on', 'OFF', 'true', 'null', '~', '0600', '12', '1.5', '.5', '0x1F', '1:20', '.inf', '']) {
      const written = yamlScalar(s);
      expect(written).toBe(JSON.stringify(s));
      expect(readBack(written)).toBe(s);
    }
  });

  it('quotes indicators, comments and mapping-like strings', () => {
    for (const s of ['a: b', 'ends:', 'x #y', '*alias', '&anchor', '!tag', '#c', '[x]', '{x}', "'q'", '"q"', '@a', '%a', '`a', '| x', '> x', ' lead', 'trail ', 'two\nlines', 'tab\there', '- x', '? x']) {
      const written = yamlScalar(s);
      expect(written).not.toBe(s);
      expect(readBack(written)).toBe(s);
    }
  });

  it('quotes flow indicators only in flow context', () => {
    expect(yamlScalar('a,b')).toBe('a,b');
    expect(yamlScalar('a,b', 'plain', 'flow')).toBe('"a,b"');
    expect(readBack(yamlScalar('a,b', 'plain', 'flow'), true)).toBe('a,b');
  });

  it('keeps a requested quote style', () => {
    expect(yamlScalar('data', 'single')).toBe("'data'");
    expect(yamlScalar("it's", 'single')).toBe("'it''s'");
    expect(yamlScalar('data', 'double')).toBe('"data"');
    expect(yamlScalar('two\nlines', 'single')).toBe('"two\\nlines"');
  });

  it('writes numbers, booleans and null as YAML values', () => {
    expect(yamlScalar(3)).toBe('3');
    expect(yamlScalar(true)).toBe('true');
    expect(yamlScalar(null)).toBe('null');
  });
});
