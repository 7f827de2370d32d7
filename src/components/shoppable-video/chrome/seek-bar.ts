/**
 * The seek bar: a `role="slider"` timeline (arrows ±5 s, PageUp/PageDown ±10 %, Home, End,
 * pointer drag) showing the buffered range and the progress, with timeline markers laid over it
 * as buttons that seek to their time. While live, the bar spans the DVR window (from the seekable
 * start to the live edge) and reads as the time behind live.
 *
 * It runs left to right in every language, as Chromium's own `<video controls>` (its control panel
 * is `direction: ltr`) and YouTube's player do in Arabic and Hebrew: media time is not text, and a
 * shopper moving between players meets the same bar. The arrow keys follow what is drawn
 * (→ forward), and so does the pointer maths. See docs/accessibility.md.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { styleProps } from '../../../directives/style-props.js';
import { formatString, type Strings } from '../../../core/strings.js';
import { clamp } from '../../../core/clamp.js';
import { formatTime } from '../../../core/media-time.js';
import { MAX_MARKER_COLUMNS, markerColumns } from '../../../core/marker-columns.js';
import type { LiveWindow } from './live.js';

/** A point of interest on the timeline (the lead sets one per product moment). */
export interface TimelineMarker {
  readonly id: string;
  /** Media time in seconds. */
  readonly time: number;
  /** Tooltip and accessible name. */
  readonly label: string;
}

/** What the seek bar shows and does. */
export interface SeekBarContext {
  readonly strings: Strings;
  /** The UI locale: the digits of the times. */
  readonly locale: string;
  readonly time: number;
  /** Seconds; 0 while unknown. While live: the live edge (the bar's end). */
  readonly duration: number;
  /** The bar's start: 0, or while live the window's seekable start. */
  readonly start: number;
  /** The live window while the source is live. */
  readonly live: LiveWindow | undefined;
  readonly bufferedEnd: number;
  readonly markers: readonly TimelineMarker[];
  /** The bar's width in device pixels, when measured: a dense show draws at most a tick per pixel column. */
  readonly columns?: number;
  readonly seek: (time: number) => void;
}

const STEP = 5;

function onKeydown(e: KeyboardEvent, ctx: SeekBarContext): void {
  const d = ctx.duration;
  const page = Math.max(10, (d - ctx.start) / 10);
  const to: Record<string, number> = {
    ArrowRight: ctx.time + STEP,
    ArrowUp: ctx.time + STEP,
    ArrowLeft: ctx.time - STEP,
    ArrowDown: ctx.time - STEP,
    PageUp: ctx.time + page,
    PageDown: ctx.time - page,
    Home: ctx.start,
    End: d,
  };
  if (!(e.key in to) || !d) return;
  e.preventDefault();
  ctx.seek(clamp(to[e.key], ctx.start, d));
}

function timeAt(e: PointerEvent, ctx: SeekBarContext): number {
  const el = e.currentTarget as HTMLElement;
  const rect = (el.querySelector('.track') ?? el).getBoundingClientRect();
  return ctx.start + clamp((e.clientX - rect.left) / rect.width, 0, 1) * (ctx.duration - ctx.start);
}

function onPointerdown(e: PointerEvent, ctx: SeekBarContext): void {
  if (e.button !== 0 || !ctx.duration) return;
  (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  ctx.seek(timeAt(e, ctx));
}

function onPointermove(e: PointerEvent, ctx: SeekBarContext): void {
  const el = e.currentTarget as HTMLElement;
  if (ctx.duration && el.hasPointerCapture?.(e.pointerId)) ctx.seek(timeAt(e, ctx));
}

/** Renders the seek bar; see the module doc. */
export function renderSeekBar(ctx: SeekBarContext): TemplateResult {
  const d = ctx.duration;
  const from = ctx.start;
  const span = d - from;
  const fraction = (t: number) => (span > 0 ? clamp((t - from) / span, 0, 1) : 0);
  const time = d ? clamp(ctx.time, from, d) : ctx.time;
  const live = ctx.live;
  const text = live
    ? live.isBehind
      ? formatString(ctx.strings.behindLive, { time: formatTime(live.behind, ctx.locale) })
      : ctx.strings.live
    : formatString(ctx.strings.seekValue, { current: formatTime(time, ctx.locale), duration: formatTime(d, ctx.locale) });
  return html`<div class="timeline-wrap">
    <div
      part="timeline"
      class="timeline"
      role="slider"
      tabindex="0"
      aria-label=${ctx.strings.seek}
      aria-valuemin=${Math.floor(from)}
      aria-valuemax=${Math.floor(d)}
      aria-valuenow=${Math.floor(d ? time : 0)}
      aria-valuetext=${text}
      @keydown=${(e: KeyboardEvent) => onKeydown(e, ctx)}
      @pointerdown=${(e: PointerEvent) => onPointerdown(e, ctx)}
      @pointermove=${(e: PointerEvent) => onPointermove(e, ctx)}
    >
      <div class="track">
        <div part="buffered" class="buffered" ${styleProps({ transform: `scaleX(${fraction(ctx.bufferedEnd)})` })}></div>
        <div part="progress" class="progress" ${styleProps({ transform: `scaleX(${fraction(time)})` })}></div>
      </div>
    </div>
    ${guard([ctx.markers, from, d, ctx.strings, ctx.locale, ctx.columns], () => renderMarkers(ctx, from, d, fraction))}
  </div>`;
}

/** The most markers drawn as buttons; a denser show's are one layer. */
export const MARKER_BUTTONS = 40;

/** Columns of the ticks layer while the bar's width is unknown. */
const DEFAULT_COLUMNS = 1000;

/**
 * The markers layer; guarded by the caller, so thousands of markers cost nothing per frame. Up to
 * {@link MARKER_BUTTONS} markers are buttons (each seeks to its moment, with its product's name);
 * a denser show's are one SVG path of ticks, drawn once, at most one per pixel column of the bar
 * (core/marker-columns), and the seek bar itself seeks: thousands of buttons would be thousands of
 * elements and tab stops, too close together to tap.
 */
function renderMarkers(ctx: SeekBarContext, from: number, d: number, fraction: (t: number) => number) {
  if (!(d > 0)) return nothing;
  let inRange = 0;
  for (const m of ctx.markers) if (m.time >= from && m.time <= d && ++inRange > MARKER_BUTTONS) break;
  if (!inRange) return nothing;
  if (inRange > MARKER_BUTTONS) {
    const width = Math.min(MAX_MARKER_COLUMNS, Math.max(1, Math.floor(ctx.columns || DEFAULT_COLUMNS)));
    const columns = markerColumns(
      ctx.markers.map((m) => m.time),
      from,
      d,
      width,
    );
    let path = '';
    for (const c of columns) path += `M${c + 0.5} 0v10`;
    return html`<div class="markers">
      <svg part="markers-layer" class="markers-layer" viewBox="0 0 ${width} 10" preserveAspectRatio="none" aria-hidden="true">
        <path d=${path} />
      </svg>
    </div>`;
  }
  const markers = ctx.markers.filter((m) => m.time >= from && m.time <= d);
  return html`<div class="markers">
    ${markers.map((m) => {
      // A plain map, not repeat(): the layer re-renders only when the markers or the window
      // change (guard), and the entry then carries no keyed-list directive.
      const name = formatString(ctx.strings.productAt, { title: m.label, time: formatTime(m.time, ctx.locale) });
      return html`<button
        part="marker"
        class="marker"
        ${styleProps({ left: `${fraction(m.time) * 100}%` })}
        aria-label=${name}
        @click=${() => ctx.seek(m.time)}
      >
        <span part="marker-label" class="marker-label" aria-hidden="true">${m.label}</span>
      </button>`;
    })}
  </div>`;
}
