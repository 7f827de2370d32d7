// A local stand-in for the WooCommerce Store API cart routes
// (https://developer.woocommerce.com/docs/apis/store-api/), mounted under /__woo/ for the tests
// and the demo. Stock comes from store-catalog.json (mb-waltz: 5 in stock, mb-lullaby: out of
// stock, 1003: not purchasable...).
//
//   GET  /__woo/wp-json/wc/store/v1/cart           the cart
//   POST /__woo/wp-json/wc/store/v1/cart/add-item  { id, quantity, variation? } → 201 and the cart
//
// As in WooCommerce, every answer carries a fresh `Nonce` and the session's `Cart-Token`; a write
// needs a valid `Nonce` header unless it sends a valid `Cart-Token`. Carts are keyed by Cart-Token
// only (no cookies), so parallel tests never share one.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

const catalog = JSON.parse(readFileSync(new URL('./store-catalog.json', import.meta.url), 'utf8'));
const stock = new Map(catalog.items.map((item) => [item.id, item]));
const carts = new Map();
const nonces = new Set();
const LIMIT = 500;
const BASE = '/__woo/wp-json/wc/store/v1/';

const hex = (n) => randomBytes(n).toString('hex');
const remember = (collection, key, value) => {
  if (collection.size >= LIMIT) collection.delete(collection.keys().next().value);
  if (collection instanceof Map) collection.set(key, value);
  else collection.add(key);
};

const routeError = (code, message, status, extra = {}) => [status, { code, message, data: { status, ...extra } }];
const nameOf = (item) => (item.variant ? `${item.title} - ${item.variant}` : item.title);
const money = (amount) => ({
  currency_code: catalog.currency,
  currency_minor_unit: 2,
  currency_symbol: '£',
  currency_prefix: '£',
  currency_suffix: '',
  currency_decimal_separator: '.',
  currency_thousand_separator: ',',
  price: String(amount),
  regular_price: String(amount),
  sale_price: String(amount),
});

const cartJson = (cart) => {
  const items = cart.lines.map((line) => {
    const item = stock.get(line.id);
    return {
      key: line.key,
      id: /^\d+$/.test(line.id) ? Number(line.id) : line.id,
      quantity: line.quantity,
      name: nameOf(item),
      variation: line.variation,
      prices: money(item.price),
      totals: { line_subtotal: String(item.price * line.quantity), line_total: String(item.price * line.quantity) },
    };
  });
  const total = cart.lines.reduce((sum, l) => sum + stock.get(l.id).price * l.quantity, 0);
  return {
    items,
    coupons: [],
    items_count: cart.lines.reduce((sum, l) => sum + l.quantity, 0),
    items_weight: 0,
    needs_payment: true,
    needs_shipping: true,
    errors: [],
    totals: {
      total_items: String(total),
      total_price: String(total),
      currency_code: catalog.currency,
      currency_minor_unit: 2,
    },
  };
};

async function readJson(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  // Like the WP REST server, only a JSON body is read as JSON; anything else has no parameters.
  if (!ctx.is('application/json')) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    return undefined;
  }
}

function validate(body) {
  if (body === undefined) return routeError('rest_invalid_json', 'Invalid JSON body passed.', 400);
  if (!body || typeof body !== 'object' || body.id === undefined) {
    return routeError('rest_missing_callback_param', 'Missing parameter(s): id', 400, { params: ['id'] });
  }
  const { id, quantity = 1, variation = [] } = body;
  const invalid = (param, why) =>
    routeError('rest_invalid_param', `Invalid parameter(s): ${param}`, 400, { params: { [param]: why } });
  if (!((typeof id === 'number' && Number.isInteger(id)) || (typeof id === 'string' && id !== ''))) {
    return invalid('id', 'id is not of type integer.');
  }
  if (!Number.isInteger(quantity) || quantity < 1) return invalid('quantity', 'quantity is not of type integer.');
  const validVariation =
    Array.isArray(variation) &&
    variation.every((v) => v && typeof v.attribute === 'string' && typeof v.value === 'string');
  if (!validVariation) return invalid('variation', 'variation[0] is not of type object.');
  return undefined;
}

function addItem(cart, { id, quantity = 1, variation = [] }) {
  const item = stock.get(String(id));
  if (!item) return routeError('woocommerce_rest_cart_invalid_product', 'This product cannot be added to the cart.', 400);
  const name = nameOf(item);
  if (item.purchasable === false) {
    return routeError(
      'woocommerce_rest_product_not_purchasable',
      `The &quot;${name}&quot; product cannot be purchased.`,
      400,
    );
  }
  if (item.stock <= 0) {
    return routeError(
      'woocommerce_rest_product_out_of_stock',
      `You cannot add &quot;${name}&quot; to the cart because the product is out of stock.`,
      400,
    );
  }
  const inCart = cart.lines.filter((l) => l.id === item.id).reduce((sum, l) => sum + l.quantity, 0);
  if (inCart + quantity > item.stock) {
    return routeError(
      'woocommerce_rest_product_partially_out_of_stock',
      `You cannot add that amount of &quot;${name}&quot; to the cart because there is not enough stock ` +
        `(${item.stock} remaining).`,
      400,
    );
  }
  const key = `${item.id}:${JSON.stringify(variation)}`;
  const line = cart.lines.find((l) => l.key === key);
  if (line) line.quantity += quantity;
  else cart.lines.push({ key, id: item.id, quantity, variation });
  return [201, cartJson(cart)];
}

export default async function woocommerce(ctx, next) {
  if (!ctx.path.startsWith(BASE)) return next();
  const route = ctx.path.slice(BASE.length);
  const sentToken = ctx.get('Cart-Token');
  let cart = sentToken ? carts.get(sentToken) : undefined;
  const hasToken = cart !== undefined;
  if (!cart) {
    cart = { token: `wc_ct_${hex(16)}`, lines: [] };
    remember(carts, cart.token, cart);
  }
  let status;
  let body;
  if (route === 'cart' && ctx.method === 'GET') [status, body] = [200, cartJson(cart)];
  else if (route === 'cart/add-item' && ctx.method === 'POST') {
    const nonce = ctx.get('Nonce');
    const json = await readJson(ctx);
    if (!hasToken && !nonce) {
      const message = 'Missing the Nonce header. This endpoint requires a valid nonce.';
      [status, body] = routeError('woocommerce_rest_missing_nonce', message, 401);
    } else if (!hasToken && !nonces.has(nonce)) {
      [status, body] = routeError('woocommerce_rest_invalid_nonce', 'Nonce is invalid.', 403);
    } else [status, body] = validate(json) ?? addItem(cart, json);
  } else if (route === 'cart' || route === 'cart/add-item') {
    [status, body] = routeError('rest_no_route', 'No route was found matching the URL and request method.', 404);
  } else return next();
  const fresh = hex(5);
  remember(nonces, fresh);
  ctx.set({
    Nonce: fresh,
    'Nonce-Timestamp': String(Math.floor(Date.now() / 1000)),
    'User-ID': '0',
    'Cart-Token': cart.token,
    'Cache-Control': 'no-store',
  });
  ctx.status = status;
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = JSON.stringify(body);
}
