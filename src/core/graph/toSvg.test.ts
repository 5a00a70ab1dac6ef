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
