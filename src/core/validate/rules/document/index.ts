import type { Rule } from '../../types.ts';
import { extraDocument } from './extraDocument.ts';
import { templateReplaced } from './templateReplaced.ts';

/** Rules about the file as a whole, before LinuxKit reads its fields. */
export const documentRules: Rule[] = [extraDocument, templateReplaced];
