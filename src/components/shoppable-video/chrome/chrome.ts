/**
 * The player's chrome as one lazy chunk: the control bar, seek bar and markers, settings menus,
 * captions, keyboard map, auto-hide and full screen. `<shoppable-video>` imports it once it is near
 * the viewport (or asked to play); until then it shows its video, poster and big Play button.
 * @module
 */
export { CaptionMemory, listCaptions } from './captions.js';
export { chromeStyles } from './chrome.styles.js';
export { renderControls } from './controls.js';
export { PlayerUiController } from './player-ui.js';
