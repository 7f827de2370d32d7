/**
 * Playlist text made safe for hls.js before it is parsed. hls.js 1.7 keeps a playlist's date
 * ranges in a plain object keyed by their `ID`, so an `EXT-X-DATERANGE` whose ID names a member of
 * `Object.prototype` (`constructor`, `__proto__`, `toString`, ...) finds that member as "the range
 * with the same ID" and throws while parsing: the playlist is never loaded, and the player would
 * wait at readyState 0 with no error. Such tags are dropped here, and each is named once.
 * @module
 */

const TAG = /^#EXT-X-DATERANGE:(?:.*?,)?ID="([^"]*)"/;

/**
 * `text` without the `EXT-X-DATERANGE` tags whose ID is an `Object.prototype` member; `dropped`
 * is called with each such ID. Text without one is returned as it is (the same string).
 */
export function dropReservedDateRanges(text: string, dropped: (id: string) => void): string {
  if (!text.includes('#EXT-X-DATERANGE:')) return text;
  let changed = false;
  const kept = text.split('\n').filter((line) => {
    const id = TAG.exec(line.trim())?.[1];
    if (id === undefined || !(id in Object.prototype)) return true;
    changed = true;
    dropped(id);
    return false;
  });
  return changed ? kept.join('\n') : text;
}

/** The tag {@link takePinTags} writes a pin as: one hls.js keeps with the segment and does not parse. */
export const PIN_TAG = 'X-SHOPPABLE-PIN';
const PIN_LINE = /^#EXT-X-DATERANGE:(?=.*CLASS="com\.shoppable\.product")/;

/**
 * `text` with each product pin (`EXT-X-DATERANGE` of the pin class) written as `#X-SHOPPABLE-PIN:`
 * with the same attributes. hls.js 1.7 places every date range on the timeline by scanning the
 * playlist's dated segments, for each range (work growing with pins × segments: minutes at 20,000 of
 * each); a tag it does not know it only keeps in the next segment's `tagList`, where the player reads
 * the pins itself (`controllers/stream-pins.ts`). Pins after the last segment move before its URI, so
 * that a segment still carries them. Text without pins is returned as it is (the same string).
 */
export function takePinTags(text: string): string {
  if (!text.includes('com.shoppable.product')) return text;
  const out: string[] = [];
  let lastUri = -1;
  // Indexes in `out` of the pins since the last segment URI.
  let trailing: number[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (PIN_LINE.test(line)) {
      if (lastUri >= 0) trailing.push(out.length);
      out.push(`#${PIN_TAG}:${line.slice('#EXT-X-DATERANGE:'.length)}`);
    } else {
      if (line && !line.startsWith('#')) {
        lastUri = out.length;
        trailing = [];
      }
      out.push(raw);
    }
  }
  if (trailing.length === 0) return out.join('\n');
  // Out of the tail, back in before the last segment's URI (custom tags there are the segment's).
  const moved = new Set(trailing);
  const tail = out.slice(lastUri).filter((_, i) => !moved.has(lastUri + i));
  return [...out.slice(0, lastUri), ...trailing.map((i) => out[i]!), ...tail].join('\n');
}
