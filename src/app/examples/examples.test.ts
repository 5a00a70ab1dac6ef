import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { findOverlaps } from '../../core/graph/geometry.ts';
import { autoLayout } from '../../core/graph/layout.ts';
import { projectGraph } from '../../core/graph/project.ts';
import { DEFAULT_EXAMPLE_TEXT } from './defaultExample.ts';
import { EXAMPLES } from './index.ts';

describe('the examples', () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s validates clean and lays out without overlaps', (_id, example) => {
    const analysis = analyze(example.text);
    expect(analysis.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`)).toEqual([]);
    const graph = projectGraph(analysis);
    expect(findOverlaps(graph, autoLayout(graph))).toEqual([]);
  });

  it('start with the one a first visit opens', () => {
    expect(EXAMPLES[0].id).toBe('config-sharing');
    expect(EXAMPLES[0].text).toBe(DEFAULT_EXAMPLE_TEXT);
    expect(DEFAULT_EXAMPLE_TEXT).toContain('services:');
  });

  it('show volumes at work: every example but the minimal system mounts a volume', () => {
    for (const e of EXAMPLES.filter((x) => x.id !== 'minimal-system')) {
      expect(analyze(e.text).parsed.model.mounts.some((m) => m.sourceKind === 'volume'), e.id).toBe(true);
    }
  });

  it('the minimal system teaches files: sshd reads the authorized key, as in LinuxKit examples/sshd.yml', () => {
    // linuxkit/linuxkit 06aaba5e0 removed the sshd package's own bind of /root/.ssh: the config adds it
    const text = EXAMPLES.find((e) => e.id === 'minimal-system')!.text;
    const graph = projectGraph(analyze(text));
    const fileEdges = graph.edges.filter((e) => e.type === 'file-bind').map((e) => [e.source, e.target]);
    expect(fileEdges).toContainEqual(['file:root/.ssh/authorized_keys', 'container:services:sshd']);
  });
});
