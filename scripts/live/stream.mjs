// One live stream of the studio: a real-time clock sliding a window over a looped set of segments,
// plus the pins the producer made. Nothing is stored per segment: segment k is computed from k, so
// memory is bounded by the pin cap alone.
import { StudioError, dateRangeTag, pinJson } from './pin.mjs';

export const DEFAULTS = { window: 6, elapsed: 3, maxRecordedMs: 2 * 60 * 60 * 1000, maxPins: 500 };

export class LiveStream {
  /**
   * @param media `loadLoop()` result.
   * @param options `window` (segments in the live playlist), `elapsed` (segments already recorded
   *   when the stream is created, so a viewer can start at once), `now` (ms), caps.
   */
  constructor(id, media, options = {}) {
    const { window, elapsed, maxRecordedMs, maxPins } = { ...DEFAULTS, ...options };
    this.id = id;
    this.media = media;
    this.window = window;
    this.maxPins = maxPins;
    this.maxRecorded = Math.max(1, Math.floor((maxRecordedMs / media.loopMs) * media.segments.length));
    const now = options.now ?? Date.now();
    this.createdMs = now;
    this.startMs = now - this.offsetMs(elapsed);
    this.pins = [];
    this.pinCount = 0;
    this.endedMs = undefined;
    this.stalledMs = undefined;
  }

  /** Start of segment k relative to the stream start, in ms. */
  offsetMs(k) {
    const { segments, loopMs } = this.media;
    const n = segments.length;
    let ms = Math.floor(k / n) * loopMs;
    for (let i = 0; i < k % n; i++) ms += segments[i].durationMs;
    return ms;
  }

  segment(k) {
    const { segments } = this.media;
    const { uri, durationMs } = segments[k % segments.length];
    // The loop restarts the MPEG-TS timestamps, hence a discontinuity at each loop.
    return { sequence: k, uri, durationMs, startMs: this.startMs + this.offsetMs(k), discontinuity: k > 0 && k % segments.length === 0 };
  }

  /** The stream's wall clock: real time, frozen while stalled and after the end. */
  clockMs(now) {
    return Math.min(now, this.endedMs ?? this.stalledMs ?? now);
  }

  /** Number of segments fully recorded by `now`. */
  count(now) {
    const { segments, loopMs } = this.media;
    const since = this.clockMs(now) - this.startMs;
    const loops = Math.floor(since / loopMs);
    let rest = since - loops * loopMs;
    let k = loops * segments.length;
    for (const s of segments) {
      if (rest < s.durationMs) break;
      rest -= s.durationMs;
      k++;
    }
    return k;
  }

  /** Pins that still matter from `fromMs` on: those with an end after it, or no end yet. */
  pinsFrom(fromMs) {
    return this.pins.filter((pin, i) => {
      if (pin.duration !== undefined) return pin.startMs + pin.duration * 1000 > fromMs;
      const next = this.pins.slice(i + 1).find((p) => p.startMs > pin.startMs);
      return !next || next.startMs > fromMs;
    });
  }

  render(first, last, { vod = false } = {}) {
    const { targetDuration, segments } = this.media;
    const n = segments.length;
    const segs = [];
    for (let k = first; k < last; k++) segs.push(this.segment(k));
    const fromMs = segs[0]?.startMs ?? this.startMs + this.offsetMs(first);
    const lines = [
      '#EXTM3U',
      '#EXT-X-VERSION:6',
      `#EXT-X-TARGETDURATION:${targetDuration}`,
      `#EXT-X-MEDIA-SEQUENCE:${first}`,
      // Discontinuity tags removed with the segments before `first` (one per loop restart).
      `#EXT-X-DISCONTINUITY-SEQUENCE:${first > 0 ? Math.floor((first - 1) / n) : 0}`,
      ...(vod ? ['#EXT-X-PLAYLIST-TYPE:VOD'] : []),
      '#EXT-X-INDEPENDENT-SEGMENTS',
      ...this.pinsFrom(vod ? -Infinity : fromMs).map(dateRangeTag),
    ];
    for (const s of segs) {
      if (s.discontinuity) lines.push('#EXT-X-DISCONTINUITY');
      lines.push(`#EXT-X-PROGRAM-DATE-TIME:${new Date(s.startMs).toISOString()}`);
      lines.push(`#EXTINF:${(s.durationMs / 1000).toFixed(3)},`, s.uri);
    }
    if (this.endedMs !== undefined) lines.push('#EXT-X-ENDLIST');
    return `${lines.join('\n')}\n`;
  }

  /** The live media playlist: the last `window` recorded segments, ENDLIST once ended. */
  livePlaylist(now = Date.now()) {
    const count = this.count(now);
    return this.render(Math.max(0, count - this.window), count);
  }

  /** Everything recorded (up to the cap). VOD with ENDLIST once the show has ended. */
  recordingPlaylist(now = Date.now()) {
    const count = this.count(now);
    return this.render(Math.max(0, count - this.maxRecorded), count, { vod: this.endedMs !== undefined });
  }

  /** Adds a pin at the stream's current wall-clock time (the moment being recorded now). */
  addPin(request, now = Date.now()) {
    if (this.endedMs !== undefined) throw new StudioError(409, 'the show has ended');
    const count = this.count(now);
    // Forget pins that ended before the oldest recorded segment: they are in no playlist any more.
    this.pins = this.pinsFrom(this.segment(Math.max(0, count - this.maxRecorded)).startMs);
    if (this.pins.length >= this.maxPins) throw new StudioError(409, `at most ${this.maxPins} pins per show`);
    // Strictly increasing start dates keep pins in the order they were pressed, even within a millisecond.
    const previous = this.pins.at(-1)?.startMs ?? -Infinity;
    const pin = { id: `pin-${++this.pinCount}`, startMs: Math.max(this.clockMs(now), previous + 1), ...request };
    this.pins.push(pin);
    return pinJson(pin);
  }

  end(now = Date.now()) {
    this.endedMs ??= this.clockMs(now);
  }

  stall(now = Date.now()) {
    this.stalledMs ??= this.clockMs(now);
  }

  resume() {
    this.stalledMs = undefined;
  }

  /** What the producer page shows. */
  state(now = Date.now()) {
    const count = this.count(now);
    return {
      id: this.id,
      startDate: new Date(this.startMs).toISOString(),
      clock: new Date(this.clockMs(now)).toISOString(),
      liveEdge: new Date(this.startMs + this.offsetMs(count)).toISOString(),
      mediaSequence: Math.max(0, count - this.window),
      segments: count,
      window: this.window,
      ended: this.endedMs !== undefined,
      stalled: this.stalledMs !== undefined && this.endedMs === undefined,
      pins: this.pins.map(pinJson),
    };
  }
}
