/**
 * The control bar: seek bar, play/pause, mute and volume, time, captions and speed menus, picture
 * in picture, full screen, and the element's `renderControlsEnd()` slot at the end. While live, a
 * LIVE badge replaces the total time; behind the live edge it is the go-to-live button and the time
 * shows how far behind.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatString } from '../../core/strings.js';
import type { CaptionOption } from './captions.js';
import { formatTime } from './format.js';
import * as icons from './icons.js';
import { renderMenu } from './menus.js';
import { renderSeekBar, type SeekBarContext } from './seek-bar.js';

/** The playback rates on offer. */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** Which menu is open. */
export type MenuName = 'rate' | 'captions';

/** What the control bar shows and does. */
export interface ControlsContext extends SeekBarContext {
  readonly paused: boolean;
  readonly muted: boolean;
  readonly volume: number;
  readonly rate: number;
  readonly captions: readonly CaptionOption[];
  /** The showing caption's id, -1 when off. */
  readonly caption: number;
  readonly menu: MenuName | undefined;
  readonly fullscreen: boolean;
  readonly canFullscreen: boolean;
  readonly pip: boolean;
  readonly canPip: boolean;
  /** Rendered at the end of the bar. */
  readonly end: unknown;
  readonly togglePlay: () => void;
  /** Pointer down on Play: start loading the engine before the click lands. */
  readonly warm: () => void;
  readonly toggleMute: () => void;
  readonly setVolume: (volume: number) => void;
  readonly setRate: (rate: number) => void;
  readonly setCaption: (id: number) => void;
  readonly toggleMenu: (menu: MenuName) => void;
  readonly closeMenu: (returnFocus: boolean) => void;
  readonly toggleFullscreen: () => void;
  readonly togglePip: () => void;
  /** Seek to the live edge and play. */
  readonly goToLive: () => void;
}

function renderTime(ctx: ControlsContext): TemplateResult {
  const s = ctx.strings;
  const live = ctx.live;
  if (!live) {
    return html`<span part="time" class="time">${formatTime(ctx.time)}<span aria-hidden="true"> / </span>${formatTime(ctx.duration)}</span>`;
  }
  // The badge says "Live"; a button at the edge too, so focus stays on it after going to live.
  return html`<button
      part=${live.isBehind ? 'live-badge go-live' : 'live-badge'}
      class="live-badge"
      aria-label=${live.isBehind ? s.goToLive : s.live}
      @click=${ctx.goToLive}
    >
      <span class="live-dot" aria-hidden="true"></span><span aria-hidden="true">${s.live}</span>
    </button>
    ${live.isBehind ? html`<span part="time" class="time">-${formatTime(live.behind)}</span>` : nothing}`;
}

/** Renders the control bar; see the module doc. */
export function renderControls(ctx: ControlsContext): TemplateResult {
  const s = ctx.strings;
  const level = ctx.muted ? 0 : ctx.volume;
  return html`
    ${renderSeekBar(ctx)}
    <div class="bar">
      <button part="control play-button" class="control" aria-label=${ctx.paused ? s.play : s.pause} @pointerdown=${ctx.warm} @click=${ctx.togglePlay}>
        ${ctx.paused ? icons.playIcon : icons.pauseIcon}
      </button>
      <div class="volume-group">
        <button part="control mute-button" class="control" aria-label=${ctx.muted ? s.unmute : s.mute} @click=${ctx.toggleMute}>
          ${ctx.muted || ctx.volume === 0 ? icons.mutedIcon : icons.volumeIcon}
        </button>
        <input
          part="volume"
          class="volume"
          type="range"
          min="0"
          max="1"
          step="0.05"
          aria-label=${s.volume}
          aria-valuetext=${`${Math.round(level * 100)}%`}
          .value=${String(level)}
          @input=${(e: Event) => ctx.setVolume(Number((e.target as HTMLInputElement).value))}
        />
      </div>
      ${renderTime(ctx)}
      <span class="spacer"></span>
      ${ctx.captions.length
        ? renderMenu({
            name: 'captions',
            part: 'captions-button',
            label: s.captions,
            face: icons.captionsIcon,
            open: ctx.menu === 'captions',
            toggle: () => ctx.toggleMenu('captions'),
            close: ctx.closeMenu,
            items: [
              { label: s.captionsOff, checked: ctx.caption < 0, select: () => ctx.setCaption(-1) },
              ...ctx.captions.map((c) => ({ label: c.label, lang: c.lang, checked: c.id === ctx.caption, select: () => ctx.setCaption(c.id) })),
            ],
          })
        : nothing}
      ${renderMenu({
        name: 'rate',
        part: 'rate-button',
        label: s.playbackRate,
        buttonLabel: `${s.playbackRate} ${formatString(s.speed, { rate: ctx.rate })}`,
        face: html`<span class="rate">${formatString(s.speed, { rate: ctx.rate })}</span>`,
        open: ctx.menu === 'rate',
        toggle: () => ctx.toggleMenu('rate'),
        close: ctx.closeMenu,
        items: RATES.map((r) => ({ label: formatString(s.speed, { rate: r }), checked: r === ctx.rate, select: () => ctx.setRate(r) })),
      })}
      ${ctx.canPip
        ? html`<button part="control pip-button" class="control" aria-label=${ctx.pip ? s.exitPip : s.pip} @click=${ctx.togglePip}>${icons.pipIcon}</button>`
        : nothing}
      ${ctx.canFullscreen
        ? html`<button part="control fullscreen-button" class="control" aria-label=${ctx.fullscreen ? s.exitFullscreen : s.fullscreen} @click=${ctx.toggleFullscreen}>
            ${ctx.fullscreen ? icons.exitFullscreenIcon : icons.fullscreenIcon}
          </button>`
        : nothing}
      ${ctx.end}
    </div>
  `;
}
