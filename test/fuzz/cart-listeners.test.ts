// Cart listeners that misbehave in every way a page's code can (issue #20): a listener that throws
// any value, hands `waitUntil` a promise that rejects with any value (a Proxy, a revoked Proxy, an
// object whose `reason` or `message` getter throws, a Symbol, a BigInt...), resolves with exotic
// values, or never settles, or hands it something that is not a promise at all. A real mouse press
// on Add to cart, and then, whatever the listener did: the shopper sees an outcome within
// `cart-timeout` (the button leaves "Adding…"), and the page sees no error but the listener's own throw.
import * as fc from 'fast-check';
import '../../src/components/product-card/product-card.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import type { ShoppableAddToCartEvent } from '../../src/events.js';
import { checkAsync } from './arbitraries.js';
import { ok } from './invariants.js';
import { guardPage } from './page-guard.js';
import { clickAt } from '../helpers/input.js';
import { waitUntil } from '../wait.js';

const { uncaught, host } = guardPage();

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwing = (name: string) =>
  Object.defineProperty({}, name, {
    enumerable: true,
    get() {
      throw new Error(`${name} getter`);
    },
  });
const trap = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('get trap');
      },
      has() {
        throw new Error('has trap');
      },
      getPrototypeOf() {
        throw new Error('prototype trap');
      },
    },
  );

/** Values fast-check cannot print or clone (Proxies that throw in every trap) are made in the run, by name. */
const MADE: Record<string, () => unknown> = {
  error: () => new Error('store down'),
  'out-of-stock': () => Object.assign(new Error('no stock'), { reason: 'out-of-stock' }),
  'unknown reason': () => Object.assign(new Error('odd'), { reason: 'not-a-reason' }),
  'reason getter throws': () => throwing('reason'),
  'message getter throws': () => throwing('message'),
  'reason getter throws, with a message': () => Object.assign(throwing('reason'), { message: 'x' }),
  'proxy that throws in every trap': trap,
  'revoked proxy': revoked,
  symbol: () => Symbol('why'),
  bigint: () => 10n,
  'odd result': () => ({ quantity: NaN, cartCount: '5' }),
  'negative result': () => ({ quantity: -1, cartCount: Infinity }),
  'quantity getter throws': () => throwing('quantity'),
  'then is not a function': () => ({ then: 42 }),
};

/** Values a page's code might throw, reject or resolve with: any value, or one of {@link MADE} by name. */
const exotic = fc.oneof(
  fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true }).map((value) => ({ value })),
  fc.constantFrom(...Object.keys(MADE)).map((made) => ({ made })),
);
const make = (x: { value?: unknown; made?: string }) => (x.made ? MADE[x.made]!() : x.value);

/** What the page's listener does with the event. */
const behaviour = fc.oneof(
  fc.record({ kind: fc.constant('throw' as const), value: exotic, prevent: fc.boolean() }),
  fc.record({ kind: fc.constant('reject' as const), value: exotic, prevent: fc.boolean() }),
  fc.record({ kind: fc.constant('resolve' as const), value: exotic, prevent: fc.boolean() }),
  fc.record({ kind: fc.constant('never' as const), value: fc.constant({}), prevent: fc.boolean() }),
  fc.record({ kind: fc.constant('not-a-promise' as const), value: exotic, prevent: fc.boolean() }),
  fc.record({
    kind: fc.constant('thenable' as const),
    value: exotic,
    prevent: fc.boolean(),
  }),
);
type Behaviour = typeof behaviour extends fc.Arbitrary<infer B> ? B : never;

function listener(b: Behaviour) {
  const value = make(b.value ?? {});
  return (e: ShoppableAddToCartEvent) => {
    if (b.prevent) e.preventDefault();
    const wait = e.detail.waitUntil as (p: unknown) => void;
    switch (b.kind) {
      case 'throw':
        throw value;
      case 'reject':
        return wait(Promise.reject(value));
      case 'resolve':
        return wait(Promise.resolve(value));
      case 'never':
        return wait(new Promise(() => {}));
      case 'not-a-promise':
        return wait(value);
      case 'thenable':
        // A thenable whose `then` throws: a promise made from it rejects with what it threw.
        return wait({
          then() {
            throw value;
          },
        });
    }
  };
}

describe('fuzz: cart listeners that throw, reject, resolve oddly or never answer', function (this: Mocha.Suite) {
  this.timeout(90_000);

  it('the shopper always sees an outcome within cart-timeout, and the page no error of ours', async () => {
    await checkAsync(
      fc.asyncProperty(behaviour, async (b) => {
        // A fresh card for each case: the last one may still show "Added" (which ignores presses).
        const card = document.createElement('shoppable-product-card') as ShoppableProductCard;
        card.locale = 'en-GB';
        card.cartTimeout = 400;
        card.product = { id: 'kite', title: 'Dragon kite', price: { amount: 1500, currency: 'GBP' }, prices: [], options: [], variants: [], available: true };
        host.append(card);
        const button = () => card.shadowRoot!.querySelector<HTMLElement>('[part="add-to-cart"]')!;
        const handler = listener(b) as EventListener;
        card.addEventListener('shoppable-add-to-cart', handler);
        // What the listener throws is the page's own error, which the browser reports: kept from
        // the test framework (its window.onerror fails the test on any report) and counted.
        let own = 0;
        const framework = window.onerror;
        if (b.kind === 'throw') {
          window.onerror = () => {
            own++;
            return true;
          };
        }
        const before = uncaught.length;
        try {
          await waitUntil(() => button()?.dataset.status === 'idle', 'the card is ready');
          await clickAt(button());
          await waitUntil(() => button().dataset.status !== 'pending' && button().dataset.status !== 'idle', `no outcome for ${b.kind}`);
        } finally {
          await new Promise((r) => setTimeout(r, 0));
          window.onerror = framework;
          card.remove();
        }
        ok(own === (b.kind === 'throw' ? 1 : 0), `the listener's throw was reported ${own} times`);
        ok(uncaught.length - before === own, `uncaught: ${uncaught.slice(before).join('; ')}`);
        uncaught.length = 0;
      }),
      20,
    );
  });
});
