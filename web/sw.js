// ReplyCheck's service worker: after the first visit the app opens without a network.
//
// Each build installs as a whole: the build stamps this file with a hash of index.js and
// index.wasm (cmake/StampServiceWorker.cmake), so a new build is a new worker with its own cache,
// filled in one step. Files are never refreshed one by one, which could pair a new index.js with
// an old index.wasm and stop the app from starting.
'use strict';
var CACHE = 'replycheck-@BUILD_ID@';
var FILES = ['./', 'index.html', 'index.js', 'index.wasm'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(FILES); }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});
self.addEventListener('fetch', function (event) {
  if (event.request.method !== 'GET' || new URL(event.request.url).origin !== location.origin) return;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(event.request, { ignoreSearch: true }).then(function (cached) {
      return cached || fetch(event.request);
    });
  }));
});
