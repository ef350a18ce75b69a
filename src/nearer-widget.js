// The one module a host page loads: <script type="module" src=".../nearer-widget.js">.
// It is all a coach's page fetches of the widget before the visitor comes
// near it, so it is kept small: it defines <nearer-widget>, finds
// [data-nearer] elements, shows a quiet placeholder in each, and decides
// when the widget starts (below: "When the widget starts"). The start
// itself lives in nearer-start.js, loaded only then; all the widget's
// logic lives in Rust (src/embed.rs). No eval, no inline script: it runs
// under script-src <bundle> 'wasm-unsafe-eval'.
//
// One hash covers the whole bundle (docs/csp.md): the page holds this
// module to its hash; this module holds nearer-start.js to the hash the
// build wrote into HASHES (scripts/bundle.mjs, a Trunk post_build hook),
// and nearer-start.js holds every file it loads (the wasm-bindgen glue,
// the wasm, the style sheet, the language files) to its own HASHES. A
// module is loaded by a <script type=module integrity=...> element, then
// taken from the module map by import(), which does not fetch it again (a
// static import carries no hash). So a tampered file is refused and the
// visitor sees a plain message instead of the widget; the console names
// the file. Every file is fetched relative to import.meta.url, with CORS,
// so the bundle works from any folder or origin (a CDN at an exact version).
//
// scripts/bundle.mjs minifies this file after the build (HASHES is kept by
// name): comments here cost nothing.

// Filled by scripts/bundle.mjs: { 'nearer-start.js': 'sha384-...' }.
const HASHES = {};

const here = (path) => new URL(path, import.meta.url).href;

// Loads a module of the bundle held to `integrity` and returns it: a module
// script element checks the hash (and is removed again, leaving the page's
// DOM as it was), import() then finds it evaluated in the module map.
async function loadModule(path, integrity) {
  if (!integrity) throw new Error(`nearer: ${path} is not part of this build (no hash for it)`);
  const src = here(path);
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.integrity = integrity;
    script.src = src;
    script.onload = () => { script.remove(); resolve(); };
    script.onerror = () => {
      script.remove();
      reject(new Error(`nearer: ${path} did not arrive, or failed its integrity check`));
    };
    (document.head ?? document.documentElement).append(script);
  });
  return import(src);
}

const hosts = () => [...document.querySelectorAll('nearer-widget, [data-nearer]')];

// A short note in the widget's place, in the language the widget would
// have used: "loading" until it starts, or "failed" when a file failed its
// hash or did not arrive (never a blank box). Styled by a constructed style
// sheet (which a strict CSP allows); text only, nothing parsed as HTML. An
// element that cannot hold a shadow root gets none: the widget says why it
// cannot live there when it starts.
const LOADING = {
  en: 'The reflection is loading…',
  es: 'La reflexión se está cargando…',
  fr: 'La réflexion se charge…',
  de: 'Die Reflexion wird geladen…',
};
const FAILED = {
  en: "Sorry, this reflection couldn't load just now. Please reload the page, or try again later. Nothing you saved before has been touched.",
  es: 'Lo sentimos: esta reflexión no ha podido cargarse ahora. Vuelve a cargar la página o inténtalo más tarde. Lo que guardaste antes sigue intacto.',
  fr: "Désolé, cette réflexion n'a pas pu se charger pour le moment. Rechargez la page ou réessayez un peu plus tard. Rien de ce que vous aviez enregistré n'a été modifié.",
  de: 'Diese Reflexion konnte gerade nicht geladen werden. Bitte laden Sie die Seite neu oder versuchen Sie es später noch einmal. Was Sie bisher gespeichert haben, bleibt unverändert.',
};
const LOADING_CSS = `:host{display:block}
.nearer-placeholder{box-sizing:border-box;max-width:42em;min-height:24em;margin:0 auto;padding:1.75em 1.5em;border-radius:.75rem;background:#fffaf6;color:#5c544c;font:inherit;font-size:medium;line-height:1.5}
@media (prefers-color-scheme:dark){.nearer-placeholder{background:#1f1c1a;color:#c9c1b8}}`;
const FAILED_CSS = `:host{display:block}
.nearer-failed{box-sizing:border-box;max-width:40rem;margin:0 auto;padding:1.25rem 1.5rem;border:1px solid #b9b0a5;border-radius:.75rem;background:#fffaf6;color:#2b2622;font:inherit;line-height:1.5}
@media (prefers-color-scheme:dark){.nearer-failed{background:#1f1c1a;color:#eee8e0;border-color:#6d655c}}`;

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
  const tag = (el.getAttribute('data-lang') || el.closest('[lang]')?.lang || 'en').toLowerCase().split('-')[0];
  note.lang = tag in words ? tag : 'en';
  note.textContent = words[note.lang];
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch { /* unstyled, but still there */ }
  root.replaceChildren(note);
}

function showFailed(el) {
  if (!el.shadowRoot?.querySelector('.nearer-failed')) showNote(el, 'nearer-failed', FAILED, FAILED_CSS, 'status');
}

// --- When the widget starts ------------------------------------------------
// On a coach's page the widget must never compete with the page's own
// content (its hero image and text, its Largest Contentful Paint) nor hold
// up the page's main thread. Until a widget element comes within about one
// viewport of the screen, or the browser is idle after the page has loaded,
// nothing loads but this module. Then the widget's files are fetched, the
// wasm compiled (off the main thread) and its style sheet parsed, nothing
// more (prepare). It is instantiated and rendered (start) only when a widget
// comes within a quarter of a viewport of the screen, and by then it is
// usually prepared: rendering is the one costly part of the start on the
// main thread, and a page read without scrolling to the widget never pays
// for it. (With Save-Data on, only coming near starts anything.) A widget
// marked data-load="eager" starts at once: the standalone page and the
// iframe page, where the widget is the content. Until it starts, each
// element shows a quiet placeholder holding its place.
//
// state: 'waiting' → (near or eager) 'starting' → 'started' | 'failed'
let state = 'waiting';
let prepared = null; // the start module with its files fetched and compiled (a promise)
let api = null; // the start module, once started: settle(el)

const nearer = (margin, then) => new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) then(); }, { rootMargin: `${margin} 0px` });
const near = 'IntersectionObserver' in window ? nearer('25%', start) : null;
const soon = near && nearer('100%', () => {
  soon.disconnect();
  if (state === 'waiting') prepareAhead();
});

// A page being left (a reload, a link) cancels the downloads in flight:
// that is no failure to tell anyone about, and it may come back.
let leaving = false;
addEventListener('pagehide', () => { leaving = true; });
addEventListener('pageshow', (e) => {
  leaving = false;
  // back from the back/forward cache after a start the leaving cut short
  if (e.persisted && state === 'waiting' && hosts().length) start();
});

function failed(error) {
  if (leaving) {
    // try again if the page comes back
    prepared = null;
    state = 'waiting';
    return;
  }
  state = 'failed';
  console.error(error instanceof Error ? error.message : `nearer: the widget could not start (${error})`);
  for (const el of hosts()) showFailed(el);
}

// Fetches the start module and, through it, the glue, the wasm (compiled
// while it downloads) and the style sheet, each held to its hash. Once.
function prepare() {
  prepared ??= loadModule('nearer-start.js', HASHES['nearer-start.js'])
    .then((m) => m.prepare(here, loadModule).then(() => m));
  return prepared;
}

// Prepares ahead of the start; a failure is told when the widget starts.
function prepareAhead() {
  prepare().catch(() => { if (leaving) prepared = null; });
}

// Prepares (if that is not done yet), then instantiates the wasm and mounts
// every widget element. Runs once.
async function start() {
  if (state !== 'waiting') return;
  state = 'starting';
  near?.disconnect();
  soon?.disconnect();
  try {
    const m = await prepare();
    // (started: called just before the first mount, in the same task, so
    // an element arriving meanwhile is either mounted or settled)
    await m.run(hosts, () => { api = m; state = 'started'; });
  } catch (e) {
    failed(e);
  }
}

// A widget element has arrived in the document (or was there already).
function arrive(el) {
  if (state === 'started') api.settle(el);
  else if (state === 'failed') showFailed(el);
  else {
    if (!el.shadowRoot) showNote(el, 'nearer-placeholder', LOADING, LOADING_CSS);
    if (el.getAttribute('data-load') === 'eager' || !near) start();
    else {
      soon.observe(el);
      near.observe(el);
    }
  }
}

// <nearer-widget>: defined at once, so it holds its placeholder; once the
// widget has started, nearer-start.js also follows its attributes.
if (!customElements.get('nearer-widget')) {
  customElements.define('nearer-widget', class extends HTMLElement {
    connectedCallback() { arrive(this); }
    disconnectedCallback() {
      if (state === 'started') api.settle(this);
      else {
        near?.unobserve(this);
        soon?.unobserve(this);
      }
    }
  });
}

// <div data-nearer> for sites that strip unknown tags: found now and when
// added (after the start, nearer-start.js follows their attributes and
// removal).
const plain = (node) => node.nodeType === 1 && node.localName !== 'nearer-widget';
for (const el of document.querySelectorAll('[data-nearer]')) if (plain(el)) arrive(el);
new MutationObserver((records) => {
  for (const r of records) {
    for (const n of r.addedNodes) {
      if (!plain(n)) continue;
      if (n.hasAttribute('data-nearer')) arrive(n);
      for (const el of n.querySelectorAll('[data-nearer]')) if (plain(el)) arrive(el);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });

// ... or, when the browser is idle after the page has loaded, only fetch
// and compile (a failure then is told when the widget starts)
if (navigator.connection?.saveData !== true) {
  const idle = () => (window.requestIdleCallback ?? ((f) => setTimeout(f, 200)))(() => {
    if (state === 'waiting' && hosts().length) prepareAhead();
  }, { timeout: 5000 });
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
