/** A media engine on a muted `<video>` in the page, and the HLS fixtures the engine tests play. */
import type { ReactiveControllerHost } from 'lit';
import { MediaEngineController, type HlsBuild } from '../../src/engine/media-engine.js';

export const FIXTURE = '/demo/media/replay/master.m3u8';

/** The fixture without its subtitle rendition, as a data: URL (absolute URIs; `#.m3u8` marks it HLS). */
export const plainMaster = () =>
  'data:application/vnd.apple.mpegurl,' +
  encodeURIComponent(
    `#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=260000,RESOLUTION=480x270,CODECS="avc1.4d401e,mp4a.40.2"\n${location.origin}/demo/media/replay/video.m3u8\n`,
  ) +
  '#.m3u8';

/** An engine driving a new muted video; `done()` destroys both. */
export function setupEngine(loadHls?: (build: HlsBuild) => Promise<any>) {
  const host: ReactiveControllerHost = {
    addController: () => {},
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
  const video = document.createElement('video');
  video.muted = true;
  document.body.append(video);
  const engine = new MediaEngineController(host, { video: () => video, loadHls });
  return { engine, video, done: () => (engine.destroy(), video.remove()) };
}
