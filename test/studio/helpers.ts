// Shared by the studio's tests and screenshots.

/** The first match of `sel` under `root`; throws (naming the selector) when there is none. */
export function q<T extends Element = HTMLElement>(root: ParentNode, sel: string): T {
  const found = root.querySelector<T>(sel);
  if (!found) throw new Error(`nothing matches ${sel}`);
  return found;
}

/**
 * Puts a file into a file input as the browser's picker would, and lets the page hear `change`
 * (the operating system's file picker is not the page's to drive). `file` may be a URL to fetch.
 */
export async function chooseFile(input: HTMLInputElement, file: File | string, name = 'file', type = ''): Promise<void> {
  const chosen = typeof file === 'string' ? new File([await (await fetch(file)).blob()], name, { type }) : file;
  const files = new DataTransfer();
  files.items.add(chosen);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
