/**
 * The control bar: seek bar, play/pause, mute and volume, time, captions, audio, quality and speed
 * menus, picture in picture, full screen, and the element's `renderControlsEnd()` slot at the end.
 * While live, a LIVE badge replaces the total time; behind the live edge it is the go-to-live
 * button and the time shows how far behind. On a bar too narrow for everything, the controls named
 * in {@link LEAVING} leave it in that order: into the overflow ("More") menu, or, for the volume
 * slider and the time, out of sight (the mute button and the seek bar's value still carry them).
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BarItem } from '../../../core/bar-fit.js';
import { formatString } from '../../../core/strings.js';
import { styleProps } from '../../../directives/style-props.js';
import type { CaptionOption } from './captions.js';
import { formatTime } from '../../../core/media-time.js';
import * as icons from './bar-icons.js';
import { pipIcon, playIcon } from '../icons.js';
import { audioIcon, moreIcon, qualityIcon } from './settings-icons.js';
import { renderMenu, type MenuItem, type MenuSpec } from './menus.js';
import type { Rendition } from './renditions.js';
import { renderSeekBar, type SeekBarContext } from './seek-bar.js';

/** The playback rates on offer. */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** Which menu is open. */
export type MenuName = 'rate' | 'captions' | 'audio' | 'quality' | 'more';

/**
 * The controls that leave a narrow bar, first to leave first: the volume slider (phones have
 * buttons for it), then the settings, full screen last, and the time only when nothing else is left.
 */
export const LEAVING: readonly Omit<BarItem, 'width'>[] = [
  { name: 'volume', leave: 'hide' },
  { name: 'pip', leave: 'menu' },
  { name: 'audio', leave: 'menu' },
  { name: 'quality', leave: 'menu' },
  { name: 'captions', leave: 'menu' },
  { name: 'rate', leave: 'menu' },
  { name: 'fullscreen', leave: 'menu' },
  { name: 'time', leave: 'hide' },
];

/** What the control bar shows and does. */
export interface ControlsContext extends SeekBarContext {
  readonly paused: boolean;
  readonly muted: boolean;
  readonly volume: number;
  readonly rate: number;
  readonly captions: readonly CaptionOption[];
  /** The showing caption's id, -1 when off. */
  readonly caption: number;
  /** hls.js's alternate audio renditions (the menu shows from two on). */
  readonly audio: readonly Rendition[];
  readonly audioTrack: number;
  /** hls.js's quality levels, highest first (the menu shows from two on). */
  readonly levels: readonly Rendition[];
  /** The chosen level, -1 for automatic. */
  readonly level: number;
  readonly menu: MenuName | undefined;
  /** The names (of {@link LEAVING}) of the controls that left the bar. */
  readonly away: ReadonlySet<string>;
  readonly fullscreen: boolean;
  readonly canFullscreen: boolean;
  readonly pip: boolean;
  readonly canPip: boolean;
  /** Rendered at the end of the bar. */
  readonly end: unknown;
  readonly togglePlay: () => void;
  /** Pointer down on Play: start loading the engine before the click lands. */
  readonly prime: () => void;
  readonly toggleMute: () => void;
  readonly setVolume: (volume: number) => void;
  readonly setRate: (rate: number) => void;
  readonly setCaption: (id: number) => void;
  readonly setAudio: (id: number) => void;
  readonly setLevel: (id: number) => void;
  readonly toggleMenu: (menu: MenuName) => void;
  readonly closeMenu: (returnFocus: boolean) => void;
  readonly toggleFullscreen: () => void;
  readonly togglePip: () => void;
  /** Seek to the live edge and play. */
  readonly goToLive: () => void;
}

function renderTime(ctx: ControlsContext): TemplateResult | typeof nothing {
  const s = ctx.strings;
  const live = ctx.live;
  if (!live) {
    if (ctx.away.has('time')) return nothing;
    const total = formatTime(ctx.duration, ctx.locale);
    // Isolated and left to right like the seek bar (current time at its start), in every language:
    // inside an RTL bar, bidi reordering would otherwise turn "0:37 / 1:00" into "1:00 / 0:37".
    // The current time keeps the total's width, so the bar's layout does not move as it counts.
    return html`<span part="time" class="time" data-fit="time" dir="ltr"
      ><span class="current" ${styleProps({ minInlineSize: `${total.length}ch` })}>${formatTime(ctx.time, ctx.locale)}</span
      ><span aria-hidden="true"> / </span>${total}</span
    >`;
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
    ${live.isBehind ? html`<span part="time" class="time" dir="ltr">-${formatTime(live.behind, ctx.locale)}</span>` : nothing}`;
}

/** A settings control: a menu, or a button that acts. Either sits in the bar or in the overflow menu. */
type Setting = { name: string; menu: MenuSpec; hint?: string } | { name: string; button: TemplateResult; label: string; act: () => void };

function menuSpec(ctx: ControlsContext, name: MenuName, part: string, label: string, face: unknown, items: MenuItem[]): MenuSpec {
  return { name, part, label, face, items, open: ctx.menu === name, toggle: () => ctx.toggleMenu(name), close: ctx.closeMenu };
}

/** A setting that acts at once (picture in picture, full screen): an icon button in the bar. */
function action(name: string, label: string, act: () => void, face: unknown): Setting {
  const button = html`<button part="control ${name}-button" class="control" data-fit=${name} aria-label=${label} @click=${act}>${face}</button>`;
  return { name, label, act, button };
}

/** The settings on offer now, in bar order. */
function settings(ctx: ControlsContext): Setting[] {
  const s = ctx.strings;
  const out: Setting[] = [];
  const speed = (rate: number) => formatString(s.speed, { rate });
  if (ctx.captions.length) {
    const items = [
      { label: s.captionsOff, checked: ctx.caption < 0, select: () => ctx.setCaption(-1) },
      ...ctx.captions.map((c) => ({ label: c.label, lang: c.lang, checked: c.id === ctx.caption, select: () => ctx.setCaption(c.id) })),
    ];
    out.push({ name: 'captions', menu: menuSpec(ctx, 'captions', 'captions-button', s.captions, icons.captionsIcon, items), hint: items.find((i) => i.checked)?.label });
  }
  if (ctx.audio.length > 1) {
    const items = ctx.audio.map((a) => ({ label: a.label, lang: a.lang, checked: a.id === ctx.audioTrack, select: () => ctx.setAudio(a.id) }));
    out.push({ name: 'audio', menu: menuSpec(ctx, 'audio', 'audio-button', s.audio, audioIcon, items), hint: items.find((i) => i.checked)?.label });
  }
  if (ctx.levels.length > 1) {
    const items = [
      { label: s.auto, checked: ctx.level < 0, select: () => ctx.setLevel(-1) },
      ...ctx.levels.map((l) => ({ label: l.label, checked: l.id === ctx.level, select: () => ctx.setLevel(l.id) })),
    ];
    out.push({ name: 'quality', menu: menuSpec(ctx, 'quality', 'quality-button', s.quality, qualityIcon, items), hint: items.find((i) => i.checked)?.label });
  }
  const rate = menuSpec(
    ctx,
    'rate',
    'rate-button',
    s.playbackRate,
    html`<span class="rate">${speed(ctx.rate)}</span>`,
    RATES.map((r) => ({ label: speed(r), checked: r === ctx.rate, select: () => ctx.setRate(r) })),
  );
  out.push({ name: 'rate', menu: { ...rate, buttonLabel: `${s.playbackRate} ${speed(ctx.rate)}` }, hint: speed(ctx.rate) });
  if (ctx.canPip) out.push(action('pip', ctx.pip ? s.exitPip : s.pip, ctx.togglePip, pipIcon));
  if (ctx.canFullscreen) {
    const face = ctx.fullscreen ? icons.exitFullscreenIcon : icons.fullscreenIcon;
    out.push(action('fullscreen', ctx.fullscreen ? s.exitFullscreen : s.fullscreen, ctx.toggleFullscreen, face));
  }
  return out;
}

/**
 * The overflow button and its menu: the settings that left the bar, each opening its own menu in
 * the same place (or acting, for picture in picture and full screen).
 */
function renderMore(ctx: ControlsContext, away: Setting[]): TemplateResult | typeof nothing {
  if (!away.length) return nothing;
  const s = ctx.strings;
  const sub = away.find((a): a is Extract<Setting, { menu: MenuSpec }> => 'menu' in a && ctx.menu === a.name)?.menu;
  const entries: MenuItem[] = away.map((a) =>
    'menu' in a
      ? { label: a.menu.label, hint: a.hint, submenu: true, select: a.menu.toggle }
      : {
          label: a.label,
          select: () => {
            ctx.closeMenu(true);
            a.act();
          },
        },
  );
  return renderMenu({
    name: 'more',
    part: 'more-button',
    label: sub?.label ?? s.more,
    buttonLabel: s.more,
    face: moreIcon,
    items: sub?.items ?? entries,
    open: !!sub || ctx.menu === 'more',
    toggle: sub?.toggle ?? (() => ctx.toggleMenu('more')),
    close: ctx.closeMenu,
  });
}

/** Renders the control bar; see the module doc. */
export function renderControls(ctx: ControlsContext): TemplateResult {
  const s = ctx.strings;
  const level = ctx.muted ? 0 : ctx.volume;
  const all = settings(ctx);
  const away = all.filter((a) => ctx.away.has(a.name));
  return html`
    ${renderSeekBar(ctx)}
    <div class="bar">
      <button part="control play-button" class="control" aria-label=${ctx.paused ? s.play : s.pause} @pointerdown=${ctx.prime} @click=${ctx.togglePlay}>
        ${ctx.paused ? playIcon : icons.pauseIcon}
      </button>
      <div class="volume-group">
        <button part="control mute-button" class="control" aria-label=${ctx.muted ? s.unmute : s.mute} @click=${ctx.toggleMute}>
          ${ctx.muted || ctx.volume === 0 ? icons.mutedIcon : icons.volumeIcon}
        </button>
        ${ctx.away.has('volume')
          ? nothing
          : html`<input
              part="volume"
              class="volume"
              data-fit="volume"
              type="range"
              min="0"
              max="1"
              step="0.05"
              aria-label=${s.volume}
              aria-valuetext=${`${Math.round(level * 100)}%`}
              .value=${String(level)}
              @input=${(e: Event) => ctx.setVolume(Number((e.target as HTMLInputElement).value))}
            />`}
      </div>
      ${renderTime(ctx)}
      <span class="spacer"></span>
      ${all.map((a) => (ctx.away.has(a.name) ? nothing : 'menu' in a ? renderMenu(a.menu) : a.button))}
      ${renderMore(ctx, away)}
      ${ctx.end}
    </div>
  `;
}
