// The studio's side panels as render functions over one context: the products (with their fields
// and problems) and the markets (with what each market's shoppers will see). They only read the
// draft and call `edit`; the studio element owns the state.
import { html, nothing } from 'lit';
import { stringsFor } from '../core/strings.js';
import { canonicalText } from '../core/show-values.js';
import { formatMoney } from '../core/money.js';
import { typedProduct, type DraftAction, type ProductPatch, type ShowDraft } from '../core/studio/draft.js';
import type { PlacedIssue } from '../core/studio/export.js';
import { markKey, type OpenMarks } from '../core/studio/marking.js';
import { amountText, marketRows, parseAmount, parseCountries, parsePrices, pricesText } from '../core/studio/markets.js';
import { studioFormat, type StudioStrings } from '../core/studio/strings.js';
import type { Market, Product } from '../types.js';
import type { StoreSettings } from './sources.js';
import { fileButton } from './studio.view.js';

/** What the panels read and the one way they change the draft. */
export interface PanelContext {
  readonly draft: ShowDraft;
  readonly strings: StudioStrings;
  readonly locale: string;
  readonly issues: readonly PlacedIssue[];
  readonly open: OpenMarks;
  edit(action: DraftAction): void;
  importCatalog(file: File, store: StoreSettings): void;
}

const value = (e: Event) => (e.target as HTMLInputElement).value.trim();

function field(label: string, current: string, onChange: (v: string) => void, name: string) {
  return html`<label class="field"><span>${label}</span><input name=${name} .value=${current} @change=${(e: Event) => onChange(value(e))} /></label>`;
}

function issueList(issues: readonly PlacedIssue[]) {
  return issues.length ? html`<ul class="issues" role="list">${issues.map((i) => html`<li>${i.path}: ${i.message}</li>`)}</ul>` : nothing;
}

function productRow(c: PanelContext, p: Product, index: number) {
  const s = c.strings;
  const currency = p.price?.currency ?? c.draft.currency ?? 'USD';
  const issues = c.issues.filter((i) => i.productId === p.id);
  const count = c.draft.moments.filter((m) => m.productId === p.id).length;
  const key = markKey(index);
  const name = canonicalText(p.title);
  const patch = (patch: ProductPatch) => c.edit({ type: 'update-product', id: p.id, patch });
  // An empty field removes the price; one that does not read as money keeps the old one.
  const money = (v: string, old: Product['price']) => {
    const amount = parseAmount(v, currency);
    return v === '' ? undefined : amount === undefined ? old : { amount, currency };
  };
  return html`<li class="product ${issues.length ? 'bad' : ''}" data-id=${p.id}>
    <details>
      <summary>
        ${key ? html`<kbd title=${studioFormat(s.markKey, { key })}>${key}</kbd>` : html`<kbd></kbd>`}
        <span class="name">${name}</span>
        <span class="meta"><bdi>${p.price ? formatMoney(p.price, c.locale) : ''}</bdi> · ${count}</span>
        ${Object.hasOwn(c.open, p.id) ? html`<span class="rec" aria-hidden="true">●</span>` : nothing}
        ${issues.length ? html`<span class="warn" aria-label=${s.problems}>⚠ ${issues.length}</span>` : nothing}
      </summary>
      <div class="fields">
        <span class="field"><span>${s.productId}</span><code>${p.id}</code></span>
        ${field(s.productTitle, name, (v) => v && patch({ title: v }), 'title')}
        ${field(`${s.productPrice} (${currency})`, amountText(p.price), (v) => patch({ price: money(v, p.price) }), 'price')}
        ${field(`${s.compareAt} (${currency})`, amountText(p.compareAtPrice), (v) => patch({ compareAtPrice: money(v, p.compareAtPrice) }), 'compare-at')}
        ${field(s.productUrl, p.url ?? '', (v) => patch({ url: v }), 'url')}
        ${field(s.otherPrices, pricesText(p), (v) => patch({ prices: parsePrices(v) }), 'prices')}
        ${field(s.shipsTo, p.shipsTo?.join(', ') ?? '', (v) => patch({ shipsTo: parseCountries(v) }), 'ships-to')}
        ${field(s.excludedCountries, p.excludedCountries?.join(', ') ?? '', (v) => patch({ excludedCountries: parseCountries(v) }), 'excluded')}
        <button type="button" class="remove" @click=${() => c.edit({ type: 'remove-product', id: p.id })}>${studioFormat(s.remove, { name })}</button>
      </div>
      ${issueList(issues)}
    </details>
  </li>`;
}

function addProduct(c: PanelContext, e: SubmitEvent): void {
  e.preventDefault();
  const form = e.target as HTMLFormElement;
  const data = new FormData(form);
  const text = (k: string) => String(data.get(k) ?? '').trim();
  const currency = (text('currency') || c.draft.currency || 'USD').toUpperCase();
  const title = text('title');
  const id = text('id') || title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  if (!id || !title) return;
  c.edit({ type: 'add-products', products: [typedProduct(id, title, parseAmount(text('price'), currency), currency, text('url') || undefined)] });
  form.reset();
}

/** The products tab: one row per product (key, title, price, moments), its fields, a form to add one. */
export function productsPanel(c: PanelContext, root: ParentNode) {
  const s = c.strings;
  const read = (name: string) => root.querySelector<HTMLInputElement>(`.import input[name="${name}"]`)?.value ?? '';
  const storeSettings = (): StoreSettings => ({ currency: read('store-currency'), url: read('store-url') });
  return html`<section class="panel" aria-label=${s.products}>
    <div class="import">
      <label class="field"><span>${s.storeCurrency}</span><input name="store-currency" maxlength="3" size="4" .value=${c.draft.currency ?? ''} /></label>
      <label class="field"><span>${s.storeUrl}</span><input name="store-url" dir="ltr" inputmode="url" placeholder="https://shop.example" /></label>
      ${fileButton(s.importCatalog, '.csv,.tsv,.txt,.json,.xml', 'catalog-file', (file) => c.importCatalog(file, storeSettings()))}
    </div>
    <p class="hint">${s.markHint}</p>
    <ol class="products" role="list">${c.draft.products.map((p, i) => productRow(c, p, i))}</ol>
    <form class="add" @submit=${(e: SubmitEvent) => addProduct(c, e)}>
      <label class="field"><span>${s.productTitle}</span><input name="title" required /></label>
      <label class="field"><span>${s.productId}</span><input name="id" /></label>
      <label class="field"><span>${s.productPrice}</span><input name="price" inputmode="decimal" /></label>
      <label class="field"><span>${s.currency}</span><input name="currency" maxlength="3" .value=${c.draft.currency ?? ''} /></label>
      <label class="field"><span>${s.productUrl}</span><input name="url" type="url" /></label>
      <button type="submit">${s.addProduct}</button>
    </form>
  </section>`;
}

function marketRowView(c: PanelContext, m: Market, index: number) {
  const s = c.strings;
  const tax = stringsFor(c.locale);
  const set = (patch: Partial<Market>) => c.edit({ type: 'update-market', index, patch });
  const issues = c.issues.filter((i) => i.market === index);
  return html`<li class="market">
    <fieldset>
      <legend>${m.id}</legend>
      ${field(s.marketId, m.id, (v) => v && set({ id: v }), 'market-id')}
      ${field(s.country, m.country, (v) => set({ country: v.toUpperCase() }), 'country')}
      ${field(s.currency, m.currency, (v) => set({ currency: v.toUpperCase() }), 'currency')}
      ${field(s.locale, m.locale ?? '', (v) => set({ locale: v || undefined }), 'locale')}
      <label class="check"><input type="checkbox" .checked=${m.taxInclusive === true} @change=${(e: Event) => set({ taxInclusive: (e.target as HTMLInputElement).checked })} /> ${s.taxInclusive}</label>
      <button type="button" class="remove" @click=${() => c.edit({ type: 'remove-market', index })}>${studioFormat(s.remove, { name: m.id })}</button>
      ${issueList(issues)}
      <table>
        <caption>${studioFormat(s.marketPrices, { market: m.id })}</caption>
        <tbody>${marketRows(c.draft, m).map((row, i) => html`<tr>
          <th scope="row">${canonicalText(c.draft.products[i]!.title)}</th>
          <td>${row.price ?? s.noPrice}${row.exact ? '' : ' *'}</td>
          <td>${row.tax ? tax[row.tax] : ''}</td>
          <td>${row.deliverable ? '' : s.notDelivered}</td>
        </tr>`)}</tbody>
      </table>
    </fieldset>
  </li>`;
}

/** The markets tab: each market's settings and its shoppers' prices, tax notes and delivery. */
export function marketsPanel(c: PanelContext) {
  const s = c.strings;
  const add = () => {
    const n = c.draft.markets.length + 1;
    c.edit({ type: 'add-market', market: { id: `market-${n}`, country: 'GB', currency: c.draft.currency ?? 'GBP', taxInclusive: true } });
  };
  return html`<section class="panel" aria-label=${s.markets}>
    <ol class="markets" role="list">${c.draft.markets.map((m, i) => marketRowView(c, m, i))}</ol>
    <button type="button" @click=${add}>${s.addMarket}</button>
  </section>`;
}
