import { expect } from '@open-wc/testing';

// The committed fixtures are served as media, not compiled: `.ts` here is MPEG-TS.
describe('media fixtures', () => {
  it('serves HLS segments raw as video/mp2t', async () => {
    const res = await fetch('/demo/media/replay/seg000.ts');
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.contain('video/mp2t');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes[0]).to.equal(0x47); // MPEG-TS sync byte
    expect(bytes[188]).to.equal(0x47);
  });

  it('serves the master playlist with a subtitle rendition', async () => {
    const text = await (await fetch('/demo/media/replay/master.m3u8')).text();
    expect(text).to.contain('#EXT-X-MEDIA:TYPE=SUBTITLES');
    expect(text).to.contain('video.m3u8');
  });
});
