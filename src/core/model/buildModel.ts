import { isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { LIMITS } from '../parse/limits.ts';
import { mountId, readMounts } from './mounts.ts';
import {
  SECTIONS,
  type ConfigModel,
  type ContainerModel,
  type FileModel,
  type KernelModel,
  type Section,
  type VolumeModel,
} from './types.ts';
import { nodeSpan, readFields, stringItems, stringOf } from './yamlNodes.ts';
import { containerId, fileId, volumeId } from './ids.ts';
import { resolveReferences } from './resolve.ts';
import { splitTmpfs } from './bindParts.ts';

const EMPTY_SPAN = { start: 0, end: 0 };

export function emptyModel(): ConfigModel {
  return {
    sections: {},
    init: [],
    containers: [],
    volumes: [],
    files: [],
    mounts: [],
    names: { containers: new Map(), volumes: new Map(), ids: new Map(), mountsOfVolume: new Map() },
  };
}

/**
 * Builds the typed model from a parsed document, with its references resolved (`resolve.ts`).
 * Tolerates any shape: wrong parts are skipped. With the text, bind parts get exact spans.
 */
export function buildModel(doc: Document.Parsed | null, text = ''): ConfigModel {
  const model = emptyModel();
  if (!doc || !isMap(doc.contents)) return model;
  const max = LIMITS.maxAliasCount;
  model.sections = readFields(doc, doc.contents, max);
  const s = model.sections;

  if (s.kernel && isMap(s.kernel.node)) {
    const fields = readFields(doc, s.kernel.node, max);
    const kernel: KernelModel = { span: nodeSpan(s.kernel.node) ?? EMPTY_SPAN, fields };
    const image = stringOf(fields.image);
    const cmdline = stringOf(fields.cmdline);
    if (image !== undefined) kernel.image = image;
    if (cmdline !== undefined) kernel.cmdline = cmdline;
    model.kernel = kernel;
  }
  model.init = stringItems(s.init);

  const usedIds = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}#${n}`;
    usedIds.add(id);
    return id;
  };

  for (const section of SECTIONS) {
    const seq = s[section]?.node;
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, index) => {
      model.containers.push(readContainer(doc, section, index, item as YamlNode, unique, text));
    });
  }
  for (const c of model.containers) {
    for (const m of c.mounts) {
      m.id = unique(mountId(m.section, m.containerName, m.destination));
      model.mounts.push(m);
    }
  }

  const volumes = s.volumes?.node;
  if (isSeq(volumes)) {
    volumes.items.forEach((item, index) => model.volumes.push(readVolume(doc, index, item as YamlNode, unique)));
  }
  const files = s.files?.node;
  if (isSeq(files)) {
    files.items.forEach((item, index) => {
      const node = item as YamlNode;
      const fields = isMap(node) ? readFields(doc, node, max) : {};
      const path = stringOf(fields.path);
      const id = unique(fileId(path !== undefined && path !== '' ? path : `#${index}`));
      const file: FileModel = { id, index, span: nodeSpan(node) ?? EMPTY_SPAN, fields, node: isMap(node) ? node : null, ids: [] };
      if (path !== undefined) file.path = path;
      model.files.push(file);
    });
  }
  resolveReferences(model);
  return model;
}

function readContainer(
  doc: Document.Parsed,
  section: Section,
  index: number,
  node: YamlNode,
  unique: (base: string) => string,
  text: string,
): ContainerModel {
  const fields = isMap(node) ? readFields(doc, node, LIMITS.maxAliasCount) : {};
  const name = stringOf(fields.name);
  const image = stringOf(fields.image);
  const id = unique(name !== undefined && name !== '' ? containerId(section, name) : containerId(section, `#${index}`));
  const container: ContainerModel = {
    id,
    section,
    index,
    span: nodeSpan(node) ?? EMPTY_SPAN,
    fields,
    mounts: [],
    tmpfs: stringItems(fields.tmpfs),
    tmpfsEntries: [],
    node: isMap(node) ? node : null,
    ids: [],
  };
  if (name !== undefined) container.name = name;
  if (image !== undefined) container.image = image;
  container.tmpfsEntries = container.tmpfs.map((t) => ({ ...t, parts: splitTmpfs(t.value) }));
  container.mounts = readMounts(doc, container, fields, LIMITS.maxAliasCount, text);
  return container;
}

function readVolume(
  doc: Document.Parsed,
  index: number,
  node: YamlNode,
  unique: (base: string) => string,
): VolumeModel {
  const fields = isMap(node) ? readFields(doc, node, LIMITS.maxAliasCount) : {};
  const name = stringOf(fields.name);
  const image = stringOf(fields.image);
  const format = stringOf(fields.format);
  const platforms = Array.isArray(fields.platforms?.value)
    ? (fields.platforms.value as unknown[]).filter((p): p is string => typeof p === 'string')
    : [];
  const volume: VolumeModel = {
    id: unique(name !== undefined && name !== '' ? volumeId(name) : volumeId(`#${index}`)),
    index,
    span: nodeSpan(node) ?? EMPTY_SPAN,
    readonly: fields.readonly?.value === true,
    platforms,
    kind: !image ? 'blank' : format === 'oci' ? 'oci' : 'image',
    fields,
    node: isMap(node) ? node : null,
  };
  if (name !== undefined) volume.name = name;
  if (image !== undefined) volume.image = image;
  if (format !== undefined) volume.format = format;
  return volume;
}
