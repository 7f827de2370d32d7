/**
 * `<shoppable-feed>`'s public events. Only the feed sends them, so they live apart from `events.ts`
 * (which re-exports them) and the player's script-tag entry does not carry them.
 * @module
 */

const init = { bubbles: true, composed: true } as const;

/** Detail of `shoppable-feed-open`, `shoppable-feed-close` and `shoppable-feed-change`. */
export interface FeedDetail {
  /** The show on screen (for `-close`, the one that was). */
  readonly showId: string;
  /** Its position in the feed, from 0. */
  readonly index: number;
  /** For `-change`: the show the shopper moved away from. */
  readonly previousShowId?: string;
}

/** Name of {@link ShoppableFeedOpenEvent}. */
export const FEED_OPEN = 'shoppable-feed-open';
/** Name of {@link ShoppableFeedCloseEvent}. */
export const FEED_CLOSE = 'shoppable-feed-close';
/** Name of {@link ShoppableFeedChangeEvent}. */
export const FEED_CHANGE = 'shoppable-feed-change';

/** `<shoppable-feed>` opened its full-screen player on a show (a tap, a key, `open()` or a deep link). */
export class ShoppableFeedOpenEvent extends CustomEvent<FeedDetail> {
  constructor(detail: FeedDetail) {
    super(FEED_OPEN, { ...init, detail });
  }
}

/** `<shoppable-feed>` closed its full-screen player (Escape, the close button, Back or `close()`). */
export class ShoppableFeedCloseEvent extends CustomEvent<FeedDetail> {
  constructor(detail: FeedDetail) {
    super(FEED_CLOSE, { ...init, detail });
  }
}

/** The shopper moved to another show of an open feed (swipe, wheel, arrow keys or buttons). */
export class ShoppableFeedChangeEvent extends CustomEvent<FeedDetail> {
  constructor(detail: FeedDetail) {
    super(FEED_CHANGE, { ...init, detail });
  }
}
