import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze.ts';
import { appendLayoutComment, splitLayoutComment } from './layoutComment.ts';

const CONFIG = `# my services
services:
  - name: web # the front end
    image: nginx:1.27
    binds:
      - data:/srv:ro
volumes:
  - name: data
`;
const POSITIONS = { 'container:services:web': { x: 120, y: 40.5 }, 'volume:data': { x: -30, y: 7 }, 'container:services:odd "name"': { x: 1, y: 2 } };

describe('layout comment block', () => {
  it('appends only comments: the config still analyses the same and the block is at the end', () => {
    const withLayout = appendLayoutComment(CONFIG, POSITIONS);
    expect(withLayout.startsWith(CONFIG)).toBe(true);
    expect(withLayout.slice(CONFIG.length).split('\n').filter(Boolean).every((l) => l.startsWith('# '))).toBe(true);
    expect(analyze(withLayout).diagnostics).toEqual(analyze(CONFIG).diagnostics);
  });

  it('round-trips text byte for byte and positions exactly', () => {
    expect(splitLayoutComment(appendLayoutComment(CONFIG, POSITIONS))).toEqual({ text: CONFIG, positions: POSITIONS });
  });

  it('keeps a missing final newline and CRLF line ends', () => {
    const noNewline = CONFIG.trimEnd();
    expect(splitLayoutComment(appendLayoutComment(noNewline, POSITIONS))).toEqual({ text: noNewline, positions: POSITIONS });
    const crlf = CONFIG.replace(/\n/g, '\r\n');
    const out = appendLayoutComment(crlf, POSITIONS);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(splitLayoutComment(out)).toEqual({ text: crlf, positions: POSITIONS });
  });

  it('keeps CR-only line ends (classic Mac OS), with or without a final line break', () => {
    const cr = CONFIG.replace(/\n/g, '\r');
    const out = appendLayoutComment(cr, POSITIONS);
    expect(out).not.toContain('\n');
    expect(splitLayoutComment(out)).toEqual({ text: cr, positions: POSITIONS });
    const noFinal = cr.slice(0, -1);
    expect(splitLayoutComment(appendLayoutComment(noFinal, POSITIONS))).toEqual({ text: noFinal, positions: POSITIONS });
  });

  it('leaves a text without a block, or with a block that was edited into something else, untouched', () => {
    expect(splitLayoutComment(CONFIG)).toEqual({ text: CONFIG, positions: null });
    const edited = appendLayoutComment(CONFIG, POSITIONS) + 'onboot: []\n';
    expect(splitLayoutComment(edited)).toEqual({ text: edited, positions: null });
    const mangled = appendLayoutComment(CONFIG, POSITIONS).replace('120 40.5', 'left');
    expect(splitLayoutComment(mangled)).toEqual({ text: mangled, positions: null });
  });

  it('handles an empty config', () => {
    expect(splitLayoutComment(appendLayoutComment('', {}))).toEqual({ text: '', positions: {} });
  });
});
