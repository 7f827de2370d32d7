// The baseline of lib-cycles.js, cleaned up as hls.js documents: detachMedia(), destroy(), and the
// video's source released.
import { attach } from './bare.js';
import { firstFrame, settle } from './cycle-common.js';

const host = document.getElementById('host');

window.cycle = async () => {
  const video = document.createElement('video');
  video.className = 'player';
  video.muted = true;
  video.autoplay = true;
  video.playsInline = true;
  host.append(video);
  const hls = attach(video, '/demo/media/replay/master.m3u8');
  const played = await firstFrame(video);
  await settle();
  hls.detachMedia();
  hls.destroy();
  video.removeAttribute('src');
  video.load();
  video.remove();
  return played;
};
window.cyclesReady = true;
