// Quick fixes for schema problems that have one obvious repair.
import { isScalar } from 'yaml';
import { planDockerVolumes } from '../commands/dockerVolumesPlan.ts';
import type { Diagnostic, QuickFix } from '../diagnostics/types.ts';
import { proposeContainerName } from '../model/names.ts';
import type { ParsedConfig } from '../model/types.ts';
import { nodeAtPath, pathToSpan } from './nodePath.ts';

/** `mode: 0600` is read as a number; LinuxKit parses the string in base 8, so only octal digits qualify. */
const OCTAL = /^[0-7]+$/;

function quoteModeFix(parsed: ParsedConfig, d: Diagnostic): QuickFix | null {
  const source = parsed.text.slice(d.span.start, d.span.end);
  if (!OCTAL.test(source) || !parsed.doc) return null;
  const path = pathToSpan(parsed.doc.contents, d.span);
  if (!path || path[path.length - 1] !== 'mode') return null;
  const node = nodeAtPath(parsed.doc.contents, path);
  if (!isScalar(node) || node.type !== 'PLAIN' || node.tag) return null;
  return { title: `Quote as "${source}"`, command: { type: 'quoteScalar', path, source } };
}

function dockerVolumesFix(parsed: ParsedConfig, d: Diagnostic): QuickFix | null {
  const { model } = parsed;
  const c = model.containers.find((x) => x.fields.volumes?.keySpan.start === d.span.start);
  if (!c?.node) return null;
  const plan = planDockerVolumes(model, c);
  if (typeof plan === 'string') return null;
  const also = [
    ...plan.renames.map((r) => `renames volume \`${r.from}\` to \`${r.to}\``),
    ...plan.creates.map((n) => `adds volume \`${n}\``),
  ];
  const into = plan.renameKey ? `Turn \`volumes:\` into \`${plan.form}:\`` : `Move \`volumes:\` entries into \`${plan.form}:\``;
  return { title: also.length > 0 ? `${into} (${also.join(', ')})` : into, command: { type: 'convertVolumesToBinds', containerId: c.id } };
}

/** A container with an image and no `name:` gets one from its image, unique among the containers. */
function addNameFix(parsed: ParsedConfig, d: Diagnostic): QuickFix | null {
  if (d.field !== 'name') return null;
  const c = parsed.model.containers.find((x) => x.id === d.target);
  if (!c || c.fields.name || typeof c.image !== 'string' || c.image.trim() === '') return null;
  const name = proposeContainerName(c.image.trim(), parsed.model.names.containers);
  return { title: `Add \`name: ${name}\``, command: { type: 'renameContainer', containerId: c.id, newName: name } };
}

/** Adds fixes to the schema diagnostics that have one (the diagnostics are new objects, so this is safe). */
export function withSchemaFixes(parsed: ParsedConfig, diagnostics: Diagnostic[]): Diagnostic[] {
  for (const d of diagnostics) {
    let fix: QuickFix | null = null;
    if (d.code === 'wrong-type') fix = quoteModeFix(parsed, d);
    else if (d.code === 'missing-field') fix = addNameFix(parsed, d);
    else if (d.code === 'unknown-field' && parsed.text.slice(d.span.start, d.span.end).includes('volumes')) fix = dockerVolumesFix(parsed, d);
    if (fix) d.fixes = [...(d.fixes ?? []), fix];
  }
  return diagnostics;
}
