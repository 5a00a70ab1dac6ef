// Keeps track of which rendered comments must still be in the text: a comment may go only
// with an element it is tagged with (removed, or rewritten by setMountForm), or with a key
// that disappeared. Ids change on renames, so elements are followed from id to tag.
import type { Command } from '../../src/core/commands/types.ts';
import type { ConfigModel } from '../../src/core/model/types.ts';
import type { CommentRecord } from './renderConfig.ts';

export class CommentLedger {
  private readonly tagOfId = new Map<string, string>();
  private readonly killed = new Set<string>();
  /** Sections whose items were reordered: their comments between items may now read as another item's. */
  private readonly moved = new Set<string>();

  constructor(
    private readonly comments: CommentRecord[],
    model: ConfigModel,
  ) {
    for (const c of model.containers) this.tagOfId.set(c.id, `c:${c.name}`);
    for (const v of model.volumes) this.tagOfId.set(v.id, `v:${v.name}`);
    for (const m of model.mounts) this.tagOfId.set(m.id, `m:${m.containerName}:${m.destination}`);
  }

  private kill(id: string): void {
    const tag = this.tagOfId.get(id);
    if (tag) this.killed.add(tag);
    this.tagOfId.delete(id); // a later element may take the same id
  }

  private move(from: string, to: string): void {
    const tag = this.tagOfId.get(from);
    if (tag === undefined || from === to) return;
    this.tagOfId.delete(from);
    this.tagOfId.set(to, tag);
  }

  /** Records what a successful command did, given the models before and after it. */
  record(cmd: Command, before: ConfigModel, after: ConfigModel): void {
    if (cmd.type === 'renameContainer') {
      const old = before.containers.find((c) => c.id === cmd.containerId);
      if (!old) return;
      this.move(old.id, `container:${old.section}:${cmd.newName}`);
      for (const m of old.mounts) this.move(m.id, `mount:${old.section}:${cmd.newName}:${m.destination}`);
    } else if (cmd.type === 'renameVolume') {
      this.move(cmd.volumeId, `volume:${cmd.newName}`);
    } else if (cmd.type === 'setMountDestination') {
      const old = before.mounts.find((m) => m.id === cmd.mountId);
      if (old) this.move(old.id, `mount:${old.section}:${old.containerName}:${cmd.destination}`);
    } else if (cmd.type === 'moveContainer') {
      const section = before.containers.find((c) => c.id === cmd.containerId)?.section;
      if (section) this.moved.add(section);
    } else if (cmd.type === 'removeContainer') {
      this.kill(cmd.containerId);
      // e.g. a comment above the first item, indented deeper than its dash, moves with that item;
      // below another item it then reads as that item's trailing comment (nodeBlocks.itemBlock)
      const section = before.containers.find((c) => c.id === cmd.containerId)?.section;
      if (section && this.moved.has(section)) this.killed.add(`key:${section}`);
    } else if (cmd.type === 'removeMount' || cmd.type === 'setMountForm') {
      this.kill(cmd.mountId);
    } else if (cmd.type === 'removeVolume') {
      const volume = before.volumes.find((v) => v.id === cmd.volumeId);
      this.kill(cmd.volumeId);
      for (const m of before.mounts) if (m.sourceKind === 'volume' && m.volume === volume?.name) this.kill(m.id);
    } else if (cmd.type === 'addContainer' || cmd.type === 'addVolume') {
      this.killed.add(`tail:${cmd.type === 'addContainer' ? cmd.section : 'volumes'}`);
      // an item inserted first goes above such a deeper-indented comment, which then reads as the
      // new item's own (the same caveat as a move; seen by this property with seed 1742173544)
      if (cmd.type === 'addContainer' && cmd.index === 0) this.moved.add(cmd.section);
    }
    this.killMissingKeys(after);
  }

  private killMissingKeys(after: ConfigModel): void {
    const containerByTag = new Map([...this.tagOfId].map(([id, tag]) => [tag, after.containers.find((c) => c.id === id)]));
    for (const tag of new Set(this.comments.flatMap((c) => c.tags))) {
      const parts = tag.split(':');
      if (parts[0] !== 'key') continue;
      const present = parts.length === 2 ? after.sections[parts[1]] : containerByTag.get(`c:${parts[1]}`)?.fields[parts[2]];
      if (!present) this.killed.add(tag);
    }
  }

  /** Comments that must still be in the text. */
  alive(): CommentRecord[] {
    return this.comments.filter((c) => !c.tags.some((t) => this.killed.has(t)));
  }
}
