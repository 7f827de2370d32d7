/**
 * The player's interaction state and actions: what the control bar shows (its context), the open
 * menu, full screen, auto-hiding, keyboard shortcuts, pointer handling and the time display (a
 * subscriber of the media clock, four steps a second while the controls show). The element owns
 * the media; this controller owns how a viewer drives it.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClockSubscriber } from '../../../controllers/playback-clock.js';
import type { PlayerMedia } from '../media/player-media.js';
import type { Strings } from '../../../core/strings.js';
import { AutoHideController } from './autohide.js';
import { listCaptions, selectCaption, selectedCaption } from './captions.js';
import type { ControlsContext, MenuName } from './controls.js';
import { BarFitController } from './fit.js';
import { clamp } from '../../../core/clamp.js';
import { formatTime } from '../../../core/media-time.js';
import { FULLSCREEN_EVENTS, fullscreenElement, fullscreenEnabled, toggleFullscreen } from './fullscreen.js';
import { liveEdge, liveWindow, type LiveWindow } from './live.js';
import { listAudio, listLevels, selectAudio, selectLevel, selectedAudio, selectedLevel } from './renditions.js';
import type { TimelineMarker } from './seek-bar.js';

/** Media seconds between two updates of the time display and progress bar while playing. */
const TIME_STEP = 0.25;

/** See the module doc. */
export class PlayerUiController implements ReactiveController {
  /** The open settings menu. */
  menu: MenuName | undefined;
  /** True while the host is the page's full-screen element. */
  fullscreen = false;
  readonly autohide: AutoHideController;
  /** Which controls leave a narrow bar. */
  readonly fit: BarFitController;
  private fitState = { key: '', present: [] as string[] };
  private lastCaption = -1;
  private pointerType = '';
  private shownTime = NaN;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly media: PlayerMedia,
  ) {
    this.autohide = new AutoHideController(host, () => this.canHide());
    this.fit = new BarFitController(host, () => this.fitState);
    // Last: a connected host connects its controllers at once, and the time display asks autohide.
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of FULLSCREEN_EVENTS) document.addEventListener(type, this.onFullscreenChange);
    this.unsubscribe = this.media.clock.subscribe(this.timeDisplay);
  }

  hostDisconnected(): void {
    for (const type of FULLSCREEN_EVENTS) document.removeEventListener(type, this.onFullscreenChange);
    this.unsubscribe?.();
    this.menu = undefined;
  }

  /**
   * The time display steps four times a second, as a `<video>`'s own controls do on `timeupdate`,
   * and not at all while the controls are hidden; while paused, every sample (a seek) shows.
   */
  private readonly timeDisplay: ClockSubscriber = {
    sample: (time) => {
      if (!this.media.video.paused && (this.controlsHidden || Math.abs(time - this.shownTime) < TIME_STEP)) return;
      this.shownTime = time;
      this.host.requestUpdate();
    },
    next: (time) => (this.controlsHidden ? Infinity : time + TIME_STEP),
  };

  /** True while the controls are hidden (never while paused). */
  get controlsHidden(): boolean {
    return this.autohide.hidden && !this.media.video.paused;
  }

  /** The control bar's context. */
  context(strings: Strings, locale: string, time: number, markers: readonly TimelineMarker[], end: unknown): ControlsContext {
    const video = this.media.video;
    const hls = this.media.engine.hls;
    const buffered = video.buffered;
    // The playhead itself, not the sampled `time`: a live start jumps to the edge between samples.
    const live = liveWindow(video, hls, video.currentTime);
    return {
      strings,
      time,
      // Before the video knows its length, a replay's playlist may (see MediaEngine.playlistDuration).
      duration: live ? live.edge : Number.isFinite(video.duration) ? video.duration : this.media.engine.playlistDuration,
      start: live ? live.start : 0,
      live,
      bufferedEnd: buffered.length ? buffered.end(buffered.length - 1) : 0,
      markers,
      // Device pixels: a dense show's ticks are summarised to one per pixel column.
      columns: Math.ceil(this.fit.barWidth * devicePixelRatio),
      ...this.settings(strings, locale, live),
      paused: video.paused,
      muted: video.muted,
      volume: video.volume,
      rate: video.playbackRate,
      menu: this.menu,
      fullscreen: this.fullscreen,
      pip: document.pictureInPictureElement === video,
      end,
      seek: this.media.seek,
      togglePlay: this.togglePlay,
      prime: this.media.prime,
      toggleMute: this.toggleMute,
      setVolume: this.setVolume,
      setRate: this.setRate,
      setCaption: this.setCaption,
      setAudio: this.setAudio,
      setLevel: this.setLevel,
      toggleMenu: this.toggleMenu,
      closeMenu: this.closeMenu,
      toggleFullscreen: this.toggleFullscreen,
      togglePip: this.togglePip,
      goToLive: this.goToLive,
    };
  }

  /** The bar's settings on offer, and what the bar fit compares to know when to measure again. */
  private settings(strings: Strings, locale: string, live: LiveWindow | undefined) {
    const video = this.media.video;
    const hls = this.media.engine.hls;
    const captions = listCaptions(hls, video);
    const audio = listAudio(hls);
    const levels = listLevels(hls, locale);
    const canFullscreen = fullscreenEnabled();
    const canPip = !!document.pictureInPictureEnabled && !video.disablePictureInPicture;
    // While live, the badge (which stays) replaces the time (which may leave).
    const present = live ? ['volume', 'rate'] : ['volume', 'rate', 'time'];
    if (captions.length) present.push('captions');
    if (audio.length > 1) present.push('audio');
    if (levels.length > 1) present.push('quality');
    if (canPip) present.push('pip');
    if (canFullscreen) present.push('fullscreen');
    // What changes the widths of the bar's items (see BarFitController); cheap to compare.
    const length = live ? strings.live + +live.isBehind : formatTime(video.duration);
    const key = `${locale}|${present.join()}|${strings.speed}${video.playbackRate}|${length}`;
    if (key !== this.fitState.key) this.fitState = { key, present };
    return {
      locale,
      captions,
      caption: selectedCaption(hls, video),
      audio,
      audioTrack: selectedAudio(hls),
      levels,
      level: selectedLevel(hls),
      away: this.fit.away,
      canFullscreen,
      canPip,
    };
  }

  /** Seeks to the live edge (hls.js's sync position, else the seekable end) and plays. */
  readonly goToLive = (): void => {
    const edge = liveEdge(this.media.video, this.media.engine.hls);
    if (edge === undefined) return;
    this.media.seek(edge);
    if (this.media.video.paused) this.media.play().catch(() => {});
  };

  readonly togglePlay = (): void => {
    const video = this.media.video;
    if (video.paused || video.ended) this.media.play().catch(() => {});
    else this.media.pause();
  };

  private readonly toggleMute = (): void => {
    const video = this.media.video;
    video.muted = !video.muted;
    if (!video.muted && video.volume === 0) video.volume = 0.5;
  };

  private readonly setVolume = (volume: number): void => {
    this.media.video.volume = clamp(volume, 0, 1);
    this.media.video.muted = volume <= 0;
  };

  private readonly setRate = (rate: number): void => {
    this.media.video.playbackRate = rate;
    void this.closeMenu(true);
  };

  private readonly setCaption = (id: number): void => {
    if (id >= 0) this.lastCaption = id;
    selectCaption(this.media.engine.hls, this.media.video, id);
    this.host.requestUpdate();
    void this.closeMenu(true);
  };

  private readonly setAudio = (id: number): void => {
    selectAudio(this.media.engine.hls, id);
    this.host.requestUpdate();
    void this.closeMenu(true);
  };

  private readonly setLevel = (id: number): void => {
    selectLevel(this.media.engine.hls, id);
    this.host.requestUpdate();
    void this.closeMenu(true);
  };

  private toggleCaptions(): void {
    const list = listCaptions(this.media.engine.hls, this.media.video);
    if (!list.length) return;
    const on = selectedCaption(this.media.engine.hls, this.media.video) >= 0;
    const pick = list.find((c) => c.id === this.lastCaption) ?? list[0];
    selectCaption(this.media.engine.hls, this.media.video, on ? -1 : pick.id);
    this.host.requestUpdate();
  }

  private readonly toggleMenu = async (menu: MenuName): Promise<void> => {
    this.menu = this.menu === menu ? undefined : menu;
    this.autohide.show();
    this.host.requestUpdate();
    if (!this.menu) return;
    await this.host.updateComplete;
    const list = this.root.querySelector<HTMLElement>('.menu[role="menu"]');
    const player = this.root.querySelector('.player');
    // A menu taller than the room above the bar (a 16:9 phone player is 180 px high) scrolls; one
    // wider than the room left of its button (German labels) moves right, up to the player's edge,
    // and past that wraps. Measured once per opening; set through the CSSOM (allowed by a strict CSP).
    if (list?.parentElement && player) {
      const wrap = list.parentElement.getBoundingClientRect();
      const box = player.getBoundingClientRect();
      list.style.right = list.style.maxInlineSize = '';
      const room = wrap.right - box.left - 8;
      const shift = clamp(list.getBoundingClientRect().width - room, 0, box.right - 8 - wrap.right);
      list.style.right = `${-shift}px`;
      list.style.maxInlineSize = `${Math.max(room + shift, 120)}px`;
      list.style.maxBlockSize = `${Math.max(wrap.top - box.top - 12, 64)}px`;
    }
    list?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  };

  private readonly closeMenu = async (returnFocus: boolean): Promise<void> => {
    const menu = this.menu;
    if (!menu) return;
    this.menu = undefined;
    this.autohide.poke();
    this.host.requestUpdate();
    if (!returnFocus) return;
    await this.host.updateComplete;
    // A menu opened from the overflow menu returns focus to the overflow button.
    (this.root.querySelector<HTMLElement>(`[data-menu="${menu}"]`) ?? this.root.querySelector<HTMLElement>('[data-menu="more"]'))?.focus();
  };

  private readonly toggleFullscreen = (): void => {
    toggleFullscreen(this.host).catch(() => {});
  };

  private readonly togglePip = (): void => {
    const video = this.media.video;
    if (document.pictureInPictureElement === video) document.exitPictureInPicture().catch(() => {});
    else video.requestPictureInPicture().catch(() => {});
  };

  private readonly onFullscreenChange = (): void => {
    this.fullscreen = fullscreenElement() === this.host;
    this.host.requestUpdate();
  };

  /** Pointer activity on the player: remember the pointer type and show the controls. */
  readonly onPointer = (e: PointerEvent): void => {
    this.pointerType = e.pointerType;
    this.autohide.poke();
  };

  /** A mouse click on the picture plays or pauses; a tap only shows the controls. */
  readonly onSurfaceClick = (): void => {
    if (this.pointerType === 'mouse') this.togglePlay();
  };

  /** The keyboard shortcuts (see the element's doc); keys inside menus and text fields are left alone. */
  readonly onKeydown = (e: KeyboardEvent): void => {
    this.autohide.poke();
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.composedPath()[0] as HTMLElement;
    if (target.closest?.('[role="menu"], input, select, textarea, [contenteditable]')) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const video = this.media.video;
    if (key === ' ' && target.localName === 'button') return; // the button's own activation
    if (key === ' ' || key === 'k') this.togglePlay();
    else if (key === 'ArrowLeft' || key === 'ArrowRight') this.media.seek(video.currentTime + (key === 'ArrowLeft' ? -5 : 5));
    else if (key === 'ArrowUp' || key === 'ArrowDown') this.setVolume(video.volume + (key === 'ArrowUp' ? 0.1 : -0.1));
    else if (key === 'm') this.toggleMute();
    else if (key === 'c') this.toggleCaptions();
    else if (key === 'f' && fullscreenEnabled()) this.toggleFullscreen();
    else return;
    e.preventDefault();
  };

  private get root(): ParentNode {
    return this.host.shadowRoot ?? this.host;
  }

  private canHide(): boolean {
    return (
      !this.media.video.paused && !this.menu && !this.media.engine.failure && !this.root.querySelector('.controls :focus-visible')
    );
  }
}
