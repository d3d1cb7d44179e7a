/**
 * The reference problems of a catalogue (references.ts) in words an editor can act on, with the
 * rules between fields (consistency.ts). Loaded with zod's explanations only when a catalogue has
 * errors; the CLI and the merge use it directly.
 */
import type { Catalogue } from './schema.js';
import { type CatalogueError, type CatalogueWarning, error } from './problems.js';
import { COLLECTION_NAMES } from './reference-fields.js';
import { checkConsistency } from './consistency.js';
import { type ReferenceProblem, findReferenceProblems, isWarning, referenceWarnings } from './references.js';

export interface ReferenceCheck {
  errors: CatalogueError[];
  warnings: CatalogueWarning[];
}

function referenceError(problem: Exclude<ReferenceProblem, { warning: true }>): CatalogueError {
  const { path } = problem;
  switch (problem.code) {
    case 'duplicate-id':
      return error('reference', path, 'duplicate-id', `编号 “${problem.id}” 重复（已用于 ${problem.first}）`, `id "${problem.id}" is used twice (first at ${problem.first})`);
    case 'duplicate-session-id':
      return error('reference', path, 'duplicate-id', `场次编号 “${problem.id}” 重复`, `session id "${problem.id}" is used twice`);
    case 'dangling-reference': {
      const [zh, en] = COLLECTION_NAMES[problem.target];
      return error('reference', path, 'dangling-reference', `找不到编号为 “${problem.id}” 的${zh}`, `no ${en} with id "${problem.id}"`);
    }
    case 'no-point-or-address':
      return error('schema', path, 'required', '需要 pointId 或 address 之一', 'needs pointId or address');
  }
}

/** Reference problems (references.ts) in words: errors and warnings. */
export function describeReferenceProblems(problems: readonly ReferenceProblem[]): ReferenceCheck {
  const errors: CatalogueError[] = [];
  for (const problem of problems) if (!isWarning(problem)) errors.push(referenceError(problem));
  return { errors, warnings: referenceWarnings(problems) };
}

/**
 * The references and the rules between fields (consistency.ts), in words. Tolerant of any shape:
 * `shapeValid` false (the shape failed) leaves out the rules between fields, which need the types.
 */
export function checkReferences(doc: Catalogue, shapeValid = true): ReferenceCheck {
  const { errors, warnings } = describeReferenceProblems(findReferenceProblems(doc));
  return { errors: shapeValid ? [...errors, ...checkConsistency(doc)] : errors, warnings };
}
