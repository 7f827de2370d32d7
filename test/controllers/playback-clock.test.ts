import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PlaybackClockController } from '../../src/controllers/playback-clock.js';

function setup() {
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
  const clock = new PlaybackClockController(host, { video: () => video, onTime: (t) => times.push(t) });
  controllers.forEach((c) => c.hostConnected?.());
  const disconnect = () => controllers.forEach((c) => c.hostDisconnected?.());
  return { clock, video, times, disconnect };
}

/**
 * Loads the MP4 until it is seekable: the test server answers no Range requests, and Chrome then
 * lets a progressive file seek only once all of it is loaded.
 */
async function loaded(video: HTMLVideoElement) {
  video.src = '/demo/media/replay.mp4';
  await oneEvent(video, 'loadeddata');
  const seekable = () => video.seekable.length > 0 && video.seekable.end(0) >= video.duration - 0.1;
  await waitUntil(seekable, 'MP4 not seekable', { timeout: 5000 });
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
    // timeupdate comes every ~250 ms; frame sampling gives many more samples than that.
    await waitUntil(() => video.currentTime > 0.6, 'video did not advance', { timeout: 4000 });
    expect(times.length).to.be.greaterThan(8);
    for (let i = 1; i < times.length; i++) expect(times[i]).to.not.equal(times[i - 1]);
    video.pause();
    await oneEvent(video, 'pause');
    expect(clock.running).to.be.false;
    const count = times.length;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(times.length).to.be.at.most(count + 1);
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
});
