// The studio's internal events, from its parts (timeline, hotspots) to the studio element: the
// parts never change the draft themselves, so every change goes through undo.
import type { DraftMoment } from '../core/studio/draft.js';

/** A change to a moment's times or hotspot. */
export type MomentPatch = Partial<Pick<DraftMoment, 'start' | 'end' | 'position'>>;

/** What `studio-moment-edit` carries: the moment, the change (or `'remove'`), and its undo group. */
export interface MomentEditDetail {
  readonly key: string;
  readonly patch: MomentPatch | 'remove' | 'unplace';
  /** Edits of one gesture share a group: one undo step. */
  readonly group?: string;
}

/** A part asks the studio to change a moment. */
export function momentEdit(key: string, patch: MomentEditDetail['patch'], group?: string): CustomEvent<MomentEditDetail> {
  return new CustomEvent('studio-moment-edit', { detail: { key, patch, group }, bubbles: true, composed: true });
}

/** A part asks the studio to seek the video. */
export function studioSeek(time: number): CustomEvent<{ time: number }> {
  return new CustomEvent('studio-seek', { detail: { time: Math.max(0, time) }, bubbles: true, composed: true });
}
