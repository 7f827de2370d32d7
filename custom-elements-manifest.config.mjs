// Configuration of `cem analyze` (npm run manifest), read automatically; the CLI flags in
// package.json still choose the files. One plugin tidies the events the analyzer lists.
//
// The analyzer records every `dispatchEvent(new X(...))` as an event, but it cannot read a name
// that comes from a constant: `new ShoppableProductClickEvent(...)` arrives without a name, and
// `new CustomEvent(LIST_CLOSE, ...)` with the name "LIST_CLOSE". The JSDoc `@fires` tags name
// every event already, so nameless entries only add their type to the matching `@fires` entry
// (by the convention `ShoppableProductClickEvent` ↔ `shoppable-product-click`), constant names are
// resolved from the constants in the manifest, each event is listed once, and an event without a
// type gets its class by the same convention when the manifest has that class.
//
// The player re-dispatches the inner video's events (`MEDIA_EVENTS` in media/media-state.ts): its
// JSDoc documents them with one `@fires play - Re-dispatched from the inner video, ...` entry, and
// each name of that list is added as an event of its own, so the list in the code is the only one.

const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase());
const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** `ShoppableProductClickEvent` → `shoppable-product-click`; undefined for other types. */
const eventNameOfClass = (typeText) => {
  const match = /^(Shoppable\w+)Event$/.exec(typeText ?? '');
  return match ? kebab(match[1]) : undefined;
};

function tidyEvents() {
  return {
    name: 'shoppable-tidy-events',
    packageLinkPhase({ customElementsManifest }) {
      const constants = new Map();
      const classes = new Set();
      let mediaEvents = [];
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind === 'class') classes.add(decl.name);
          if (decl.name === 'MEDIA_EVENTS') mediaEvents = [...(decl.default ?? '').matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
          const literal = decl.kind === 'variable' ? /^(['"])([\w-]+)\1$/.exec(decl.default ?? '') : null;
          if (literal) constants.set(decl.name, literal[2]);
        }
      }
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.events) continue;
          const byName = new Map();
          for (const event of decl.events) {
            let name = event.name;
            if (name && /^[A-Z][A-Z0-9_]*$/.test(name)) name = constants.get(name);
            name ??= eventNameOfClass(event.type?.text);
            if (!name) continue;
            const known = byName.get(name) ?? { name };
            if (event.description && !known.description) known.description = event.description;
            if (event.type?.text && event.type.text !== 'CustomEvent') known.type = event.type;
            else if (event.type && !known.type) known.type = event.type;
            byName.set(name, known);
          }
          for (const event of byName.values()) {
            const eventClass = `${pascal(event.name)}Event`;
            if ((!event.type || event.type.text === 'CustomEvent') && classes.has(eventClass)) event.type = { text: eventClass };
          }
          const media = [...byName.values()].find((e) => /^Re-dispatched from the inner video/.test(e.description ?? ''));
          for (const name of media ? mediaEvents : []) {
            if (!byName.has(name)) byName.set(name, { name, description: `Re-dispatched from the inner video (\`${name}\`).` });
          }
          decl.events = [...byName.values()];
        }
      }
    },
  };
}

export default {
  plugins: [tidyEvents()],
};
