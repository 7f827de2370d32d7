#!/usr/bin/env bash
# Makes the committed media fixtures in demo/media/ (needs Debian's ffmpeg, librsvg2-bin's
# rsvg-convert and ImageMagick). The output is committed, so tests and the demo never need them.
# The picture is a live-selling show drawn from the vector art in demo/art/ and demo/img/
# (scripts/make-scene.mjs): the set, the host, and each product of demo/shows/spring-launch.json
# in view at its moment, where its hotspot points.
#   replay/      60 s H.264/AAC HLS VOD, 2 s segments, EXT-X-PROGRAM-DATE-TIME,
#                with WebVTT subtitle renditions in English and Chinese (master.m3u8)
#   replay.mp4   the same programme as a progressive MP4
#   vertical/    the same show drawn 9:16, HLS VOD (index.m3u8, 60 s), for vertical live-selling layouts;
#                short.m3u8 lists its last 20 s (the feed's short show, short-poster.jpg its frame at
#                50 s), poster.jpg its frame at 13 s
#   renditions/  6 s HLS VOD with two video levels (180p, 90p: the show's first 6 s) and two alternate audio
#                renditions (English, French), for the quality and audio menus
#   en.vtt, zh.vtt  the host's words, English and Chinese
#   scene.json   each moment's drawn product box (test/media/scene.test.ts checks the show against it)
#   poster.jpg   poster frame (renditions/poster.jpg the same, 320×180, for the feed's live tile)
#   ../img/*.webp  the product illustrations as the show documents' product images
set -euo pipefail
cd "$(dirname "$0")/../demo/media"
FF="ffmpeg -hide_banner -loglevel error -y"
DUR=60
export ENC="-c:v libx264 -profile:v main -preset veryfast -pix_fmt yuv420p -b:v 112k -maxrate 150k -bufsize 300k -g 50 -keyint_min 50 -sc_threshold 0 -c:a aac -b:a 32k -ac 2 -ar 44100"

rm -rf replay vertical && mkdir -p replay vertical
# replay.mp4, vertical.tmp.mp4, en.vtt, zh.vtt and scene.json.
node ../../scripts/make-scene.mjs
$FF -i replay.mp4 -c copy -f hls -hls_time 2 -hls_playlist_type vod \
  -hls_flags program_date_time+independent_segments \
  -hls_segment_filename 'replay/seg%03d.ts' replay/video.m3u8
# hls.js and Safari want absolute wall-clock times; pin the date so the output is reproducible.
sed -i -E 's/^#EXT-X-PROGRAM-DATE-TIME:.*$/PDT/' replay/video.m3u8
python3 - <<'PY'
import datetime, re
p = 'replay/video.m3u8'
lines = open(p).read().split('\n')
t = datetime.datetime(2026, 3, 1, 2, 0, 0, tzinfo=datetime.timezone.utc)
out = []
dur = 0.0
seg_start = 0.0
for l in lines:
    if l == 'PDT':
        # ffmpeg writes the date after the segment's EXTINF: it dates that segment.
        out.append('#EXT-X-PROGRAM-DATE-TIME:' + (t + datetime.timedelta(seconds=seg_start)).isoformat(timespec='milliseconds').replace('+00:00', 'Z'))
        continue
    m = re.match(r'#EXTINF:([0-9.]+),', l)
    if m:
        seg_start = dur
        dur += float(m.group(1))
    out.append(l)
open(p, 'w').write('\n'.join(out))
PY

# The same captions as HLS subtitle renditions; MPEG-TS starts at 1.4 s (126000 ticks).
for lang in en zh; do
  { echo "WEBVTT"; echo "X-TIMESTAMP-MAP=MPEGTS:126000,LOCAL:00:00:00.000"; tail -n +2 $lang.vtt; } > replay/subs-$lang.vtt
  cat > replay/subs-$lang.m3u8 <<M3U
#EXTM3U
#EXT-X-VERSION:3
#EXT-X-TARGETDURATION:$DUR
#EXT-X-PLAYLIST-TYPE:VOD
#EXT-X-MEDIA-SEQUENCE:0
#EXTINF:$DUR.000,
subs-$lang.vtt
#EXT-X-ENDLIST
M3U
done
cat > replay/master.m3u8 <<'M3U'
#EXTM3U
#EXT-X-VERSION:3
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",LANGUAGE="en",DEFAULT=NO,AUTOSELECT=YES,URI="subs-en.m3u8"
#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="中文",LANGUAGE="zh-Hans",DEFAULT=NO,AUTOSELECT=YES,URI="subs-zh.m3u8"
#EXT-X-STREAM-INF:BANDWIDTH=260000,AVERAGE-BANDWIDTH=220000,RESOLUTION=480x270,CODECS="avc1.4d401e,mp4a.40.2",SUBTITLES="subs"
video.m3u8
M3U

$FF -i vertical.tmp.mp4 -c copy -f hls -hls_time 2 -hls_playlist_type vod \
  -hls_segment_filename 'vertical/seg%03d.ts' vertical/index.m3u8
# The same segments, 40–60 s (the fan, then the kite, in the picture): a short show without more
# bytes: the header, then segments 21 to 30 (hls.js plays them from 0:00).
awk '/^#EXTINF/ { n++ } /^#EXT-X-ENDLIST/ { exit } n == 0 || (n > 20 && n <= 30) { print }' vertical/index.m3u8 > vertical/short.m3u8
echo '#EXT-X-ENDLIST' >> vertical/short.m3u8
$FF -ss 13 -i vertical.tmp.mp4 -frames:v 1 -q:v 5 vertical/poster.jpg
$FF -ss 50 -i vertical.tmp.mp4 -frames:v 1 -q:v 5 vertical/short-poster.jpg
rm vertical.tmp.mp4

# Two quality levels (the show scaled down) and two alternate audio renditions (different tones), small: 6 s, low bitrate.
rm -rf renditions && mkdir -p renditions
for h in 180 90; do
  $FF -t 6 -i replay.mp4 -vf "scale=$((h * 16 / 9)):$h" -an \
    -c:v libx264 -profile:v main -preset veryfast -pix_fmt yuv420p -b:v $((h / 3))k -g 50 -keyint_min 50 -sc_threshold 0 \
    -f hls -hls_time 2 -hls_playlist_type vod -hls_segment_filename "renditions/v$h-%d.ts" "renditions/v$h.m3u8"
done
for a in en:440 fr:880; do
  $FF -f lavfi -i "sine=frequency=${a#*:}:duration=6" -c:a aac -b:a 32k -ac 2 -ar 44100 \
    -f hls -hls_time 2 -hls_playlist_type vod -hls_segment_filename "renditions/a-${a%%:*}-%d.ts" "renditions/a-${a%%:*}.m3u8"
done
cat > renditions/master.m3u8 <<'M3U'
#EXTM3U
#EXT-X-VERSION:3
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="English",LANGUAGE="en",DEFAULT=YES,AUTOSELECT=YES,URI="a-en.m3u8"
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="Français",LANGUAGE="fr",DEFAULT=NO,AUTOSELECT=YES,URI="a-fr.m3u8"
#EXT-X-STREAM-INF:BANDWIDTH=120000,RESOLUTION=320x180,CODECS="avc1.4d400c,mp4a.40.2",AUDIO="aud"
v180.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=70000,RESOLUTION=160x90,CODECS="avc1.4d400b,mp4a.40.2",AUDIO="aud"
v90.m3u8
M3U

$FF -ss 5 -i replay.mp4 -frames:v 1 -q:v 5 poster.jpg
$FF -ss 4 -i replay.mp4 -frames:v 1 -vf scale=320:180 -q:v 5 renditions/poster.jpg
# The product images of the show documents: the same illustrations on a warm ground, 160×160.
for svg in ../img/*.svg; do
  rsvg-convert -w 160 -h 160 -b '#f7ecdc' "$svg" | convert png:- -quality 80 -define webp:method=6 "${svg%.svg}.webp"
done
du -sh . ../img
