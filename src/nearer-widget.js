// The one module a host page loads: <script type="module" src=".../nearer-widget.js">.
// It defines <nearer-widget>, finds [data-nearer] elements, and, when one
// comes near the screen or the browser is idle (below: "When the widget
// starts"), loads the wasm next to it and mounts the widget into every
// <nearer-widget> and [data-nearer] element, now and later.
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
  if (!el.shadowRoot?.querySelector('.nearer-failed')) showNote(el, 'nearer-failed', FAILED, FAILED_CSS, 'status');
}

// A short note in the widget's place (loading, or failed) in the language
// the widget would have used. An element that cannot hold a shadow root
// gets none: the widget says why it cannot live there when it starts.
function showNote(el, className, words, css, role) {
  let root = el.shadowRoot;
  try {
    root ??= el.attachShadow({ mode: 'open' });
  } catch {
    return;
  }
  const note = document.createElement('p');
  note.className = className;
  if (role) note.setAttribute('role', role);
  note.lang = languageOf(el, words);
  note.textContent = words[note.lang];
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch { /* unstyled, but still there */ }
  root.replaceChildren(note);
}

// A page being left (a reload, a link) cancels the downloads in flight:
// that is no failure to tell anyone about.
let leaving = false;
addEventListener('pagehide', () => { leaving = true; });
addEventListener('pageshow', (e) => {
  leaving = false;
  // back from the back/forward cache after a start the leaving cut short
  if (e.persisted && state === 'waiting' && hosts().length) start();
});

function failed(error) {
  if (leaving) return;
  console.error(error instanceof Error ? error.message : `nearer: the widget could not start (${error})`);
  for (const el of hosts()) showFailed(el);
}

// --- When the widget starts ------------------------------------------------
// On a coach's page the widget must never compete with the page's own
// content (its hero image and text, its Largest Contentful Paint): until a
// widget element comes within about one viewport of the screen, or the
// browser is idle after the page has loaded, whichever is first, nothing
// loads but this module. (With Save-Data on, only coming near starts it.)
// A widget marked data-load="eager" starts at once: the standalone page and
// the iframe page, where the widget is the content. Until it starts, each
// element shows a quiet placeholder that holds its place.
const LOADING = {
  en: 'The reflection is loading…',
  es: 'La reflexión se está cargando…',
  fr: 'La réflexion se charge…',
  de: 'Die Reflexion wird geladen…',
};
const LOADING_CSS = `:host{display:block}
.nearer-placeholder{box-sizing:border-box;max-width:42em;min-height:24em;margin:0 auto;padding:1.75em 1.5em;border-radius:.75rem;background:#fffaf6;color:#5c544c;font:inherit;font-size:medium;line-height:1.5}
@media (prefers-color-scheme:dark){.nearer-placeholder{background:#1f1c1a;color:#c9c1b8}}`;

const languageOf = (el, table) => {
  const tag = (el.getAttribute('data-lang') || el.closest('[lang]')?.lang || 'en').toLowerCase().split('-')[0];
  return tag in table ? tag : 'en';
};

function showPlaceholder(el) {
  // once it has its placeholder (or a widget), nothing more to show
  if (!el.shadowRoot) showNote(el, 'nearer-placeholder', LOADING, LOADING_CSS);
}

let state = 'waiting'; // → 'starting' → 'started' | 'failed'
let attributes, mount, unmount, sweep, bundle;
const near = 'IntersectionObserver' in window
  ? new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) start(); }, { rootMargin: '100% 0px' })
  : null;

// A widget element has arrived in the document (or was there already).
function arrive(el) {
  if (state === 'started') settle(el);
  else if (state === 'failed') showFailed(el);
  else {
    showPlaceholder(el);
    if (el.getAttribute('data-load') === 'eager' || !near) start();
    else near.observe(el);
  }
}

// Loads the glue, the wasm and the style sheet, each held to its hash, then
// mounts every widget element. Runs once.
async function start() {
  if (state !== 'waiting') return;
  state = 'starting';
  near?.disconnect();
  let wasm;
  try {
    // all fetched at once; the style sheet's bytes come again from the
    // cache for the shadow root's <link>, which is held to the same hash
    const wasmResponse = fetchBundleResponse('nearer_bg.wasm');
    wasmResponse.catch(() => {}); // (reported once, below)
    const [glue] = await Promise.all([loadGlue(), wasmResponse, fetchBundleFile('nearer.css')]);
    ({ attributes, mount, unmount, sweep, bundle } = glue);
    // compiled while it downloads (instantiateStreaming), off the main thread
    wasm = await glue.default({ module_or_path: wasmResponse }).catch((e) => {
      throw new Error(`nearer: nearer_bg.wasm could not be started (${e})`);
    });
  } catch (e) {
    // cut short by the page being left: no failure, try again if it comes back
    state = leaving ? 'waiting' : 'failed';
    failed(e);
    return;
  }
  // `make bench` reads the wasm's memory from this event (Trunk's name for it);
  // only on a page that opted in, as for the User Timing measures.
  if (window.nearerTiming) dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  // the language files the build hashed, fetched by the wasm when chosen
  bundle(fetchBundleFile, Object.keys(HASHES));
  // a task of its own for the first render, after instantiating: no long task
  await new Promise((resolve) => setTimeout(resolve, 0));
  state = 'started';
  watch(attributes());
  for (const el of hosts()) settle(el);
}

// <nearer-widget>: defined at once, so it holds its placeholder; its
// attributes are watched by the observer below once the widget has started.
if (!customElements.get('nearer-widget')) {
  customElements.define('nearer-widget', class extends HTMLElement {
    connectedCallback() { arrive(this); }
    disconnectedCallback() {
      if (state === 'started') settle(this);
      else near?.unobserve(this);
    }
  });
}

// <div data-nearer> for sites that strip unknown tags: found now and when
// added; after the start also updated when an attribute changes (of either
// form) and unmounted when removed.
const plain = (node) => node.nodeType === 1 && node.localName !== 'nearer-widget';
for (const el of document.querySelectorAll('[data-nearer]')) if (plain(el)) arrive(el);
const observer = new MutationObserver((records) => {
  let removed = false;
  for (const r of records) {
    if (r.type === 'attributes') {
      const el = r.target;
      if (state === 'started' && (el.localName === 'nearer-widget' || el.hasAttribute('data-nearer'))) settle(el);
      continue;
    }
    removed ||= r.removedNodes.length > 0;
    for (const n of r.addedNodes) {
      if (!plain(n)) continue;
      if (n.hasAttribute('data-nearer')) arrive(n);
      for (const el of n.querySelectorAll('[data-nearer]')) if (plain(el)) arrive(el);
    }
  }
  if (removed && state === 'started') sweep();
});
const watch = (names) => observer.observe(document.documentElement, {
  childList: true,
  subtree: true,
  ...(names ? { attributes: true, attributeFilter: [...names, 'data-nearer'] } : {}),
});
watch(null);

// ... or when the browser is idle after the page has loaded
const saveData = navigator.connection?.saveData === true;
if (!saveData) {
  const idle = () => (window.requestIdleCallback ?? ((f) => setTimeout(f, 200)))(() => { if (hosts().length) start(); }, { timeout: 5000 });
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
