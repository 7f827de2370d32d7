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
