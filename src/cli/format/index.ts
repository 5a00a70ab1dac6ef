import type { FileReport } from '../checkFile.ts';
import type { Style } from '../style.ts';
import { formatGithub } from './github.ts';
import { formatHuman } from './human.ts';
import { formatJson } from './json.ts';
import { formatSarif } from './sarif.ts';

export interface FormatContext {
  style: Style;
  /** Paths in SARIF and GitHub annotations are made relative to this directory. */
  cwd: string;
}

export type ReportFormatter = (reports: readonly FileReport[], context: FormatContext) => { stdout: string; stderr: string };

/** `validate --format NAME`: one module per format; a new format is one line here. */
export const VALIDATE_FORMATS = {
  human: (reports, { style }) => formatHuman(reports, style),
  json: (reports) => ({ stdout: formatJson(reports), stderr: '' }),
  sarif: (reports, { cwd }) => ({ stdout: formatSarif(reports, cwd), stderr: '' }),
  github: (reports, { cwd }) => ({ stdout: formatGithub(reports, cwd), stderr: '' }),
} satisfies Record<string, ReportFormatter>;

export type ValidateFormat = keyof typeof VALIDATE_FORMATS;
export const VALIDATE_FORMAT_NAMES = Object.keys(VALIDATE_FORMATS) as ValidateFormat[];
