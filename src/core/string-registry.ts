/**
 * The strings registry behind `strings.ts`: every language's table and the lookup through shorter
 * tags to English. It is in the script-tag entry without the English table, which is most of the
 * entry's text and drawn only by the lazy chunks: `strings.ts` (the public face, with `en`) comes
 * with every chunk that draws text and hands the table over as it loads. Until then English is
 * the few strings the entry draws itself ({@link entryEnglish}).
 * @module
 */

type Table = Readonly<Partial<Record<string, string>>>;

/** The English the entry draws before any chunk is in: the player's label, Play and the media error box. */
export const entryEnglish = {
  player: 'Video player',
  play: 'Play',
  retry: 'Retry',
  mediaError: 'This video could not be played.',
};

let english: Table = entryEnglish;
// Tags whose lookup starts over from English there instead of going on to shorter tags (see
// markEnglish), each table in two layers: `under` registrations (the built-in tables, which
// English and the page's entries override) and the page's own.
const englishTags = new Set(['en']);
const under: Record<string, Table> = {};
const over: Record<string, Table> = {};
// lookupStrings's answers, by locale (and by overrides object): elements ask several times a render.
let memo = new Map<string, Table>();
let memoWith = new WeakMap<object, Map<string, Table>>();

const forget = (): void => {
  memo = new Map();
  memoWith = new WeakMap();
};

/** Makes `table` the English every lookup starts from (once, as `strings.ts` loads). */
export function useEnglish(table: Table): void {
  if (english === table) return;
  english = table;
  forget();
}

/** Makes `tag` English, as `en` is: its lookup never reaches shorter tags' tables, only its own entries. */
export function markEnglish(tag: string): void {
  englishTags.add(tag.toLowerCase());
  forget();
}

/** See `registerStrings` in `strings.ts`. */
export function registerStrings(lang: string, table: Table, options?: { under?: boolean }): void {
  const key = lang.toLowerCase();
  const layer = options?.under ? under : over;
  // An `under` table is laid below what is there; any other over it.
  layer[key] = options?.under ? { ...table, ...layer[key] } : { ...layer[key], ...table };
  forget();
}

/** See `stringsFor` in `strings.ts`: the same answer, with the English this module has now. */
export function lookupStrings(locale: string | undefined, overrides?: Table): Table {
  const key = (locale ?? 'en').toLowerCase();
  let cache = memo;
  if (overrides) {
    cache = memoWith.get(overrides) ?? new Map();
    memoWith.set(overrides, cache);
  }
  let strings = cache.get(key);
  if (!strings) {
    const chain: Table[] = [];
    const parts = key.split('-');
    for (let i = parts.length; i > 0; i--) {
      const tag = parts.slice(0, i).join('-');
      // Pushed longest tag first and reversed below: a tag's own entries, then English, then its `under` table.
      chain.push(over[tag] ?? {});
      if (englishTags.has(tag)) chain.push(english);
      chain.push(under[tag] ?? {});
    }
    strings = Object.assign({}, english, ...chain.reverse(), overrides) as Table;
    cache.set(key, strings);
  }
  return strings;
}
