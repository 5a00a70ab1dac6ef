import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.ts';
import { extraDocument } from './extraDocument.ts';
import { templateReplaced } from './templateReplaced.ts';

const run = (rule: typeof extraDocument, text: string) => {
  const { parsed } = analyze(text);
  return rule(parsed).map((d) => [d.code, text.slice(d.span.start, d.span.end)]);
};

describe('extra-document', () => {
  it('accepts one document, with or without markers, and an empty trailing one', () => {
    expect(run(extraDocument, 'kernel:\n  image: k\n')).toEqual([]);
    expect(run(extraDocument, '---\nkernel:\n  image: k\n...\n')).toEqual([]);
    expect(run(extraDocument, 'kernel:\n  image: k\n---\n# nothing\n')).toEqual([]);
  });

  it('points at the start of a second document with contents', () => {
    expect(run(extraDocument, 'kernel:\n  image: k\n---\nonboot:\n  - name: a\n    image: b\n')).toEqual([['extra-document', '---']]);
    expect(run(extraDocument, 'kernel:\n  image: k\n--- # more\nfiles: []\n')).toEqual([['extra-document', '--- # more']]);
  });
});

describe('template-replaced', () => {
  it('accepts @pkg: templates and @ inside a value', () => {
    expect(run(templateReplaced, 'onboot:\n  - name: a\n    image: "@pkg:./pkg/a"\n    command: [echo, "a@b"]\n')).toEqual([]);
  });

  it('flags every other value that starts with @', () => {
    const text = 'files:\n  - path: etc/crontab\n    contents: "@reboot /bin/x"\nonboot:\n  - name: a\n    image: x\n    command: ["@echo", ok]\n';
    expect(run(templateReplaced, text)).toEqual([
      ['template-replaced', '"@reboot /bin/x"'],
      ['template-replaced', '"@echo"'],
    ]);
  });

  it('flags a key that starts with @ too (handleTemplate walks keys as well as values)', () => {
    const text = 'services:\n  - name: a\n    image: x\n    sysctl:\n      "@net.ipv4.ip_forward": "1"\n      net.core.somaxconn: "@x"\n';
    const { parsed } = analyze(text);
    const found = templateReplaced(parsed);
    expect(found.map((d) => text.slice(d.span.start, d.span.end))).toEqual(['"@net.ipv4.ip_forward"', '"@x"']);
    expect(found[0].message).toContain('replaces this key with an empty string');
    expect(found[1].message).toContain('replaces this value with an empty string');
  });
});
