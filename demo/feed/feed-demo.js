// The feed demos' page cart: every add from any show (a feed's or a lone player's) is taken after a
// short simulated delay, counted in the header, and logged with the show it came from.
const count = document.querySelector('#cart-count');
const log = document.querySelector('#log');
let items = 0;
const note = (text) => {
  if (!log) return;
  const li = document.createElement('li');
  li.textContent = text;
  log.prepend(li);
};
document.addEventListener('shoppable-add-to-cart', (event) => {
  const { product, quantity, showId } = event.detail;
  event.detail.waitUntil(
    new Promise((resolve) => setTimeout(resolve, 400)).then(() => {
      items += quantity;
      if (count) count.textContent = String(items);
      for (const el of document.querySelectorAll('shoppable-feed, shoppable-video')) el.setAttribute('cart-count', String(items));
      note(`Added ${product.id} from ${showId}`);
      return { quantity, cartCount: items };
    }),
  );
});
for (const type of ['shoppable-feed-open', 'shoppable-feed-change', 'shoppable-feed-close']) {
  document.addEventListener(type, (event) => note(`${type.replace('shoppable-', '')}: ${event.detail.showId}`));
}
