// The template is compiled in the browser (Vue's full build); a Vue app would use an SFC, see docs/vue.md.
import { createApp, computed, reactive, ref } from '/node_modules/vue/dist/vue.esm-browser.prod.js';

const titleOf = (text) => (typeof text === 'string' ? text : (text.en ?? Object.values(text)[0]));

const app = createApp({
  setup() {
    const show = ref(null);
    const cart = reactive([]);
    const onScreen = ref([]);
    const count = computed(() => cart.reduce((n, line) => n + line.quantity, 0));

    // The show as an object, to show property binding; `show="../shows/spring-launch.json"` works too.
    fetch(new URL('../shows/spring-launch.json', location.href))
      .then((response) => response.json())
      .then((json) => (show.value = json));

    // A pretend store: answers after 400 ms with the new cart size.
    function onAddToCart(event) {
      const { product, variant, quantity } = event.detail;
      event.detail.waitUntil(
        new Promise((resolve) =>
          setTimeout(() => {
            cart.push({ title: titleOf(product.title), variant: variant?.title, quantity });
            resolve({ cartCount: count.value });
          }, 400),
        ),
      );
    }
    const onProductShow = (event) => onScreen.value.push(titleOf(event.detail.product.title));
    const onProductHide = (event) =>
      (onScreen.value = onScreen.value.filter((t) => t !== titleOf(event.detail.product.title)));
    return { show, cart, count, onScreen, onAddToCart, onProductShow, onProductHide };
  },
  template: `
    <shoppable-video
      v-if="show"
      :show="show"
      :cartCount="count"
      muted
      @shoppable-add-to-cart="onAddToCart"
      @shoppable-product-show="onProductShow"
      @shoppable-product-hide="onProductHide"
    ></shoppable-video>
    <p id="on-screen" aria-live="polite">On screen now: {{ onScreen.join(', ') || 'nothing' }}</p>
    <h2>Your cart ({{ count }})</h2>
    <ul id="cart-items">
      <li v-for="(line, i) in cart" :key="i">
        {{ line.quantity }} × {{ line.title }}<template v-if="line.variant"> ({{ line.variant }})</template>
      </li>
    </ul>
  `,
});
// Tell Vue's compiler these tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('shoppable-');
app.mount('#app');
