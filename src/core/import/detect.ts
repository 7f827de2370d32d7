/**
 * Which catalogue a file is, from its first characters (and its name when they cannot tell).
 * @module
 */
import type { CatalogFormat } from './types.js';

/**
 * `{` or `[` → Shopify `products.json`; `<` → Merchant Center XML; a tab in the first line →
 * Merchant Center TSV; otherwise a Shopify CSV export. A name ending in `.json`, `.xml`, `.tsv` or
 * `.csv` decides for a file whose start says nothing (empty, or only a header-less line).
 */
export function detectCatalogFormat(text: string, fileName?: string): CatalogFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  if (start.startsWith('{') || start.startsWith('[')) return 'shopify-json';
  if (start.startsWith('<')) return 'merchant-xml';
  if (firstLine.includes('\t')) return 'merchant-tsv';
  if (start === '' || !firstLine.includes(',')) {
    const ext = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
    if (ext === 'json') return 'shopify-json';
    if (ext === 'xml' || ext === 'rss' || ext === 'atom') return 'merchant-xml';
    if (ext === 'tsv' || ext === 'txt') return 'merchant-tsv';
  }
  return 'shopify-csv';
}
