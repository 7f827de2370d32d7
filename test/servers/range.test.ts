import { expect } from '@open-wc/testing';

// scripts/range.mjs, mounted first on the test runner's server and the demo's (scripts/servers.mjs).
const MP4 = '/demo/media/replay.mp4';

async function get(path: string, range?: string, init: RequestInit = {}) {
  const res = await fetch(path, { cache: 'no-store', ...init, headers: range ? { Range: range } : {} });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

let whole: Uint8Array;
before(async () => {
  const { res, bytes } = await get(MP4);
  expect(res.status).to.equal(200);
  whole = bytes;
  expect(whole.length).to.be.greaterThan(1000);
});

describe('Range requests (test and demo servers)', () => {
  it('answers a whole file with Accept-Ranges: bytes', async () => {
    const { res } = await get(MP4);
    expect(res.headers.get('accept-ranges')).to.equal('bytes');
    expect(res.headers.get('content-length')).to.equal(String(whole.length));
  });

  it('answers bytes=a-b with 206, Content-Range and exactly those bytes', async () => {
    const { res, bytes } = await get(MP4, 'bytes=100-199');
    expect(res.status).to.equal(206);
    expect(res.headers.get('content-range')).to.equal(`bytes 100-199/${whole.length}`);
    expect(res.headers.get('content-type')).to.equal('video/mp4');
    expect(bytes).to.deep.equal(whole.subarray(100, 200));
  });

  it('answers an open range (bytes=a-) with the rest of the file', async () => {
    const start = whole.length - 1234;
    const { res, bytes } = await get(MP4, `bytes=${start}-`);
    expect(res.status).to.equal(206);
    expect(res.headers.get('content-range')).to.equal(`bytes ${start}-${whole.length - 1}/${whole.length}`);
    expect(bytes).to.deep.equal(whole.subarray(start));
  });

  it('answers a suffix range (bytes=-n) with the last n bytes', async () => {
    const { res, bytes } = await get(MP4, 'bytes=-50');
    expect(res.status).to.equal(206);
    expect(res.headers.get('content-range')).to.equal(`bytes ${whole.length - 50}-${whole.length - 1}/${whole.length}`);
    expect(bytes).to.deep.equal(whole.subarray(whole.length - 50));
  });

  it('clamps a last byte past the end to the end', async () => {
    const { res, bytes } = await get(MP4, `bytes=${whole.length - 10}-${whole.length + 500}`);
    expect(res.status).to.equal(206);
    expect(bytes).to.deep.equal(whole.subarray(whole.length - 10));
  });

  it('answers 416 with Content-Range bytes */size for an unsatisfiable range', async () => {
    for (const range of [`bytes=${whole.length}-`, 'bytes=500-100', 'bytes=-0']) {
      const { res } = await get(MP4, range);
      expect(res.status, range).to.equal(416);
      expect(res.headers.get('content-range'), range).to.equal(`bytes */${whole.length}`);
    }
  });

  it('ignores a malformed or multi-range header and sends the whole file', async () => {
    for (const range of ['bytes=abc', 'items=0-10', 'bytes=0-1,5-6']) {
      const { res, bytes } = await get(MP4, range);
      expect(res.status, range).to.equal(200);
      expect(bytes.length, range).to.equal(whole.length);
    }
  });

  it('sends the whole file when If-Range names another copy', async () => {
    const res = await fetch(MP4, { cache: 'no-store', headers: { Range: 'bytes=0-9', 'If-Range': '"another"' } });
    expect(res.status).to.equal(200);
    expect((await res.arrayBuffer()).byteLength).to.equal(whole.length);
  });

  it('slices what a test server answers too (the fault server’s slow route)', async () => {
    const { res, bytes } = await get(`/__faults/slow/0${MP4}`, 'bytes=0-9');
    expect(res.status).to.equal(206);
    expect(bytes).to.deep.equal(whole.subarray(0, 10));
  });

  it('leaves errors alone', async () => {
    const { res } = await get('/__faults/404/x.mp4', 'bytes=0-9');
    expect(res.status).to.equal(404);
    expect(res.headers.get('content-range')).to.equal(null);
  });

  it('lets Chromium seek a progressive MP4 as soon as its metadata is in', async () => {
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'metadata';
    const loaded = new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
    video.src = `${MP4}?range-test`;
    await loaded;
    // Without Range support Chromium treats the file as a stream: seekable is only what is buffered.
    expect(video.seekable.length).to.equal(1);
    expect(video.seekable.end(0)).to.be.closeTo(video.duration, 0.01);
    const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
    video.currentTime = video.duration - 1;
    await seeked;
    expect(video.currentTime).to.be.closeTo(video.duration - 1, 0.1);
    video.removeAttribute('src');
    video.load();
  });
});
