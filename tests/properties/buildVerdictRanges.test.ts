// Property: on generated configs that mix every field the build verdicts read, each diagnostic's
// range lies inside the text and inside the entry it is about (its container, volume or files entry).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.ts";
import type { Span } from "../../src/core/text/span.ts";
import { PROPERTY_TIMEOUT_MS } from "../support/budget.ts";

const scalar = (values: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...values),
      fc.constantFrom("plain", "single", "double"),
    )
    .map(([v, q]) =>
      q === "single"
        ? `'${v}'`
        : q === "double"
          ? JSON.stringify(v)
          : /^[\w/.-]+$/.test(v)
            ? v
            : JSON.stringify(v),
    );

const anyFile = fc
  .record(
    {
      path: scalar([
        "etc/a",
        "/etc/a",
        "run/x",
        "/var/lib/y",
        "tmp",
        "etc/b",
        "",
      ]),
      contents: scalar(["x", "", "@reboot /bin/true", "@pkg:./p"]),
      source: scalar(["a.txt"]),
      metadata: scalar(["yaml", "json", "toml"]),
      directory: fc.constantFrom("true", "false"),
      symlink: scalar(["/etc/a"]),
      mode: scalar(["0644", "0o644", "rw-r--r--", "0899", "755"]),
    },
    { requiredKeys: [] },
  )
  .map((f) => Object.entries(f).map(([k, v]) => `${k}: ${v}`));

// a metadata-only entry is rare among random field sets, yet it is the only way to reach `metadata: toml`
const fileEntry = fc.oneof(anyFile, fc.constantFrom(['path: etc/m', 'metadata: toml'], ['path: etc/n', 'metadata: "yml"']));

const container = fc
  .record(
    {
      ipc: scalar(["none", "new", "host"]),
      uts: scalar(["none", "host"]),
      binds: fc.constantFrom("[/etc/a:/etc/a]", "[]", "\n      - /x:/x:ro"),
      "binds.add": fc.constantFrom("[/root:/root]", "\n      - /y:/y"),
      capabilities: fc.constantFrom("[CAP_CHOWN]", "[all]"),
      "capabilities.add": fc.constantFrom("[CAP_NET_ADMIN]", "[]"),
      runtime: fc.constantFrom(
        "\n      namespace: other",
        "\n      interfaces:\n        - add: veth\n        - name: v0\n          add: veth",
        "\n      interfaces: [{name: e0}]",
      ),
      resources: fc.constantFrom(
        "\n      memory:\n        disableOOMKiller: true",
        "\n      cpu: {shares: 2, realtimePeriod: 3}",
      ),
      devices: fc.constantFrom(
        "\n      - path: all\n        type: b",
        "\n      - path: /dev/tty\n        type: c",
        '\n      - {path: /dev/null, type: c, mode: "0o666"}',
      ),
    },
    { requiredKeys: [] },
  )
  .map((c) => Object.entries(c).map(([k, v]) => `${k}: ${v}`));

const volume = fc.record(
  {
    image: fc.constantFrom("alpine:3.20", '"alpine:3.20"'),
    format: fc.constantFrom("oci", "filesystem"),
    platforms: fc.constantFrom(
      "[linux/amd64]",
      "[linux/arm/v7/x]",
      "\n      - linux/a/b/c/d",
    ),
  },
  { requiredKeys: [] },
);

const config = fc.record({
  sections: fc.array(
    fc.tuple(
      fc.constantFrom("onboot", "services", "onshutdown"),
      fc.constantFrom("linuxkit/sshd:v1", "alpine:3.20", "linuxkit/getty:v2"),
      container,
    ),
    { maxLength: 4 },
  ),
  volumes: fc.array(volume, { maxLength: 3 }),
  files: fc.array(fileEntry, { maxLength: 5 }),
  extra: fc.boolean(),
});

type Config = typeof config extends fc.Arbitrary<infer T> ? T : never;

function render(c: Config): string {
  const lines: string[] = [];
  for (const section of ["onboot", "services", "onshutdown"]) {
    const items = c.sections
      .map((s, i) => [s, i] as const)
      .filter(([s]) => s[0] === section);
    if (items.length === 0) continue;
    lines.push(`${section}:`);
    for (const [[, image, fields], i] of items) {
      lines.push(
        `  - name: c${i}`,
        `    image: ${image}`,
        ...fields.map((f) => `    ${f}`),
      );
    }
  }
  if (c.volumes.length > 0) {
    lines.push("volumes:");
    c.volumes.forEach((v, i) => {
      lines.push(
        `  - name: v${i}`,
        ...Object.entries(v).map(([k, x]) => `    ${k}: ${x}`),
      );
    });
  }
  if (c.files.length > 0) {
    lines.push("files:");
    for (const f of c.files) {
      if (f.length === 0) lines.push("  - {}");
      else lines.push(`  - ${f[0]}`, ...f.slice(1).map((x) => `    ${x}`));
    }
  }
  if (c.extra) lines.push("---", "kernel: {image: k}");
  return `${lines.join("\n")}\n`;
}

const inside = (inner: Span, outer: Span) =>
  outer.start <= inner.start && inner.end <= outer.end;

describe("ranges of the build verdicts", () => {
  it(
    "lie inside the text and inside the entry they are about",
    () => {
      fc.assert(
        fc.property(config, (c) => {
          const text = render(c);
          const { parsed, diagnostics } = analyze(text);
          const { model } = parsed;
          const files = parsed.model.files;
          for (const d of diagnostics) {
            expect(d.span.start, text).toBeGreaterThanOrEqual(0);
            expect(d.span.start).toBeLessThanOrEqual(d.span.end);
            expect(d.span.end).toBeLessThanOrEqual(text.length);
            if (d.target) {
              const owner =
                model.containers.find((x) => x.id === d.target)?.span ??
                model.volumes.find((x) => x.id === d.target)?.span ??
                model.containers.find(
                  (x) =>
                    x.id ===
                    model.mounts.find((m) => m.id === d.target)?.containerId,
                )?.span;
              expect(owner, `${d.code} targets ${d.target}`).toBeDefined();
              expect(
                inside(d.span, owner as Span),
                `${d.code} ${JSON.stringify(d.span)}\n${text}`,
              ).toBe(true);
            }
            const filesSection = parsed.model.sections.files?.valueSpan;
            if (!d.target && filesSection && inside(d.span, filesSection)) {
              // a files verdict covers one entry, and that entry's path is the one the message names
              const entries = files.filter((f) => inside(d.span, f.span));
              expect(entries, `${d.code}\n${text}`).toHaveLength(1);
              const path = entries[0].path;
              if (path && d.message.includes("`") && /^File `/.test(d.message))
                expect(d.message.startsWith(`File \`${path}\``)).toBe(true);
            }
          }
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("generates configs that reach the new verdicts (so the property above checks them)", () => {
    const seen = new Set(
      fc
        .sample(config.map(render), { numRuns: 200, seed: 11 })
        .flatMap((t) => analyze(t).diagnostics.map((d) => d.code)),
    );
    for (const code of [
      "file-without-path",
      "file-without-contents",
      "conflicting-file-fields",
      "invalid-mode",
      "invalid-platform",
      "ignored-add",
      "ignored-field",
      "platforms-without-oci",
      "file-hidden-at-boot",
      "duplicate-file-path",
      "extra-document",
      "template-replaced",
      "namespace-path",
      "runtime-namespace-ignored",
      "veth-without-peer",
      "interface-without-name",
      "invalid-value",
      "unknown-capability",
    ] as const) {
      expect(seen.has(code), code).toBe(true);
    }
  });
});
