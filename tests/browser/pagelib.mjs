// What the browser tests and the browser benchmark share: a static web
// server for build/web (with extra files a test adds) and reading the
// page's terminal.
import { readFileSync, statSync } from "node:fs";
import http from "node:http";
import { extname, join } from "node:path";

// --- the web server: build/web, plus files a test puts in `extra` --------

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css",
                ".wasm": "application/wasm", ".json": "application/json" };
export const extra = new Map();   // URL path -> Buffer
export function startServer(dir) {
  const server = http.createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/") path = "/index.html";
    let body = extra.get(path);
    if (!body) {
      const file = join(dir, path);
      if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain" });
        res.end("not found");
        return;
      }
      body = readFileSync(file);
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(path)] || "application/octet-stream",
                         "Content-Length": body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// --- reading the page ---------------------------------------------------

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const text = (page) => page.evaluate(() => window.rvboxTerminalText());

export async function waitFor(page, what, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const t = await text(page);
    if (typeof what === "string" ? t.includes(what) : what.test(t)) return t;
    if (Date.now() > deadline) throw new Error("no " + what + " within " + ms + " ms; the terminal ends with:\n" + t.slice(-800));
    await sleep(200);
  }
}

