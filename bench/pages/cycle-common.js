// Shared by the mount/unmount pages: resolves once `video` has presented a frame, or after `ms`.
export function firstFrame(video, ms = 10000) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    video.requestVideoFrameCallback(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Lets the media play a little past its first frame, so the engine is mid-stream when unmounted. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
