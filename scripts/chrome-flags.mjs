// The flags Debian's Chromium runs with here, for the tests and the benchmark alike: no sandbox
// (root), no GPU, no background traffic on a closed network, autoplay without a gesture.
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

// For the tests, which run several pages at once (each in its own window): no timer throttling or
// renderer backgrounding, should a window count as hidden or occluded on a busy machine.
export const TEST_FLAGS = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
