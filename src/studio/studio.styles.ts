import { css } from 'lit';

/** The studio's layout: a toolbar, the stage (preview and timeline) and a side panel; one column when narrow. */
export const styles = css`
  :host {
    display: block;
    color: var(--_sv-text);
    background: var(--_sv-surface);
    font-family: var(--_sv-font);
    font-size: var(--_sv-font-size);
    --_st-accent: var(--_sv-accent);
    --_st-error: var(--_sv-error);
    --_st-focus: var(--_sv-focus);
    --_st-muted: var(--_sv-muted);
    --_st-line: var(--_sv-border);
    --_st-soft: color-mix(in srgb, var(--_sv-border) 40%, transparent);
  }
  * { box-sizing: border-box; }
  button, input, select, textarea { font: inherit; color: inherit; }
  button { min-height: 2.25rem; padding: 0 0.75rem; border: 1px solid var(--_sv-border); border-radius: 6px; background: var(--_sv-surface); cursor: pointer; }
  button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
    outline: 3px solid var(--_sv-focus); outline-offset: 1px;
  }
  button.primary { background: var(--_sv-accent); color: var(--_sv-on-accent); border-color: transparent; }
  header { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.5rem 0.75rem; border-block-end: 1px solid var(--_sv-border); }
  header h1 { font-size: 1.1rem; margin: 0; margin-inline-end: auto; }
  header form { display: flex; gap: 0.25rem; flex: 1 1 20rem; }
  header form input { flex: 1; min-width: 8rem; min-height: 2.25rem; }
  .group { display: flex; gap: 0.25rem; align-items: center; }
  main { display: grid; grid-template-columns: minmax(0, 1.6fr) minmax(20rem, 1fr); gap: 1rem; padding: 0.75rem; }
  @media (max-width: 60rem) { main { grid-template-columns: 1fr; } }
  .stage { min-width: 0; }
  .stage:focus-visible { outline: none; }
  .preview-tools { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-block-end: 0.5rem; }
  .frame { position: relative; margin-inline: auto; }
  .frame.phone { width: 390px; max-width: 100%; }
  .frame shoppable-video { display: block; width: 100%; }
  shoppable-studio-hotspots { z-index: 1; }
  shoppable-studio-timeline { margin-block-start: 0.75rem; }
  .status { min-height: 1.5rem; color: var(--_sv-muted); margin: 0.25rem 0; }
  .status .rec { color: var(--_sv-error); }
  aside { min-width: 0; }
  [role='tablist'] { display: flex; gap: 0.25rem; border-block-end: 1px solid var(--_sv-border); margin-block-end: 0.5rem; }
  [role='tab'] { border-radius: 6px 6px 0 0; border-block-end: none; }
  [role='tab'][aria-selected='true'], [role='radio'][aria-checked='true'] { background: var(--_sv-accent); color: var(--_sv-on-accent); }
  .hint { color: var(--_sv-muted); margin: 0 0 0.5rem; }
  .import { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin-block-end: 0.5rem; }
  ol, ul { padding: 0; margin: 0; list-style: none; }
  .product, .market { border: 1px solid var(--_sv-border); border-radius: 8px; margin-block-end: 0.4rem; }
  .product.bad { border-color: var(--_sv-error); }
  summary { display: flex; gap: 0.5rem; align-items: center; padding: 0.4rem 0.5rem; cursor: pointer; }
  summary .name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  summary .meta { color: var(--_sv-muted); font-size: var(--_sv-font-size-small); }
  kbd { display: inline-block; min-width: 1.6rem; text-align: center; border: 1px solid var(--_sv-border); border-radius: 4px; font: 600 0.85rem/1.5 ui-monospace, monospace; }
  .rec { color: var(--_sv-error); }
  .warn, .issues { color: var(--_sv-error); }
  .issues { padding: 0 0.5rem 0.5rem; font-size: var(--_sv-font-size-small); }
  .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.4rem 0.75rem; padding: 0.5rem; }
  .field { display: flex; flex-direction: column; gap: 0.15rem; font-size: var(--_sv-font-size-small); }
  .field input { min-height: 2rem; padding: 0 0.4rem; border: 1px solid var(--_sv-border); border-radius: 4px; background: var(--_sv-surface); }
  form.add { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.4rem; align-items: end; margin-block-start: 0.75rem; }
  fieldset { border: none; display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.4rem; }
  legend { font-weight: 600; }
  table { grid-column: 1 / -1; border-collapse: collapse; font-size: var(--_sv-font-size-small); }
  caption { text-align: start; color: var(--_sv-muted); }
  th, td { text-align: start; padding: 0.15rem 0.4rem; border-block-end: 1px solid var(--_sv-border); }
  .check { display: flex; gap: 0.3rem; align-items: center; }
  .snippets { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-block: 0.5rem; }
  textarea.code { width: 100%; font: 0.8rem/1.4 ui-monospace, monospace; direction: ltr; }
  .actions { display: flex; gap: 0.5rem; align-items: center; margin-block-start: 0.4rem; }
  .ok { color: var(--_sv-muted); }
  button.link { border: none; background: none; padding: 0; min-height: 0; color: var(--_sv-accent); text-decoration: underline; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`;
