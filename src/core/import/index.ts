// Local stub of the importers (branch wt23imp writes the real module); deleted at the merge.
import type { Moment, Product } from '../../types.js';

export type CatalogFormat = 'shopify-csv' | 'shopify-json' | 'merchant-xml' | 'merchant-tsv';
export interface ImportIssue { row?: number; column?: string; message: string }
export interface CatalogImport { format: CatalogFormat; products: Product[]; issues: ImportIssue[] }
export async function importCatalog(_text: string, _fileName?: string): Promise<CatalogImport> {
  return { format: 'shopify-csv', products: [], issues: [{ message: 'importers not merged yet' }] };
}
export interface PinImport { moments: Moment[]; productIds: string[]; issues: ImportIssue[] }
export function importLivePins(_playlist: string): PinImport {
  return { moments: [], productIds: [], issues: [{ message: 'importers not merged yet' }] };
}
