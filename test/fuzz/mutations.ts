/**
 * Mutations of valid show documents. A plan is plain data (which slot, which operation), so
 * fast-check can print and shrink it; {@link applyMutations} builds the hostile object from it:
 * swapped types, deleted fields, NaN and huge numbers, 100 KB strings, nesting 1000+ deep, own
 * `__proto__` keys, throwing getters, Proxies and cycles.
 * @module
 */
import * as fc from 'fast-check';
import { unsafeUrl, hostileText } from './arbitraries.js';

type Container = Record<string | number, unknown>;

/** Builds `depth` levels of `{ a: { a: ... } }` (or `[[...]]`) with a loop, so building never overflows. */
export function deep(depth: number, array = false): unknown {
  let value: unknown = array ? [] : {};
  for (let i = 0; i < depth; i++) value = array ? [value] : { a: value, id: 'x', title: 't' };
  return value;
}

/** An array claiming 2^32 − 1 entries, all holes. */
function hugeSparse(): unknown[] {
  const a: unknown[] = [];
  a.length = 2 ** 32 - 1;
  return a;
}

const coercionTrap = () => ({
  valueOf() {
    throw new Error('valueOf trap');
  },
  toString() {
    throw new Error('toString trap');
  },
  [Symbol.toPrimitive]() {
    throw new Error('toPrimitive trap');
  },
});

/** Fresh hostile values, by name (fresh each time: mutations must not share state across runs). */
export const HOSTILE_VALUES: Readonly<Record<string, () => unknown>> = {
  NaN: () => Number.NaN,
  Infinity: () => Infinity,
  negInfinity: () => -Infinity,
  negZero: () => -0,
  huge: () => 1e308,
  unsafeInteger: () => 2 ** 53 + 2,
  negative: () => -1,
  fraction: () => 0.5,
  tiny: () => Number.MIN_VALUE,
  empty: () => '',
  blank: () => ' \t\n\u00a0',
  nul: () => '\u0000',
  numeric: () => '1999',
  long100k: () => '<b>'.repeat(34_000),
  longId: () => 'x'.repeat(201),
  longText: () => 'y'.repeat(5001),
  true: () => true,
  null: () => null,
  undefined: () => undefined,
  emptyArray: () => [],
  emptyObject: () => ({}),
  nestedArray: () => [[{ id: 'a', title: 'b' }]],
  nullProto: () => Object.assign(Object.create(null), { id: 'np', title: 'null prototype' }),
  date: () => new Date(Number.NaN),
  map: () => new Map([['id', 'm']]),
  set: () => new Set(['x']),
  regexp: () => /x/g,
  fn: () => () => 'called',
  symbol: () => Symbol('s'),
  bigint: () => 10n,
  typedArray: () => new Float64Array([Number.NaN, 1]),
  boxedString: () => new String('boxed'),
  boxedNumber: () => new Number(1),
  sparse: () => [, , { id: 'after-holes', title: 't' }], // eslint-disable-line no-sparse-arrays
  hugeSparse,
  arrayLike: () => ({ length: 1e9, 0: { id: 'al', title: 't' } }),
  coercionTrap,
  // A Map that Object.prototype.toString calls "[object Object]".
  taggedMap: () =>
    Object.defineProperties(new Map(), {
      [Symbol.toStringTag]: { value: 'Object' },
      id: { value: 'tm', enumerable: true },
      title: { value: 't', enumerable: true },
    }),
  classInstance: () => new (class Product {
    id = 'ci';
    title = 'class instance';
  })(),
  thenable: () => ({
    get then() {
      throw new Error('then trap');
    },
  }),
  error: () => new Error('an error as data'),
  frozen: () => Object.freeze({ id: 'fz', title: 'frozen' }),
};

const HOSTILE_NAMES = Object.keys(HOSTILE_VALUES);

/** Keys of the show schema, so `add` puts hostile values where the validator looks. */
export const SCHEMA_KEYS = [
  'version', 'id', 'title', 'locale', 'currency', 'video', 'products', 'moments', 'markets', 'rates',
  'unavailableProducts', 'src', 'poster', 'fallbackSrc', 'captions', 'srclang', 'label', 'default',
  'url', 'image', 'description', 'price', 'compareAtPrice', 'prices', 'amount', 'options', 'values',
  'name', 'variants', 'available', 'shipsTo', 'excludedCountries', 'productId', 'start', 'end',
  'position', 'x', 'y', 'country', 'taxInclusive', 'base', 'length',
] as const;

/** A hostile value: a named one, an unsafe URL, hostile text, or nesting 1000+ deep. */
export type HostileSpec =
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'deep'; readonly depth: number; readonly array: boolean };

export type Mutation =
  | { readonly op: 'delete' | 'wrap' | 'retype' | 'flatten' | 'throwingGetter' | 'duplicate'; readonly at: number }
  | { readonly op: 'set' | 'flippingGetter'; readonly at: number; readonly value: HostileSpec }
  /** Replaces a number of the document (a time, an amount, a position) or one of its strings. */
  | { readonly op: 'number' | 'string'; readonly at: number; readonly value: HostileSpec }
  | { readonly op: 'add'; readonly at: number; readonly key: string; readonly value: HostileSpec }
  | { readonly op: 'protoKey'; readonly at: number; readonly key: '__proto__' | 'constructor' | 'prototype' }
  | { readonly op: 'proxy'; readonly at: number; readonly kind: 'throwing' | 'revoked' | 'lying' }
  | { readonly op: 'cycle'; readonly at: number; readonly toRoot: boolean }
  | { readonly op: 'grow'; readonly at: number; readonly count: number };

export const hostileSpec: fc.Arbitrary<HostileSpec> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_NAMES).map((name) => ({ kind: 'named' as const, name })) },
  { weight: 3, arbitrary: unsafeUrl.map((url) => ({ kind: 'url' as const, url })) },
  { weight: 2, arbitrary: hostileText().map((text) => ({ kind: 'text' as const, text })) },
  {
    weight: 1,
    arbitrary: fc
      .record({ depth: fc.integer({ min: 1000, max: 5000 }), array: fc.boolean() })
      .map((d) => ({ kind: 'deep' as const, ...d })),
  },
);

const hostileNumber = fc
  .constantFrom('NaN', 'Infinity', 'negInfinity', 'negZero', 'huge', 'unsafeInteger', 'negative', 'fraction', 'tiny', 'numeric')
  .map((name) => ({ kind: 'named' as const, name }));

const at = fc.nat();
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constantFrom('delete', 'wrap', 'retype', 'flatten', 'throwingGetter', 'duplicate'), at }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constantFrom('set', 'flippingGetter'), at, value: hostileSpec }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('add'), at, key: fc.constantFrom(...SCHEMA_KEYS), value: hostileSpec }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('number'), at, value: hostileNumber }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('string'), at, value: hostileSpec }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('protoKey'), at, key: fc.constantFrom('__proto__', 'constructor', 'prototype') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('proxy'), at, kind: fc.constantFrom('throwing', 'revoked', 'lying') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cycle'), at, toRoot: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('grow'), at, count: fc.integer({ min: 10, max: 1200 }) }) },
) as fc.Arbitrary<Mutation>;

/** What a mutation run built: the input, and every Proxy or accessor it planted (they may lie). */
export interface Mutated {
  readonly input: unknown;
  /** Objects whose reads may differ from one read to the next (Proxies, accessors' owners). */
  readonly liars: WeakSet<object>;
}

function build(spec: HostileSpec): unknown {
  switch (spec.kind) {
    case 'named':
      return HOSTILE_VALUES[spec.name]();
    case 'url':
      return spec.url;
    case 'text':
      return spec.text;
    case 'deep':
      return deep(spec.depth, spec.array);
  }
}

const isObject = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every (container, key) of a clean JSON document, the holder of the root first. */
function slots(holder: Container): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const walk = (container: Container) => {
    for (const key of Object.keys(container)) {
      const k = Array.isArray(container) ? Number(key) : key;
      out.push([container, k]);
      if (isObject(container[k])) walk(container[k] as Container);
    }
  };
  walk(holder);
  return out;
}

function retype(value: unknown): unknown {
  if (typeof value === 'string') return Number(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 'false';
  if (Array.isArray(value)) return Object.assign({}, value);
  if (isObject(value)) return Object.values(value);
  return { value };
}

function proxy(value: unknown, kind: 'throwing' | 'revoked' | 'lying', liars: WeakSet<object>): unknown {
  const target = isObject(value) ? value : {};
  let made: object;
  if (kind === 'revoked') {
    const r = Proxy.revocable(target, {});
    r.revoke();
    made = r.proxy;
  } else if (kind === 'throwing') {
    const boom = () => {
      throw new Error('proxy trap');
    };
    made = new Proxy(target, {
      get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, set: boom,
    });
  } else {
    // Answers honestly once, then with a huge length and hostile values.
    let reads = 0;
    made = new Proxy(target, {
      get(t, key, receiver) {
        if (reads++ === 0) return Reflect.get(t, key, receiver);
        return key === 'length' ? 2 ** 53 - 1 : Number.NaN;
      },
    });
  }
  liars.add(made);
  return made;
}

/** Applies `plan` to a deep copy of `doc` and returns the hostile input. */
export function applyMutations(doc: unknown, plan: readonly Mutation[]): Mutated {
  const holder: Container = { root: structuredClone(doc) };
  const liars = new WeakSet<object>();
  const all = slots(holder);
  const containers = [...new Set(all.map(([c]) => c))];
  const numbers = all.filter(([c, k]) => typeof c[k] === 'number');
  const strings = all.filter(([c, k]) => typeof c[k] === 'string');
  for (const m of plan) {
    const slots = m.op === 'number' ? numbers : m.op === 'string' ? strings : all;
    if (slots.length === 0) continue;
    try {
      mutate(m, slots[m.at % slots.length], containers[m.at % containers.length], holder, liars);
    } catch {
      // An earlier step made this slot an accessor or a Proxy, or froze it: skip the step.
    }
  }
  return { input: holder.root, liars };
}

function mutate(
  m: Mutation,
  [container, key]: [Container, string | number],
  target: Container,
  holder: Container,
  liars: WeakSet<object>,
): void {
  const value = container[key];
  switch (m.op) {
    case 'delete':
      delete container[key];
      break;
    case 'wrap':
      container[key] = [value];
      break;
    case 'retype':
      container[key] = retype(value);
      break;
    case 'flatten':
      container[key] = isObject(value) ? Object.values(value)[0] : value;
      break;
    case 'set':
    case 'number':
    case 'string':
      container[key] = build(m.value);
      break;
    case 'add': {
      if (target !== holder) target[m.key] = build(m.value);
      break;
    }
    case 'throwingGetter':
    case 'flippingGetter': {
      // The root itself is read once, by the test: a root that lies is the Proxy mutation's job.
      if (container === holder) break;
      let reads = 0;
      const spec = m.op === 'flippingGetter' ? m.value : undefined;
      const get = spec
        ? () => (reads++ % 2 === 0 ? value : build(spec))
        : () => {
            throw new Error('getter trap');
          };
      Object.defineProperty(container, key, { get, enumerable: true, configurable: true });
      liars.add(container);
      break;
    }
    case 'protoKey': {
      // What JSON.parse makes of `{"__proto__": ...}`: an own data property, not a prototype.
      const payload = m.key === 'constructor' ? { prototype: { polluted: 'yes' } } : { polluted: 'yes', id: 'pp', title: 't' };
      if (target !== holder) Object.defineProperty(target, m.key, { value: payload, enumerable: true, writable: true, configurable: true });
      break;
    }
    case 'proxy':
      container[key] = proxy(value, m.kind, liars);
      break;
    case 'cycle':
      container[key] = m.toRoot ? holder.root : container;
      break;
    case 'duplicate':
      if (Array.isArray(container)) container.push(value);
      break;
    case 'grow':
      if (Array.isArray(value) && value.length > 0) {
        const copy = value.slice();
        while (value.length < m.count) value.push(copy[value.length % copy.length]);
      }
      break;
  }
}

/**
 * JSON text with `"<key>": {...}` inserted right after the structural `{` at each of `positions`
 * (indexes among the text's object openings): JSON.parse makes these own properties, exactly as
 * a show fetched from a server would have them.
 */
export function injectKeys(json: string, positions: readonly number[], key: string): string {
  const opens: number[] = [];
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') opens.push(i);
  }
  if (opens.length === 0) return json;
  const chosen = [...new Set(positions.map((p) => opens[p % opens.length]))].sort((a, b) => b - a);
  const payload =
    key === 'constructor' ? '{"prototype":{"polluted":"yes"}}' : '{"polluted":"yes","id":"pp","title":"t","length":3}';
  let out = json;
  for (const i of chosen) {
    const closesNext = out[i + 1] === '}';
    out = `${out.slice(0, i + 1)}${JSON.stringify(key)}:${payload}${closesNext ? '' : ','}${out.slice(i + 1)}`;
  }
  return out;
}
