// The background analysis of large texts (see backgroundAnalysis.ts): text in, ViewSnapshot out.
import { analyze } from '../core/analyze.ts';
import { snapshotOf } from './viewSnapshot.ts';

const scope = self as unknown as { onmessage: ((e: MessageEvent<string>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (e) => {
  scope.postMessage(snapshotOf(analyze(e.data)));
};
