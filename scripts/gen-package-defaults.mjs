// Generates src/core/packages/packageDefaults.generated.ts from the LinuxKit corpus beside the repo:
// each package's `config:` block (../shared/corpus/linuxkit-pkgs/*.build.yml) and the tag the
// corpus configs (../shared/corpus/linuxkit/*.yml) pin most often for it.
// Usage: node scripts/gen-package-defaults.mjs   (npm run gen:packages)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isScalar, parseDocument, visit } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PKGS_DIR = resolve(root, '../shared/corpus/linuxkit-pkgs');
export const DEFAULT_CONFIGS_DIR = resolve(root, '../shared/corpus/linuxkit');
export const OUTPUT_FILE = resolve(root, 'src/core/packages/packageDefaults.generated.ts');

// Fields LinuxKit decodes into Go strings: a plain `0666` stays the text "0666", not a number.
const GO_STRING_KEYS = new Set(['mode', 'net', 'pid', 'ipc', 'uts', 'userns', 'hostname', 'cwd']);

// The packages the palette offers (src/ui/palette/catalog.ts). Their references are emitted on
// their own as FEATURED_REFS, so the app does not ship the whole catalog to show these.
export const FEATURED = ['sysctl', 'dhcpcd', 'format', 'mount', 'metadata', 'getty', 'sshd', 'rngd', 'openntpd', 'poweroff'];

const REF = /^(?:docker\.io\/)?linuxkit\/([a-z0-9][a-z0-9._-]*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@sha256:[0-9a-f]{64})?$/;

function readPackage(file) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && GO_STRING_KEYS.has(String(pair.key.value)) && isScalar(pair.value)) {
        if (pair.value.type === 'PLAIN' && typeof pair.value.source === 'string') pair.value.value = pair.value.source;
      }
    },
  });
  const data = doc.toJS() ?? {};
  const name = typeof data.image === 'string' ? data.image : file.replace(/^.*\//, '').replace(/\.build\.yml$/, '');
  const config = data.config && typeof data.config === 'object' ? data.config : {};
  return { package: name, image: `linuxkit/${name}`, config };
}

/** Every string scalar of a config that is a linuxkit/<pkg> image reference. */
function imageRefs(text) {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return [];
  const refs = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return;
      const m = REF.exec(node.value.trim());
      if (m) refs.push({ package: m[1], tag: m[2] ?? null });
    },
  });
  return refs;
}

function mostCommonTag(tags) {
  const counts = new Map();
  for (const t of tags) if (t && t !== 'latest') counts.set(t, (counts.get(t) ?? 0) + 1);
  // ties go to the alphabetically first tag, so the output is stable
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return sorted.length > 0 ? sorted[0][0] : null;
}

function ymlFiles(dir, suffix) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort();
}

/** The text of the generated module. Pure apart from reading the two folders. */
export function generatePackageDefaults(pkgsDir = DEFAULT_PKGS_DIR, configsDir = DEFAULT_CONFIGS_DIR) {
  const packages = ymlFiles(pkgsDir, '.build.yml').map((f) => readPackage(join(pkgsDir, f)));
  // by package name; the package's image is always linuxkit/<name> (packageDefaults.ts adds it)
  const configs = Object.fromEntries(packages.map((p) => [p.package, p.config]));

  const seen = new Map(packages.map((p) => [p.package, []]));
  for (const f of ymlFiles(configsDir, '.yml')) {
    for (const ref of imageRefs(readFileSync(join(configsDir, f), 'utf8'))) seen.get(ref.package)?.push(ref.tag);
  }
  const catalog = packages
    .map((p) => {
      const tags = seen.get(p.package);
      const tag = mostCommonTag(tags);
      return { package: p.package, image: p.image, tag, ref: tag ? `${p.image}:${tag}` : p.image, uses: tags.length };
    })
    .sort((a, b) => b.uses - a.uses || (a.package < b.package ? -1 : 1));

  const featured = Object.fromEntries(
    FEATURED.flatMap((name) => {
      const entry = catalog.find((e) => e.package === name);
      return entry ? [[name, entry.ref]] : [];
    }),
  );

  return [
    '// GENERATED FILE — do not edit. Regenerate with `npm run gen:packages`',
    '// (scripts/gen-package-defaults.mjs) from ../shared/corpus/linuxkit-pkgs/*.build.yml',
    '// and the image tags pinned in ../shared/corpus/linuxkit/*.yml.',
    "import type { PackageCatalogEntry, PackageConfig } from './types.ts';",
    '',
    '/** Each package\'s `config:` block (its `org.mobyproject.config` label), by package name. */',
    `export const PACKAGE_CONFIGS: Readonly<Record<string, PackageConfig>> = ${JSON.stringify(configs, null, 2)};`,
    '',
    '/** Every package, most used first, with the tag the corpus pins most often. */',
    `export const PACKAGE_CATALOG: readonly PackageCatalogEntry[] = ${JSON.stringify(catalog, null, 2)};`,
    '',
    '/** The reference to insert (as in the catalog) for each package the palette offers. */',
    `export const FEATURED_REFS: Readonly<Record<string, string>> = ${JSON.stringify(featured, null, 2)};`,
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT_FILE, generatePackageDefaults());
  console.log(`wrote ${OUTPUT_FILE}`);
}
