// The live studio (scripts/live/, mounted by test/servers/live.mjs on the test server): its
// playlists as a player would fetch them, and in-band pins read back with src/core/pins.ts.
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { PIN_CLASS, momentsFromDateRanges, parseDateRangeTags, programDateTimeMap, type DateRangeLike } from '../../src/core/pins.js';

const TD = 2;
const created: string[] = [];

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(path, {
    method,
    cache: 'no-store',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** Starts a fresh stream and returns its base URL and state. */
async function start(query: string) {
  const id = `t-${Math.random().toString(36).slice(2, 10)}`;
  created.push(id);
  const res = await call('POST', `/__live/${id}/start?${query}`);
  expect(res.status).to.equal(201);
  return { base: `/__live/${id}`, state: JSON.parse(res.text) as { startDate: string; segments: number } };
}

async function playlist(url: string) {
  const res = await call('GET', url);
  expect(res.status).to.equal(200);
  expect(res.type).to.equal('application/vnd.apple.mpegurl');
  const lines = res.text.trim().split('\n');
  return { text: res.text, lines, map: programDateTimeMap(res.text), ranges: parseDateRangeTags(res.text) };
}

const pin = async (base: string, body: unknown) => {
  const res = await call('POST', `${base}/pin`, body);
  expect(res.status, res.text).to.equal(201);
  return JSON.parse(res.text) as { id: string; startDate: string; tag: string };
};

const endOf = (map: ReturnType<typeof programDateTimeMap>) => {
  const last = map.segments.at(-1)!;
  return last.programDateTime!.getTime() + last.duration * 1000;
};

after(async () => {
  await Promise.all(created.map((id) => call('DELETE', `/__live/${id}`)));
});

describe('live studio playlists', () => {
  it('serves a sliding window with a program date time on every segment and no ENDLIST', async () => {
    const { base, state } = await start('elapsed=10&window=6');
    const { lines, map } = await playlist(`${base}/live.m3u8`);
    expect(lines.slice(0, 3)).to.deep.equal(['#EXTM3U', '#EXT-X-VERSION:6', `#EXT-X-TARGETDURATION:${TD}`]);
    expect(lines).not.to.include('#EXT-X-ENDLIST');
    expect(lines.some((l) => l.startsWith('#EXT-X-PLAYLIST-TYPE'))).to.equal(false);
    // Ten segments were recorded at creation; an eleventh may have completed since.
    expect(map.mediaSequence).to.be.within(4, 5);
    expect(map.segments).to.have.length(6);
    expect(lines.filter((l) => l.startsWith('#EXT-X-PROGRAM-DATE-TIME:'))).to.have.length(6);
    const startMs = Date.parse(state.startDate);
    map.segments.forEach((s) => {
      expect(s.uri).to.equal(`/__live/media/seg${String(s.sequence % 30).padStart(3, '0')}.ts`);
      expect(s.programDateTime!.getTime()).to.equal(startMs + s.sequence * TD * 1000);
      expect(s.duration).to.equal(TD);
    });
    // The same bytes as the committed replay segment, served raw (MPEG-TS starts with sync byte 0x47).
    const response = await fetch(map.segments[0]!.uri);
    expect(response.headers.get('content-type')).to.equal('video/mp2t');
    const served = new Uint8Array(await response.arrayBuffer());
    expect(served.length).to.be.greaterThan(188);
    expect([served[0], served[188]]).to.deep.equal([0x47, 0x47]);
  });

  it('marks each loop of the media with a discontinuity and counts the ones that slid out', async () => {
    const { base } = await start('elapsed=65&window=6');
    const { lines, map } = await playlist(`${base}/live.m3u8`);
    expect(lines).to.include('#EXT-X-DISCONTINUITY-SEQUENCE:1');
    expect(map.segments.map((s) => s.discontinuity)).to.deep.equal(map.segments.map((s) => s.sequence % 30 === 0));
    expect(map.segments.some((s) => s.discontinuity)).to.equal(true);
  });

  it('advances the media sequence in real time', async () => {
    const { base } = await start('elapsed=3&window=3');
    const before = (await playlist(`${base}/live.m3u8`)).map;
    let after = before;
    await waitUntil(async () => (after = (await playlist(`${base}/live.m3u8`)).map).mediaSequence > before.mediaSequence, 'no new segment', {
      interval: 200,
      timeout: 5000,
    });
    const moved = after.mediaSequence - before.mediaSequence;
    expect(after.segments[0]!.programDateTime!.getTime()).to.equal(before.segments[0]!.programDateTime!.getTime() + moved * TD * 1000);
    expect(after.segments).to.have.length(3);
  });

  it('stops updating while stalled and catches up on resume', async () => {
    const { base } = await start('elapsed=3');
    expect((await call('POST', `${base}/stall`)).status).to.equal(200);
    const frozen = (await playlist(`${base}/live.m3u8`)).text;
    await aTimeout(TD * 1000 + 100);
    expect((await playlist(`${base}/live.m3u8`)).text).to.equal(frozen);
    await call('POST', `${base}/resume`);
    await waitUntil(async () => (await playlist(`${base}/live.m3u8`)).text !== frozen, 'still frozen', { interval: 200, timeout: 5000 });
  });
});

describe('live studio pins', () => {
  it('renders a POSTed pin as a DATERANGE starting at the live edge', async () => {
    const { base } = await start('elapsed=4');
    const before = (await playlist(`${base}/live.m3u8`)).map;
    const made = await pin(base, { productId: 'music-box-01' });
    const { map, ranges, lines } = await playlist(`${base}/live.m3u8`);
    expect(lines).to.include(made.tag);
    const range = ranges.find((r) => r.id === made.id)!;
    expect(range.class).to.equal(PIN_CLASS);
    expect(range.attr['X-PRODUCT-ID']).to.equal('music-box-01');
    expect(range.duration).to.equal(null);
    expect(range.endOnNext).to.equal(false);
    // The wall-clock time being recorded when the producer pressed: at or past the newest segment's end.
    const startMs = range.startDate.getTime();
    expect(startMs).to.equal(Date.parse(made.startDate));
    expect(startMs).to.be.at.least(endOf(before));
    expect(startMs).to.be.below(endOf(map) + TD * 1000);
  });

  it('renders DURATION, END-ON-NEXT, positions and flash-sale attributes', async () => {
    const { base } = await start('elapsed=4');
    const timed = await pin(base, { productId: 'a', duration: 15, x: 0.25, y: 0.75 });
    const next = await pin(base, { productId: 'b', endOnNext: true, action: 'sold-out' });
    const sale = await pin(base, { productId: 'c', action: 'flash-sale', ends: '2030-01-01T12:00:00Z' });
    const { ranges } = await playlist(`${base}/live.m3u8`);
    expect(timed.tag).to.match(/,DURATION=15,X-PRODUCT-ID="a",X-POSITION-X=0.25,X-POSITION-Y=0.75$/);
    expect(next.tag).to.match(/,END-ON-NEXT=YES,X-PRODUCT-ID="b",X-ACTION="sold-out"$/);
    expect(sale.tag).to.match(/,X-PRODUCT-ID="c",X-ACTION="flash-sale",X-ENDS="2030-01-01T12:00:00.000Z"$/);
    expect(ranges.map((r) => [r.id, r.duration, r.endOnNext])).to.deep.equal([
      [timed.id, 15, false],
      [next.id, null, true],
      [sale.id, null, false],
    ]);
  });

  it('refuses malformed pins and unknown streams', async () => {
    const { base } = await start('elapsed=1');
    const bad: unknown[] = [
      'not json',
      {},
      { productId: 'a"b' },
      { productId: 'a', action: 'giveaway' },
      { productId: 'a', duration: 5, endOnNext: true },
      { productId: 'a', duration: -1 },
      { productId: 'a', x: 0.5 },
      { productId: 'a', x: 2, y: 0.5 },
      { productId: 'a', ends: '2030-01-01T00:00:00Z' },
      { productId: 'a', action: 'flash-sale', ends: 'soon' },
    ];
    for (const body of bad) {
      const res = await call('POST', `${base}/pin`, body);
      expect(res.status, JSON.stringify(body)).to.equal(400);
      expect(JSON.parse(res.text).error).to.be.a('string');
    }
    expect((await playlist(`${base}/live.m3u8`)).ranges).to.deep.equal([]);
    expect((await call('POST', '/__live/no-such-stream/pin', { productId: 'a' })).status).to.equal(404);
    expect((await call('GET', '/__live/no-such-stream/recording.m3u8')).status).to.equal(404);
  });

  it('ends with ENDLIST, and records the whole show as a VOD with every pin', async () => {
    const { base } = await start('elapsed=8&window=3');
    const first = await pin(base, { productId: 'a' });
    const second = await pin(base, { productId: 'b', duration: 4 });
    const ended = JSON.parse((await call('POST', `${base}/end`)).text) as { segments: number; ended: boolean };
    expect(ended.ended).to.equal(true);
    const live = await playlist(`${base}/live.m3u8`);
    expect(live.lines.at(-1)).to.equal('#EXT-X-ENDLIST');
    expect(live.map.segments).to.have.length(3);
    expect((await call('POST', `${base}/pin`, { productId: 'c' })).status).to.equal(409);

    const recording = await playlist(`${base}/recording.m3u8`);
    expect(recording.lines).to.include('#EXT-X-PLAYLIST-TYPE:VOD');
    expect(recording.lines.at(-1)).to.equal('#EXT-X-ENDLIST');
    expect(recording.map.mediaSequence).to.equal(0);
    expect(recording.map.segments.map((s) => s.sequence)).to.deep.equal([...Array(ended.segments).keys()]);
    expect(recording.lines.filter((l) => l.startsWith('#EXT-X-PROGRAM-DATE-TIME:'))).to.have.length(ended.segments);
    expect(recording.lines.filter((l) => l.startsWith('#EXT-X-DATERANGE:'))).to.deep.equal([first.tag, second.tag]);
    const tail = (s: { sequence: number; uri: string; programDateTime?: Date } | undefined) => [s?.sequence, s?.uri, s?.programDateTime];
    expect(tail(recording.map.segments.at(-1))).to.deep.equal(tail(live.map.segments.at(-1)));
  });

  it('gives a replay of the recording the same moments as the live session', async () => {
    const { base } = await start('elapsed=3&window=2');
    const seen: DateRangeLike[] = [];
    let last = await playlist(`${base}/live.m3u8`);
    const snapshot = async () => {
      last = await playlist(`${base}/live.m3u8`);
      seen.push(...last.ranges);
    };
    const a = await pin(base, { productId: 'a', x: 0.5, y: 0.5 });
    await snapshot();
    const b = await pin(base, { productId: 'b', duration: 3 });
    await snapshot();
    const c = await pin(base, { productId: 'c', endOnNext: true, action: 'flash-sale', ends: '2030-01-01T00:00:00Z' });
    await snapshot();
    // Pin a ends where b starts; once that is before the window, the live playlist drops it.
    await waitUntil(
      async () => {
        await snapshot();
        return !last.ranges.some((r) => r.id === a.id);
      },
      'pin a never left the window',
      { interval: 250, timeout: 8000 },
    );
    expect(last.ranges.map((r) => r.id)).to.include(c.id);
    await call('POST', `${base}/end`);
    await snapshot();

    // A player that joined at the start places segment n at n × 2 s; the replay starts at 0.
    const liveMap = programDateTimeMap(last.text, last.map.mediaSequence * TD);
    const live = momentsFromDateRanges(seen, liveMap.toMediaTime);
    const recording = await playlist(`${base}/recording.m3u8`);
    const replay = momentsFromDateRanges(recording.ranges, recording.map.toMediaTime);
    expect(replay).to.deep.equal(live);
    expect(replay.issues).to.deep.equal([]);
    // Moments are kept to the millisecond (START-DATE's precision); compare at that precision.
    const ms = (t: number) => Math.round(t * 1000) / 1000;
    const startOf = (p: { startDate: string }) => ms(recording.map.toMediaTime(new Date(p.startDate))!);
    expect(replay.moments.map((m) => [m.id, m.productId, m.action, m.start, m.end])).to.deep.equal([
      [a.id, 'a', 'pin', startOf(a), startOf(b)],
      [b.id, 'b', 'pin', startOf(b), ms(startOf(b) + 3)],
      [c.id, 'c', 'flash-sale', startOf(c), Infinity],
    ]);
    expect(replay.moments[0]!.position).to.deep.equal({ x: 0.5, y: 0.5 });
  });
});
