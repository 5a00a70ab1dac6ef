import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic, QuickFix } from '../../../diagnostics/types.ts';
import type { FileModel } from '../../../model/types.ts';
import type { Rule } from '../../types.ts';
import { fieldSpan, fileLabel, fileSpan } from './fileSpans.ts';

const METADATA_FORMATS = ['yaml', 'json'];

/**
 * What a files entry holds, in the order `filesystem` checks it (moby/build/build.go filesystem).
 * Without `contents`, `directory` or `symlink` it needs exactly one of `source` and `metadata` (and
 * metadata must be `yaml` or `json`, moby/build/build.go metadata); with one of them it may have
 * neither; and a directory may not have contents. `contents: ""` counts as contents (a Go
 * *string), `contents: null` does not.
 */
export const fileContents: Rule = ({ text, model }) => {
  const out: Diagnostic[] = [];
  for (const f of model.files) {
    if (!f.node || !f.path) continue; // no path: file-without-path stops the build first
    const str = (k: string) => (typeof f.fields[k]?.value === 'string' ? (f.fields[k].value as string) : '');
    const directory = f.fields.directory?.value === true;
    const hasContents = typeof f.fields.contents?.value === 'string';
    const source = str('source');
    const metadata = str('metadata');
    const conflict = (key: string, message: string) =>
      out.push(diagnostic('conflicting-file-fields', message, fieldSpan(f, key) ?? fileSpan(text, f), { fixes: [removeFix(f, key)] }));
    if (!directory && str('symlink') === '' && !hasContents) {
      if (source === '' && metadata === '') {
        out.push(
          diagnostic(
            'file-without-contents',
            `${fileLabel(f)} has nothing to write, so \`linuxkit build\` stops ("contents of file not specified"); add \`contents:\`, \`source:\` (a file on the build machine) or \`metadata: yaml\`, or \`directory: true\` for a folder.`,
            fileSpan(text, f),
          ),
        );
      } else if (source !== '' && metadata !== '') {
        conflict('metadata', `${fileLabel(f)} has both \`source\` and \`metadata\`; \`linuxkit build\` stops ("specified Source and Metadata"). Keep one of them.`);
      } else if (metadata !== '' && !METADATA_FORMATS.includes(metadata)) {
        out.push(metadataDiagnostic(f, metadata));
      }
    } else {
      const what = directory ? '`directory: true`' : hasContents ? '`contents`' : '`symlink`';
      if (metadata !== '') {
        conflict('metadata', `${fileLabel(f)} has ${what} and \`metadata\`; \`linuxkit build\` stops ("specified Contents and Metadata"). Keep one of them.`);
      } else if (source !== '') {
        conflict('source', `${fileLabel(f)} has ${what} and \`source\`; \`linuxkit build\` stops ("specified Contents and Source"). Keep one of them.`);
      } else if (directory && hasContents) {
        conflict('contents', `${fileLabel(f)} is \`directory: true\` with \`contents\`; \`linuxkit build\` stops ("directory with contents not allowed"). Remove \`contents\`, or \`directory\` to write a file.`);
      }
    }
  }
  return out;
};

function removeFix(f: FileModel, key: string): QuickFix {
  return { title: `Remove \`${key}\``, command: { type: 'removeKey', path: ['files', f.index, key] } };
}

function metadataDiagnostic(f: FileModel, metadata: string): Diagnostic {
  const field = f.fields.metadata;
  const meant = METADATA_FORMATS.find((m) => m === metadata.toLowerCase() || (m === 'yaml' && metadata.toLowerCase() === 'yml'));
  return diagnostic(
    'invalid-value',
    `\`metadata: ${metadata}\` is not a format LinuxKit writes ("unsupported metadata type"); use \`yaml\` or \`json\`.`,
    field.valueSpan,
    meant
      ? { fixes: [{ title: `Use \`${meant}\``, command: { type: 'setScalar', path: ['files', f.index, 'metadata'], source: metadata, value: meant } }] }
      : {},
  );
}
