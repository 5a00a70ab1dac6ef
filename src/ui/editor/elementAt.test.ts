import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { outlineOf } from '../../core/model/outline.ts';
import { elementAt, lineBounds, spanOfElement } from './elementAt.ts';

const CONFIG = `services:
  # the web server
  - name: web
    image: nginx
    binds:
      - data:/data
    mounts:
      - type: bind
        source: data
        destination: /srv
volumes:
  - name: data
`;

const elements = outlineOf(analyze(CONFIG).parsed.model).elements;
const offsetOf = (needle: string, delta = 0) => CONFIG.indexOf(needle) + delta;

describe('elementAt', () => {
  it('picks the smallest enclosing element: a mount inside a container', () => {
    expect(elementAt(CONFIG, elements, offsetOf('image: nginx'))).toBe('container:services:web');
    expect(elementAt(CONFIG, elements, offsetOf('data:/data', 3))).toBe('mount:services:web:/data');
    expect(elementAt(CONFIG, elements, offsetOf('destination: /srv'))).toBe('mount:services:web:/srv');
    expect(elementAt(CONFIG, elements, offsetOf('  - name: data'))).toBe('volume:data');
  });

  it('counts the whole first line (the `- ` marker) but not comments above or keys outside', () => {
    expect(elementAt(CONFIG, elements, offsetOf('  - name: web'))).toBe('container:services:web');
    expect(elementAt(CONFIG, elements, offsetOf('# the web'))).toBeUndefined();
    expect(elementAt(CONFIG, elements, offsetOf('volumes:'))).toBeUndefined();
  });
});

describe('lineBounds', () => {
  it('covers the element from its first line start to its last line end', () => {
    const span = spanOfElement(elements, 'container:services:web')!;
    const { start, end } = lineBounds(CONFIG, span);
    expect(CONFIG.slice(start, end)).toBe(CONFIG.slice(offsetOf('  - name: web'), offsetOf('/srv', 4)));
  });
});
