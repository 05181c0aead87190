// The page: an xterm.js terminal on the guest's console (virtio-console),
// a canvas showing its display (virtio-gpu) and taking keyboard and pointer
// input (virtio-input), download progress, start/stop/reset, and the
// control that forgets the guest's disk writes. The machine itself runs in
// worker.js.
//
// URL parameters: config= (default rvbox.cfg), relay= (the rvbox-relay
// WebSocket, default ws://127.0.0.1:8086/; relay= with nothing: no network).
"use strict";
const params = new URLSearchParams(location.search);
const CONFIG = params.get("config") || "rvbox.cfg";
const RELAY = params.has("relay") ? params.get("relay") : "ws://127.0.0.1:8086/";
const $ = (id) => document.getElementById(id);

const term = new Terminal({ convertEol: false, scrollback: 5000, fontSize: 14 });
const fit = new FitAddon.FitAddon();
term.loadAddon(fit);
term.open($("terminal"));
fit.fit();

let worker = null;
let canvasTaken = false;
const screen = $("screen");

function status(text) {
  $("status").textContent = text;
}

// A failure the user must see: the bar above the terminal.
function message(text) {
  const m = $("message");
  m.textContent = text;
  m.hidden = !text;
}

function onWorkerMessage(ev) {
  const m = ev.data;
  switch (m.type) {
  case "console": term.write(m.data); break;
  case "progress":
    $("progress").hidden = !!m.done;
    if (!m.done) {
      $("bar").value = m.total ? m.loaded / m.total : 0;
      $("progtext").textContent = m.what + ": " + (m.loaded >> 10) + " KiB" +
        (m.total ? " of " + (m.total >> 10) + " KiB" : "");
    }
    break;
  case "running": status("running"); setButtons(true); break;
  case "stopped": status("stopped"); break;
  case "exit":
    status("powered off (status " + m.code + ")");
    window.rvboxExit = { code: m.code, ms: m.ms };
    setButtons(false);
    break;
  case "error": message(m.text); break;
  case "net": status("running, network " + m.state); break;
  case "screen": break;
  case "file": saveFile(m); break;
  }
}

function setButtons(on) {
  $("start").disabled = on;
  $("stop").disabled = !on;
  $("reset").disabled = !on;
}

// A canvas can give its drawing to a worker once; a new worker (after a
// reset) needs a new canvas element in its place.
function freshCanvas() {
  if (!canvasTaken) return screen;
  const c = document.createElement("canvas");
  for (const a of ["width", "height", "tabindex", "title"]) c.setAttribute(a, screen.getAttribute(a));
  c.id = "screen";
  $("screen").replaceWith(c);
  attachCanvasInput(c);
  return c;
}

function start() {
  message("");
  const c = freshCanvas();
  canvasTaken = true;
  const off = c.transferControlToOffscreen();
  worker = new Worker("worker.js");
  worker.onmessage = onWorkerMessage;
  worker.onerror = (e) => { message("rvbox: the emulator stopped: " + e.message); status("failed"); };
  worker.postMessage({ type: "start", config: CONFIG, relay: RELAY, canvas: off }, [off]);
  worker.postMessage({ type: "resize", cols: term.cols, rows: term.rows });
  status("loading");
  setButtons(true);
}

function stopWorker() {
  if (worker) worker.terminate();
  worker = null;
}

term.onData((text) => worker && worker.postMessage({ type: "input", data: new TextEncoder().encode(text) }));
term.onBinary((bin) => worker && worker.postMessage({ type: "input", data: Uint8Array.from(bin, (c) => c.charCodeAt(0)) }));
window.addEventListener("resize", () => {
  fit.fit();
  if (worker) worker.postMessage({ type: "resize", cols: term.cols, rows: term.rows });
});

$("start").onclick = start;
$("stop").onclick = () => {
  if (!worker) return;
  const stopping = $("stop").textContent === "Stop";
  worker.postMessage({ type: stopping ? "stop" : "resume" });
  $("stop").textContent = stopping ? "Continue" : "Stop";
};
$("reset").onclick = () => { stopWorker(); term.reset(); start(); };
$("discard").onclick = () => {
  const wasRunning = !!worker;
  stopWorker();
  const req = indexedDB.deleteDatabase("rvbox");
  req.onsuccess = () => {
    term.write("\r\n\x1b[1mrvbox: the guest's disk writes kept in this browser are discarded\x1b[0m\r\n");
    if (wasRunning) { term.reset(); start(); } else { status("stopped"); setButtons(false); }
  };
  req.onerror = () => message("rvbox: cannot discard the disk writes: " + req.error);
};

// --- files in and out of the shared directory (/mnt/share in the guest) --

function sendFiles(files) {
  for (const f of files) {
    f.arrayBuffer().then((b) => worker && worker.postMessage({ type: "putfile", name: f.name, data: new Uint8Array(b) }));
  }
}
$("upload").onchange = (e) => { sendFiles(e.target.files); e.target.value = ""; };
document.addEventListener("dragover", (e) => e.preventDefault());
document.addEventListener("drop", (e) => { e.preventDefault(); sendFiles(e.dataTransfer.files); });
$("get").onclick = () => worker && worker.postMessage({ type: "getfile", name: $("getname").value });

function saveFile(m) {
  if (!m.data) { message("rvbox: " + m.error); return; }
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([m.data]));
  a.download = m.name.replace(/.*\//, "");
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

// --- the canvas: keyboard and pointer into virtio-input -------------------

function attachCanvasInput(c) {
  const send = (m) => worker && worker.postMessage(m);
  const key = (down) => (e) => {
    const code = EVDEV_KEYS[e.code];
    if (code === undefined) return;
    e.preventDefault();
    send({ type: "key", code, down });
  };
  c.addEventListener("keydown", key(true));
  c.addEventListener("keyup", key(false));
  const pos = (e) => {
    const r = c.getBoundingClientRect();
    return { x: Math.round((e.clientX - r.left) * c.width / r.width),
             y: Math.round((e.clientY - r.top) * c.height / r.height) };
  };
  c.addEventListener("mousemove", (e) => send(Object.assign({ type: "pointer" }, pos(e))));
  c.addEventListener("mousedown", (e) => {
    c.focus();
    send(Object.assign({ type: "pointer" }, pos(e)));
    if (EVDEV_BUTTONS[e.button]) send({ type: "button", code: EVDEV_BUTTONS[e.button], down: true });
  });
  c.addEventListener("mouseup", (e) => {
    if (EVDEV_BUTTONS[e.button]) send({ type: "button", code: EVDEV_BUTTONS[e.button], down: false });
  });
  c.addEventListener("wheel", (e) => { e.preventDefault(); send({ type: "wheel", clicks: e.deltaY < 0 ? 1 : -1 }); });
  c.addEventListener("contextmenu", (e) => e.preventDefault());
}
attachCanvasInput(screen);

// For tests and scripts: the terminal's text, last lines first trimmed.
window.rvboxTerminalText = () => {
  const b = term.buffer.active;
  const lines = [];
  for (let i = 0; i < b.length; i++) lines.push(b.getLine(i).translateToString(true));
  return lines.join("\n");
};

if (params.get("autostart") !== "0") start();
