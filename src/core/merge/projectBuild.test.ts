import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { projectGraph } from '../graph/project.ts';
import { analyzeBuild } from './analyzeBuild.ts';
import { projectBuild } from './projectBuild.ts';

const BASE = `onboot:
  - name: sysctl
    image: linuxkit/sysctl:v1
services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/srv
`;
const EXTRA = `onboot:
  - name: sysctl
    image: linuxkit/sysctl:v2
  - name: format
    image: linuxkit/format:v1
volumes:
  - name: data
`;

function build(files: { name: string; text: string }[]) {
  const analysed = analyzeBuild(files);
  return projectBuild(analysed.files.map((f) => ({ name: f.name, analysis: f })));
}

describe('projectBuild', () => {
  it('is the file graph itself for one file', () => {
    const text = BASE + 'volumes:\n  - name: data\n';
    const one = build([{ name: 'linuxkit.yml', text }]);
    expect(one.graph).toEqual(projectGraph(analyze(text)));
    expect(one.homes.get('container:services:web')).toEqual({ file: 'linuxkit.yml', id: 'container:services:web' });
    expect(one.buildId('linuxkit.yml', 'volume:data')).toBe('volume:data');
    expect(one.buildId('other.yml', 'volume:data')).toBeUndefined();
  });

  it('joins the files, marks each element with its file, and qualifies only ids two files hold', () => {
    const b = build([
      { name: 'base.yml', text: BASE },
      { name: 'extra.yml', text: EXTRA },
    ]);
    const ids = b.graph.nodes.map((n) => `${n.id} ${n.file}`);
    expect(ids).toEqual([
      'container:onboot:sysctl@base.yml base.yml',
      'container:services:web base.yml',
      'container:onboot:sysctl@extra.yml extra.yml',
      'container:onboot:format extra.yml',
      'volume:data extra.yml',
    ]);
    expect(b.homes.get('container:onboot:sysctl@extra.yml')).toEqual({ file: 'extra.yml', id: 'container:onboot:sysctl' });
    expect(b.buildId('base.yml', 'container:onboot:sysctl')).toBe('container:onboot:sysctl@base.yml');
  });

  it("draws a bind of an earlier file to the last file's volume, and runs onboot in file order", () => {
    const b = build([
      { name: 'base.yml', text: BASE },
      { name: 'extra.yml', text: EXTRA },
    ]);
    const mount = b.graph.edges.find((e) => e.type === 'mount')!;
    expect(mount).toMatchObject({ id: 'mount:services:web:/srv', source: 'volume:data', target: 'container:services:web', file: 'base.yml' });
    // the volume counts the mounts of every file (its own file's graph has none)
    const data = b.graph.nodes.find((n) => n.id === 'volume:data');
    expect(data?.type === 'volume' && data.data.mountCount).toBe(1);
    expect(b.graph.lanes[0].containerIds).toEqual(['container:onboot:sysctl@base.yml', 'container:onboot:sysctl@extra.yml', 'container:onboot:format']);
    const orders = b.graph.nodes.filter((n) => n.type === 'container' && n.data.section === 'onboot').map((n) => n.type === 'container' && n.data.order);
    expect(orders).toEqual([1, 2, 3]);
    expect(b.graph.edges.filter((e) => e.type === 'sequence').map((e) => `${e.source} > ${e.target}`)).toEqual([
      'container:onboot:sysctl@base.yml > container:onboot:sysctl@extra.yml',
      'container:onboot:sysctl@extra.yml > container:onboot:format',
    ]);
  });

  it('draws no edge for a bind to a volume that only an earlier file declares (LinuxKit: volume not found)', () => {
    const b = build([
      { name: 'extra.yml', text: EXTRA },
      { name: 'base.yml', text: BASE },
    ]);
    expect(b.graph.edges.filter((e) => e.type === 'mount')).toEqual([]);
    const web = b.graph.nodes.find((n) => n.id === 'container:services:web');
    expect(web?.type === 'container' && web.data.inlineMounts).toMatchObject([{ source: 'data', dangling: true }]);
  });
});
