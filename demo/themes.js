// The live token editor: every field writes one custom property on the player (CSSOM, CSP-safe),
// and the CSS a page would need is printed below.
const form = document.getElementById('tokens');
const player = document.getElementById('editable');
const out = document.getElementById('css-out');
const theme = document.getElementById('theme');
const defaults = new Map();

function valueOf(input) {
  return input.value + (input.dataset.unit ?? '');
}

function apply() {
  const lines = [];
  for (const input of form.querySelectorAll('[data-token]')) {
    const token = input.dataset.token;
    const value = valueOf(input);
    if (value === defaults.get(token)) {
      player.style.removeProperty(token);
    } else {
      player.style.setProperty(token, value);
      lines.push(`  ${token}: ${value};`);
    }
  }
  if (theme.value) player.setAttribute('theme', theme.value);
  else player.removeAttribute('theme');
  const attr = theme.value ? `/* and theme="${theme.value}" on the element */\n` : '';
  out.textContent = lines.length ? `${attr}shoppable-video {\n${lines.join('\n')}\n}` : `${attr}/* the defaults */`;
}

for (const input of form.querySelectorAll('[data-token]')) defaults.set(input.dataset.token, valueOf(input));
form.addEventListener('input', apply);
form.addEventListener('change', apply);
// Reset restores the fields after this event; apply once they are back.
form.addEventListener('reset', () => setTimeout(apply));
apply();
