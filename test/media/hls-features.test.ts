import { expect } from '@open-wc/testing';
import { coversBuild, hlsBuildFor, hlsBuildForConfig, onlyVariant } from '../../src/core/hls-features.js';

const master = (...lines: string[]) =>
  ['#EXTM3U', ...lines, '#EXT-X-STREAM-INF:BANDWIDTH=260000,CODECS="avc1.4d401e,mp4a.40.2"', 'video.m3u8'].join('\n');

describe('hlsBuildFor', () => {
  it('picks the light build for a master playlist with video and muxed audio only', () => {
    expect(hlsBuildFor(master())).to.equal('light');
    expect(hlsBuildFor(master('#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",NAME="main",DEFAULT=YES'))).to.equal('light');
  });

  it('picks the subtitles build for subtitle, caption and alternate-audio renditions', () => {
    expect(hlsBuildFor(master('#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="s",NAME="English",URI="subs-en.m3u8"'))).to.equal('subtitles');
    expect(hlsBuildFor(master('#EXT-X-MEDIA:TYPE=CLOSED-CAPTIONS,GROUP-ID="cc",NAME="CC1",INSTREAM-ID="CC1"'))).to.equal('subtitles');
    expect(hlsBuildFor(master('#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",NAME="fr",URI="fr.m3u8"'))).to.equal('subtitles');
  });

  it('picks the subtitles build for the committed fixture', async () => {
    const text = await (await fetch('/demo/media/replay/master.m3u8')).text();
    expect(hlsBuildFor(text)).to.equal('subtitles');
  });

  it('keeps in-band captions for a media playlist given directly', () => {
    expect(hlsBuildFor('#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\nseg0.ts\n#EXT-X-ENDLIST')).to.equal('subtitles');
  });

  it('picks the full build for DRM, variables, steering, interstitials, HDR and AC-3', () => {
    expect(hlsBuildFor(master('#EXT-X-SESSION-KEY:METHOD=SAMPLE-AES,URI="skd://k",KEYFORMAT="com.apple.streamingkeydelivery"'))).to.equal('full');
    expect(hlsBuildFor(master('#EXT-X-DEFINE:NAME="token",VALUE="abc"'))).to.equal('full');
    expect(hlsBuildFor(master('#EXT-X-CONTENT-STEERING:SERVER-URI="/steer"'))).to.equal('full');
    expect(hlsBuildFor('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1,VIDEO-RANGE=PQ\nv.m3u8')).to.equal('full');
    expect(hlsBuildFor('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1,CODECS="avc1.64001f,ec-3"\nv.m3u8')).to.equal('full');
    const media = (tag: string) => `#EXTM3U\n#EXT-X-TARGETDURATION:2\n${tag}\n#EXTINF:2,\nseg0.ts`;
    expect(hlsBuildFor(media('#EXT-X-KEY:METHOD=SAMPLE-AES,URI="skd://k",KEYFORMAT="com.apple.streamingkeydelivery"'))).to.equal('full');
    expect(hlsBuildFor(media('#EXT-X-DATERANGE:ID="ad",CLASS="com.apple.hls.interstitial",START-DATE="2026-01-01T00:00:00Z"'))).to.equal('full');
    // AES-128 is decrypted by every build: only the media playlist's own needs (captions) count.
    expect(hlsBuildFor(media('#EXT-X-KEY:METHOD=AES-128,URI="key.bin"'))).to.equal('subtitles');
  });

  it('picks the full build for text that is not a playlist, so hls.js reports it', () => {
    expect(hlsBuildFor('<html>not found</html>')).to.equal('full');
  });

  it('picks the full build for page config only the full build honours', () => {
    expect(hlsBuildForConfig(undefined)).to.equal('light');
    expect(hlsBuildForConfig({ maxBufferLength: 10, emeEnabled: false })).to.equal('light');
    expect(hlsBuildForConfig({ emeEnabled: true })).to.equal('full');
    expect(hlsBuildForConfig({ drmSystems: { 'com.widevine.alpha': { licenseUrl: '/l' } } })).to.equal('full');
    expect(hlsBuildForConfig({ drmSystems: {} })).to.equal('light');
    expect(hlsBuildForConfig({ cmcd: { contentId: 'x' } })).to.equal('full');
    expect(hlsBuildFor(master(), { cmcd: {} })).to.equal('full');
  });
});

describe('onlyVariant', () => {
  it("names a master's only variant, as written", () => {
    expect(onlyVariant(master())).to.equal('video.m3u8');
    expect(onlyVariant(master('#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=80000,URI="iframes.m3u8"'))).to.equal('video.m3u8');
    expect(onlyVariant('#EXTM3U\r\n#EXT-X-STREAM-INF:BANDWIDTH=1\r\n\r\n# comment\r\nhttps://cdn.example/v.m3u8\r\n')).to.equal('https://cdn.example/v.m3u8');
  });

  it('names none for several variants, a media playlist, or a variant without a URI', () => {
    expect(onlyVariant(master('#EXT-X-STREAM-INF:BANDWIDTH=800000', 'high.m3u8'))).to.be.undefined;
    expect(onlyVariant('#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\nseg0.ts\n#EXT-X-ENDLIST')).to.be.undefined;
    expect(onlyVariant('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n')).to.be.undefined;
  });
});

describe('coversBuild', () => {
  it('says a build plays what the builds below it play, and not what those above it add', () => {
    const table: [string, string, boolean][] = [
      ['light', 'light', true], ['light', 'subtitles', false], ['light', 'full', false],
      ['subtitles', 'light', true], ['subtitles', 'subtitles', true], ['subtitles', 'full', false],
      ['full', 'light', true], ['full', 'subtitles', true], ['full', 'full', true],
    ];
    for (const [build, need, covers] of table) expect(coversBuild(build as never, need as never), `${build} covers ${need}`).to.equal(covers);
  });
});
