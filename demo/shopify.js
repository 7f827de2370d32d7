// A Shopify theme would import the recipe from the package (or the theme's assets) and set
// `root` to `Shopify.routes.root`. Here the local stand-in server lives under /__shopify/demo/.
import { shopifyCartHandler } from '/dist/cart/shopify.js';

const root = '/__shopify/demo/';
const player = document.getElementById('player');

async function refreshCount() {
  const cart = await (await fetch(`${root}cart.js`, { cache: 'no-store' })).json();
  document.getElementById('cart-count').textContent = String(cart.item_count);
  player.cartCount = cart.item_count;
}

player.addEventListener('shoppable-add-to-cart', shopifyCartHandler({ root }));
player.addEventListener('shoppable-add-to-cart-complete', refreshCount);
document.getElementById('clear').addEventListener('click', async () => {
  await fetch(`${root}cart/clear.js`, { method: 'POST', headers: { Accept: 'application/json' } });
  await refreshCount();
});
refreshCount();
