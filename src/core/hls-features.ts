/**
 * Which hls.js build a source needs, from its playlist text and the page's hls.js config. The
 * engine fetches the playlist it was given before importing hls.js, so an embed whose stream uses
 * none of what hls.js's light build leaves out downloads that build (about 117 KB gzip) instead of
 * the full one (about 183 KB). When the first frame is wanted at once, the engine imports a likely
 * build beside the playlist instead, and keeps it when it covers the need ({@link coversBuild}). DOM-free.
 * @module
 */

/**
 * An hls.js build: `light` (hls.js's own light build: no subtitles, no alternate audio, no DRM,
 * CMCD, content steering, variable substitution, interstitials or HDR checks), `subtitles` (light
 * plus subtitle and caption renditions and alternate audio, built by the library from hls.js's
 * sources) and `full` (hls.js's default build).
 */
export type HlsBuild = 'light' | 'subtitles' | 'full';

/** Whether `build` plays every playlist that `need` does: each build plays what the one before it does (light ⊂ subtitles ⊂ full). */
export function coversBuild(build: HlsBuild, need: HlsBuild): boolean {
  return build === need || need === 'light' || build === 'full';
}

// hls.js config keys that only the full build honours (EME/DRM, CMCD, content steering, interstitials).
const FULL_CONFIG = ['emeEnabled', 'cmcd', 'enableInterstitialPlayback', 'interstitialsController', 'contentSteeringController', 'useMediaCapabilities', 'requestMediaKeySystemAccessFunc', 'licenseXhrSetup', 'licenseResponseCallback'];

/** The build the page's hls.js config needs, before the playlist is known. */
export function hlsBuildForConfig(config: Readonly<Record<string, unknown>> | undefined): HlsBuild {
  if (!config) return 'light';
  if (FULL_CONFIG.some((key) => config[key] !== undefined && config[key] !== false)) return 'full';
  const drm = config.drmSystems;
  if (drm && typeof drm === 'object' && Object.keys(drm).length > 0) return 'full';
  return 'light';
}

/**
 * The smallest build that plays a playlist (master or media) with all its features, given the page's
 * hls.js config. Text that is not a playlist gets `full`, so hls.js reports what is wrong as usual.
 */
export function hlsBuildFor(playlist: string, config?: Readonly<Record<string, unknown>>): HlsBuild {
  let need = hlsBuildForConfig(config);
  if (need === 'full') return need;
  if (!playlist.trimStart().startsWith('#EXTM3U')) return 'full';
  let master = false;
  for (const raw of playlist.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line.startsWith('#EXT')) continue;
    const colon = line.indexOf(':');
    const tag = colon < 0 ? line : line.slice(0, colon);
    const attrs = colon < 0 ? '' : line.slice(colon + 1);
    switch (tag) {
      // DRM keys, variables and steering: only the full build reads them.
      case '#EXT-X-SESSION-KEY':
      case '#EXT-X-DEFINE':
      case '#EXT-X-CONTENT-STEERING':
        return 'full';
      case '#EXT-X-KEY':
        // AES-128 is decrypted by every build; SAMPLE-AES and key systems go through EME.
        if (!/METHOD=(?:NONE|AES-128)\b/.test(attrs) || /KEYFORMAT="(?!identity")/.test(attrs)) return 'full';
        break;
      case '#EXT-X-DATERANGE':
        if (/CLASS="com\.apple\.hls\.interstitial"/.test(attrs)) return 'full';
        break;
      case '#EXT-X-MEDIA':
        if (/TYPE=(?:SUBTITLES|CLOSED-CAPTIONS)\b/.test(attrs) || (/TYPE=AUDIO\b/.test(attrs) && /\bURI="/.test(attrs))) need = 'subtitles';
        break;
      case '#EXT-X-STREAM-INF':
        master = true;
        if (/CODECS="[^"]*\b(?:ac-3|ec-3)\b/i.test(attrs)) return 'full';
        // HDR and layout checks are hls.js's MediaCapabilities support, which the light build leaves out.
        if (/VIDEO-RANGE=(?:PQ|HLG)\b|SUPPLEMENTAL-CODECS=|REQ-VIDEO-LAYOUT=/.test(attrs)) return 'full';
        if (/CLOSED-CAPTIONS="/.test(attrs)) need = 'subtitles';
        break;
      case '#EXTINF':
        // A media playlist given directly: nothing declares its captions, so keep hls.js's
        // in-band CEA-608 caption support.
        if (!master) need = 'subtitles';
        break;
    }
  }
  return need;
}

/**
 * The URI of a master playlist's only variant stream, as written (relative or absolute); undefined
 * for a media playlist, or a master with several variants (which one hls.js starts with depends on
 * its bandwidth estimate). I-frame streams are not variants.
 */
export function onlyVariant(playlist: string): string | undefined {
  const lines = playlist.split(/\r?\n/).map((line) => line.trim());
  let uri: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('#EXT-X-STREAM-INF')) continue;
    if (uri !== undefined) return undefined;
    const next = lines.slice(i + 1).find((line) => line && !line.startsWith('#'));
    if (!next) return undefined;
    uri = next;
  }
  return uri;
}
