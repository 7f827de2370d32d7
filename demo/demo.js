// The host page's side of the integration: listen for one event, hand the widget a promise.
const player = document.getElementById('player');
const items = [];
let failedOnce = false;

function renderCart() {
  const list = document.getElementById('cart-items');
  list.replaceChildren(
    ...items.map((i) => {
      const li = document.createElement('li');
      li.textContent = `${i.quantity} × ${i.title}${i.variant ? ` (${i.variant})` : ''}`;
      return li;
    }),
  );
  const count = items.reduce((n, i) => n + i.quantity, 0);
  document.getElementById('cart-count').textContent = String(count);
  document.getElementById('cart-empty').hidden = items.length > 0;
  player.cartCount = count;
}

function titleOf(text) {
  return typeof text === 'string' ? text : (text.en ?? Object.values(text)[0]);
}

// A pretend store: 600 ms round trip; the gold lantern set fails once as out of stock.
function addToStore({ product, variant, quantity }) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (variant?.id === 'ln-gold-s' && !failedOnce) {
        failedOnce = true;
        const error = new Error('Only the red lanterns are left in the warehouse right now.');
        error.reason = 'out-of-stock';
        reject(error);
        return;
      }
      items.push({ title: titleOf(product.title), variant: variant?.title ?? variant?.id, quantity });
      renderCart();
      resolve({ quantity, cartCount: items.reduce((n, i) => n + i.quantity, 0) });
    }, 600);
  });
}

player.addEventListener('shoppable-add-to-cart', (event) => {
  event.detail.waitUntil(addToStore(event.detail));
});
player.addEventListener('shoppable-error', (event) => {
  console.warn(`[shoppable-error] ${event.detail.code}: ${event.detail.message}`);
});

// Switching market re-renders prices, tax labels and availability; the video keeps playing.
document.getElementById('market').addEventListener('change', (event) => {
  player.market = event.target.value;
});
document.getElementById('locale').addEventListener('change', (event) => {
  player.locale = event.target.value || undefined;
  document.getElementById('player').dir = event.target.value.startsWith('ar') ? 'rtl' : 'ltr';
});

// The same show drawn 9:16 (the vertical live-selling layout): the products, moments and hotspots
// are the same; the picture continues from where it was.
document.getElementById('picture').addEventListener('change', (event) => {
  const at = player.currentTime;
  const vertical = event.target.value.includes('vertical');
  player.src = event.target.value;
  player.aspectRatio = vertical ? '9 / 16' : undefined;
  player.style.maxWidth = vertical ? '405px' : '';
  // The new media starts at 0 once loaded: seek it then.
  player.addEventListener('loadedmetadata', () => (player.currentTime = at), { once: true });
});

const cartButton = document.getElementById('cart-button');
cartButton.addEventListener('click', () => {
  const cart = document.getElementById('cart');
  cart.hidden = !cart.hidden;
  cartButton.setAttribute('aria-expanded', String(!cart.hidden));
});
renderCart();
