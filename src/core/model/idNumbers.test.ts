import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { idNumbers, resolveId } from './idNumbers.ts';

const model = (text: string) => analyze(text).parsed.model;

describe('idNumbers', () => {
  it('numbers onboot, then onshutdown, then services from 100, as build.go does', () => {
    const m = model(
      'services:\n  - name: web\n    image: a\nonboot:\n  - name: one\n    image: a\n  - name: two\n    image: a\nonshutdown:\n  - name: bye\n    image: a\n',
    );
    expect([...idNumbers(m)]).toEqual([
      ['one', 100],
      ['two', 101],
      ['bye', 102],
      ['web', 103],
    ]);
  });

  it('gives a name used twice the id of its later container and still counts the first', () => {
    const m = model('onboot:\n  - name: a\n    image: x\n  - name: b\n    image: x\nservices:\n  - name: a\n    image: x\n');
    expect(idNumbers(m).get('a')).toBe(102);
    expect(idNumbers(m).get('b')).toBe(101);
  });
});

describe('resolveId (IDNumeric)', () => {
  const ids = new Map([['web', 103]]);
  it('reads numbers, root, names and the rest as LinuxKit does', () => {
    expect(resolveId(undefined, ids)).toEqual({ kind: 'root', id: 0 });
    expect(resolveId('', ids)).toEqual({ kind: 'root', id: 0 });
    expect(resolveId('root', ids)).toEqual({ kind: 'root', id: 0 });
    expect(resolveId(1000, ids)).toEqual({ kind: 'number', id: 1000 });
    expect(resolveId(-1, ids)).toEqual({ kind: 'number', id: 4294967295 });
    expect(resolveId('web', ids)).toEqual({ kind: 'container', name: 'web', id: 103 });
    expect(resolveId('1000', ids)).toEqual({ kind: 'unknown', name: '1000' });
    expect(resolveId(1.5, ids)).toEqual({ kind: 'bad-type' });
    expect(resolveId(true, ids)).toEqual({ kind: 'bad-type' });
  });
});
