// Runs inside /__csp/directive-page.html (strict CSP): the first render of styleProps and of Lit's
// styleMap, side by side, so the test sees which one the policy lets through.
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { styleProps } from '../../src/directives/style-props.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

const host = document.createElement('div');
document.body.append(host);
render(html`<span id="props" ${styleProps({ left: '25%' })}></span><span id="map" style=${styleMap({ left: '25%' })}></span>`, host);
// securitypolicyviolation is dispatched asynchronously.
setTimeout(() => {
  opener.postMessage(
    {
      csp: true,
      violations,
      props: host.querySelector<HTMLElement>('#props')!.style.left,
      map: host.querySelector<HTMLElement>('#map')!.style.left,
    },
    location.origin,
  );
}, 200);
