import { describe, expect, it } from 'vitest';
import { fieldDoc } from './fieldDocs.ts';
import { documentedSchema } from './documentedSchema.ts';

describe('fieldDoc', () => {
  it('documents a container field from the schema text', () => {
    const doc = fieldDoc(['services', '0', 'binds']);
    expect(doc?.title).toBe('Binds');
    expect(doc?.description).toBe(documentedSchema.definitions?.image.properties?.binds.description);
    expect(doc?.description).toContain('source:destination');
    expect(doc?.markdownDescription).toContain('```yaml');
  });

  it('documents a volume field and a list item', () => {
    expect(fieldDoc(['volumes', '1', 'readonly'])?.title).toBe('Read-only');
    expect(fieldDoc(['volumes', '1'])?.title).toBe('Volume');
    expect(fieldDoc(['onboot', '3'])?.title).toBe('Container');
  });

  it('documents top-level sections and deep fields', () => {
    expect(fieldDoc(['kernel'])?.title).toBe('Kernel');
    expect(fieldDoc(['kernel', 'cmdline'])?.description).toContain('Passed to the kernel');
    expect(fieldDoc(['services', '0', 'resources', 'memory', 'limit'])?.title).toBe('Limit');
    expect(fieldDoc(['onboot', '0', 'runtime', 'interfaces', '0', 'createInRoot'])?.title).toBe('Create in root');
    expect(fieldDoc(['services', '0', 'mounts', '2', 'options'])?.title).toBe('Options');
    expect(fieldDoc(['files', '0', 'mode'])?.description).toContain('"0600"');
  });

  it('gives the plain description without Markdown backticks', () => {
    expect(fieldDoc(['volumes', '0', 'format'])?.description).not.toContain('`');
  });

  it('returns undefined for unknown paths', () => {
    expect(fieldDoc(['services', '0', 'bind'])).toBeUndefined();
    expect(fieldDoc(['nope'])).toBeUndefined();
    expect(fieldDoc(['kernel', 'image', 'x'])).toBeUndefined();
  });
});
