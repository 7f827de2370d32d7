/**
 * Google Merchant Center XML feeds: RSS 2.0 (`<item>`s) or Atom 1.0 (`<entry>`s) with product
 * attributes in the `g:` namespace (`http://base.google.com/ns/1.0`). The XML itself is read by an
 * injected {@link XmlReader}, by default the browser's own `DOMParser`: the studio runs in a
 * browser, and its parser handles namespaces, entities and CDATA at no cost in bytes.
 * @module
 */
import { attributeName, readMerchantItems } from './merchant.js';
import type { Draft } from './product.js';
import type { TableRow } from './table.js';
import type { CatalogOptions, ImportIssue, XmlElement, XmlReader } from './types.js';

/** The namespace of Merchant Center's product attributes. */
export const GOOGLE_NS = 'http://base.google.com/ns/1.0';
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const MAX_DEPTH = 20;

/** The products of a Merchant Center XML feed. */
export function readMerchantXml(text: string, options: CatalogOptions, issues: ImportIssue[]): Draft[] {
  let root: XmlElement | undefined;
  try {
    root = (options.readXml ?? domXmlReader)(text);
  } catch (error) {
    issues.push({ message: `could not read the XML: ${error instanceof Error ? error.message : String(error)}` });
    return [];
  }
  if (!root) {
    issues.push({ message: 'not well-formed XML' });
    return [];
  }
  const channel = root.name === 'rss' ? root.children.find((c) => c.name === 'channel') : root.name === 'feed' ? root : undefined;
  if (!channel) {
    issues.push({ message: `an RSS 2.0 or Atom feed was expected, not <${root.name}>` });
    return [];
  }
  const items = channel.children.filter((c) => c.name === (root.name === 'rss' ? 'item' : 'entry'));
  return readMerchantItems(items.map(itemRow), issues);
}

/** An item's attributes as a row: `g:` ones and the feed's own (`title`, `link`); the first of a name wins. */
function itemRow(item: XmlElement, index: number): TableRow {
  const cells = new Map<string, string>();
  for (const child of item.children) {
    if (child.namespace !== GOOGLE_NS && child.namespace !== null && child.namespace !== ATOM_NS) continue;
    const key = attributeName(child.name);
    // Atom writes its link as an attribute: <link href="…"/>.
    const value = (key === 'link' && child.namespace === ATOM_NS ? child.attributes.href ?? child.text : child.text).trim();
    if (!cells.has(key) && value) cells.set(key, value);
  }
  return { row: index + 1, get: (column) => cells.get(column) ?? '' };
}

/** Reads XML with the browser's `DOMParser`; `undefined` when the text is not well-formed XML. */
export const domXmlReader: XmlReader = (text) => {
  const Parser = globalThis.DOMParser;
  if (!Parser) throw new Error('no DOMParser here: pass readXml');
  const doc = new Parser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0 || !doc.documentElement) return undefined;
  return toTree(doc.documentElement, 0);
};

function toTree(element: Element, depth: number): XmlElement {
  const attributes: Record<string, string> = Object.create(null);
  for (const attr of Array.from(element.attributes)) attributes[attr.name] = attr.value;
  return {
    name: element.localName,
    namespace: element.namespaceURI,
    attributes,
    children: depth < MAX_DEPTH ? Array.from(element.children, (child) => toTree(child, depth + 1)) : [],
    text: element.textContent ?? '',
  };
}
