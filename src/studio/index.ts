/**
 * The show studio (`shoppable-video/studio`): `<shoppable-studio>`, an editor that turns a replay
 * and a product catalogue into a show document and its embed code, with `<shoppable-video>` as its
 * preview. A separate entry: the player's own entries never load it. Importing it registers
 * `<shoppable-studio>` (and the player). Run it locally with `npx shoppable-video studio`.
 * @module
 */
import './studio.js';

export { ShoppableStudio } from './studio.component.js';
export { emptyDraft, reduceDraft, typedProduct, MIN_MOMENT } from '../core/studio/draft.js';
export type { DraftAction, DraftMoment, ProductPatch, ShowDraft } from '../core/studio/draft.js';
export { checkDraft, draftToShow, embedSnippets, showToDraft, CDN_URL } from '../core/studio/export.js';
export type { EmbedSnippets, PlacedIssue } from '../core/studio/export.js';
export { commit, redo, startHistory, undo, HISTORY_LIMIT } from '../core/studio/history.js';
export type { History } from '../core/studio/history.js';
export { closeMarks, markKey, productForKey, toggleMark, MARK_KEYS } from '../core/studio/marking.js';
export type { MarkResult, OpenMarks } from '../core/studio/marking.js';
export type { StoreSettings } from './sources.js';
