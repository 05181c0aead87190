// The JavaScript side of frontends/web/web_host.h, linked into rvbox.js
// with --js-library. Each function forwards to the hooks the worker
// (worker.js) installs on Module.rvbox before starting the machine.
mergeInto(LibraryManager.library, {
  web_console_write: function (ptr, len) {
    Module.rvbox.consoleWrite(HEAPU8.slice(ptr, ptr + len));
  },
  web_block_open: function (name, bytesPtr, chunkPtr) {
    var disk = Module.rvbox.blockOpen(UTF8ToString(name));
    if (!disk) return -1;
    HEAPF64[bytesPtr >> 3] = disk.size;
    HEAPF64[chunkPtr >> 3] = disk.chunkSize;
    return disk.id;
  },
  web_block_fetch: function (id, index) {
    Module.rvbox.blockFetch(id, index >>> 0);
  },
  web_block_store: function (id, index, ptr, len) {
    Module.rvbox.blockStore(id, index >>> 0, HEAPU8.slice(ptr, ptr + len));
  },
  web_block_flush: function (id, token) {
    Module.rvbox.blockFlush(id, token >>> 0);
  },
  web_net_open: function () {
    Module.rvbox.netOpen();
  },
  web_fs_changed: function () {
    Module.rvbox.fsChanged();
  },
  web_net_send: function (ptr, len) {
    return Module.rvbox.netSend(HEAPU8.slice(ptr, ptr + len));
  },
});
