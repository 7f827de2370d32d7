// Draws the demo show's picture, a live-selling stream, from the committed vector art (called by
// scripts/make-media.sh from demo/media/; needs ffmpeg, rsvg-convert and ImageMagick's convert).
// Reads demo/art/scene.json; writes, in the current folder:
//   replay.mp4 (16:9) and vertical.tmp.mp4 (9:16), both 60 s: the set, the host, and each product
//     sliding in at its moment's start, resting where the show's hotspot points, sliding out at its end;
//   en.vtt, zh.vtt: what the host says;
//   scene.json: each moment's hotspot point and drawn box at rest (fractions of the frame, the box
//     measured from the rendered pixels), which test/media/scene.test.ts checks the show against.
// ENC (from make-media.sh) holds the encoder options, so every fixture is encoded alike.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ART = fileURLToPath(new URL('../demo/art/', import.meta.url));
const IMG = fileURLToPath(new URL('../demo/img/', import.meta.url));
const scene = JSON.parse(readFileSync(join(ART, 'scene.json'), 'utf8'));
/** Seconds a product takes to slide in or out: short against every moment, so mid-moment it rests. */
const TRAVEL = 0.8;
const FPS = 25;
const ENC = (process.env.ENC ?? '').split(/\s+/).filter(Boolean);
const tmp = mkdtempSync(join(tmpdir(), 'scene-'));
const run = (cmd, args) => execFileSync(cmd, args.map(String), { encoding: 'utf8' });
const round = (n) => Math.round(n * 10000) / 10000;

/** Renders an SVG to a PNG of the given size; returns its path. */
function png(svg, name, width, height) {
  const out = join(tmp, `${name}.png`);
  run('rsvg-convert', ['-w', width, '-h', height, svg, '-o', out]);
  return out;
}

/** The box of a PNG's non-transparent pixels: what is really drawn, not the square it sits in. */
function ink(file) {
  const [w, h, x, y] = run('convert', [file, '-format', '%@', 'info:']).match(/\d+/g).map(Number);
  return { x, y, w, h };
}

/** 0 → 1 over TRAVEL seconds from `from`, eased (smoothstep), as an ffmpeg expression of t. */
const ease = (from) => {
  const a = `clip((t-${from})/${TRAVEL},0,1)`;
  return `(${a}*${a}*(3-2*${a}))`;
};

/** ffmpeg's x or y for a product resting at `rest`, off screen at `away`, in view from start to end. */
function slide(rest, away, m, duration) {
  const out = m.end < duration ? `+${ease(m.end - TRAVEL)}` : ''; // one that runs to the end stays
  return `'${rest}+(${away - rest})*(1-${ease(m.start)}${out})'`;
}

function draw(aspect, output) {
  const frame = scene.frames[aspect];
  const { width: W, height: H, duration } = frame;
  const inputs = ['-loop', 1, '-framerate', FPS, '-t', duration, '-i', png(join(ART, `set-${aspect}.svg`), `set-${aspect}`, W, H)];
  const host = frame.host;
  inputs.push('-i', png(join(ART, 'host.svg'), `host-${aspect}`, Math.round((host.height * 120) / 140), host.height));
  inputs.push('-i', png(join(ART, `front-${aspect}.svg`), `front-${aspect}`, W, H));
  // The host breathes: a slow bob, so the picture is never a still.
  const filters = [`[0][1]overlay=x=${host.x}:y='${host.y}+1.5*sin(2*PI*t/2.4)'[v1]`, '[v1][2]overlay[v2]'];
  const boxes = [];
  let input = 3;
  let last = 'v2';
  scene.moments.forEach((m, i) => {
    const size = m.size[aspect];
    if (!size || m.start >= duration) return;
    const file = png(join(IMG, `${m.art}.svg`), `${m.art}-${aspect}-${size}`, size, size);
    // The art's focus (its 160-unit viewBox) lands on `at`, where the show's hotspot points.
    const [fx, fy] = scene.focus?.[m.art] ?? [80, 80];
    const x = Math.round(m.at[0] * W - (fx / 160) * size);
    const y = Math.round(m.at[1] * H - (fy / 160) * size);
    const away = { right: [W, y], left: [-size, y], top: [x, -size] }[m.from];
    const drawn = ink(file);
    boxes[i] = { x: round((x + drawn.x) / W), y: round((y + drawn.y) / H), width: round(drawn.w / W), height: round(drawn.h / H) };
    inputs.push('-i', file);
    const end = Math.min(m.end, duration);
    filters.push(`[${last}][${input}]overlay=x=${slide(x, away[0], m, duration)}:y=${slide(y, away[1], m, duration)}:enable='between(t,${m.start},${end})'[p${i}]`);
    last = `p${i}`;
    input += 1;
  });
  inputs.push('-i', png(join(ART, `hud-${aspect}.svg`), `hud-${aspect}`, W, H));
  filters.push(`[${last}][${input}]overlay,format=yuv420p[out]`);
  // A music box's tune: a pentatonic note every half second, each dying away.
  const note = 'mod(floor(t*2)*3,5)';
  const tune = `0.15*sin(2*PI*t*523.25*pow(2,if(lt(${note},3),2*${note},2*${note}+1)/12))*exp(-6*mod(t,0.5))`;
  inputs.push('-f', 'lavfi', '-i', `aevalsrc=exprs='${tune}':s=44100:d=${duration}`);
  run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...inputs, '-filter_complex', filters.join(';'),
    '-map', '[out]', '-map', `${input + 1}:a`, '-r', FPS, ...ENC, '-t', duration, '-movflags', '+faststart', output]);
  return boxes;
}

/** WebVTT time: mm:ss.mmm. */
const vttTime = (s) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(3).padStart(6, '0')}`;
for (const lang of ['en', 'zh']) {
  const cues = scene.captions.map((c) => `${vttTime(c.start)} --> ${vttTime(c.end)}\n${c[lang]}\n`);
  writeFileSync(`${lang}.vtt`, `WEBVTT\n\n${cues.join('\n')}`);
}

try {
  const wide = draw('16x9', 'replay.mp4');
  const tall = draw('9x16', 'vertical.tmp.mp4');
  const frames = Object.fromEntries(Object.entries(scene.frames).map(([k, f]) => [k, { width: f.width, height: f.height, duration: f.duration }]));
  const moments = scene.moments.map((m, i) => ({
    productId: m.productId,
    start: m.start,
    end: m.end,
    rest: [m.start + TRAVEL, m.end - TRAVEL],
    at: { x: m.at[0], y: m.at[1] },
    box: { '16x9': wide[i], ...(tall[i] ? { '9x16': tall[i] } : {}) },
  }));
  const note = 'Written by scripts/make-scene.mjs from demo/art/scene.json: each moment\'s hotspot point (at) and drawn product box while it rests, as fractions of the frame.';
  writeFileSync('scene.json', `${JSON.stringify({ $comment: note, frames, moments }, null, 2)}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
