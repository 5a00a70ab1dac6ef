import { subscribeBackground } from './backgroundAnalysis.ts';
import type { StudioStore } from './store.ts';

/** Nodes a large typed text gained get their positions when its background analysis arrives. */
export function completeLayoutOnAnalysis(store: StudioStore): () => void {
  return subscribeBackground(() => store.getState().completeLayout());
}
