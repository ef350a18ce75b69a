// The one module a host page loads: <script type="module" src=".../nearer-widget.js">.
// It loads the wasm next to it, defines <nearer-widget>, and mounts the
// widget into every <nearer-widget> and [data-nearer] element, now and later.
// All logic lives in Rust (src/embed.rs); this file only wires the element
// lifecycle to it. No eval, no inline script: it runs under
// script-src <bundle> 'wasm-unsafe-eval'.
//
// One hash covers the whole bundle (docs/csp.md): the page holds this
// module to its hash, and this module holds every file it loads to the
// hash the build wrote into HASHES (scripts/bundle.mjs, a Trunk post_build
// hook). That includes the wasm-bindgen glue, nearer.js: rather than a
// static import (which carries no hash, and could only get one from an
// import map, an inline script on the host page), it is loaded by a
// <script type=module integrity=...> element, and then taken from the
// module map by import(), which does not fetch it again. So a tampered glue,
// wasm, style sheet or language file is refused and the visitor sees a
// plain message instead of the widget, and the console names the file.
// Every file is fetched relative to import.meta.url, with CORS, so the
// bundle works from any folder or origin (a CDN at an exact version).

// Filled by scripts/bundle.mjs: { 'nearer.js': 'sha384-...', 'nearer_bg.wasm': ..., 'nearer.css': ..., 'lang/es.json': ... }.
const HASHES = {};

const here = (path) => new URL(path, import.meta.url).href;

// Fetches a file of the bundle, held to its hash. A file the build did not
// hash is not fetched at all. (The options match the standalone page's
// preload of the wasm, <link rel=preload as=fetch crossorigin>, so that
// download is reused.)
async function fetchBundleResponse(path) {
  const integrity = HASHES[path];
  if (!integrity) throw new Error(`nearer: ${path} is not part of this build (no hash for it)`);
  let response;
  try {
    response = await fetch(here(path), { integrity, mode: 'cors', credentials: 'same-origin' });
  } catch (e) {
    throw new Error(`nearer: ${path} did not arrive, or failed its integrity check (${e.message})`);
  }
  if (!response.ok) throw new Error(`nearer: ${path} did not arrive (HTTP ${response.status})`);
  return response;
}

// A text file of the bundle (the style sheet, a language file), held to its
// hash: resolves to its text, or rejects with an Error naming the file and why.
async function fetchBundleFile(path) {
  return (await fetchBundleResponse(path)).text();
}

// The glue module, held to its hash: a module script element checks the
// integrity, and import() then finds it evaluated in the module map.
async function loadGlue() {
  const path = 'nearer.js';
  const integrity = HASHES[path];
  if (!integrity) throw new Error(`nearer: ${path} is not part of this build (no hash for it)`);
  const src = here(path);
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.integrity = integrity;
    script.src = src;
    // (removed once done: the page's DOM is left as it was)
    script.onload = () => { script.remove(); resolve(); };
    script.onerror = () => {
      script.remove();
      reject(new Error(`nearer: ${path} did not arrive, or failed its integrity check`));
    };
    (document.head ?? document.documentElement).append(script);
  });
  return import(src);
}

const css = here('nearer.css');
const queued = new Set();
const hosts = () => [...document.querySelectorAll('nearer-widget, [data-nearer]')];

// Batches the callbacks of one task (an element being upgraded reports each
// attribute, then its connection) into one mount, unmount or no-op.
function settle(el) {
  if (queued.size === 0) {
    queueMicrotask(() => {
      const els = [...queued];
      queued.clear();
      for (const e of els) {
        if (e.isConnected && (e.localName === 'nearer-widget' || e.hasAttribute('data-nearer'))) mount(e, css, HASHES['nearer.css'] ?? '');
        else unmount(e);
      }
    });
  }
  queued.add(el);
}

// When a file fails its hash or does not arrive, the wasm is not running:
// this short, plain message takes the widget's place (never a blank box),
// in the language the widget would have used, styled by a constructed style
// sheet (which a strict CSP allows). Text only: nothing here is parsed as HTML.
const FAILED = {
  en: "Sorry, this reflection couldn't load just now. Please reload the page, or try again later. Nothing you saved before has been touched.",
  es: 'Lo sentimos: esta reflexión no ha podido cargarse ahora. Vuelve a cargar la página o inténtalo más tarde. Lo que guardaste antes sigue intacto.',
  fr: "Désolé, cette réflexion n'a pas pu se charger pour le moment. Rechargez la page ou réessayez un peu plus tard. Rien de ce que vous aviez enregistré n'a été modifié.",
  de: 'Diese Reflexion konnte gerade nicht geladen werden. Bitte laden Sie die Seite neu oder versuchen Sie es später noch einmal. Was Sie bisher gespeichert haben, bleibt unverändert.',
};
const FAILED_CSS = `:host{display:block}
.nearer-failed{box-sizing:border-box;max-width:40rem;margin:0 auto;padding:1.25rem 1.5rem;border:1px solid #b9b0a5;border-radius:.75rem;background:#fffaf6;color:#2b2622;font:inherit;line-height:1.5}
@media (prefers-color-scheme:dark){.nearer-failed{background:#1f1c1a;color:#eee8e0;border-color:#6d655c}}`;

function showFailed(el) {
  if (el.shadowRoot?.querySelector('.nearer-failed')) return;
  let root = el.shadowRoot;
  try {
    root ??= el.attachShadow({ mode: 'open' });
  } catch {
    return; // an element that cannot hold a shadow root cannot hold the widget either
  }
  const tag = (el.getAttribute('data-lang') || el.closest('[lang]')?.lang || 'en').toLowerCase().split('-')[0];
  const lang = tag in FAILED ? tag : 'en';
  const note = document.createElement('p');
  note.className = 'nearer-failed';
  note.setAttribute('role', 'status');
  note.lang = lang;
  note.textContent = FAILED[lang];
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(FAILED_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch { /* unstyled, but still there */ }
  root.replaceChildren(note);
}

// A page being left (a reload, a link) cancels the downloads in flight:
// that is no failure to tell anyone about.
let leaving = false;
addEventListener('pagehide', () => { leaving = true; });
addEventListener('pageshow', () => { leaving = false; });

function failed(error) {
  if (leaving) return;
  console.error(error instanceof Error ? error.message : `nearer: the widget could not start (${error})`);
  for (const el of hosts()) showFailed(el);
  if (!customElements.get('nearer-widget')) {
    customElements.define('nearer-widget', class extends HTMLElement {
      connectedCallback() { showFailed(this); }
    });
  }
}

let wasm;
let attributes, mount, unmount, sweep;
try {
  // the glue, the wasm and the widget's style sheet, each held to its hash
  // and all fetched at once; the style sheet's bytes come again from the
  // cache for the shadow root's <link>, which is held to the same hash
  const wasmResponse = fetchBundleResponse('nearer_bg.wasm');
  wasmResponse.catch(() => {}); // (reported once, below)
  const [glue] = await Promise.all([loadGlue(), wasmResponse, fetchBundleFile('nearer.css')]);
  ({ attributes, mount, unmount, sweep } = glue);
  wasm = await glue.default({ module_or_path: wasmResponse }).catch((e) => {
    throw new Error(`nearer: nearer_bg.wasm could not be started (${e})`);
  });
} catch (e) {
  failed(e);
}

// `make bench` reads the wasm's memory from this event (Trunk's name for it);
// only on a page that opted in, as for the User Timing measures.
if (wasm && window.nearerTiming) dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

if (wasm && !customElements.get('nearer-widget')) {
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
