/**
 * The length of a replay from its media playlist text. A module of its own: the player's entry reads
 * it before play, and the rest of `hls-playlist.ts` (pins) belongs to the lazy shop chunk. DOM-free.
 * @module
 */

/**
 * The length in seconds of a replay's media playlist (one with `#EXT-X-ENDLIST`): the sum of its
 * segments' `#EXTINF` durations. Undefined for a live playlist, a master playlist or one with no
 * segments. (A few lines, not `programDateTimeMap`, which the shop chunk carries.)
 */
export function replayDuration(playlist: string): number | undefined {
  if (!playlist.includes('#EXT-X-ENDLIST')) return undefined;
  let total = 0;
  for (const m of playlist.matchAll(/^#EXTINF:\s*([\d.]+)/gm)) total += Number(m[1]);
  return total > 0 ? total : undefined;
}
