// The studio's Publish tab: the show's own fields, every problem the player would find, and the
// show document with its embed snippets to copy or download.
import { html, nothing } from 'lit';
import { draftToShow, embedSnippets } from '../core/studio/export.js';
import { studioFormat } from '../core/studio/strings.js';
import { download } from './files.js';
import type { PanelContext } from './panels.js';

/** The snippet shown: the show document, or one of the embeds. */
export type SnippetKind = 'json' | 'html' | 'react' | 'liquid';

/** What the Publish tab needs beyond the panels' context. */
export interface PublishContext extends PanelContext {
  readonly snippet: SnippetKind;
  readonly copied: boolean;
  pick(kind: SnippetKind): void;
  copy(text: string): void;
  /** Selects a problem's row (its product or moment). */
  reveal(index: number): void;
}

const value = (e: Event) => (e.target as HTMLInputElement).value.trim();

/** The text of a snippet of the current draft. */
export function snippetText(c: Pick<PanelContext, 'draft'>, kind: SnippetKind): string {
  const doc = draftToShow(c.draft);
  return kind === 'json' ? JSON.stringify(doc, null, 2) : embedSnippets(doc)[kind];
}

/** The Publish tab. */
export function publishPanel(c: PublishContext) {
  const s = c.strings;
  const d = c.draft;
  const text = snippetText(c, c.snippet);
  const meta = (label: string, name: string, current: string, onChange: (v: string) => void) =>
    html`<label class="field"><span>${label}</span><input name=${name} .value=${current} @change=${(e: Event) => onChange(value(e))} /></label>`;
  const kinds: Array<[SnippetKind, string]> = [['json', s.showJson], ['html', s.snippetHtml], ['react', s.snippetReact], ['liquid', s.snippetLiquid]];
  return html`<section class="panel" aria-label=${s.publish}>
    <div class="fields">
      ${meta(s.showId, 'show-id', d.id, (v) => v && c.edit({ type: 'meta', patch: { id: v } }))}
      ${meta(s.showTitle, 'show-title', d.title ?? '', (v) => c.edit({ type: 'meta', patch: { title: v || undefined } }))}
      ${meta(s.showCurrency, 'show-currency', d.currency ?? '', (v) => c.edit({ type: 'meta', patch: { currency: v.toUpperCase() || undefined } }))}
      ${meta(s.showLocale, 'show-locale', d.locale ?? '', (v) => c.edit({ type: 'meta', patch: { locale: v || undefined } }))}
      ${meta(s.publishedUrl, 'video-src', d.video.src?.startsWith('blob:') ? '' : (d.video.src ?? ''), (v) => c.edit({ type: 'video', src: v || undefined }))}
    </div>
    <h3>${s.problems}</h3>
    ${c.issues.length
      ? html`<ol class="problems">${c.issues.map((i, n) => html`<li><button type="button" class="link" @click=${() => c.reveal(n)}>${i.path}</button>: ${i.message}</li>`)}</ol>`
      : html`<p class="ok" role="status">${s.noProblems}</p>`}
    <div class="snippets" role="radiogroup" aria-label=${s.publish}>
      ${kinds.map(([kind, label]) => html`<label class="tab"><input type="radio" name="snippet" .checked=${c.snippet === kind} @change=${() => c.pick(kind)} /> ${label}</label>`)}
    </div>
    <textarea class="code" readonly rows="12" aria-label=${kinds.find(([k]) => k === c.snippet)![1]} .value=${text}></textarea>
    <div class="actions">
      <button type="button" @click=${() => c.copy(text)}>${c.copied ? s.copied : s.copy}</button>
      <button type="button" @click=${() => download(`${d.id || 'show'}.json`, snippetText(c, 'json'))}>${s.download}</button>
      ${c.issues.length ? html`<span class="warn">${studioFormat('⚠ {count}', { count: c.issues.length })}</span>` : nothing}
    </div>
  </section>`;
}
