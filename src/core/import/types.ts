/**
 * The shapes the importers share: what a catalogue import gives back, and one problem it met.
 * @module
 */
import type { Moment, Product } from '../../types.js';

/** The catalogue files the studio reads. */
export type CatalogFormat = 'shopify-csv' | 'shopify-json' | 'merchant-xml' | 'merchant-tsv';

/**
 * One problem met while importing: the row (a spreadsheet row, the header being row 1; a feed's
 * item number, the first being 1) and the column or attribute, when known. The row was skipped,
 * or only the named value, as the message says.
 */
export interface ImportIssue {
  row?: number;
  column?: string;
  message: string;
}

/** The products read from a catalogue file, already valid show-document products. */
export interface CatalogImport {
  format: CatalogFormat;
  products: Product[];
  issues: ImportIssue[];
}

/** The moments read from a recorded live playlist, and the products they name (first seen first). */
export interface PinImport {
  moments: Moment[];
  productIds: string[];
  issues: ImportIssue[];
}

/** Reads XML text into a tree of {@link XmlElement}s; throws or returns `undefined` when it is not XML. */
export type XmlReader = (text: string) => XmlElement | undefined;

/** An element of an XML document, as much of it as a feed needs. */
export interface XmlElement {
  /** Local name, without prefix (`price` for `g:price`). */
  readonly name: string;
  /** Namespace URI, `null` when none. */
  readonly namespace: string | null;
  /** Attributes by name as written (`href`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Text content, entities and CDATA resolved. */
  readonly text: string;
}

/** What the importers need to know that the files do not say. */
export interface CatalogOptions {
  /**
   * ISO 4217 code of the store's currency. Shopify's CSV export and `products.json` write bare
   * amounts (`19.99`); without this, their prices are skipped (with one issue). Merchant Center
   * feeds name the currency of every price and ignore it.
   */
  currency?: string;
  /**
   * Currency of each Shopify market whose prices the CSV export has (`Price / United States`):
   * market name → ISO 4217 code, e.g. `{ "United States": "USD" }`. A market not named here is skipped.
   */
  marketCurrencies?: Readonly<Record<string, string>>;
  /**
   * The store's address (`https://shop.example`): Shopify product URLs become absolute. Without it
   * they are `/products/<handle>`, right for a show embedded on the store itself.
   */
  storeUrl?: string;
  /** Reads XML for Merchant Center feeds; default: the browser's `DOMParser` ({@link domXmlReader}). */
  readXml?: XmlReader;
}
