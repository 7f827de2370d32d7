/**
 * The last step of every catalogue import: the products an importer drafted go through the show
 * document's own validator ({@link validateProducts}), so the studio only ever holds products the
 * player accepts; whatever the validator drops is reported against the row it came from.
 * @module
 */
import { validateProducts } from '../show.js';
import { SHOW_LIMITS } from '../show-reader.js';
import type { CatalogFormat, CatalogImport, ImportIssue } from './types.js';

/** A product as an importer built it, with where it came from. */
export interface Draft {
  readonly product: Record<string, unknown>;
  /** The row (or item) the product was read from. */
  readonly row?: number;
  /** The row of each variant, index for index. */
  readonly variantRows?: readonly (number | undefined)[];
  /** The file's column for each product field (`{ image: 'Image Src' }`), to name in issues. */
  readonly columns: Readonly<Record<string, string>>;
}

const PATH = /^products\[(\d+)\](?:\.variants\[(\d+)\])?(?:\.(\w+))?/;

/** Validates the drafts and gathers the issues, the importer's first. Never throws. */
export function finishCatalog(format: CatalogFormat, drafts: readonly Draft[], issues: ImportIssue[]): CatalogImport {
  const { products, issues: invalid } = validateProducts(drafts.map((d) => d.product));
  for (const { path, message } of invalid) {
    const match = PATH.exec(path);
    const draft = match ? drafts[Number(match[1])] : undefined;
    const variant = match?.[2] === undefined ? undefined : Number(match[2]);
    const field = match?.[3];
    const issue: ImportIssue = { message: `${path.replace(/^products\[\d+\]\.?/, '') || 'product'}: ${message}` };
    const row = variant === undefined ? draft?.row : (draft?.variantRows?.[variant] ?? draft?.row);
    if (row !== undefined) issue.row = row;
    const column = field === undefined ? undefined : draft?.columns[field];
    if (column !== undefined) issue.column = column;
    issues.push(issue);
  }
  // An empty file, or one with only a header: say so, where no other issue does.
  if (products.length === 0 && issues.length === 0) issues.push({ message: 'no products found in the file' });
  return { format, products, issues };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Plain text from a product description written in HTML (Shopify's `Body (HTML)`): tags dropped,
 * paragraphs and line breaks kept as line breaks, entities decoded, cut at a word to the show
 * document's text limit. The player shows it as text, so nothing here needs to be safe as HTML.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? entity;
      const point = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
  const max = SHOW_LIMITS.maxText;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** A Shopify product page: `/products/<handle>` on the store, or relative when the store is not known. */
export function shopifyProductUrl(handle: string, storeUrl: string | undefined): string {
  const path = `/products/${encodeURIComponent(handle)}`;
  if (!storeUrl) return path;
  try {
    return new URL(path, storeUrl).href;
  } catch {
    return path;
  }
}
