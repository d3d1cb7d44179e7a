/**
 * How deep a document nests. The schema bounds the depth of every field it describes, but not of
 * values it leaves open (unknown fields of a newer 1.x, `records.rows` cells); a file nesting
 * thousands of levels there would pass the shape check and then overflow the stack of whatever
 * walks it next (diff, merge, a renderer). The validator refuses it here, with the path where it
 * starts. Iterative, so it cannot overflow itself, and it stops at the first value too deep. Pure.
 */
import { formatPath, type PathSegment } from './problems.js';

/** The format itself nests about 8 levels; records and future fields get generous room. */
export const MAX_NESTING_DEPTH = 64;

/**
 * The path (as far as its first two segments, enough to find it in the file) of the first value
 * nested deeper than `max` levels, or undefined when the document is within the limit.
 */
export function findTooDeep(data: unknown, max = MAX_NESTING_DEPTH): string | undefined {
  // Parallel stacks (no tuple per value) and indexed loops over arrays: about a JSON.parse-tenth on 10,000 items.
  const values: unknown[] = [data];
  const depths = [0];
  // Only the first two segments are kept: below them, children share their parent's prefix.
  const prefixes: PathSegment[][] = [[]];
  while (values.length) {
    const value = values.pop() as Record<string, unknown>;
    const depth = depths.pop()!;
    const prefix = prefixes.pop()!;
    if (depth >= max) return formatPath(prefix);
    const push = (child: unknown, key: PathSegment) => {
      if (!child || typeof child !== 'object') return;
      values.push(child);
      depths.push(depth + 1);
      prefixes.push(depth < 2 ? [...prefix, key] : prefix);
    };
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) push(value[i], i);
    else for (const key in value) push(value[key], key);
  }
  return undefined;
}
