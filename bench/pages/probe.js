// Loaded first, as a classic script, by every benchmark page. It records what the runner reads
// back through `window.__bench`: the first video frame (requestVideoFrameCallback, in the same
// clock as resource timing: milliseconds since navigation start) and long tasks. It does no work
// of its own while the page runs, so both sides of a comparison pay the same for it.
(() => {
  performance.setResourceTimingBufferSize(100000);
  const bench = {
    firstFrame: null,
    longTasks: [],
    errors: [],
    /** Records the first frame `video` presents (once per page). */
    watch(video) {
      if (!video || bench.watching) return;
      bench.watching = true;
      video.requestVideoFrameCallback((now, meta) => {
        bench.firstFrame = meta.presentationTime || now;
        // The runner waits for this message (a CDP event) instead of polling the page, which
        // would run Playwright's injected script, a long task, during the page's start-up.
        console.debug('__bench:first-frame');
      });
    },
  };
  window.__bench = bench;
  // `?worker=<url>` (bench/run.mjs --worker): the library's players get `hlsConfig.workerPath`,
  // set on each element before the CDN entry defines (upgrades) it, as a page's own script would.
  const workerPath = new URLSearchParams(location.search).get('worker');
  if (workerPath) {
    const define = customElements.define.bind(customElements);
    customElements.define = (name, cls, options) => {
      if (name === 'shoppable-video') for (const el of document.querySelectorAll(name)) el.hlsConfig = { ...el.hlsConfig, workerPath };
      return define(name, cls, options);
    };
  }
  addEventListener('error', (e) => bench.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => bench.errors.push(String(e.reason)));
  try {
    new PerformanceObserver((list) => {
      for (const t of list.getEntries()) bench.longTasks.push({ start: t.startTime, duration: t.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the runner reports none.
  }
})();
