import { defineMiddleware } from 'astro:middleware';
import { relative, sep } from 'node:path';
import { formatIssue, type DataIssue } from './lib/data/issues.ts';
import { ReadLog } from './lib/build/readLog.ts';
import { errorPageHtml } from './lib/ui/errorPage.ts';
import { devErrors, issuesOf } from './loaders/devErrors.ts';
import { keepReads } from './queries/pageKeys.ts';
import { readingInto } from './queries/reads.ts';

/**
 * In `npm run dev` only: a page whose story, data or chart has an error shows that error (file,
 * line, what to do, in Vietnamese) with status 500, never the page as it was before the error.
 * Errors come from the loaders (src/loaders/devErrors.ts) and from rendering (an MDX file that
 * does not compile, a number a story cannot show). The build does not use this: there, the same
 * errors stop `npm run build`, and each page's reads are saved instead (`recordingReads`).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!import.meta.env.DEV) return recordingReads(context.url.pathname, next);
  const page = context.url.pathname;
  const pending = devErrors();
  if (pending.length > 0) return errorResponse(pending, page);
  try {
    const response = await next();
    if (!response.headers.get('content-type')?.includes('text/html')) return response;
    // Read the whole page here: an error while it streams would otherwise leave half a page.
    const html = await response.text();
    return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    const issues = issuesOf(error) ?? [fromError(error)];
    // The terminal says it too, for an editor who looks there first.
    console.error(`${page}: ${issues.length} lỗi:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    return errorResponse(issues, page);
  }
});

/**
 * In `npm run build`: renders the page with its reads noted (src/queries/reads.ts) and saves them
 * under its address, for the next build's cache key. The whole body is read here, so that every
 * component renders while the page's reads are collected.
 */
async function recordingReads(pathname: string, next: () => Promise<Response>): Promise<Response> {
  const log = new ReadLog();
  return readingInto(log, async () => {
    const response = await next();
    const body = await response.arrayBuffer();
    await keepReads(pathname, log);
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
}

function errorResponse(issues: readonly DataIssue[], page: string): Response {
  return new Response(errorPageHtml(issues, page), { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** Any other error, at the file and line Astro found for it when there is one. */
function fromError(error: unknown): DataIssue {
  const {
    message = String(error),
    hint,
    loc,
  } = error as { message?: string; hint?: string; loc?: { file?: string; line?: number; column?: number } };
  // A number a story cannot show is the story's, not the component's that found it out.
  const ours = (error as { name?: string }).name === 'DataReferenceError';
  const file = loc?.file && !ours ? relative(process.cwd(), loc.file).split(sep).join('/') : '';
  return { file, ...(loc?.line && file ? { line: loc.line, column: loc.column ?? 1 } : {}), message, ...(hint ? { hint } : {}) };
}
