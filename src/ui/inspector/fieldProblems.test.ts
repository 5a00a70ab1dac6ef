import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { mountProblems, problemsByField, problemsInside, worstSeverity } from './fieldProblems.ts';
import { listRows } from './fieldValues.ts';

function diagnosticsOf(text: string, id: string) {
  const analysis = analyze(text);
  return { analysis, diagnostics: analysis.diagnostics.filter((d) => d.target === id) };
}

describe('problemsByField', () => {
  it('puts an unknown capability under capabilities, on its row', () => {
    const text = `
services:
  - name: web
    image: nginx:1.27
    capabilities:
      - CAP_NET_ADMIN
      - CAP_NOT_REAL
`;
    const { analysis, diagnostics } = diagnosticsOf(text, 'container:services:web');
    const web = analysis.parsed.model.containers[0];
    const { byField, general } = problemsByField(diagnostics, web.fields);
    expect(byField.capabilities?.map((d) => d.code)).toEqual(['unknown-capability']);
    expect(general).toEqual([]);
    const rows = listRows(web.fields.capabilities);
    expect(problemsInside(byField.capabilities, rows[0].span)).toEqual([]);
    expect(problemsInside(byField.capabilities, rows[1].span).map((d) => d.code)).toEqual(['unknown-capability']);
  });

  it('puts a missing name under the name field, not under the key the problem is reported on', () => {
    const text = 'services:\n  - image: nginx:1.27\n';
    const { analysis, diagnostics } = diagnosticsOf(text, 'container:services:#0');
    const { byField, general } = problemsByField(diagnostics, analysis.parsed.model.containers[0].fields);
    expect(byField.name?.map((d) => d.code)).toEqual(['missing-field']);
    expect(byField.image).toBeUndefined();
    expect(general).toEqual([]);
  });

  it('flags the image field for an unpinned image and leaves the name clean', () => {
    const text = `
onboot:
  - name: dhcpcd
    image: linuxkit/dhcpcd
`;
    const { analysis, diagnostics } = diagnosticsOf(text, 'container:onboot:dhcpcd');
    const { byField } = problemsByField(diagnostics, analysis.parsed.model.containers[0].fields);
    expect(byField.image?.map((d) => d.code)).toEqual(['unpinned-image']);
    expect(byField.name).toBeUndefined();
    expect(worstSeverity(byField.image)).toBe('info');
  });

  it('flags the format of a volume with an invalid format as an error', () => {
    const text = `
volumes:
  - name: data
    format: squashfs
services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/data
`;
    const analysis = analyze(text);
    const volume = analysis.parsed.model.volumes[0];
    const mine = analysis.diagnostics.filter((d) => d.target === volume.id);
    const { byField } = problemsByField(mine, volume.fields);
    expect(byField.format?.map((d) => d.code)).toEqual(['invalid-value']);
    expect(worstSeverity(byField.format)).toBe('error');
  });
});

describe('mountProblems', () => {
  it('puts a read-write mount of a read-only volume under the read-only checkbox', () => {
    const text = `
volumes:
  - name: cfg
    readonly: true
services:
  - name: web
    image: nginx:1.27
    binds:
      - cfg:/etc/cfg
`;
    const { diagnostics } = diagnosticsOf(text, 'mount:services:web:/etc/cfg');
    const { byField, general } = mountProblems(diagnostics);
    expect(byField.readOnly?.map((d) => d.code)).toEqual(['readonly-volume-mounted-rw']);
    expect(general).toEqual([]);
  });

  it('puts an undefined volume under the source', () => {
    const text = `
services:
  - name: web
    image: nginx:1.27
    binds:
      - dta:/data
`;
    const { diagnostics } = diagnosticsOf(text, 'mount:services:web:/data');
    expect(mountProblems(diagnostics).byField.source?.map((d) => d.code)).toEqual(['unknown-volume']);
  });
});
