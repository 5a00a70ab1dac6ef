import { describe, expect, it } from 'vitest';
import { XMLValidator } from './xmlCheck.testutil.ts';
import { analyze } from '../analyze.ts';
import { autoLayout } from './layout.ts';
import { projectGraph } from './project.ts';
import { graphToSvg } from './toSvg.ts';

const src = `services:
  - name: "<script>alert(1)</script>"
    image: nginx:1.27
    binds:
      - data:/srv & "more"
volumes:
  - name: data
`;

describe('graphToSvg', () => {
  const graph = projectGraph(analyze(src));
  const { svg, width, height } = graphToSvg(graph, autoLayout(graph));

  it('draws every node and mount edge of the whole graph', () => {
    for (const n of graph.nodes) expect(svg).toContain(`class="node" data-id="${n.id.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}"`);
    expect(svg.match(/class="mount"/g)).toHaveLength(graph.edges.filter((e) => e.type === 'mount').length);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });

  it('keeps user text inert: names and paths are escaped, never markup', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('/srv &amp; &quot;more&quot;');
    expect(XMLValidator(svg)).toBe(true);
  });
});

describe('graphToSvg with control characters in names', () => {
  it('stays valid XML 1.0: YAML-escaped controls, lone surrogates and U+FFFF become visible stand-ins', () => {
    const text = 'services:\n  - name: "a\\x01b\\x1b[2Jc\\uffff"\n    image: "nginx:1.27\\ud800"\n';
    const graph = projectGraph(analyze(text));
    expect(graph.nodes.some((n) => n.id.includes('\u0001'))).toBe(true);
    const { svg } = graphToSvg(graph, autoLayout(graph));
    // XML 1.0 Char: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, and astral characters as surrogate pairs
    expect(svg).toMatch(/^(?:[\t\n\r\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/);
    expect(svg).toContain('a␁b␛[2Jc');
    expect(XMLValidator(svg)).toBe(true);
  });
});
