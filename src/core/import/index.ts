/**
 * Importers for the show studio: products from a store's catalogue files, and moments from a
 * recorded live stream's product pins. DOM-free (XML goes through an injected reader, by default
 * the browser's `DOMParser`); every result is show-document data that {@link validateShow} accepts.
 * Not part of the player's entry: the studio loads it, and each catalogue format's reader is
 * loaded only when a file of that format is read.
 * @module
 */
import { finishCatalog } from './product.js';
import { detectCatalogFormat } from './detect.js';
import type { CatalogFormat, CatalogImport, CatalogOptions, ImportIssue } from './types.js';
import type { Draft } from './product.js';

export type { CatalogFormat, CatalogImport, CatalogOptions, ImportIssue, PinImport, XmlElement, XmlReader } from './types.js';
export { detectCatalogFormat } from './detect.js';
export { importLivePins } from './live-pins.js';

const SHOPIFY: readonly CatalogFormat[] = ['shopify-csv', 'shopify-json'];

/**
 * Detects the format from the text (and the file name when given) and reads it: a Shopify product
 * CSV export, a Shopify `products.json`, or a Google Merchant Center feed (XML or TSV). Bad rows
 * are skipped and reported in `issues` by row and column. Never throws.
 * @param options what the file does not say: the store's currency and address (Shopify exports).
 */
export async function importCatalog(text: string, fileName?: string, options: CatalogOptions = {}): Promise<CatalogImport> {
  const issues: ImportIssue[] = [];
  let format: CatalogFormat = 'shopify-csv';
  try {
    format = detectCatalogFormat(String(text), fileName);
    if (SHOPIFY.includes(format) && !options.currency) {
      issues.push({ message: 'Shopify exports do not name their currency: prices skipped; give the store\'s currency to import them' });
    }
    return finishCatalog(format, await read(format, String(text), options, issues), issues);
  } catch (error) {
    // A reader that throws is a bug; the studio still gets an answer it can show.
    issues.push({ message: `could not read the file: ${error instanceof Error ? error.message : String(error)}` });
    return { format, products: [], issues };
  }
}

async function read(format: CatalogFormat, text: string, options: CatalogOptions, issues: ImportIssue[]): Promise<Draft[]> {
  switch (format) {
    case 'shopify-csv':
      return (await import('./shopify-csv.js')).readShopifyCsv(text, options, issues);
    case 'shopify-json': {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        issues.push({ message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
        return [];
      }
      return (await import('./shopify-json.js')).readShopifyJson(data, options, issues);
    }
    case 'merchant-xml':
      return (await import('./merchant-xml.js')).readMerchantXml(text, options, issues);
    case 'merchant-tsv': {
      const [{ readTable }, { attributeName, readMerchantItems }] = await Promise.all([import('./table.js'), import('./merchant.js')]);
      return readMerchantItems(readTable(text, '\t', issues, attributeName).rows, issues);
    }
  }
}
