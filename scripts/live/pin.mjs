// Producer pins → EXT-X-DATERANGE tags (RFC 8216 §4.4.5.1) of class com.shoppable.product.
// The tag format is documented in docs/live.md; src/core/pins.ts reads it back.

export const PIN_CLASS = 'com.shoppable.product';
const ACTIONS = new Set(['pin', 'flash-sale', 'sold-out']);
// A quoted-string may not hold a double quote, CR or LF; other control characters make no sense in an id.
// eslint-disable-next-line no-control-regex
const UNQUOTABLE = /["\u0000-\u001f\u007f]/;

export class StudioError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const bad = (message) => new StudioError(400, message);
const isNumber = (n) => typeof n === 'number' && Number.isFinite(n);

/** Checks a POSTed pin; returns `{ productId, action, duration?, endOnNext?, x?, y?, ends? }` or throws a 400. */
export function readPinRequest(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad('body must be a JSON object');
  const { productId, action = 'pin', duration, endOnNext, x, y, ends } = body;
  if (typeof productId !== 'string' || !productId.trim() || productId.length > 128 || UNQUOTABLE.test(productId)) {
    throw bad('productId must be a non-empty string of at most 128 characters without quotes or control characters');
  }
  if (!ACTIONS.has(action)) throw bad(`action must be one of ${[...ACTIONS].join(', ')}`);
  const pin = { productId: productId.trim(), action };
  if (duration !== undefined && duration !== null) {
    // Rounded so that String(n) never uses exponent notation, which decimal-floating-point forbids.
    const seconds = isNumber(duration) ? Math.round(duration * 1000) / 1000 : Number.NaN;
    if (!(seconds > 0 && seconds <= 86_400)) throw bad('duration must be seconds, > 0 and <= 86400');
    pin.duration = seconds;
  }
  if (endOnNext !== undefined && endOnNext !== null) {
    if (typeof endOnNext !== 'boolean') throw bad('endOnNext must be a boolean');
    // RFC 8216 §4.4.5.1: a range with END-ON-NEXT=YES must not have DURATION or END-DATE.
    if (endOnNext && pin.duration !== undefined) throw bad('endOnNext cannot be combined with duration');
    if (endOnNext) pin.endOnNext = true;
  }
  if ((x === undefined) !== (y === undefined)) throw bad('x and y go together');
  if (x !== undefined) {
    if (![x, y].every((n) => isNumber(n) && n >= 0 && n <= 1)) throw bad('x and y must be numbers in 0..1');
    Object.assign(pin, { x: Math.round(x * 1e6) / 1e6, y: Math.round(y * 1e6) / 1e6 });
  }
  if (ends !== undefined && ends !== null) {
    if (action !== 'flash-sale') throw bad('ends is for action "flash-sale"');
    const date = typeof ends === 'string' ? new Date(ends) : new Date(Number.NaN);
    if (!Number.isFinite(date.getTime())) throw bad('ends must be an ISO 8601 date');
    pin.ends = date.toISOString();
  }
  return pin;
}

/** The EXT-X-DATERANGE line for a stored pin `{ id, startMs, productId, action, ... }`. */
export function dateRangeTag(pin) {
  const attrs = [
    `ID="${pin.id}"`,
    `CLASS="${PIN_CLASS}"`,
    `START-DATE="${new Date(pin.startMs).toISOString()}"`,
  ];
  if (pin.duration !== undefined) attrs.push(`DURATION=${pin.duration}`);
  if (pin.endOnNext) attrs.push('END-ON-NEXT=YES');
  attrs.push(`X-PRODUCT-ID="${pin.productId}"`);
  if (pin.action !== 'pin') attrs.push(`X-ACTION="${pin.action}"`);
  if (pin.ends) attrs.push(`X-ENDS="${pin.ends}"`);
  if (pin.x !== undefined) attrs.push(`X-POSITION-X=${pin.x}`, `X-POSITION-Y=${pin.y}`);
  return `#EXT-X-DATERANGE:${attrs.join(',')}`;
}

/** A pin as the studio's JSON shows it. */
export function pinJson(pin) {
  const { startMs, ...rest } = pin;
  return { ...rest, startDate: new Date(startMs).toISOString(), tag: dateRangeTag(pin) };
}
