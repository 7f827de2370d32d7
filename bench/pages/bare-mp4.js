// A <video> playing the progressive MP4 of the same media: no JavaScript engine at all.
(() => {
  const q = new URLSearchParams(location.search);
  const video = document.querySelector('video');
  if (Number(q.get('top') ?? 0)) document.getElementById('top').className = 'spacer';
  video.muted = true;
  video.autoplay = q.get('autoplay') !== '0';
  __bench.watch(video);
  video.src = q.get('src') ?? '/demo/media/replay.mp4';
})();
