// The naive gallery: one hls.js instance per <video>, all created at load.
import { attach } from './bare.js';

for (const video of document.querySelectorAll('video')) attach(video, '/demo/media/replay/master.m3u8');
