// What src/ui uses of src/app: the Studio, and the few helpers views call. Modules only lazily
// loaded panels need (compare.ts, runtimeView.ts, explain/, examples/) are imported by those
// panels directly, so that they stay out of the first bundle; code loaded on first use is
// reached through the load* functions here.
export { createStudio, MAIN_FILE, type DispatchOptions, type DispatchResult, type Studio, type StudioFile, type StudioStart } from './studio.ts';
export { activeText } from './store.ts';
export { applyQuickFix } from './quickFix.ts';
export { revealDiagnostic } from './revealDiagnostic.ts';
export { fileNamed } from './files.ts';
export { sessionOf } from './persistence.ts';
export { viewOfFile, type ViewOfFile } from './viewOfFile.ts';
export type { BuildView } from './buildViews.ts';
export type { StudioState, StudioStore, ThemePreference, UiFlags } from './store.ts';
export { EMPTY_OUTLINE, LARGE_TEXT_CHARS, type FileView, type GraphView, type ShownView, type Views, type ViewStatus } from './views.ts';
export type { EditorPort } from './editorPort.ts';
export type { CompareBase } from './compare.ts';
export type { Positions, XY } from './positions.ts';
export { downloadBlob, downloadText } from './download.ts';
export { inspectedElement } from './inspectedElement.ts';
export { NEW_CONFIG } from './newConfig.ts';
export { theirsRefusal } from './autosave.ts';
export { mixedBreaksNote } from './mixedBreaksNote.ts';
export { admitPaste } from './openRule.ts';
export { removalCommands } from './removal.ts';
export { reorderCommand } from './reorder.ts';
export { answerShareOffer } from './shareOpen.ts';
export { readItem, siteStorage, writeItem } from './storage.ts';
export { forgetUnreadableSave, UNREADABLE_FILE_NAME, unreadableReason, unreadableSave } from './unreadableSave.ts';

/** Opening files (loads on first use). */
export const loadOpenFile = () => import('./openFile.ts');
/** Share links (loads on first use). */
export const loadShareLink = () => import('./shareLink.ts');
/** The graph as a picture (loads on first use). */
export const loadPicture = () => import('./picture.ts');
/** What Export writes: the files with their layout blocks, a zip of them (loads on first use). */
export const loadExportFiles = () => import('./exportFiles.ts');
/** The layout comment Export may append (loads on first use). */
export const loadLayoutComment = () => import('./layoutComment.ts');
