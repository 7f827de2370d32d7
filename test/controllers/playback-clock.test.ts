import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PlaybackClockController } from '../../src/controllers/playback-clock.js';
import { seekable } from '../media/seekable.js';

function setup(next?: (t: number) => number) {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  document.body.append(video);
  const times: number[] = [];
  const clock = new PlaybackClockController(host, { video: () => video });
  clock.subscribe(next ? { sample: (t) => times.push(t), next } : { sample: (t) => times.push(t) });
  controllers.forEach((c) => c.hostConnected?.());
  const disconnect = () => controllers.forEach((c) => c.hostDisconnected?.());
  return { clock, video, times, disconnect };
}

/** Loads the MP4 until it has a frame; the server answers Range requests, so it can seek at once. */
async function loaded(video: HTMLVideoElement) {
  video.src = '/demo/media/replay.mp4';
  await oneEvent(video, 'loadeddata');
  await seekable(video);
}

describe('PlaybackClockController', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('samples every frame while playing, reporting only changed times, and stops on pause', async () => {
    const { clock, video, times, disconnect } = setup();
    cleanup = () => (disconnect(), video.remove());
    await loaded(video);
    expect(clock.running).to.be.false;
    await video.play();
    expect(clock.running).to.be.true;
    // timeupdate comes every ~250 ms; frame sampling gives a sample per presented frame. Counted in
    // frames, not seconds: a busy machine presents fewer of them in the same time.
    let frames = 0;
    const countFrames = () => video.requestVideoFrameCallback(() => (frames++, countFrames()));
    countFrames();
    await waitUntil(() => frames >= 12, 'the video presented no frames');
    expect(times.length).to.be.at.least(10);
    for (let i = 1; i < times.length; i++) expect(times[i]).to.not.equal(times[i - 1]);
    video.pause();
    await oneEvent(video, 'pause');
    expect(clock.running).to.be.false;
    const count = times.length;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(times.length).to.be.at.most(count + 1);
    expect(clock.running).to.be.false;
  });

  it('with `next`, follows no frames: sleeps on a timer until the next change and samples just after it', async () => {
    // One change at 1.5 s, then none: no frame callbacks at all, a sample within a frame after it.
    const { clock, video, times, disconnect } = setup((t) => (t < 1.5 ? 1.5 : Infinity));
    cleanup = () => (disconnect(), video.remove());
    let frames = 0;
    const request = video.requestVideoFrameCallback.bind(video);
    video.requestVideoFrameCallback = (cb) => (frames++, request(cb));
    await loaded(video);
    await video.play();
    expect(clock.running).to.be.true;
    // A timer of the test's own, aimed at the same change: on a busy machine every timer lands late,
    // so "just after" is measured from the media time such a timer actually sees.
    let reference = NaN;
    setTimeout(() => (reference = video.currentTime), ((1.5 - video.currentTime) / video.playbackRate) * 1000);
    await waitUntil(() => video.currentTime > 0.4, 'video did not advance', { timeout: 4000 });
    expect(clock.perFrame).to.be.false;
    const early = times.length;
    await waitUntil(() => video.currentTime > 2.2, 'video did not advance', { timeout: 5000 });
    const crossing = times.find((t) => t >= 1.5);
    expect(crossing, 'no sample after the change').to.be.a('number');
    // Within a frame (1/30 s) of the change, or of the moment a timer set for it could run at all.
    expect(crossing! - Math.max(1.5, reference)).to.be.below(0.034);
    // Far from any change the clock samples on timeupdate only (about 4 a second), not per frame.
    expect(times.length - early).to.be.below(20);
    expect(clock.perFrame).to.be.false;
    expect(frames, 'frame callbacks requested').to.equal(0);
    expect(clock.running).to.be.true;
    video.pause();
    await oneEvent(video, 'pause');
    expect(clock.running).to.be.false;
  });

  it('samples on seek while paused, without a frame loop', async () => {
    const { clock, video, times, disconnect } = setup();
    cleanup = () => (disconnect(), video.remove());
    await loaded(video);
    video.currentTime = 30;
    await oneEvent(video, 'seeked');
    expect(times[times.length - 1]).to.equal(30);
    expect(clock.time).to.equal(30);
    expect(clock.running).to.be.false;
  });

  it('stops sampling when the host disconnects', async () => {
    const { clock, video, times, disconnect } = setup();
    cleanup = () => video.remove();
    await loaded(video);
    await video.play();
    expect(clock.running).to.be.true;
    disconnect();
    expect(clock.running).to.be.false;
    const count = times.length;
    await waitUntil(() => video.currentTime > 0.5, 'video did not advance', { timeout: 4000 });
    video.currentTime = 10;
    await oneEvent(video, 'seeked');
    expect(times.length).to.equal(count);
  });

  it('samples every subscriber and wakes for the earliest `next`; an unsubscribed one hears nothing more', async () => {
    // The shop's timeline needs 1.2 s, the time display 4 s: the clock wakes for 1.2 s.
    const { clock, video, times, disconnect } = setup((t) => (t < 4 ? 4 : Infinity));
    cleanup = () => (disconnect(), video.remove());
    const early: number[] = [];
    const stop = clock.subscribe({ sample: (t) => early.push(t), next: (t) => (t < 1.2 ? 1.2 : Infinity) });
    await loaded(video);
    await video.play();
    await waitUntil(() => early.some((t) => t >= 1.2), 'no sample for the earlier subscriber', { timeout: 6000 });
    const crossing = early.find((t) => t >= 1.2)!;
    expect(times, 'both subscribers get the same sample').to.include(crossing);
    expect(clock.perFrame).to.be.false;
    stop();
    const count = early.length;
    video.currentTime = 20;
    await oneEvent(video, 'seeked');
    await waitUntil(() => times.includes(20), 'the remaining subscriber missed the seek');
    expect(early.length, 'samples after unsubscribing').to.equal(count);
    // A subscriber without `next` makes the clock follow frames.
    const perFrame = clock.subscribe({ sample: () => {} });
    await waitUntil(() => clock.perFrame, 'the clock did not follow frames');
    perFrame();
    await waitUntil(() => !clock.perFrame, 'the clock kept following frames');
  });
});
