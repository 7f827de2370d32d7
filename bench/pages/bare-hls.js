// One <video> with hls.js: the baseline for first frame, bytes, playback CPU and the off-screen case.
import { attach, options } from './bare.js';

const { src, autoplay, top } = options();
const video = document.querySelector('video');
if (top) document.getElementById('top').className = 'spacer';
video.muted = true;
video.autoplay = autoplay;
__bench.watch(video);
attach(video, src);
