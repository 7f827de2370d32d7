// The studio's toolbar and preview tools, as render functions: the element keeps the state and
// hands them callbacks.
import { html, nothing } from 'lit';
import type { ShowDraft } from '../core/studio/draft.js';
import type { StudioStrings } from '../core/studio/strings.js';

/** The toolbar's callbacks and flags. */
export interface HeaderActions {
  openUrl(url: string): void;
  openFile(file: File): void;
  importPins(file: File): void;
  openShow(input: HTMLInputElement): void;
  loadShow(file: File): void;
  save(): void;
  newShow(): void;
  setLocale(locale: string): void;
  undo(): void;
  redo(): void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly uiLocale: string;
}

// A file input behind a real button: the button is in the tab order and speaks its name; the
// input only carries the browser's file picker. The input is emptied so the same file can load twice.
export function fileButton(label: string, accept: string, name: string, onFile: (file: File) => void, onClick?: (input: HTMLInputElement) => void) {
  const change = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = '';
  };
  return html`<button type="button" @click=${(e: Event) => {
    const input = (e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement;
    if (onClick) onClick(input);
    else input.click();
  }}>${label}</button><input type="file" name=${name} accept=${accept} hidden @change=${change} />`;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'Français', de: 'Deutsch', es: 'Español', ja: '日本語', 'zh-Hans': '简体中文', ar: 'العربية' };

/** The toolbar: replay, imports, undo/redo, new/open/save, the studio's language. */
export function renderHeader(a: HeaderActions, s: StudioStrings, locales: readonly string[]) {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const url = String(new FormData(e.target as HTMLFormElement).get('replay') ?? '').trim();
    if (url) a.openUrl(url);
  };
  return html`<header>
    <h1>${s.studio}</h1>
    <form @submit=${submit}>
      <input name="replay" type="text" dir="ltr" inputmode="url" autocomplete="url" aria-label=${s.replayUrl} placeholder=${s.replayUrl} />
      <button type="submit" class="primary">${s.openUrl}</button>
    </form>
    <div class="group">
      ${fileButton(s.openFile, 'video/mp4,video/quicktime,video/*,.mp4,.mov', 'video-file', a.openFile)}
      ${fileButton(s.importPins, '.m3u8,.m3u,application/vnd.apple.mpegurl', 'pins-file', a.importPins)}
    </div>
    <div class="group">
      <button type="button" @click=${a.undo} ?disabled=${!a.canUndo} aria-keyshortcuts="Control+Z">${s.undo}</button>
      <button type="button" @click=${a.redo} ?disabled=${!a.canRedo} aria-keyshortcuts="Control+Shift+Z">${s.redo}</button>
    </div>
    <div class="group">
      <button type="button" @click=${a.newShow}>${s.newShow}</button>
      ${fileButton(s.openShow, '.json,application/json', 'show-file', a.loadShow, a.openShow)}
      <button type="button" @click=${a.save} aria-keyshortcuts="Control+S">${s.saveShow}</button>
    </div>
    <label class="group">${s.language}
      <select name="studio-locale" @change=${(e: Event) => a.setLocale((e.target as HTMLSelectElement).value)}>
        ${locales.map((l) => html`<option value=${l} ?selected=${a.uiLocale === l || a.uiLocale.split('-')[0] === l}>${LANGUAGE_NAMES[l] ?? l}</option>`)}
      </select>
    </label>
  </header>`;
}

/** What the preview tools read and change. */
export interface PreviewTools {
  readonly size: 'desktop' | 'phone';
  readonly market: string;
  readonly locale: string;
  readonly pinsInReplay: boolean;
  setSize(size: 'desktop' | 'phone'): void;
  setMarket(market: string): void;
  setLocale(locale: string): void;
  importReplayPins(): void;
}

/** Above the preview: its size, market and language; and the replay's own live pins, when it has some. */
export function renderPreviewTools(s: StudioStrings, draft: ShowDraft, t: PreviewTools, locales: readonly string[]) {
  const select = (e: Event) => (e.target as HTMLSelectElement).value;
  return html`<div class="preview-tools">
    <div class="group" role="radiogroup" aria-label=${s.preview}>
      ${(['desktop', 'phone'] as const).map((size) => html`<button type="button" role="radio" aria-checked=${t.size === size} @click=${() => t.setSize(size)}>${size === 'desktop' ? s.desktop : s.phone}</button>`)}
    </div>
    <label class="group">${s.previewMarket}
      <select name="preview-market" @change=${(e: Event) => t.setMarket(select(e))}>
        <option value="">${s.anyMarket}</option>
        ${draft.markets.map((m) => html`<option value=${m.id} ?selected=${t.market === m.id}>${m.id} (${m.country}, ${m.currency})</option>`)}
      </select>
    </label>
    <label class="group">${s.previewLanguage}
      <select name="preview-locale" @change=${(e: Event) => t.setLocale(select(e))}>
        <option value="">${s.anyMarket}</option>
        ${locales.map((l) => html`<option value=${l} ?selected=${t.locale === l}>${LANGUAGE_NAMES[l] ?? l}</option>`)}
      </select>
    </label>
    ${t.pinsInReplay ? html`<button type="button" @click=${t.importReplayPins}>${s.importPins.replace('…', '')}</button>` : nothing}
  </div>`;
}
