// Shared by the recipe tests: an add-to-cart detail and a fetch that records what it sent.
import type { AddToCartDetail } from '../../src/events.js';
import { musicBox, variant } from '../fixtures/products.js';

export const product = musicBox();

export function detail(over: Partial<AddToCartDetail> = {}): AddToCartDetail {
  return {
    product,
    variant: variant('mb-waltz'),
    quantity: 1,
    currentTime: 12.5,
    showId: 'spring-launch',
    requestId: crypto.randomUUID(),
    waitUntil: () => {},
    ...over,
  };
}

export interface Sent {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

/** A fetch that records each request, then answers with `answer` (default: the real network). */
export function recordingFetch(answer?: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const responses: Response[] = [];
  const spy = async (url: string, init: RequestInit) => {
    sent.push({
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      credentials: init.credentials,
    });
    const response = answer ? await answer(url, init) : await fetch(url, init);
    responses.push(response.clone());
    return response;
  };
  return { fetch: spy, sent, responses };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** Awaits a promise that must reject, and returns what it rejected with. */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
