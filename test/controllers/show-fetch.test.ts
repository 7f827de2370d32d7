// The show fetch (issue #20): one request per URL for every player on the page, a time limit that
// ends in a show-fetch error, and relative URLs resolved against where a redirect led.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { waitUntil } from '../wait.js';
import { ShowController } from '../../src/controllers/show-controller.js';
import { showFetchSettings } from '../../src/controllers/show-fetch.js';
import type { ShoppableErrorEvent } from '../../src/events.js';
import '../../src/register.js';

class FetchHost extends LitElement {
  shows = new ShowController(this);
  errors: ShoppableErrorEvent[] = [];
  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('shoppable-error', (e) => this.errors.push(e));
  }
}
customElements.define('test-show-fetch-host', FetchHost);

const SHOW = 'demo/shows/spring-launch.json';
/** A key of the counters (the fault server's, and test/servers/show-fetch.mjs's), fresh for each test. */
const key = () => `show-fetch-${Math.random().toString(36).slice(2)}`;
const faultCount = async (k: string) => ((await (await fetch(`/__faults/counts/${k}`)).json()) as { count: number }).count;
const count = async (k: string) => ((await (await fetch(`/__show-counts/${k}`)).json()) as { count: number }).count;

describe('show fetch', () => {
  it('fetches a show URL once for 40 players on the page', async () => {
    const k = key();
    // The fault server's counter (these hosts load no media relative to the show).
    const url = `/__faults/count/${k}/${SHOW}`;
    const parent = await fixture<HTMLDivElement>(
      html`<div>${Array.from({ length: 40 }, () => html`<test-show-fetch-host></test-show-fetch-host>`)}</div>`,
    );
    const hosts = [...parent.querySelectorAll<FetchHost>('test-show-fetch-host')];
    await Promise.all(hosts.map((h) => h.shows.fetchDocument(url)));
    for (const h of hosts) expect(h.shows.show.id).to.equal('spring-launch-2026-03-01');
    expect(await faultCount(k)).to.equal(1);
    // A player added later takes the settled document too.
    const late = await fixture<FetchHost>(html`<test-show-fetch-host></test-show-fetch-host>`);
    await late.shows.fetchDocument(url);
    expect(late.shows.show.products).to.have.length(6);
    expect(await faultCount(k)).to.equal(1);
  });

  it('40 real players with one show URL make one request', async () => {
    const k = key();
    const url = `/__show-count/${k}/${SHOW}`;
    // Small, so all are near the viewport: a player loads its shop layer (and show) only once it is.
    const box = await fixture<HTMLDivElement>(html`<div style="display: flex; flex-wrap: wrap">
      ${Array.from({ length: 40 }, () => html`<shoppable-video style="width: 48px" muted preload="none" show=${url}></shoppable-video>`)}
    </div>`);
    const players = [...box.querySelectorAll('shoppable-video')];
    await waitUntil(() => players.every((p) => p.shadowRoot?.querySelector('[part~="products-button"]')), 'not every player has the show');
    expect(await count(k)).to.equal(1);
  });

  it('keeps no failed fetch: the next player asks again', async () => {
    const k = key();
    // The fault server's counter: a document that fails loads nothing relative to it.
    const url = `/__faults/count/${k}/demo/shows/not-there.json`;
    const a = await fixture<FetchHost>(html`<test-show-fetch-host></test-show-fetch-host>`);
    await a.shows.fetchDocument(url);
    const b = await fixture<FetchHost>(html`<test-show-fetch-host></test-show-fetch-host>`);
    await b.shows.fetchDocument(url);
    expect([...a.errors, ...b.errors].map((e) => e.detail.code)).to.deep.equal(['show-fetch', 'show-fetch']);
    expect(await faultCount(k)).to.equal(2);
  });

  it('gives up on a show URL that does not answer in time, with a show-fetch error', async () => {
    const before = showFetchSettings.timeout;
    showFetchSettings.timeout = 300;
    try {
      const el = await fixture<FetchHost>(html`<test-show-fetch-host></test-show-fetch-host>`);
      const started = performance.now();
      void el.shows.fetchDocument(`/__faults/slow/8000/${SHOW}?${key()}`);
      await waitUntil(() => el.errors.length === 1, 'no show-fetch error');
      expect(performance.now() - started).to.be.below(8000);
      expect(el.errors[0].detail).to.include({ code: 'show-fetch', fatal: false });
      expect(el.errors[0].detail.message).to.contain('no answer within 300 ms');
      expect(el.shows.show.products).to.have.length(0);
    } finally {
      showFetchSettings.timeout = before;
    }
  });

  it('waits 15 s by default', () => {
    expect(showFetchSettings.timeout).to.equal(15_000);
  });

  it('resolves the show’s relative URLs against the URL a redirect led to', async () => {
    const el = await fixture<FetchHost>(html`<test-show-fetch-host></test-show-fetch-host>`);
    await el.shows.fetchDocument(`/__redirect/${SHOW}?${key()}`);
    expect(el.errors).to.deep.equal([]);
    // Against the request URL it would be /__redirect/demo/media/replay/master.m3u8.
    expect(el.shows.show.video.src).to.equal(new URL('/demo/media/replay/master.m3u8', location.href).href);
  });
});
