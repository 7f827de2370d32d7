/**
 * How the standalone elements report data they could not use: the issues of reading it (through the
 * show document's reader, `src/core/show.ts`) as one non-fatal `shoppable-error`, as the player
 * reports a show document's. Lives in the lazy view chunks, with the reader.
 * @module
 */
import { formatIssues } from '../core/show.js';
import { ErrorCode, ShoppableErrorEvent } from '../events.js';
import type { ValidationIssue } from '../types.js';

/** Dispatches one `show-invalid` error on `host` naming every issue; nothing when there are none. */
export function reportIssues(host: HTMLElement, issues: readonly ValidationIssue[]): void {
  if (issues.length === 0) return;
  const message = formatIssues(issues, 10, `<${host.localName}>`);
  host.dispatchEvent(new ShoppableErrorEvent({ code: ErrorCode.ShowInvalid, message, fatal: false, cause: issues }));
}
