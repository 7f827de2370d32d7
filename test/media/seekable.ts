import { expect, oneEvent } from '@open-wc/testing';

/**
 * Resolves once `video` has its metadata, and checks that it can then seek anywhere: the test
 * server answers Range requests (scripts/range.mjs), so Chromium knows a progressive file's whole
 * seekable range as soon as its metadata is in, with no wait for the download.
 */
export async function seekable(video: HTMLVideoElement) {
  if (video.readyState < HTMLMediaElement.HAVE_METADATA) await oneEvent(video, 'loadedmetadata');
  const range = video.seekable;
  expect(range.length, 'nothing seekable: does the server answer Range requests?').to.equal(1);
  expect(range.end(0)).to.be.closeTo(video.duration, 0.1);
}
