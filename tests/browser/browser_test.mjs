// The browser build as a user sees it: Debian's chromium (headless, driven
// by playwright-core) opens the page that make web built, served from
// 127.0.0.1, and the test types into the xterm.js terminal and the canvas.
//   1. Linux boots to a shell; `uname -m` prints riscv64.
//   2. A file written on /dev/vda survives a page reload (the IndexedDB
//      overlay) and is gone after "Discard disk changes"; the image on the
//      server never changes.
//   3. With rvbox-relay on 127.0.0.1 the guest gets a DHCP lease and
//      downloads a file from a server on the host's loopback (md5).
//   4. A pattern the guest writes to /dev/fb0 is in the canvas, pixel for
//      pixel; keys typed on the canvas reach the guest (virtio-input).
//   5. A file added on the page shows in the guest's 9P share, a file the
//      guest writes there downloads from the page, and both outlive a
//      reload (IndexedDB).
//   6. Bad input: a 404 image, a truncated disk image, a lost WebSocket:
//      the page and the terminal say what happened, the tab stays alive.
// Usage: node browser_test.mjs WEB_DIR RELAY_BINARY (tests/browser/run.sh).
import { createHash, randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { createRequire } from "node:module";
import { extra, sleep, startServer, text, waitFor } from "./pagelib.mjs";

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE || "playwright-core");
const [WEB, RELAY] = process.argv.slice(2);
const BOOT_MS = 120000;
let passed = 0, failed = 0;

function check(name, cond, detail) {
  if (cond) { passed++; console.log("ok - " + name); }
  else { failed++; console.log("not ok - " + name + (detail ? "\n#   " + String(detail).slice(-600).replace(/\n/g, "\n#   ") : "")); }
}

// Hash of every file of the served disk image (the server's copy).
function imageDigest() {
  const h = createHash("sha256");
  const d = join(WEB, "images", "disk.ext2.d");
  for (const f of readdirSync(d).sort()) h.update(readFileSync(join(d, f)));
  h.update(readFileSync(join(WEB, "images", "disk.ext2.json")));
  return h.digest("hex");
}

// --- driving the page ----------------------------------------------------

let marker = 100;
// Types cmd into the terminal and waits for it to finish; returns what it
// printed. The end marker is printed by arithmetic, so the echoed command
// line itself never matches.
async function run(page, cmd, ms = 30000) {
  const n = ++marker;
  await page.click("#terminal");
  await page.keyboard.type(cmd + "; echo END-$((" + (n - 1) + "+1))");
  await page.keyboard.press("Enter");
  const t = await waitFor(page, "END-" + n + "\n", ms);
  const end = t.lastIndexOf("END-" + n);
  const start = t.lastIndexOf("+1))", end);
  return t.slice(start + 4, end).trim();
}

async function boot(page, url) {
  await page.goto(url);
  await waitFor(page, "rvbox guest ready", BOOT_MS);
  await waitFor(page, /# $/m, 10000);
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1800, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (e) => console.log("# page error: " + e.message));
  return page;
}

// --- the tests ----------------------------------------------------------------

async function testBootAndDisk(browser, base) {
  const before = imageDigest();
  const page = await newPage(browser);
  const t0 = Date.now();
  await boot(page, base + "?relay=");
  console.log("# boot to the shell in the page: " + ((Date.now() - t0) / 1000).toFixed(1) + " s");
  const out = await run(page, "uname -m");
  check("uname -m in the xterm.js terminal prints riscv64", out === "riscv64", out);

  const token = "kept-" + randomBytes(4).toString("hex");
  await run(page, "mount /dev/vda /mnt && echo " + token + " > /mnt/browser.txt && sync");
  await page.reload();
  await waitFor(page, "rvbox guest ready", BOOT_MS);
  const restored = await text(page);
  check("the page says the guest's writes were restored from IndexedDB",
        /chunks of earlier writes restored from this browser/.test(restored), restored.slice(0, 400));
  const back = await run(page, "mount /dev/vda /mnt && cat /mnt/browser.txt");
  check("a file written on /dev/vda is there after a page reload", back.includes(token), back);

  await page.click("#discard");
  await waitFor(page, "disk writes kept in this browser are discarded", 10000);
  await waitFor(page, "rvbox guest ready", BOOT_MS);
  const gone = await run(page, "mount /dev/vda /mnt && cat /mnt/browser.txt 2>&1");
  check("after Discard disk changes the file is gone", /No such file/.test(gone) && !gone.includes(token), gone);
  check("the disk image on the server is byte-identical throughout", imageDigest() === before);
  await page.context().close();
}

async function testNetwork(browser, base) {
  const relay = spawn(RELAY, ["--listen", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise((resolve, reject) => {
    relay.stdout.on("data", (d) => { const m = /listening on (ws:\S+)/.exec(String(d)); if (m) resolve(m[1]); });
    relay.on("exit", (c) => reject(new Error("rvbox-relay exited with " + c)));
  });
  const blob = randomBytes(3 << 20);
  const md5 = createHash("md5").update(blob).digest("hex");
  const files = http.createServer((req, res) => { res.writeHead(200, { "Content-Length": blob.length }); res.end(blob); });
  await new Promise((r) => files.listen(0, "127.0.0.1", r));
  const port = files.address().port;
  const page = await newPage(browser);
  try {
    await boot(page, base + "?relay=" + encodeURIComponent(url));
    const lease = await run(page, "udhcpc -i eth0 -q -n -t 5 -T 2 2>&1 | tail -n 3; ip -4 addr show eth0 | grep inet", 60000);
    check("the guest in the page gets a DHCP lease through the relay", /10\.0\.2\.15/.test(lease), lease);
    const got = await run(page, "wget -q -O /tmp/blob http://10.0.2.2:" + port + "/blob && md5sum /tmp/blob", 120000);
    check("a 3 MiB download from the host's loopback arrives intact (md5)", got.includes(md5), got + " want " + md5);

    relay.kill("SIGTERM");
    const lost = await waitFor(page, "the connection to the relay", 15000).catch((e) => e.message);
    check("a lost WebSocket: the terminal says the relay connection was lost", /connection to the relay at .* was lost/.test(lost), lost);
    const bar = await page.textContent("#message");
    check("a lost WebSocket: the page shows it", /was lost/.test(bar), bar);
    const alive = await run(page, "echo alive-$((20+1))");
    check("a lost WebSocket: the guest keeps running", alive.includes("alive-21"), alive);
  } finally {
    relay.kill("SIGKILL");
    files.close();
    await page.context().close();
  }
}

// The pixel (x, y) of a PNG, decoded by the browser.
async function pngPixels(page, png, points) {
  return page.evaluate(async ({ b64, points }) => {
    const img = new Image();
    img.src = "data:image/png;base64," + b64;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    return { size: [img.width, img.height],
             px: points.map(([x, y]) => Array.from(g.getImageData(x, y, 1, 1).data.slice(0, 3))) };
  }, { b64: png.toString("base64"), points });
}

async function testDisplay(browser, base) {
  const page = await newPage(browser);
  await boot(page, base + "?relay=");
  // Rows 200..249 white, 250..299 grey 0x40 (fb0 is 800 x 600, 4 bytes a
  // pixel), written two rows at a time from a file. Linux 6.1's fbdev
  // write() marks as changed the range just after the one it wrote (the
  // file position is already advanced) and a range of exactly one row as
  // zero pixels wide, so the writes are two rows long and the pattern
  // starts two rows early: each pair under test is marked by the write
  // before it.
  await run(page, "echo 0 > /sys/class/graphics/fbcon/cursor_blink; " +
            "{ head -c 166400 /dev/zero | tr '\\000' '\\377'; head -c 160000 /dev/zero | tr '\\000' '\\100'; } > /tmp/pat; " +
            "dd if=/tmp/pat of=/dev/fb0 bs=6400 seek=99 2>/dev/null");
  // The canvas at the page's origin, so the screenshot's pixels are the
  // canvas's own, not resampled from a fractional layout position.
  await page.addStyleTag({ content: "#screen { position: fixed; left: 0; top: 0; z-index: 9; outline: none; }" });
  // The guest flushes fb0 writes in pieces (deferred I/O every 50 ms):
  // look again for a few seconds until all of it is there.
  let size, px, ok = false;
  for (let i = 0; i < 20 && !ok; i++) {
    await sleep(250);
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 800, height: 600 } });
    ({ size, px } = await pngPixels(page, png, [[0, 200], [799, 200], [10, 210], [799, 249],
                                                [0, 250], [799, 250], [400, 260], [0, 299]]));
    ok = px.slice(0, 4).every((p) => p.join() === "255,255,255") &&
         px.slice(4).every((p) => p.join() === "64,64,64");
  }
  check("the canvas shows the 800 x 600 scanout unscaled", size.join() === "800,600", size);
  check("bytes written to /dev/fb0 show in the canvas at their place, exact colours", ok,
        JSON.stringify(px));

  await page.click("#screen");
  await page.keyboard.type("touch /tmp/canvaskey");
  await page.keyboard.press("Enter");
  await sleep(1000);
  const seen = await run(page, "test -e /tmp/canvaskey && echo KEY-$((6*7))");
  check("keys typed on the canvas reach the guest's tty1 through virtio-input", seen.includes("KEY-42"), seen);
  await page.context().close();
}

async function testShare(browser, base) {
  const page = await newPage(browser);
  await boot(page, base + "?relay=");
  const token = "dropped-" + randomBytes(4).toString("hex");
  await page.setInputFiles("#upload", { name: "hello.txt", mimeType: "text/plain", buffer: Buffer.from(token + "\n") });
  await waitFor(page, "added hello.txt to the shared directory", 10000);
  const seen = await run(page, "mkdir -p /mnt/share && mount -t 9p -o trans=virtio,version=9p2000.L share /mnt/share && cat /mnt/share/hello.txt");
  check("a file added on the page appears in the guest's 9P share", seen.includes(token), seen);

  const made = "made-" + randomBytes(4).toString("hex");
  await run(page, "echo " + made + " | tr a-z A-Z > /mnt/share/out.txt && sync");
  await page.fill("#getname", "out.txt");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#get")]);
  const got = readFileSync(await download.path(), "utf8");
  check("a file the guest writes in the share downloads from the page", got === made.toUpperCase() + "\n", got);

  await sleep(1500);   // the share goes back to IndexedDB half a second after a change
  await page.reload();
  await waitFor(page, "rvbox guest ready", BOOT_MS);
  const kept = await run(page, "mkdir -p /mnt/share && mount -t 9p -o trans=virtio,version=9p2000.L share /mnt/share && cat /mnt/share/out.txt");
  check("the share outlives a page reload (IndexedDB)", kept.includes(made.toUpperCase()), kept);
  await page.context().close();
}

async function testBadInput(browser, base) {
  const page = await newPage(browser);
  await page.goto(base + "?relay=&config=missing.cfg");
  const t = await waitFor(page, "HTTP 404", 20000).catch((e) => e.message);
  check("a config URL that 404s: the terminal says so", /cannot load missing\.cfg: HTTP 404/.test(t), t);
  check("a config URL that 404s: the page shows it", /HTTP 404/.test(await page.textContent("#message")));

  const cfg = JSON.parse(readFileSync(join(WEB, "rvbox.cfg"), "utf8"));
  extra.set("/nokernel.cfg", Buffer.from(JSON.stringify(Object.assign({}, cfg, { kernel: "images/none.gz" }))));
  await page.goto(base + "?relay=&config=nokernel.cfg");
  const k = await waitFor(page, "HTTP 404", 20000).catch((e) => e.message);
  check("a kernel URL that 404s: the terminal names it", /cannot load images\/none\.gz: HTTP 404/.test(k), k);

  // A disk whose manifest promises more than its chunks hold.
  const real = join(WEB, "images", "disk.ext2.d");
  for (const f of readdirSync(real)) {
    const data = readFileSync(join(real, f));
    extra.set("/images/trunc.ext2.d/" + f, f === "00001" ? data.subarray(0, 1000) : data);
  }
  extra.set("/images/trunc.ext2.json", readFileSync(join(WEB, "images", "disk.ext2.json")));
  extra.set("/trunc.cfg", Buffer.from(JSON.stringify(Object.assign({}, cfg, { drive0: { file: "images/trunc.ext2" } }))));
  await page.goto(base + "?relay=&config=trunc.cfg");
  await waitFor(page, "rvbox guest ready", BOOT_MS);
  const io = await run(page, "dd if=/dev/vda of=/dev/null bs=64k count=4 2>&1 | tail -n 2", 30000);
  const tt = await text(page);
  check("a truncated disk image: the terminal names the short chunk",
        /trunc\.ext2: chunk 1 has 1000 bytes, not 65536/.test(tt), tt.slice(-600));
  check("a truncated disk image: the guest gets an I/O error, not bad data", /I\/O error|Input\/output error/.test(io + tt), io);
  const start = Date.now();
  const alive = await run(page, "echo alive-$((40+2))");
  check("a truncated disk image: the tab and the guest stay responsive",
        alive.includes("alive-42") && Date.now() - start < 10000, alive);
  await page.context().close();
}

const server = await startServer(WEB);
const base = "http://127.0.0.1:" + server.address().port + "/";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
                                        args: ["--no-sandbox"] });
// ONLY=testDisplay (a test's name) runs that one alone.
const all = [testBootAndDisk, testNetwork, testDisplay, testShare, testBadInput];
for (const t of all.filter((f) => !process.env.ONLY || f.name === process.env.ONLY)) {
  try {
    await t(browser, base);
  } catch (e) {
    check(t.name + " ran to the end", false, e.stack || e.message);
  }
}
await browser.close();
server.close();
console.log("browser: " + passed + " passed, " + failed + " failed");
process.exit(failed ? 1 : 0);
