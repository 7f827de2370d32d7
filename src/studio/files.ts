// Saving and reopening a show: the File System Access API where the browser has it (Chromium), so
// Save writes back to the same file; a download and a file input elsewhere (Firefox, Safari). And
// the autosave to localStorage, so a closed tab loses nothing.
import type { ShowDraft } from '../core/studio/draft.js';
import { draftToShow, showToDraft } from '../core/studio/export.js';
import type { ValidationIssue } from '../types.js';

interface FileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
type PickerWindow = typeof globalThis & {
  showSaveFilePicker?: (options: unknown) => Promise<FileHandle>;
  showOpenFilePicker?: (options: unknown) => Promise<FileHandle[]>;
};
const JSON_TYPES = [{ description: 'Show document', accept: { 'application/json': ['.json'] } }];

/** The file a show was opened from or saved to, where the browser lets Save write back to it. */
export type SaveTarget = FileHandle | undefined;

/** The show document as saved: the exported show, pretty-printed. */
export function showFileText(draft: ShowDraft): string {
  return `${JSON.stringify(draftToShow(draft), null, 2)}\n`;
}

/** Starts a download of `text` as `name`. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Saves the show: to `target`, or to a file the person picks, where File System Access exists;
 * else as a download. Resolves to the file to save to next time; rejects when the person cancels.
 */
export async function saveShow(draft: ShowDraft, target: SaveTarget): Promise<SaveTarget> {
  const w = globalThis as PickerWindow;
  const text = showFileText(draft);
  if (!w.showSaveFilePicker) {
    download(`${draft.id || 'show'}.json`, text);
    return undefined;
  }
  const handle = target ?? (await w.showSaveFilePicker({ suggestedName: `${draft.id || 'show'}.json`, types: JSON_TYPES }));
  const out = await handle.createWritable();
  await out.write(text);
  await out.close();
  return handle;
}

/** Opens a show document with the File System Access picker; `undefined` where there is none (use a file input). */
export async function pickShow(): Promise<{ text: string; target: SaveTarget } | undefined> {
  const w = globalThis as PickerWindow;
  if (!w.showOpenFilePicker) return undefined;
  const [handle] = await w.showOpenFilePicker({ types: JSON_TYPES });
  return handle ? { text: await (await handle.getFile()).text(), target: handle } : undefined;
}

/** A show document's text read into a draft; a file that is not JSON is one issue. */
export function readShowText(text: string): { draft?: ShowDraft; issues: ValidationIssue[] } {
  try {
    return showToDraft(JSON.parse(text));
  } catch (error) {
    return { issues: [{ path: '(file)', message: `not JSON: ${(error as Error).message}` }] };
  }
}

/** What the autosave keeps: the show and the replay being edited (unless it is a local file). */
interface Autosave {
  readonly show: unknown;
  readonly media?: string;
}

/** Writes the autosave; a full or refused storage (private mode) loses the autosave, not the work. */
export function autosave(key: string, draft: ShowDraft, media: string): void {
  try {
    const data: Autosave = media.startsWith('blob:') ? { show: draftToShow(draft) } : { show: draftToShow(draft), media };
    localStorage.setItem(key, JSON.stringify(data));
  } catch {
    // Nothing to do: the studio keeps working without storage.
  }
}

/** The autosaved draft and replay, if any. */
export function restore(key: string): { draft: ShowDraft; media?: string } | undefined {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return undefined;
    const data = JSON.parse(raw) as Autosave;
    const { draft } = showToDraft(data.show);
    return typeof data.media === 'string' ? { draft, media: data.media } : { draft };
  } catch {
    return undefined;
  }
}
