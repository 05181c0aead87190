// The Web Worker that runs the machine (rvbox.wasm), so the page never
// freezes. It downloads the guest images (with progress), hands the
// machine its disks (chunks over HTTP, the guest's writes kept in
// IndexedDB), its network (a WebSocket to rvbox-relay) and its display (an
// OffscreenCanvas), then runs it in slices of a few milliseconds and sleeps
// as long as the guest idles. Messages: see page.js.
"use strict";
importScripts("rvbox.js");

const SLICE_MS = 8;           // guest work per turn before the worker looks at its messages
const DB_NAME = "rvbox";      // IndexedDB: the guest's disk writes
const CHUNKS = "chunks";

let M = null;                 // the WebAssembly module
let running = false, scheduled = false, sleepTimer = null;
let pendingInput = [];
let canvas = null, ctx2d = null;
let relayUrl = "";
let startedAt = 0;            // performance.now() when the guest started
const disks = [];             // { url, size, chunkSize, key, overlay: Map, pending, waiters }
const wakeChannel = new MessageChannel();

function post(type, fields) {
  self.postMessage(Object.assign({ type }, fields || {}));
}

// A line on the page's terminal and, for failures, the page's message bar.
function say(text) {
  post("console", { data: new TextEncoder().encode("\r\n\x1b[1mrvbox: " + text + "\x1b[0m\r\n") });
}
function fail(text) {
  say(text);
  post("error", { text: "rvbox: " + text });
}

// --- downloads ----------------------------------------------------------

async function fetchBytes(url, what) {
  let resp;
  try {
    resp = await fetch(url);
  } catch (e) {
    throw new Error("cannot load " + url + ": " + e.message);
  }
  if (!resp.ok) throw new Error("cannot load " + url + ": HTTP " + resp.status + " " + resp.statusText);
  const total = Number(resp.headers.get("Content-Length")) || 0;
  const reader = resp.body.getReader();
  const parts = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    loaded += value.length;
    if (what) post("progress", { what, loaded, total });
  }
  if (total && loaded !== total) throw new Error(url + ": got " + loaded + " of " + total + " bytes (a truncated download)");
  const out = new Uint8Array(loaded);
  let off = 0;
  for (const p of parts) { out.set(p, off); off += p.length; }
  return out;
}

// --- IndexedDB: the overlay of guest writes ------------------------------

let dbPromise = null;
function db() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(CHUNKS);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error("IndexedDB: " + req.error));
    });
  }
  return dbPromise;
}

// Every chunk the guest wrote to this image before: Map index -> bytes.
async function loadOverlay(key) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const map = new Map();
    const range = IDBKeyRange.bound([key, 0], [key, Infinity]);
    const req = d.transaction(CHUNKS).objectStore(CHUNKS).openCursor(range);
    req.onsuccess = () => {
      const c = req.result;
      if (!c) { resolve(map); return; }
      map.set(c.key[1], new Uint8Array(c.value));
      c.continue();
    };
    req.onerror = () => reject(new Error("IndexedDB: " + req.error));
  });
}

// --- the disk hooks (web_host.h) -----------------------------------------

async function prepareDisk(url) {
  const manifest = JSON.parse(new TextDecoder().decode(await fetchBytes(url + ".json")));
  if (!(manifest.size > 0) || !(manifest.chunk_size >= 4096)) throw new Error(url + ".json: not a disk manifest");
  const key = url + "#" + manifest.sha256;
  const disk = { url, size: manifest.size, chunkSize: manifest.chunk_size, key,
                 overlay: await loadOverlay(key), pending: 0, waiters: [], failed: false };
  disk.id = disks.length;
  disks.push(disk);
  if (disk.overlay.size) say(url + ": " + disk.overlay.size + " chunks of earlier writes restored from this browser");
}

function blockOpen(name) {
  const url = name.replace(/^\/web\//, "");
  return disks.find((d) => d.url === url) || null;
}

// Copies bytes into the module's heap for rvbox_web_block_loaded to own.
function toHeap(bytes) {
  const p = M._malloc(Math.max(bytes.length, 1));
  M.HEAPU8.set(bytes, p);
  return p;
}

function blockLoaded(disk, index, bytes, err) {
  if (!M) return;
  const p = bytes ? toHeap(bytes) : 0;
  M._rvbox_web_block_loaded(disk.id, index, p, bytes ? bytes.length : 0, err);
  wake();
}

function blockFetch(id, index) {
  const disk = disks[id];
  const own = disk.overlay.get(index);
  if (own) {
    setTimeout(() => blockLoaded(disk, index, own, 0), 0);
    return;
  }
  const url = disk.url + ".d/" + String(index).padStart(5, "0");
  fetchBytes(url).then((bytes) => blockLoaded(disk, index, bytes, 0), (e) => {
    fail(e.message + " (the guest sees an I/O error)");
    blockLoaded(disk, index, null, -5);
  });
}

function flushDone(disk, err) {
  for (const token of disk.waiters.splice(0)) M && M._rvbox_web_block_flushed(disk.id, token, err);
  wake();
}

function blockStore(id, index, bytes) {
  const disk = disks[id];
  disk.overlay.set(index, bytes);
  disk.pending++;
  db().then((d) => {
    const tx = d.transaction(CHUNKS, "readwrite");
    tx.objectStore(CHUNKS).put(bytes.buffer, [disk.key, index]);
    tx.oncomplete = () => { if (--disk.pending === 0) flushDone(disk, 0); };
    tx.onerror = tx.onabort = () => {
      disk.pending--;
      fail(disk.url + ": cannot keep the guest's writes in this browser: " + tx.error);
      flushDone(disk, -5);
    };
  });
}

function blockFlush(id, token) {
  const disk = disks[id];
  disk.waiters.push(token);
  if (disk.pending === 0) setTimeout(() => flushDone(disk, 0), 0);
}

// --- the network hooks ----------------------------------------------------

let ws = null;
function netOpen() {
  if (!relayUrl) { say("network: no relay given (?relay=ws://HOST:PORT/); the link stays down"); return; }
  ws = new WebSocket(relayUrl);
  ws.binaryType = "arraybuffer";
  let opened = false;
  ws.onopen = () => { opened = true; post("net", { state: "up" }); };
  ws.onmessage = (ev) => {
    if (!M || !(ev.data instanceof ArrayBuffer)) return;
    const p = toHeap(new Uint8Array(ev.data));
    M._rvbox_web_net_receive(p, ev.data.byteLength);
    M._free(p);
    wake();
  };
  ws.onclose = () => {
    post("net", { state: "down" });
    fail(opened ? "network: the connection to the relay at " + relayUrl + " was lost"
                : "network: cannot connect to the relay at " + relayUrl + " (is rvbox-relay running?)");
  };
}

function netSend(bytes) {
  if (!ws || ws.readyState !== WebSocket.OPEN) return -1;
  ws.send(bytes);
  return 0;
}

// --- the shared directory (fs0): IDBFS, written back shortly after a change

const SHARE = "/web/share";
let shareTimer = null;

function syncShare(populate) {
  return new Promise((resolve) => M.FS.syncfs(populate, (err) => {
    if (err) fail("the shared directory cannot be kept in this browser: " + err);
    resolve();
  }));
}

function fsChanged() {
  if (shareTimer === null) shareTimer = setTimeout(() => { shareTimer = null; syncShare(false); }, 500);
}

async function mountShare() {
  M.FS.mkdirTree(SHARE);
  M.FS.mount(M.FS.filesystems.IDBFS, {}, SHARE);
  await syncShare(true);
}

// A file dropped on the page: into the share, where the guest sees it.
function putFile(m) {
  if (!M) return;
  const name = m.name.replace(/[\/\\]/g, "_");
  if (!name || name === "." || name === "..") return;
  M.FS.writeFile(SHARE + "/" + name, m.data);
  fsChanged();
  say("added " + name + " to the shared directory (" + m.data.length + " bytes)");
}

function getFile(m) {
  let data = null, error = "";
  try {
    data = M.FS.readFile(SHARE + "/" + m.name.replace(/^\/+/, ""));
  } catch (e) {
    error = "no file " + m.name + " in the shared directory";
  }
  post("file", { name: m.name, data, error });
}

// --- the display ------------------------------------------------------------

function drawFrame() {
  if (!ctx2d) return;
  const changed = M._rvbox_web_frame();
  if (!changed) return;
  const r = new Int32Array(M.HEAPU8.buffer, M._rvbox_web_frame_rect(), 6);
  const [w, h, x, y, cw, ch] = r;
  if (changed === 2 && (canvas.width !== w || canvas.height !== h)) {
    canvas.width = w;
    canvas.height = h;
    post("screen", { width: w, height: h });
  }
  const pixels = new Uint8ClampedArray(M.HEAPU8.buffer, M._rvbox_web_frame_pixels(), w * h * 4);
  ctx2d.putImageData(new ImageData(pixels, w, h), 0, 0, x, y, cw, ch);
}

// --- the loop ------------------------------------------------------------

function feedInput() {
  while (pendingInput.length) {
    const data = pendingInput[0];
    const p = toHeap(data);
    const n = M._rvbox_web_console_input(p, data.length);
    M._free(p);
    if (n === 0) return;
    if (n < data.length) { pendingInput[0] = data.subarray(n); return; }
    pendingInput.shift();
  }
}

function turn() {
  scheduled = false;
  sleepTimer = null;
  if (!running || !M) return;
  feedInput();
  const sleep = M._rvbox_web_run(SLICE_MS);
  drawFrame();
  if (sleep < 0) {
    running = false;
    post("exit", { code: M._rvbox_web_exit_code(), ms: performance.now() - startedAt });
    say("the guest powered off (status " + M._rvbox_web_exit_code() + ")");
    return;
  }
  schedule(sleep);
}

// Runs the next turn at once (a message round trip: setTimeout(0) is
// clamped to 4 ms) or after the guest's idle time. A browser may stretch
// a short timer to 4 ms: the guest's next timer interrupt then comes a
// little late, which an idle guest does not notice, while turning at once
// for every idle gap would keep a core busy (Linux ticks every 4 ms).
// Only a gap below a millisecond is waited out by turning again.
const TIMER_MIN_MS = 1;
function schedule(ms) {
  if (scheduled) return;
  scheduled = true;
  if (ms >= TIMER_MIN_MS && !pendingInput.length) {
    sleepTimer = setTimeout(turn, Math.ceil(ms));   /* whole ms: never wake early */
  } else {
    wakeChannel.port2.postMessage(0);
  }
}
wakeChannel.port1.onmessage = turn;

// Something for the guest arrived: cut a sleep short.
function wake() {
  if (sleepTimer !== null) {
    clearTimeout(sleepTimer);
    sleepTimer = null;
    scheduled = false;
  }
  if (running) schedule(0);
}

// --- start-up ----------------------------------------------------------------

async function start(msg) {
  relayUrl = msg.relay || "";
  if (msg.canvas) { canvas = msg.canvas; ctx2d = canvas.getContext("2d"); }
  const cfgText = new TextDecoder().decode(await fetchBytes(msg.config));
  let cfg;
  try { cfg = JSON.parse(cfgText); } catch (e) { throw new Error(msg.config + ": " + e.message); }
  const base = msg.config.replace(/[^/]*$/, "");
  M = await createRvbox({ rvbox: { consoleWrite: (d) => post("console", { data: d }), blockOpen,
                                   blockFetch, blockStore, blockFlush, netOpen, netSend, fsChanged },
                          print: (t) => console.log(t), printErr: (t) => console.warn(t) });
  M.FS.mkdir("/web");
  if (cfg.fs0) await mountShare();
  for (const key of ["bios", "kernel", "initrd"]) {
    if (!cfg[key] || cfg[key] === "none") continue;
    const path = "/web/" + cfg[key];
    M.FS.mkdirTree(path.replace(/\/[^/]*$/, ""));
    M.FS.writeFile(path, await fetchBytes(base + cfg[key], cfg[key]));
  }
  for (const key of Object.keys(cfg).filter((k) => /^drive\d$/.test(k))) {
    const file = typeof cfg[key] === "string" ? cfg[key] : cfg[key].file;
    await prepareDisk(base + file);
  }
  M.FS.writeFile("/web/rvbox.cfg", cfgText);
  post("progress", { done: true });
  if (M.ccall("rvbox_web_start", "number", ["string"], ["/web/rvbox.cfg"]) !== 0) {
    throw new Error(M.UTF8ToString(M._rvbox_web_error()));
  }
  running = true;
  startedAt = performance.now();
  post("running", {});
  schedule(0);
}

const handlers = {
  start: (m) => start(m).catch((e) => fail(e.message)),
  stop: () => { running = false; if (sleepTimer) clearTimeout(sleepTimer); sleepTimer = null; scheduled = false; post("stopped", {}); },
  resume: () => { if (M && !running) { running = true; post("running", {}); schedule(0); } },
  input: (m) => { pendingInput.push(m.data); wake(); },
  resize: (m) => M && M._rvbox_web_console_resize(m.cols, m.rows),
  key: (m) => { if (M) { M._rvbox_web_key(m.code, m.down ? 1 : 0); wake(); } },
  pointer: (m) => { if (M) { M._rvbox_web_pointer(m.x, m.y); wake(); } },
  button: (m) => { if (M) { M._rvbox_web_button(m.code, m.down ? 1 : 0); wake(); } },
  putfile: putFile,
  getfile: getFile,
  wheel: (m) => { if (M) { M._rvbox_web_wheel(m.clicks); wake(); } },
};

self.onmessage = (ev) => {
  const h = handlers[ev.data.type];
  if (h) h(ev.data);
};
