// The live viewer: the same element for the live stream and for its replay (the studio's
// recording.m3u8 carries the same pins, so no other data is needed).
const params = new URLSearchParams(location.search);
const requested = params.get('stream') ?? '';
const stream = /^[A-Za-z0-9_-]{1,64}$/.test(requested) ? requested : 'show-1';
const replay = params.has('replay');
const player = document.getElementById('player');

player.setAttribute('src', `/__live/${stream}/${replay ? 'recording' : 'live'}.m3u8`);
document.getElementById('heading').textContent = replay ? 'The replay of the show' : 'Live from the studio';
document.getElementById('producer-link').href = `producer.html?stream=${stream}`;
const switchLink = document.getElementById('switch-link');
switchLink.href = `viewer.html?stream=${stream}${replay ? '' : '&replay'}`;
switchLink.textContent = replay ? 'Back to the live show' : 'Replay of this show';

// A pretend cart: take the add at once and say so.
player.addEventListener('shoppable-add-to-cart', (event) => {
  event.preventDefault();
  const { product, quantity } = event.detail;
  const title = typeof product.title === 'string' ? product.title : Object.values(product.title)[0];
  document.getElementById('cart-status').textContent = `Added ${quantity} × ${title} to the cart.`;
});
player.addEventListener('shoppable-error', (event) => {
  console.warn(`[shoppable-error] ${event.detail.code}: ${event.detail.message}`);
});
