// What src/ui may use of src/app: the Studio and the few helpers the views call.
export { createStudio, MAIN_FILE, type DispatchResult, type Studio, type StudioFile } from './studio.ts';
export type { StudioState, StudioStore, ThemePreference, UiFlags } from './store.ts';
export { LARGE_TEXT_CHARS, type GraphView, type ShownView, type Views, type ViewStatus } from './views.ts';
export type { EditorPort } from './editorPort.ts';
