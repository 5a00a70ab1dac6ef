import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { idValue, listRows, listValue, optionalText, summary, textOf } from './fieldValues.ts';

describe('field values', () => {
  it('reads list rows with the span of each item', () => {
    const text = `
services:
  - name: web
    image: nginx:1.27
    command: ["/bin/sh", "-c", 42]
    env: FOO=bar
`;
    const web = analyze(text).parsed.model.containers[0];
    const rows = listRows(web.fields.command);
    expect(rows.map((r) => r.value)).toEqual(['/bin/sh', '-c', '42']);
    expect(text.slice(rows[0].span?.start, rows[0].span?.end)).toBe('"/bin/sh"');
    // a lone scalar where a list belongs (a wrong-type error) still shows as one row
    expect(listRows(web.fields.env).map((r) => r.value)).toEqual(['FOO=bar']);
    expect(listRows(web.fields.capabilities)).toEqual([]);
  });

  it('drops empty rows and removes the key for an empty list', () => {
    expect(listValue(['a', ' ', '', 'b'])).toEqual(['a', 'b']);
    expect(listValue(['', ' '])).toBeUndefined();
  });

  it('writes uid/gid as numbers when numeric, otherwise as names', () => {
    expect(idValue('1000')).toBe(1000);
    expect(idValue(' sshd ')).toBe('sshd');
    expect(idValue('')).toBeUndefined();
    expect(optionalText('  ')).toBeUndefined();
    expect(optionalText('host')).toBe('host');
  });

  it('summarises any value on one line', () => {
    expect(textOf(undefined)).toBe('');
    expect(textOf(true)).toBe('true');
    expect(summary({ a: 1 })).toBe('{"a":1}');
    expect(summary('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
