// Contract tests: each hls.js internal the library relies on, checked against the installed
// hls.js, so that an hls.js update that changes one fails here, loudly and by name, instead of
// silently turning a feature off. package.json allows patch updates of the tested minor only.
import { expect } from '@open-wc/testing';
import Hls from 'hls.js';
import HlsLight from 'hls.js/light';
import { DEFAULT_POLICY } from '../../src/engine/primed-loader.js';

/** Fails with a message naming the internal and what depends on it. */
function contract(ok: unknown, internal: string, user: string): void {
  expect(!!ok, `hls.js ${Hls.version} changed ${internal}: ${user} relies on it`).to.be.true;
}

describe('hls.js internals the library relies on', () => {
  it('is the minor version package.json allows', async () => {
    const range: string = (await (await fetch('/package.json')).json()).dependencies['hls.js'];
    const [major, minor] = range.replace(/^[~^]/, '').split('.');
    expect(range.startsWith('~'), `hls.js is "${range}" in package.json: allow patch updates only ("~")`).to.be.true;
    expect(Hls.version.split('.').slice(0, 2).join('.')).to.equal(`${major}.${minor}`);
  });

  it('streamController.transmuxer and config.workerPath: the worker hand-over (src/engine/transmux-worker.ts)', () => {
    for (const H of [Hls, HlsLight]) {
      const hls = new H() as unknown as { streamController?: object; config: { workerPath?: unknown; enableWorker?: unknown } };
      try {
        contract(hls.streamController && 'transmuxer' in hls.streamController, '`hls.streamController.transmuxer`', 'handOverTransmuxing');
        contract('workerPath' in hls.config && 'enableWorker' in hls.config, '`config.workerPath` / `config.enableWorker`', 'handOverTransmuxing');
      } finally {
        (hls as unknown as { destroy(): void }).destroy();
      }
    }
  });

  it('manifestLoadPolicy defaults: the first playlist fetch (src/engine/primed-loader.ts DEFAULT_POLICY)', () => {
    const policy = (Hls.DefaultConfig as unknown as { manifestLoadPolicy: { default: object } }).manifestLoadPolicy.default;
    // Every field DEFAULT_POLICY copies (it copies only the ones it uses) has hls.js's value.
    const check = (ours: object, theirs: Record<string, unknown>, path: string) => {
      for (const [key, value] of Object.entries(ours)) {
        if (value && typeof value === 'object') check(value, (theirs?.[key] ?? {}) as Record<string, unknown>, `${path}.${key}`);
        else expect(theirs?.[key], `hls.js ${Hls.version} changed ${path}.${key}: update DEFAULT_POLICY in primed-loader.ts`).to.equal(value);
      }
    };
    check(DEFAULT_POLICY, policy as Record<string, unknown>, 'manifestLoadPolicy.default');
  });

  it('the default loader class: the primed playlist loader (src/engine/primed-loader.ts primedLoader)', () => {
    const Loader = Hls.DefaultConfig.loader as unknown as { prototype: Record<string, unknown> };
    contract(typeof Loader === 'function', '`DefaultConfig.loader`', 'primedLoader');
    for (const method of ['load', 'abort', 'destroy']) contract(typeof Loader.prototype[method] === 'function', `\`loader.prototype.${method}\``, 'primedLoader');
    const loader = new (Hls.DefaultConfig.loader as unknown as new (c: unknown) => { stats?: { loading?: object } })(Hls.DefaultConfig);
    contract(loader.stats && loader.stats.loading, '`loader.stats.loading`', 'primedLoader');
  });

  it('instance properties read by the controls and the live state (src/components/shoppable-video/live.ts, captions.ts)', () => {
    const hls = new Hls();
    try {
      for (const name of ['latestLevelDetails', 'liveSyncPosition', 'playingDate', 'subtitleTracks', 'subtitleTrack', 'subtitleDisplay']) {
        contract(name in hls, `\`hls.${name}\``, 'the control bar');
      }
    } finally {
      hls.destroy();
    }
  });

  // The sources the build compiles with its own flags (the flags, the worker entry, the modules a
  // light build swaps out) are checked by the build itself, in Node: assertHlsSources in
  // scripts/build-hls.mjs fails `npm run build` naming the one that changed.
});
