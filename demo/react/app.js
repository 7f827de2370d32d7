// The same app in TSX would read:
//   <ShoppableVideo ref={player} show="../shows/spring-launch.json" muted cartCount={count}
//     onAddToCart={(e) => e.detail.waitUntil(add(e.detail))} onProductShow={...} />
import { createElement as h, useCallback, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ShoppableProductCard, ShoppableVideo } from '/dist/react.js';

const titleOf = (text) => (typeof text === 'string' ? text : (text.en ?? Object.values(text)[0]));

const teaTin = {
  id: 'tea-06',
  title: 'Jasmine tea tin',
  image: '../img/tea.svg',
  price: { amount: 1250, currency: 'GBP' },
  prices: [],
  options: [],
  variants: [],
  available: true,
};

function App() {
  const player = useRef(null);
  const [cart, setCart] = useState([]);
  const [onScreen, setOnScreen] = useState([]);
  const count = cart.reduce((n, line) => n + line.quantity, 0);

  // A pretend store: answers after 400 ms with the new cart size.
  const add = useCallback(
    ({ product, variant, quantity }) =>
      new Promise((resolve) =>
        setTimeout(() => {
          const line = { key: variant?.id ?? product.id, title: titleOf(product.title), variant: variant?.title, quantity };
          setCart((lines) => [...lines, line]);
          resolve({ cartCount: count + quantity });
        }, 400),
      ),
    [count],
  );
  const onAddToCart = (event) => event.detail.waitUntil(add(event.detail));

  return h(
    'div',
    null,
    h(ShoppableVideo, {
      ref: player,
      show: '../shows/spring-launch.json',
      muted: true,
      cartCount: count,
      onAddToCart,
      onProductShow: (event) => setOnScreen((ids) => [...ids, titleOf(event.detail.product.title)]),
      onProductHide: (event) => setOnScreen((ids) => ids.filter((t) => t !== titleOf(event.detail.product.title))),
      onShoppableError: (event) => console.warn(`[shoppable-error] ${event.detail.code}: ${event.detail.message}`),
    }),
    h('p', { id: 'on-screen', 'aria-live': 'polite' }, `On screen now: ${onScreen.join(', ') || 'nothing'}`),
    h(
      'p',
      null,
      h('button', { type: 'button', onClick: () => player.current?.play() }, 'Play'),
      ' ',
      h('button', { type: 'button', onClick: () => player.current?.pause() }, 'Pause'),
    ),
    h('h2', null, 'Also on this page'),
    h(ShoppableProductCard, { className: 'standalone-card', product: teaTin, locale: 'en-GB', onAddToCart }),
    h('h2', null, `Your cart (${count})`),
    h(
      'ul',
      { id: 'cart-items' },
      cart.map((line, i) => h('li', { key: i }, `${line.quantity} × ${line.title}${line.variant ? ` (${line.variant})` : ''}`)),
    ),
  );
}

createRoot(document.getElementById('root')).render(h(App));
