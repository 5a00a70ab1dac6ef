import type { MountForm, Section, VolumeKind } from '../model/types.ts';
import type { CommandEffects } from './effects.ts';

/** A replacement of text[from, to) by `insert`; edits of one command never overlap. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** Containers, volumes and mounts are addressed by their stable graph ids. */
export type Command =
  | { type: 'addContainer'; section: Section; name?: string; image?: string; index?: number }
  | {
      type: 'addVolume';
      kind: VolumeKind;
      name?: string;
      image?: string;
      readonly?: boolean;
      /** The fields of a volume moved from another file of the build; then kind, image and readonly are not read. */
      fields?: Record<string, unknown>;
    }
  | {
      type: 'connect';
      volumeId: string;
      containerId: string;
      destination?: string;
      readOnly?: boolean;
      form?: MountForm;
      /** The volume when another file of the build declares it (the command's text holds only the container). */
      volume?: { name: string; readonly: boolean };
    }
  | { type: 'setMountDestination'; mountId: string; destination: string }
  | { type: 'setMountReadOnly'; mountId: string; readOnly: boolean }
  | { type: 'setMountOptions'; mountId: string; options: string[] }
  | { type: 'setMountForm'; mountId: string; form: MountForm }
  /** Points a mount at another volume or host path: the source part of a bind, or `source:` of a mount. */
  | { type: 'setMountSource'; mountId: string; source: string; volume?: { name: string; readonly: boolean } }
  /** value undefined removes the field; other values are written as YAML. */
  | { type: 'setContainerField'; containerId: string; field: string; value: unknown }
  | { type: 'setVolumeField'; volumeId: string; field: string; value: unknown }
  | { type: 'renameContainer'; containerId: string; newName: string }
  | { type: 'renameVolume'; volumeId: string; newName: string }
  | { type: 'moveContainer'; containerId: string; toIndex: number }
  | { type: 'removeContainer'; containerId: string }
  /** Removes a volume and every mount of it; `keepMounts` leaves the mounts (the volume moves to another file). */
  | { type: 'removeVolume'; volumeId: string; keepMounts?: boolean }
  | { type: 'removeMount'; mountId: string }
  /** Moves a container's `binds:` entries to `binds.add:` (renaming the key, or merging into an existing one). */
  | { type: 'useBindsAdd'; containerId: string }
  /**
   * Turns a container's Docker-style `volumes:` list into LinuxKit binds: invalid volume names are
   * fixed (the top-level volume renamed with them) and volumes that do not exist are added blank.
   */
  | { type: 'convertVolumesToBinds'; containerId: string }
  /**
   * Quotes the plain scalar at `path` (keys and list indexes from the document root) keeping its
   * text as written; refused unless that scalar is still written exactly as `source`.
   */
  | { type: 'quoteScalar'; path: (string | number)[]; source: string }
  /** Rewrites the scalar at `path` as `value` (in its quote style); refused unless its value is still `source`. */
  | { type: 'setScalar'; path: (string | number)[]; source: string; value: string }
  /** Removes the key at the end of `path` with its value. */
  | { type: 'removeKey'; path: (string | number)[] }
  /** Removes the list entry at the end of `path` (`[..., key, index]`). */
  | { type: 'removeListEntry'; path: (string | number)[] }
  /** Moves the entries of `binds.add` (`capabilities.add`), which LinuxKit ignores beside `binds` (`capabilities`), into that list. */
  | { type: 'mergeAddList'; containerId: string; field: 'binds' | 'capabilities' };

export type CommandType = Command['type'];

export type CommandResult =
  | {
      ok: true;
      text: string;
      edits: TextEdit[];
      /** The id of the element the command created or changed, for the UI to select. */
      selectId?: string;
      /** Ids the command renamed and created (effects.ts). */
      effects: CommandEffects;
    }
  | { ok: false; reason: string };
