/**
 * A recorded live show's product pins (`EXT-X-DATERANGE` of class `com.shoppable.product`, as the
 * live studio writes them) into show-document moments, so that the show can be edited as a replay.
 * The pins are read by the player's own reader ({@link momentsFromDateRanges}); this module only
 * fits its moments to the recording.
 * @module
 */
import type { Moment, ValidationIssue } from '../../types.js';
import { momentsFromDateRanges, parseAttributeList, parseDateRangeTags, programDateTimeMap } from '../pins.js';
import type { ImportIssue, PinImport } from './types.js';

const TAG = '#EXT-X-DATERANGE:';
const ID_PATH = /^EXT-X-DATERANGE\[ID="([^"]*)"\]\.?(.*)$/;

/**
 * Moments from a recorded live playlist's product pins, in seconds from the start of its first
 * segment (placed through `EXT-X-PROGRAM-DATE-TIME`). A pin lasts as it does in the player: its
 * `DURATION` or `END-DATE`, else until the next pin, the last one until the recording ends. Pins
 * outside the recording are skipped, and moments cut to it; a `flash-sale` pin becomes a plain
 * moment, a `sold-out` pin (which the show document cannot say) is skipped. Issues name the
 * playlist line (`row`) and attribute (`column`). Never throws.
 */
export function importLivePins(playlist: string): PinImport {
  const issues: ImportIssue[] = [];
  try {
    return readPins(String(playlist), issues);
  } catch (error) {
    issues.push({ message: `could not read the playlist: ${error instanceof Error ? error.message : String(error)}` });
    return { moments: [], productIds: [], issues };
  }
}

function readPins(text: string, issues: ImportIssue[]): PinImport {
  const lineOf = tagLines(text);
  const { segments, endList, toMediaTime } = programDateTimeMap(text);
  const none = { moments: [], productIds: [], issues };
  if (!text.trimStart().startsWith('#EXTM3U')) return issues.push({ row: 1, message: 'not an HLS playlist (no #EXTM3U)' }), none;
  if (!segments.length) {
    issues.push({ message: 'no media segments: a multivariant playlist only names its media playlists; import one of those' });
    return none;
  }
  if (!segments.some((s) => s.programDateTime)) {
    issues.push({ column: 'EXT-X-PROGRAM-DATE-TIME', message: 'missing: pins cannot be placed in the video without it' });
    return none;
  }
  if (!endList) issues.push({ column: 'EXT-X-ENDLIST', message: 'missing: a live window, not a whole recording; moments cover only its segments' });
  const duration = segments.reduce((sum, s) => sum + s.duration, 0);
  const result = momentsFromDateRanges(parseDateRangeTags(text), toMediaTime, { openEnd: duration });
  for (const issue of result.issues) issues.push(located(issue, lineOf));
  const moments: Moment[] = [];
  for (const pin of result.moments) {
    const where = located({ path: `EXT-X-DATERANGE[ID="${pin.id}"]`, message: '' }, lineOf);
    const skip = (message: string) => issues.push({ ...where, message: `pin "${pin.id}" of "${pin.productId}" ${message}; skipped` });
    if (pin.action === 'sold-out') {
      skip('is a sold-out pin, which a show document cannot hold');
      continue;
    }
    if (pin.end <= 0 || (pin.end === pin.start && pin.start <= 0)) {
      skip('ends before the recording starts');
      continue;
    }
    if (pin.start >= duration) {
      skip('starts after the recording ends');
      continue;
    }
    if (pin.action === 'flash-sale') {
      issues.push({ ...where, column: 'X-ACTION', message: `pin "${pin.id}" is a flash sale; imported as a plain moment` });
    }
    const start = Math.max(0, pin.start);
    const end = Math.min(duration, pin.end);
    if (end <= start) {
      skip('has no length');
      continue;
    }
    moments.push({ productId: pin.productId, start, end, ...(pin.position ? { position: pin.position } : {}) });
  }
  return { moments, productIds: [...new Set(moments.map((m) => m.productId))], issues };
}

/** Line number (1-based) of each date range `ID`'s first tag. */
function tagLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed.startsWith(TAG)) return;
    const id = parseAttributeList(trimmed.slice(TAG.length)).ID;
    if (id !== undefined && !lines.has(id)) lines.set(id, i + 1);
  });
  return lines;
}

/** A pin reader issue (`EXT-X-DATERANGE[ID="pin-3"].DURATION`) as row (line) and column (attribute). */
function located(issue: ValidationIssue, lineOf: ReadonlyMap<string, number>): ImportIssue {
  const match = ID_PATH.exec(issue.path);
  const out: ImportIssue = { message: issue.message };
  const row = match ? lineOf.get(match[1]!) : undefined;
  if (row !== undefined) out.row = row;
  const column = match ? match[2] || undefined : issue.path || undefined;
  if (column) out.column = column;
  return out;
}
