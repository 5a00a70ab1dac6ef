import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../analyze.ts';
import { diagnostic } from '../diagnostics/make.ts';
import { diagnosticsByElement } from './diagnosticsByElement.ts';

const src = `kernel:
  image: linuxkit/kernel:6.6.13
init:
  - linuxkit/init:v1
services:
  - name: web
    image: nginx:1
    binds:
      - data:/data
      - /etc/hosts:/etc/hosts
  - name: db
    image: postgres:16
volumes:
  - name: data
    format: squashfs
files:
  - path: etc/motd
    contents: hi
`;

const at = (needle: string) => {
  const start = src.indexOf(needle);
  if (start < 0) throw new Error(needle);
  return { start, end: start + needle.length };
};

function withDiagnostics(list: Analysis['diagnostics']): Analysis {
  return { ...analyze(src), diagnostics: list };
}

describe('diagnosticsByElement', () => {
  it('uses the target when a rule set one, even far from the element', () => {
    const d = diagnostic('unused-volume', 'Mount it.', at('format: squashfs'), { target: 'container:services:db' });
    expect(diagnosticsByElement(withDiagnostics([d])).get('container:services:db')).toEqual([d]);
  });

  it('maps an untargeted diagnostic to the innermost element around its span', () => {
    const inMount = diagnostic('bind-syntax', 'Fix it.', at('data:/data'));
    const inHostBind = diagnostic('bind-syntax', 'Fix it.', at('/etc/hosts:/etc/hosts'));
    const inContainer = diagnostic('wrong-type', 'Fix it.', at('postgres:16'));
    const inVolume = diagnostic('invalid-value', 'Fix it.', at('squashfs'));
    const inKernel = diagnostic('invalid-image-reference', 'Fix it.', at('6.6.13'));
    const inInit = diagnostic('unpinned-image', 'Pin it.', at('linuxkit/init:v1'));
    const inFile = diagnostic('unknown-field', 'Remove it.', at('contents'));
    const byElement = diagnosticsByElement(
      withDiagnostics([inKernel, inInit, inMount, inHostBind, inContainer, inVolume, inFile]),
    );
    expect(byElement.get('file:etc/motd')).toEqual([inFile]);
    expect(byElement.get('mount:services:web:/data')).toEqual([inMount]);
    expect(byElement.get('mount:services:web:/etc/hosts')).toEqual([inHostBind]);
    expect(byElement.get('container:services:db')).toEqual([inContainer]);
    expect(byElement.get('volume:data')).toEqual([inVolume]);
    expect(byElement.get('kernel')).toEqual([inKernel, inInit]);
  });

  it('leaves out diagnostics spanning several elements', () => {
    const acrossTwo = diagnostic('duplicate-service-name', 'Rename.', {
      start: at('name: web').start,
      end: at('name: db').end,
    });
    expect([...diagnosticsByElement(withDiagnostics([acrossTwo])).keys()]).toEqual([]);
  });
});
