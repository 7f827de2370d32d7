// A local stand-in for Shopify's Ajax Cart API (https://shopify.dev/docs/api/ajax/reference/cart),
// mounted under /__shopify/ for the tests and the demo. Stock comes from store-catalog.json
// (mb-waltz: 5 in stock, mb-lullaby: sold out, 1001/1002 numeric ids...).
//
//   POST {root}cart/add.js   { items: [{ id, quantity, properties? }] } or { id, quantity }
//   GET  {root}cart.js       the cart (item_count, items, total_price...)
//   POST {root}cart/clear.js empties the cart
//
// {root} is /__shopify/ or /__shopify/<namespace>/ (it looks like Shopify's locale-aware root); a
// namespace ending in /fr answers in French, as a French storefront root (`/fr/`) does.
//
// Inventory refusals follow Shopify's Ajax Cart reference and its 2025 change: an add over the
// stock adds what is left and answers 422 "Only N items were added to your cart."; with nothing
// left, 422 "The maximum quantity of this item is already in your cart."; sold out, 422 "The
// product 'X' is already sold out." Storefront text may use typographic quotes (’), as here.
// Each namespace is its own cart, so parallel tests never share one; without a namespace the cart
// is chosen by ?cart=<token>, else the `cart` cookie (set on first use).
// Read cart.js with `cache: 'no-store'`: the test runner marks every path with an extension as
// cacheable for a year, whatever this middleware says.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

const catalog = JSON.parse(readFileSync(new URL('./store-catalog.json', import.meta.url), 'utf8'));
const stock = new Map(catalog.items.map((item) => [item.id, item]));
const carts = new Map();
const MAX_CARTS = 500;
const ROUTE = /^\/__shopify\/(?:(.+)\/)?(cart\.js|cart\/add\.js|cart\/clear\.js)$/;

function cartFor(ctx, namespace) {
  let token = namespace ?? ctx.query.cart ?? ctx.cookies.get('cart');
  if (!token) {
    token = randomBytes(12).toString('hex');
    ctx.cookies.set('cart', token, { path: '/__shopify/', sameSite: 'lax', httpOnly: false });
  }
  if (!carts.has(token)) {
    if (carts.size >= MAX_CARTS) carts.delete(carts.keys().next().value);
    carts.set(token, { token, lines: [] });
  }
  return carts.get(token);
}

const lineItem = (line) => {
  const item = stock.get(line.id);
  const id = /^\d+$/.test(line.id) ? Number(line.id) : line.id;
  return {
    id,
    variant_id: id,
    key: `${line.id}:${line.propertiesKey}`,
    quantity: line.quantity,
    title: item.variant ? `${item.title} - ${item.variant}` : item.title,
    product_title: item.title,
    variant_title: item.variant ?? null,
    product_id: item.productId,
    price: item.price,
    original_price: item.price,
    final_price: item.price,
    line_price: item.price * line.quantity,
    final_line_price: item.price * line.quantity,
    properties: line.properties,
  };
};

const cartJson = (cart) => {
  const items = cart.lines.map(lineItem);
  const total = items.reduce((sum, item) => sum + item.line_price, 0);
  return {
    token: cart.token,
    note: null,
    attributes: {},
    original_total_price: total,
    total_price: total,
    total_discount: 0,
    total_weight: 0,
    item_count: items.reduce((sum, item) => sum + item.quantity, 0),
    items,
    requires_shipping: true,
    currency: catalog.currency,
    items_subtotal_price: total,
  };
};

const badRequest = (param) => [
  400,
  {
    status: 'bad_request',
    message: 'Parameter Missing or Invalid',
    description: `Required parameter missing or invalid: ${param}`,
  },
];
const cartError = (status, description) => [status, { status, message: 'Cart Error', description }];

/** The storefront's inventory messages, by language. */
const MESSAGES = {
  en: {
    soldOut: (name) => `The product ‘${name}’ is already sold out.`,
    maximum: () => 'The maximum quantity of this item is already in your cart.',
    partial: (n) => `Only ${n} items were added to your cart.`,
  },
  fr: {
    soldOut: (name) => `Le produit « ${name} » est déjà épuisé.`,
    maximum: () => 'La quantité maximale de cet article est déjà dans votre panier.',
    partial: (n) => `Seuls ${n} articles ont été ajoutés à votre panier.`,
  },
};

async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  if (ctx.is('application/json')) {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  if (ctx.is('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(text);
    return { id: form.get('id') ?? undefined, quantity: form.has('quantity') ? Number(form.get('quantity')) : undefined };
  }
  return undefined;
}

/** Validates one `{ id, quantity, properties? }`; returns an error tuple or the normalised item. */
function parseItem(raw) {
  if (!raw || typeof raw !== 'object') return { error: badRequest('items') };
  const { id, quantity = 1, properties = {} } = raw;
  if (!((typeof id === 'number' && Number.isInteger(id)) || (typeof id === 'string' && id !== ''))) {
    return { error: badRequest('id') };
  }
  if (!Number.isInteger(quantity) || quantity < 1) return { error: badRequest('quantity') };
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) {
    return { error: badRequest('properties') };
  }
  return { item: { id: String(id), quantity, properties } };
}

/** Adds one item the way Shopify's inventory rules answer; returns [status, body] on failure. */
function addItem(cart, { id, quantity, properties }, say) {
  const item = stock.get(id);
  if (!item || item.purchasable === false) return { error: cartError(404, 'Cannot find variant') };
  const name = item.variant ? `${item.title} - ${item.variant}` : item.title;
  if (item.stock <= 0) return { error: cartError(422, say.soldOut(name)) };
  const inCart = cart.lines.filter((l) => l.id === id).reduce((sum, l) => sum + l.quantity, 0);
  const room = item.stock - inCart;
  if (room <= 0) return { error: cartError(422, say.maximum()) };
  const propertiesKey = JSON.stringify(properties);
  let line = cart.lines.find((l) => l.id === id && l.propertiesKey === propertiesKey);
  if (!line) cart.lines.push((line = { id, quantity: 0, properties, propertiesKey }));
  // Shopify's message says the available quantity was added: do the same.
  line.quantity += Math.min(quantity, room);
  if (quantity > room) return { error: cartError(422, say.partial(room)) };
  return { line };
}

async function add(ctx, cart, say) {
  if (ctx.method !== 'POST') {
    ctx.set('Allow', 'POST');
    return [405, { status: 405, message: 'Method Not Allowed', description: 'Use POST' }];
  }
  const body = await readBody(ctx);
  if (!body || typeof body !== 'object') return badRequest('items');
  const single = !('items' in body);
  const rawItems = single ? [body] : body.items;
  if (!Array.isArray(rawItems) || rawItems.length === 0) return badRequest('items');
  const lines = [];
  for (const raw of rawItems) {
    const { item, error } = parseItem(raw);
    if (error) return error;
    const added = addItem(cart, item, say);
    if (added.error) return added.error;
    lines.push(added.line);
  }
  return [200, single ? lineItem(lines[0]) : { items: lines.map(lineItem) }];
}

export default async function shopify(ctx, next) {
  const match = ROUTE.exec(ctx.path);
  if (!match) return next();
  const [, namespace, route] = match;
  const cart = cartFor(ctx, namespace);
  let status = 200;
  let body;
  const say = /(?:^|\/)fr$/.test(namespace ?? '') ? MESSAGES.fr : MESSAGES.en;
  if (route === 'cart/add.js') [status, body] = await add(ctx, cart, say);
  else if (route === 'cart/clear.js' && ctx.method === 'POST') {
    cart.lines = [];
    body = cartJson(cart);
  } else if (route === 'cart.js' && ctx.method === 'GET') body = cartJson(cart);
  else {
    ctx.set('Allow', route === 'cart.js' ? 'GET' : 'POST');
    [status, body] = [405, { status: 405, message: 'Method Not Allowed', description: 'Wrong method' }];
  }
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = JSON.stringify(body);
}
