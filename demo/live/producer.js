// The producer's console for the local live studio (`npm run live`): pin the product on camera,
// and the studio writes an EXT-X-DATERANGE into the live playlist at the live edge. Plain JS, no build.
import { onCamera, streamSeconds } from './on-camera.js';

const params = new URLSearchParams(location.search);
const requested = params.get('stream') ?? '';
const stream = /^[A-Za-z0-9_-]{1,64}$/.test(requested) ? requested : 'show-1';
const api = `/__live/${stream}`;
const $ = (id) => document.getElementById(id);
const products = new Map();
let pollTimer;
let ended = false;
/** demo/media/scene.json: where the looped picture draws each product, so pins land on them. */
let scene;
/** The products in the picture at the last refresh, by id. */
let inPicture = new Map();

async function call(method, path, body) {
  const res = await fetch(`${api}${path}`, {
    method,
    cache: 'no-store',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(data.error ?? `HTTP ${res.status}`), { status: res.status });
  return data;
}

function say(text) {
  $('message').textContent = text;
}

function formatPrice({ amount, currency }, locale) {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return format.format(amount / 10 ** format.resolvedOptions().maximumFractionDigits);
}

const time = (iso) => new Date(iso).toLocaleTimeString(undefined, { hour12: false });

function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** What the options say the next pin should be; throws a message the producer can act on. */
function nextPin(productId) {
  const action = document.querySelector('input[name="action"]:checked').value;
  const pin = { productId, action };
  const duration = $('duration').valueAsNumber;
  const shown = inPicture.get(productId);
  if (Number.isFinite(duration)) pin.duration = duration;
  // No duration, and the product on camera: the pin ends as it leaves the picture.
  else if (shown) pin.duration = Math.max(1, Math.round(shown.leavesIn));
  // Otherwise it lasts until the next one, and END-ON-NEXT=YES says so in the tag itself.
  else pin.endOnNext = true;
  const x = $('pos-x').valueAsNumber;
  const y = $('pos-y').valueAsNumber;
  if (Number.isFinite(x) !== Number.isFinite(y)) throw new Error('Give the hotspot both x and y, or neither.');
  if (Number.isFinite(x)) Object.assign(pin, { x, y });
  // No hotspot given: one on the product where the picture draws it, if it is on camera.
  else if (shown) Object.assign(pin, { x: shown.x, y: shown.y });
  if (action === 'flash-sale') {
    const minutes = $('sale-minutes').valueAsNumber;
    if (!(minutes > 0)) throw new Error('Say in how many minutes the flash sale ends.');
    pin.ends = new Date(Date.now() + minutes * 60_000).toISOString();
  }
  return pin;
}

async function pinProduct(productId) {
  try {
    const pin = nextPin(productId);
    const made = await call('POST', '/pin', pin);
    say('');
    const where = made.x === undefined ? '' : ` with its hotspot at ${made.x}, ${made.y}`;
    $('confirmation').textContent = `Pinned ${products.get(productId)?.title ?? productId} (${made.id})${where}.`;
    await refresh();
  } catch (error) {
    say(error.message);
  }
}

function renderProducts(show) {
  const list = $('products');
  list.replaceChildren(
    ...show.products.map((product) => {
      products.set(product.id, product);
      const item = el('li', undefined, { 'data-product': product.id });
      if (product.image) item.append(el('img', undefined, { src: product.image, alt: '' }));
      item.append(el('strong', product.title), el('span', '', { class: 'camera' }));
      if (product.price) item.append(el('span', formatPrice(product.price, show.locale), { class: 'price' }));
      const button = el('button', 'Pin live', { type: 'button', 'aria-label': `Pin ${product.title} live`, class: 'pin' });
      button.addEventListener('click', () => pinProduct(product.id));
      item.append(button);
      return item;
    }),
  );
}

function endsText(pin) {
  if (pin.duration !== undefined) return `after ${pin.duration} s`;
  return 'at the next pin';
}

/** Marks the products the camera shows now, and for how long. */
function renderCamera(state) {
  inPicture = new Map(scene && !state.ended ? onCamera(scene, streamSeconds(state)).map((p) => [p.productId, p]) : []);
  for (const item of document.querySelectorAll('#products li')) {
    const shown = inPicture.get(item.dataset.product);
    item.classList.toggle('on-camera', Boolean(shown));
    item.querySelector('.camera').textContent = shown ? `On camera, ${Math.ceil(shown.leavesIn)} s more` : 'Not in the picture now';
  }
}

function renderState(state) {
  ended = state.ended;
  renderCamera(state);
  const status = state.ended ? 'ended' : state.stalled ? 'stalled' : 'live';
  $('stream-state').textContent = `${status} · ${state.segments} segments · live edge ${time(state.liveEdge)}`;
  for (const button of document.querySelectorAll('button.pin, #end-show, #stall, #resume')) button.disabled = ended;
  const rows = [...state.pins].reverse().flatMap((pin) => {
    const action = pin.action === 'flash-sale' && pin.ends ? `flash sale until ${time(pin.ends)}` : pin.action;
    const row = el('tr');
    row.append(
      el('td', pin.id),
      el('td', products.get(pin.productId)?.title ?? pin.productId),
      el('td', action),
      el('td', time(pin.startDate)),
      el('td', endsText(pin)),
    );
    const tagRow = el('tr');
    const cell = el('td', undefined, { colspan: '5' });
    cell.append(el('code', pin.tag));
    tagRow.append(cell);
    return [row, tagRow];
  });
  $('pins').replaceChildren(...rows);
  $('no-pins').hidden = state.pins.length > 0;
}

async function refresh() {
  clearTimeout(pollTimer);
  try {
    renderState(await call('GET', '/pins'));
  } catch (error) {
    $('stream-state').textContent = error.status === 404 ? 'no show: start one' : `studio unreachable (${error.message})`;
  }
  pollTimer = setTimeout(refresh, 2000);
}

async function control(path, question) {
  if (question && !confirm(question)) return;
  try {
    await call('POST', path);
    say('');
    if (path === '/start') $('preview').contentWindow?.location.reload();
  } catch (error) {
    say(error.message);
  }
  await refresh();
}

async function main() {
  $('stream-id').textContent = stream;
  $('playlist-link').href = `${api}/live.m3u8`;
  $('recording-link').href = `${api}/recording.m3u8`;
  $('viewer-link').href = `viewer.html?stream=${stream}`;
  $('replay-link').href = `viewer.html?stream=${stream}&replay`;
  $('end-show').addEventListener('click', () => control('/end', 'End the show? Viewers see the end of the stream, and the replay is final.'));
  $('new-show').addEventListener('click', () => control('/start', 'Start a new show? The current one and its pins are dropped.'));
  $('stall').addEventListener('click', () => control('/stall'));
  $('resume').addEventListener('click', () => control('/resume'));
  scene = await fetch('/demo/media/scene.json').then((res) => res.json()).catch(() => undefined);
  try {
    renderProducts(await (await fetch('show.json')).json());
  } catch (error) {
    say(`Could not read show.json: ${error.message}`);
  }
  // Opening the producer starts the show, unless it is already on (a reload must not restart it).
  await call('GET', '/pins').catch((error) => (error.status === 404 ? call('POST', '/start') : undefined));
  $('preview').src = `viewer.html?stream=${stream}`;
  await refresh();
}

main();
