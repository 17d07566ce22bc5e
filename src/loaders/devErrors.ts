import type { DataIssue } from '../lib/data/issues.ts';

/**
 * The errors of the editors' files while `astro dev` runs, by what found them (`data`,
 * `charts`, `stories`): loaders record them here instead of stopping the server, and
 * src/middleware.ts shows them on every page until they are fixed, so a preview never serves a
 * stale page. Kept on `globalThis`: the loaders and the middleware may be loaded as separate
 * module instances of one process.
 */
const key = Symbol.for('thuocdo.devErrors');
const registry: Map<string, readonly DataIssue[]> =
  ((globalThis as Record<symbol, unknown>)[key] as Map<string, readonly DataIssue[]> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[key] = new Map<string, readonly DataIssue[]>());

/** Records what `source` found now: its issues, or none (the file was fixed). */
export function recordDevErrors(source: string, issues: readonly DataIssue[]): void {
  if (issues.length > 0) registry.set(source, issues);
  else registry.delete(source);
}

/** Every issue recorded, each once (the datasets' errors stop the charts too). */
export function devErrors(): DataIssue[] {
  const seen = new Set<string>();
  return [...registry.values()].flat().filter((issue) => {
    const id = JSON.stringify([issue.file, issue.line, issue.column, issue.message]);
    return seen.has(id) ? false : (seen.add(id), true);
  });
}

/** The issues an error carries (a DataValidationError, by shape: it may come from another module instance). */
export function issuesOf(error: unknown): DataIssue[] | undefined {
  const issues = (error as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) && issues.every((i) => typeof i?.file === 'string' && typeof i?.message === 'string')
    ? (issues as DataIssue[])
    : undefined;
}
