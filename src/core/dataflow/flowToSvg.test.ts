import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { autoLayout } from '../graph/autoLayout.ts';
import { projectGraph } from '../graph/project.ts';
import { graphToSvg } from '../graph/toSvg.ts';
import { runtimeOf } from '../runtime/containerRuntime.ts';
import { dataFlow } from './dataFlow.ts';
import { flowToSvg, stackBelow } from './flowToSvg.ts';

const text = `onboot:
  - name: fill
    image: alpine:3.20
    binds: ["data:/data"]
services:
  - name: "<web>"
    image: nginx:1.25
    binds: ["data:/srv:ro"]
volumes:
  - name: data
`;

describe('the data flow in the picture export', () => {
  const analysis = analyze(text);
  const graph = projectGraph(analysis);
  const picture = graphToSvg(graph, autoLayout(graph));
  const flow = dataFlow(analysis.parsed.model, runtimeOf(analysis.parsed.model));
  const stacked = stackBelow(picture, flowToSvg(flow));

  it('draws each access under the graph, which keeps its coordinates', () => {
    const outer = /^<svg [^>]*width="(\d+)" height="(\d+)" viewBox="([-\d.]+) ([-\d.]+) /.exec(stacked.svg)!;
    const inner = /viewBox="([-\d.]+) ([-\d.]+) /.exec(picture.svg)!;
    expect([outer[3], outer[4]]).toEqual([inner[1], inner[2]]);
    expect(stacked.height).toBeGreaterThan(picture.height);
    expect(Number(outer[2])).toBe(stacked.height);
    expect(stacked.svg).toContain(picture.svg.slice(picture.svg.indexOf('<rect')));
    expect(stacked.svg).toContain('<g class="flow-access" data-access="write" data-volume="data" data-container="container:onboot:fill">');
    expect(stacked.svg).toContain('<g class="flow-access" data-access="read" data-volume="data" data-container="container:services:&lt;web&gt;">');
    expect(stacked.svg).not.toContain('<web>');
  });
});
