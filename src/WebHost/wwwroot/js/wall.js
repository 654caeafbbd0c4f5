// The control room on a wall screen (1920×1080 and up, read from 5 m): every mission as a compact tile,
// sized so that they all fit at once; below a readable size the list pages by itself (pager.js).
// Wall mode is `?wall=1` (or `?wall=0` to refuse it), else the desk's last choice on this screen, else
// automatic from 1600 px wide. A new help request pulses its tile and, if the desk turned the sound on
// (off by default, remembered on this screen), beeps.

const WALL_KEY = 'orchestrator.wall';
const SOUND_KEY = 'orchestrator.wall.sound';
const WALL_FROM_PX = 1600;
const MIN_TILE_PX = 112;
const TILE_ASPECT = 1.6;

export function wallWanted() {
  const asked = new URLSearchParams(location.search).get('wall');
  if (asked === '1' || asked === '0') return asked === '1';
  const kept = localStorage.getItem(WALL_KEY);
  if (kept === 'on' || kept === 'off') return kept === 'on';
  return window.innerWidth >= WALL_FROM_PX;
}

export function keepWallChoice(on) {
  localStorage.setItem(WALL_KEY, on ? 'on' : 'off');
}

/**
 * Picks the number of columns that gives `count` tiles the largest readable size in the room left below
 * the list's top, and sets it on the list (--cols, --tile-h). Returns false when even the best layout is
 * below the readable size: the pager then shows them a page at a time.
 */
export function fitTiles(list, count, bottomMargin = 56) {
  const width = list.clientWidth;
  const height = window.innerHeight - list.getBoundingClientRect().top - bottomMargin;
  const gap = 10;
  let best = { cols: 1, tile: 0, tileHeight: MIN_TILE_PX };
  for (let cols = 1; cols <= Math.max(1, count); cols++) {
    const rows = Math.ceil(count / cols);
    const tileWidth = (width - gap * (cols - 1)) / cols;
    const tileHeight = (height - gap * (rows - 1)) / rows;
    const tile = Math.min(tileWidth / TILE_ASPECT, tileHeight);
    if (tile > best.tile) best = { cols, tile, tileHeight };
  }
  const fits = best.tileHeight >= MIN_TILE_PX;
  const tileHeight = Math.floor(Math.max(MIN_TILE_PX, Math.min(best.tileHeight, 260)));
  list.style.setProperty('--cols', String(best.cols));
  list.style.setProperty('--tile-h', `${tileHeight}px`);
  return fits;
}

/** The desk's beep for a new help request: WebAudio, muted until the desk turns it on (a click, as browsers require). */
export function createBeeper(button, labels) {
  let context = null;
  let on = localStorage.getItem(SOUND_KEY) === 'on';

  function draw() {
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? labels.on() : labels.off();
  }

  button.addEventListener('click', () => {
    on = !on;
    localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
    if (on) context ??= new AudioContext();
    draw();
  });
  draw();

  return {
    redraw: draw,
    get on() { return on; },
    beep() {
      if (!on) return;
      context ??= new AudioContext();
      const tone = context.createOscillator();
      const gain = context.createGain();
      tone.frequency.value = 880;
      gain.gain.setValueAtTime(0.2, context.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.6);
      tone.connect(gain).connect(context.destination);
      tone.start();
      tone.stop(context.currentTime + 0.6);
    },
  };
}
