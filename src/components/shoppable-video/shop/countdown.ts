/**
 * A flash sale's countdown badge that ticks by itself: once a second it redraws its own text (an
 * AsyncDirective's `setValue`), not the player, and stops when it leaves the page or the offer ends.
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { formatTime } from '../../../core/media-time.js';
import { formatString, type Strings } from '../../../core/strings.js';

class CountdownDirective extends AsyncDirective {
  private timer?: ReturnType<typeof setInterval>;
  private endsAt = 0;
  private clock: () => number = Date.now;
  private strings?: Strings;

  render(endsAt: Date, wallClock: () => number, strings: Strings): TemplateResult {
    this.endsAt = endsAt.getTime();
    this.clock = wallClock;
    this.strings = strings;
    if (this.timer === undefined && this.isConnected) this.timer = setInterval(this.tick, 1000);
    return this.badge();
  }

  private badge(): TemplateResult {
    const left = Math.max(0, Math.round((this.endsAt - this.clock()) / 1000));
    const s = this.strings!;
    const text = left > 0 ? formatString(s.flashSaleEndsIn, { time: formatTime(left) }) : s.offerEnded;
    return html`<div class="flash-sale" part="flash-sale" ?data-ended=${left === 0}>${text}</div>`;
  }

  private readonly tick = (): void => {
    this.setValue(this.badge());
    if (this.endsAt <= this.clock()) this.stop();
  };

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  protected override disconnected(): void {
    this.stop();
  }

  protected override reconnected(): void {
    if (this.endsAt > this.clock()) this.timer = setInterval(this.tick, 1000);
  }
}

/** `${countdown(endsAt, wallClock, strings)}`: the badge, ticking once a second on its own. */
export const countdown = directive(CountdownDirective);
