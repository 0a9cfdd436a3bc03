// ReplyCheck's service worker: after the first visit the app opens without a network. Everything
// the page needs is three files; each is served from the cache and refreshed in the background,
// so a new build is picked up on the visit after it is deployed.
'use strict';
var CACHE = 'replycheck-v1';
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
      var fresh = fetch(event.request).then(function (response) {
        if (response.ok) cache.put(event.request, response.clone());
        return response;
      });
      if (!cached) return fresh;
      fresh.catch(function () { /* offline: the cached copy stands */ });
      return cached;
    });
  }));
});
