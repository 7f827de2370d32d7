/**
 * Validation of the show-level parts of a show document: moments, video, markets and rates.
 * @module
 */
import type { Caption, Market, Moment, Position, Rates, ShowVideo } from '../types.js';
import { SHOW_LIMITS, type ShowReader, finish, isNormalised, isRecord, keyPath, markNormalised, prop, quote } from './show-reader.js';
import {
  assign,
  readBoolean,
  readCountry,
  readCurrency,
  readId,
  readLocale,
  readString,
  readUrl,
} from './show-values.js';

const CURRENCY = /^[A-Za-z]{3}$/;
const MAX_RATES = 300;

/**
 * Moments with a valid `[start, end)`, sorted by start then end; with `productIds`, only those
 * naming one of them (a product list does not ask: a moment of a product it lacks is harmless).
 */
export function readMoments(r: ShowReader, value: unknown, productIds?: ReadonlySet<string>): Moment[] {
  return finish(momentSteps(r, value, productIds));
}

/** {@link readMoments} as steps, pausing every 500 moments and before the sort. */
export function* momentSteps(r: ShowReader, value: unknown, productIds?: ReadonlySet<string>): Generator<void, Moment[]> {
  const moments: Moment[] = [];
  if (value === undefined) return moments;
  yield* r.steps(value, 'moments', SHOW_LIMITS.maxMoments, 500, (item, at) => {
    const moment = readMoment(r, item, at(), productIds);
    if (moment) moments.push(moment);
  });
  yield;
  // Array.prototype.sort is stable, so identical ranges keep the document's order.
  return moments.sort((a, b) => a.start - b.start || a.end - b.end);
}

function readMoment(r: ShowReader, value: unknown, path: string, productIds?: ReadonlySet<string>): Moment | undefined {
  const made = isNormalised(value);
  if (!made && !isRecord(value)) return r.bad(path, value, 'must be an object');
  const item = value as object;
  const productId = prop(item, 'productId');
  if (typeof productId !== 'string') return r.bad(`${path}.productId`, productId, 'must be a string');
  if (productIds && !productIds.has(productId)) return r.bad(`${path}.productId`, productId, `unknown product ${quote(productId)}`);
  // A moment this reader (or the player, for a stream pin) made needs no second reading.
  if (made) return value as Moment;
  const start = prop(item, 'start');
  if (typeof start !== 'number' || !Number.isFinite(start)) {
    return r.bad(`${path}.start`, start, 'must be a finite number');
  }
  if (start < 0) return r.bad(`${path}.start`, start, 'must not be negative');
  const end = prop(item, 'end');
  if (typeof end !== 'number' || !Number.isFinite(end)) return r.bad(`${path}.end`, end, 'must be a finite number');
  if (end <= start) return r.bad(`${path}.end`, end, 'end must be after start');
  const moment: Moment = { productId, start: start + 0, end, source: 'show' };
  const position = prop(item, 'position');
  if (position !== undefined) assign(moment, 'position', readPosition(r, position, `${path}.position`));
  return markNormalised(moment);
}

function readPosition(r: ShowReader, value: unknown, path: string): Position | undefined {
  const x = isRecord(value) ? prop(value, 'x') : undefined;
  const y = isRecord(value) ? prop(value, 'y') : undefined;
  // `+ 0` turns -0 into 0, as for amounts and times.
  if (isFraction(x) && isFraction(y)) return { x: x + 0, y: y + 0 };
  return r.bad(path, value, 'x and y must be numbers from 0 to 1');
}

function isFraction(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

/** The video sources and captions; always an object, `captions` always an array. */
export function readVideo(r: ShowReader, value: unknown): ShowVideo {
  const video: ShowVideo = { captions: [] };
  if (value === undefined) return video;
  if (!isRecord(value)) return r.bad('video', value, 'must be an object') ?? video;
  for (const key of ['src', 'poster', 'fallbackSrc'] as const) {
    const url = prop(value, key);
    if (url !== undefined) assign(video, key, readUrl(r, url, `video.${key}`));
  }
  const captions: Caption[] = [];
  const raw = prop(value, 'captions');
  if (raw !== undefined) {
    r.each(raw, 'video.captions', SHOW_LIMITS.maxCaptions, (item, path) => {
      const caption = readCaption(r, item, path);
      if (caption) captions.push(caption);
    });
  }
  return { ...video, captions };
}

function readCaption(r: ShowReader, value: unknown, path: string): Caption | undefined {
  if (!isRecord(value)) return r.bad(path, value, 'must be an object');
  const src = readUrl(r, prop(value, 'src'), `${path}.src`);
  const srclang = readLocale(r, prop(value, 'srclang'), `${path}.srclang`);
  const label = readString(r, prop(value, 'label'), `${path}.label`);
  if (src === undefined || srclang === undefined || label === undefined) return undefined;
  const caption: Caption = { src, srclang, label };
  assign(caption, 'default', readBoolean(r, prop(value, 'default'), `${path}.default`));
  return caption;
}

/** Markets with unique ids; an invalid optional field is dropped, the market kept. */
export function readMarkets(r: ShowReader, value: unknown): Market[] {
  const markets: Market[] = [];
  if (value === undefined) return markets;
  r.each(value, 'markets', SHOW_LIMITS.maxMarkets, (item, path) => {
    if (!isRecord(item)) return r.bad(path, item, 'must be an object');
    const id = readId(r, prop(item, 'id'), `${path}.id`);
    if (id === undefined) return;
    if (markets.some((m) => m.id === id)) return r.bad(`${path}.id`, id, `duplicate id ${quote(id)}`);
    const country = readCountry(r, prop(item, 'country'), `${path}.country`);
    const currency = readCurrency(r, prop(item, 'currency'), `${path}.currency`);
    if (country === undefined || currency === undefined) return;
    const market: Market = { id, country, currency };
    const locale = prop(item, 'locale');
    if (locale !== undefined) assign(market, 'locale', readLocale(r, locale, `${path}.locale`));
    assign(market, 'taxInclusive', readBoolean(r, prop(item, 'taxInclusive'), `${path}.taxInclusive`));
    markets.push(market);
  });
  return markets;
}

/** The exchange-rate table; dropped whole when `base` is invalid, entry by entry otherwise. */
export function readRates(r: ShowReader, value: unknown): Rates | undefined {
  if (!isRecord(value)) return r.bad('rates', value, 'must be an object');
  const base = readCurrency(r, prop(value, 'base'), 'rates.base');
  if (base === undefined) return undefined;
  const keys = r.keys(value, 'rates', MAX_RATES);
  // Only keys matching /^[A-Z]{3}$/ are written, so no prototype key ever is.
  const rates: Record<string, string | number> = { base };
  for (const key of keys ?? []) {
    if (key === 'base') continue;
    const path = `rates${keyPath(key)}`;
    if (!CURRENCY.test(key)) {
      r.issue(path, 'must be an ISO 4217 code');
      continue;
    }
    const rate = prop(value, key);
    if (typeof rate === 'number' && Number.isFinite(rate) && rate > 0) rates[key.toUpperCase()] = rate;
    else r.bad(path, rate, 'must be a positive finite number');
  }
  return rates as Rates;
}
