// The elements work under the strict Content Security Policy documented in docs/csp.md: no inline
// script or style, blob: only for media and workers. The page runs in a window whose response
// carries the policy (test/servers/csp.mjs), so the browser enforces it for real.
import { expect } from '@open-wc/testing';

interface DirectiveReport {
  violations: string[];
  props: string;
  map: string;
}

interface CspReport {
  violations: string[];
  error?: string;
  bufferedEnd: number;
  readyState: number;
  usedHls: boolean;
  videoSrc: string;
  cardStyled: number;
  styleElements: number;
  buttonDisplay: string;
  price: string;
  shown: string[];
  hotspotLeft: string;
  added: string;
}

/**
 * Opens `/__csp/<page>.html` in a popup window and resolves with what the page reports. A window of
 * its own is visible even while this test's tab is in the background (the runner runs two files at
 * once), and Chromium defers loading media in hidden pages.
 */
function load<T = CspReport>(page: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const popup = window.open(`/__csp/${page}.html`, `csp-${page}`, 'popup,width=640,height=480');
    if (!popup) {
      reject(new Error('the popup was blocked'));
      return;
    }
    const timer = setTimeout(() => {
      popup.close();
      reject(new Error(`${page} did not report`));
      // Within the test's 30 s: a page's own waits add up to 23 s at worst (media, card, add).
    }, 27_000);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== popup || !event.data?.csp) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      popup.close();
      resolve(event.data as T);
    };
    window.addEventListener('message', onMessage);
  });
}

interface TrustedTypesReport {
  violations: string[];
  errors: string[];
  error?: string;
  workerRunning: boolean;
  bufferedAfterHandOver: number;
  firstTrusted: boolean;
  secondTrusted: boolean;
  litTwice: string;
  refused: string;
}

describe('under a strict Content Security Policy', function () {
  this.timeout(30_000);

  it('the policy is enforced: the test page is served with it', async () => {
    const response = await fetch('/__csp/player-page.html');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; img-src 'self' data: blob:",
    );
  });

  it('styleProps sets inline styles where Lit\'s styleMap is refused on first render', async () => {
    const result = await load<DirectiveReport>('directive-page');
    expect(result.props).to.equal('25%');
    // The reason styleProps exists: styleMap's first render is a style attribute, which CSP blocks.
    expect(result.map).to.equal('');
    expect(result.violations).to.deep.equal(['style-src-attr inline']);
  });

  it('renders styled elements and buffers HLS through hls.js with no violation', async () => {
    const result = await load('player-page');
    expect(result.error, 'page error').to.equal(undefined);
    expect(result.usedHls, 'hls.js in use').to.equal(true);
    expect(result.videoSrc.startsWith('blob:'), 'MSE object URL').to.equal(true);
    // Segments were fetched, transmuxed (in hls.js's blob: worker) and appended through MSE.
    expect(result.bufferedEnd, 'buffered seconds').to.be.greaterThan(1);
    expect(result.readyState, 'readyState').to.be.at.least(HTMLMediaElement.HAVE_METADATA);
    expect(result.cardStyled, 'adopted stylesheets').to.be.greaterThan(0);
    expect(result.styleElements, '<style> elements in shadow roots').to.equal(0);
    expect(result.buttonDisplay).to.not.equal('');
    expect(result.price).to.equal('£19.99');
    expect(result.shown, 'products on screen').to.deep.equal(['mb']);
    expect(result.hotspotLeft, 'hotspot placed through the CSSOM').to.equal('clamp(14px, 70%, 100% - 14px)');
    expect(result.added, 'added to cart from the overlay').to.equal('mb');
    expect(result.violations, 'CSP violations').to.deep.equal([]);
  });

  it('with Trusted Types (the documented line): hls.js transmuxes in the library\'s worker with no violation, and a second copy loads cleanly', async () => {
    const response = await fetch('/__csp/tt/tt-page.html');
    expect(response.headers.get('content-security-policy')).to.contain(
      "require-trusted-types-for 'script'; trusted-types lit-html shoppable-video 'allow-duplicates'",
    );
    const result = await load<TrustedTypesReport>('tt/tt-page');
    expect(result.error, 'page error').to.equal(undefined);
    expect(result.workerRunning, 'transmuxing in the worker').to.equal(true);
    expect(result.bufferedAfterHandOver, 'media buffered through the worker').to.be.greaterThan(0);
    // The policy is made once and shared: a second copy of the module gets trusted URLs from it.
    expect(result.firstTrusted).to.equal(true);
    expect(result.secondTrusted).to.equal(true);
    expect(result.refused, 'only blob: URLs of the page are trusted').to.contain('TypeError');
    expect(result.litTwice, "a second Lit with 'allow-duplicates'").to.equal('ok');
    expect(result.errors, 'uncaught errors').to.deep.equal([]);
    expect(result.violations, 'CSP and Trusted Types violations').to.deep.equal([]);
  });
});
