import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../tests/corpus.ts';
import { analyze } from '../../core/analyze.ts';
import { explain, type Explanation } from './explain.ts';

const text = (e: Explanation | null) => (e ? e.parts.map((p) => `${p.heading}: ${p.text}`).join('\n') : '');
const modelOf = (file: string) => analyze(readFileSync(join(CORPUS_DIR, file), 'utf8')).parsed.model;

describe('explain a files entry', () => {
  it('getty: written at build time, read through the package’s default bind of /etc', () => {
    const e = explain(modelOf('examples_getty.yml'), 'file:etc/getty.shadow');
    expect(e?.title).toBe('File `/etc/getty.shadow`');
    expect(text(e)).toContain('LinuxKit writes `/etc/getty.shadow` into the root filesystem of the image with the `contents:` written in the config, mode 0600 (LinuxKit’s default)');
    expect(text(e)).toContain('`getty` sees it at `/hostroot/etc/getty.shadow`.');
  });

  it('sshd: an optional source file, read by sshd', () => {
    const e = text(explain(modelOf('examples_sshd.yml'), 'file:root/.ssh/authorized_keys'));
    expect(e).toContain('with the contents of `~/.ssh/id_rsa.pub`, a file read on the machine that runs `linuxkit build`, mode 0600;');
    expect(e).toContain('It is optional');
    expect(e).toContain('`sshd` sees it at `/root/.ssh/authorized_keys`.');
  });

  it('a file no container binds, and an entry with nothing to write', () => {
    const model = analyze('files:\n  - path: etc/motd\n    contents: hi\n  - path: etc/empty\n').parsed.model;
    expect(text(explain(model, 'file:etc/motd'))).toContain('No container binds this path or a folder above it');
    expect(text(explain(model, 'file:etc/empty'))).toContain('nothing to write, so `linuxkit build` stops');
  });
});
