import { describe, expect, it } from 'vitest';
import { admitPaste, admitText, MAX_OPEN_BYTES } from './openRule.ts';

const CONFIG = 'services:\n  - name: web\n    image: nginx:1.27\n';

describe('a paste goes through the open rule', () => {
  it('admits an ordinary paste', () => {
    expect(admitPaste('  - name: db\n    image: postgres:16\n', CONFIG, [''])).toEqual({ ok: true, text: '  - name: db\n    image: postgres:16\n' });
  });

  it('refuses binary data with its position in the pasted text, as a file is refused', () => {
    expect(admitPaste('# one\n# t\u0000wo\n', CONFIG, [''])).toEqual({
      ok: false,
      reason: 'The pasted text contains binary data (a NUL byte at line 2, column 4). Nothing was changed.',
    });
    expect(admitText('# one\n# t\u0000wo\n', 'x.yml')).toMatchObject({ ok: false, reason: expect.stringContaining('a NUL byte at line 2, column 4') });
  });

  it('refuses a paste over the size limit before looking further', () => {
    const huge = '#'.repeat(MAX_OPEN_BYTES + 10);
    expect(admitPaste(huge, CONFIG, [''])).toEqual({ ok: false, reason: 'The pasted text is 2.0 MiB; the limit is 2 MiB. Nothing was changed.' });
  });

  it('refuses a paste that would make the config too large, counting what it replaces and each cursor', () => {
    const half = `# ${'é'.repeat(600_000)}\n`; // about 1.1 MiB of UTF-8
    expect(admitPaste(half, half, [''])).toMatchObject({ ok: false, reason: expect.stringMatching(/^The config with the pasted text is 2\.3 MiB/) });
    // replacing the whole config with a text of the same size is fine
    expect(admitPaste(half, half, [half]).ok).toBe(true);
    // pasted at two cursors: twice
    expect(admitPaste(half, '', ['', '']).ok).toBe(false);
  });
});
