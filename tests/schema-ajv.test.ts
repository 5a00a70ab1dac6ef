// The schema `linuxkit-studio schema` exports, checked by an independent validator (ajv) on the
// real corpus: editors using it must accept every config LinuxKit builds and flag unknown keys.
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadCorpus } from './corpus.ts';
import { runCli } from './cli/runCli.ts';

/** Keywords for editors (yaml-language-server, Monaco), not for validation. */
const EDITOR_KEYWORDS = ['markdownDescription', 'defaultSnippets', 'deprecationMessage', 'doNotSuggest'];

let validate: ValidateFunction;
beforeAll(() => {
  const run = runCli(['schema']);
  expect(run.status).toBe(0);
  // strict about keywords; not about type annotations, which LinuxKit's own schema (mirrored here) leaves out
  const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: true });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  validate = ajv.compile(JSON.parse(run.stdout) as object);
});

const valid = loadCorpus().filter((e) => e.valid);
const asData = (text: string): unknown => parseDocument(text).toJS({ maxAliasCount: 1000 });

describe('the exported JSON Schema (ajv)', () => {
  it('is tested on most of the corpus', () => expect(valid.length).toBeGreaterThan(150));

  it.each(valid.map((e) => [e.file, e.text]))('accepts %s, which LinuxKit builds', (_file, text) => {
    const ok = validate(asData(text));
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  it.each([
    ['at the top level', 'kernel:\n  image: linuxkit/kernel:6.6.71\nservice:\n  - name: a\n    image: b\n', '', 'service'],
    ['in a container', 'services:\n  - name: web\n    image: nginx:1\n    volumes:\n      - data:/data\n', '/services/0', 'volumes'],
    ['in a volume', 'volumes:\n  - name: data\n    read_only: true\n', '/volumes/0', 'read_only'],
    ['in a file', 'files:\n  - path: etc/motd\n    contents: hi\n    owner: root\n', '/files/0', 'owner'],
  ])('rejects an unknown field %s', (_where, text, instancePath, key) => {
    expect(validate(asData(text))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', instancePath, params: { additionalProperty: key } }),
    );
  });
});
