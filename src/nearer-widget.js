// The one module a host page loads: <script type="module" src=".../nearer-widget.js">.
// It loads the wasm next to it, defines <nearer-widget>, and mounts the
// widget into every <nearer-widget> and [data-nearer] element, now and later.
// All logic lives in Rust (src/embed.rs); this file only wires the element
// lifecycle to it. No eval, no inline script: it runs under
// script-src 'self' 'wasm-unsafe-eval'.
import init, { attributes, bundle, mount, unmount, sweep } from './nearer.js';

// The sha384 hash of each file this module loads by fetchBundleFile, keyed
// by its path relative to the module ('lang/es.json'). Written in by the
// build (scripts/langhashes.mjs, a Trunk post_build hook).
const HASHES = {};

// The text of a file of the bundle, fetched from beside this module and
// held to its hash: a promise that rejects with an Error naming the file
// and why.
function fetchBundleFile(path) {
  const integrity = HASHES[path];
  if (!integrity) return Promise.reject(new Error(`${path} is not part of this bundle`));
  return fetch(new URL(path, import.meta.url), { integrity }).then(
    (r) => (r.ok ? r.text() : Promise.reject(new Error(`${path}: HTTP ${r.status}`))),
    (e) => Promise.reject(new Error(`${path} did not arrive or failed its integrity check (${e.message})`)),
  );
}

const here = (file) => new URL(file, import.meta.url).href;
// The hash the page declared for a file of the bundle (index.html carries
// Trunk's Subresource Integrity hashes on its <link>s; a host page may add
// its own), so the wasm download and the widget's own style sheet are held
// to it as well: a preload's integrity alone is not enforced by Chrome.
const declared = (file) => [...document.querySelectorAll('link[integrity]')]
  .find((l) => l.href === here(file))?.integrity ?? '';
const css = here('nearer.css');
const cssIntegrity = declared('nearer.css');
const wasmIntegrity = declared('nearer_bg.wasm');
const queued = new Set();

// Batches the callbacks of one task (an element being upgraded reports each
// attribute, then its connection) into one mount, unmount or no-op.
function settle(el) {
  if (queued.size === 0) {
    queueMicrotask(() => {
      const els = [...queued];
      queued.clear();
      for (const e of els) {
        if (e.isConnected && (e.localName === 'nearer-widget' || e.hasAttribute('data-nearer'))) mount(e, css, cssIntegrity);
        else unmount(e);
      }
    });
  }
  queued.add(el);
}

const wasm = await init({
  module_or_path: wasmIntegrity ? fetch(here('nearer_bg.wasm'), { integrity: wasmIntegrity }) : here('nearer_bg.wasm'),
});
// `make bench` reads the wasm's memory from this event (Trunk's name for it);
// only on a page that opted in, as for the User Timing measures.
if (window.nearerTiming) dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
bundle(fetchBundleFile, Object.keys(HASHES));

if (!customElements.get('nearer-widget')) {
  const names = attributes();
  customElements.define('nearer-widget', class extends HTMLElement {
    static get observedAttributes() { return names; }
    connectedCallback() { settle(this); }
    disconnectedCallback() { settle(this); }
    attributeChangedCallback() { settle(this); }
  });

  // <div data-nearer> for sites that strip unknown tags: mounted now, when
  // added, updated when an attribute changes, unmounted when removed.
  const plain = (node) => node.nodeType === 1 && node.localName !== 'nearer-widget';
  for (const el of document.querySelectorAll('[data-nearer]')) if (plain(el)) settle(el);
  new MutationObserver((records) => {
    let removed = false;
    for (const r of records) {
      if (r.type === 'attributes') {
        if (plain(r.target) && r.target.hasAttribute('data-nearer')) settle(r.target);
        continue;
      }
      removed ||= r.removedNodes.length > 0;
      for (const n of r.addedNodes) {
        if (!plain(n)) continue;
        if (n.hasAttribute('data-nearer')) settle(n);
        for (const el of n.querySelectorAll('[data-nearer]')) if (plain(el)) settle(el);
      }
    }
    if (removed) sweep();
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...names, 'data-nearer'],
  });
}
