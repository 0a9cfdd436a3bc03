// ReplyCheck's browser glue, prepended to the Emscripten output (--pre-js). It closes the gaps
// between Dear ImGui on Emscripten's GLFW and a real web page:
//  - frames are drawn on demand (after input, resize or a state change), never in a busy loop;
//  - the canvas follows the window size and devicePixelRatio;
//  - typed text, dead keys, IME composition and emoji come from a hidden textarea;
//  - paste uses the browser's `paste` event, copy uses navigator.clipboard.
// It also publishes window.replycheck, the page's JS API.
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var textInput = document.getElementById('text-input');
  Module.canvas = canvas;

  // --- frames on demand ---------------------------------------------------------------------
  // ImGui needs a few frames after an event to settle (hover, nav highlight, tooltips), so frames
  // continue for SETTLE_MS after the last event, and for at least SETTLE_FRAMES however slow
  // they are (the first one builds the font atlas), and then stop.
  var SETTLE_MS = 500;
  var SETTLE_FRAMES = 3;
  var settleFrames = 0;
  var ready = false;
  var frameQueued = false;
  var lastEventAt = 0;
  var frames = 0;
  var timings = { firstFrameMs: 0, readyAtMs: 0 };

  function drawFrame() {
    frameQueued = false;
    frames += 1;
    var started = performance.now();
    var more = Module._rc_frame();
    if (frames === 1) timings.firstFrameMs = performance.now() - started;
    settleFrames = Math.max(0, settleFrames - 1);
    if (more || settleFrames > 0 || performance.now() - lastEventAt < SETTLE_MS) queueFrame();
  }
  function queueFrame() {
    if (ready && !frameQueued) {
      frameQueued = true;
      requestAnimationFrame(drawFrame);
    }
  }
  function wake() {
    lastEventAt = performance.now();
    settleFrames = SETTLE_FRAMES;
    queueFrame();
  }
  Module.rcWake = wake;

  // --- size and pixel ratio -----------------------------------------------------------------
  function resize() {
    var ratio = window.devicePixelRatio || 1;
    var width = canvas.clientWidth || window.innerWidth;
    var height = canvas.clientHeight || window.innerHeight;
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
    if (ready) Module._rc_resize(width, height, ratio);
    wake();
  }
  // devicePixelRatio changes with browser zoom and when the window moves to another screen.
  function watchPixelRatio() {
    var query = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
    query.addEventListener('change', function () { resize(); watchPixelRatio(); }, { once: true });
  }
  window.addEventListener('resize', resize);

  // --- strings into wasm --------------------------------------------------------------------
  // A lone surrogate has no UTF-8 form; Emscripten's encoder would merge it with the next
  // character ('a\ud800"b' became U+10022 in place of '"'). It becomes U+FFFD, as TextEncoder does.
  // Pairs match first and are kept; what is left of a surrogate is alone.
  var SURROGATES = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
  function wellFormed(text) {
    if (typeof text.toWellFormed === 'function') return text.toWellFormed();
    return text.replace(SURROGATES, function (s) { return s.length === 2 ? s : '\ufffd'; });
  }
  Module.rcWellFormed = wellFormed;
  function withUtf8(text, fn) {
    text = wellFormed(String(text));
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    try {
      stringToUTF8(text, ptr, size);
      return fn(ptr);
    } finally {
      _free(ptr);
    }
  }
  Module.rcWithUtf8 = withUtf8;

  // --- keyboard and text --------------------------------------------------------------------
  // These capture listeners are added before glfwInit adds GLFW's, so they run first.
  window.addEventListener('keydown', function (e) {
    var shortcut = (e.ctrlKey || e.metaKey) && !e.altKey;
    var key = e.key.toLowerCase();
    // Ctrl/Cmd+V: keep the keydown from GLFW, so ImGui does not paste its stale clipboard; the
    // default action is left alone, and the browser follows with a `paste` event.
    if (shortcut && key === 'v') e.stopImmediatePropagation();
    // Copy and cut are ImGui's (through rcWriteClipboard); the browser must not copy or cut the
    // textarea's placeholder first.
    if (shortcut && (key === 'c' || key === 'x' || key === 'a' || key === 'z' || key === 'y')) e.preventDefault();
    wake();
  }, true);
  ['keyup', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'touchstart', 'touchmove', 'touchend', 'focus', 'blur']
    .forEach(function (type) { window.addEventListener(type, wake, { capture: true, passive: true }); });

  // The textarea always holds one selected placeholder character. With a selection there is no
  // caret, and a caret, even an invisible one, blinks and repaints the page twice a second.
  var PLACEHOLDER = '\u00a0';
  function resetTextInput() {
    textInput.value = PLACEHOLDER;
    textInput.setSelectionRange(0, PLACEHOLDER.length);
  }

  function sendText(text) {
    if (!text || !ready) return;
    withUtf8(text, function (ptr) { Module._rc_input_text(ptr); });
    wake();
  }
  textInput.addEventListener('input', function (e) {
    // Composition text arrives once, whole, in compositionend; line breaks, deletions and
    // history are keys that ImGui already received through GLFW.
    if (!e.isComposing && (e.inputType === 'insertText' || e.inputType === 'insertReplacementText')) sendText(e.data);
    if (!e.isComposing) resetTextInput();
  });
  textInput.addEventListener('compositionend', function (e) {
    sendComposition('');
    sendText(e.data);
    resetTextInput();
  });
  // The text being composed is shown inline in the editor, underlined, until it is committed.
  function sendComposition(text) {
    if (!ready) return;
    withUtf8(text || '', function (ptr) { Module._rc_composition(ptr); });
    wake();
  }
  function forwardComposition() {
    textInput.addEventListener('compositionstart', function () { sendComposition(''); });
    textInput.addEventListener('compositionupdate', function (e) { sendComposition(e.data); });
  }
  forwardComposition();
  // Clicks and arrow keys move the browser's selection; put it back so no caret appears.
  document.addEventListener('selectionchange', function () {
    if (document.activeElement === textInput && !textInput.value.length) return;
    if (document.activeElement === textInput &&
        (textInput.selectionStart !== 0 || textInput.selectionEnd !== textInput.value.length)) {
      textInput.setSelectionRange(0, textInput.value.length);
    }
  });
  window.addEventListener('paste', function (e) {
    var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    e.preventDefault();
    if (!text || !ready) return;
    withUtf8(text.replace(/\r\n?/g, '\n'), function (ptr) { Module._rc_paste(ptr); });
    wake();
  }, true);

  // ImGui copy/cut (Ctrl+C, Ctrl+X, copy buttons) end here.
  Module.rcWriteClipboard = function (text) {
    function fallback() {
      textInput.value = text;
      textInput.select();
      try { document.execCommand('copy'); } catch (err) { /* nothing else to try */ }
      resetTextInput();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
    else fallback();
  };
  // Keeps IME candidate windows next to ImGui's caret.
  Module.rcPlaceTextInput = function (x, y, lineHeight) {
    textInput.style.left = x + 'px';
    textInput.style.top = y + 'px';
    textInput.style.height = lineHeight + 'px';
  };
  function focusTextInput() {
    textInput.focus({ preventScroll: true });
    if (textInput.value !== PLACEHOLDER) resetTextInput();
  }
  canvas.addEventListener('mouseup', focusTextInput);
  canvas.addEventListener('touchend', focusTextInput);
  window.addEventListener('focus', focusTextInput);

  // --- another tab of the app -----------------------------------------------------------------
  // localStorage's `storage` event fires in every other tab of this origin when one of them saves;
  // the app then offers that newer work rather than save over it unseen (wasm/storage.cpp).
  function watchOtherTabs() {
    if (otherTabs) {
      otherTabs.onmessage = function (e) {
        if (!ready || !e.data || typeof e.data.key !== 'string') return;
        stored[e.data.key] = e.data.text;
        withUtf8(e.data.key, function (keyPtr) {
          withUtf8(e.data.text === null ? '' : e.data.text, function (textPtr) { Module._rc_storage_changed(keyPtr, textPtr); });
        });
        wake();
      };
    }
    window.addEventListener('storage', function (e) {
      if (!ready || !e.key || e.key.indexOf('replycheck.') !== 0 || e.storageArea !== window.localStorage) return;
      withUtf8(e.key, function (keyPtr) {
        withUtf8(e.newValue === null ? '' : e.newValue, function (textPtr) { Module._rc_storage_changed(keyPtr, textPtr); });
      });
      wake();
    });
  }
  // A first run follows the system's light or dark preference.
  Module.rcPrefersDark = function () {
    return !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  };

  // --- saved work and JSON files (packs, scenario sets, practice sessions) -----------------------------------------------------------
  // What can grow to megabytes lives in IndexedDB, whose quota is far larger than localStorage's
  // 5 MB: imported packs, trainer mode's work (practice session, scenario sets, answers) and the
  // undo history. The work itself (draft, context, settings) stays in localStorage: small, and its
  // `storage` event tells other tabs at once. IndexedDB is read into `stored` before main() runs,
  // so loading stays synchronous; its saves are announced to other tabs on a BroadcastChannel
  // (the keys marked true: no tab follows another's undo history). A save that fails, in either,
  // is reported to the app at once (rc_save_failed) and the work stays in memory. Storage can also
  // be missing (private modes); without IndexedDB everything goes to localStorage.
  var IDB_KEYS = { 'replycheck.packs': true, 'replycheck.trainer': true, 'replycheck.history': false };
  function inIndexedDB(key) { return Object.prototype.hasOwnProperty.call(IDB_KEYS, key) && db !== null; }
  var stored = {};  // IndexedDB's values as last read or saved
  var db = null;
  var otherTabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('replycheck.saved') : null;
  function reason(err) { return err ? (err.name ? err.name + (err.message ? ': ' + err.message : '') : String(err)) : 'unknown error'; }
  function saveFailed(key, err) {
    console.warn('ReplyCheck: could not save ' + key + ': ' + reason(err));
    if (!ready) return;
    withUtf8(key, function (keyPtr) {
      withUtf8(reason(err), function (whyPtr) { Module._rc_save_failed(keyPtr, whyPtr); });
    });
    wake();
  }
  function openDatabase() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open('replycheck', 1);
      request.onupgradeneeded = function () { request.result.createObjectStore('saved'); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
      request.onblocked = function () { reject(new Error('blocked by another tab')); };
    });
  }
  function readAll(database) {
    return new Promise(function (resolve, reject) {
      var tx = database.transaction('saved', 'readonly');
      var cursor = tx.objectStore('saved').openCursor();
      cursor.onsuccess = function () {
        var at = cursor.result;
        if (!at) return;
        if (typeof at.value === 'string') stored[at.key] = at.value;
        at.continue();
      };
      tx.oncomplete = function () { resolve(); };
      tx.onerror = tx.onabort = function () { reject(tx.error); };
    });
  }
  function writeStored(key, text) {
    stored[key] = text;
    var tx;
    try {
      tx = db.transaction('saved', 'readwrite');
      if (text === null) tx.objectStore('saved').delete(key);
      else tx.objectStore('saved').put(text, key);
    } catch (err) {
      saveFailed(key, err);
      return;
    }
    tx.oncomplete = function () {
      // Saved where it now lives: an older copy in localStorage (before IndexedDB) goes.
      try { window.localStorage.removeItem(key); } catch (err) { /* nothing to clean */ }
      if (otherTabs && text !== null && IDB_KEYS[key]) otherTabs.postMessage({ key: key, text: text });
    };
    // A write IndexedDB refused (quota, a full disk) is kept in localStorage, where a copy of an
    // IndexedDB key only ever lives until the next write that succeeds: so it is always the newer.
    tx.onabort = function () {
      if (text !== null) {
        try {
          window.localStorage.setItem(key, text);
          console.warn('ReplyCheck: IndexedDB refused ' + key + ' (' + reason(tx.error) + '); kept in localStorage');
          return;
        } catch (err) { /* both refused: say so */ }
      }
      saveFailed(key, tx.error);
    };
  }
  // The app never waits long for IndexedDB: blocked or slow, it starts with localStorage alone.
  var IDB_WAIT_MS = 10000;
  Module.preRun = [].concat(Module.preRun || [], function () {
    if (typeof indexedDB === 'undefined') return;
    addRunDependency('replycheck-saved');
    var waited = false;
    function go() {
      if (waited) return;
      waited = true;
      removeRunDependency('replycheck-saved');
    }
    var timer = setTimeout(function () {
      console.warn('ReplyCheck: IndexedDB did not open in time; everything is saved in localStorage');
      go();
    }, IDB_WAIT_MS);
    openDatabase().then(function (opened) {
      if (waited) { opened.close(); return; }
      // Another tab deleting or upgrading the database must not wait on this one.
      opened.onversionchange = function () { opened.close(); if (db === opened) db = null; };
      return readAll(opened).then(function () { db = opened; });
    }).catch(function (err) { console.warn('ReplyCheck: no IndexedDB, everything is saved in localStorage: ' + reason(err)); })
      .then(function () { clearTimeout(timer); go(); });
  });
  Module.rcLoad = function (key) {
    var kept = null;
    try { kept = window.localStorage.getItem(key); } catch (err) { /* no localStorage */ }
    if (kept === null && inIndexedDB(key) && Object.prototype.hasOwnProperty.call(stored, key)) return stored[key];
    return kept;
  };
  Module.rcSave = function (key, text) {
    if (inIndexedDB(key)) { writeStored(key, text); return; }
    try { window.localStorage.setItem(key, text); } catch (err) { saveFailed(key, err); }
  };
  // Saved text the app cannot read is kept under "<key>.bad", where nothing loads it.
  Module.rcSetAside = function (key) {
    var text = Module.rcLoad(key);
    if (text === null) return;
    console.warn('ReplyCheck: saved ' + key + ' cannot be read; kept as ' + key + '.bad');
    var inDatabase = inIndexedDB(key);
    if (inDatabase) {
      writeStored(key + '.bad', text);
      writeStored(key, null);
    }
    try {
      window.localStorage.removeItem(key);
      if (!inDatabase) window.localStorage.setItem(key + '.bad', text);
    } catch (err) { console.warn('ReplyCheck: could not keep ' + key + '.bad: ' + reason(err)); }
  };
  // A notice in the app (AppState::notice), for what the page refused or could not do.
  function notify(text) {
    if (!ready) { console.warn('ReplyCheck: ' + text); return; }
    withUtf8(text, function (ptr) { Module._rc_notice(ptr); });
    wake();
  }
  Module.rcNotify = notify;
  function megabytes(bytes) { return (bytes / 1048576).toFixed(1) + ' MB'; }
  // The bytes as the CLI reads them (cli/read_file.cpp): a UTF-8 byte order mark is skipped,
  // UTF-16 and UTF-32 and invalid UTF-8 are refused; null after saying why.
  function decodeJsonFile(name, bytes) {
    var b = new Uint8Array(bytes);
    if ((b[0] === 0xFF && b[1] === 0xFE) || (b[0] === 0xFE && b[1] === 0xFF) || (b[0] === 0 && b[1] === 0 && b[2] === 0xFE)) {
      notify('Cannot open ' + name + ': it is UTF-16 or UTF-32; save it as UTF-8');
      return null;
    }
    if (b[0] === 0xEF && b[1] === 0xBB && b[2] === 0xBF) b = b.subarray(3);
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
    } catch (err) {
      notify('Cannot open ' + name + ': it is not valid UTF-8');
      return null;
    }
  }
  function openJsonFile(file) {
    // Refused from its size, before it is read: a 160 MB file blocked the page for 6 s.
    var limit = Module._rc_max_file_bytes();
    if (file.size > limit) {
      notify('Cannot open ' + file.name + ': it is ' + megabytes(file.size) + '; the limit is ' + megabytes(limit));
      return;
    }
    file.arrayBuffer().then(function (bytes) {
      var text = decodeJsonFile(file.name, bytes);
      if (text === null) return;
      withUtf8(file.name, function (namePtr) {
        withUtf8(text, function (textPtr) { Module._rc_open_file(namePtr, textPtr); });
      });
      wake();
    }).catch(function (err) {
      notify('Cannot open ' + file.name + ': ' + (err && err.message ? err.message : String(err)));
    });
  }
  var jsonInput = document.createElement('input');
  jsonInput.type = 'file';
  jsonInput.accept = '.json,application/json';
  jsonInput.style.display = 'none';
  jsonInput.addEventListener('change', function () {
    if (jsonInput.files.length) openJsonFile(jsonInput.files[0]);
    jsonInput.value = '';
  });
  document.body.appendChild(jsonInput);
  Module.rcPickJsonFile = function () { jsonInput.click(); };
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    var files = e.dataTransfer ? e.dataTransfer.files : [];
    if (files.length && ready) openJsonFile(files[0]);
  });
  Module.rcDownload = function (name, text) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: /\.csv$/.test(name) ? 'text/csv' : 'application/json' }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  };

  // The served build works offline after the first visit; file:// has no service workers.
  if ('serviceWorker' in navigator && (location.protocol === 'http:' || location.protocol === 'https:')) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('sw.js').catch(function (err) { console.warn('ReplyCheck: no offline cache: ' + err); });
    });
  }

  // --- start-up and API ---------------------------------------------------------------------
  var resolveReady;
  var readyPromise = new Promise(function (resolve) { resolveReady = resolve; });
  Module.rcReady = function () {
    ready = true;
    timings.readyAtMs = performance.now();
    document.body.classList.add('ready');
    resize();
    watchPixelRatio();
    watchOtherTabs();
    focusTextInput();
    resolveReady();
  };

  function callJson(fn) { return JSON.parse(UTF8ToString(fn())); }
  window.replycheck = {
    ready: readyPromise,
    // Checks one request (core/engine/json_io.h) with the active pack. A JSON string in gives
    // the result as a JSON string; an object in gives an object.
    // Anything else (undefined, a function, a symbol, a cyclic object) gives {error}, as a bad
    // JSON string does, rather than a TypeError.
    check: function (request) {
      var text = request;
      if (typeof request !== 'string') {
        var why = null;
        try {
          // JSON.stringify writes a lone surrogate as a \ud800 escape, which the core refuses.
          text = request !== null && typeof request === 'object'
            ? JSON.stringify(request, function (key, value) { return typeof value === 'string' ? wellFormed(value) : value; })
            : undefined;
        } catch (err) {
          why = 'the request cannot be written as JSON: ' + (err && err.message ? err.message : String(err));
        }
        if (typeof text !== 'string') {
          var kind = request === null ? 'null' : Array.isArray(request) ? 'an array' : typeof request;
          return { id: null, error: { code: 'bad_request', message: why || 'expected a JSON string or an object, got ' + kind } };
        }
      }
      // Every UTF-16 unit is at least one UTF-8 byte: a longer string is refused before it is
      // copied into wasm (a 100 MB one took 5 s to be told so).
      var limit = Module._rc_max_request_bytes();
      if (text.length > limit) {
        var refused = { id: null, error: { code: 'bad_request', message: '$: request is ' + text.length +
          ' characters; the limit is ' + limit + ' bytes' } };
        return typeof request === 'string' ? JSON.stringify(refused) : refused;
      }
      var out = withUtf8(text, function (ptr) { return UTF8ToString(Module._rc_check(ptr)); });
      return typeof request === 'string' ? out : JSON.parse(out);
    },
    // The app's state: the draft, its context, what the core made of them and where widgets are;
    // null until the app has started (await `ready`).
    state: function () { return ready ? callJson(Module._rc_state_json) : null; },
    // Frames drawn since load; stays still while the page is idle.
    frames: function () { return frames; },
    // Start-up costs in ms: when main() finished (from navigation start) and the first frame.
    timings: function () { return Object.assign({}, timings); },
  };
})();
