// The widget's start, loaded by the entry module (nearer-widget.js) held to
// its hash, only when the widget is about to start: on a coach's page when
// the browser is idle after the page has loaded (prepare) and when a widget
// comes near (run), on the standalone page at once. It fetches the
// wasm-bindgen glue, the wasm and the style sheet, each held to the hash the
// build wrote into HASHES (scripts/bundle.mjs), compiles the wasm and
// parses the style sheet (prepare); then instantiates the wasm and mounts
// every widget element, now and later (run).
//
// Start-up is cut into tasks so none holds the host's main thread long:
// the wasm is compiled while it downloads (WebAssembly.compileStreaming, off
// the main thread); instantiating, each mount and each first render
// (src/embed.rs defers it to a task of its own) are separate tasks.
//
// With window.nearerTiming set (as `make bench` does), the phases are
// recorded as User Timing measures: nearer:prepare, nearer:instantiate,
// nearer:mount (and nearer:load / nearer:save from the wasm).

// Filled by scripts/bundle.mjs: { 'nearer.js': 'sha384-...', 'nearer_bg.wasm': ..., 'nearer.css': ..., 'lang/es.json': ... }.
const HASHES = {};

let here, loadModule, glue, compiled, sheet;

const timing = () => window.nearerTiming === true;
const measure = (name, from) => { if (timing()) performance.measure(name, { start: from, end: performance.now() }); };

// Fetches a file of the bundle, held to its hash. A file the build did not
// hash is not fetched at all. (The options match the standalone page's
// preloads, <link rel=preload as=fetch crossorigin>, so those are reused.)
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

// The wasm, compiled while it downloads when it is served as
// application/wasm (as it must be for streaming; otherwise from its bytes).
async function compileWasm() {
  const response = await fetchBundleResponse('nearer_bg.wasm');
  try {
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    return await (type === 'application/wasm'
      ? WebAssembly.compileStreaming(response)
      : WebAssembly.compile(await response.arrayBuffer()));
  } catch (e) {
    throw new Error(`nearer: nearer_bg.wasm could not be started (${e})`);
  }
}

// The style sheet, held to its hash, as one constructed sheet that every
// widget's shadow root adopts (a strict CSP allows it: no style-src needed).
async function loadSheet() {
  const css = new CSSStyleSheet();
  css.replaceSync(await fetchBundleFile('nearer.css'));
  return css;
}

/** Fetches and compiles everything the widget needs, instantiating nothing. `h(path)` resolves a path beside the entry module; `load(path, integrity)` loads a module held to its hash. */
export async function prepare(h, load) {
  here = h;
  loadModule = load;
  const t0 = performance.now();
  const wasm = compileWasm();
  const css = loadSheet();
  // (each failure is reported once, by Promise.all)
  wasm.catch(() => {});
  css.catch(() => {});
  [glue, compiled, sheet] = await Promise.all([loadModule('nearer.js', HASHES['nearer.js']), wasm, css]);
  measure('nearer:prepare', t0);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Instantiates the wasm, then mounts the widget into every element `hosts()` returns; `started()` is called right before. */
export async function run(hosts, started) {
  let t0 = performance.now();
  const wasm = await glue.default({ module_or_path: compiled }).catch((e) => {
    throw new Error(`nearer: nearer_bg.wasm could not be started (${e})`);
  });
  measure('nearer:instantiate', t0);
  // `make bench` reads the wasm's memory from this event (Trunk's name for it)
  if (timing()) dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  // the language files the build hashed, fetched by the wasm when chosen
  glue.bundle(fetchBundleFile, Object.keys(HASHES));
  // the mounts in a task of their own, after instantiating
  await nextTask();
  started();
  t0 = performance.now();
  watch();
  for (const el of hosts()) settle(el);
  await new Promise(queueMicrotask);
  measure('nearer:mount', t0);
}

// Batches the callbacks of one task (an element being upgraded reports each
// attribute, then its connection) into one mount, unmount or no-op.
const queued = new Set();
export function settle(el) {
  if (queued.size === 0) {
    queueMicrotask(() => {
      const els = [...queued];
      queued.clear();
      for (const e of els) {
        if (e.isConnected && (e.localName === 'nearer-widget' || e.hasAttribute('data-nearer'))) glue.mount(e, sheet);
        else glue.unmount(e);
      }
    });
  }
  queued.add(el);
}

// After the start: a widget element whose configuration attributes change
// is updated (remounted), and widgets whose element left are unmounted.
function watch() {
  new MutationObserver((records) => {
    let removed = false;
    for (const r of records) {
      if (r.type === 'attributes') {
        const el = r.target;
        if (el.localName === 'nearer-widget' || el.hasAttribute('data-nearer')) settle(el);
      } else removed ||= r.removedNodes.length > 0;
    }
    if (removed) glue.sweep();
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...glue.attributes(), 'data-nearer'],
  });
}
